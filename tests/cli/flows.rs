//! The interactive flows: without a terminal (nothing waits, the lists or a
//! clear exit 2), with their flags, and on a real pseudo-terminal.

use super::{TestEnv, failure};

fn journal_lines(env: &TestEnv) -> Vec<serde_json::Value> {
    let path = env.home().join("data/secure-diff/journal.jsonl");
    match std::fs::read_to_string(path) {
        Ok(text) => text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
        Err(_) => Vec::new(),
    }
}

#[test]
fn without_a_terminal_the_lists_are_printed_and_nothing_waits() {
    let env = TestEnv::new();
    let checklist = env.stdout(["checklist"]);
    assert!(
        checklist.starts_with(" 1. Grounded in who I am"),
        "{checklist}"
    );
    let feelings = env.stdout(["feelings"]);
    assert!(
        feelings.starts_with("Feelings when needs are met"),
        "{feelings}"
    );
    assert!(journal_lines(&env).is_empty());
}

#[test]
fn a_flow_asked_for_without_a_terminal_names_the_flags_that_do_the_same() {
    let env = TestEnv::new();
    for (args, names) in [
        (vec!["mantra", "--notice"], "--sign SIGN --record"),
        (vec!["checklist", "-i"], "--rate SKILL=LEVEL"),
        (vec!["feelings", "--interactive"], "--feeling"),
        (vec!["log", "rm", "abc"], "no entry"),
    ] {
        let (code, stderr) = failure(&mut env.cmd(&args));
        let expected = if args[0] == "log" { 1 } else { 2 };
        assert_eq!(code, expected, "{args:?}: {stderr}");
        assert!(stderr.contains(names), "{args:?}: {stderr}");
    }
}

#[test]
fn a_checklist_by_flags_is_saved_and_compared_with_the_last() {
    let env = TestEnv::new();
    let first = env.stdout([
        "checklist",
        "--rate",
        "3=sometimes",
        "--rate",
        "autonomy=consistently",
        "--focus",
        "3",
    ]);
    assert!(first.contains("You already live these with some consistency and confidence:\n  10. Autonomy and agency"), "{first}");
    assert!(
        first.contains("Still growing:\n   3. Owning my needs"),
        "{first}"
    );
    let second = env.stdout(["checklist", "--rate", "3=often", "--note", "Better."]);
    assert!(second.contains("Since your last assessment:"), "{second}");
    assert!(
        second.contains("Owning my needs: from sometimes to often. That is growth"),
        "{second}"
    );
    assert!(
        second.contains("You are keeping your focus on Owning my needs."),
        "{second}"
    );
    let entries = journal_lines(&env);
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[1]["kind"], "checklist");
    assert_eq!(entries[1]["ratings"]["self-responsibility"], "often");
    assert_eq!(entries[1]["focus"], "self-responsibility");
    assert_eq!(entries[1]["note"], "Better.");

    let focus = env.stdout(["checklist", "--focus"]);
    assert!(
        focus.starts_with("Your focus: 3. Owning my needs, since "),
        "{focus}"
    );

    let (code, stderr) = failure(&mut env.cmd(["checklist", "--rate", "3=great"]));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("rarely, sometimes, often, consistently"),
        "{stderr}"
    );
    let (code, stderr) = failure(&mut env.cmd(["checklist", "--focus", "99"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("'99' is not a skill"), "{stderr}");
    assert_eq!(journal_lines(&env).len(), 2);
}

#[test]
fn a_check_in_by_flags_is_saved_and_a_faux_feeling_named_gently() {
    let env = TestEnv::new();
    let output = env
        .cmd([
            "feelings",
            "--feeling",
            "worried",
            "--feeling",
            "betrayed",
            "--need",
            "reassurance",
            "--request",
            "Would you text me?",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("\"betrayed\" sounds like a feeling"),
        "{stderr}"
    );
    let entry = &journal_lines(&env)[0];
    assert_eq!(entry["kind"], "checkin");
    assert_eq!(
        entry["feelings"],
        serde_json::json!(["worried", "betrayed"])
    );
    assert_eq!(entry["needs"], serde_json::json!(["reassurance"]));
    assert_eq!(entry["request"], "Would you text me?");
    let listed = env.stdout(["log", "--kind", "checkin"]);
    assert!(
        listed.contains("checkin   feeling worried, betrayed; needing"),
        "{listed}"
    );
}

#[test]
fn the_request_check_explains_each_flag() {
    let env = TestEnv::new();
    let json = env.json([
        "feelings",
        "--check-request",
        "You never listen, I need you to stop",
        "--json",
    ]);
    let flags = json["flags"].as_array().unwrap();
    let kinds: Vec<&str> = flags.iter().map(|f| f["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["criticism", "demand"]);
    assert_eq!(flags[0]["words"], "You never");
    assert!(
        flags
            .iter()
            .all(|f| f["why"].as_str().unwrap().ends_with('.'))
    );
    let clean = env.json([
        "feelings",
        "--check-request",
        "Would you be willing to call me tonight?",
        "--json",
    ]);
    assert_eq!(clean["flags"], serde_json::json!([]));
    let text = env.stdout(["feelings", "--check-request", "you should know"]);
    assert!(text.contains("\"you should\" (demand):"), "{text}");
    assert!(text.contains("willing to …?"), "{text}");
}

/// The real binary on a pseudo-terminal, as a person would use it.
#[cfg(unix)]
mod on_a_terminal {
    use super::{TestEnv, journal_lines};
    use rexpect::process::WaitStatus;
    use rexpect::session::{PtySession, spawn_with_options};

    const DOWN: &str = "\x1b[B";

    fn spawn(env: &TestEnv, args: &[&str]) -> PtySession {
        let mut cmd = env.std_cmd(args);
        cmd.env("TERM", "xterm-256color").env("NO_COLOR", "1");
        let options = rexpect::reader::Options::new()
            .timeout_ms(Some(15_000))
            .strip_ansi_escape_codes(true);
        spawn_with_options(cmd, options).expect("a pseudo-terminal")
    }

    /// Presses keys: writes them and flushes, so the program sees them now.
    fn key(p: &mut PtySession, keys: &str) {
        p.send(keys).unwrap();
        p.flush().unwrap();
    }

    fn exit_code(p: &mut PtySession) -> i32 {
        let _ = p.exp_eof();
        match p.process().wait().unwrap() {
            WaitStatus::Exited(_, code) => code,
            other => panic!("ended with {other:?}"),
        }
    }

    #[test]
    fn the_checklist_walks_through_every_skill_and_saves() {
        let env = TestEnv::new();
        let mut p = spawn(&env, &["checklist"]);
        for n in 1..=12 {
            p.exp_string(&format!("{n}/12")).unwrap();
            p.exp_string("How consistently and confidently?").unwrap();
            if n == 1 {
                key(&mut p, DOWN);
                key(&mut p, DOWN);
            }
            key(&mut p, "\r");
        }
        p.exp_string("You already live these with some consistency and confidence:")
            .unwrap();
        p.exp_string("bring more attention to?").unwrap();
        key(&mut p, "\r");
        p.exp_string("A note").unwrap();
        p.send_line("Typed on a terminal.").unwrap();
        p.exp_string("Saved in your journal.").unwrap();
        assert_eq!(exit_code(&mut p), 0);
        let entry = &journal_lines(&env)[0];
        assert_eq!(entry["kind"], "checklist");
        assert_eq!(entry["ratings"]["grounded-identity"], "consistently");
        assert_eq!(entry["ratings"]["mindfulness"], "sometimes");
        assert_eq!(entry["focus"], "self-connection");
        assert_eq!(entry["note"], "Typed on a terminal.");
    }

    #[test]
    fn noticing_a_sign_anchors_and_keeps_the_moment() {
        let env = TestEnv::new();
        let mut p = spawn(&env, &["mantra", "--notice"]);
        p.exp_string("What did you notice in yourself?").unwrap();
        key(&mut p, DOWN);
        key(&mut p, "\r");
        p.exp_string("Notice the label").unwrap();
        p.exp_string("Keep this moment in your journal?").unwrap();
        key(&mut p, "\r");
        assert_eq!(exit_code(&mut p), 0);
        let entry = &journal_lines(&env)[0];
        assert_eq!(entry["kind"], "moment");
        assert_eq!(entry["sign"], "judging");
    }

    #[test]
    fn a_check_in_finds_feelings_by_typing() {
        let env = TestEnv::new();
        let mut p = spawn(&env, &["feelings"]);
        p.exp_string("What happened").unwrap();
        p.send_line("Sam was late.").unwrap();
        p.exp_string("Intention").unwrap();
        key(&mut p, "\r");
        p.exp_string("What are you feeling?").unwrap();
        key(&mut p, "worried");
        p.exp_string("worried").unwrap();
        key(&mut p, "\r");
        p.exp_string("Feeling worried. Anything else?").unwrap();
        key(&mut p, "\r");
        p.exp_string("Are any of them alive for you?").unwrap();
        key(&mut p, " \r");
        p.exp_string("Any other need?").unwrap();
        key(&mut p, "\r");
        p.exp_string("Request").unwrap();
        key(&mut p, "\r");
        p.exp_string("Saved in your journal.").unwrap();
        assert_eq!(exit_code(&mut p), 0);
        let entry = &journal_lines(&env)[0];
        assert_eq!(entry["kind"], "checkin");
        assert_eq!(entry["observation"], "Sam was late.");
        assert_eq!(entry["feelings"], serde_json::json!(["worried"]));
        assert_eq!(entry["needs"], serde_json::json!(["safety"]));
    }

    #[test]
    fn ctrl_c_stops_with_nothing_saved_and_exit_130() {
        let env = TestEnv::new();
        let mut p = spawn(&env, &["checklist"]);
        p.exp_string("1/12").unwrap();
        p.exp_string("How consistently and confidently?").unwrap();
        key(&mut p, "\r");
        p.exp_string("2/12").unwrap();
        p.send_control('c').unwrap();
        p.exp_string("nothing was saved").unwrap();
        assert_eq!(exit_code(&mut p), 130);
        assert!(journal_lines(&env).is_empty());
    }

    #[test]
    fn escape_stops_with_nothing_saved_and_exit_130() {
        let env = TestEnv::new();
        let mut p = spawn(&env, &["mantra", "--notice"]);
        p.exp_string("What did you notice in yourself?").unwrap();
        key(&mut p, "\x1b");
        p.exp_string("nothing was saved").unwrap();
        assert_eq!(exit_code(&mut p), 130);
        assert!(journal_lines(&env).is_empty());
    }
}
