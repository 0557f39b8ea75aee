//! `secure-diff log` and the journal file it keeps.

use super::{TestEnv, failure};
use std::path::PathBuf;

fn journal_path(env: &TestEnv) -> PathBuf {
    env.home().join("data/secure-diff/journal.jsonl")
}

fn lines(env: &TestEnv) -> Vec<String> {
    std::fs::read_to_string(journal_path(env))
        .unwrap()
        .lines()
        .map(String::from)
        .collect()
}

/// Entries with chosen times, written by `log import`.
fn import(env: &TestEnv, entries: &[(&str, &str, &str)]) {
    let json: Vec<String> = entries
        .iter()
        .map(|(id, at, text)| {
            format!(r#"{{"v":1,"id":"{id}","at":"{at}","kind":"note","text":"{text}"}}"#)
        })
        .collect();
    let file = env.home().join("import.json");
    std::fs::write(&file, format!("[{}]", json.join(","))).unwrap();
    env.cmd(["log", "import", file.to_str().unwrap()])
        .assert()
        .success();
}

#[test]
fn notes_are_added_listed_and_shown() {
    let env = TestEnv::new();
    let out = env.cmd(["log"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Your journal is empty"));

    env.cmd([
        "log",
        "add",
        "A hard talk with Sam.",
        "I stayed with myself.",
    ])
    .assert()
    .success();
    env.cmd(["log", "add", "second"]).assert().success();
    let listed = env.stdout(["log"]);
    let rows: Vec<&str> = listed.lines().collect();
    assert_eq!(rows.len(), 2, "{listed}");
    assert!(rows[0].ends_with("note      second"), "{listed}");
    assert!(
        rows[1].contains("note      A hard talk with Sam. I stayed"),
        "{listed}"
    );
    assert!(rows.iter().all(|r| r.chars().count() <= 80));

    let short = rows[1].split_whitespace().next().unwrap();
    let shown = env.stdout(["log", "show", short]);
    assert!(shown.starts_with("note · "), "{shown}");
    assert!(
        shown.contains("A hard talk with Sam. I stayed with myself."),
        "{shown}"
    );

    let json = env.json(["log", "--json"]);
    assert_eq!(json[0]["kind"], "note");
    assert_eq!(json[0]["text"], "second");
    assert!(json[0]["id"].is_string() && json[0]["at"].is_string() && json[0]["v"] == 1);

    assert_eq!(
        env.stdout(["log", "path"]).trim_end(),
        journal_path(&env).display().to_string()
    );
}

#[test]
fn a_moment_is_recorded_with_its_sign_and_mantra() {
    let env = TestEnv::new();
    let mantra = env.stdout(["mantra", "--sign", "judging", "--record", "--seed", "3"]);
    let entry = &env.json(["log", "--json"])[0];
    assert_eq!(entry["kind"], "moment");
    assert_eq!(entry["sign"], "judging");
    assert_eq!(entry["mantra"], mantra.trim_end());
    let listed = env.stdout(["log", "--sign", "judging"]);
    assert!(listed.contains("moment    judging: "), "{listed}");
    assert!(env.stdout(["log", "--sign", "defending"]).is_empty());
}

#[test]
fn four_hundred_concurrent_adds_make_four_hundred_whole_lines() {
    let env = TestEnv::new();
    std::thread::scope(|scope| {
        for worker in 0..8 {
            let env = &env;
            scope.spawn(move || {
                for i in 0..50 {
                    env.cmd(["log", "add", &format!("worker {worker} note {i}")])
                        .assert()
                        .success();
                }
            });
        }
    });
    let lines = lines(&env);
    assert_eq!(lines.len(), 400);
    for line in &lines {
        let value: serde_json::Value = serde_json::from_str(line).expect(line);
        assert_eq!(value["kind"], "note");
    }
    let all = env.json(["log", "-n", "0", "--json"]);
    assert_eq!(all.as_array().unwrap().len(), 400);
}

#[test]
fn a_torn_last_line_is_reported_kept_and_followed_by_a_fresh_line() {
    let env = TestEnv::new();
    env.cmd(["log", "add", "before the crash"])
        .assert()
        .success();
    let torn = r#"{"v":1,"id":"1m8","at":"2026-11"#;
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(journal_path(&env))
        .unwrap();
    std::io::Write::write_all(&mut file, torn.as_bytes()).unwrap();
    drop(file);

    let output = env.cmd(["log"]).output().unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("line 2 of") && stderr.contains("could not be read"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        String::from_utf8(output.stdout)
            .unwrap()
            .contains("before the crash")
    );

    env.cmd(["log", "add", "after the crash"])
        .assert()
        .success();
    let lines = lines(&env);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1], torn);
    assert!(lines[2].contains("after the crash"));
}

#[cfg(unix)]
#[test]
fn the_journal_is_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    let bin = env!("CARGO_BIN_EXE_secure-diff");
    let status = std::process::Command::new("sh")
        .args(["-c", &format!("umask 022; exec '{bin}' log add private")])
        .env("HOME", env.home())
        .env("XDG_DATA_HOME", env.home().join("data"))
        .status()
        .unwrap();
    assert!(status.success());
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&journal_path(&env)), 0o600);
    assert_eq!(mode(journal_path(&env).parent().unwrap()), 0o700);
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_a_clear_error() {
    let env = TestEnv::new();
    let (code, stderr) = failure(
        env.cmd(["log", "add", "x"])
            .env("SECURE_DIFF_JOURNAL", "/dev/full"),
    );
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "secure-diff: cannot write to the journal /dev/full: No space left on device (os error 28)\n"
    );
}

#[test]
fn a_folder_where_the_journal_should_be_is_a_clear_error() {
    let env = TestEnv::new();
    std::fs::create_dir_all(journal_path(&env)).unwrap();
    let (code, stderr) = failure(&mut env.cmd(["log", "add", "x"]));
    assert_eq!(code, 1);
    assert!(
        stderr.starts_with("secure-diff: cannot write to the journal"),
        "{stderr}"
    );
    let (code, _) = failure(&mut env.cmd(["log"]));
    assert_eq!(code, 1);
}

#[test]
fn export_then_import_gives_the_same_entries() {
    let env = TestEnv::new();
    env.cmd(["log", "add", "one, with \"quotes\""])
        .assert()
        .success();
    env.stdout(["mantra", "--sign", "defending", "--record"]);
    env.cmd(["log", "add", "three"]).assert().success();
    let exported = env.home().join("export.json");
    env.cmd([
        "log",
        "export",
        "--format",
        "json",
        "--output",
        exported.to_str().unwrap(),
    ])
    .assert()
    .success();

    let other = env.home().join("other.jsonl");
    let other = other.to_str().unwrap();
    env.cmd([
        "log",
        "--journal",
        other,
        "import",
        exported.to_str().unwrap(),
    ])
    .assert()
    .success();
    let original = env.json(["log", "-n", "0", "--json"]);
    let imported = env.json(["log", "--journal", other, "-n", "0", "--json"]);
    assert_eq!(original, imported);

    // Importing again adds nothing.
    let output = env
        .cmd([
            "log",
            "--journal",
            other,
            "import",
            exported.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("Imported 0 entries; 3 were already in your journal.")
    );
    assert_eq!(
        env.json(["log", "--journal", other, "-n", "0", "--json"]),
        original
    );
}

#[test]
fn csv_and_markdown_exports_hold_every_entry() {
    let env = TestEnv::new();
    env.cmd(["log", "add", "a, b"]).assert().success();
    env.cmd(["log", "add", "c"]).assert().success();
    let csv = env.stdout(["log", "export", "--format", "csv"]);
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv.starts_with("id,at,kind,sign,skills,text,mantra_id,focus,"));
    assert!(csv.contains(",note,,,\"a, b\","), "{csv}");
    let md = env.stdout(["log", "export", "--format", "md", "--grep", "c"]);
    assert_eq!(md.matches("\n## ").count(), 1, "{md}");
}

#[test]
fn filters_combine_and_count_limits() {
    let env = TestEnv::new();
    import(
        &env,
        &[
            ("0000000010abcd", "2020-01-01T10:00:00+00:00", "old walk"),
            ("0000000020abcd", "2024-06-01T10:00:00+00:00", "middle walk"),
        ],
    );
    for i in 0..25 {
        env.cmd(["log", "add", &format!("recent {i}")])
            .assert()
            .success();
    }
    assert_eq!(env.stdout(["log"]).lines().count(), 20);
    assert_eq!(env.stdout(["log", "-n", "3"]).lines().count(), 3);
    assert_eq!(env.stdout(["log", "-n", "0"]).lines().count(), 27);
    assert_eq!(env.stdout(["log", "--grep", "WALK"]).lines().count(), 2);
    let old = env.stdout(["log", "--until", "2024-01-01"]);
    assert!(old.contains("old walk") && !old.contains("middle"), "{old}");
    let middle = env.stdout(["log", "--since", "2024-01-01", "--until", "2025-01-01"]);
    assert_eq!(middle.lines().count(), 1, "{middle}");
    assert_eq!(
        env.stdout(["log", "--since", "7d", "-n", "0"])
            .lines()
            .count(),
        25
    );
    assert!(env.stdout(["log", "--kind", "moment"]).is_empty());
    let (code, stderr) = failure(&mut env.cmd(["log", "--since", "last tuesday"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("yesterday"), "{stderr}");
    let (code, stderr) = failure(&mut env.cmd(["log", "--skill", "13"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("grounded-identity (1)"), "{stderr}");
}

#[test]
fn edit_and_rm_leave_every_other_entry_byte_identical() {
    let env = TestEnv::new();
    for text in ["first", "second", "third"] {
        env.cmd(["log", "add", text]).assert().success();
    }
    let before = lines(&env);
    let id = |line: &str| {
        serde_json::from_str::<serde_json::Value>(line).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string()
    };

    env.cmd(["log", "edit", &id(&before[1]), "--text", "second, reworded"])
        .assert()
        .success();
    let after = lines(&env);
    assert_eq!(after[0], before[0]);
    assert_eq!(after[2], before[2]);
    assert!(after[1].contains("second, reworded") && after[1].contains(&id(&before[1])));
    let backup = journal_path(&env).with_file_name("journal.jsonl.bak");
    assert_eq!(
        std::fs::read_to_string(&backup)
            .unwrap()
            .lines()
            .collect::<Vec<_>>(),
        before
    );

    let (code, stderr) = failure(&mut env.cmd(["log", "rm", &id(&before[0])]));
    assert_eq!(code, 2);
    assert!(stderr.contains("--yes"), "{stderr}");
    assert_eq!(lines(&env), after);
    env.cmd(["log", "rm", "--yes", &id(&before[0])])
        .assert()
        .success();
    assert_eq!(lines(&env), [after[1].clone(), after[2].clone()]);

    let (code, stderr) = failure(&mut env.cmd(["log", "edit", &id(&before[2])]));
    assert_eq!(code, 2);
    assert!(stderr.contains("--text"), "{stderr}");
    let (code, stderr) =
        failure(&mut env.cmd(["log", "edit", &id(&before[2]), "--sign", "judging"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("a note takes --text"), "{stderr}");
}

#[test]
fn a_bad_import_file_is_named_with_its_place_and_changes_nothing() {
    let env = TestEnv::new();
    env.cmd(["log", "add", "kept"]).assert().success();
    let before = lines(&env);
    let file = env.home().join("bad.json");
    std::fs::write(&file, "[\n  {\"v\": 1, \"id\": 3}\n]\n").unwrap();
    let (code, stderr) = failure(&mut env.cmd(["log", "import", file.to_str().unwrap()]));
    assert_eq!(code, 1);
    let expected = format!("secure-diff: {}:2:", file.display());
    assert!(stderr.starts_with(&expected), "{stderr}");
    assert!(
        !stderr.contains(" at line "),
        "the place is said once: {stderr}"
    );
    assert_eq!(lines(&env), before);
}
