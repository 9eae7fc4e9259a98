//! Writing a user's file safely: never over an existing one unless asked, never half-written.

use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::sanitize;

/// Writes `path` through `write`: into a temporary file in the same folder, then renamed into
/// place, so a failure (full disk, `ulimit -f`, read-only folder) leaves any old file intact.
/// An existing file is replaced only when `force` is set.
pub fn write_atomically(
    path: &Path,
    force: bool,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let shown = sanitize::escape(&path.to_string_lossy()).into_owned();
    // Past a file-size limit (`ulimit -f`) the kernel sends SIGXFSZ, which would kill the process
    // mid-write and leave the temporary file behind; with a handler the write fails instead.
    let _ = signal_hook::flag::register(
        signal_hook::consts::SIGXFSZ,
        std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
    );
    if !force && path.symlink_metadata().is_ok() {
        bail!("{shown}: already exists; add --force to replace it");
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let temp = tempfile::Builder::new()
        .prefix(".zonedash-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .with_context(|| format!("{shown}: cannot create a temporary file beside it"))?;
    let mut out = BufWriter::new(temp);
    write(&mut out)
        .and_then(|()| out.flush())
        .with_context(|| format!("{shown}: write failed; nothing was replaced"))?;
    let temp = out
        .into_inner()
        .map_err(|e| e.into_error())
        .with_context(|| format!("{shown}: write failed; nothing was replaced"))?;
    temp.as_file()
        .sync_all()
        .with_context(|| format!("{shown}: write failed; nothing was replaced"))?;
    let placed = if force {
        temp.persist(path).map(drop)
    } else {
        temp.persist_noclobber(path).map(drop)
    };
    placed
        .map_err(|e| e.error)
        .with_context(|| format!("{shown}: cannot move the finished file into place"))
}
