//! Writing a user's file safely: never over an existing one unless asked, never over anything
//! but a regular file, never half-written, no temporary file left behind.

use std::fs::Permissions;
use std::io::{self, BufWriter, Write};
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::Path;
use std::sync::atomic::AtomicUsize;

use anyhow::{Context, Result};

use crate::{sanitize, signals};

/// Writes `path` through `write`: into a temporary file in the same folder, then renamed into
/// place, so a failure (full disk, `ulimit -f`, read-only folder) leaves any old file intact.
/// An existing regular file (or a symbolic link, replaced itself, its target untouched) is
/// replaced only when `force` is set; a device, FIFO, socket or folder never is. A new file
/// gets the mode the umask gives, a replaced one keeps its own. A signal that would end the
/// process (Ctrl-C, `kill`, a closed terminal) removes the temporary file first.
pub fn write_atomically(
    path: &Path,
    force: bool,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let shown = sanitize::escape(&path.to_string_lossy()).into_owned();
    // Past a file-size limit (`ulimit -f`) the kernel sends SIGXFSZ, which is caught with the
    // others: the write fails instead and the temporary file is removed.
    let caught = signals::catch_ending();
    let existing = path.symlink_metadata().ok();
    let mode = match &existing {
        None => 0o666,
        Some(_) if !force => return Err(OutputError::Exists { file: shown }.into()),
        Some(meta) if meta.file_type().is_symlink() => 0o666,
        Some(meta) if meta.is_file() => meta.permissions().mode() & 0o7777,
        Some(meta) => {
            return Err(OutputError::NotRegular {
                file: shown,
                kind: kind_of(&meta.file_type()),
            }
            .into());
        }
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let temp = tempfile::Builder::new()
        .prefix(".zonedash-")
        .suffix(".tmp")
        // Created with the umask applied, as any new file would be.
        .permissions(Permissions::from_mode(0o666))
        .tempfile_in(folder)
        .map_err(|e| OutputError::NoTemporary {
            file: shown.clone(),
            reason: sanitize::io_reason(&e),
        })?;
    let failed = || OutputError::WriteFailed {
        file: shown.clone(),
    };
    let mut out = BufWriter::new(Watched {
        inner: temp,
        caught: &caught,
    });
    let written = write(&mut out).and_then(|()| out.flush());
    let temp = match out.into_inner() {
        Ok(watched) => watched.inner,
        Err(error) => {
            drop(error);
            return stop_if_signalled(&caught).with_context(failed);
        }
    };
    if let Err(error) = written {
        drop(temp);
        stop_if_signalled(&caught)?;
        return Err(error).with_context(failed);
    }
    if existing.as_ref().is_some_and(|meta| meta.is_file()) {
        // A replaced file keeps its own mode (the umask is not applied to a chmod).
        temp.as_file()
            .set_permissions(Permissions::from_mode(mode))
            .with_context(failed)?;
    }
    temp.as_file().sync_all().with_context(failed)?;
    if let Some(signal) = stopping(&caught) {
        drop(temp);
        signals::die_of(signal);
    }
    let placed = if force {
        temp.persist(path).map(drop)
    } else {
        temp.persist_noclobber(path).map(drop)
    };
    placed.map_err(|e| e.error).map_err(|e| {
        OutputError::NotPlaced {
            file: shown.clone(),
            reason: sanitize::io_reason(&e),
        }
        .into()
    })
}

/// Why a file was not written, in words a person can act on, in either language.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("{file}: already exists; add --force to replace it")]
    Exists { file: String },
    #[error("{file}: is {kind}, not a regular file; refusing to replace it")]
    NotRegular { file: String, kind: &'static str },
    #[error("{file}: cannot create a temporary file beside it: {reason}")]
    NoTemporary { file: String, reason: String },
    #[error("{file}: write failed; nothing was replaced")]
    WriteFailed { file: String },
    #[error("{file}: cannot move the finished file into place: {reason}")]
    NotPlaced { file: String, reason: String },
}

impl OutputError {
    /// The message in `lang`.
    pub fn in_lang(&self, lang: crate::lang::Lang) -> String {
        if lang == crate::lang::Lang::En {
            return self.to_string();
        }
        match self {
            OutputError::Exists { file } => format!("{file}:已存在;加 --force 才会替换它"),
            OutputError::NotRegular { file, kind } => {
                format!("{file}:是{kind},不是普通文件;不替换")
            }
            OutputError::NoTemporary { file, reason } => {
                format!("{file}:无法在旁边创建临时文件:{reason}")
            }
            OutputError::WriteFailed { file } => format!("{file}:写入失败;原文件未被替换"),
            OutputError::NotPlaced { file, reason } => {
                format!("{file}:无法把写好的文件放到位:{reason}")
            }
        }
    }
}

/// Ends the process as the caught signal would have, now that the temporary file is gone;
/// `Ok` when no signal came.
fn stop_if_signalled(caught: &AtomicUsize) -> Result<()> {
    match stopping(caught) {
        Some(signal) => signals::die_of(signal),
        None => Ok(()),
    }
}

/// The caught signal that asks the process to end: `SIGXFSZ` (past `ulimit -f`) only makes
/// the write fail, which is reported like any other failed write.
fn stopping(caught: &AtomicUsize) -> Option<i32> {
    signals::caught(caught).filter(|s| *s != signal_hook::consts::SIGXFSZ)
}

/// What a file that is not a regular one is, for the message that refuses it.
fn kind_of(kind: &std::fs::FileType) -> &'static str {
    if kind.is_dir() {
        "a folder"
    } else if kind.is_char_device() {
        "a character device"
    } else if kind.is_block_device() {
        "a block device"
    } else if kind.is_fifo() {
        "a FIFO"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "a special file"
    }
}

/// The temporary file, refusing further writes once a signal has come, so the write stops
/// and the file is removed before the process ends.
struct Watched<'a> {
    inner: tempfile::NamedTempFile,
    caught: &'a AtomicUsize,
}

impl Write for Watched<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if stopping(self.caught).is_some() {
            // Not `Interrupted`, which `write_all` would retry.
            return Err(io::Error::other("stopped by a signal"));
        }
        self.inner.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}
