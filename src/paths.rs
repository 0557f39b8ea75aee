//! Where the user's files live: XDG folders on every Unix (also on macOS, where
//! people who set `XDG_CONFIG_HOME` expect it to be honored), the platform's
//! own folders elsewhere, and the overrides from flags and the environment.

use etcetera::BaseStrategy;
use std::path::PathBuf;

/// The environment variable that names a content folder.
pub const CONTENT_ENV: &str = "SECURE_DIFF_CONTENT";

/// A folder of the user's content and why it is the one used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentFolder {
    /// The folder.
    pub path: PathBuf,
    /// How it was chosen.
    pub origin: Origin,
}

/// How a location was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// From a command-line flag.
    Flag,
    /// From an environment variable.
    Environment,
    /// The default place.
    Default,
}

impl ContentFolder {
    /// Whether the folder was asked for by name, and so must exist.
    pub fn required(&self) -> bool {
        self.origin != Origin::Default
    }
}

/// The user's content folder: `--content-dir`, else `$SECURE_DIFF_CONTENT`, else
/// `$XDG_CONFIG_HOME/secure-diff/content`. `None` when there is no home to find
/// a default in.
pub fn content_folder(flag: Option<PathBuf>) -> Option<ContentFolder> {
    if let Some(path) = flag {
        return Some(ContentFolder {
            path,
            origin: Origin::Flag,
        });
    }
    if let Some(path) = std::env::var_os(CONTENT_ENV).filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        return Some(ContentFolder {
            path,
            origin: Origin::Environment,
        });
    }
    let path = config_dir()?.join("content");
    Some(ContentFolder {
        path,
        origin: Origin::Default,
    })
}

/// The environment variable that names the journal file.
pub const JOURNAL_ENV: &str = "SECURE_DIFF_JOURNAL";

/// The journal file: `--journal`, else `$SECURE_DIFF_JOURNAL`, else
/// `$XDG_DATA_HOME/secure-diff/journal.jsonl`. The flag says whether the folder
/// is the default one, which the program owns.
pub fn journal_file(flag: Option<PathBuf>) -> Option<(PathBuf, Origin)> {
    if let Some(path) = flag {
        return Some((path, Origin::Flag));
    }
    if let Some(path) = std::env::var_os(JOURNAL_ENV).filter(|p| !p.is_empty()) {
        return Some((PathBuf::from(path), Origin::Environment));
    }
    let strategy = etcetera::choose_base_strategy().ok()?;
    let path = strategy
        .data_dir()
        .join("secure-diff")
        .join("journal.jsonl");
    Some((path, Origin::Default))
}

/// Where the daily line notes the last day it was shown:
/// `$XDG_STATE_HOME/secure-diff/daily` (the data folder where there is no
/// state folder).
pub fn daily_state_file() -> Option<PathBuf> {
    let strategy = etcetera::choose_base_strategy().ok()?;
    let base = strategy.state_dir().unwrap_or_else(|| strategy.data_dir());
    Some(base.join("secure-diff").join("daily"))
}

/// `$XDG_CONFIG_HOME/secure-diff` (or `~/.config/secure-diff`).
pub fn config_dir() -> Option<PathBuf> {
    let strategy = etcetera::choose_base_strategy().ok()?;
    Some(strategy.config_dir().join("secure-diff"))
}
