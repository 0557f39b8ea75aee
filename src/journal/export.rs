//! Writing entries out as JSON (which `log import` reads back), CSV or
//! Markdown, one entry at a time so that a journal of any size streams.

use super::Stored;
use chrono::Local;
use std::io::{self, Write};

/// The export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A JSON array of entries, each exactly as stored.
    Json,
    /// One row per entry, a column per field of any kind (empty where the
    /// kind has no such field).
    Csv,
    /// A readable document, one section per entry.
    Markdown,
}

/// Writes entries in a format, streaming.
pub struct Exporter<W: Write> {
    format: Format,
    out: W,
    count: usize,
    /// A CSV row being put together, reused from row to row.
    row: Vec<u8>,
}

impl<W: Write> Exporter<W> {
    /// Starts an export into `out`.
    pub fn new(format: Format, mut out: W) -> io::Result<Exporter<W>> {
        match format {
            Format::Json => out.write_all(b"[")?,
            Format::Csv => out.write_all(b"id,at,kind,sign,skills,text,mantra_id,focus,ratings,intention,feelings,needs,request\n")?,
            Format::Markdown => out.write_all(b"# secure-diff journal\n")?,
        }
        Ok(Exporter {
            format,
            out,
            count: 0,
            row: Vec::new(),
        })
    }

    /// Writes one entry; `line` is the entry as stored in the journal, which the
    /// JSON export copies as it is.
    pub fn write(&mut self, entry: &Stored<'_>, line: &[u8]) -> io::Result<()> {
        match self.format {
            Format::Json => {
                self.out
                    .write_all(if self.count == 0 { b"\n  " } else { b",\n  " })?;
                self.out.write_all(line)?;
            }
            Format::Csv => {
                self.row.clear();
                let focus = entry.focus();
                let skills = spaced(entry.skills().filter(|s| Some(*s) != focus));
                let ratings = spaced(entry.ratings().map(|(k, v)| format!("{k}={v}")));
                let fields = [
                    entry.id(),
                    entry.at_text(),
                    entry.kind(),
                    entry.sign().unwrap_or(""),
                    &skills,
                    entry.text(),
                    entry.mantra_id().unwrap_or(""),
                    focus.unwrap_or(""),
                    &ratings,
                    entry.intention().unwrap_or(""),
                    &spaced(entry.feelings()),
                    &spaced(entry.needs()),
                    entry.request().unwrap_or(""),
                ];
                for (i, field) in fields.iter().enumerate() {
                    if i > 0 {
                        self.row.push(b',');
                    }
                    write_csv_field(&mut self.row, field);
                }
                self.row.push(b'\n');
                self.out.write_all(&self.row)?;
            }
            Format::Markdown => {
                let local = entry.at.with_timezone(&Local);
                write!(
                    self.out,
                    "\n## {} · {} · {}\n\n",
                    local.format("%a %-d %b %Y, %H:%M"),
                    entry.kind(),
                    entry.id()
                )?;
                match entry.kind() {
                    "moment" => {
                        let sign = entry.sign().unwrap_or("not sure");
                        writeln!(self.out, "Sign noticed: {sign}\n\n> {}", entry.text())?;
                    }
                    _ => {
                        let list = |words: &mut dyn Iterator<Item = &str>| {
                            words.collect::<Vec<_>>().join(", ")
                        };
                        let ratings = list(
                            &mut entry
                                .ratings()
                                .map(|(k, v)| format!("{k}: {v}"))
                                .collect::<Vec<_>>()
                                .iter()
                                .map(String::as_str),
                        );
                        let fields = [
                            ("Focus", entry.focus().unwrap_or("").to_string()),
                            ("Ratings", ratings),
                            ("Intention", entry.intention().unwrap_or("").to_string()),
                            ("Feelings", list(&mut entry.feelings())),
                            ("Needs", list(&mut entry.needs())),
                            ("Request", entry.request().unwrap_or("").to_string()),
                        ];
                        for (label, value) in fields.iter().filter(|(_, v)| !v.is_empty()) {
                            writeln!(self.out, "- {label}: {value}")?;
                        }
                        if !entry.text().is_empty() {
                            writeln!(self.out, "\n{}", entry.text().trim_end())?;
                        }
                    }
                }
            }
        }
        self.count += 1;
        Ok(())
    }

    /// Ends the export; returns how many entries were written.
    pub fn finish(mut self) -> io::Result<usize> {
        if self.format == Format::Json {
            self.out
                .write_all(if self.count == 0 { b"]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(self.count)
    }
}

/// RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
fn write_csv_field(row: &mut Vec<u8>, field: &str) {
    let bytes = field.as_bytes();
    if bytes.is_empty() {
        return;
    }
    if memchr::memchr3(b',', b'"', b'\n', bytes).is_some() || memchr::memchr(b'\r', bytes).is_some()
    {
        row.push(b'"');
        for (i, part) in field.split('"').enumerate() {
            if i > 0 {
                row.extend_from_slice(b"\"\"");
            }
            row.extend_from_slice(part.as_bytes());
        }
        row.push(b'"');
    } else {
        row.extend_from_slice(bytes);
    }
}

/// Words separated by spaces; no allocation when there are none.
fn spaced<S: AsRef<str>>(words: impl Iterator<Item = S>) -> String {
    let mut text = String::new();
    for word in words {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(word.as_ref());
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{Entry, Record};

    fn export(format: Format, entries: &[Entry]) -> String {
        let mut out = Vec::new();
        let mut exporter = Exporter::new(format, &mut out).unwrap();
        for entry in entries {
            let line = entry.to_line();
            let stored = Stored::parse(line.as_bytes()).unwrap();
            exporter.write(&stored, line.as_bytes()).unwrap();
        }
        exporter.finish().unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn json_export_reads_back_as_the_same_entries() {
        let entries = vec![
            Entry::now(Record::Note {
                text: "line one\nline \"two\"".into(),
            }),
            Entry::now(Record::Moment {
                sign: None,
                mantra_id: "m".into(),
                mantra: "I pause.".into(),
                skills: vec![],
            }),
        ];
        let back: Vec<Entry> = serde_json::from_str(&export(Format::Json, &entries)).unwrap();
        assert_eq!(back, entries);
        let none: Vec<Entry> = serde_json::from_str(&export(Format::Json, &[])).unwrap();
        assert!(none.is_empty());
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let entry = Entry::now(Record::Note {
            text: "we said \"no\", then\nyes".into(),
        });
        let csv = export(Format::Csv, std::slice::from_ref(&entry));
        let mut lines = csv.lines();
        assert_eq!(
            lines.next(),
            Some(
                "id,at,kind,sign,skills,text,mantra_id,focus,ratings,intention,feelings,needs,request"
            )
        );
        assert!(csv.contains(&format!("{},", entry.id)));
        assert!(
            csv.contains(",note,,,\"we said \"\"no\"\", then\nyes\",,,,,,,\n"),
            "{csv}"
        );
    }

    #[test]
    fn markdown_has_a_section_per_entry() {
        let entry = Entry::now(Record::Note {
            text: "A hard talk.".into(),
        });
        let md = export(Format::Markdown, &[entry.clone(), entry]);
        assert!(md.starts_with("# secure-diff journal\n"));
        assert_eq!(md.matches("\n## ").count(), 2);
        assert!(md.contains("A hard talk."));
    }
}
