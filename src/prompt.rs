//! Asking the person something, only ever on a terminal.
//!
//! Prompts go to standard error and are shown only when both standard input
//! and standard error are terminals: without one, nothing ever waits for an
//! answer that cannot come.

use std::io::IsTerminal;

/// Whether questions can be asked and answered here.
pub fn is_interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Asks a yes/no question; `None` when the person pressed Esc or q.
pub fn confirm(question: &str, default: bool) -> std::io::Result<Option<bool>> {
    dialoguer::Confirm::new()
        .with_prompt(question)
        .default(default)
        .interact_opt()
        .map_err(|dialoguer::Error::IO(err)| err)
}
