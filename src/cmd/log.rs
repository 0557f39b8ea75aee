//! `secure-diff log`: the journal. Lists entries, and adds, shows, exports,
//! imports, edits and removes them.

use super::{Context, UsageError, require_terminal};
use crate::cli::{ExportFormat, FilterArgs, LogAction, LogArgs};
use crate::journal::export::{Exporter, Format};
use crate::journal::filter::{Bound, parse_when};
use crate::journal::{self, Entry, Filter, Journal, Record, Unreadable};
use crate::output::{Output, WIDTH};
use crate::prompt::{self, Prompter};
use anyhow::{Context as _, bail};
use chrono::Local;
use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

/// Runs `log` or one of its subcommands.
pub fn run(args: LogArgs, context: &Context) -> anyhow::Result<ExitCode> {
    let journal = context.journal()?;
    let listing_flags =
        args.filter != FilterArgs::default() || args.count != 20 || args.output.json;
    if args.action.is_some() && listing_flags {
        let message = "the filters, -n and --json go with the list itself (`secure-diff log --kind note`); for an export, put the filters after `export`";
        return Err(UsageError(message.to_string()).into());
    }
    let mut out = Output::stdout();
    match args.action {
        None => {
            let filter = filter(&args.filter, context)?;
            let limit = (args.count > 0).then_some(args.count);
            let (entries, unreadable) = journal.newest(&filter, limit)?;
            warn(&journal, &unreadable);
            if args.output.json {
                out.json(&entries)?;
            } else if entries.is_empty() {
                eprintln!("{}", nothing_listed(&journal, &args.filter));
            } else {
                for entry in &entries {
                    out.line(summary_line(entry))?;
                }
            }
        }
        Some(LogAction::Add { text }) => {
            let text = note_text(&text)?;
            let entry = Entry::now(Record::Note { text });
            journal.append(&entry)?;
            eprintln!("Saved in your journal ({}).", entry.short_id());
        }
        Some(LogAction::Show { id, output }) => {
            let (entry, unreadable) = journal.find(&id)?;
            warn(&journal, &unreadable);
            if output.json {
                out.json(&[&entry])?;
            } else {
                show(&entry, context, &mut out)?;
            }
        }
        Some(LogAction::Export {
            format,
            output,
            filter: filter_args,
        }) => {
            let filter = filter(&filter_args, context)?;
            let format = match format {
                ExportFormat::Json => Format::Json,
                ExportFormat::Csv => Format::Csv,
                ExportFormat::Md => Format::Markdown,
            };
            let (count, unreadable) = match &output {
                Some(path) => {
                    let file = journal::create_private_file(path)
                        .with_context(|| format!("cannot write {}", path.display()))?;
                    export(&journal, &filter, format, std::io::BufWriter::new(file))
                        .with_context(|| format!("cannot write {}", path.display()))?
                }
                None => export(&journal, &filter, format, &mut out)?,
            };
            warn(&journal, &unreadable);
            if let Some(path) = output {
                eprintln!(
                    "Exported {count} {} to {}.",
                    entries_word(count),
                    path.display()
                );
            }
        }
        Some(LogAction::Import { file }) => {
            let entries = read_export(&file)?;
            let (added, skipped) = journal.import(entries)?;
            eprintln!(
                "Imported {added} {}{}.",
                entries_word(added),
                match skipped {
                    0 => String::new(),
                    n => format!(
                        "; {n} {} already in your journal",
                        if n == 1 { "was" } else { "were" }
                    ),
                }
            );
        }
        Some(LogAction::Edit { id, text, sign }) => edit(&journal, &id, text, sign)?,
        Some(LogAction::Rm { id, yes }) => remove(&journal, &id, yes, context, &mut out)?,
        Some(LogAction::Path) => out.line(journal.path().display().to_string())?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Turns the filter flags into a [`Filter`].
fn filter(args: &FilterArgs, context: &Context) -> anyhow::Result<Filter> {
    let now = Local::now();
    let when = |text: &Option<String>, bound| -> anyhow::Result<_> {
        text.as_deref()
            .map(|t| parse_when(t, now, bound).map_err(|e| UsageError(e).into()))
            .transpose()
    };
    let skill = match &args.skill {
        None => None,
        Some(wanted) => {
            let content = context.content()?;
            Some(
                content
                    .find_skill(wanted)
                    .map_err(UsageError)?
                    .id
                    .to_string(),
            )
        }
    };
    Ok(Filter {
        since: when(&args.since, Bound::Start)?,
        until: when(&args.until, Bound::End)?,
        kinds: args.kind.clone(),
        sign: args.sign.clone(),
        skill,
        grep: args.grep.clone(),
    })
}

/// Says once, on standard error, which lines could not be read.
fn warn(journal: &Journal, unreadable: &Unreadable) {
    let lines = &unreadable.0;
    let Some((last, rest)) = lines.split_last() else {
        return;
    };
    let numbers = if rest.is_empty() {
        format!("line {last}")
    } else if rest.len() < 5 {
        let rest: Vec<String> = rest.iter().map(u64::to_string).collect();
        format!("lines {} and {last}", rest.join(", "))
    } else {
        format!(
            "lines {}, {} and {} more",
            rest[0],
            rest[1],
            lines.len() - 2
        )
    };
    let (verb, kept) = if rest.is_empty() {
        ("could", "it is")
    } else {
        ("could", "they are")
    };
    eprintln!(
        "secure-diff: warning: {numbers} of {} {verb} not be read; {kept} kept as written.",
        journal.path().display()
    );
}

fn nothing_listed(journal: &Journal, args: &FilterArgs) -> String {
    let filtered = args.since.is_some()
        || args.until.is_some()
        || !args.kind.is_empty()
        || args.sign.is_some()
        || args.skill.is_some()
        || args.grep.is_some();
    if filtered {
        "No entries match.".to_string()
    } else if journal.path().exists() {
        "Your journal has no entries yet.".to_string()
    } else {
        "Your journal is empty. `secure-diff log add \"…\"` writes a first note.".to_string()
    }
}

/// `0p5k3fz9  2026-11-24 14:03  moment  judging: I set down the label…`
fn summary_line(entry: &Entry) -> String {
    let at = entry.at.with_timezone(&Local).format("%Y-%m-%d %H:%M");
    let head = format!("{:<10}  {at}  {:<9}", entry.short_id(), entry.record.kind());
    let room = WIDTH.saturating_sub(head.chars().count() + 1);
    format!("{head} {}", truncate(&entry.record.gist(), room))
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let cut: String = text.chars().take(width.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

fn show(entry: &Entry, context: &Context, out: &mut Output) -> anyhow::Result<()> {
    let at = entry.at.format("%A %-d %B %Y, %H:%M (UTC%:z)");
    out.line(format!("{} · {}", entry.record.kind(), entry.id))?;
    out.line(at.to_string())?;
    out.line("")?;
    let content = context.content().ok();
    let skill_title = |id: &str| {
        content
            .as_ref()
            .and_then(|c| c.skill(id).map(|s| format!("{}. {}", s.number, s.title)))
            .unwrap_or_else(|| id.to_string())
    };
    match &entry.record {
        Record::Note { text } => {
            for paragraph in text.lines() {
                out.wrapped("", paragraph, 0)?;
            }
        }
        Record::Moment {
            sign,
            mantra,
            skills,
            ..
        } => {
            let sign_name = |id: &str| {
                content
                    .as_ref()
                    .and_then(|c| c.sign(id).map(|s| format!("{} ({id})", s.name)))
                    .unwrap_or_else(|| id.to_string())
            };
            match sign {
                Some(sign) => out.line(format!("Sign noticed: {}", sign_name(sign)))?,
                None => out.line("Sign noticed: not sure")?,
            }
            out.wrapped("Mantra:", mantra, 2)?;
            if !skills.is_empty() {
                out.wrapped("Skills:", &skills.join(", "), 2)?;
            }
        }
        Record::Checklist {
            ratings,
            focus,
            note,
        } => {
            if let Some(focus) = focus {
                out.wrapped("Focus:", &skill_title(focus), 2)?;
            }
            for (skill, level) in ratings {
                let level = journal::LEVELS
                    .iter()
                    .find(|(id, _)| id == level)
                    .map_or(level.as_str(), |(_, words)| *words);
                out.wrapped("", &format!("{}: {level}", skill_title(skill)), 2)?;
            }
            if let Some(note) = note {
                out.wrapped("Note:", note, 2)?;
            }
        }
        Record::Checkin {
            observation,
            intention,
            feelings,
            needs,
            request,
        } => {
            let rows = [
                ("What happened:", observation.clone()),
                ("Intention:", intention.clone()),
                (
                    "Feelings:",
                    (!feelings.is_empty()).then(|| feelings.join(", ")),
                ),
                ("Needs:", (!needs.is_empty()).then(|| needs.join(", "))),
                ("Request:", request.clone()),
            ];
            for (label, value) in rows {
                if let Some(value) = value {
                    out.wrapped(label, &value, 2)?;
                }
            }
        }
    }
    Ok(())
}

fn note_text(words: &[String]) -> anyhow::Result<String> {
    let text = if words == ["-"] {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("cannot read the note from standard input")?;
        text
    } else {
        words.join(" ")
    };
    let text = text.trim().to_string();
    if text.is_empty() {
        return Err(UsageError("the note is empty; nothing was saved".to_string()).into());
    }
    Ok(text)
}

fn export(
    journal: &Journal,
    filter: &Filter,
    format: Format,
    out: impl Write,
) -> anyhow::Result<(usize, Unreadable)> {
    let mut exporter = Exporter::new(format, out)?;
    let unreadable = journal.scan(filter, |entry, line| Ok(exporter.write(entry, line)?))?;
    let count = exporter.finish()?;
    Ok((count, unreadable))
}

fn entries_word(n: usize) -> &'static str {
    if n == 1 { "entry" } else { "entries" }
}

/// What serde_json says is wrong, without the place (given separately).
fn json_message(err: &serde_json::Error) -> String {
    let text = err.to_string();
    match text.rsplit_once(" at line ") {
        Some((message, _)) => message.to_string(),
        None => text,
    }
}

/// Reads a JSON export (an array of entries) or a journal file (one entry a line).
fn read_export(path: &Path) -> anyhow::Result<Vec<Entry>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let at = |err: serde_json::Error, line_offset: usize| {
        anyhow::anyhow!(
            "{}:{}:{}: {}",
            path.display(),
            err.line() + line_offset,
            err.column(),
            json_message(&err)
        )
    };
    if text.trim_start().starts_with('[') {
        return serde_json::from_str(&text).map_err(|e| at(e, 0));
    }
    let mut entries = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        entries.push(serde_json::from_str(line).map_err(|e| at(e, number))?);
    }
    Ok(entries)
}

fn edit(
    journal: &Journal,
    id: &str,
    text: Option<String>,
    sign: Option<String>,
) -> anyhow::Result<()> {
    let (entry, _) = journal.find(id)?;
    let mut edited = entry.clone();
    if text.is_none() && sign.is_none() {
        if !prompt::is_interactive() {
            return Err(UsageError(
                "editing in your editor needs a terminal; without one, use --text TEXT (a note) or --sign SIGN (a moment)"
                    .to_string(),
            )
            .into());
        }
        edited = edit_in_editor(journal, &entry)?;
    }
    match (&mut edited.record, text, sign) {
        (Record::Note { text: old }, Some(new), None) => *old = new.trim().to_string(),
        (Record::Checklist { note, .. }, Some(new), None) => *note = Some(new.trim().to_string()),
        (Record::Moment { sign: old, .. }, None, Some(new)) => *old = Some(new),
        (_, None, None) => {}
        (record, _, _) => {
            let what = match record {
                Record::Note { .. } => "a note takes --text",
                Record::Checklist { .. } => "a checklist takes --text for its note",
                Record::Moment { .. } => "a moment takes --sign",
                Record::Checkin { .. } => "a check-in is edited in your editor",
            };
            return Err(UsageError(format!("this entry is a {}: {what}", record.kind())).into());
        }
    }
    if edited == entry {
        eprintln!("Nothing changed.");
        return Ok(());
    }
    journal.replace(&entry.id, Some(&edited))?;
    eprintln!(
        "Saved. The previous journal is kept as {}.",
        journal.backup_path().display()
    );
    Ok(())
}

/// Opens the entry, as JSON, in the person's editor, in a private file next to
/// the journal; returns what they saved.
fn edit_in_editor(journal: &Journal, entry: &Entry) -> anyhow::Result<Entry> {
    let editor = ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|e| !e.trim().is_empty()))
        .unwrap_or_else(|| "vi".to_string());
    let folder = journal.path().parent().unwrap_or(Path::new("."));
    let path = folder.join(format!(".edit-{}.json", entry.id));
    let mut file = journal::create_private_file(&path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    let result = (|| {
        serde_json::to_writer_pretty(&mut file, entry)?;
        file.write_all(b"\n")?;
        drop(file);
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("{editor} \"$1\""))
            .arg("sh")
            .arg(&path)
            .status()
            .with_context(|| format!("cannot start the editor '{editor}'"))?;
        if !status.success() {
            bail!("the editor '{editor}' did not finish well ({status}); nothing was changed");
        }
        let text = std::fs::read_to_string(&path)?;
        let edited: Entry = serde_json::from_str(&text)
            .map_err(|e| anyhow::anyhow!("what you saved is not a journal entry (line {}, column {}: {}); nothing was changed", e.line(), e.column(), json_message(&e)))?;
        if edited.id != entry.id {
            bail!(
                "the id cannot change (it was {}); nothing was changed",
                entry.id
            );
        }
        Ok(edited)
    })();
    let _ = std::fs::remove_file(&path);
    result
}

fn remove(
    journal: &Journal,
    id: &str,
    yes: bool,
    context: &Context,
    out: &mut Output,
) -> anyhow::Result<()> {
    let (entry, _) = journal.find(id)?;
    if !yes {
        let mut prompter = require_terminal(context, "--yes to remove it without a question")?;
        show(&entry, context, out)?;
        out.flush()?;
        prompter.say("");
        if !prompter.confirm("Remove this entry from your journal?", false)? {
            prompter.say("Kept.");
            return Ok(());
        }
    }
    journal.replace(&entry.id, None)?;
    eprintln!(
        "Removed. The previous journal is kept as {}.",
        journal.backup_path().display()
    );
    Ok(())
}
