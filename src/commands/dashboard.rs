//! The dashboard: the report opened behind the first frame, then the event loop.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::{load, print_config_problems};
use crate::app::App;
use crate::lang::Lang;
use crate::model;
use crate::settings::Settings;
use crate::tui;
use crate::ui::opening::Opening;
use crate::ui::theme::Theme;

/// Opens the dashboard on `data` (or the bundled dataset) until the user quits.
#[inline(never)]
pub fn dashboard(data: Option<&Path>, settings: &Settings) -> Result<ExitCode> {
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
    let opening = Opening {
        name: data.map_or_else(|| model::BUNDLED_NAME.to_owned(), model::file_label),
        bytes: match data {
            Some(path) => std::fs::metadata(path).ok().map(|m| m.len()),
            None => Some(model::BUNDLED_JSON.len() as u64),
        },
        lang,
    };
    let keys = settings.keys.clone();
    let data = data.map(Path::to_path_buf);
    // Read and checked behind the first frame, which names the file.
    let open = move || {
        let mut app = App::new(load(data.as_deref())?, lang, (0, 0));
        app.keys = keys;
        app.notice = notice;
        Ok(app)
    };
    let theme = Theme::for_terminal_named(settings.theme.0);
    tui::run_opening(open, &opening, &settings.keys, &theme)?;
    Ok(ExitCode::SUCCESS)
}
