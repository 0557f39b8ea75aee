//! secure-diff: a calm command-line companion for practising secure
//! differentiation, being who you are in the presence of who they are.
//!
//! The binary (`src/main.rs`) parses the command line with [`cli`] and hands
//! it to [`cmd::run`]. The logic lives in modules that do not print:
//! [`content`] for the words, [`pick`] for choosing a mantra, [`paths`] for
//! where the user's files are. [`output`] is the one place that writes results.

pub mod cli;
pub mod cmd;
pub mod config;
pub mod content;
pub mod flow;
pub mod journal;
pub mod output;
pub mod paths;
pub mod pick;
pub mod prompt;
pub mod request;
