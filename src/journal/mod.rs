//! The journal: every reflection a person records, in one private JSON Lines
//! file on their machine.
//!
//! - Created with mode 0600 in a folder of mode 0700, whatever the umask.
//! - An append is whole or absent: an exclusive lock, a fresh line if the file
//!   does not end in a newline (a torn line from a crash stays as it was), one
//!   write, `sync_data`, and only then success.
//! - Reading streams the file, from the end for the newest entries. A line that
//!   cannot be read is kept byte for byte and reported by line number.
//! - Edits, deletions and imports rewrite the file through a temporary file, an
//!   atomic rename and a synced folder, keeping the previous file as a backup.
//!
//! Nothing here prints: unreadable lines are handed back to the caller.

mod entry;
pub mod export;
pub mod filter;

pub use entry::{Entry, FORMAT_VERSION, KINDS, LEVELS, Record, SHORT_ID, Stored, new_id};
pub use filter::Filter;

use anyhow::{Context as _, bail};
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// The journal file and how to treat its folder.
#[derive(Clone, Debug)]
pub struct Journal {
    path: PathBuf,
    own_folder: bool,
}

/// Lines of the journal that could not be read, by line number (1-based).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Unreadable(pub Vec<u64>);

impl Journal {
    /// The journal at `path`. `own_folder` says the folder is ours (the
    /// default place): it is created, or tightened, to mode 0700. A folder the
    /// person named is created if missing but never changed.
    pub fn new(path: PathBuf, own_folder: bool) -> Journal {
        Journal { path, own_folder }
    }

    /// Where the journal is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The backup kept by the last rewrite.
    pub fn backup_path(&self) -> PathBuf {
        let mut name = self.path.file_name().unwrap_or_default().to_os_string();
        name.push(".bak");
        self.path.with_file_name(name)
    }

    fn folder(&self) -> &Path {
        match self.path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        }
    }

    /// Adds an entry at the end, durably; returns only once it is on disk.
    pub fn append(&self, entry: &Entry) -> anyhow::Result<()> {
        let mut line = entry.to_line().into_bytes();
        line.push(b'\n');
        self.append_line(&line)
            .with_context(|| format!("cannot write to the journal {}", self.path.display()))
    }

    fn append_line(&self, line: &[u8]) -> io::Result<()> {
        self.prepare_folder()?;
        loop {
            let mut file = open_private(
                &self.path,
                OpenOptions::new().read(true).append(true).create(true),
            )?;
            file.lock()?;
            // A rewrite may have replaced the file while we waited for the lock:
            // then write to the new one.
            if !same_file(&file, &self.path)? {
                continue;
            }
            let len = file.metadata()?.len();
            let mut buffer = Vec::with_capacity(line.len() + 1);
            if len > 0 && last_byte(&mut file, len)? != Some(b'\n') {
                buffer.push(b'\n');
            }
            buffer.extend_from_slice(line);
            file.write_all(&buffer)?;
            file.sync_data()?;
            return Ok(());
        }
    }

    fn prepare_folder(&self) -> io::Result<()> {
        let folder = self.folder();
        if folder.is_dir() {
            if self.own_folder {
                tighten(folder, 0o700)?;
            }
            return Ok(());
        }
        if let Some(parent) = folder.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent)?;
        }
        create_private_dir(folder)
    }

    /// Opens the journal for reading; `None` when there is none yet.
    fn open_for_reading(&self) -> anyhow::Result<Option<File>> {
        match File::open(&self.path) {
            Ok(file) => {
                if file.metadata()?.is_dir() {
                    bail!(
                        "cannot read the journal {}: it is a folder",
                        self.path.display()
                    );
                }
                Ok(Some(file))
            }
            Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(err) => {
                Err(err).with_context(|| format!("cannot read the journal {}", self.path.display()))
            }
        }
    }

    /// The newest entries that pass `filter`, newest first, at most `limit`.
    ///
    /// Reads from the end of the file and stops as soon as it has enough, or
    /// once entries are older than the filter's start.
    pub fn newest(
        &self,
        filter: &Filter,
        limit: Option<usize>,
    ) -> anyhow::Result<(Vec<Entry>, Unreadable)> {
        let mut found = Vec::new();
        let mut bad_offsets = Vec::new();
        let Some(file) = self.open_for_reading()? else {
            return Ok((found, Unreadable::default()));
        };
        let context = || format!("cannot read the journal {}", self.path.display());
        let mut lines = LinesFromEnd::new(file).with_context(context)?;
        while limit.is_none_or(|n| found.len() < n) {
            let Some((offset, line)) = lines.next_line().with_context(context)? else {
                break;
            };
            if line.iter().all(u8::is_ascii_whitespace) || !filter.might_match(&line) {
                continue;
            }
            match Stored::parse(&line) {
                Ok(entry) => {
                    if filter.is_before_start(&entry) {
                        break;
                    }
                    if filter.matches(&entry) {
                        found.push(entry.to_entry());
                    }
                }
                Err(_) => bad_offsets.push(offset),
            }
        }
        let unreadable = if bad_offsets.is_empty() {
            Unreadable::default()
        } else {
            self.line_numbers(&bad_offsets).with_context(context)?
        };
        Ok((found, unreadable))
    }

    /// Turns byte offsets of line starts into line numbers (rarely needed: only
    /// for unreadable lines found while reading from the end).
    fn line_numbers(&self, offsets: &[u64]) -> io::Result<Unreadable> {
        let mut reader = BufReader::new(File::open(&self.path)?);
        let mut wanted: Vec<u64> = offsets.to_vec();
        wanted.sort_unstable();
        let (mut numbers, mut at, mut line_no, mut buf) = (Vec::new(), 0u64, 1u64, Vec::new());
        for offset in wanted {
            while at < offset {
                buf.clear();
                let n = reader.read_until(b'\n', &mut buf)?;
                if n == 0 {
                    break;
                }
                at += n as u64;
                line_no += 1;
            }
            numbers.push(line_no);
        }
        Ok(Unreadable(numbers))
    }

    /// Every entry that passes `filter`, oldest first, handed to `each` with
    /// its line as written (without the newline).
    pub fn scan(
        &self,
        filter: &Filter,
        mut each: impl FnMut(&Stored<'_>, &[u8]) -> anyhow::Result<()>,
    ) -> anyhow::Result<Unreadable> {
        let mut unreadable = Unreadable::default();
        let Some(file) = self.open_for_reading()? else {
            return Ok(unreadable);
        };
        let mut number = 0u64;
        let read = for_each_line(file, |line| {
            number += 1;
            if line.iter().all(u8::is_ascii_whitespace) || !filter.might_match(line) {
                return Ok(());
            }
            match Stored::parse(line) {
                Ok(entry) if filter.matches(&entry) => each(&entry, line)?,
                Ok(_) => {}
                Err(_) => unreadable.0.push(number),
            }
            Ok(())
        });
        match read {
            Ok(()) => Ok(unreadable),
            Err(err) if err.is::<io::Error>() => {
                Err(err.context(format!("cannot read the journal {}", self.path.display())))
            }
            Err(err) => Err(err),
        }
    }

    /// The entry whose id begins with `prefix`; an error when none does or
    /// when more than one does.
    pub fn find(&self, prefix: &str) -> anyhow::Result<(Entry, Unreadable)> {
        let prefix = prefix.trim().to_lowercase();
        if prefix.is_empty() {
            bail!("give the id of an entry (as `secure-diff log` shows it)");
        }
        let mut matches = Vec::new();
        let unreadable = self.scan(&Filter::default(), |entry, _| {
            if entry.id().starts_with(&prefix) {
                matches.push(entry.to_entry());
            }
            Ok(())
        })?;
        match matches.len() {
            1 => Ok((matches.remove(0), unreadable)),
            0 => bail!("no entry has an id beginning with '{prefix}'"),
            n => {
                let ids: Vec<&str> = matches.iter().map(|e| e.id.as_str()).collect();
                bail!(
                    "{n} entries have an id beginning with '{prefix}' ({}); give more of the id",
                    ids.join(", ")
                )
            }
        }
    }

    /// Replaces the entry with `id` by `with`, or removes it when `with` is
    /// `None`. Every other line stays byte for byte; the previous file is kept
    /// as the backup.
    pub fn replace(&self, id: &str, with: Option<&Entry>) -> anyhow::Result<()> {
        let mut found = false;
        self.rewrite(|reader, out| {
            let mut line = Vec::new();
            while reader.read_until(b'\n', &mut line)? > 0 {
                let is_it = Stored::parse(&line).is_ok_and(|e| e.id() == id);
                if is_it && !found {
                    found = true;
                    if let Some(entry) = with {
                        out.write_all(entry.to_line().as_bytes())?;
                        out.write_all(b"\n")?;
                    }
                } else {
                    out.write_all(&line)?;
                }
                line.clear();
            }
            Ok(())
        })?;
        if !found {
            bail!("no entry has the id '{id}'");
        }
        Ok(())
    }

    /// Adds entries whose ids the journal does not have yet, each in its place
    /// by time; returns how many were added and how many were already there.
    pub fn import(&self, mut entries: Vec<Entry>) -> anyhow::Result<(usize, usize)> {
        let mut known = std::collections::HashSet::new();
        self.scan(&Filter::default(), |entry, _| {
            known.insert(entry.id().to_string());
            Ok(())
        })?;
        let total = entries.len();
        entries.retain(|e| !known.contains(&e.id));
        entries.sort_by(|a, b| a.id.cmp(&b.id));
        entries.dedup_by(|a, b| a.id == b.id);
        let added = entries.len();
        if added == 0 {
            return Ok((0, total));
        }
        if !self.path.exists() {
            self.prepare_folder()
                .and_then(|()| {
                    open_private(&self.path, OpenOptions::new().append(true).create(true))
                })
                .with_context(|| format!("cannot create the journal {}", self.path.display()))?;
        }
        let mut pending = entries.into_iter().peekable();
        self.rewrite(|reader, out| {
            let mut line = Vec::new();
            while reader.read_until(b'\n', &mut line)? > 0 {
                if let Ok(entry) = Stored::parse(&line) {
                    while let Some(new) = pending.next_if(|n| n.id.as_str() < entry.id()) {
                        out.write_all(new.to_line().as_bytes())?;
                        out.write_all(b"\n")?;
                    }
                }
                out.write_all(&line)?;
                if !line.ends_with(b"\n") {
                    out.write_all(b"\n")?;
                }
                line.clear();
            }
            for new in pending.by_ref() {
                out.write_all(new.to_line().as_bytes())?;
                out.write_all(b"\n")?;
            }
            Ok(())
        })?;
        Ok((added, total - added))
    }

    /// Rewrites the journal under its lock: the current file is copied to the
    /// backup, `transform` writes the new content into a temporary file in the
    /// same folder, which is synced and renamed over the journal; then the
    /// folder is synced.
    fn rewrite(
        &self,
        transform: impl FnOnce(&mut dyn BufRead, &mut dyn Write) -> io::Result<()>,
    ) -> anyhow::Result<()> {
        let context = || format!("cannot rewrite the journal {}", self.path.display());
        let file = loop {
            let file = File::open(&self.path).with_context(context)?;
            file.lock().with_context(context)?;
            if same_file(&file, &self.path).with_context(context)? {
                break file;
            }
        };
        let backup = self.backup_path();
        copy_private(&self.path, &backup)
            .with_context(|| format!("cannot keep a backup at {}", backup.display()))?;

        let temp = self.folder().join(format!(
            ".{}.tmp-{}",
            self.path.file_name().unwrap_or_default().to_string_lossy(),
            std::process::id()
        ));
        let result = (|| -> io::Result<()> {
            let out = open_private(&temp, OpenOptions::new().write(true).create_new(true))?;
            let mut writer = io::BufWriter::new(&out);
            transform(&mut BufReader::new(&file), &mut writer)?;
            writer.flush()?;
            drop(writer);
            out.sync_all()?;
            fs::rename(&temp, &self.path)?;
            File::open(self.folder())?.sync_all()
        })();
        if result.is_err() {
            let _ = fs::remove_file(&temp);
        }
        result.with_context(context)
    }
}

/// Hands each line of a file (without its newline) to `each`, first to last,
/// reading in large chunks and never copying a line.
fn for_each_line(
    mut file: File,
    mut each: impl FnMut(&[u8]) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut buffer = vec![0u8; 256 * 1024];
    // `buffer[..filled]` holds bytes read but not yet handed out.
    let mut filled = 0;
    loop {
        if filled == buffer.len() {
            buffer.resize(buffer.len() * 2, 0);
        }
        let read = file.read(&mut buffer[filled..])?;
        filled += read;
        let mut start = 0;
        while let Some(end) = memchr::memchr(b'\n', &buffer[start..filled]) {
            each(&buffer[start..start + end])?;
            start += end + 1;
        }
        if read == 0 {
            if start < filled {
                each(&buffer[start..filled])?;
            }
            return Ok(());
        }
        buffer.copy_within(start..filled, 0);
        filled -= start;
    }
}

/// Reads a file's lines from the last to the first, in chunks.
struct LinesFromEnd {
    file: File,
    /// Where the part not yet read begins.
    pos: u64,
    /// Bytes read but not yet handed out: the start of a line whose beginning
    /// lies further back, followed by whole lines.
    pending: Vec<u8>,
}

impl LinesFromEnd {
    const CHUNK: u64 = 64 * 1024;

    fn new(mut file: File) -> io::Result<LinesFromEnd> {
        let pos = file.seek(SeekFrom::End(0))?;
        Ok(LinesFromEnd {
            file,
            pos,
            pending: Vec::new(),
        })
    }

    /// The previous line (without its newline) and the offset where it starts.
    fn next_line(&mut self) -> io::Result<Option<(u64, Vec<u8>)>> {
        loop {
            // A line ends at the end of `pending`; it starts after the last
            // newline before that end, if that newline has been read.
            let end = if self.pending.last() == Some(&b'\n') {
                self.pending.len() - 1
            } else {
                self.pending.len()
            };
            if let Some(nl) = self.pending[..end].iter().rposition(|&b| b == b'\n') {
                let line = self.pending[nl + 1..end].to_vec();
                self.pending.truncate(nl + 1);
                return Ok(Some((self.pos + nl as u64 + 1, line)));
            }
            if self.pos == 0 {
                if self.pending.is_empty() {
                    return Ok(None);
                }
                let line = self.pending[..end].to_vec();
                self.pending.clear();
                return Ok(Some((0, line)));
            }
            let size = Self::CHUNK.min(self.pos);
            self.pos -= size;
            let mut chunk = vec![0; size as usize];
            self.file.seek(SeekFrom::Start(self.pos))?;
            self.file.read_exact(&mut chunk)?;
            chunk.extend_from_slice(&self.pending);
            self.pending = chunk;
        }
    }
}

fn last_byte(file: &mut File, len: u64) -> io::Result<Option<u8>> {
    let mut byte = [0u8; 1];
    file.seek(SeekFrom::Start(len - 1))?;
    match file.read(&mut byte)? {
        1 => Ok(Some(byte[0])),
        _ => Ok(None),
    }
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> io::Result<bool> {
    use std::os::unix::fs::MetadataExt;
    let open = file.metadata()?;
    if !open.is_file() {
        return Ok(true);
    }
    match fs::metadata(path) {
        Ok(now) => Ok(now.dev() == open.dev() && now.ino() == open.ino()),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(err) => Err(err),
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, _path: &Path) -> io::Result<bool> {
    Ok(true)
}

/// Opens (or creates) a file so that a new one is readable by its owner only,
/// and an existing regular file that others could read is tightened to 0600.
fn open_private(path: &Path, options: &mut OpenOptions) -> io::Result<File> {
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(options, 0o600);
    let file = options.open(path)?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(io::Error::other("it is a folder"));
    }
    if meta.is_file() {
        tighten_file(&file, meta)?;
    }
    Ok(file)
}

#[cfg(unix)]
fn tighten_file(file: &File, meta: fs::Metadata) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    if meta.permissions().mode() & 0o077 != 0 {
        file.set_permissions(fs::Permissions::from_mode(0o600))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn tighten_file(_file: &File, _meta: fs::Metadata) -> io::Result<()> {
    Ok(())
}

#[cfg(unix)]
fn tighten(folder: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let meta = fs::metadata(folder)?;
    if meta.permissions().mode() & 0o777 != mode {
        fs::set_permissions(folder, fs::Permissions::from_mode(mode))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn tighten(_folder: &Path, _mode: u32) -> io::Result<()> {
    Ok(())
}

fn create_private_dir(folder: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    match builder.create(folder) {
        Ok(()) => tighten(folder, 0o700),
        Err(err) if err.kind() == io::ErrorKind::AlreadyExists && folder.is_dir() => Ok(()),
        Err(err) => Err(err),
    }
}

/// Creates (or empties) a file only its owner can read: exports hold the
/// journal's words too.
pub fn create_private_file(path: &Path) -> io::Result<File> {
    open_private(
        path,
        OpenOptions::new().write(true).create(true).truncate(true),
    )
}

/// Copies a file to a private file, synced.
fn copy_private(from: &Path, to: &Path) -> io::Result<()> {
    let mut source = File::open(from)?;
    let mut target = open_private(
        to,
        OpenOptions::new().write(true).create(true).truncate(true),
    )?;
    io::copy(&mut source, &mut target)?;
    target.sync_all()
}

#[cfg(test)]
mod tests;
