//! The commands that print a document: `export`, `indicators`, `schema`, `completions`, `man`.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::{load, stdout_with};
use crate::cli::Cli;
use crate::export::{self, Format, Table};
use crate::model;

/// `export`: a table of `data` (or the bundled dataset) to stdout, or to `output`.
#[inline(never)]
pub fn export(
    data: Option<&Path>,
    table: Table,
    format: Format,
    output: Option<&Path>,
    force: bool,
) -> Result<ExitCode> {
    let dataset = load(data)?;
    match output {
        Some(path) => crate::output::write_atomically(path, force, |out| {
            export::write(&dataset, table, format, out)
        })?,
        None => stdout_with(|out| export::write(&dataset, table, format, out))?,
    }
    Ok(ExitCode::SUCCESS)
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
