//! One module per subcommand. Each takes its parsed arguments and the
//! [`Context`], does its work through the library modules, and writes its
//! result through [`crate::output`].

mod checklist;
mod completions;
mod content;
mod daily;
mod feelings;
mod init;
mod log;
mod man;
mod mantra;

use crate::cli::{Cli, Command};
use crate::config::Config;
use crate::content::Content;
use crate::journal::Journal;
use crate::paths::{self, ContentFolder, Origin};
use crate::prompt::{Cancelled, TerminalPrompter};
use anyhow::anyhow;
use std::cell::OnceCell;
use std::fmt;
use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

/// What every command may need: where the user's things are.
#[derive(Debug)]
pub struct Context {
    /// The user's content folder, if there is a home to find it in.
    pub content_folder: Option<ContentFolder>,
    /// The journal file and how it was chosen, if there is a home to keep it in.
    pub journal_file: Option<(PathBuf, Origin)>,
    /// The content, once read.
    content: OnceCell<Content>,
    /// The settings, once read.
    config: OnceCell<Config>,
}

impl Context {
    /// The built-in content with the user's laid over it (read once).
    pub fn content(&self) -> anyhow::Result<&Content> {
        if let Some(content) = self.content.get() {
            return Ok(content);
        }
        let folder = self.content_folder.as_ref();
        let content = Content::load(
            folder.map(|f| f.path.as_path()),
            folder.is_some_and(|f| f.required()),
        )?;
        Ok(self.content.get_or_init(|| content))
    }

    /// The person's settings, the defaults when there is no settings file
    /// (read once).
    pub fn config(&self) -> anyhow::Result<&Config> {
        if let Some(config) = self.config.get() {
            return Ok(config);
        }
        let config = Config::load(Config::path().as_deref())?;
        Ok(self.config.get_or_init(|| config))
    }

    /// The journal.
    pub fn journal(&self) -> anyhow::Result<Journal> {
        let (path, origin) = self.journal_file.clone().ok_or_else(|| {
            anyhow!(
                "there is no home folder to keep your journal in; name a file with --journal or {}",
                paths::JOURNAL_ENV
            )
        })?;
        Ok(Journal::new(path, origin == Origin::Default))
    }
}

/// Runs the command the user asked for.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let context = Context {
        content_folder: paths::content_folder(cli.content_dir),
        journal_file: paths::journal_file(cli.journal),
        content: OnceCell::new(),
        config: OnceCell::new(),
    };
    match cli.command {
        Command::Mantra(args) => mantra::run(args, &context),
        Command::Checklist(args) => checklist::run(args, &context),
        Command::Feelings(args) => feelings::run(args, &context),
        Command::Content(args) => content::run(args, &context),
        Command::Log(args) => log::run(args, &context),
        Command::Init(args) => init::run(args, &context),
        Command::Daily(args) => daily::run(args, &context),
        Command::Completions { shell } => completions::run(shell),
        Command::Man => man::run(),
    }
}

/// A request that cannot be carried out as asked (exit code 2, as for a
/// command-line mistake).
#[derive(Debug)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// A prompter on the terminal, when there is one. Without one, a flow that
/// was asked for (`forced`) is a usage error naming `instead`, the flags that
/// do the same without prompts; otherwise `None`, and the command does its
/// non-interactive part.
pub fn terminal(
    context: &Context,
    forced: bool,
    instead: &str,
) -> anyhow::Result<Option<TerminalPrompter>> {
    match TerminalPrompter::new(context.config()?.color) {
        Some(prompter) => Ok(Some(prompter)),
        None if forced => Err(no_terminal(instead)),
        None => Ok(None),
    }
}

/// A prompter on the terminal, or a usage error naming `instead`.
pub fn require_terminal(context: &Context, instead: &str) -> anyhow::Result<TerminalPrompter> {
    TerminalPrompter::new(context.config()?.color).ok_or_else(|| no_terminal(instead))
}

fn no_terminal(instead: &str) -> anyhow::Error {
    UsageError(format!(
        "this asks questions, so it needs a terminal; without one, use {instead}"
    ))
    .into()
}

/// Whether the error is only that the reader of our output went away
/// (`secure-diff mantra --all | head -1`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// The exit code for an error: 130 when the person stopped a flow, 2 for a
/// usage mistake, 1 for anything else.
pub fn exit_code(err: &anyhow::Error) -> ExitCode {
    if err.downcast_ref::<Cancelled>().is_some() {
        ExitCode::from(130)
    } else if err.downcast_ref::<UsageError>().is_some() {
        ExitCode::from(2)
    } else {
        ExitCode::FAILURE
    }
}
