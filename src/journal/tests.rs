//! The journal's guarantees, from inside.

use super::*;

fn note(text: &str) -> Entry {
    Entry::now(Record::Note { text: text.into() })
}

fn journal() -> (tempfile::TempDir, Journal) {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::new(dir.path().join("secure-diff/journal.jsonl"), true);
    (dir, journal)
}

fn texts(entries: &[Entry]) -> Vec<String> {
    entries.iter().map(|e| e.record.gist()).collect()
}

#[test]
fn entries_come_back_newest_first_and_limited() {
    let (_dir, journal) = journal();
    for i in 0..5 {
        journal.append(&note(&format!("note {i}"))).unwrap();
    }
    let (entries, unreadable) = journal.newest(&Filter::default(), Some(3)).unwrap();
    assert_eq!(texts(&entries), ["note 4", "note 3", "note 2"]);
    assert_eq!(unreadable, Unreadable::default());
    let (all, _) = journal.newest(&Filter::default(), None).unwrap();
    assert_eq!(all.len(), 5);
}

#[test]
fn reading_from_the_end_crosses_chunk_boundaries() {
    let (_dir, journal) = journal();
    let long = "x".repeat(50_000);
    for i in 0..6 {
        journal.append(&note(&format!("{i} {long}"))).unwrap();
    }
    let (entries, _) = journal.newest(&Filter::default(), None).unwrap();
    let firsts: Vec<String> = entries
        .iter()
        .map(|e| e.record.gist()[..1].to_string())
        .collect();
    assert_eq!(firsts, ["5", "4", "3", "2", "1", "0"]);
}

#[test]
fn no_journal_yet_is_an_empty_one() {
    let (_dir, journal) = journal();
    let (entries, _) = journal.newest(&Filter::default(), Some(20)).unwrap();
    assert!(entries.is_empty());
    assert!(!journal.path().exists());
}

#[test]
fn a_torn_line_is_reported_kept_and_skipped() {
    let (_dir, journal) = journal();
    journal.append(&note("before")).unwrap();
    let mut file = OpenOptions::new()
        .append(true)
        .open(journal.path())
        .unwrap();
    file.write_all(b"{\"v\":1,\"id\":\"torn").unwrap();
    drop(file);

    let (entries, unreadable) = journal.newest(&Filter::default(), None).unwrap();
    assert_eq!(texts(&entries), ["before"]);
    assert_eq!(unreadable, Unreadable(vec![2]));

    journal.append(&note("after")).unwrap();
    let text = fs::read_to_string(journal.path()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1], "{\"v\":1,\"id\":\"torn");
    let (entries, unreadable) = journal.newest(&Filter::default(), None).unwrap();
    assert_eq!(texts(&entries), ["after", "before"]);
    assert_eq!(unreadable, Unreadable(vec![2]));
    let scanned = journal.scan(&Filter::default(), |_, _| Ok(())).unwrap();
    assert_eq!(scanned, Unreadable(vec![2]));
}

#[cfg(unix)]
#[test]
fn the_journal_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, journal) = journal();
    journal.append(&note("private")).unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(journal.path()), 0o600);
    assert_eq!(mode(journal.path().parent().unwrap()), 0o700);
    fs::set_permissions(journal.path(), fs::Permissions::from_mode(0o644)).unwrap();
    journal.append(&note("again")).unwrap();
    assert_eq!(mode(journal.path()), 0o600);
}

#[test]
fn replace_and_remove_leave_every_other_line_as_it_was() {
    let (_dir, journal) = journal();
    let entries: Vec<Entry> = (0..4).map(|i| note(&format!("n{i}"))).collect();
    for entry in &entries {
        journal.append(entry).unwrap();
    }
    // A line written by hand, spaced differently, must survive byte for byte.
    let mut file = OpenOptions::new()
        .append(true)
        .open(journal.path())
        .unwrap();
    file.write_all(b"not json at all\n").unwrap();
    drop(file);
    let before = fs::read_to_string(journal.path()).unwrap();

    let mut edited = entries[1].clone();
    edited.record = Record::Note {
        text: "changed".into(),
    };
    journal.replace(&entries[1].id, Some(&edited)).unwrap();
    journal.replace(&entries[2].id, None).unwrap();

    let after = fs::read_to_string(journal.path()).unwrap();
    let before: Vec<&str> = before.lines().collect();
    let after: Vec<&str> = after.lines().collect();
    assert_eq!(after.len(), 4);
    assert_eq!(after[0], before[0]);
    assert_eq!(after[1], edited.to_line());
    assert_eq!(after[2], before[3]);
    assert_eq!(after[3], "not json at all");
    assert!(journal.backup_path().exists());
    assert!(journal.replace("nope", None).is_err());
}

#[test]
fn find_takes_a_unique_beginning_of_an_id() {
    let (_dir, journal) = journal();
    let entry = note("find me");
    journal.append(&entry).unwrap();
    let (found, _) = journal.find(&entry.id[..10]).unwrap();
    assert_eq!(found, entry);
    let err = journal.find("zzzz").unwrap_err().to_string();
    assert!(err.contains("no entry"), "{err}");
    journal.append(&note("another")).unwrap();
    let err = journal.find(&entry.id[..2]).unwrap_err().to_string();
    assert!(err.contains("2 entries"), "{err}");
}

#[test]
fn import_adds_what_is_missing_in_time_order() {
    let (_dir, journal) = journal();
    let mut old = note("old");
    old.id = new_id(
        chrono::DateTime::parse_from_rfc3339("2020-01-01T00:00:00Z")
            .unwrap()
            .into(),
    );
    let current = note("current");
    journal.append(&current).unwrap();
    let (added, skipped) = journal.import(vec![old.clone(), current.clone()]).unwrap();
    assert_eq!((added, skipped), (1, 1));
    let (entries, _) = journal.newest(&Filter::default(), None).unwrap();
    assert_eq!(texts(&entries), ["current", "old"]);
    assert_eq!(journal.import(vec![old]).unwrap(), (0, 1));
}

#[test]
fn import_into_a_new_journal_creates_it_privately() {
    let (_dir, journal) = journal();
    let (added, _) = journal.import(vec![note("a"), note("b")]).unwrap();
    assert_eq!(added, 2);
    let (entries, _) = journal.newest(&Filter::default(), None).unwrap();
    assert_eq!(entries.len(), 2);
}

#[test]
fn a_folder_where_the_journal_should_be_is_an_error() {
    let (_dir, journal) = journal();
    fs::create_dir_all(journal.path()).unwrap();
    let err = format!("{:#}", journal.append(&note("x")).unwrap_err());
    assert!(err.contains("cannot write to the journal"), "{err}");
    assert!(journal.newest(&Filter::default(), None).is_err());
}

#[test]
fn since_stops_the_reading_early() {
    let (_dir, journal) = journal();
    let mut old = note("old");
    old.at = chrono::DateTime::parse_from_rfc3339("2020-01-01T00:00:00+00:00").unwrap();
    journal.append(&old).unwrap();
    journal.append(&note("new")).unwrap();
    let filter = Filter {
        since: Some(chrono::DateTime::parse_from_rfc3339("2025-01-01T00:00:00+00:00").unwrap()),
        ..Filter::default()
    };
    let (entries, _) = journal.newest(&filter, None).unwrap();
    assert_eq!(texts(&entries), ["new"]);
}
