//! The search screen: what was typed, and every match in every open report, a line each —
//! the report, then the item's summary and its quote.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::cells;
use super::text::pad;
use super::theme::Theme;
use crate::app::{App, Hit, SearchState};
use crate::lang::{Lang, plural};
use crate::view::figure;
use crate::view::search::Target;

/// Draws the search into `area` (the body of the screen).
// Out of line: not run at start, so kept out of the code every start runs (build.rs).
#[inline(never)]
pub fn render(app: &App, state: &SearchState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let reports = {
        let mut docs: Vec<usize> = state.hits.iter().map(|h| h.doc.0).collect();
        docs.dedup();
        docs.len()
    };
    let title = match lang {
        Lang::Zh => format!(
            " 搜索全部 {} 份报告 · {} 处匹配,在 {reports} 份中 ",
            app.docs.len(),
            state.hits.len()
        ),
        Lang::En => format!(
            " Search {} · {} in {} ",
            plural(app.docs.len(), "report", "reports"),
            plural(state.hits.len(), "match", "matches"),
            plural(reports, "report", "reports")
        ),
    };
    let Some(inner) =
        super::chrome::list_box(title, state.cursor, state.hits.len(), theme, area, buf)
    else {
        return;
    };
    let columns = usize::from(inner.width);
    let prompt = lang.pick(
        "(标签、引文、园区名、项目名;Enter 转到,之后 n / N 下一处、上一处)",
        "(labels, quotes, zone and project names; Enter goes there, then n / N for the next and previous)",
    );
    let query = format!(" / {}▏  {prompt}", state.query);
    cells::put(buf, inner.x, inner.y, columns, &query, theme.text);
    let list = Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    };
    if state.hits.is_empty() {
        let none = if state.query.trim().is_empty() {
            lang.pick("  输入要找的字词", "  type what to look for")
        } else {
            lang.pick("  没有匹配", "  nothing matches")
        };
        cells::put(buf, list.x, list.y, columns, none, theme.muted);
        return;
    }
    let cursor = state.cursor.min(state.hits.len() - 1);
    let visible = usize::from(list.height);
    // The window keeps the cursor in view, starting as late as it must.
    let first = (cursor + 1).saturating_sub(visible);
    let zone_room = (columns / 5).clamp(6, 24);
    for (at, (hit, y)) in state.hits[first..]
        .iter()
        .zip(list.top()..list.bottom())
        .enumerate()
    {
        let chosen = first + at == cursor;
        let style = if chosen { theme.selected } else { theme.text };
        if chosen {
            buf.set_style(Rect::new(list.x, y, list.width, 1), style);
        }
        let mark = if chosen { " ▸ " } else { "   " };
        let text = format!(
            "{mark}{}  {}",
            pad(&zone(app, hit), zone_room),
            line(app, hit)
        );
        cells::put(buf, list.x, y, columns, &text, style);
    }
}

/// The short name of the zone of the report of `hit`, marked when the report is a draft.
fn zone(app: &App, hit: &Hit) -> String {
    let Some(doc) = app.docs.get(hit.doc.0) else {
        return String::new();
    };
    let name = app
        .lang
        .pick(&doc.data.zone.short_zh, &doc.data.zone.short_en);
    if doc.draft {
        format!("{name} {}", app.lang.pick("(草稿)", "(draft)"))
    } else {
        name.to_owned()
    }
}

/// What matched: the item's summary and its source, or the report's title.
fn line(app: &App, hit: &Hit) -> String {
    let lang = app.lang;
    let Some(doc) = app.docs.get(hit.doc.0) else {
        return String::new();
    };
    let d = &doc.data;
    match hit.target {
        Target::Report => {
            let report = lang.pick(&d.report.title_zh, &d.report.title_en);
            format!("{} {report} · {}", lang.pick("报告:", "report:"), doc.name)
        }
        Target::Item(item) => format!(
            "{}  {}",
            figure::title(d, item, lang),
            figure::source(d, item, lang)
        ),
    }
}
