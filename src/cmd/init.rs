//! `secure-diff init bash|zsh|fish`: shell code that defines `diff` (or the
//! name given with `--cmd`) to send our commands to secure-diff and every
//! other call to the real diff, and that shows the daily line in the first
//! interactive shell of each day.

use super::Context;
use crate::cli::{Cli, InitArgs, InitShell};
use crate::output::Output;
use crate::paths;
use anyhow::{Context as _, bail};
use clap::CommandFactory;
use std::process::ExitCode;

const BASH: &str = include_str!("../shell/bash.sh");
const BASH_DAILY: &str = include_str!("../shell/bash-daily.sh");
const ZSH: &str = include_str!("../shell/zsh.zsh");
const ZSH_DAILY: &str = include_str!("../shell/zsh-daily.zsh");
const FISH: &str = include_str!("../shell/fish.fish");
const FISH_DAILY: &str = include_str!("../shell/fish-daily.fish");

/// Prints the shell code.
pub fn run(args: InitArgs, context: &Context) -> anyhow::Result<ExitCode> {
    let name = args.cmd.trim();
    let valid = !name.is_empty()
        && !name.starts_with('-')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if !valid {
        bail!(super::UsageError(format!(
            "'{name}' cannot name a shell function; use letters, digits, - and _"
        )));
    }
    let exe = std::env::current_exe().context("cannot tell where secure-diff is installed")?;
    let exe = exe.to_string_lossy();
    let commands: Vec<String> = Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    let daily = !args.no_daily && context.config()?.daily_line;
    let state = paths::daily_state_file().map(|p| p.to_string_lossy().into_owned());

    let (template, daily_template, quote, separator): (_, _, fn(&str) -> String, _) =
        match args.shell {
            InitShell::Bash => (BASH, BASH_DAILY, posix_quote, "|"),
            InitShell::Zsh => (ZSH, ZSH_DAILY, posix_quote, "|"),
            InitShell::Fish => (FISH, FISH_DAILY, fish_quote, " "),
        };
    let daily_code = match (&state, daily) {
        (Some(state), true) => daily_template.replace("{{state}}", &quote(state)),
        _ => String::new(),
    };
    let code = template
        .replace("{{daily}}", &daily_code)
        .replace("{{commands}}", &commands.join(separator))
        .replace("{{exe}}", &quote(&exe))
        .replace("{{cmd}}", name);
    let mut out = Output::stdout();
    out.line(code.trim_end())?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// A word in single quotes for bash and zsh.
fn posix_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// A word in single quotes for fish.
fn fish_quote(text: &str) -> String {
    format!("'{}'", text.replace('\\', r"\\").replace('\'', r"\'"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_survives_spaces_and_quotes() {
        assert_eq!(
            posix_quote("/opt/my tools/it's"),
            r"'/opt/my tools/it'\''s'"
        );
        assert_eq!(fish_quote(r"/opt/a\b/it's"), r"'/opt/a\\b/it\'s'");
    }
}
