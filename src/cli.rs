//! The command line: every subcommand, flag and help text, in one place.

use crate::content::SIGN_IDS;
use crate::journal::KINDS;
use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// A calm companion for practicing secure differentiation: being who you are
/// in the presence of who they are.
#[derive(Debug, Parser, PartialEq, Eq)]
#[command(
    name = "secure-diff",
    version,
    about = "A calm companion for practicing secure differentiation: being who you are in the presence of who they are.",
    after_help = "\
Examples:
  secure-diff mantra                   a mantra to anchor yourself
  secure-diff mantra --sign judging    one for when you catch yourself judging
  secure-diff checklist --list         the 12 core skills
  secure-diff feelings --search anx    find a word for what you feel
  secure-diff log                      your recent journal entries"
)]
pub struct Cli {
    /// Read your own content files from this folder
    /// [default: $XDG_CONFIG_HOME/secure-diff/content, or $SECURE_DIFF_CONTENT]
    #[arg(long, global = true, value_name = "DIR")]
    pub content_dir: Option<PathBuf>,

    /// Use this journal file
    /// [default: $XDG_DATA_HOME/secure-diff/journal.jsonl, or $SECURE_DIFF_JOURNAL]
    #[arg(long, global = true, value_name = "PATH")]
    pub journal: Option<PathBuf>,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand, PartialEq, Eq)]
#[allow(
    clippy::large_enum_variant,
    reason = "parsed once; its size does not matter"
)]
pub enum Command {
    /// Print an identity-affirming mantra to anchor yourself
    #[command(after_help = "\
Examples:
  secure-diff mantra                      any mantra
  secure-diff mantra --sign defending     one for when you notice yourself defending
  secure-diff mantra --today              the mantra of the day
  secure-diff mantra --notice             which sign did you notice? then a mantra
  secure-diff mantra --all --sign harmonizing")]
    Mantra(MantraArgs),

    /// The 12 core skills of differentiation: a self-assessment
    #[command(after_help = "\
Examples:
  secure-diff checklist                   walk through the skills (on a terminal)
  secure-diff checklist --list
  secure-diff checklist --rate 3=often --rate mindfulness=sometimes --focus 3
  secure-diff checklist --focus           your current focus, and since when")]
    Checklist(ChecklistArgs),

    /// A feelings check-in, and the feelings and needs vocabularies
    #[command(after_help = "\
Examples:
  secure-diff feelings                    a check-in: intention, feelings, needs, request
  secure-diff feelings --list             every feeling, need and faux feeling
  secure-diff feelings --list needs       the needs, by category
  secure-diff feelings --search betray    a faux feeling and what may lie under it
  secure-diff feelings --check-request \"You never call\"
  secure-diff feelings --feeling worried --need reassurance --request \"Would you text me?\"")]
    Feelings(FeelingsArgs),

    /// See, check and start your own content files
    #[command(after_help = "\
Examples:
  secure-diff content path
  secure-diff content export ~/.config/secure-diff/content
  secure-diff content check")]
    Content(ContentArgs),

    /// Your journal: list, add, show, export, import, edit and remove entries
    #[command(after_help = "\
Examples:
  secure-diff log                           the 20 newest entries
  secure-diff log --since 7d --kind moment  the moments of the past week
  secure-diff log --grep Sam -n 0           every entry that mentions Sam
  secure-diff log add \"I stayed with myself in a hard talk\"
  secure-diff log show 0p5k3fz9
  secure-diff log export --format md --output journal.md")]
    Log(LogArgs),

    /// Shell code that defines `diff` for our commands (the real diff for
    /// everything else) and shows the daily line
    #[command(after_help = "\
Examples (set-up):
  bash  ~/.bashrc:                   eval \"$(secure-diff init bash)\"
  zsh   ~/.zshrc:                    eval \"$(secure-diff init zsh)\"
  fish  ~/.config/fish/config.fish:  secure-diff init fish | source")]
    Init(InitArgs),

    /// Once a day: the mantra of the day, your focus, and a reminder when the
    /// weekly practice is due (what the shell code from `init` runs)
    #[command(after_help = "\
Examples:
  secure-diff daily --force            show it again today
  secure-diff daily --cmd diff")]
    Daily(DailyArgs),

    /// Print a completion script for a shell
    #[command(after_help = "\
Examples:
  secure-diff completions bash > ~/.local/share/bash-completion/completions/secure-diff
  secure-diff completions zsh > ~/.zfunc/_secure-diff
  secure-diff completions fish > ~/.config/fish/completions/secure-diff.fish")]
    Completions {
        /// The shell
        shell: clap_complete::aot::Shell,
    },

    /// Print the manual page (roff)
    #[command(after_help = "\
Example:
  secure-diff man | man -l -")]
    Man,
}

/// `secure-diff init`
#[derive(Debug, Args, PartialEq, Eq)]
pub struct InitArgs {
    /// The shell
    pub shell: InitShell,

    /// The name of the function [default: diff]
    #[arg(long, value_name = "NAME", default_value = "diff")]
    pub cmd: String,

    /// Leave out the daily line
    #[arg(long)]
    pub no_daily: bool,
}

/// The shells `init` knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InitShell {
    /// bash 4 or newer
    Bash,
    /// zsh
    Zsh,
    /// fish 3 or newer
    Fish,
}

/// `secure-diff daily`
#[derive(Debug, Args, PartialEq, Eq)]
pub struct DailyArgs {
    /// The name the reminder uses for secure-diff (as set up with `init --cmd`)
    #[arg(long, value_name = "NAME", default_value = "secure-diff")]
    pub cmd: String,

    /// Show it even if it was shown today
    #[arg(long)]
    pub force: bool,
}

/// `--json`, the same on every command that lists things.
#[derive(Debug, Args, Clone, Copy, PartialEq, Eq)]
pub struct JsonArg {
    /// Print the result as JSON, an array with one object per item
    #[arg(long)]
    pub json: bool,
}

/// `secure-diff mantra`
#[derive(Debug, Args, PartialEq, Eq)]
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

    /// Record the moment in your journal: the sign noticed and the mantra shown
    #[arg(long, conflicts_with = "all")]
    pub record: bool,

    /// Ask which sign you noticed, then anchor with a mantra and the sign's practice
    /// (on a terminal; without one, use --sign SIGN --record)
    #[arg(long, conflicts_with_all = ["all", "sign", "today", "json"])]
    pub notice: bool,

    #[command(flatten)]
    pub output: JsonArg,
}

/// `secure-diff checklist`
#[derive(Debug, Args, PartialEq, Eq)]
pub struct ChecklistArgs {
    /// Print the 12 core skills, numbered as in the essay
    #[arg(long, conflicts_with_all = ["interactive", "rate", "focus", "note"])]
    pub list: bool,

    /// Walk through the skills even if it may not look like a terminal
    #[arg(long, short)]
    pub interactive: bool,

    /// Rate a skill without prompts: SKILL (its number or id) = rarely, sometimes,
    /// often or consistently; repeat for each skill
    #[arg(long, value_name = "SKILL=LEVEL", conflicts_with = "interactive")]
    pub rate: Vec<String>,

    /// The one behavior to bring more attention to (its number or id); alone,
    /// shows your current focus and since when
    #[arg(long, value_name = "SKILL", num_args = 0..=1, conflicts_with = "interactive")]
    pub focus: Option<Option<String>>,

    /// A note on this assessment
    #[arg(long, value_name = "TEXT", conflicts_with = "interactive")]
    pub note: Option<String>,

    #[command(flatten)]
    pub output: JsonArg,
}

/// `secure-diff feelings`
#[derive(Debug, Args, PartialEq, Eq)]
pub struct FeelingsArgs {
    /// Print a vocabulary by group (all three when no name is given)
    #[arg(long, value_name = "WHICH", num_args = 0..=1, default_missing_value = "all")]
    pub list: Option<Vocabulary>,

    /// Find a word, or the beginning of one, in every vocabulary
    #[arg(long, value_name = "WORD", conflicts_with = "list")]
    pub search: Option<String>,

    /// Check a request for blame, criticism or demand, and say why
    #[arg(long, value_name = "TEXT", conflicts_with_all = ["list", "search", "interactive"])]
    pub check_request: Option<String>,

    /// Walk through a check-in even if it may not look like a terminal
    #[arg(long, short, conflicts_with_all = ["list", "search"])]
    pub interactive: bool,

    #[command(flatten)]
    #[allow(missing_docs)]
    pub checkin: CheckinArgs,

    #[command(flatten)]
    pub output: JsonArg,
}

/// A feelings check-in given as flags, saved without prompts.
#[derive(Debug, Args, Default, PartialEq, Eq)]
#[group(id = "checkin", multiple = true, conflicts_with_all = ["list", "search", "check_request", "interactive"])]
pub struct CheckinArgs {
    /// What happened, as an observation
    #[arg(long, value_name = "TEXT")]
    pub observation: Option<String>,
    /// Your intention for this moment
    #[arg(long, value_name = "TEXT")]
    pub intention: Option<String>,
    /// A feeling (repeat for several)
    #[arg(long = "feeling", value_name = "WORD")]
    pub feelings: Vec<String>,
    /// A need (repeat for several)
    #[arg(long = "need", value_name = "WORD")]
    pub needs: Vec<String>,
    /// A request, of yourself or of someone
    #[arg(long, value_name = "TEXT")]
    pub request: Option<String>,
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
#[derive(Debug, Args, PartialEq, Eq)]
pub struct ContentArgs {
    /// What to do with the content files.
    #[command(subcommand)]
    pub action: ContentAction,
}

/// `secure-diff content …`
#[derive(Debug, Subcommand, PartialEq, Eq)]
pub enum ContentAction {
    /// Say where the built-in content and yours come from
    #[command(after_help = "\
Examples:
  secure-diff content path
  secure-diff content path --json")]
    Path(JsonArgs),
    /// Check a folder of content files and report every problem with its place
    #[command(after_help = "\
Examples:
  secure-diff content check
  secure-diff content check ~/my-content")]
    Check {
        /// The folder to check [default: your content folder]
        dir: Option<PathBuf>,
    },
    /// Write the built-in files into a folder, as a start for your own
    #[command(after_help = "\
Examples:
  secure-diff content export ~/.config/secure-diff/content")]
    Export {
        /// The folder to write to (created if needed)
        dir: PathBuf,
        /// Replace files that are already there
        #[arg(long)]
        force: bool,
    },
}

/// `secure-diff log`
#[derive(Debug, Args, PartialEq, Eq)]
pub struct LogArgs {
    /// Something other than listing.
    #[command(subcommand)]
    pub action: Option<LogAction>,

    #[command(flatten)]
    #[allow(missing_docs)]
    pub filter: FilterArgs,

    /// How many entries to show, newest first (0 for all)
    #[arg(short = 'n', long = "count", value_name = "N", default_value_t = 20)]
    pub count: usize,

    #[command(flatten)]
    #[allow(missing_docs)]
    pub output: JsonArg,
}

/// Which journal entries to list or export; the filters combine.
#[derive(Debug, Args, Default, PartialEq, Eq)]
pub struct FilterArgs {
    /// Only entries from this moment on: 2026-11-01, 2026-11-01T18:30, today, yesterday, 3h, 7d, 2w
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,

    /// Only entries before the end of this day (or before this moment)
    #[arg(long, value_name = "WHEN")]
    pub until: Option<String>,

    /// Only entries of this kind (repeat for several)
    #[arg(long, value_name = "KIND", value_parser = PossibleValuesParser::new(KINDS))]
    pub kind: Vec<String>,

    /// Only entries about this sign of threat
    #[arg(long, value_name = "SIGN", value_parser = sign_parser())]
    pub sign: Option<String>,

    /// Only entries about this skill (its id or number)
    #[arg(long, value_name = "SKILL")]
    pub skill: Option<String>,

    /// Only entries whose words contain this text, ignoring case
    #[arg(long, value_name = "TEXT")]
    pub grep: Option<String>,
}

/// `secure-diff log …`
#[derive(Debug, Subcommand, PartialEq, Eq)]
pub enum LogAction {
    /// Write a free note in your journal
    #[command(after_help = "\
Examples:
  secure-diff log add \"I said no kindly, and it held.\"
  echo \"a longer note\" | secure-diff log add -")]
    Add {
        /// The note ("-" reads it from standard input)
        #[arg(required = true, num_args = 1.., value_name = "TEXT")]
        text: Vec<String>,
    },
    /// Show one entry whole
    #[command(after_help = "\
Examples:
  secure-diff log show 1m85qyy80x
  secure-diff log show 1m85qyy80x --json")]
    Show {
        /// The entry's id, or a unique beginning of it
        id: String,
        #[command(flatten)]
        #[allow(missing_docs)]
        output: JsonArg,
    },
    /// Write entries out as JSON, CSV or Markdown (all of them, or those the filters choose)
    #[command(after_help = "\
Examples:
  secure-diff log export --format md --output journal.md
  secure-diff log export --format csv --since 2026-01-01 > 2026.csv
  secure-diff log export > backup.json")]
    Export {
        /// The format
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// Write to this file (created readable by you only) instead of standard output
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        #[allow(missing_docs)]
        filter: FilterArgs,
    },
    /// Add the entries of a JSON export (or a journal file) that you do not have yet
    #[command(after_help = "\
Examples:
  secure-diff log import backup.json")]
    Import {
        /// The file to read
        file: PathBuf,
    },
    /// Change an entry, in your editor ($VISUAL, $EDITOR) or with flags
    #[command(after_help = "\
Examples:
  secure-diff log edit 1m85qyy80x                 in $VISUAL or $EDITOR
  secure-diff log edit 1m85qyy80x --text \"…\"")]
    Edit {
        /// The entry's id, or a unique beginning of it
        id: String,
        /// New text for a note
        #[arg(long, value_name = "TEXT")]
        text: Option<String>,
        /// New sign for a moment
        #[arg(long, value_name = "SIGN", value_parser = sign_parser())]
        sign: Option<String>,
    },
    /// Remove an entry (the previous journal is kept as a backup)
    #[command(after_help = "\
Examples:
  secure-diff log rm 1m85qyy80x
  secure-diff log rm --yes 1m85qyy80x")]
    Rm {
        /// The entry's id, or a unique beginning of it
        id: String,
        /// Do not ask
        #[arg(long, short)]
        yes: bool,
    },
    /// Print where the journal is
    #[command(after_help = "\
Example:
  secure-diff log path")]
    Path,
}

/// The formats of `log export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// A JSON array of entries, as stored; `log import` reads it back
    Json,
    /// One row per entry
    Csv,
    /// A readable document
    Md,
}

/// A subcommand whose only option is `--json`.
#[derive(Debug, Args, PartialEq, Eq)]
pub struct JsonArgs {
    #[command(flatten)]
    #[allow(missing_docs)]
    pub output: JsonArg,
}

impl Cli {
    /// The command line, read from the process's arguments.
    ///
    /// `secure-diff mantra` alone, the call made in a hard moment and from
    /// shell start-up, has nothing to parse: it is answered without building
    /// the whole command-line definition, which is most of its start-up time.
    /// A test holds that the result is the same as clap's.
    pub fn from_args() -> Result<Cli, clap::Error> {
        let mut args = std::env::args_os().skip(1);
        if let (Some(first), None) = (args.next(), args.next())
            && first == "mantra"
        {
            return Ok(Cli::plain_mantra());
        }
        Cli::try_parse()
    }

    /// What clap makes of `secure-diff mantra`.
    fn plain_mantra() -> Cli {
        Cli {
            content_dir: None,
            journal: None,
            command: Command::Mantra(MantraArgs {
                sign: None,
                today: false,
                all: false,
                seed: None,
                record: false,
                notice: false,
                output: JsonArg { json: false },
            }),
        }
    }
}

/// The sign ids, with what each means, for `--sign`.
fn sign_parser() -> PossibleValuesParser {
    let help = |id: &str| match id {
        "defending" => "explaining or justifying to protect how you are seen",
        "judging" => "labeling or criticizing others",
        "disregarding" => "acting without consideration of others' needs",
        "harmonizing" => "keeping the peace at the cost of your own authenticity",
        _ => "",
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

    #[test]
    fn a_plain_mantra_is_read_as_clap_reads_it() {
        use clap::Parser;
        let parsed = Cli::try_parse_from(["secure-diff", "mantra"]).unwrap();
        assert_eq!(parsed, Cli::plain_mantra());
    }
}
