//! `secure-diff mantra` and `secure-diff checklist --list`.

use super::{TestEnv, failure};
use std::collections::HashSet;

const SIGNS: [&str; 4] = ["defending", "judging", "disregarding", "harmonizing"];

fn all_mantras(env: &TestEnv) -> Vec<String> {
    env.stdout(["mantra", "--all"])
        .lines()
        .map(String::from)
        .collect()
}

#[test]
fn a_mantra_is_one_line_from_the_list_of_all() {
    let env = TestEnv::new();
    let all = all_mantras(&env);
    assert!(all.len() >= 150, "only {} mantras", all.len());
    let out = env.stdout(["mantra"]);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(all.contains(&out.trim_end().to_string()), "{out}");
}

#[test]
fn random_mantras_vary_and_a_seed_repeats_one() {
    let env = TestEnv::new();
    let seen: HashSet<String> = (0..8).map(|_| env.stdout(["mantra"])).collect();
    assert!(seen.len() > 1, "eight runs gave the same mantra");
    assert_eq!(
        env.stdout(["mantra", "--seed", "42"]),
        env.stdout(["mantra", "--seed", "42"])
    );
    let seeded: HashSet<String> = (0..8)
        .map(|s| env.stdout(["mantra", "--seed", &s.to_string()]))
        .collect();
    assert!(seeded.len() > 1);
}

#[test]
fn the_mantra_of_the_day_is_stable_and_is_one_of_the_list() {
    let env = TestEnv::new();
    let today = env.stdout(["mantra", "--today"]);
    assert_eq!(today, env.stdout(["mantra", "--today"]));
    assert!(all_mantras(&env).contains(&today.trim_end().to_string()));
    let judging = env.stdout(["mantra", "--today", "--sign", "judging"]);
    let for_judging = env.stdout(["mantra", "--all", "--sign", "judging"]);
    assert!(for_judging.lines().any(|l| l == judging.trim_end()));
}

#[test]
fn a_sign_chooses_among_its_mantras() {
    let env = TestEnv::new();
    for sign in SIGNS {
        let listed = env.json(["mantra", "--all", "--sign", sign, "--json"]);
        let listed = listed.as_array().unwrap();
        assert!(listed.len() >= 25, "{sign}: {}", listed.len());
        for seed in 0..5 {
            let chosen = env.json([
                "mantra",
                "--sign",
                sign,
                "--seed",
                &seed.to_string(),
                "--json",
            ]);
            let signs = chosen[0]["signs"].as_array().unwrap();
            assert!(signs.iter().any(|s| s == sign), "{sign}: {chosen}");
        }
    }
}

#[test]
fn an_unknown_sign_lists_the_valid_ones() {
    let env = TestEnv::new();
    let (code, stderr) = failure(&mut env.cmd(["mantra", "--sign", "sulking"]));
    assert_eq!(code, 2);
    for sign in SIGNS {
        assert!(stderr.contains(sign), "{stderr}");
    }
}

#[test]
fn mantras_in_json_have_the_agreed_fields() {
    let env = TestEnv::new();
    let all = env.json(["mantra", "--all", "--json"]);
    let all = all.as_array().unwrap();
    let ids: HashSet<&str> = all.iter().map(|m| m["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), all.len(), "ids are unique");
    for mantra in all {
        assert!(
            mantra["text"].as_str().unwrap().starts_with('I'),
            "{mantra}"
        );
        assert!(
            mantra["signs"].is_array() && mantra["skills"].is_array(),
            "{mantra}"
        );
    }
    let one = env.json(["mantra", "--json"]);
    assert_eq!(one.as_array().unwrap().len(), 1);
}

#[test]
fn today_does_not_mix_with_all_or_seed() {
    let env = TestEnv::new();
    let (code, _) = failure(&mut env.cmd(["mantra", "--today", "--all"]));
    assert_eq!(code, 2);
    let (code, _) = failure(&mut env.cmd(["mantra", "--today", "--seed", "1"]));
    assert_eq!(code, 2);
}

#[test]
fn the_checklist_lists_the_twelve_skills_numbered_as_in_the_essay() {
    let env = TestEnv::new();
    let out = env.stdout(["checklist", "--list"]);
    let numbered: Vec<&str> = out.lines().filter(|l| !l.starts_with("    ")).collect();
    assert_eq!(numbered.len(), 12, "{out}");
    for (i, line) in numbered.iter().enumerate() {
        assert!(
            line.trim_start().starts_with(&format!("{}. ", i + 1)),
            "{line}"
        );
    }
    assert!(out.contains("Owning my needs"), "{out}");

    let skills = env.json(["checklist", "--list", "--json"]);
    let skills = skills.as_array().unwrap();
    assert_eq!(skills.len(), 12);
    for (i, skill) in skills.iter().enumerate() {
        assert_eq!(skill["number"], i + 1);
        assert!(
            skill["id"].is_string() && skill["title"].is_string(),
            "{skill}"
        );
    }
    assert_eq!(skills[2]["id"], "self-responsibility");
}
