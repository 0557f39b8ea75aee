//! `secure-diff completions SHELL`: a completion script, made by clap_complete
//! from the command-line definition (sign ids and levels included).

use crate::cli::Cli;
use clap::CommandFactory;
use clap_complete::aot::{Shell, generate};
use std::io::Write;
use std::process::ExitCode;

/// Prints the completion script for `shell`.
pub fn run(shell: Shell) -> anyhow::Result<ExitCode> {
    // Generated into memory first: clap_complete panics on a failed write, and
    // a closed pipe should end quietly.
    let mut script = Vec::new();
    generate(shell, &mut Cli::command(), "secure-diff", &mut script);
    let mut out = std::io::stdout().lock();
    out.write_all(&script)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
