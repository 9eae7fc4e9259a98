//! `upgrade`: a dataset of an older schema written in the current one, or refused with what
//! the current one asks to fix first.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::stdout_with;
use crate::lang::Lang;
use crate::{model, sanitize};

/// `upgrade`: `file` in schema [`model::CURRENT_SCHEMA_VERSION`] on stdout or in `output`;
/// refused (exit 1, nothing written) while it holds readings the current schema refuses.
#[inline(never)]
pub fn upgrade(file: &Path, output: Option<&Path>, force: bool, lang: Lang) -> Result<ExitCode> {
    let name = model::file_label(file);
    let text = model::read_text(file, &name)?;
    let (mut dataset, warnings) = model::parse_checked(&name, &text)?;
    let mut err = io::stderr().lock();
    if !warnings.is_empty() {
        for line in model::warning_lines(&name, &warnings, lang) {
            let _ = writeln!(err, "{line}");
        }
        let shown = sanitize::escape(&name);
        let n = warnings.len();
        let _ = writeln!(
            err,
            "{}",
            match lang {
                Lang::Zh => format!(
                    "{shown}: 未升级:schema 2 不接受上面 {n} 处;请先在原文件中改正(它仍可按 schema 1 读取)"
                ),
                Lang::En => format!(
                    "{shown}: not upgraded: schema 2 refuses {} above; fix {} in the file first (it still loads as schema 1)",
                    crate::lang::plural(n, "reading", "readings"),
                    if n == 1 { "it" } else { "them" }
                ),
            }
        );
        return Ok(ExitCode::FAILURE);
    }
    let from = dataset.schema_version;
    dataset.schema_version = model::CURRENT_SCHEMA_VERSION;
    // What is written must load as it is: the check runs again on the new version, named as
    // the text it is (its lines are not the file's).
    let json = serde_json::to_string_pretty(&dataset)?;
    model::parse(&format!("{name} (upgraded)"), &json)?;
    match output {
        Some(path) => crate::output::write_atomically(path, force, |out| writeln!(out, "{json}"))?,
        None => stdout_with(|out| writeln!(out, "{json}"))?,
    }
    if from == model::CURRENT_SCHEMA_VERSION {
        let shown = sanitize::escape(&name);
        let _ = writeln!(
            err,
            "{}",
            match lang {
                Lang::Zh => format!("{shown}: 已是 schema {from},按当前格式重新写出"),
                Lang::En =>
                    format!("{shown}: already schema {from}; written again in its current form"),
            }
        );
    }
    Ok(ExitCode::SUCCESS)
}
