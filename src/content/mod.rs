//! The words the tool says: skills, signs of threat, mantras, the feelings and
//! needs vocabularies, and prompts.
//!
//! The built-in content is compiled into the binary; a user's folder of files of
//! the same names is laid over it: new ids add entries, a built-in id replaces
//! that entry, `enabled = false` hides one. Nothing here prints.

mod builtin;
pub mod model;
pub mod schema;
pub mod validate;
pub mod vocabulary;

pub use model::*;
pub use schema::{Diagnostic, Kind, Severity};

use schema::{Entry, Layer, Source};
use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// Everything the tool can say, built-in and the user's own, merged.
#[derive(Clone, Debug)]
#[allow(missing_docs)]
pub struct Content {
    pub skills: Cow<'static, [Skill]>,
    pub signs: Cow<'static, [Sign]>,
    pub mantras: Cow<'static, [Mantra]>,
    pub families: Cow<'static, [FeelingFamily]>,
    pub categories: Cow<'static, [NeedCategory]>,
    pub faux: Cow<'static, [FauxFeeling]>,
    pub prompts: Cow<'static, [Prompt]>,
}

/// Why a folder of content could not be used.
#[derive(Debug)]
pub enum ContentError {
    /// A folder that was asked for by name does not exist.
    MissingFolder(PathBuf),
    /// A file exists but could not be read.
    Unreadable(PathBuf, io::Error),
    /// The files have problems; the errors come first.
    Invalid(Vec<Diagnostic>),
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContentError::MissingFolder(path) => {
                write!(f, "the content folder {} does not exist", path.display())
            }
            ContentError::Unreadable(path, err) => {
                write!(f, "cannot read {}: {err}", path.display())
            }
            ContentError::Invalid(problems) => {
                let errors: Vec<_> = problems
                    .iter()
                    .filter(|d| d.severity == Severity::Error)
                    .collect();
                write!(f, "{}", errors.first().map_or(&problems[0], |d| *d))?;
                if errors.len() > 1 {
                    write!(
                        f,
                        " (and {} more problems: `secure-diff content check` lists them all)",
                        errors.len() - 1
                    )?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ContentError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ContentError::Unreadable(_, err) => Some(err),
            _ => None,
        }
    }
}

impl Content {
    /// The built-in content alone: no parsing, no allocation.
    pub fn builtin() -> Content {
        Content {
            skills: Cow::Borrowed(builtin::SKILLS),
            signs: Cow::Borrowed(builtin::SIGNS),
            mantras: Cow::Borrowed(builtin::MANTRAS),
            families: Cow::Borrowed(builtin::FAMILIES),
            categories: Cow::Borrowed(builtin::CATEGORIES),
            faux: Cow::Borrowed(builtin::FAUX),
            prompts: Cow::Borrowed(builtin::PROMPTS),
        }
    }

    /// The built-in content with the user's folder laid over it, if there is one.
    ///
    /// `required` says whether the folder was asked for by name: then it must
    /// exist; the default folder may be absent. Only the files that exist are read.
    pub fn load(folder: Option<&Path>, required: bool) -> Result<Content, ContentError> {
        let Some(folder) = folder else {
            return Ok(Content::builtin());
        };
        let layer = read_folder(folder, required)?;
        if layer.is_empty() {
            return Ok(Content::builtin());
        }
        let problems = validate::check(&layer, &Content::builtin().base(), validate::Rules::User);
        if problems.iter().any(|d| d.severity == Severity::Error) {
            return Err(ContentError::Invalid(problems));
        }
        Ok(Content::builtin().overlay(&layer))
    }

    /// This content, as the base a user's layer is checked against.
    pub fn base(&self) -> validate::Base<'_> {
        validate::Base {
            skills: &self.skills,
            signs: &self.signs,
            mantras: &self.mantras,
            families: &self.families,
            categories: &self.categories,
            faux: &self.faux,
            prompts: &self.prompts,
        }
    }

    /// Lays a checked layer of files over this content.
    fn overlay(mut self, layer: &Layer) -> Content {
        if let Some(p) = &layer.skills {
            merge(&mut self.skills, &p.file.skill, |s| &s.id, |e| e.to_model());
            self.skills.to_mut().sort_by_key(|s| s.number);
        }
        if let Some(p) = &layer.signs {
            merge(&mut self.signs, &p.file.sign, |s| &s.id, |e| e.to_model());
        }
        if let Some(p) = &layer.mantras {
            merge(
                &mut self.mantras,
                &p.file.mantra,
                |m| &m.id,
                |e| e.to_model(),
            );
        }
        if let Some(p) = &layer.feelings {
            merge(
                &mut self.families,
                &p.file.family,
                |f| &f.id,
                |e| e.to_model(),
            );
        }
        if let Some(p) = &layer.needs {
            merge(
                &mut self.categories,
                &p.file.category,
                |c| &c.id,
                |e| e.to_model(),
            );
        }
        if let Some(p) = &layer.faux {
            merge(&mut self.faux, &p.file.faux, |f| &f.word, |e| e.to_model());
        }
        if let Some(p) = &layer.prompts {
            merge(
                &mut self.prompts,
                &p.file.prompt,
                |p| &p.id,
                |e| e.to_model(),
            );
        }
        if layer.feelings.is_some() || layer.needs.is_some() {
            self.forget_removed_words();
        }
        self
    }

    /// A user's family or category that replaces a built-in one may leave out
    /// words a built-in faux feeling points to: those pointers are dropped.
    fn forget_removed_words(&mut self) {
        let feelings: HashSet<&str> = self
            .families
            .iter()
            .flat_map(|f| f.words.iter())
            .map(|w| w.as_ref())
            .collect();
        let needs: HashSet<&str> = self
            .categories
            .iter()
            .flat_map(|c| c.words.iter())
            .map(|w| w.as_ref())
            .collect();
        let dangling = |f: &FauxFeeling| {
            f.feelings.iter().any(|w| !feelings.contains(w.as_ref()))
                || f.needs.iter().any(|w| !needs.contains(w.as_ref()))
        };
        if !self.faux.iter().any(dangling) {
            return;
        }
        let faux: Vec<FauxFeeling> = self
            .faux
            .iter()
            .map(|f| FauxFeeling {
                word: f.word.clone(),
                feelings: f
                    .feelings
                    .iter()
                    .filter(|w| feelings.contains(w.as_ref()))
                    .cloned()
                    .collect(),
                needs: f
                    .needs
                    .iter()
                    .filter(|w| needs.contains(w.as_ref()))
                    .cloned()
                    .collect(),
            })
            .collect();
        self.faux = Cow::Owned(faux);
    }

    /// The sign of threat with this id.
    pub fn sign(&self, id: &str) -> Option<&Sign> {
        self.signs.iter().find(|s| s.id == id)
    }

    /// The skill with this id or number ("3" or "self-responsibility").
    pub fn skill(&self, id_or_number: &str) -> Option<&Skill> {
        let number: Option<u8> = id_or_number.parse().ok();
        self.skills
            .iter()
            .find(|s| s.id == id_or_number || Some(s.number) == number)
    }

    /// The skill with this id or number, or an error that lists them all.
    pub fn find_skill(&self, id_or_number: &str) -> Result<&Skill, String> {
        self.skill(id_or_number.trim()).ok_or_else(|| {
            let skills: Vec<String> = self
                .skills
                .iter()
                .map(|s| format!("{} ({})", s.id, s.number))
                .collect();
            format!(
                "'{}' is not a skill; the skills are: {}",
                id_or_number.trim(),
                skills.join(", ")
            )
        })
    }

    /// The mantras that answer a sign (all of them when `sign` is `None`).
    pub fn mantras_for(&self, sign: Option<&str>) -> Vec<&Mantra> {
        self.mantras
            .iter()
            .filter(|m| sign.is_none_or(|s| m.signs.iter().any(|t| t == s)))
            .collect()
    }

    /// The prompts for a moment ("weekly", "checklist", "checkin", "mantra").
    pub fn prompts_for(&self, moment: &str) -> Vec<&Prompt> {
        self.prompts
            .iter()
            .filter(|p| p.moments.iter().any(|m| m == moment))
            .collect()
    }
}

/// Applies a file's entries to a list: add, replace by id, or hide.
fn merge<T: Clone, E: Entry>(
    list: &mut Cow<'static, [T]>,
    entries: &[E],
    id_of: impl Fn(&T) -> &Text,
    to_model: impl Fn(&E) -> T,
) {
    let list = list.to_mut();
    for entry in entries {
        let id = entry.key().get_ref();
        let at = list.iter().position(|item| id_of(item) == id);
        match (at, entry.enabled()) {
            (Some(i), true) => list[i] = to_model(entry),
            (Some(i), false) => {
                list.remove(i);
            }
            (None, true) => list.push(to_model(entry)),
            (None, false) => {}
        }
    }
}

/// Reads the content files present in a folder. Files of other names are ignored.
pub fn read_folder(folder: &Path, required: bool) -> Result<Layer, ContentError> {
    let mut layer = Layer::default();
    match folder.metadata() {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => {
            return Err(ContentError::Unreadable(
                folder.to_path_buf(),
                io::Error::other("it is not a folder"),
            ));
        }
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            return if required {
                Err(ContentError::MissingFolder(folder.to_path_buf()))
            } else {
                Ok(layer)
            };
        }
        Err(err) => return Err(ContentError::Unreadable(folder.to_path_buf(), err)),
    }
    let mut problems = Vec::new();
    for kind in Kind::ALL {
        let path = folder.join(kind.file_name());
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) if err.kind() == io::ErrorKind::NotFound => continue,
            Err(err) => return Err(ContentError::Unreadable(path, err)),
        };
        let source = Source {
            path: path.display().to_string(),
            text,
        };
        if let Err(problem) = layer.add(kind, source) {
            problems.push(problem);
        }
    }
    if problems.is_empty() {
        Ok(layer)
    } else {
        Err(ContentError::Invalid(problems))
    }
}

/// The built-in content files as written, for `content export`.
pub fn builtin_files() -> impl Iterator<Item = (Kind, &'static str)> {
    builtin::FILES.into_iter()
}

#[cfg(test)]
mod tests;
