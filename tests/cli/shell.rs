//! `secure-diff init` in real bash, zsh and fish: the `diff` function sends our
//! commands to secure-diff and everything else to the real diff, untouched;
//! the daily line shows once a day, only in interactive shells.

use super::TestEnv;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const SHELLS: [&str; 3] = ["bash", "zsh", "fish"];

/// Whether a program is installed; in CI every one must be (`.ci/run`
/// installs them).
fn installed(program: &str) -> bool {
    let found = Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    assert!(
        found || std::env::var_os("CI").is_none(),
        "{program} is missing in CI"
    );
    if !found {
        eprintln!("note: {program} is not installed; its checks are left out here");
    }
    found
}

/// The shells installed here.
fn shells() -> Vec<&'static str> {
    SHELLS
        .into_iter()
        .filter(|shell| installed(shell))
        .collect()
}

/// Runs `code` in `shell -c`, with `args` as its arguments, in `dir`.
fn run_in(
    env: &TestEnv,
    shell: &str,
    dir: &Path,
    code: &str,
    args: &[&str],
    stdin: &str,
) -> Output {
    let mut cmd = env.isolated(shell);
    cmd.env("LC_ALL", "C").current_dir(dir).arg("-c").arg(code);
    if shell != "fish" {
        cmd.arg(shell);
    }
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), stdin.as_bytes()).unwrap();
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn init_line(shell: &str, extra: &str) -> String {
    let exe = env!("CARGO_BIN_EXE_secure-diff");
    match shell {
        "fish" => format!("'{exe}' init fish {extra} | source"),
        _ => format!("eval \"$('{exe}' init {shell} {extra})\""),
    }
}

fn call(shell: &str, name: &str) -> String {
    match shell {
        "fish" => format!("{name} $argv"),
        _ => format!("{name} \"$@\""),
    }
}

fn files(dir: &Path) {
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).unwrap();
    write("a", "one\ntwo\nthree\n");
    write("b", "one\n2\nthree\n");
    write("same", "one\ntwo\nthree\n");
    write("log", "first\n");
    write("log.old", "first\nsecond\n");
    for (d, text) in [("d1", "x\n"), ("d2", "y\n")] {
        std::fs::create_dir_all(dir.join(d)).unwrap();
        std::fs::write(dir.join(d).join("f"), text).unwrap();
    }
}

#[test]
fn every_other_call_goes_to_the_real_diff_untouched() {
    let env = TestEnv::new();
    let dir = env.home().join("work");
    std::fs::create_dir_all(&dir).unwrap();
    files(&dir);
    let table: &[(&[&str], &str)] = &[
        (&["a", "same"], ""),
        (&["a", "b"], ""),
        (&["-u", "a", "b"], ""),
        (&["--brief", "a", "b"], ""),
        (&["-q", "a", "same"], ""),
        (&["d1", "d2"], ""),
        (&["-r", "d1", "d2"], ""),
        (&["a", "missing"], ""),
        (&[], ""),
        (&["--no-such-option", "a", "b"], ""),
        (&["-", "a"], "one\nTWO\nthree\n"),
        (&["log", "log.old"], ""),
        (&["log", "-u", "log.old"], ""),
    ];
    for shell in shells() {
        for (args, stdin) in table {
            let ours = run_in(
                &env,
                shell,
                &dir,
                &format!("{}; {}", init_line(shell, ""), call(shell, "diff")),
                args,
                stdin,
            );
            let real = run_in(&env, shell, &dir, &call(shell, "command diff"), args, stdin);
            assert_eq!(
                ours.status.code(),
                real.status.code(),
                "{shell} diff {args:?}"
            );
            assert_eq!(ours.stdout, real.stdout, "{shell} diff {args:?}");
            assert_eq!(
                String::from_utf8_lossy(&ours.stderr),
                String::from_utf8_lossy(&real.stderr),
                "{shell} diff {args:?}"
            );
        }
        let codes: Vec<Option<i32>> = [&["a", "same"][..], &["a", "b"], &["a", "missing"]]
            .iter()
            .map(|args| {
                run_in(
                    &env,
                    shell,
                    &dir,
                    &format!("{}; {}", init_line(shell, ""), call(shell, "diff")),
                    args,
                    "",
                )
                .status
                .code()
            })
            .collect();
        assert_eq!(codes, [Some(0), Some(1), Some(2)], "{shell}");
    }
}

#[test]
fn our_commands_go_to_secure_diff() {
    let env = TestEnv::new();
    let expected = env.stdout(["mantra", "--seed", "5"]);
    let dir = env.home().to_path_buf();
    for shell in shells() {
        let code = format!("{}; {}", init_line(shell, ""), call(shell, "diff"));
        let output = run_in(&env, shell, &dir, &code, &["mantra", "--seed", "5"], "");
        assert!(
            output.status.success(),
            "{shell}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&output.stdout), expected, "{shell}");
        // A file named like a command, compared with another, is the real diff's.
        std::fs::write(dir.join("log"), "x\n").unwrap();
        let output = run_in(&env, shell, &dir, &code, &["log", "-n", "1"], "");
        assert!(
            output.status.success(),
            "{shell}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            String::from_utf8_lossy(&output.stderr).contains("journal is empty"),
            "{shell}"
        );
        std::fs::remove_file(dir.join("log")).unwrap();
    }
}

#[test]
fn another_name_with_cmd() {
    let env = TestEnv::new();
    let expected = env.stdout(["mantra", "--seed", "2"]);
    let dir = env.home().to_path_buf();
    files(&dir);
    for shell in shells() {
        let code = format!("{}; {}", init_line(shell, "--cmd sd"), call(shell, "sd"));
        let output = run_in(&env, shell, &dir, &code, &["mantra", "--seed", "2"], "");
        assert_eq!(String::from_utf8_lossy(&output.stdout), expected, "{shell}");
        let output = run_in(&env, shell, &dir, &code, &["a", "b"], "");
        assert_eq!(
            output.status.code(),
            Some(1),
            "{shell}: sd a b is the real diff"
        );
        // `diff` itself is left alone.
        let plain = format!("{}; {}", init_line(shell, "--cmd sd"), call(shell, "diff"));
        let output = run_in(&env, shell, &dir, &plain, &["mantra", "a"], "");
        assert_eq!(
            output.status.code(),
            Some(2),
            "{shell}: diff mantra a is the real diff"
        );
    }
}

#[test]
fn the_daily_line_never_shows_in_a_non_interactive_shell() {
    let env = TestEnv::new();
    let dir = env.home().to_path_buf();
    for shell in shells() {
        let output = run_in(&env, shell, &dir, &init_line(shell, ""), &[], "");
        assert!(output.status.success(), "{shell}");
        assert!(
            output.stdout.is_empty() && output.stderr.is_empty(),
            "{shell}: {output:?}"
        );
    }
    assert!(!env.home().join("state/secure-diff/daily").exists());
}

#[cfg(unix)]
#[test]
fn the_daily_line_shows_once_a_day_in_an_interactive_shell() {
    use rexpect::session::spawn_with_options;
    let env = TestEnv::new();
    let today_mantra = env.stdout(["mantra", "--today"]);
    for shell in shells() {
        let state = env.home().join("state/secure-diff/daily");
        let _ = std::fs::remove_file(&state);
        for round in 0..2 {
            let mut cmd = env.isolated(shell);
            cmd.env("TERM", "dumb").args([
                "-i",
                "-c",
                &format!("{}; echo end-of-start", init_line(shell, "")),
            ]);
            if shell == "bash" {
                cmd.arg("--norc");
            }
            let options = rexpect::reader::Options::new()
                .timeout_ms(Some(15_000))
                .strip_ansi_escape_codes(true);
            let mut p = spawn_with_options(cmd, options).unwrap();
            let before = p.exp_string("end-of-start").unwrap();
            let _ = p.exp_eof();
            if round == 0 {
                assert!(
                    before.contains(today_mantra.trim_end()),
                    "{shell}: {before:?}"
                );
                assert!(before.contains("diff feelings"), "{shell}: {before:?}");
            } else {
                assert!(
                    !before.contains(today_mantra.trim_end()),
                    "{shell} showed it twice: {before:?}"
                );
            }
        }
        assert!(state.exists(), "{shell}");
    }
}

#[test]
fn no_daily_leaves_the_daily_line_out() {
    let env = TestEnv::new();
    for shell in ["bash", "zsh", "fish"] {
        let code = env.stdout(["init", shell, "--no-daily"]);
        assert!(!code.contains("daily --cmd"), "{shell}: {code}");
        let code = env.stdout(["init", shell]);
        assert!(code.contains("daily --cmd diff"), "{shell}: {code}");
    }
    let (code, stderr) = super::failure(&mut env.cmd(["init", "bash", "--cmd", "a b"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot name a shell function"), "{stderr}");
}

#[test]
fn completions_and_the_manual_page() {
    let env = TestEnv::new();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = env.stdout(["completions", shell]);
        assert!(script.contains("secure-diff"), "{shell}");
        if ["bash", "zsh", "fish"].contains(&shell) {
            assert!(
                script.contains("harmonizing"),
                "{shell}: the sign ids complete"
            );
        }
    }
    let man = env.stdout(["man"]);
    assert!(man.starts_with(".ie") || man.contains(".TH"), "{man}");
    assert!(man.contains("mantra"));
}

#[test]
fn the_daily_line_says_the_focus_and_reminds_only_when_the_practice_is_due() {
    let env = TestEnv::new();
    let first = env.stdout(["daily", "--cmd", "diff"]);
    let today = env.stdout(["mantra", "--today"]);
    assert!(first.starts_with(&today), "{first}");
    assert!(
        first.contains("Your weekly check-in, when you have a quiet moment: diff feelings"),
        "{first}"
    );
    assert_eq!(env.stdout(["daily"]), "", "shown once a day");

    env.stdout(["checklist", "--rate", "1=often", "--focus", "5"]);
    env.cmd(["feelings", "--feeling", "calm"])
        .assert()
        .success();
    let again = env.stdout(["daily", "--force"]);
    assert!(
        again.contains("Your focus: 5. Listening when it is hard"),
        "{again}"
    );
    assert!(!again.contains("check-in"), "{again}");

    std::fs::create_dir_all(env.home().join("config/secure-diff")).unwrap();
    std::fs::write(
        env.home().join("config/secure-diff/config.toml"),
        "daily_line = false\n",
    )
    .unwrap();
    assert!(
        !env.stdout(["daily", "--force"]).is_empty(),
        "--force still shows it"
    );
    assert!(!env.stdout(["init", "bash"]).contains("daily --cmd"));
}

#[test]
fn the_settings_file_is_read_and_its_mistakes_are_named() {
    let env = TestEnv::new();
    let config = env.home().join("config/secure-diff/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(&config, "default_sign = \"judging\"\n").unwrap();
    for seed in 0..5 {
        let chosen = env.json(["mantra", "--seed", &seed.to_string(), "--json"]);
        assert!(
            chosen[0]["signs"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s == "judging"),
            "{chosen}"
        );
    }
    std::fs::write(&config, "practice_interval_days = 7\ndaily_lines = true\n").unwrap();
    let (code, stderr) = super::failure(&mut env.cmd(["mantra"]));
    assert_eq!(code, 1);
    let expected = format!(
        "secure-diff: {}:2:1: unknown field `daily_lines`",
        config.display()
    );
    assert!(stderr.starts_with(&expected), "{stderr}");
    std::fs::write(&config, "practice_interval_days = \"weekly\"\n").unwrap();
    let (_, stderr) = super::failure(&mut env.cmd(["daily"]));
    assert!(stderr.contains("config.toml:1:26:"), "{stderr}");
}

#[test]
fn the_shell_code_is_well_formed() {
    let env = TestEnv::new();
    let check = |program: &str, args: &[&str], code: &str| {
        if !installed(program) {
            return;
        }
        let file = env.home().join("init-code");
        std::fs::write(&file, code).unwrap();
        let output = Command::new(program)
            .args(args)
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{program}: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    };
    check("shellcheck", &["-s", "bash"], &env.stdout(["init", "bash"]));
    check("zsh", &["-n"], &env.stdout(["init", "zsh"]));
    check("fish", &["-n"], &env.stdout(["init", "fish"]));
}
