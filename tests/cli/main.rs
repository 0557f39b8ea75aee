//! The `secure-diff` binary driven from outside, as a person or a script would,
//! in a temporary home so that the real one is never touched.

mod content;
mod flows;
mod journal;
mod mantra;
mod shell;
mod vocabulary;

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// A temporary home with its own XDG folders, and commands that run in it.
pub struct TestEnv {
    home: TempDir,
}

impl Default for TestEnv {
    fn default() -> TestEnv {
        TestEnv {
            home: tempfile::tempdir().expect("a temp folder"),
        }
    }
}

impl TestEnv {
    pub fn new() -> TestEnv {
        TestEnv::default()
    }

    pub fn home(&self) -> &Path {
        self.home.path()
    }

    /// `$XDG_CONFIG_HOME/secure-diff/content` in this home.
    pub fn content_dir(&self) -> PathBuf {
        self.home().join("config/secure-diff/content")
    }

    /// Writes a file of the user's content.
    pub fn write_content(&self, name: &str, text: &str) {
        std::fs::create_dir_all(self.content_dir()).unwrap();
        std::fs::write(self.content_dir().join(name), text).unwrap();
    }

    /// `secure-diff ARGS…` with this home and nothing from the real environment
    /// that could change its behavior.
    pub fn cmd<I, S>(&self, args: I) -> Command
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        Command::from_std(self.std_cmd(args))
    }

    /// The same, as a plain `std::process::Command`, for pipes.
    pub fn std_cmd<I, S>(&self, args: I) -> std::process::Command
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let mut cmd = self.isolated(env!("CARGO_BIN_EXE_secure-diff"));
        cmd.args(args);
        cmd
    }

    /// Any program, with this home, its XDG folders and nothing else from
    /// the real environment but `PATH`.
    pub fn isolated(&self, program: &str) -> std::process::Command {
        let mut cmd = std::process::Command::new(program);
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.home())
            .env("XDG_CONFIG_HOME", self.home().join("config"))
            .env("XDG_DATA_HOME", self.home().join("data"))
            .env("XDG_STATE_HOME", self.home().join("state"))
            .env("RUST_BACKTRACE", "1")
            .env("TZ", "UTC")
            .current_dir(self.home());
        cmd
    }

    /// Runs a command that must succeed without an error or a warning, and
    /// returns its standard output.
    pub fn stdout<I, S>(&self, args: I) -> String
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let output = self.cmd(args).output().unwrap();
        assert!(
            output.status.success(),
            "failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("secure-diff:"), "stderr: {stderr}");
        String::from_utf8(output.stdout).unwrap()
    }

    /// Runs a command that must succeed and parses its JSON output.
    pub fn json<I, S>(&self, args: I) -> serde_json::Value
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        serde_json::from_str(&self.stdout(args)).expect("valid JSON")
    }
}

/// A failed run: its exit code and standard error.
pub fn failure(cmd: &mut Command) -> (i32, String) {
    let output = cmd.output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    assert!(!stderr.contains("stack backtrace"), "backtrace: {stderr}");
    (
        output.status.code().expect("an exit code, not a signal"),
        stderr,
    )
}

#[test]
fn every_command_has_help_with_an_example() {
    use clap::CommandFactory;
    fn paths(command: &clap::Command, prefix: Vec<String>, all: &mut Vec<Vec<String>>) {
        all.push(prefix.clone());
        for sub in command.get_subcommands() {
            let mut path = prefix.clone();
            path.push(sub.get_name().to_string());
            paths(sub, path, all);
        }
    }
    let mut all = Vec::new();
    paths(&secure_diff::cli::Cli::command(), Vec::new(), &mut all);
    assert!(all.len() > 15, "{all:?}");
    let env = TestEnv::new();
    for mut path in all {
        path.push("--help".to_string());
        let help = env.stdout(&path);
        assert!(help.contains("Example"), "{path:?}: {help}");
    }
}

#[test]
fn an_unknown_command_is_a_usage_error() {
    let env = TestEnv::new();
    let (code, stderr) = failure(&mut env.cmd(["mantras"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("mantra"), "{stderr}");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::process::Stdio;
    let env = TestEnv::new();
    for args in [
        ["mantra", "--all"],
        ["feelings", "--list"],
        ["checklist", "--list"],
    ] {
        let mut child = env
            .std_cmd(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Close our end before the program writes: every write it makes fails.
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success(),
            "{args:?}: {:?} {stderr}",
            output.status
        );
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}
