//! The moment a sign of threat is noticed: which sign, a mantra to anchor
//! with and the sign's practice, and whether to keep the moment.

use crate::content::{Content, Mantra};
use crate::pick::{Pick, pick};
use crate::prompt::{Answer, Prompter};

/// What happened in the moment.
#[derive(Clone, Debug, PartialEq)]
pub struct Noticed {
    /// The sign noticed; `None` when the person was not sure.
    pub sign: Option<String>,
    /// The mantra shown.
    pub mantra: Mantra,
    /// Whether to keep the moment in the journal.
    pub record: bool,
}

/// Asks which sign was noticed, anchors with a mantra and the sign's
/// practice, and asks whether to keep the moment (yes unless declined).
pub fn run(p: &mut dyn Prompter, content: &Content, how: Pick) -> Answer<Noticed> {
    let mut items: Vec<String> = content.signs.iter().map(|s| s.name.to_string()).collect();
    items.push("Not sure, just shaken".to_string());
    let choice = p.select("What did you notice in yourself?", &items, 0)?;
    let sign = content.signs.get(choice);

    let mantras = content.mantras_for(sign.map(|s| s.id.as_ref()));
    let mantras = if mantras.is_empty() {
        content.mantras_for(None)
    } else {
        mantras
    };
    let Some(mantra) = pick(&mantras, how) else {
        anyhow::bail!("there are no mantras: your content files hide them all");
    };
    p.say("");
    p.say(&format!("  {}", mantra.text));
    p.say("");
    match sign {
        Some(sign) => p.say(&sign.practice),
        None => p.say("Feel your feet on the ground and let your breath out slowly. You can come back to yourself."),
    }
    if let Some(reflection) = pick(&content.prompts_for("mantra"), how) {
        p.say("");
        p.say(&reflection.text);
    }
    p.say("");
    let record = p.confirm("Keep this moment in your journal?", true)?;
    Ok(Noticed {
        sign: sign.map(|s| s.id.to_string()),
        mantra: (*mantra).clone(),
        record,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::{Reply, ScriptedPrompter};

    #[test]
    fn a_sign_brings_its_mantra_and_practice() {
        let content = Content::builtin();
        let mut p = ScriptedPrompter::new([Reply::Pick("Judging others"), Reply::Enter]);
        let noticed = run(&mut p, &content, Pick::Seeded(1)).unwrap();
        assert!(p.is_done());
        assert_eq!(noticed.sign.as_deref(), Some("judging"));
        assert!(noticed.mantra.signs.iter().any(|s| s == "judging"));
        assert!(noticed.record);
        let said = p.transcript.join("\n");
        assert!(said.contains(noticed.mantra.text.as_ref()));
        assert!(
            said.contains(content.sign("judging").unwrap().practice.as_ref()),
            "{said}"
        );
    }

    #[test]
    fn not_sure_still_anchors_and_the_moment_can_be_left_out() {
        let content = Content::builtin();
        let mut p = ScriptedPrompter::new([Reply::Pick("Not sure"), Reply::Confirm(false)]);
        let noticed = run(&mut p, &content, Pick::Random).unwrap();
        assert_eq!(noticed.sign, None);
        assert!(!noticed.record);
        assert!(
            p.transcript
                .join("\n")
                .contains("Feel your feet on the ground")
        );
    }
}
