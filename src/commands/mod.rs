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
mod upgrade;
mod validate;

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use anyhow::Result;

use crate::app::{App, Doc, LoadFailure, Loaded};
use crate::lang::Lang;
use crate::model::{self, Dataset};

pub use config::{config, config_set_aside, print_config_problems};
pub use dashboard::dashboard;
pub use draft::draft;
pub use print::{ExportAsked, completions, export, indicators, man, schema, unknown_indicator};
pub use render::render;
pub use upgrade::upgrade;
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

/// Loads the one report of `given` (or the bundled dataset when none is); a file that is not a
/// JSON dataset is read as a report text and drafted in memory. More than one report, or a
/// folder of them, is a mistake of `export`'s command line.
pub fn load_one(given: &[PathBuf], lang: Lang) -> Result<Dataset> {
    let files = crate::inputs::expand(given)?;
    match files.as_slice() {
        [] => Ok(model::load_bundled()?),
        [path] if !crate::draft::looks_like_json(path) => {
            Ok(crate::draft::draft_file(path)?.dataset)
        }
        [path] => {
            let (dataset, warnings) = model::load_file_checked(path)?;
            let name = model::file_label(path);
            for line in model::warning_lines(&name, &warnings, lang) {
                eprintln!("{line}");
            }
            Ok(dataset)
        }
        more => Err(usage(match lang {
            Lang::Zh => format!(
                "export 一次导出一份报告(给了 {} 个文件);要在多份报告间比较一个指标,用 --compare ID",
                more.len()
            ),
            Lang::En => format!(
                "export writes one report at a time ({} files given); to compare one indicator across them, use --compare ID",
                more.len()
            ),
        })),
    }
}

/// Every report of `given` (the bundled dataset when none is), opened as the dashboard opens
/// them, several at once: the first that opens is on screen, the others follow in order, and
/// a file that fails is kept with its reason (in `failures`, as the picker lists it). A single
/// file that fails, or every file failing, is an error.
pub fn open_app(given: &[PathBuf], lang: Lang, size: (u16, u16)) -> Result<App> {
    let files = crate::inputs::expand(given)?;
    if files.len() <= 1 {
        let doc = match files.first() {
            Some(path) => crate::loader::open_doc(path)?,
            None => Doc::opened(model::load_bundled()?, model::BUNDLED_NAME.into(), false),
        };
        return Ok(App::with_doc(doc, lang, size));
    }
    let pending = crate::loader::Pending {
        files,
        open: std::sync::Arc::new(crate::loader::open_report),
    };
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let loaded = crate::loader::spawn(pending, workers, None)?.wait_all();
    let (mut app, mut failed_first) = (None::<App>, Vec::new());
    for l in loaded {
        match (&mut app, l) {
            (Some(app), l) => app.receive(l),
            (None, Loaded::Doc(doc)) => app = Some(App::with_doc(*doc, lang, size)),
            (None, Loaded::Failed(failure)) => failed_first.push(failure),
        }
    }
    let Some(mut app) = app else {
        return Err(every_file_failed(&failed_first, lang));
    };
    failed_first.append(&mut app.failures);
    app.failures = failed_first;
    Ok(app)
}

/// The error when none of several files opened: each file's first problem, a line each.
pub fn every_file_failed(failures: &[LoadFailure], lang: Lang) -> anyhow::Error {
    let lines: Vec<&str> = failures
        .iter()
        .map(|f| lang.pick(&f.error_zh, &f.error_en))
        .collect();
    anyhow::anyhow!(
        "{}\n{}",
        lang.pick(
            "没有一份报告能打开:",
            "none of the reports could be opened:"
        ),
        lines.join("\n")
    )
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
    let text = crate::errors::describe(error, lang);
    let mut err = io::stderr().lock();
    for line in text.lines() {
        // A failed write to stderr has nowhere left to be reported.
        let _ = writeln!(err, "{line}");
    }
}
