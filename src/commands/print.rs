//! The commands that print a document: `export`, `indicators`, `schema`, `completions`, `man`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use super::{load_one, open_app, stdout_with, usage};
use crate::cli::Cli;
use crate::export::{self, Format, Table};
use crate::lang::Lang;
use crate::model;

/// What `export` was asked for.
#[derive(Debug, Clone)]
pub struct ExportAsked {
    pub table: Table,
    pub format: Format,
    /// Compare this indicator across every report given, instead of one report's table.
    pub compare: Option<String>,
    pub output: Option<PathBuf>,
    pub force: bool,
}

/// `export`: a table of the one report given (or the bundled dataset) to stdout, or to
/// `output`; with `compare`, that indicator across every report given.
#[inline(never)]
pub fn export(given: &[PathBuf], asked: &ExportAsked, lang: Lang) -> Result<ExitCode> {
    match &asked.compare {
        Some(id) => {
            let app = open_app(given, lang, (0, 0))?;
            for failure in &app.failures {
                eprintln!("{}", lang.pick(&failure.error_zh, &failure.error_en));
            }
            let Some(comparison) = app.comparison(id) else {
                return Err(unknown_indicator(id, lang));
            };
            emit(asked, |out| {
                export::compare::write(&app.docs, &comparison, asked.format, out)
            })?;
        }
        None => {
            let dataset = load_one(given, lang)?;
            emit(asked, |out| {
                export::write(&dataset, asked.table, asked.format, out)
            })?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `write` on stdout, or on `asked.output` written atomically.
fn emit(
    asked: &ExportAsked,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    match asked.output.as_deref() {
        Some(path) => crate::output::write_atomically(path, asked.force, write)?,
        None => stdout_with(write)?,
    }
    Ok(())
}

/// A command-line mistake: no standard indicator has `id`.
pub fn unknown_indicator(id: &str, lang: Lang) -> anyhow::Error {
    let id = crate::sanitize::quoted(id, 60);
    usage(match lang {
        Lang::Zh => format!("没有 id 为 {id} 的标准指标(zonedash indicators 列出全部)"),
        Lang::En => {
            format!("no standard indicator has the id {id} (zonedash indicators lists them)")
        }
    })
}

/// `indicators`: the indicator catalogue.
#[inline(never)]
pub fn indicators() -> Result<ExitCode> {
    stdout_with(|out| write!(out, "{}", model::indicators::listing()))?;
    Ok(ExitCode::SUCCESS)
}

/// `schema`: the dataset format as JSON Schema.
#[inline(never)]
pub fn schema() -> Result<ExitCode> {
    stdout_with(|out| writeln!(out, "{}", model::schema_json()))?;
    Ok(ExitCode::SUCCESS)
}

/// `completions SHELL`: a completion script.
#[inline(never)]
pub fn completions(shell: clap_complete::Shell) -> Result<ExitCode> {
    let mut command = <Cli as clap::CommandFactory>::command();
    stdout_with(|out| {
        clap_complete::generate(shell, &mut command, "zonedash", out);
        Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

/// `man`: the manual page in roff.
#[inline(never)]
pub fn man() -> Result<ExitCode> {
    stdout_with(|out| crate::manpage::write(out))?;
    Ok(ExitCode::SUCCESS)
}
