//! The `secure-diff` binary: parses the command line, runs the command, and
//! reports an error as one sentence with its causes and the right exit code.

use secure_diff::cli::Cli;
use secure_diff::cmd;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::from_args() {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version go to stdout and succeed; mistakes exit 2. Either
            // way, a closed pipe is not worth a word.
            let _ = err.print();
            return ExitCode::from(err.exit_code().clamp(0, 255) as u8);
        }
    };
    match cmd::run(cli) {
        Ok(code) => code,
        Err(err) if cmd::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("secure-diff: {err:#}");
            cmd::exit_code(&err)
        }
    }
}
