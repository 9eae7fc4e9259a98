//! The subcommands' work, one file each; `main` parses the command line and dispatches here.
//!
//! Each command's entry point is `#[inline(never)]`: inlined into the dispatch, every command's
//! code would sit inside the function the dashboard runs at start, and the start-up code that
//! build.rs places together would carry all of it into resident memory.

mod config;
mod dashboard;
mod draft;
mod print;
mod render;
mod validate;

use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::Result;

use crate::lang::Lang;
use crate::model::{self, Dataset, LoadError};
use crate::sanitize;

pub use config::{config, config_set_aside, print_config_problems};
pub use dashboard::dashboard;
pub use draft::draft;
pub use print::{completions, export, indicators, man, schema};
pub use render::render;
pub use validate::validate;

/// A mistake in the command line's words (exit 2), as opposed to a failure to do what it said.
#[derive(Debug)]
pub struct Usage(pub String);

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Usage {}

/// Fails with a command-line mistake.
pub fn usage(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Usage(message.into()))
}

/// Loads `--data FILE` or the bundled dataset; a file that is not a JSON dataset is read as a
/// report text and drafted in memory.
pub fn load(data: Option<&Path>) -> Result<Dataset> {
    match data {
        Some(path) if !crate::draft::looks_like_json(path) => {
            Ok(crate::draft::draft_file(path)?.dataset)
        }
        Some(path) => Ok(model::load_file(path)?),
        None => Ok(model::load_bundled()?),
    }
}

/// Runs `write` on a buffered, locked standard output and flushes it.
pub fn stdout_with(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    write(&mut out)?;
    out.flush()
}

/// Prints an error to stderr: a dataset's problems one per line as `FILE:LINE:COL: …`, any
/// other error as `zonedash: …`; never a raw control character.
pub fn print_error(error: &anyhow::Error, lang: Lang) {
    let load = error.downcast_ref::<LoadError>().or_else(|| {
        error
            .downcast_ref::<crate::draft::DraftError>()
            .and_then(|e| match e {
                crate::draft::DraftError::Read(load) => Some(load),
                _ => None,
            })
    });
    let output = error.downcast_ref::<crate::output::OutputError>();
    let text = match (load, output) {
        (Some(load), _) => load.in_lang(lang),
        // The words are the output error's; what the system said, if anything, follows.
        (None, Some(output)) if lang == Lang::Zh => match error.root_cause().to_string() {
            root if root == output.to_string() => format!("zonedash: {}", output.in_lang(lang)),
            root => format!("zonedash: {}: {root}", output.in_lang(lang)),
        },
        _ => format!("zonedash: {error:#}"),
    };
    let text = sanitize::without_os_error(&text);
    let mut err = io::stderr().lock();
    for line in text.lines() {
        // A failed write to stderr has nowhere left to be reported.
        let _ = writeln!(err, "{}", sanitize::escape(line));
    }
}
