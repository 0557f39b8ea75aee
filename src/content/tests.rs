//! Checks of the built-in content and of the rules, from inside.

use super::schema::{Kind, Layer, Source};
use super::validate::{self, Base, Rules};
use super::*;

/// The built-in files parsed from their text, as build.rs sees them.
fn builtin_layer() -> Layer {
    let mut layer = Layer::default();
    for (kind, text) in builtin_files() {
        let source = Source {
            path: format!("content/{}", kind.file_name()),
            text: text.to_string(),
        };
        layer.add(kind, source).expect("built-in files parse");
    }
    layer
}

#[test]
fn the_builtin_content_follows_every_rule() {
    let problems = validate::check(&builtin_layer(), &Base::default(), Rules::Builtin);
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The built-in content with one user file of `kind` laid over it.
fn with_user_file(kind: Kind, text: &str) -> Result<Content, ContentError> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(kind.file_name()), text).unwrap();
    Content::load(Some(dir.path()), true)
}

/// The problems found in one user file, as "line:column: message".
fn problems(kind: Kind, text: &str) -> Vec<String> {
    let mut layer = Layer::default();
    let source = Source {
        path: kind.file_name().to_string(),
        text: text.to_string(),
    };
    if let Err(problem) = layer.add(kind, source) {
        return vec![format!(
            "{}:{}: {}",
            problem.line, problem.column, problem.message
        )];
    }
    validate::check(&layer, &Content::builtin().base(), Rules::User)
        .iter()
        .map(|p| {
            let warning = if p.severity == Severity::Warning {
                "warning: "
            } else {
                ""
            };
            format!("{}:{}: {warning}{}", p.line, p.column, p.message)
        })
        .collect()
}

#[test]
fn the_builtin_content_has_what_the_practice_needs() {
    let content = Content::builtin();
    let numbers: Vec<u8> = content.skills.iter().map(|s| s.number).collect();
    assert_eq!(numbers, (1..=12).collect::<Vec<u8>>());
    for skill in content.skills.iter() {
        assert!(
            skill.questions.len() >= 2 && skill.practices.len() >= 2,
            "{}",
            skill.id
        );
        let mantras = content
            .mantras
            .iter()
            .filter(|m| m.skills.contains(&skill.id))
            .count();
        assert!(mantras >= 5, "skill {} has {mantras} mantras", skill.id);
    }
    let signs: Vec<&str> = content.signs.iter().map(|s| s.id.as_ref()).collect();
    assert_eq!(signs, SIGN_IDS);
    for sign in SIGN_IDS {
        assert!(content.mantras_for(Some(sign)).len() >= 25, "{sign}");
    }
    assert!(content.mantras.len() >= 150);
    use super::vocabulary::List;
    assert!(content.words(&[List::Feelings]).len() >= 250);
    assert!(content.words(&[List::Needs]).len() >= 90);
    assert!(content.faux.len() >= 30);
    for moment in PROMPT_MOMENTS {
        assert!(!content.prompts_for(moment).is_empty(), "{moment}");
    }
}

#[test]
fn the_feelings_cover_the_families_of_the_nvc_inventory() {
    let content = Content::builtin();
    let families: Vec<&str> = content.families.iter().map(|f| f.id.as_ref()).collect();
    for family in [
        "affectionate",
        "engaged",
        "hopeful",
        "confident",
        "excited",
        "grateful",
        "inspired",
        "joyful",
        "exhilarated",
        "peaceful",
        "refreshed",
        "afraid",
        "annoyed",
        "angry",
        "aversion",
        "confused",
        "disconnected",
        "disquiet",
        "embarrassed",
        "fatigue",
        "pain",
        "sad",
        "tense",
        "vulnerable",
        "yearning",
    ] {
        assert!(families.contains(&family), "no family '{family}'");
    }
    let categories: Vec<&str> = content.categories.iter().map(|c| c.id.as_ref()).collect();
    for category in [
        "connection",
        "physical",
        "honesty",
        "play",
        "peace",
        "autonomy",
        "meaning",
    ] {
        assert!(categories.contains(&category), "no category '{category}'");
    }
}

#[test]
fn no_builtin_mantra_says_i_am_a_quality_and_no_two_are_alike() {
    let content = Content::builtin();
    let mut seen = std::collections::HashSet::new();
    for mantra in content.mantras.iter() {
        assert_eq!(validate::mantra_form(&mantra.text), None, "{}", mantra.text);
        assert!(
            seen.insert(validate::same_words(&mantra.text)),
            "{}",
            mantra.text
        );
    }
}

#[test]
fn the_mantra_form_follows_the_essay() {
    assert!(validate::mantra_form("I am compassionate.").is_some());
    assert!(validate::mantra_form("I'm patient").is_some());
    assert!(validate::mantra_form("Be kind.").is_some());
    assert_eq!(
        validate::mantra_form("I dedicate myself to compassion."),
        None
    );
    assert_eq!(
        validate::mantra_form("I am an ever-changing flow of aliveness."),
        None
    );
    assert_eq!(validate::mantra_form("I am learning to pause."), None);
}

#[test]
fn a_users_file_adds_replaces_and_hides_entries() {
    let content = with_user_file(
        Kind::Mantras,
        r#"
[[mantra]]
id = "mine"
text = "I walk slowly when I am upset."
signs = ["defending"]
skills = ["self-connection"]

[[mantra]]
id = "return-breath-answer"
text = "I breathe twice before I answer."
signs = ["defending"]

[[mantra]]
id = "let-words-land"
enabled = false
"#,
    )
    .unwrap();
    let builtin = Content::builtin();
    assert_eq!(content.mantras.len(), builtin.mantras.len());
    let text = |id: &str| {
        content
            .mantras
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.text.to_string())
    };
    assert_eq!(
        text("mine").as_deref(),
        Some("I walk slowly when I am upset.")
    );
    assert_eq!(
        text("return-breath-answer").as_deref(),
        Some("I breathe twice before I answer.")
    );
    assert_eq!(text("let-words-land"), None);
    // The replacement keeps its place; the new one comes last.
    assert_eq!(content.mantras[0].id, "return-breath-answer");
    assert_eq!(content.mantras.last().unwrap().id, "mine");
}

#[test]
fn a_replaced_family_may_drop_words_a_builtin_faux_feeling_pointed_to() {
    let content = with_user_file(
        Kind::Feelings,
        "[[family]]\nid = \"afraid\"\nname = \"Afraid\"\nneeds = \"unmet\"\nwords = [\"afraid\", \"scared\"]\n",
    )
    .unwrap();
    let abandoned = content.faux.iter().find(|f| f.word == "abandoned").unwrap();
    assert!(!abandoned.feelings.iter().any(|f| f == "terrified"));
    assert!(abandoned.feelings.iter().any(|f| f == "hurt"));
}

#[test]
fn problems_are_reported_where_they_are() {
    assert_eq!(
        problems(
            Kind::Mantras,
            "[[mantra]]\nid = \"x\"\ntext = \"I pause.\"\nsigns = [\"defensive\"]\n"
        ),
        [
            "4:10: unknown sign 'defensive'; the signs are: defending, judging, disregarding, harmonizing"
        ]
    );
    let unknown_skill = problems(
        Kind::Mantras,
        "[[mantra]]\nid = \"x\"\ntext = \"I pause.\"\nskills = [\"calm\"]\n",
    );
    assert!(
        unknown_skill[0]
            .starts_with("4:11: unknown skill 'calm'; the skills are: authentic-expression,"),
        "{unknown_skill:?}"
    );
    assert_eq!(
        problems(
            Kind::Mantras,
            "[[mantra]]\nid = \"x\"\ntext = \"I am patient.\"\n"
        ),
        [
            "3:8: warning: this reads as \"I am <quality>\"; use an action verb, as in \"I dedicate myself to compassion\" rather than \"I am compassionate\""
        ]
    );
    assert_eq!(
        problems(
            Kind::Mantras,
            "[[mantra]]\nid = \"x\"\ntext = \"I return to my breath before I answer!\"\n"
        ),
        ["3:8: warning: this says the same as the mantra 'return-breath-answer'"]
    );
    assert_eq!(
        problems(Kind::Mantras, "[[mantra]]\nid = \"x\"\n"),
        ["2:6: 'x' has no `text`"]
    );
    assert_eq!(
        problems(
            Kind::Mantras,
            "[[mantra]]\nid = \"x\"\ntext = \"I go.\"\n[[mantra]]\nid = \"x\"\ntext = \"I come.\"\n"
        ),
        ["5:6: the mantra 'x' appears twice in this file"]
    );
    assert_eq!(
        problems(Kind::Mantras, "[[mantra]]\nid = \"x\"\ntxt = \"I go.\"\n"),
        ["3:1: unknown field `txt`, expected one of `id`, `enabled`, `text`, `signs`, `skills`"]
    );
    assert_eq!(
        problems(Kind::Mantras, "[[mantra]]\nid = \"x\"\ntext = \"I go.\n"),
        ["3:14: invalid basic string, expected `\"`"]
    );
    assert_eq!(
        problems(Kind::Signs, "[[sign]]\nid = \"sulking\"\nenabled = false\n"),
        [
            "2:6: 'sulking' is not a sign of threat; the signs are fixed: defending, judging, disregarding, harmonizing"
        ]
    );
    assert_eq!(
        problems(
            Kind::Skills,
            "[[skill]]\nid = \"x\"\nnumber = 3\ntitle = \"t\"\nsummary = \"s\"\ndescription = \"d\"\nquestions = [\"q\"]\npractices = [\"p\"]\n"
        ),
        ["3:10: the number 3 is already used by the skill 'self-responsibility'"]
    );
    assert_eq!(
        problems(
            Kind::Faux,
            "[[faux]]\nword = \"ghosted\"\nfeelings = [\"hurt\", \"ignored\"]\nneeds = [\"calm\"]\n"
        ),
        [
            "3:21: 'ignored' is a faux feeling, not a feeling",
            "4:10: 'calm' is a feeling in the family 'peaceful', not a need",
        ]
    );
    assert_eq!(
        problems(
            Kind::Needs,
            "[[category]]\nid = \"rest\"\nname = \"Rest\"\nwords = [\"naps\", \"calm\"]\n"
        ),
        [
            "4:18: 'calm' is already a feeling in the family 'peaceful'; a word can have one place only"
        ]
    );
    assert_eq!(
        problems(
            Kind::Prompts,
            "[[prompt]]\nid = \"p\"\ntext = \"Breathe.\"\nmoments = [\"daily\"]\n"
        ),
        ["4:12: unknown moment 'daily'; the moments are: weekly, checklist, checkin, mantra"]
    );
}

#[test]
fn a_broken_file_is_an_error_and_never_a_silent_loss() {
    let err = with_user_file(Kind::Mantras, "[[mantra]\n").unwrap_err();
    let message = err.to_string();
    assert!(message.contains("mantras.toml:1:"), "{message}");
    let err = with_user_file(
        Kind::Mantras,
        "[[mantra]]\nid = \"x\"\nsigns = [\"nope\"]\ntext = \"I go.\"\n",
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("mantras.toml:3:10: unknown sign 'nope'"),
        "{err}"
    );
}

#[test]
fn a_missing_folder_is_an_error_only_when_it_was_named() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nowhere");
    assert!(matches!(
        Content::load(Some(&missing), true),
        Err(ContentError::MissingFolder(_))
    ));
    let content = Content::load(Some(&missing), false).unwrap();
    assert_eq!(content.mantras.len(), Content::builtin().mantras.len());
}

#[test]
fn skills_are_found_by_id_or_number() {
    let content = Content::builtin();
    assert_eq!(content.skill("3").unwrap().id, "self-responsibility");
    assert_eq!(content.skill("mindfulness").unwrap().number, 12);
    assert!(content.skill("13").is_none());
}

#[test]
fn search_finds_a_word_or_its_beginning_anywhere() {
    use super::vocabulary::List;
    let content = Content::builtin();
    let words = |q: &str| {
        content
            .search(q)
            .iter()
            .map(|w| (w.word.to_string(), w.list))
            .collect::<Vec<_>>()
    };
    assert_eq!(words("Calm")[0], ("calm".to_string(), List::Feelings));
    assert!(words("anx").contains(&("anxious".to_string(), List::Feelings)));
    assert!(words("ease").contains(&("at ease".to_string(), List::Feelings)));
    assert_eq!(words("betrayed"), [("betrayed".to_string(), List::Faux)]);
    assert!(
        words("trust")
            .iter()
            .any(|(w, l)| w == "trust" && *l == List::Needs)
    );
    assert!(words("zzz").is_empty());
    assert!(words("").is_empty());
}
