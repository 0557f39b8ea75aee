//! Asking the person something, behind a small interface so that every flow
//! can be driven by scripted answers in tests.
//!
//! The terminal implementation writes to standard error and is only ever
//! built when both standard input and standard error are terminals: without
//! one, nothing waits for an answer that cannot come. Ctrl-C or Esc at any
//! prompt stops the flow with [`Cancelled`]; the cursor is shown again.

use crate::config::Color;
use dialoguer::console::Term;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use std::fmt;
use std::io::{self, IsTerminal};

/// The person stopped the flow (Ctrl-C or Esc): nothing is saved, exit 130.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cancelled;

impl fmt::Display for Cancelled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("stopped; nothing was saved")
    }
}

impl std::error::Error for Cancelled {}

/// An answer, or why there is none.
pub type Answer<T> = anyhow::Result<T>;

/// What a flow needs to talk with the person.
pub trait Prompter {
    /// Shows some text (a heading, a reminder, a summary).
    fn say(&mut self, text: &str);
    /// One of `items`, starting on `default`.
    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> Answer<usize>;
    /// Any number of `items`, none chosen to begin with.
    fn pick_many(&mut self, prompt: &str, items: &[String]) -> Answer<Vec<usize>>;
    /// One of many `items`, found by typing part of it.
    fn search(&mut self, prompt: &str, items: &[String]) -> Answer<usize>;
    /// A line of text; empty is allowed when `optional`.
    fn text(&mut self, prompt: &str, optional: bool) -> Answer<String>;
    /// Yes or no.
    fn confirm(&mut self, prompt: &str, default: bool) -> Answer<bool>;
}

/// Whether questions can be asked and answered here.
pub fn is_interactive() -> bool {
    io::stdin().is_terminal() && io::stderr().is_terminal()
}

/// Prompts on the real terminal, through dialoguer.
pub struct TerminalPrompter {
    theme: Box<dyn Theme>,
    term: Term,
}

impl TerminalPrompter {
    /// A prompter on standard error, or `None` when there is no terminal to
    /// ask on. Ctrl-C is caught from here on, so that it stops the flow
    /// gently instead of killing the process with the cursor hidden.
    pub fn new(color: Color) -> Option<TerminalPrompter> {
        if !is_interactive() {
            return None;
        }
        // A second handler cannot be set; the first one does the same job.
        let _ = ctrlc::set_handler(|| {});
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let plain = match color {
            Color::Auto => no_color,
            Color::Always => false,
            Color::Never => true,
        };
        let theme: Box<dyn Theme> = if plain {
            Box::new(SimpleTheme)
        } else {
            Box::new(ColorfulTheme::default())
        };
        Some(TerminalPrompter {
            theme,
            term: Term::stderr(),
        })
    }

    /// Turns dialoguer's outcome into an answer: Esc (`None`) and Ctrl-C
    /// (an interrupted read) cancel.
    fn answer<T>(&self, result: dialoguer::Result<Option<T>>) -> Answer<T> {
        match result {
            Ok(Some(value)) => Ok(value),
            Ok(None) => Err(self.cancel()),
            Err(dialoguer::Error::IO(err)) if err.kind() == io::ErrorKind::Interrupted => {
                Err(self.cancel())
            }
            Err(dialoguer::Error::IO(err)) => Err(err.into()),
        }
    }

    fn cancel(&self) -> anyhow::Error {
        let _ = self.term.show_cursor();
        let _ = self.term.write_line("");
        Cancelled.into()
    }
}

impl Prompter for TerminalPrompter {
    fn say(&mut self, text: &str) {
        let width = (self.term.size().1 as usize).clamp(40, crate::output::WIDTH);
        let indent = text.len() - text.trim_start().len();
        let lead = &text[..indent];
        for line in crate::output::wrap(lead, text.trim_start(), indent, width) {
            let _ = self.term.write_line(&line);
        }
    }

    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> Answer<usize> {
        let result = dialoguer::Select::with_theme(&*self.theme)
            .with_prompt(prompt)
            .items(items)
            .default(default)
            .interact_on_opt(&self.term);
        self.answer(result)
    }

    fn pick_many(&mut self, prompt: &str, items: &[String]) -> Answer<Vec<usize>> {
        let result = dialoguer::MultiSelect::with_theme(&*self.theme)
            .with_prompt(format!("{prompt} (space to choose, enter when done)"))
            .items(items)
            .interact_on_opt(&self.term);
        self.answer(result)
    }

    fn search(&mut self, prompt: &str, items: &[String]) -> Answer<usize> {
        let result = dialoguer::FuzzySelect::with_theme(&*self.theme)
            .with_prompt(prompt)
            .items(items)
            .default(0)
            .max_length(8)
            .interact_on_opt(&self.term);
        self.answer(result)
    }

    fn text(&mut self, prompt: &str, optional: bool) -> Answer<String> {
        let result = dialoguer::Input::<String>::with_theme(&*self.theme)
            .with_prompt(prompt)
            .allow_empty(optional)
            .interact_text_on(&self.term)
            .map(Some);
        self.answer(result).map(|text| text.trim().to_string())
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> Answer<bool> {
        let result = dialoguer::Confirm::with_theme(&*self.theme)
            .with_prompt(prompt)
            .default(default)
            .interact_on_opt(&self.term);
        self.answer(result)
    }
}

/// Answers given in advance, for tests: each prompt takes the next one.
#[derive(Debug, Default)]
pub struct ScriptedPrompter {
    replies: std::collections::VecDeque<Reply>,
    /// Everything said and asked, in order, for a test to read.
    pub transcript: Vec<String>,
}

/// One scripted answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// The item whose text contains this (the first such).
    Pick(&'static str),
    /// The items whose texts contain these.
    PickMany(Vec<&'static str>),
    /// Enter on whatever is preselected.
    Enter,
    /// A line typed.
    Type(&'static str),
    /// Yes or no.
    Confirm(bool),
    /// Ctrl-C or Esc.
    Cancel,
}

impl ScriptedPrompter {
    /// A prompter that will give these replies, in order.
    pub fn new(replies: impl IntoIterator<Item = Reply>) -> ScriptedPrompter {
        ScriptedPrompter {
            replies: replies.into_iter().collect(),
            transcript: Vec::new(),
        }
    }

    /// Whether every reply was used.
    pub fn is_done(&self) -> bool {
        self.replies.is_empty()
    }

    fn next(&mut self, prompt: &str) -> Answer<Reply> {
        self.transcript.push(format!("? {prompt}"));
        match self.replies.pop_front() {
            Some(Reply::Cancel) => Err(Cancelled.into()),
            Some(reply) => Ok(reply),
            None => anyhow::bail!("the script has no answer for '{prompt}'"),
        }
    }

    fn find(items: &[String], wanted: &str) -> Answer<usize> {
        items
            .iter()
            .position(|item| item.contains(wanted))
            .ok_or_else(|| anyhow::anyhow!("no item contains '{wanted}' among {items:?}"))
    }
}

impl Prompter for ScriptedPrompter {
    fn say(&mut self, text: &str) {
        self.transcript.push(text.to_string());
    }

    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> Answer<usize> {
        match self.next(prompt)? {
            Reply::Pick(wanted) => Self::find(items, wanted),
            Reply::Enter => Ok(default),
            other => anyhow::bail!("'{prompt}' is a choice, but the script says {other:?}"),
        }
    }

    fn pick_many(&mut self, prompt: &str, items: &[String]) -> Answer<Vec<usize>> {
        match self.next(prompt)? {
            Reply::PickMany(wanted) => wanted.iter().map(|w| Self::find(items, w)).collect(),
            Reply::Enter => Ok(Vec::new()),
            other => anyhow::bail!("'{prompt}' picks several, but the script says {other:?}"),
        }
    }

    fn search(&mut self, prompt: &str, items: &[String]) -> Answer<usize> {
        match self.next(prompt)? {
            Reply::Pick(wanted) => items
                .iter()
                .position(|item| item == wanted)
                .map_or_else(|| Self::find(items, wanted), Ok),
            Reply::Enter => Ok(0),
            other => anyhow::bail!("'{prompt}' is a search, but the script says {other:?}"),
        }
    }

    fn text(&mut self, prompt: &str, optional: bool) -> Answer<String> {
        match self.next(prompt)? {
            Reply::Type(text) => Ok(text.trim().to_string()),
            Reply::Enter if optional => Ok(String::new()),
            other => anyhow::bail!("'{prompt}' wants text, but the script says {other:?}"),
        }
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> Answer<bool> {
        match self.next(prompt)? {
            Reply::Confirm(yes) => Ok(yes),
            Reply::Enter => Ok(default),
            other => anyhow::bail!("'{prompt}' is a yes or no, but the script says {other:?}"),
        }
    }
}
