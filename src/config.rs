//! The person's settings, from `$XDG_CONFIG_HOME/secure-diff/config.toml`.
//!
//! Every key is optional:
//!
//! ```toml
//! # Days without a feelings check-in before the daily line reminds you of the
//! # weekly self-empathy practice (1 or more).
//! practice_interval_days = 7
//! # Whether `init` adds the daily line (the mantra of the day, your focus, the
//! # reminder) to the first shell of each day.
//! daily_line = true
//! # The sign `secure-diff mantra` chooses for when none is given:
//! # defending, judging, disregarding or harmonizing.
//! default_sign = "harmonizing"
//! # Color in the walk-throughs: "auto" (on a terminal, unless NO_COLOR is
//! # set), "always" or "never".
//! color = "auto"
//! ```
//!
//! An unknown key or a value of the wrong type is an error naming the file,
//! the line and the key.

use crate::content::SIGN_IDS;
use crate::content::schema::line_column;
use serde::Deserialize;
use std::io;
use std::path::{Path, PathBuf};

/// The settings, with their defaults.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Days without a check-in before the weekly practice is due.
    pub practice_interval_days: u32,
    /// Whether shells show the daily line.
    pub daily_line: bool,
    /// The sign `mantra` uses when none is given.
    pub default_sign: Option<String>,
    /// When to use color.
    pub color: Color,
}

/// When to use color.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Color {
    /// On a terminal, unless `NO_COLOR` is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            practice_interval_days: 7,
            daily_line: true,
            default_sign: None,
            color: Color::Auto,
        }
    }
}

/// Why the settings could not be read.
#[derive(Debug)]
pub struct ConfigError(String);

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// The settings file's place: `$XDG_CONFIG_HOME/secure-diff/config.toml`.
    pub fn path() -> Option<PathBuf> {
        crate::paths::config_dir().map(|dir| dir.join("config.toml"))
    }

    /// Reads the settings from `path`; the defaults when there is no such file.
    pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
        let Some(path) = path else {
            return Ok(Config::default());
        };
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(err) => {
                return Err(ConfigError(format!(
                    "cannot read {}: {err}",
                    path.display()
                )));
            }
        };
        Config::parse(&text, &path.display().to_string())
    }

    /// Reads settings from their text; `name` is the file, for messages.
    pub fn parse(text: &str, name: &str) -> Result<Config, ConfigError> {
        let at = |offset: usize, message: &str| {
            let (line, column) = line_column(text, offset);
            ConfigError(format!("{name}:{line}:{column}: {message}"))
        };
        let config: Config = toml::from_str(text).map_err(|err| {
            let offset = err.span().map_or(0, |s| s.start);
            at(offset, err.message().trim_end())
        })?;
        if config.practice_interval_days == 0 {
            let offset = text.find("practice_interval_days").unwrap_or(0);
            return Err(at(offset, "`practice_interval_days` must be 1 or more"));
        }
        if let Some(sign) = &config.default_sign
            && !SIGN_IDS.contains(&sign.as_str())
        {
            let offset = text.find("default_sign").unwrap_or(0);
            let message = format!("`default_sign` must be one of {}", SIGN_IDS.join(", "));
            return Err(at(offset, &message));
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_optional() {
        assert_eq!(Config::parse("", "c.toml").unwrap(), Config::default());
        let config = Config::parse("practice_interval_days = 3\ndaily_line = false\ndefault_sign = \"judging\"\ncolor = \"never\"\n", "c.toml").unwrap();
        assert_eq!(config.practice_interval_days, 3);
        assert!(!config.daily_line);
        assert_eq!(config.default_sign.as_deref(), Some("judging"));
        assert_eq!(config.color, Color::Never);
    }

    #[test]
    fn a_wrong_key_or_type_names_the_file_line_and_key() {
        let err = Config::parse("daily_line = true\npractise = 7\n", "c.toml")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("c.toml:2:1: unknown field `practise`"),
            "{err}"
        );
        let err = Config::parse("\ndaily_line = \"yes\"\n", "c.toml")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("c.toml:2:14:") && err.contains("bool"),
            "{err}"
        );
        let err = Config::parse("default_sign = \"sulking\"\n", "c.toml")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("c.toml:1:1: `default_sign` must be one of defending"),
            "{err}"
        );
        let err = Config::parse("practice_interval_days = 0\n", "c.toml")
            .unwrap_err()
            .to_string();
        assert!(err.contains("1 or more"), "{err}");
    }
}
