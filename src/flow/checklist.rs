//! The essay's closing exercise: each core skill in turn, how consistently and
//! confidently it is lived, the ones already lived, and one behavior to bring
//! more attention to.

use crate::content::Content;
use crate::journal::LEVELS;
use crate::prompt::{Answer, Prompter};
use std::collections::BTreeMap;

/// One self-assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Assessment {
    /// Skill id to level id (see [`LEVELS`]); skipped skills are absent.
    pub ratings: BTreeMap<String, String>,
    /// The skill to bring more attention to.
    pub focus: Option<String>,
    /// A note.
    pub note: Option<String>,
}

/// The level lived "with some consistency and confidence", in the essay's words.
pub const STEADY: &str = "consistently";

/// Walks through the skills and returns the assessment; `previous` gives the
/// starting answers and the focus preselected.
pub fn run(
    p: &mut dyn Prompter,
    content: &Content,
    previous: Option<&Assessment>,
) -> Answer<Assessment> {
    p.say("Take a breath. For each skill, how consistently and confidently do you live it");
    p.say("these days? There are no grades here, only noticing. You can skip any.");
    let mut choices: Vec<String> = LEVELS.iter().map(|(_, words)| words.to_string()).collect();
    choices.push("Skip this one".to_string());

    let mut assessment = Assessment::default();
    let total = content.skills.len();
    for (i, skill) in content.skills.iter().enumerate() {
        p.say("");
        p.say(&format!(
            "{}/{total}  {}. {}",
            i + 1,
            skill.number,
            skill.title
        ));
        p.say(&format!("      {}", skill.summary));
        let before = previous.and_then(|a| a.ratings.get(skill.id.as_ref()));
        let default = before
            .and_then(|level| LEVELS.iter().position(|(id, _)| id == level))
            .unwrap_or(1);
        let choice = p.select("How consistently and confidently?", &choices, default)?;
        if let Some((level, _)) = LEVELS.get(choice) {
            assessment
                .ratings
                .insert(skill.id.to_string(), level.to_string());
        }
    }

    p.say("");
    for line in summary(&assessment, content) {
        p.say(&line);
    }

    let titles: Vec<String> = content
        .skills
        .iter()
        .map(|s| format!("{:>2}. {}", s.number, s.title))
        .collect();
    let previous_focus = previous.and_then(|a| a.focus.as_deref());
    let default = previous_focus
        .and_then(|f| content.skills.iter().position(|s| s.id == f))
        .or_else(|| {
            let growing = |s: &&crate::content::Skill| {
                assessment
                    .ratings
                    .get(s.id.as_ref())
                    .is_some_and(|l| l != STEADY)
            };
            content.skills.iter().position(|s| growing(&s))
        })
        .unwrap_or(0);
    p.say("");
    p.say("Which one behavior would you like to bring more attention to?");
    let focus = p.select("Focus", &titles, default)?;
    assessment.focus = content.skills.get(focus).map(|s| s.id.to_string());

    let note = p.text("A note, if you like (Enter to skip)", true)?;
    assessment.note = (!note.is_empty()).then_some(note);
    Ok(assessment)
}

/// The skills already lived with consistency and confidence, and the rest.
pub fn summary(assessment: &Assessment, content: &Content) -> Vec<String> {
    let title = |s: &crate::content::Skill| format!("  {:>2}. {}", s.number, s.title);
    let rated: Vec<_> = content
        .skills
        .iter()
        .filter_map(|s| {
            assessment
                .ratings
                .get(s.id.as_ref())
                .map(|level| (s, level))
        })
        .collect();
    let steady: Vec<String> = rated
        .iter()
        .filter(|(_, l)| *l == STEADY)
        .map(|(s, _)| title(s))
        .collect();
    let growing: Vec<String> = rated
        .iter()
        .filter(|(_, l)| *l != STEADY)
        .map(|(s, _)| title(s))
        .collect();
    let mut lines = Vec::new();
    if steady.is_empty() {
        lines.push(
            "Nothing feels steady yet, and that is all right: noticing is where it starts."
                .to_string(),
        );
    } else {
        lines.push("You already live these with some consistency and confidence:".to_string());
        lines.extend(steady);
    }
    if !growing.is_empty() {
        lines.push("Still growing:".to_string());
        lines.extend(growing);
    }
    lines
}

/// What moved since the previous assessment, said plainly and kindly.
pub fn changes(previous: &Assessment, current: &Assessment, content: &Content) -> Vec<String> {
    let rank = |level: &str| LEVELS.iter().position(|(id, _)| *id == level);
    let words = |level: &str| match level {
        STEADY => "with consistency and confidence".to_string(),
        other => other.to_string(),
    };
    let title = |id: &str| {
        content
            .skill(id)
            .map_or(id.to_string(), |s| s.title.to_string())
    };
    let mut lines = Vec::new();
    for skill in content.skills.iter() {
        let id = skill.id.as_ref();
        let (Some(before), Some(now)) = (previous.ratings.get(id), current.ratings.get(id)) else {
            continue;
        };
        match (rank(before), rank(now)) {
            (Some(b), Some(n)) if n > b => lines.push(format!(
                "  {}: from {} to {}. That is growth; let yourself notice it.",
                skill.title,
                words(before),
                words(now)
            )),
            (Some(b), Some(n)) if n < b => lines.push(format!(
                "  {}: from {} to {}. Some seasons ask more of us; it is still yours.",
                skill.title,
                words(before),
                words(now)
            )),
            _ => {}
        }
    }
    if lines.is_empty() {
        lines.push(
            "  Your answers are where they were last time. Steadiness counts too.".to_string(),
        );
    }
    match (&previous.focus, &current.focus) {
        (Some(before), Some(now)) if before == now => {
            lines.push(format!("  You are keeping your focus on {}.", title(now)));
        }
        (Some(before), Some(now)) => {
            lines.push(format!(
                "  Your focus moves from {} to {}.",
                title(before),
                title(now)
            ));
        }
        (None, Some(now)) => lines.push(format!("  Your focus is now {}.", title(now))),
        _ => {}
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::{Reply, ScriptedPrompter};

    fn assessment(ratings: &[(&str, &str)], focus: Option<&str>) -> Assessment {
        Assessment {
            ratings: ratings
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            focus: focus.map(String::from),
            note: None,
        }
    }

    #[test]
    fn each_skill_is_rated_or_skipped_then_a_focus_and_a_note() {
        let content = Content::builtin();
        let mut replies = vec![Reply::Pick("With some consistency"), Reply::Pick("Skip")];
        replies.extend(std::iter::repeat_n(Reply::Pick("Sometimes"), 10));
        replies.extend([Reply::Pick("Owning my needs"), Reply::Type("A good week.")]);
        let mut p = ScriptedPrompter::new(replies);
        let result = run(&mut p, &content, None).unwrap();
        assert!(p.is_done());
        assert_eq!(result.ratings.len(), 11);
        assert_eq!(result.ratings["grounded-identity"], "consistently");
        assert!(!result.ratings.contains_key("self-connection"));
        assert_eq!(result.ratings["mindfulness"], "sometimes");
        assert_eq!(result.focus.as_deref(), Some("self-responsibility"));
        assert_eq!(result.note.as_deref(), Some("A good week."));
        let said = p.transcript.join("\n");
        assert!(said.contains("1/12  1. Grounded in who I am"), "{said}");
        assert!(said.contains("You already live these with some consistency and confidence:\n   1. Grounded in who I am"), "{said}");
    }

    #[test]
    fn the_previous_answers_and_focus_are_where_it_starts() {
        let content = Content::builtin();
        let previous = assessment(&[("grounded-identity", "often")], Some("autonomy"));
        let mut replies = vec![Reply::Enter; 12];
        replies.extend([Reply::Enter, Reply::Enter]);
        let mut p = ScriptedPrompter::new(replies);
        let result = run(&mut p, &content, Some(&previous)).unwrap();
        assert_eq!(result.ratings["grounded-identity"], "often");
        assert_eq!(result.ratings["mindfulness"], "sometimes");
        assert_eq!(result.focus.as_deref(), Some("autonomy"));
        assert_eq!(result.note, None);
    }

    #[test]
    fn cancelling_returns_nothing() {
        let content = Content::builtin();
        let mut p = ScriptedPrompter::new([Reply::Pick("Often"), Reply::Cancel]);
        let err = run(&mut p, &content, None).unwrap_err();
        assert!(err.is::<crate::prompt::Cancelled>());
    }

    #[test]
    fn changes_are_said_plainly_and_kindly() {
        let content = Content::builtin();
        let before = assessment(
            &[("autonomy", "sometimes"), ("meaning", "often")],
            Some("autonomy"),
        );
        let after = assessment(
            &[("autonomy", "often"), ("meaning", "sometimes")],
            Some("meaning"),
        );
        let lines = changes(&before, &after, &content).join("\n");
        assert!(
            lines.contains("Autonomy and agency: from sometimes to often. That is growth"),
            "{lines}"
        );
        assert!(
            lines.contains("Meaning and purpose: from often to sometimes. Some seasons"),
            "{lines}"
        );
        assert!(
            lines.contains("Your focus moves from Autonomy and agency to Meaning and purpose."),
            "{lines}"
        );
        let same = changes(&before, &before, &content).join("\n");
        assert!(
            same.contains("Steadiness counts too") && same.contains("keeping your focus"),
            "{same}"
        );
    }
}
