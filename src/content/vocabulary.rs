//! The feelings, needs and faux-feelings vocabularies as one searchable list of
//! words, each knowing its group.

use super::Content;
use super::model::{Needs, Text};
use serde::Serialize;

/// Which vocabulary a word belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum List {
    /// A feeling.
    Feelings,
    /// A universal need.
    Needs,
    /// A thought that sounds like a feeling.
    Faux,
}

/// One word of a vocabulary, as listed and as printed by `--json`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Word<'a> {
    /// The word itself.
    pub word: &'a str,
    /// The id of its family or category ("faux" for faux feelings).
    pub group: &'a str,
    /// The heading of its family or category.
    pub group_name: &'a str,
    /// Which vocabulary it is from.
    pub list: List,
    /// For a feeling: whether it comes with needs met.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub met: Option<bool>,
    /// For a faux feeling: feelings that may lie under it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feelings_under: Option<&'a [Text]>,
    /// For a faux feeling: needs that may lie under it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub needs_under: Option<&'a [Text]>,
}

/// The group and heading used for faux feelings.
pub const FAUX_GROUP: (&str, &str) = ("faux", "Faux feelings");

impl Content {
    /// Every word of the chosen vocabularies, in file order: feelings (needs
    /// met, then not met), needs, faux feelings.
    pub fn words(&self, lists: &[List]) -> Vec<Word<'_>> {
        let mut words = Vec::new();
        if lists.contains(&List::Feelings) {
            for needs in [Needs::Met, Needs::Unmet] {
                for family in self.families.iter().filter(|f| f.needs == needs) {
                    words.extend(family.words.iter().map(|w| Word {
                        word: w,
                        group: &family.id,
                        group_name: &family.name,
                        list: List::Feelings,
                        met: Some(needs == Needs::Met),
                        feelings_under: None,
                        needs_under: None,
                    }));
                }
            }
        }
        if lists.contains(&List::Needs) {
            for category in self.categories.iter() {
                words.extend(category.words.iter().map(|w| Word {
                    word: w,
                    group: &category.id,
                    group_name: &category.name,
                    list: List::Needs,
                    met: None,
                    feelings_under: None,
                    needs_under: None,
                }));
            }
        }
        if lists.contains(&List::Faux) {
            words.extend(self.faux.iter().map(|f| Word {
                word: &f.word,
                group: FAUX_GROUP.0,
                group_name: FAUX_GROUP.1,
                list: List::Faux,
                met: None,
                feelings_under: Some(&f.feelings),
                needs_under: Some(&f.needs),
            }));
        }
        words
    }

    /// The words that match `query` in every vocabulary, ignoring case: an exact
    /// match first, then words that begin with it (or one of whose parts does,
    /// as "ease" in "at ease"); when none does, words that contain it.
    pub fn search(&self, query: &str) -> Vec<Word<'_>> {
        let query = query.trim().to_lowercase();
        if query.is_empty() {
            return Vec::new();
        }
        let all = self.words(&[List::Feelings, List::Needs, List::Faux]);
        let starts = |w: &Word<'_>| {
            let word = w.word.to_lowercase();
            word.starts_with(&query) || word.split([' ', '-']).any(|part| part.starts_with(&query))
        };
        let mut found: Vec<Word<'_>> = all.iter().filter(|w| starts(w)).cloned().collect();
        if found.is_empty() {
            found = all
                .into_iter()
                .filter(|w| w.word.to_lowercase().contains(&query))
                .collect();
        }
        found.sort_by_key(|w| w.word.to_lowercase() != query);
        found
    }
}
