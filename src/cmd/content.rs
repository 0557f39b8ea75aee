//! `secure-diff content`: where the content comes from, a check of a folder of
//! content files, and an export of the built-in files to start one's own.

use super::Context;
use crate::cli::{ContentAction, ContentArgs};
use crate::content::schema::Kind;
use crate::content::validate::{self, Rules};
use crate::content::{self, Content, ContentError, Severity};
use crate::output::Output;
use crate::paths::{ContentFolder, Origin};
use anyhow::{Context as _, bail};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Runs `content path`, `content check` or `content export`.
pub fn run(args: ContentArgs, context: &Context) -> anyhow::Result<ExitCode> {
    let mut out = Output::stdout();
    let code = match args.action {
        ContentAction::Path(args) => {
            path(context.content_folder.as_ref(), args.output.json, &mut out)?
        }
        ContentAction::Check { dir } => {
            let folder = match dir {
                Some(path) => path,
                None => match &context.content_folder {
                    Some(folder) => folder.path.clone(),
                    None => bail!(
                        "there is no home folder to find your content folder in; name the folder to check"
                    ),
                },
            };
            check(&folder, &mut out)?
        }
        ContentAction::Export { dir, force } => export(&dir, force, context, &mut out)?,
    };
    out.flush()?;
    Ok(code)
}

/// One source of content, as `content path --json` prints it.
#[derive(Serialize)]
struct Place {
    source: &'static str,
    path: Option<PathBuf>,
    origin: &'static str,
    exists: bool,
    files: Vec<&'static str>,
}

fn path(folder: Option<&ContentFolder>, json: bool, out: &mut Output) -> anyhow::Result<ExitCode> {
    let builtin = Place {
        source: "built-in",
        path: None,
        origin: "compiled into secure-diff",
        exists: true,
        files: Kind::ALL.iter().map(|k| k.file_name()).collect(),
    };
    let mut places = vec![builtin];
    if let Some(folder) = folder {
        let files = Kind::ALL
            .iter()
            .map(|k| k.file_name())
            .filter(|name| folder.path.join(name).is_file())
            .collect();
        places.push(Place {
            source: "yours",
            path: Some(folder.path.clone()),
            origin: match folder.origin {
                Origin::Flag => "--content-dir",
                Origin::Environment => crate::paths::CONTENT_ENV,
                Origin::Default => "default",
            },
            exists: folder.path.is_dir(),
            files,
        });
    }
    if json {
        out.json(&places)?;
        return Ok(ExitCode::SUCCESS);
    }
    out.line("Built-in content: compiled into secure-diff")?;
    out.wrapped("  files:", &places[0].files.join(", "), 9)?;
    let Some(yours) = places.get(1) else {
        out.line("Your content: none (there is no home folder to look in)")?;
        return Ok(ExitCode::SUCCESS);
    };
    let path = yours.path.as_deref().unwrap_or(Path::new("")).display();
    let origin = match yours.origin {
        "default" => "the default place".to_string(),
        other => format!("from {other}"),
    };
    out.line(format!("Your content: {path} ({origin})"))?;
    if !yours.exists {
        out.line("  not created yet: `secure-diff content export DIR` gives you a start")?;
    } else if yours.files.is_empty() {
        out.line("  no content files there yet")?;
    } else {
        out.wrapped("  files:", &yours.files.join(", "), 9)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn check(folder: &Path, out: &mut Output) -> anyhow::Result<ExitCode> {
    let layer = match content::read_folder(folder, true) {
        Ok(layer) => layer,
        Err(ContentError::Invalid(problems)) => {
            for problem in &problems {
                out.line(problem.to_string())?;
            }
            out.line(summary(folder, problems.len(), 0))?;
            return Ok(ExitCode::FAILURE);
        }
        Err(err) => return Err(err.into()),
    };
    let checked = layer.len();
    let mut stray = 0;
    for entry in
        std::fs::read_dir(folder).with_context(|| format!("cannot read {}", folder.display()))?
    {
        let name = entry?.file_name();
        let name = name.to_string_lossy();
        if name.ends_with(".toml") && Kind::from_file_name(&name).is_none() {
            let known: Vec<_> = Kind::ALL.iter().map(|k| k.file_name()).collect();
            out.line(format!(
                "{}: warning: not read: the content files are named {}",
                folder.join(&*name).display(),
                known.join(", ")
            ))?;
            stray += 1;
        }
    }
    if checked == 0 {
        out.line(format!("{}: no content files to check", folder.display()))?;
        return Ok(ExitCode::SUCCESS);
    }
    let problems = validate::check(&layer, &Content::builtin().base(), Rules::User);
    for problem in &problems {
        out.line(problem.to_string())?;
    }
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    out.line(summary(folder, errors, problems.len() - errors + stray))?;
    Ok(if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn summary(folder: &Path, errors: usize, warnings: usize) -> String {
    let count = |n: usize, what: &str| match n {
        1 => format!("1 {what}"),
        n => format!("{n} {what}s"),
    };
    match (errors, warnings) {
        (0, 0) => format!("{}: all good", folder.display()),
        (0, w) => format!("{}: usable, with {}", folder.display(), count(w, "warning")),
        (e, 0) => format!("{}: {} to fix", folder.display(), count(e, "error")),
        (e, w) => format!(
            "{}: {} to fix, and {}",
            folder.display(),
            count(e, "error"),
            count(w, "warning")
        ),
    }
}

fn export(
    dir: &Path,
    force: bool,
    context: &Context,
    out: &mut Output,
) -> anyhow::Result<ExitCode> {
    let files: Vec<_> = content::builtin_files().collect();
    if !force {
        let existing: Vec<String> = files
            .iter()
            .map(|(kind, _)| dir.join(kind.file_name()))
            .filter(|path| path.exists())
            .map(|path| path.display().to_string())
            .collect();
        if !existing.is_empty() {
            bail!(
                "nothing written: {} already exist(s); use --force to replace",
                existing.join(", ")
            );
        }
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for (kind, text) in &files {
        let path = dir.join(kind.file_name());
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    out.line(format!("Wrote {} files to {}.", files.len(), dir.display()))?;
    out.line("Edit them, or keep only the files you change; then check them with")?;
    out.line(format!("  secure-diff content check {}", dir.display()))?;
    let active = context.content_folder.as_ref().map(|f| f.path.as_path());
    if active.and_then(|p| p.canonicalize().ok()) != dir.canonicalize().ok() {
        let default = active.map_or("your content folder".to_string(), |p| {
            p.display().to_string()
        });
        out.line(format!(
            "They are read from {default}; elsewhere, pass --content-dir {}.",
            dir.display()
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}
