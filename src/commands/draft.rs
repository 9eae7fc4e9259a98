//! `draft`: a report's plain text read into a dataset, written as JSON.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::stdout_with;
use crate::lang::Lang;
use crate::{draft as drafting, model, sanitize};

/// `draft`: the dataset as JSON on stdout or in FILE; what was skipped on stderr.
#[inline(never)]
pub fn draft(report: &Path, output: Option<&Path>, force: bool, lang: Lang) -> Result<ExitCode> {
    let drafted = drafting::draft_file(report)?;
    let json = serde_json::to_string_pretty(&drafted.dataset)?;
    match output {
        Some(path) => crate::output::write_atomically(path, force, |out| writeln!(out, "{json}"))?,
        None => stdout_with(|out| writeln!(out, "{json}"))?,
    }
    let mut err = io::stderr().lock();
    for line in drafting::skipped_lines(&drafted, &model::file_label(report), lang) {
        let _ = writeln!(err, "{}", sanitize::escape(&line));
    }
    Ok(ExitCode::SUCCESS)
}
