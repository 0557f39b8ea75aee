//! secure-diff: a calm command-line companion for practicing secure
//! differentiation, being who you are in the presence of who they are.
//!
//! The binary (`src/main.rs`) parses the command line with [`cli`] and hands
//! it to [`cmd::run`], which has one module per subcommand. The logic lives in
//! modules that do not print: [`content`] for the words, [`journal`] for what
//! the person records, [`flow`] for the walk-throughs (which talk only through
//! [`prompt`]), [`request`] for the request check, [`pick`] for choosing a
//! mantra, [`config`] and [`paths`] for settings and places. [`output`] is the
//! one place that writes results.

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
