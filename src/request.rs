//! The self-responsibility check on a request (skill 3): sharing unmet needs
//! without blame, criticism or demand. It flags the words that tend to carry
//! one of them, says why in a sentence, and offers a shape for a request.
//! The person may always keep their words.

use serde::Serialize;

/// What a flagged phrase tends to carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FlagKind {
    /// Making someone the cause of my feelings.
    Blame,
    /// A judgment of what someone is or always does.
    Criticism,
    /// Asking in a way that leaves no room for no.
    Demand,
    /// A word that labels a person.
    Label,
}

/// One flagged phrase.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Flag {
    /// What it tends to carry.
    pub kind: FlagKind,
    /// The words, as written.
    pub words: String,
    /// Why it was flagged, in one sentence.
    pub why: &'static str,
}

/// What the check found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Check {
    /// The flags, in the order they appear (empty when nothing was flagged).
    pub flags: Vec<Flag>,
    /// A shape the request could take.
    pub suggestion: &'static str,
}

/// The shape of a request that leaves room for yes and no.
pub const REQUEST_SHAPE: &str = "When …, I feel … because I need … Would you be willing to …?";

const BLAME_WHY: &str = "This makes someone else the cause of your feeling; your feeling points to a need of yours, which you could name instead.";
const CRITICISM_WHY: &str = "This is a judgment of the other person, which is hard to hear as a request; what you saw, and what you need, are easier to hear.";
const DEMAND_WHY: &str = "This asks in a way that leaves no room for no; a request they are free to refuse is more likely to be met with care.";
const LABEL_WHY: &str = "This labels the person rather than describing what they did; a label tends to bring defense, not connection.";

/// Phrases, lowercase, and what they tend to carry. A phrase matches at word
/// boundaries; `*` stands for one more word (`you're so *`).
const PHRASES: &[(&str, FlagKind)] = &[
    ("because of you", FlagKind::Blame),
    ("you made me", FlagKind::Blame),
    ("you make me", FlagKind::Blame),
    ("your fault", FlagKind::Blame),
    ("thanks to you", FlagKind::Blame),
    ("you ruined", FlagKind::Blame),
    ("you never", FlagKind::Criticism),
    ("you always", FlagKind::Criticism),
    ("you're so", FlagKind::Criticism),
    ("you are so", FlagKind::Criticism),
    ("you're just", FlagKind::Criticism),
    ("what's wrong with you", FlagKind::Criticism),
    ("you don't care", FlagKind::Criticism),
    ("you should", FlagKind::Demand),
    ("you shouldn't", FlagKind::Demand),
    ("you must", FlagKind::Demand),
    ("you have to", FlagKind::Demand),
    ("you need to", FlagKind::Demand),
    ("you'd better", FlagKind::Demand),
    ("i need you to", FlagKind::Demand),
    ("i demand", FlagKind::Demand),
    ("stop *ing", FlagKind::Demand),
];

/// Words that label a person.
const LABELS: &[&str] = &[
    "selfish",
    "lazy",
    "rude",
    "inconsiderate",
    "stupid",
    "careless",
    "irresponsible",
    "controlling",
    "needy",
    "crazy",
    "dramatic",
    "mean",
    "useless",
    "arrogant",
    "ignorant",
    "insensitive",
    "immature",
    "clingy",
    "hysterical",
    "pathetic",
    "childish",
    "unreasonable",
    "narcissist",
    "narcissistic",
    "toxic",
    "idiot",
    "jerk",
];

/// Checks a request for blame, criticism, demand and labels.
pub fn check(text: &str) -> Check {
    let lower = text.to_lowercase().replace('’', "'");
    let words = words_with_spans(&lower);
    let mut flags: Vec<(usize, Flag)> = Vec::new();
    for (phrase, kind) in PHRASES {
        let pattern: Vec<&str> = phrase.split(' ').collect();
        for start in 0..words.len() {
            if let Some(end) = match_at(&words, start, &pattern) {
                let span = words[start].1.start..words[end - 1].1.end;
                let why = match kind {
                    FlagKind::Blame => BLAME_WHY,
                    FlagKind::Criticism => CRITICISM_WHY,
                    FlagKind::Demand => DEMAND_WHY,
                    FlagKind::Label => LABEL_WHY,
                };
                flags.push((
                    span.start,
                    Flag {
                        kind: *kind,
                        words: original(text, &lower, span),
                        why,
                    },
                ));
            }
        }
    }
    for (word, span) in &words {
        if LABELS.contains(word) {
            let flag = Flag {
                kind: FlagKind::Label,
                words: original(text, &lower, span.clone()),
                why: LABEL_WHY,
            };
            flags.push((span.start, flag));
        }
    }
    flags.sort_by_key(|(at, _)| *at);
    flags.dedup_by(|a, b| a.1 == b.1);
    Check {
        flags: flags.into_iter().map(|(_, f)| f).collect(),
        suggestion: REQUEST_SHAPE,
    }
}

/// The words of a lowercase text with their byte ranges (apostrophes kept).
fn words_with_spans(lower: &str) -> Vec<(&str, std::ops::Range<usize>)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in lower.char_indices().chain([(lower.len(), ' ')]) {
        let inside = c.is_alphanumeric() || c == '\'';
        match (start, inside) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                words.push((&lower[s..i], s..i));
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// Where a phrase that starts at word `start` ends (exclusive), if it does.
fn match_at(
    words: &[(&str, std::ops::Range<usize>)],
    start: usize,
    pattern: &[&str],
) -> Option<usize> {
    let mut at = start;
    for part in pattern {
        let (word, _) = words.get(at)?;
        let matches = match part.strip_prefix('*') {
            Some(suffix) => word.len() > suffix.len() + 1 && word.ends_with(suffix),
            None => word == part,
        };
        if !matches {
            return None;
        }
        at += 1;
    }
    Some(at)
}

/// The text as written for a span of its lowercase form (the same span when
/// lowercasing kept the lengths, the lowercase words otherwise).
fn original(text: &str, lower: &str, span: std::ops::Range<usize>) -> String {
    if text.len() == lower.len()
        && let Some(words) = text.get(span.clone())
    {
        return words.to_string();
    }
    lower[span].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(FlagKind, String)> {
        check(text)
            .flags
            .into_iter()
            .map(|f| (f.kind, f.words))
            .collect()
    }

    #[test]
    fn the_issues_examples_are_flagged() {
        assert_eq!(
            kinds("You never listen"),
            [(FlagKind::Criticism, "You never".into())]
        );
        assert_eq!(
            kinds("you should call first"),
            [(FlagKind::Demand, "you should".into())]
        );
        assert_eq!(
            kinds("I'm upset because of you"),
            [(FlagKind::Blame, "because of you".into())]
        );
        assert_eq!(
            kinds("I need you to stop shouting"),
            [
                (FlagKind::Demand, "I need you to".into()),
                (FlagKind::Demand, "stop shouting".into())
            ]
        );
        assert_eq!(
            kinds("That was selfish."),
            [(FlagKind::Label, "selfish".into())]
        );
    }

    #[test]
    fn a_request_that_leaves_room_is_not_flagged() {
        assert!(kinds("Would you be willing to tell me when you'll be late?").is_empty());
        assert!(kinds("I'd like to talk about the weekend; is tonight a good time?").is_empty());
        assert!(kinds("I will stop by the shop").is_empty());
        assert!(kinds("").is_empty());
    }

    #[test]
    fn flags_come_in_order_with_their_reasons() {
        let check = check("You're so lazy, you never help and you should know it");
        let kinds: Vec<FlagKind> = check.flags.iter().map(|f| f.kind).collect();
        assert_eq!(
            kinds,
            [
                FlagKind::Criticism,
                FlagKind::Label,
                FlagKind::Criticism,
                FlagKind::Demand
            ]
        );
        assert!(check.flags.iter().all(|f| f.why.ends_with('.')));
        assert!(check.suggestion.contains("Would you be willing to"));
    }

    #[test]
    fn curly_apostrophes_and_capitals_are_understood() {
        assert_eq!(
            kinds("YOU’D BETTER call"),
            [(FlagKind::Demand, "you'd better".into())]
        );
    }
}
