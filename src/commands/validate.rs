//! `validate`: datasets checked, each against its report text when it can be found.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::{print_error, stdout_with, usage};
use crate::lang::{Lang, plural};
use crate::model::{self, LoadError};

/// `validate`: every file checked, each reported; success only when all are valid.
#[inline(never)]
pub fn validate(
    files: Vec<std::path::PathBuf>,
    data: Vec<std::path::PathBuf>,
    source: Option<&Path>,
    lang: Lang,
) -> Result<ExitCode> {
    let given = match (files.is_empty(), data.is_empty()) {
        (false, false) => {
            return Err(usage(
                "give the datasets to check either as FILE arguments or with --data, not both",
            ));
        }
        (false, true) => files,
        (true, _) => data,
    };
    // A folder gives its datasets: its report texts are what they are checked against.
    let targets: Vec<Option<std::path::PathBuf>> = if given.is_empty() {
        vec![None]
    } else {
        crate::inputs::expand_datasets(&given)?
            .into_iter()
            .map(Some)
            .collect()
    };
    if source.is_some() && targets.len() > 1 {
        return Err(usage(
            "--source names one report text; give one dataset with it, or leave it out and let each dataset find its own text through report.source_file",
        ));
    }
    let report = match source {
        Some(path) => Some(crate::draft::read_report(path)?.text),
        None => None,
    };
    let mut all_valid = true;
    let count = targets.len();
    for (n, target) in targets.into_iter().enumerate() {
        let outcome = check_one(target.as_deref(), report.as_deref(), lang, n + 1 == count);
        match outcome {
            Ok(line) => stdout_with(|out| writeln!(out, "{line}"))?,
            Err(error) => {
                all_valid = false;
                print_error(&anyhow::Error::new(error), lang);
            }
        }
    }
    Ok(if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Validates one dataset (and its quotes against `report`), returning its `ok:` line.
/// The last dataset is not dropped: the process ends next, and freeing a large dataset's
/// strings one by one costs more than a tenth of the whole check.
fn check_one(
    path: Option<&Path>,
    report: Option<&str>,
    lang: Lang,
    last: bool,
) -> Result<String, LoadError> {
    let (name, text) = match path {
        Some(path) => {
            let name = model::file_label(path);
            let text = model::read_text(path, &name)?;
            (name, std::borrow::Cow::Owned(text))
        }
        None => (
            model::BUNDLED_NAME.to_owned(),
            std::borrow::Cow::Borrowed(model::BUNDLED_JSON),
        ),
    };
    let (dataset, warnings) = model::parse_checked(&name, &text)?;
    for line in model::warning_lines(&name, &warnings, lang) {
        eprintln!("{line}");
    }
    match (report, path) {
        (Some(report), _) => model::check_source(&name, &text, &dataset, report)?,
        // Each dataset is checked against its own text, found beside it.
        (None, Some(path)) => {
            let beside = model::source_path(path, &dataset);
            match beside.as_deref().filter(|p| p.is_file()) {
                Some(text_path) => {
                    let report = model::read_text(text_path, &model::file_label(text_path))?;
                    model::check_source(&name, &text, &dataset, &report)?;
                }
                None => {
                    let source = crate::sanitize::quoted(&dataset.report.source_file, 80);
                    match lang {
                        Lang::Zh => eprintln!(
                            "{name}: 注意:数据集旁没有报告原文 {source};未核对引文(可用 --source TEXT 指定)"
                        ),
                        Lang::En => eprintln!(
                            "{name}: note: report text {source} not found beside the dataset; quotes not checked (give --source TEXT)"
                        ),
                    }
                }
            }
        }
        (None, None) => {}
    }
    let projects = dataset.project_count();
    let line = match lang {
        Lang::Zh => format!(
            "通过:{} 中 {} 项数字、{projects} 个项目、{} 条参照",
            name.replace(" (bundled)", "(内置)"),
            dataset.metrics.len(),
            dataset.references.len()
        ),
        Lang::En => format!(
            "ok: {}, {}, {} in {name}",
            plural(dataset.metrics.len(), "figure", "figures"),
            plural(projects, "project", "projects"),
            plural(dataset.references.len(), "reference", "references")
        ),
    };
    if last {
        std::mem::forget(dataset);
        std::mem::forget(text);
    }
    // A warning on stderr is counted on the ok line too, so it is not missed in a long run.
    let line = match (warnings.len(), lang) {
        (0, _) => line,
        (n, Lang::Zh) => format!("{line}(schema 1:{n} 处警告,见上)"),
        (n, Lang::En) => format!(
            "{line} ({} of schema 1, above)",
            plural(n, "warning", "warnings")
        ),
    };
    Ok(line)
}
