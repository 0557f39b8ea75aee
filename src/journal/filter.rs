//! Choosing entries: by time, kind, sign, skill and words; and the date forms
//! people type (`2026-11-01`, `7d`, `2w`, `yesterday`).

use super::Stored;
use chrono::{DateTime, Duration, FixedOffset, Local, NaiveDate, NaiveTime, TimeZone};

/// Which entries to keep. The default keeps every one.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Keep entries at or after this moment.
    pub since: Option<DateTime<FixedOffset>>,
    /// Keep entries before this moment.
    pub until: Option<DateTime<FixedOffset>>,
    /// Keep entries of these kinds (any kind when empty).
    pub kinds: Vec<String>,
    /// Keep entries about this sign of threat.
    pub sign: Option<String>,
    /// Keep entries about this skill (by id).
    pub skill: Option<String>,
    /// Keep entries whose words contain this, ignoring case.
    pub grep: Option<String>,
}

impl Filter {
    /// A cheap look at the raw line: `false` only when the entry on it cannot
    /// pass, so that most lines that do not match are never parsed.
    pub fn might_match(&self, line: &[u8]) -> bool {
        let quoted = |word: &str| contains(line, format!("\"{word}\"").as_bytes(), false);
        if !self.kinds.is_empty() && !self.kinds.iter().any(|k| quoted(k)) {
            return false;
        }
        if self.sign.as_deref().is_some_and(|s| !quoted(s)) {
            return false;
        }
        if self.skill.as_deref().is_some_and(|s| !quoted(s)) {
            return false;
        }
        match &self.grep {
            Some(words) if is_plain(words) => contains(line, words.as_bytes(), true),
            _ => true,
        }
    }

    /// Whether the entry passes every part of the filter.
    pub fn matches(&self, entry: &Stored<'_>) -> bool {
        self.since.is_none_or(|t| entry.at >= t)
            && self.until.is_none_or(|t| entry.at < t)
            && (self.kinds.is_empty() || self.kinds.iter().any(|k| k == entry.kind()))
            && self.sign.as_deref().is_none_or(|s| entry.sign() == Some(s))
            && self
                .skill
                .as_deref()
                .is_none_or(|s| entry.skills().any(|k| k == s))
            && self.grep.as_deref().is_none_or(|words| {
                let words = words.to_lowercase();
                entry.texts().any(|t| t.to_lowercase().contains(&words))
            })
    }

    /// Whether the entry is older than the start of the filter: reading from
    /// the newest, nothing after it can pass.
    pub fn is_before_start(&self, entry: &Stored<'_>) -> bool {
        self.since.is_some_and(|t| entry.at < t)
    }
}

/// ASCII text with nothing JSON would escape: it appears in the line as typed.
fn is_plain(words: &str) -> bool {
    words
        .bytes()
        .all(|b| b.is_ascii() && b >= b' ' && b != b'"' && b != b'\\')
}

fn contains(haystack: &[u8], needle: &[u8], ignore_case: bool) -> bool {
    if !ignore_case {
        return memchr::memmem::find(haystack, needle).is_some();
    }
    let haystack = haystack.to_ascii_lowercase();
    memchr::memmem::find(&haystack, &needle.to_ascii_lowercase()).is_some()
}

/// Which end of a day a date stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// `--since`: from the start of the day.
    Start,
    /// `--until`: to the end of the day.
    End,
}

/// The forms `--since` and `--until` take, for messages.
pub const WHEN_FORMS: &str = "a date (2026-11-01), a date and time (2026-11-01T18:30), today, yesterday, or a time ago (3h, 7d, 2w)";

/// Reads a moment as a person types it. A day stands for its start with
/// [`Bound::Start`] and for the end of it (the next midnight) with [`Bound::End`].
pub fn parse_when(
    text: &str,
    now: DateTime<Local>,
    bound: Bound,
) -> Result<DateTime<FixedOffset>, String> {
    let text = text.trim();
    let day = |date: NaiveDate| {
        let date = match bound {
            Bound::Start => date,
            Bound::End => date.succ_opt().unwrap_or(date),
        };
        local_midnight(date)
    };
    let lower = text.to_lowercase();
    match lower.as_str() {
        "today" => return day(now.date_naive()),
        "yesterday" => return day(now.date_naive() - Duration::days(1)),
        "now" => return Ok(now.fixed_offset()),
        _ => {}
    }
    if let Some(ago) = parse_ago(&lower) {
        return Ok((now - ago).fixed_offset());
    }
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return day(date);
    }
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Ok(at);
    }
    for format in [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
    ] {
        if let Ok(at) = chrono::NaiveDateTime::parse_from_str(text, format) {
            return Local
                .from_local_datetime(&at)
                .earliest()
                .map(|t| t.fixed_offset())
                .ok_or_else(|| format!("{text} does not exist in your time zone"));
        }
    }
    Err(format!(
        "'{text}' is not a moment I understand; use {WHEN_FORMS}"
    ))
}

fn parse_ago(text: &str) -> Option<Duration> {
    let unit_at = text.find(|c: char| !c.is_ascii_digit())?;
    let (number, unit) = text.split_at(unit_at);
    let n: i64 = number.parse().ok()?;
    match unit.trim() {
        "h" | "hour" | "hours" => Duration::try_hours(n),
        "d" | "day" | "days" => Duration::try_days(n),
        "w" | "week" | "weeks" => Duration::try_weeks(n),
        _ => None,
    }
}

fn local_midnight(date: NaiveDate) -> Result<DateTime<FixedOffset>, String> {
    Local
        .from_local_datetime(&date.and_time(NaiveTime::MIN))
        .earliest()
        .or_else(|| {
            Local
                .from_local_datetime(&date.and_hms_opt(1, 0, 0)?)
                .earliest()
        })
        .map(|t| t.fixed_offset())
        .ok_or_else(|| format!("{date} has no midnight in your time zone"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{Entry, Record};

    /// Whether `filter` keeps `entry`, read back from its line.
    fn keeps(filter: &Filter, entry: &Entry) -> bool {
        let line = entry.to_line();
        filter.matches(&Stored::parse(line.as_bytes()).unwrap())
    }

    fn now() -> DateTime<Local> {
        Local.with_ymd_and_hms(2026, 11, 24, 15, 30, 0).unwrap()
    }

    #[test]
    fn dates_and_relative_forms_are_understood() {
        let start = |t: &str| {
            parse_when(t, now(), Bound::Start)
                .unwrap()
                .naive_local()
                .to_string()
        };
        let end = |t: &str| {
            parse_when(t, now(), Bound::End)
                .unwrap()
                .naive_local()
                .to_string()
        };
        assert_eq!(start("2026-11-01"), "2026-11-01 00:00:00");
        assert_eq!(end("2026-11-01"), "2026-11-02 00:00:00");
        assert_eq!(start("today"), "2026-11-24 00:00:00");
        assert_eq!(start("yesterday"), "2026-11-23 00:00:00");
        assert_eq!(end("yesterday"), "2026-11-24 00:00:00");
        assert_eq!(start("7d"), "2026-11-17 15:30:00");
        assert_eq!(start("2w"), "2026-11-10 15:30:00");
        assert_eq!(start("3h"), "2026-11-24 12:30:00");
        assert_eq!(start("2026-11-01T18:30"), "2026-11-01 18:30:00");
        let err = parse_when("last tuesday", now(), Bound::Start).unwrap_err();
        assert!(err.contains("yesterday"), "{err}");
        assert!(parse_when("99999999999999w", now(), Bound::Start).is_err());
    }

    fn note(text: &str) -> Entry {
        Entry::now(Record::Note { text: text.into() })
    }

    fn moment(sign: &str) -> Entry {
        Entry::now(Record::Moment {
            sign: Some(sign.into()),
            mantra_id: "m".into(),
            mantra: "I pause.".into(),
            skills: vec!["self-connection".into()],
        })
    }

    #[test]
    fn filters_combine() {
        let filter = Filter {
            kinds: vec!["moment".into()],
            sign: Some("judging".into()),
            ..Filter::default()
        };
        assert!(keeps(&filter, &moment("judging")));
        assert!(!keeps(&filter, &moment("defending")));
        assert!(!keeps(&filter, &note("judging")));
        let grep = Filter {
            grep: Some("HARD talk".into()),
            ..Filter::default()
        };
        assert!(keeps(&grep, &note("A hard talk with Sam")));
        assert!(!keeps(&grep, &note("An easy one")));
        let skill = Filter {
            skill: Some("self-connection".into()),
            ..Filter::default()
        };
        assert!(keeps(&skill, &moment("judging")) && !keeps(&skill, &note("x")));
    }

    #[test]
    fn the_quick_look_never_drops_an_entry_that_matches() {
        let filters = [
            Filter {
                kinds: vec!["note".into()],
                ..Filter::default()
            },
            Filter {
                sign: Some("judging".into()),
                ..Filter::default()
            },
            Filter {
                grep: Some("Hard".into()),
                ..Filter::default()
            },
            Filter {
                grep: Some("ça".into()),
                ..Filter::default()
            },
        ];
        for entry in [note("a hard day"), note("Ça va"), moment("judging")] {
            let line = entry.to_line();
            for filter in &filters {
                if keeps(filter, &entry) {
                    assert!(filter.might_match(line.as_bytes()), "{filter:?} {line}");
                }
            }
        }
        assert!(!filters[0].might_match(moment("judging").to_line().as_bytes()));
    }
}
