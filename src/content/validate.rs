//! The rules content must follow, checked on a layer of files laid over a base.
//!
//! The built-in content is checked by `build.rs` with every rule, strict ones
//! included (the counts and the mantra form): bad built-in content fails the
//! build. A user's files are checked over the built-in content with the rules
//! that keep the program working: required fields, unique ids, references that
//! resolve, words that mean one thing. This file is also compiled into `build.rs`.

use super::model::{
    FauxFeeling, FeelingFamily, Mantra, NeedCategory, PROMPT_MOMENTS, Prompt, SIGN_IDS, Sign, Skill,
};
use super::schema::{Diagnostic, Entry, Field, FieldList, Kind, Layer, Parsed, Severity, Source};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use toml::Spanned;

/// The content a layer is laid over: the built-in content at run time, nothing
/// at build time.
#[derive(Clone, Copy, Debug, Default)]
#[allow(missing_docs)]
pub struct Base<'a> {
    pub skills: &'a [Skill],
    pub signs: &'a [Sign],
    pub mantras: &'a [Mantra],
    pub families: &'a [FeelingFamily],
    pub categories: &'a [NeedCategory],
    pub faux: &'a [FauxFeeling],
    pub prompts: &'a [Prompt],
}

/// Which rules apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rules {
    /// The built-in content: every rule, and the counts, and the mantra form.
    Builtin,
    /// A user's content: what keeps the program working; the form is a warning.
    User,
}

/// At least this many built-in mantras, so a daily user does not see repeats for weeks.
pub const MIN_MANTRAS: usize = 150;
/// At least this many built-in mantras for each sign of threat.
pub const MIN_MANTRAS_PER_SIGN: usize = 25;
/// At least this many built-in mantras for each skill.
pub const MIN_MANTRAS_PER_SKILL: usize = 5;
/// At least this many built-in feelings.
pub const MIN_FEELINGS: usize = 250;
/// At least this many built-in needs.
pub const MIN_NEEDS: usize = 90;
/// At least this many built-in faux feelings.
pub const MIN_FAUX: usize = 30;
/// The number of core skills in the essay.
pub const CORE_SKILLS: usize = 12;

/// Checks `layer` laid over `base` and returns every problem found, in file order.
pub fn check(layer: &Layer, base: &Base<'_>, rules: Rules) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let strict = rules == Rules::Builtin;
    let mut c = Checker {
        out: &mut out,
        strict,
    };

    let skill_ids = c.skills(layer, base);
    c.signs(layer);
    c.mantras(layer, base, &skill_ids);
    let vocabulary = c.vocabulary(layer, base);
    c.faux(layer, &vocabulary);
    c.often_needs(layer, &vocabulary);
    c.prompts(layer);
    out
}

/// A word of the vocabularies and where it belongs.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Home {
    kind: Kind,
    group: String,
}

impl Home {
    fn describe(&self) -> String {
        match self.kind {
            Kind::Feelings => format!("a feeling in the family '{}'", self.group),
            Kind::Needs => format!("a need in the category '{}'", self.group),
            _ => "a faux feeling".to_string(),
        }
    }
}

struct Checker<'o> {
    out: &'o mut Vec<Diagnostic>,
    strict: bool,
}

impl Checker<'_> {
    fn error(&mut self, source: &Source, span: Range<usize>, message: String) {
        self.out.push(source.at(span, Severity::Error, message));
    }

    /// An error in strict mode, a warning otherwise.
    fn form(&mut self, source: &Source, span: Range<usize>, message: String) {
        let severity = if self.strict {
            Severity::Error
        } else {
            Severity::Warning
        };
        self.out.push(source.at(span, severity, message));
    }

    /// Duplicate ids within one file.
    fn unique<E: Entry>(&mut self, parsed: &Parsed<impl Sized>, entries: &[E], what: &str) {
        let mut seen = HashSet::new();
        for entry in entries {
            let id = entry.key();
            if id.get_ref().trim().is_empty() {
                self.error(
                    &parsed.source,
                    id.span(),
                    format!("this {what} has an empty id"),
                );
            } else if !seen.insert(id.get_ref().as_str()) {
                let message = format!("the {what} '{}' appears twice in this file", id.get_ref());
                self.error(&parsed.source, id.span(), message);
            }
        }
    }

    fn required_text(&mut self, source: &Source, id: &Spanned<String>, field: &Field, name: &str) {
        match field {
            Some(value) if !value.get_ref().trim().is_empty() => {}
            Some(value) => self.error(source, value.span(), format!("`{name}` is empty")),
            None => self.error(
                source,
                id.span(),
                format!("'{}' has no `{name}`", id.get_ref()),
            ),
        }
    }

    fn required_list(
        &mut self,
        source: &Source,
        id: &Spanned<String>,
        field: &FieldList,
        name: &str,
        at_least: usize,
    ) {
        let items = field.as_deref().unwrap_or_default();
        for item in items {
            if item.get_ref().trim().is_empty() {
                self.error(source, item.span(), format!("an item of `{name}` is empty"));
            }
        }
        if items.len() < at_least {
            let message = match at_least {
                1 => format!("'{}' needs at least one item in `{name}`", id.get_ref()),
                n => format!(
                    "'{}' has {} item(s) in `{name}`; it needs at least {n}",
                    id.get_ref(),
                    items.len()
                ),
            };
            self.error(source, id.span(), message);
        }
    }

    /// Checks the skills; returns every known skill id (hidden ones too).
    fn skills(&mut self, layer: &Layer, base: &Base<'_>) -> HashSet<String> {
        let mut ids: HashSet<String> = base.skills.iter().map(|s| s.id.to_string()).collect();
        let Some(parsed) = &layer.skills else {
            return ids;
        };
        let entries = &parsed.file.skill;
        self.unique(parsed, entries, "skill");
        let src = &parsed.source;
        let replaced: HashSet<&str> = entries.iter().map(|e| e.id.get_ref().as_str()).collect();
        let mut numbers: HashMap<u8, String> = base
            .skills
            .iter()
            .filter(|s| !replaced.contains(s.id.as_ref()))
            .map(|s| (s.number, s.id.to_string()))
            .collect();
        let lists = if self.strict { 2 } else { 1 };
        for e in entries.iter().filter(|e| e.enabled()) {
            for (field, name) in [
                (&e.title, "title"),
                (&e.summary, "summary"),
                (&e.description, "description"),
            ] {
                self.required_text(src, &e.id, field, name);
            }
            self.required_list(src, &e.id, &e.questions, "questions", lists);
            self.required_list(src, &e.id, &e.practices, "practices", lists);
            match &e.number {
                None => self.error(
                    src,
                    e.id.span(),
                    format!("'{}' has no `number`", e.id.get_ref()),
                ),
                Some(n) => match u8::try_from(*n.get_ref())
                    .ok()
                    .filter(|n| (1..=99).contains(n))
                {
                    None => self.error(src, n.span(), "`number` must be between 1 and 99".into()),
                    Some(number) => {
                        if let Some(other) = numbers.insert(number, e.id.get_ref().clone()) {
                            let message = format!(
                                "the number {number} is already used by the skill '{other}'"
                            );
                            self.error(src, n.span(), message);
                        }
                    }
                },
            }
        }
        if self.strict {
            let mut numbers: Vec<u8> = numbers.into_keys().collect();
            numbers.sort_unstable();
            let expected: Vec<u8> = (1..=CORE_SKILLS as u8).collect();
            if numbers != expected {
                let message = format!(
                    "the built-in skills must be numbered 1 to {CORE_SKILLS} as in the essay, found {numbers:?}"
                );
                self.error(src, 0..0, message);
            }
        }
        ids.extend(entries.iter().map(|e| e.id.get_ref().clone()));
        ids
    }

    fn signs(&mut self, layer: &Layer) {
        let Some(parsed) = &layer.signs else {
            if self.strict {
                self.missing(Kind::Signs);
            }
            return;
        };
        let entries = &parsed.file.sign;
        self.unique(parsed, entries, "sign");
        let src = &parsed.source;
        let lists = if self.strict { 2 } else { 0 };
        for e in entries {
            if !SIGN_IDS.contains(&e.id.get_ref().as_str()) {
                let message = format!(
                    "'{}' is not a sign of threat; the signs are fixed: {}",
                    e.id.get_ref(),
                    SIGN_IDS.join(", ")
                );
                self.error(src, e.id.span(), message);
            }
            if !e.enabled() {
                continue;
            }
            for (field, name) in [
                (&e.name, "name"),
                (&e.summary, "summary"),
                (&e.practice, "practice"),
            ] {
                self.required_text(src, &e.id, field, name);
            }
            self.required_list(src, &e.id, &e.body, "body", lists);
            self.required_list(src, &e.id, &e.words, "words", lists);
        }
        if self.strict {
            for id in SIGN_IDS {
                if !entries.iter().any(|e| e.id.get_ref() == id) {
                    self.error(src, 0..0, format!("the sign '{id}' is missing"));
                }
            }
        }
    }

    fn missing(&mut self, kind: Kind) {
        self.out.push(Diagnostic {
            file: kind.file_name().to_string(),
            line: 1,
            column: 1,
            message: "the built-in content needs this file".to_string(),
            severity: Severity::Error,
        });
    }

    fn mantras(&mut self, layer: &Layer, base: &Base<'_>, skill_ids: &HashSet<String>) {
        let Some(parsed) = &layer.mantras else {
            if self.strict {
                self.missing(Kind::Mantras);
            }
            return;
        };
        let entries = &parsed.file.mantra;
        self.unique(parsed, entries, "mantra");
        let src = &parsed.source;
        let replaced: HashSet<&str> = entries.iter().map(|e| e.id.get_ref().as_str()).collect();
        let mut seen: HashMap<String, String> = base
            .mantras
            .iter()
            .filter(|m| !replaced.contains(m.id.as_ref()))
            .map(|m| (same_words(&m.text), m.id.to_string()))
            .collect();
        for e in entries.iter().filter(|e| e.enabled()) {
            self.required_text(src, &e.id, &e.text, "text");
            if let Some(text) = &e.text {
                if let Some(problem) = mantra_form(text.get_ref()) {
                    self.form(src, text.span(), problem);
                }
                if let Some(other) = seen.insert(same_words(text.get_ref()), e.id.get_ref().clone())
                {
                    let message = format!("this says the same as the mantra '{other}'");
                    self.form(src, text.span(), message);
                }
            }
            for sign in e.signs.iter().flatten() {
                if !SIGN_IDS.contains(&sign.get_ref().as_str()) {
                    let message = format!(
                        "unknown sign '{}'; the signs are: {}",
                        sign.get_ref(),
                        SIGN_IDS.join(", ")
                    );
                    self.error(src, sign.span(), message);
                }
            }
            for skill in e.skills.iter().flatten() {
                if !skill_ids.contains(skill.get_ref()) {
                    let mut known: Vec<&str> = skill_ids.iter().map(String::as_str).collect();
                    known.sort_unstable();
                    let message = format!(
                        "unknown skill '{}'; the skills are: {}",
                        skill.get_ref(),
                        known.join(", ")
                    );
                    self.error(src, skill.span(), message);
                }
            }
        }
        if self.strict {
            self.mantra_counts(parsed, skill_ids);
        }
    }

    fn mantra_counts(
        &mut self,
        parsed: &Parsed<super::schema::MantrasFile>,
        skills: &HashSet<String>,
    ) {
        let src = &parsed.source;
        let enabled: Vec<_> = parsed.file.mantra.iter().filter(|e| e.enabled()).collect();
        if enabled.len() < MIN_MANTRAS {
            let message = format!(
                "there are {} mantras; the built-in content needs at least {MIN_MANTRAS}",
                enabled.len()
            );
            self.error(src, 0..0, message);
        }
        let count = |pick: &dyn Fn(&super::schema::MantraEntry) -> &FieldList, id: &str| {
            enabled
                .iter()
                .filter(|e| pick(e).iter().flatten().any(|s| s.get_ref() == id))
                .count()
        };
        for sign in SIGN_IDS {
            let n = count(&|e| &e.signs, sign);
            if n < MIN_MANTRAS_PER_SIGN {
                let message = format!(
                    "the sign '{sign}' has {n} mantras; it needs at least {MIN_MANTRAS_PER_SIGN}"
                );
                self.error(src, 0..0, message);
            }
        }
        let mut skills: Vec<&String> = skills.iter().collect();
        skills.sort();
        for skill in skills {
            let n = count(&|e| &e.skills, skill);
            if n < MIN_MANTRAS_PER_SKILL {
                let message = format!(
                    "the skill '{skill}' has {n} mantras; it needs at least {MIN_MANTRAS_PER_SKILL}"
                );
                self.error(src, 0..0, message);
            }
        }
    }

    /// Checks feelings and needs; returns where every known word lives.
    fn vocabulary(&mut self, layer: &Layer, base: &Base<'_>) -> HashMap<String, Home> {
        let mut homes: HashMap<String, Home> = HashMap::new();
        let user_families: HashSet<&str> = layer
            .feelings
            .iter()
            .flat_map(|p| &p.file.family)
            .map(|e| e.id.get_ref().as_str())
            .collect();
        let user_categories: HashSet<&str> = layer
            .needs
            .iter()
            .flat_map(|p| &p.file.category)
            .map(|e| e.id.get_ref().as_str())
            .collect();
        let user_faux: HashSet<&str> = layer
            .faux
            .iter()
            .flat_map(|p| &p.file.faux)
            .map(|e| e.word.get_ref().as_str())
            .collect();
        for family in base
            .families
            .iter()
            .filter(|f| !user_families.contains(f.id.as_ref()))
        {
            for word in family.words.iter() {
                let home = Home {
                    kind: Kind::Feelings,
                    group: family.id.to_string(),
                };
                homes.insert(word.to_string(), home);
            }
        }
        for category in base
            .categories
            .iter()
            .filter(|c| !user_categories.contains(c.id.as_ref()))
        {
            for word in category.words.iter() {
                let home = Home {
                    kind: Kind::Needs,
                    group: category.id.to_string(),
                };
                homes.insert(word.to_string(), home);
            }
        }
        for faux in base
            .faux
            .iter()
            .filter(|f| !user_faux.contains(f.word.as_ref()))
        {
            let home = Home {
                kind: Kind::Faux,
                group: String::new(),
            };
            homes.insert(faux.word.to_string(), home);
        }

        if let Some(parsed) = &layer.feelings {
            let entries = &parsed.file.family;
            self.unique(parsed, entries, "family");
            for e in entries {
                if e.enabled() {
                    self.required_text(&parsed.source, &e.id, &e.name, "name");
                    self.required_list(&parsed.source, &e.id, &e.words, "words", 1);
                    if e.needs.is_none() {
                        let message =
                            format!("'{}' has no `needs` (\"met\" or \"unmet\")", e.id.get_ref());
                        self.error(&parsed.source, e.id.span(), message);
                    }
                }
                let home = Home {
                    kind: Kind::Feelings,
                    group: e.id.get_ref().clone(),
                };
                self.settle(&parsed.source, &e.words, &home, &mut homes);
            }
        } else if self.strict {
            self.missing(Kind::Feelings);
        }
        if let Some(parsed) = &layer.needs {
            let entries = &parsed.file.category;
            self.unique(parsed, entries, "category");
            for e in entries {
                if e.enabled() {
                    self.required_text(&parsed.source, &e.id, &e.name, "name");
                    self.required_list(&parsed.source, &e.id, &e.words, "words", 1);
                }
                let home = Home {
                    kind: Kind::Needs,
                    group: e.id.get_ref().clone(),
                };
                self.settle(&parsed.source, &e.words, &home, &mut homes);
            }
        } else if self.strict {
            self.missing(Kind::Needs);
        }
        if self.strict {
            self.vocabulary_counts(layer, &homes);
        }
        homes
    }

    /// Gives each word its home, reporting a word that already has another one.
    fn settle(
        &mut self,
        source: &Source,
        words: &FieldList,
        home: &Home,
        homes: &mut HashMap<String, Home>,
    ) {
        for word in words.iter().flatten() {
            let key = word.get_ref().trim().to_string();
            if let Some(other) = homes.get(&key) {
                let message = if other == home {
                    format!("'{key}' appears twice here")
                } else {
                    format!(
                        "'{key}' is already {}; a word can have one place only",
                        other.describe()
                    )
                };
                self.error(source, word.span(), message);
            } else {
                homes.insert(key, home.clone());
            }
        }
    }

    fn vocabulary_counts(&mut self, layer: &Layer, homes: &HashMap<String, Home>) {
        let count = |kind: Kind| homes.values().filter(|h| h.kind == kind).count();
        if let Some(parsed) = &layer.feelings {
            let n = count(Kind::Feelings);
            if n < MIN_FEELINGS {
                let message = format!(
                    "there are {n} feelings; the built-in content needs at least {MIN_FEELINGS}"
                );
                self.error(&parsed.source, 0..0, message);
            }
            for side in [
                super::schema::NeedsSide::Met,
                super::schema::NeedsSide::Unmet,
            ] {
                let present = parsed
                    .file
                    .family
                    .iter()
                    .any(|f| f.needs.as_ref().map(|n| *n.get_ref()) == Some(side));
                if !present {
                    let message =
                        format!("there is no family of feelings for needs {side:?}").to_lowercase();
                    self.error(&parsed.source, 0..0, message);
                }
            }
        }
        if let Some(parsed) = &layer.needs {
            let n = count(Kind::Needs);
            if n < MIN_NEEDS {
                let message =
                    format!("there are {n} needs; the built-in content needs at least {MIN_NEEDS}");
                self.error(&parsed.source, 0..0, message);
            }
        }
    }

    /// A reference to a word that must be of the vocabulary `kind`.
    fn refer(
        &mut self,
        src: &Source,
        item: &Spanned<String>,
        kind: Kind,
        homes: &HashMap<String, Home>,
    ) {
        let what = if kind == Kind::Feelings {
            "feeling"
        } else {
            "need"
        };
        let name = item.get_ref().trim();
        match homes.get(name) {
            Some(home) if home.kind == kind => {}
            Some(home) => {
                let message = format!("'{name}' is {}, not a {what}", home.describe());
                self.error(src, item.span(), message);
            }
            None => {
                let message = format!(
                    "'{name}' is not a {what} in the vocabulary; add it to {} first",
                    kind.file_name()
                );
                self.error(src, item.span(), message);
            }
        }
    }

    /// The needs a family of feelings suggests must be needs.
    fn often_needs(&mut self, layer: &Layer, homes: &HashMap<String, Home>) {
        let Some(parsed) = &layer.feelings else {
            return;
        };
        for e in parsed.file.family.iter().filter(|e| e.enabled()) {
            for item in e.often_needs.iter().flatten() {
                self.refer(&parsed.source, item, Kind::Needs, homes);
            }
        }
    }

    fn faux(&mut self, layer: &Layer, homes: &HashMap<String, Home>) {
        let Some(parsed) = &layer.faux else {
            if self.strict {
                self.missing(Kind::Faux);
            }
            return;
        };
        let entries = &parsed.file.faux;
        self.unique(parsed, entries, "faux feeling");
        let src = &parsed.source;
        for e in entries {
            let word = e.word.get_ref().trim();
            if let Some(home) = homes.get(word).filter(|h| h.kind != Kind::Faux) {
                let message = format!(
                    "'{word}' is already {}; a word can have one place only",
                    home.describe()
                );
                self.error(src, e.word.span(), message);
            }
            if !e.enabled() {
                continue;
            }
            let under = e.feelings.iter().flatten().count() + e.needs.iter().flatten().count();
            if under == 0 {
                let message = format!("'{word}' needs at least one of `feelings` or `needs`");
                self.error(src, e.word.span(), message);
            }
            for (list, kind) in [(&e.feelings, Kind::Feelings), (&e.needs, Kind::Needs)] {
                for item in list.iter().flatten() {
                    self.refer(src, item, kind, homes);
                }
            }
        }
        if self.strict {
            let n = entries.iter().filter(|e| e.enabled()).count();
            if n < MIN_FAUX {
                let message = format!(
                    "there are {n} faux feelings; the built-in content needs at least {MIN_FAUX}"
                );
                self.error(src, 0..0, message);
            }
        }
    }

    fn prompts(&mut self, layer: &Layer) {
        let Some(parsed) = &layer.prompts else {
            if self.strict {
                self.missing(Kind::Prompts);
            }
            return;
        };
        let entries = &parsed.file.prompt;
        self.unique(parsed, entries, "prompt");
        let src = &parsed.source;
        for e in entries.iter().filter(|e| e.enabled()) {
            self.required_text(src, &e.id, &e.text, "text");
            self.required_list(src, &e.id, &e.moments, "moments", 1);
            for moment in e.moments.iter().flatten() {
                if !PROMPT_MOMENTS.contains(&moment.get_ref().as_str()) {
                    let message = format!(
                        "unknown moment '{}'; the moments are: {}",
                        moment.get_ref(),
                        PROMPT_MOMENTS.join(", ")
                    );
                    self.error(src, moment.span(), message);
                }
            }
        }
        if self.strict {
            for moment in PROMPT_MOMENTS {
                let present = entries
                    .iter()
                    .filter(|e| e.enabled())
                    .any(|e| e.moments.iter().flatten().any(|m| m.get_ref() == moment));
                if !present {
                    self.error(
                        src,
                        0..0,
                        format!("there is no prompt for the moment '{moment}'"),
                    );
                }
            }
        }
    }
}

/// Why a mantra does not read as an identity phrase with an action verb, if it does not.
///
/// The essay steers away from `I am <quality>` ("I am compassionate") toward
/// phrases with action verbs ("I dedicate myself to compassion"). A flowing
/// identity ("I am an ever-changing flow…") and "I am learning…" are fine.
pub fn mantra_form(text: &str) -> Option<String> {
    let lower = text.trim().to_lowercase().replace('’', "'");
    let first_person = ["i ", "i'", "my "].iter().any(|p| lower.starts_with(p));
    if !first_person {
        return Some("a mantra speaks in the first person: start it with \"I\"".to_string());
    }
    let rest = lower
        .strip_prefix("i am ")
        .or_else(|| lower.strip_prefix("i'm "))?;
    let next: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    if next == "a" || next == "an" || next.ends_with("ing") {
        return None;
    }
    Some(
        "this reads as \"I am <quality>\"; use an action verb, as in \"I dedicate myself to compassion\" rather than \"I am compassionate\""
            .to_string(),
    )
}

/// The words of a text, lowercased, without punctuation: two mantras with the
/// same words say the same thing.
pub fn same_words(text: &str) -> String {
    let lower = text.to_lowercase();
    let words = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    words.collect::<Vec<_>>().join(" ")
}
