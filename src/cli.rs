//! The command line: every subcommand, flag and help text, in one place.

use crate::content::SIGN_IDS;
use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// A calm companion for practising secure differentiation: being who you are
/// in the presence of who they are.
#[derive(Debug, Parser)]
#[command(
    name = "secure-diff",
    version,
    about = "A calm companion for practising secure differentiation: being who you are in the presence of who they are.",
    after_help = "\
Examples:
  secure-diff mantra                   a mantra to anchor yourself
  secure-diff mantra --sign judging    one for when you catch yourself judging
  secure-diff checklist --list         the 12 core skills
  secure-diff feelings --search anx    find a word for what you feel"
)]
pub struct Cli {
    /// Read your own content files from this folder
    /// [default: $XDG_CONFIG_HOME/secure-diff/content, or $SECURE_DIFF_CONTENT]
    #[arg(long, global = true, value_name = "DIR")]
    pub content_dir: Option<PathBuf>,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print an identity-affirming mantra to anchor yourself
    #[command(after_help = "\
Examples:
  secure-diff mantra                      any mantra
  secure-diff mantra --sign defending     one for when you notice yourself defending
  secure-diff mantra --today              the mantra of the day
  secure-diff mantra --all --sign harmonizing")]
    Mantra(MantraArgs),

    /// The 12 core skills of differentiation, for self-assessment
    #[command(after_help = "\
Examples:
  secure-diff checklist --list
  secure-diff checklist --list --json")]
    Checklist(ChecklistArgs),

    /// The feelings and needs vocabularies, and the faux feelings that hide them
    #[command(after_help = "\
Examples:
  secure-diff feelings --list             every feeling, need and faux feeling
  secure-diff feelings --list needs       the needs, by category
  secure-diff feelings --search betray    a faux feeling and what may lie under it")]
    Feelings(FeelingsArgs),

    /// See, check and start your own content files
    #[command(after_help = "\
Examples:
  secure-diff content path
  secure-diff content export ~/.config/secure-diff/content
  secure-diff content check")]
    Content(ContentArgs),
}

/// `--json`, the same on every command that lists things.
#[derive(Debug, Args, Clone, Copy)]
pub struct JsonArg {
    /// Print the result as JSON, an array with one object per item
    #[arg(long)]
    pub json: bool,
}

/// `secure-diff mantra`
#[derive(Debug, Args)]
pub struct MantraArgs {
    /// Choose among the mantras for this sign of threat
    #[arg(long, short, value_name = "SIGN", value_parser = sign_parser())]
    pub sign: Option<String>,

    /// The mantra of the day: the same all day, a different one tomorrow
    #[arg(long, conflicts_with_all = ["all", "seed"])]
    pub today: bool,

    /// List every mantra (for the sign, with --sign)
    #[arg(long, conflicts_with = "seed")]
    pub all: bool,

    /// Make the random choice reproducible
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    #[command(flatten)]
    pub output: JsonArg,
}

/// `secure-diff checklist`
#[derive(Debug, Args)]
pub struct ChecklistArgs {
    /// Print the 12 core skills, numbered as in the essay
    #[arg(long)]
    pub list: bool,

    #[command(flatten)]
    pub output: JsonArg,
}

/// `secure-diff feelings`
#[derive(Debug, Args)]
pub struct FeelingsArgs {
    /// Print a vocabulary by group (all three when no name is given)
    #[arg(long, value_name = "WHICH", num_args = 0..=1, default_missing_value = "all")]
    pub list: Option<Vocabulary>,

    /// Find a word, or the beginning of one, in every vocabulary
    #[arg(long, value_name = "WORD", conflicts_with = "list")]
    pub search: Option<String>,

    #[command(flatten)]
    pub output: JsonArg,
}

/// Which vocabulary `feelings --list` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Vocabulary {
    /// Feelings and needs and faux feelings
    All,
    /// Feelings, when needs are met and when they are not
    Feelings,
    /// Universal needs
    Needs,
    /// Words that sound like feelings but carry a thought about others
    Faux,
}

/// `secure-diff content`
#[derive(Debug, Args)]
pub struct ContentArgs {
    /// What to do with the content files.
    #[command(subcommand)]
    pub action: ContentAction,
}

/// `secure-diff content …`
#[derive(Debug, Subcommand)]
pub enum ContentAction {
    /// Say where the built-in content and yours come from
    Path(JsonArgs),
    /// Check a folder of content files and report every problem with its place
    Check {
        /// The folder to check [default: your content folder]
        dir: Option<PathBuf>,
    },
    /// Write the built-in files into a folder, as a start for your own
    Export {
        /// The folder to write to (created if needed)
        dir: PathBuf,
        /// Replace files that are already there
        #[arg(long)]
        force: bool,
    },
}

/// A subcommand whose only option is `--json`.
#[derive(Debug, Args)]
pub struct JsonArgs {
    #[command(flatten)]
    #[allow(missing_docs)]
    pub output: JsonArg,
}

/// The sign ids, with what each means, for `--sign`.
fn sign_parser() -> PossibleValuesParser {
    let help = |id: &str| match id {
        "defending" => "explaining or justifying to protect how you are seen",
        "judging" => "labelling or criticising others",
        "disregarding" => "acting without consideration of others' needs",
        _ => "keeping the peace at the cost of your own authenticity",
    };
    PossibleValuesParser::new(SIGN_IDS.map(|id| PossibleValue::new(id).help(help(id))))
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
