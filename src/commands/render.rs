//! `render`: one frame of the dashboard as text, ANSI, SVG or HTML on stdout.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use super::{open_app, stdout_with, usage};
use crate::app::Overlay;
use crate::cli::RenderArgs;
use crate::lang::Lang;
use crate::picture::{self, Caption, Palette};
use crate::sanitize;
use crate::settings::Settings;
use crate::ui::headless::render_frame;
use crate::ui::theme::Theme;

/// Draws the frame `asked` describes, of its reports and `data` (or the bundled dataset), to
/// stdout: the dashboard on the first report that opens, as the dashboard shows it once every
/// report has loaded.
#[inline(never)]
pub fn render(asked: &RenderArgs, data: &[PathBuf], settings: &Settings) -> Result<ExitCode> {
    let RenderArgs {
        files,
        compare,
        search,
        format,
        size,
        panel,
        zoom,
        select,
        detail,
        show_help,
    } = asked.clone();
    let lang = settings.lang.0;
    let (min_w, min_h) = (crate::layout::MIN_WIDTH, crate::layout::MIN_HEIGHT);
    if size.0 < min_w || size.1 < min_h {
        let (w, h) = size;
        return Err(usage(match lang {
            Lang::Zh => format!("--size {w}x{h} 太小:仪表盘至少需要 {min_w}x{min_h}"),
            Lang::En => {
                format!("--size {w}x{h} is too small: the dashboard needs at least {min_w}x{min_h}")
            }
        }));
    }
    let given: Vec<PathBuf> = files.into_iter().chain(data.iter().cloned()).collect();
    let mut app = open_app(&given, lang, size)?;
    app.keys = settings.keys.clone();
    // The panel first, so that a selection moves the focus to the panel that has it.
    if let Some(panel) = panel {
        app.doc_mut().focus = panel;
    }
    if let Some(id) = select.as_deref()
        && !app.doc_mut().select_id(id)
    {
        let part = app.doc().data.sections.iter().any(|s| s.id == id);
        let id = sanitize::quoted(id, 60);
        return Err(usage(match (lang, part) {
            (Lang::Zh, false) => {
                format!("没有哪个数字、项目、参考值或编号小节的 id 是 {id}")
            }
            (Lang::Zh, true) => format!(
                "没有哪个数字、项目、参考值或编号小节的 id 是 {id};它是一个部分,画作标题:请选其中的小节"
            ),
            (Lang::En, false) => {
                format!("no figure, project, reference or numbered section has the id {id}")
            }
            (Lang::En, true) => format!(
                "no figure, project, reference or numbered section has the id {id}; it names a part, which is drawn as a heading: select one of its sections"
            ),
        }));
    }
    app.doc_mut().zoomed = zoom;
    if let Some(id) = compare.as_deref()
        && !app.open_compare(id)
    {
        return Err(super::unknown_indicator(id, lang));
    }
    if let Some(text) = search {
        let hits = app.search(&text);
        app.screen = crate::app::Screen::Search(crate::app::SearchState {
            query: text,
            hits,
            cursor: 0,
        });
    }
    app.overlay = if show_help {
        Overlay::Help { scroll: 0 }
    } else if detail {
        Overlay::Source { scroll: 0 }
    } else {
        Overlay::None
    };
    let theme = Theme::named(settings.theme.0, std::env::var_os("NO_COLOR").as_deref());
    let frame = render_frame(&app, &theme, size.0, size.1);
    let caption = Caption::for_dataset(&app.doc().data, app.lang);
    let text = picture::render(&frame, format, &caption, &Palette::for_theme(&theme));
    stdout_with(|out| out.write_all(text.as_bytes()))?;
    Ok(ExitCode::SUCCESS)
}
