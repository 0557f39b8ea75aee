//! The user's own content, and `secure-diff content path|check|export`.

use super::{TestEnv, failure};

const MINE: &str = r#"
[[mantra]]
id = "mine"
text = "I walk slowly when I am upset."
signs = ["judging"]

[[mantra]]
id = "return-breath-answer"
enabled = false
"#;

#[test]
fn the_users_files_add_replace_and_hide() {
    let env = TestEnv::new();
    let before = env.stdout(["mantra", "--all"]);
    assert!(before.contains("I return to my breath before I answer."));
    env.write_content("mantras.toml", MINE);
    let after = env.stdout(["mantra", "--all"]);
    assert!(after.contains("I walk slowly when I am upset."), "{after}");
    assert!(
        !after.contains("I return to my breath before I answer."),
        "{after}"
    );
    assert_eq!(after.lines().count(), before.lines().count());
    let judging = env.stdout(["mantra", "--all", "--sign", "judging"]);
    assert!(judging.contains("I walk slowly when I am upset."));
}

#[test]
fn a_content_folder_can_be_named_by_flag_or_environment() {
    let env = TestEnv::new();
    let elsewhere = env.home().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("mantras.toml"), MINE).unwrap();
    let by_flag = env.stdout([
        "mantra",
        "--all",
        "--content-dir",
        elsewhere.to_str().unwrap(),
    ]);
    assert!(by_flag.contains("I walk slowly"));
    let by_env = env
        .cmd(["mantra", "--all"])
        .env("SECURE_DIFF_CONTENT", &elsewhere)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&by_env.stdout).contains("I walk slowly"));
    let (code, stderr) = failure(&mut env.cmd(["mantra", "--content-dir", "nowhere"]));
    assert_eq!(code, 1);
    assert!(
        stderr.contains("the content folder nowhere does not exist"),
        "{stderr}"
    );
}

#[test]
fn a_broken_file_is_named_with_its_line_and_column() {
    let env = TestEnv::new();
    env.write_content(
        "mantras.toml",
        "[[mantra]]\nid = \"x\"\ntext = \"I pause.\"\nsigns = [\"sulking\"]\n",
    );
    let (code, stderr) = failure(&mut env.cmd(["mantra"]));
    assert_eq!(code, 1);
    let file = env.content_dir().join("mantras.toml");
    let expected = format!(
        "secure-diff: {}:4:10: unknown sign 'sulking'",
        file.display()
    );
    assert!(stderr.starts_with(&expected), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");

    env.write_content("mantras.toml", "[[mantra]\nid = 3\n");
    let (code, stderr) = failure(&mut env.cmd(["checklist", "--list"]));
    assert_eq!(code, 1);
    assert!(stderr.contains("mantras.toml:1:"), "{stderr}");

    std::fs::write(env.content_dir().join("mantras.toml"), b"id = \"\xff\"\n").unwrap();
    let (code, stderr) = failure(&mut env.cmd(["mantra"]));
    assert_eq!(code, 1);
    assert!(stderr.contains("mantras.toml"), "{stderr}");
}

#[test]
fn path_says_where_content_comes_from() {
    let env = TestEnv::new();
    let out = env.stdout(["content", "path"]);
    assert!(
        out.contains("Built-in content: compiled into secure-diff"),
        "{out}"
    );
    assert!(
        out.contains(&env.content_dir().display().to_string()),
        "{out}"
    );
    assert!(out.contains("not created yet"), "{out}");
    env.write_content("mantras.toml", MINE);
    let json = env.json(["content", "path", "--json"]);
    assert_eq!(json[1]["path"], env.content_dir().display().to_string());
    assert_eq!(json[1]["origin"], "default");
    assert_eq!(json[1]["files"], serde_json::json!(["mantras.toml"]));
}

#[test]
fn export_then_check_gives_a_clean_start() {
    let env = TestEnv::new();
    let dir = env.content_dir();
    let builtin = env.stdout(["mantra", "--all"]);
    let out = env.stdout(["content", "export", dir.to_str().unwrap()]);
    assert!(out.starts_with("Wrote 7 files to"), "{out}");
    for name in [
        "skills.toml",
        "signs.toml",
        "mantras.toml",
        "feelings.toml",
        "needs.toml",
        "faux-feelings.toml",
        "prompts.toml",
    ] {
        assert!(dir.join(name).is_file(), "{name}");
    }
    let check = env.stdout(["content", "check"]);
    assert!(check.ends_with("all good\n"), "{check}");
    // Reading all seven exported files changes nothing that is shown.
    assert_eq!(env.stdout(["mantra", "--all"]), builtin);

    std::fs::write(dir.join("signs.toml"), "changed").unwrap();
    let (code, stderr) = failure(&mut env.cmd(["content", "export", dir.to_str().unwrap()]));
    assert_eq!(code, 1);
    assert!(
        stderr.contains("nothing written") && stderr.contains("--force"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("signs.toml")).unwrap(),
        "changed"
    );
    env.stdout(["content", "export", "--force", dir.to_str().unwrap()]);
    assert_ne!(
        std::fs::read_to_string(dir.join("signs.toml")).unwrap(),
        "changed"
    );
}

#[test]
fn check_lists_every_problem_with_its_place() {
    let env = TestEnv::new();
    env.write_content(
        "mantras.toml",
        "[[mantra]]\nid = \"a\"\ntext = \"I am patient.\"\nsigns = [\"sulking\"]\n\n[[mantra]]\nid = \"b\"\nskills = [\"nope\"]\n",
    );
    env.write_content("notes.toml", "");
    let output = env.cmd(["content", "check"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let out = String::from_utf8(output.stdout).unwrap();
    let file = env.content_dir().join("mantras.toml").display().to_string();
    for expected in [
        format!("{file}:3:8: warning: this reads as \"I am <quality>\""),
        format!("{file}:4:10: unknown sign 'sulking'"),
        format!("{file}:7:6: 'b' has no `text`"),
        format!("{file}:8:11: unknown skill 'nope'"),
        "notes.toml: warning: not read".to_string(),
        "3 errors to fix, and 2 warnings".to_string(),
    ] {
        assert!(out.contains(&expected), "no '{expected}' in:\n{out}");
    }
}
