//! One journal entry: what was recorded, when, and its id. This is the format
//! of a line of the journal file, documented in `docs/journal-format.md`.

use chrono::{DateTime, FixedOffset, Local, SubsecRound, Utc};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The version of the entry format written by this program.
pub const FORMAT_VERSION: u32 = 1;

/// One line of the journal.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Format version of this entry.
    pub v: u32,
    /// Unique id; ids sort in the order entries were made.
    pub id: String,
    /// When it was recorded, with the local UTC offset of that moment.
    pub at: DateTime<FixedOffset>,
    /// What was recorded.
    pub record: Record,
}

/// What an entry records; `kind` in the file.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    /// A free note.
    Note {
        /// The note.
        text: String,
    },
    /// A moment a sign of threat was noticed, and the mantra used to anchor.
    Moment {
        /// The sign noticed, or none when the person was not sure.
        sign: Option<String>,
        /// The id of the mantra shown.
        mantra_id: String,
        /// The mantra's words, as they were shown.
        mantra: String,
        /// The skills the mantra supports.
        skills: Vec<String>,
    },
    /// A self-assessment of the core skills (`checklist`).
    Checklist {
        /// Skill id to level (one of [`LEVELS`]); skipped skills are absent.
        ratings: BTreeMap<String, String>,
        /// The skill chosen to bring more attention to.
        focus: Option<String>,
        /// A note on the assessment.
        note: Option<String>,
    },
    /// A feelings check-in: intention, feelings, needs, request (`feelings`).
    Checkin {
        /// What happened, as an observation.
        observation: Option<String>,
        /// What the person wants to bring to this moment.
        intention: Option<String>,
        /// Feelings named.
        feelings: Vec<String>,
        /// Needs named.
        needs: Vec<String>,
        /// A request of oneself or of someone.
        request: Option<String>,
    },
}

/// How consistently and confidently a skill is lived, in the essay's words,
/// from least to most; the ids stored in a checklist's `ratings`.
pub const LEVELS: [(&str, &str); 4] = [
    ("rarely", "Rarely, so far"),
    ("sometimes", "Sometimes"),
    ("often", "Often, though not yet steadily"),
    ("consistently", "With some consistency and confidence"),
];

/// An entry as it is written: one flat object whose `kind` says which of the
/// other fields it has. Going through this, rather than serde's `flatten` and
/// internal tags, and borrowing from the line where it can, keeps a scan of
/// 100,000 entries fast.
#[derive(Serialize, Deserialize)]
struct Wire<'a> {
    v: u32,
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    at: Cow<'a, str>,
    #[serde(borrow)]
    kind: Cow<'a, str>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    text: Option<Cow<'a, str>>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    sign: Option<Cow<'a, str>>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    mantra_id: Option<Cow<'a, str>>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    mantra: Option<Cow<'a, str>>,
    #[serde(borrow, default, skip_serializing_if = "Vec::is_empty")]
    skills: Vec<Cow<'a, str>>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    ratings: Option<BTreeMap<Cow<'a, str>, Cow<'a, str>>>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    focus: Option<Cow<'a, str>>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    note: Option<Cow<'a, str>>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    observation: Option<Cow<'a, str>>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    intention: Option<Cow<'a, str>>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    feelings: Option<Vec<Cow<'a, str>>>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    needs: Option<Vec<Cow<'a, str>>>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    request: Option<Cow<'a, str>>,
}

impl Serialize for Entry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        fn borrowed(s: &str) -> Cow<'_, str> {
            Cow::Borrowed(s)
        }
        let mut line = Wire {
            v: self.v,
            id: borrowed(&self.id),
            at: Cow::Owned(self.at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)),
            kind: Cow::Borrowed(self.record.kind()),
            text: None,
            sign: None,
            mantra_id: None,
            mantra: None,
            skills: Vec::new(),
            ratings: None,
            focus: None,
            note: None,
            observation: None,
            intention: None,
            feelings: None,
            needs: None,
            request: None,
        };
        match &self.record {
            Record::Note { text } => line.text = Some(borrowed(text)),
            Record::Moment {
                sign,
                mantra_id,
                mantra,
                skills,
            } => {
                line.sign = sign.as_deref().map(borrowed);
                line.mantra_id = Some(borrowed(mantra_id));
                line.mantra = Some(borrowed(mantra));
                line.skills = skills.iter().map(|s| borrowed(s)).collect();
            }
            Record::Checklist {
                ratings,
                focus,
                note,
            } => {
                let ratings = ratings.iter().map(|(k, v)| (borrowed(k), borrowed(v)));
                line.ratings = Some(ratings.collect());
                line.focus = focus.as_deref().map(borrowed);
                line.note = note.as_deref().map(borrowed);
            }
            Record::Checkin {
                observation,
                intention,
                feelings,
                needs,
                request,
            } => {
                line.observation = observation.as_deref().map(borrowed);
                line.intention = intention.as_deref().map(borrowed);
                line.feelings = Some(feelings.iter().map(|s| borrowed(s)).collect());
                line.needs = Some(needs.iter().map(|s| borrowed(s)).collect());
                line.request = request.as_deref().map(borrowed);
            }
        }
        line.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Entry, D::Error> {
        let wire = Wire::deserialize(deserializer)?;
        Ok(Stored::check(wire).map_err(D::Error::custom)?.to_entry())
    }
}

/// An entry read from a line and checked, still borrowing its words from the
/// line: what a scan of the whole journal looks at, without copying anything
/// until an entry is kept.
pub struct Stored<'a> {
    /// Boxed: the wire struct is large, and a scan moves each one several times.
    wire: Box<Wire<'a>>,
    /// When it was recorded.
    pub at: DateTime<FixedOffset>,
}

impl<'a> Stored<'a> {
    /// Reads and checks one line of the journal.
    pub fn parse(line: &'a [u8]) -> Result<Stored<'a>, String> {
        // Checking the whole line once is faster than serde_json checking each
        // string of it.
        let text = std::str::from_utf8(line).map_err(|e| e.to_string())?;
        let wire: Wire<'a> = serde_json::from_str(text).map_err(|e| e.to_string())?;
        Stored::check(wire)
    }

    fn check(wire: Wire<'a>) -> Result<Stored<'a>, String> {
        let at = DateTime::parse_from_rfc3339(&wire.at)
            .map_err(|e| format!("`at` is not an RFC 3339 time: {e}"))?;
        let needs: &[(&str, bool)] = match wire.kind.as_ref() {
            "note" => &[("text", wire.text.is_some())],
            "moment" => &[
                ("mantra_id", wire.mantra_id.is_some()),
                ("mantra", wire.mantra.is_some()),
            ],
            "checklist" => &[("ratings", wire.ratings.is_some())],
            "checkin" => &[],
            other => return Err(format!("unknown kind '{other}'")),
        };
        if let Some((field, _)) = needs.iter().find(|(_, present)| !present) {
            return Err(format!("a {} entry needs `{field}`", wire.kind));
        }
        Ok(Stored {
            wire: Box::new(wire),
            at,
        })
    }

    /// The entry's id.
    pub fn id(&self) -> &str {
        &self.wire.id
    }

    /// The entry's kind, one of [`KINDS`].
    pub fn kind(&self) -> &str {
        &self.wire.kind
    }

    /// `at` exactly as written.
    pub fn at_text(&self) -> &str {
        &self.wire.at
    }

    /// The sign of threat the entry is about, if any.
    pub fn sign(&self) -> Option<&str> {
        self.wire.sign.as_deref()
    }

    /// The skills the entry is about: a moment's mantra's skills, a
    /// checklist's focus.
    pub fn skills(&self) -> impl Iterator<Item = &str> {
        let focus = self.wire.focus.as_deref();
        self.wire.skills.iter().map(|s| s.as_ref()).chain(focus)
    }

    /// The main words of the entry: a note's text, a moment's mantra, a
    /// checklist's note, a check-in's observation.
    pub fn text(&self) -> &str {
        let w = &self.wire;
        [&w.text, &w.mantra, &w.note, &w.observation]
            .into_iter()
            .find_map(|t| t.as_deref())
            .unwrap_or("")
    }

    /// The id of the mantra of a moment.
    pub fn mantra_id(&self) -> Option<&str> {
        self.wire.mantra_id.as_deref()
    }

    /// A checklist's focus.
    pub fn focus(&self) -> Option<&str> {
        self.wire.focus.as_deref()
    }

    /// A checklist's ratings: skill id and level.
    pub fn ratings(&self) -> impl Iterator<Item = (&str, &str)> {
        let ratings = self.wire.ratings.iter().flatten();
        ratings.map(|(k, v)| (k.as_ref(), v.as_ref()))
    }

    /// A check-in's intention.
    pub fn intention(&self) -> Option<&str> {
        self.wire.intention.as_deref()
    }

    /// A check-in's feelings.
    pub fn feelings(&self) -> impl Iterator<Item = &str> {
        self.wire.feelings.iter().flatten().map(|s| s.as_ref())
    }

    /// A check-in's needs.
    pub fn needs(&self) -> impl Iterator<Item = &str> {
        self.wire.needs.iter().flatten().map(|s| s.as_ref())
    }

    /// A check-in's request.
    pub fn request(&self) -> Option<&str> {
        self.wire.request.as_deref()
    }

    /// The words a person wrote or was shown, for `--grep`.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let w = &self.wire;
        let single = [
            &w.text,
            &w.sign,
            &w.mantra,
            &w.note,
            &w.observation,
            &w.intention,
            &w.request,
        ];
        single
            .into_iter()
            .filter_map(|t| t.as_deref())
            .chain(self.feelings())
            .chain(self.needs())
    }

    /// The entry, owning its words.
    pub fn to_entry(&self) -> Entry {
        let owned = |s: &Option<Cow<'_, str>>| s.as_deref().unwrap_or_default().to_string();
        let some = |s: &Option<Cow<'_, str>>| s.as_deref().map(String::from);
        let record = match self.kind() {
            "note" => Record::Note {
                text: owned(&self.wire.text),
            },
            "checklist" => Record::Checklist {
                ratings: self
                    .ratings()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
                focus: some(&self.wire.focus),
                note: some(&self.wire.note),
            },
            "checkin" => Record::Checkin {
                observation: some(&self.wire.observation),
                intention: some(&self.wire.intention),
                feelings: self.feelings().map(String::from).collect(),
                needs: self.needs().map(String::from).collect(),
                request: some(&self.wire.request),
            },
            _ => Record::Moment {
                sign: some(&self.wire.sign),
                mantra_id: owned(&self.wire.mantra_id),
                mantra: owned(&self.wire.mantra),
                skills: self.wire.skills.iter().map(|s| s.to_string()).collect(),
            },
        };
        Entry {
            v: self.wire.v,
            id: self.wire.id.to_string(),
            at: self.at,
            record,
        }
    }
}

/// The kinds of entry, as `--kind` takes them.
pub const KINDS: [&str; 4] = ["note", "moment", "checklist", "checkin"];

impl Record {
    /// The kind's name, as stored in `kind`.
    pub fn kind(&self) -> &'static str {
        match self {
            Record::Note { .. } => "note",
            Record::Moment { .. } => "moment",
            Record::Checklist { .. } => "checklist",
            Record::Checkin { .. } => "checkin",
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
            Record::Checklist {
                ratings,
                focus,
                note,
            } => {
                let mut parts = Vec::new();
                parts.extend(focus.as_ref().map(|f| format!("focus: {f}")));
                parts.push(format!("{} skills rated", ratings.len()));
                parts.extend(note.clone());
                parts.join("; ")
            }
            Record::Checkin {
                intention,
                feelings,
                needs,
                request,
                observation,
            } => {
                let mut parts = Vec::new();
                parts.extend(intention.as_ref().map(|i| format!("intention: {i}")));
                if !feelings.is_empty() {
                    parts.push(format!("feeling {}", feelings.join(", ")));
                }
                if !needs.is_empty() {
                    parts.push(format!("needing {}", needs.join(", ")));
                }
                parts.extend(request.as_ref().map(|r| format!("request: {r}")));
                if parts.is_empty() {
                    parts.extend(observation.clone());
                }
                parts.join("; ")
            }
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
