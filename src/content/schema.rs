//! The content files as they are written: their TOML shape, and where each
//! value stands in the file so that a problem can be pointed at precisely.
//!
//! Every field but the id is optional here, so that hiding an entry takes only
//! `id = "…"` and `enabled = false`; the checks in `validate` say which fields an
//! enabled entry must have. This file is also compiled into `build.rs`.

use super::model::{
    FauxFeeling, FeelingFamily, Mantra, NeedCategory, Needs, Prompt, Sign, Skill, Text, TextList,
};
use serde::Deserialize;
use std::fmt;
use std::ops::Range;
use toml::Spanned;

/// The kinds of content, one file each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `skills.toml`
    Skills,
    /// `signs.toml`
    Signs,
    /// `mantras.toml`
    Mantras,
    /// `feelings.toml`
    Feelings,
    /// `needs.toml`
    Needs,
    /// `faux-feelings.toml`
    Faux,
    /// `prompts.toml`
    Prompts,
}

impl Kind {
    /// Every kind, in the order files are read and listed.
    pub const ALL: [Kind; 7] = [
        Kind::Skills,
        Kind::Signs,
        Kind::Mantras,
        Kind::Feelings,
        Kind::Needs,
        Kind::Faux,
        Kind::Prompts,
    ];

    /// The file that holds this kind of content.
    pub fn file_name(self) -> &'static str {
        match self {
            Kind::Skills => "skills.toml",
            Kind::Signs => "signs.toml",
            Kind::Mantras => "mantras.toml",
            Kind::Feelings => "feelings.toml",
            Kind::Needs => "needs.toml",
            Kind::Faux => "faux-feelings.toml",
            Kind::Prompts => "prompts.toml",
        }
    }

    /// The kind whose file has this name, if any.
    pub fn from_file_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.file_name() == name)
    }
}

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The content cannot be used.
    Error,
    /// The content works, but goes against the way the content is meant to be written.
    Warning,
}

/// A problem found in a content file, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, as it should be shown to the person.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Whether it stops the content from being used.
    pub severity: Severity,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "",
            Severity::Warning => "warning: ",
        };
        write!(
            f,
            "{}:{}:{}: {label}{}",
            self.file, self.line, self.column, self.message
        )
    }
}

/// The text of one content file and the name to show for it.
#[derive(Clone, Debug)]
pub struct Source {
    /// The path as it should be shown to the person.
    pub path: String,
    /// The whole file.
    pub text: String,
}

impl Source {
    /// A diagnostic pointing at the byte range `span` of this file.
    pub fn at(&self, span: Range<usize>, severity: Severity, message: String) -> Diagnostic {
        let (line, column) = line_column(&self.text, span.start);
        Diagnostic {
            file: self.path.clone(),
            line,
            column,
            message,
            severity,
        }
    }
}

/// The 1-based line and character column of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// A content file, parsed, with the source it came from.
#[derive(Clone, Debug)]
pub struct Parsed<F> {
    /// Where it came from.
    pub source: Source,
    /// What it says.
    pub file: F,
}

/// Parses one content file; a syntax or shape error is reported with its place.
pub fn parse<F: for<'de> Deserialize<'de>>(source: Source) -> Result<Parsed<F>, Diagnostic> {
    match toml::from_str::<F>(&source.text) {
        Ok(file) => Ok(Parsed { source, file }),
        Err(err) => {
            let span = err.span().unwrap_or(0..0);
            let message = err.message().trim_end().to_string();
            Err(source.at(span, Severity::Error, message))
        }
    }
}

/// A text value that must be present for an enabled entry.
pub type Field = Option<Spanned<String>>;

/// A list of texts, each with its place.
pub type FieldList = Option<Vec<Spanned<String>>>;

/// `skills.toml`
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillsFile {
    /// `[[skill]]` tables.
    #[serde(default)]
    pub skill: Vec<SkillEntry>,
}

/// One `[[skill]]`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct SkillEntry {
    pub id: Spanned<String>,
    pub enabled: Option<bool>,
    pub number: Option<Spanned<i64>>,
    pub title: Field,
    pub summary: Field,
    pub description: Field,
    pub questions: FieldList,
    pub practices: FieldList,
}

/// `signs.toml`
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignsFile {
    /// `[[sign]]` tables.
    #[serde(default)]
    pub sign: Vec<SignEntry>,
}

/// One `[[sign]]`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct SignEntry {
    pub id: Spanned<String>,
    pub enabled: Option<bool>,
    pub name: Field,
    pub summary: Field,
    pub body: FieldList,
    pub words: FieldList,
    pub practice: Field,
}

/// `mantras.toml`
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MantrasFile {
    /// `[[mantra]]` tables.
    #[serde(default)]
    pub mantra: Vec<MantraEntry>,
}

/// One `[[mantra]]`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct MantraEntry {
    pub id: Spanned<String>,
    pub enabled: Option<bool>,
    pub text: Field,
    pub signs: FieldList,
    pub skills: FieldList,
}

/// `feelings.toml`
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeelingsFile {
    /// `[[family]]` tables.
    #[serde(default)]
    pub family: Vec<FamilyEntry>,
}

/// One `[[family]]` of feelings.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct FamilyEntry {
    pub id: Spanned<String>,
    pub enabled: Option<bool>,
    pub name: Field,
    pub needs: Option<Spanned<NeedsSide>>,
    pub words: FieldList,
    pub often_needs: FieldList,
}

/// `needs = "met"` or `"unmet"` in a feelings family.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum NeedsSide {
    /// Feelings when needs are met.
    Met,
    /// Feelings when needs are not met.
    Unmet,
}

/// `needs.toml`
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeedsFile {
    /// `[[category]]` tables.
    #[serde(default)]
    pub category: Vec<CategoryEntry>,
}

/// One `[[category]]` of needs.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct CategoryEntry {
    pub id: Spanned<String>,
    pub enabled: Option<bool>,
    pub name: Field,
    pub words: FieldList,
}

/// `faux-feelings.toml`
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FauxFile {
    /// `[[faux]]` tables.
    #[serde(default)]
    pub faux: Vec<FauxEntry>,
}

/// One `[[faux]]` feeling; its word is its id.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct FauxEntry {
    pub word: Spanned<String>,
    pub enabled: Option<bool>,
    pub feelings: FieldList,
    pub needs: FieldList,
}

/// `prompts.toml`
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PromptsFile {
    /// `[[prompt]]` tables.
    #[serde(default)]
    pub prompt: Vec<PromptEntry>,
}

/// One `[[prompt]]`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct PromptEntry {
    pub id: Spanned<String>,
    pub enabled: Option<bool>,
    pub moments: FieldList,
    pub text: Field,
}

/// What every entry of every file has: an id and whether it is shown.
pub trait Entry {
    /// The entry's id with its place.
    fn key(&self) -> &Spanned<String>;
    /// `enabled = false` hides the entry (and the built-in one of the same id).
    fn enabled(&self) -> bool;
}

macro_rules! entry {
    ($t:ty, $key:ident) => {
        impl Entry for $t {
            fn key(&self) -> &Spanned<String> {
                &self.$key
            }
            fn enabled(&self) -> bool {
                self.enabled.unwrap_or(true)
            }
        }
    };
}
entry!(SkillEntry, id);
entry!(SignEntry, id);
entry!(MantraEntry, id);
entry!(FamilyEntry, id);
entry!(CategoryEntry, id);
entry!(FauxEntry, word);
entry!(PromptEntry, id);

fn text(field: &Field) -> Text {
    Text::Owned(
        field
            .as_ref()
            .map_or(String::new(), |s| s.get_ref().trim().to_string()),
    )
}

fn list(field: &FieldList) -> TextList {
    let items = field.iter().flatten();
    TextList::Owned(
        items
            .map(|s| Text::Owned(s.get_ref().trim().to_string()))
            .collect(),
    )
}

fn key(entry: &impl Entry) -> Text {
    Text::Owned(entry.key().get_ref().clone())
}

impl SkillEntry {
    /// The skill this entry describes; only meaningful once it has been checked.
    pub fn to_model(&self) -> Skill {
        Skill {
            id: key(self),
            number: self
                .number
                .as_ref()
                .and_then(|n| u8::try_from(*n.get_ref()).ok())
                .unwrap_or(0),
            title: text(&self.title),
            summary: text(&self.summary),
            description: text(&self.description),
            questions: list(&self.questions),
            practices: list(&self.practices),
        }
    }
}

impl SignEntry {
    /// The sign this entry describes; only meaningful once it has been checked.
    pub fn to_model(&self) -> Sign {
        Sign {
            id: key(self),
            name: text(&self.name),
            summary: text(&self.summary),
            body: list(&self.body),
            words: list(&self.words),
            practice: text(&self.practice),
        }
    }
}

impl MantraEntry {
    /// The mantra this entry describes; only meaningful once it has been checked.
    pub fn to_model(&self) -> Mantra {
        Mantra {
            id: key(self),
            text: text(&self.text),
            signs: list(&self.signs),
            skills: list(&self.skills),
        }
    }
}

impl FamilyEntry {
    /// The family this entry describes; only meaningful once it has been checked.
    pub fn to_model(&self) -> FeelingFamily {
        FeelingFamily {
            id: key(self),
            name: text(&self.name),
            needs: match self.needs.as_ref().map(|n| *n.get_ref()) {
                Some(NeedsSide::Unmet) => Needs::Unmet,
                _ => Needs::Met,
            },
            words: list(&self.words),
            often_needs: list(&self.often_needs),
        }
    }
}

impl CategoryEntry {
    /// The category this entry describes; only meaningful once it has been checked.
    pub fn to_model(&self) -> NeedCategory {
        NeedCategory {
            id: key(self),
            name: text(&self.name),
            words: list(&self.words),
        }
    }
}

impl FauxEntry {
    /// The faux feeling this entry describes; only meaningful once it has been checked.
    pub fn to_model(&self) -> FauxFeeling {
        FauxFeeling {
            word: key(self),
            feelings: list(&self.feelings),
            needs: list(&self.needs),
        }
    }
}

impl PromptEntry {
    /// The prompt this entry describes; only meaningful once it has been checked.
    pub fn to_model(&self) -> Prompt {
        Prompt {
            id: key(self),
            moments: list(&self.moments),
            text: text(&self.text),
        }
    }
}

/// One folder's worth of content files, each present or not.
#[derive(Clone, Debug, Default)]
#[allow(missing_docs)]
pub struct Layer {
    pub skills: Option<Parsed<SkillsFile>>,
    pub signs: Option<Parsed<SignsFile>>,
    pub mantras: Option<Parsed<MantrasFile>>,
    pub feelings: Option<Parsed<FeelingsFile>>,
    pub needs: Option<Parsed<NeedsFile>>,
    pub faux: Option<Parsed<FauxFile>>,
    pub prompts: Option<Parsed<PromptsFile>>,
}

impl Layer {
    /// Parses `source` as the file of `kind` and adds it to the layer.
    pub fn add(&mut self, kind: Kind, source: Source) -> Result<(), Diagnostic> {
        match kind {
            Kind::Skills => self.skills = Some(parse(source)?),
            Kind::Signs => self.signs = Some(parse(source)?),
            Kind::Mantras => self.mantras = Some(parse(source)?),
            Kind::Feelings => self.feelings = Some(parse(source)?),
            Kind::Needs => self.needs = Some(parse(source)?),
            Kind::Faux => self.faux = Some(parse(source)?),
            Kind::Prompts => self.prompts = Some(parse(source)?),
        }
        Ok(())
    }

    /// Whether the layer has no file at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many files the layer has.
    pub fn len(&self) -> usize {
        [
            self.skills.is_some(),
            self.signs.is_some(),
            self.mantras.is_some(),
            self.feelings.is_some(),
            self.needs.is_some(),
            self.faux.is_some(),
            self.prompts.is_some(),
        ]
        .into_iter()
        .filter(|present| *present)
        .count()
    }
}
