//! Writing results to standard output: plain lines for people, JSON for scripts.
//!
//! Every write returns an error instead of panicking, so that a closed pipe
//! (`secure-diff mantra --all | head -1`) ends the program quietly.

use serde::Serialize;
use std::io::{self, BufWriter, StdoutLock, Write};

/// The width text is wrapped to.
pub const WIDTH: usize = 80;

/// Buffered standard output.
pub struct Output {
    out: BufWriter<StdoutLock<'static>>,
}

impl Output {
    /// Standard output, locked for the life of the command.
    pub fn stdout() -> Output {
        Output {
            out: BufWriter::with_capacity(64 * 1024, io::stdout().lock()),
        }
    }

    /// Writes one line.
    pub fn line(&mut self, text: impl AsRef<str>) -> io::Result<()> {
        self.out.write_all(text.as_ref().as_bytes())?;
        self.out.write_all(b"\n")
    }

    /// Writes `text` wrapped to [`WIDTH`], every line after the first indented
    /// by `indent` spaces, the first one starting at `first` columns in.
    pub fn wrapped(&mut self, first: &str, text: &str, indent: usize) -> io::Result<()> {
        for line in wrap(first, text, indent, WIDTH) {
            self.line(line)?;
        }
        Ok(())
    }

    /// Writes `value` as pretty JSON followed by a newline.
    pub fn json<T: Serialize + ?Sized>(&mut self, value: &T) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut self.out, value).map_err(io::Error::from)?;
        self.out.write_all(b"\n")
    }

    /// Writes out what is buffered.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Raw bytes, for formats that stream (`log export`).
impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Word-wraps `text` after a `first` prefix into lines of at most `width`
/// columns (a single longer word stands alone), continuation lines indented.
pub fn wrap(first: &str, text: &str, indent: usize, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = first.to_string();
    let mut empty = first.trim().is_empty();
    for word in text.split_whitespace() {
        let fits = line.chars().count() + 1 + word.chars().count() <= width;
        if !empty && !fits {
            lines.push(std::mem::replace(&mut line, " ".repeat(indent)));
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    lines.push(line);
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_at_the_width_and_indents_what_follows() {
        let lines = wrap("  Calm:", "one two three four five six", 4, 16);
        assert_eq!(lines, ["  Calm: one two", "    three four", "    five six"]);
        assert!(lines.iter().all(|l| l.chars().count() <= 16));
    }

    #[test]
    fn a_word_longer_than_the_width_stands_alone() {
        let lines = wrap("", "a extraordinarily b", 0, 8);
        assert_eq!(lines, ["a", "extraordinarily", "b"]);
    }
}
