//! The dashboard: the report opened behind the first frame, then the event loop.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Result;

use super::{every_file_failed, print_config_problems};
use crate::app::{App, Doc, Loaded};
use crate::lang::Lang;
use crate::loader::{Pending, open_doc, open_report};
use crate::model;
use crate::settings::Settings;
use crate::tui;
use crate::ui::opening::Opening;
use crate::ui::theme::Theme;

/// Opens the dashboard on the reports `given` (or the bundled dataset) until the user quits:
/// the first behind the opening frame, the others loading behind the dashboard.
#[inline(never)]
pub fn dashboard(given: &[PathBuf], settings: &Settings) -> Result<ExitCode> {
    let lang = settings.lang.0;
    let notice = settings
        .problems
        .first()
        .map(|p| p.in_lang(lang))
        .map(|first| {
            print_config_problems(settings);
            let more = settings.problems.len() - 1;
            match (lang, more) {
                (Lang::Zh, 0) => format!("配置文件未用,用默认设置:{first}"),
                (Lang::Zh, n) => {
                    format!("配置文件未用,用默认设置(另有 {n} 处问题):{first}")
                }
                (Lang::En, 0) => format!("config file set aside, defaults used: {first}"),
                (Lang::En, n) => {
                    format!("config file set aside, defaults used ({n} more problems): {first}")
                }
            }
        });
    let files = crate::inputs::expand(given)?;
    let opening = Opening {
        name: files
            .first()
            .map_or_else(|| model::BUNDLED_NAME.to_owned(), |p| model::file_label(p)),
        bytes: match files.first() {
            Some(path) => std::fs::metadata(path).ok().map(|m| m.len()),
            None => Some(model::BUNDLED_JSON.len() as u64),
        },
        others: files.len().saturating_sub(1),
        lang,
    };
    let keys = settings.keys.clone();
    // Read and checked behind the first frame, which names the file.
    let open = move || {
        let (mut app, rest) = open_first(files, lang)?;
        app.keys = keys;
        app.notice = notice;
        Ok((app, rest))
    };
    let theme = Theme::for_terminal_named(settings.theme.0);
    tui::run_opening(open, &opening, &settings.keys, &theme)?;
    Ok(ExitCode::SUCCESS)
}

/// The dashboard on the first of `files` that opens (the bundled dataset when there are
/// none), those that failed before it listed; the files after it are left to the background
/// loader. One file alone that fails, or every file failing, is an error.
fn open_first(files: Vec<PathBuf>, lang: Lang) -> Result<(App, Option<Pending>)> {
    let size = (0, 0);
    match files.as_slice() {
        [] => {
            let data = model::load_bundled()?;
            let doc = Doc::opened(data, model::BUNDLED_NAME.into(), false);
            return Ok((App::with_doc(doc, lang, size), None));
        }
        [only] => return Ok((App::with_doc(open_doc(only)?, lang, size), None)),
        _ => {}
    }
    let mut failed = Vec::new();
    for (at, path) in files.iter().enumerate() {
        match open_report(path) {
            Loaded::Doc(doc) => {
                let mut app = App::with_doc(*doc, lang, size);
                app.failures = failed;
                let pending = Pending {
                    files: files[at + 1..].to_vec(),
                    open: Arc::new(open_report),
                };
                return Ok((app, Some(pending)));
            }
            Loaded::Failed(failure) => failed.push(failure),
        }
    }
    Err(every_file_failed(&failed, lang))
}
