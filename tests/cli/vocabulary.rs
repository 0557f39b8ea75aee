//! `secure-diff feelings --list` and `--search`.

use super::{TestEnv, failure};

#[test]
fn the_lists_are_printed_by_group() {
    let env = TestEnv::new();
    let all = env.stdout(["feelings", "--list"]);
    for heading in [
        "Feelings when needs are met",
        "Feelings when needs are not met",
        "Needs",
        "Faux feelings",
    ] {
        assert!(
            all.lines().any(|l| l.starts_with(heading)),
            "no '{heading}' in {all}"
        );
    }
    assert!(all.contains("  Peaceful: peaceful, calm,"), "{all}");
    assert!(
        all.lines().all(|l| l.chars().count() <= 80),
        "a line is wider than 80 columns"
    );

    let needs = env.stdout(["feelings", "--list", "needs"]);
    assert!(needs.starts_with("Needs\n"), "{needs}");
    assert!(
        needs.contains("  Connection:") && !needs.contains("Peaceful"),
        "{needs}"
    );

    let faux = env.stdout(["feelings", "--list", "faux"]);
    assert!(faux.contains("  abandoned: perhaps feeling"), "{faux}");
}

#[test]
fn the_lists_in_json_have_word_and_group() {
    let env = TestEnv::new();
    let words = env.json(["feelings", "--list", "--json"]);
    let words = words.as_array().unwrap();
    let count = |list: &str| words.iter().filter(|w| w["list"] == list).count();
    assert!(count("feelings") >= 250 && count("needs") >= 90 && count("faux") >= 30);
    for word in words {
        assert!(
            word["word"].is_string() && word["group"].is_string(),
            "{word}"
        );
    }
    let calm = words.iter().find(|w| w["word"] == "calm").unwrap();
    assert_eq!(calm["group"], "peaceful");
    assert_eq!(calm["met"], true);
    let only_feelings = env.json(["feelings", "--list", "feelings", "--json"]);
    assert!(
        only_feelings
            .as_array()
            .unwrap()
            .iter()
            .all(|w| w["list"] == "feelings")
    );
}

#[test]
fn a_search_finds_a_word_or_its_beginning() {
    let env = TestEnv::new();
    let out = env.stdout(["feelings", "--search", "anx"]);
    assert!(
        out.contains("anxious: a feeling, when needs are not met (Tense)"),
        "{out}"
    );
    let out = env.stdout(["feelings", "--search", "TRUST"]);
    assert!(out.starts_with("trust: a need (Connection)"), "{out}");
}

#[test]
fn a_faux_feeling_shows_what_may_lie_under_it() {
    let env = TestEnv::new();
    let out = env.stdout(["feelings", "--search", "betrayed"]);
    assert!(out.starts_with("betrayed: sounds like a feeling"), "{out}");
    assert!(out.contains("feeling angry, hurt or disappointed"), "{out}");
    assert!(out.contains("needing"), "{out}");
    let json = env.json(["feelings", "--search", "betrayed", "--json"]);
    assert_eq!(json[0]["list"], "faux");
    assert!(
        json[0]["feelings_under"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f == "hurt")
    );
}

#[test]
fn a_search_that_finds_nothing_says_so_and_fails() {
    let env = TestEnv::new();
    let (code, stderr) = failure(&mut env.cmd(["feelings", "--search", "qqq"]));
    assert_eq!(code, 1);
    assert!(
        stderr.contains("No word in the vocabularies starts with or contains 'qqq'"),
        "{stderr}"
    );
}
