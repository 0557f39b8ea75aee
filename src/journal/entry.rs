//! One journal entry: what was recorded, when, and its id. This is the format
//! of a line of the journal file, documented in `docs/journal-format.md`.

use chrono::{DateTime, FixedOffset, Local, SubsecRound, Utc};
use serde::{Deserialize, Serialize};

/// The version of the entry format written by this program.
pub const FORMAT_VERSION: u32 = 1;

/// One line of the journal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Format version of this entry.
    pub v: u32,
    /// Unique id; ids sort in the order entries were made.
    pub id: String,
    /// When it was recorded, with the local UTC offset of that moment.
    pub at: DateTime<FixedOffset>,
    /// What was recorded.
    #[serde(flatten)]
    pub record: Record,
}

/// What an entry records; `kind` in the file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Record {
    /// A free note.
    Note {
        /// The note.
        text: String,
    },
    /// A moment a sign of threat was noticed, and the mantra used to anchor.
    Moment {
        /// The sign noticed, or none when the person was not sure.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sign: Option<String>,
        /// The id of the mantra shown.
        mantra_id: String,
        /// The mantra's words, as they were shown.
        mantra: String,
        /// The skills the mantra supports.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        skills: Vec<String>,
    },
}

/// The kinds of entry, as `--kind` takes them.
pub const KINDS: [&str; 2] = ["note", "moment"];

impl Record {
    /// The kind's name, as stored in `kind`.
    pub fn kind(&self) -> &'static str {
        match self {
            Record::Note { .. } => "note",
            Record::Moment { .. } => "moment",
        }
    }

    /// The sign of threat the entry is about, if any.
    pub fn sign(&self) -> Option<&str> {
        match self {
            Record::Moment { sign, .. } => sign.as_deref(),
            Record::Note { .. } => None,
        }
    }

    /// The skills the entry is about.
    pub fn skills(&self) -> &[String] {
        match self {
            Record::Moment { skills, .. } => skills,
            Record::Note { .. } => &[],
        }
    }

    /// The words a person wrote or was shown, for `--grep` and the gist.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Record::Note { text } => vec![text],
            Record::Moment { sign, mantra, .. } => sign
                .iter()
                .map(String::as_str)
                .chain([mantra.as_str()])
                .collect(),
        }
    }

    /// A one-line summary of the entry.
    pub fn gist(&self) -> String {
        let gist = match self {
            Record::Note { text } => text.clone(),
            Record::Moment {
                sign: Some(sign),
                mantra,
                ..
            } => format!("{sign}: {mantra}"),
            Record::Moment {
                sign: None, mantra, ..
            } => mantra.clone(),
        };
        gist.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

impl Entry {
    /// A new entry recorded now.
    pub fn now(record: Record) -> Entry {
        let now = Local::now();
        Entry {
            v: FORMAT_VERSION,
            id: new_id(now.with_timezone(&Utc)),
            at: now.fixed_offset().trunc_subsecs(0),
            record,
        }
    }

    /// The id as shown in lists: long enough to tell entries apart in practice;
    /// any unique beginning of the id finds the entry.
    pub fn short_id(&self) -> &str {
        self.id.get(..SHORT_ID).unwrap_or(&self.id)
    }

    /// The entry as one line of the journal, without the newline.
    pub fn to_line(&self) -> String {
        serde_json::to_string(self).expect("an entry always serialises")
    }
}

/// How many characters of an id lists show: the millisecond and one random
/// character, so two entries share a short id only if made in the same
/// millisecond (and then `find` lists both).
pub const SHORT_ID: usize = 10;

/// Crockford's base32, lowercase: digits and letters without i, l, o, u.
/// Its characters are in ascending ASCII order, so ids sort as their time does.
const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// A new id: the time in milliseconds (9 base32 characters, good until the
/// year 3084) followed by 5 random ones, so that two entries made in the same
/// millisecond still differ.
pub fn new_id(at: DateTime<Utc>) -> String {
    let millis = at.timestamp_millis().max(0) as u64;
    let random: u32 = rand::random();
    let mut id = String::with_capacity(14);
    for shift in (0..9).rev() {
        id.push(ALPHABET[((millis >> (shift * 5)) & 31) as usize] as char);
    }
    for shift in (0..5).rev() {
        id.push(ALPHABET[((random >> (shift * 5)) & 31) as usize] as char);
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn ids_sort_in_time_order_and_differ_within_a_millisecond() {
        let earlier = Utc.with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap();
        let later = earlier + chrono::Duration::milliseconds(1);
        let a = new_id(earlier);
        assert_eq!(a.len(), 14);
        assert!(a < new_id(later));
        let same: std::collections::HashSet<String> = (0..100).map(|_| new_id(earlier)).collect();
        assert!(same.len() > 95);
        let year_3000 = Utc.with_ymd_and_hms(3000, 1, 1, 0, 0, 0).unwrap();
        assert!(new_id(later) < new_id(year_3000));
    }

    #[test]
    fn an_entry_is_one_line_of_json_with_its_kind_and_fields() {
        let entry = Entry::now(Record::Moment {
            sign: Some("judging".into()),
            mantra_id: "set-down-label".into(),
            mantra: "I set down the label and look at the person.".into(),
            skills: vec!["meeting-differences".into()],
        });
        let line = entry.to_line();
        assert!(!line.contains('\n'));
        let value: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(value["v"], 1);
        assert_eq!(value["kind"], "moment");
        assert_eq!(value["sign"], "judging");
        assert!(DateTime::parse_from_rfc3339(value["at"].as_str().unwrap()).is_ok());
        let back: Entry = serde_json::from_str(&line).unwrap();
        assert_eq!(back, entry);
    }
}
