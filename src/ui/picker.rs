//! The report picker: every open report (zone, year, figures, reviewed or draft) and every file
//! that failed with its first error, filtered by what the user typed; loading progress on top.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, BorderType, Widget};

use super::cells;
use super::text::{pad, pad_left, width};
use super::theme::Theme;
use crate::app::{App, PickerRow, PickerState};
use crate::lang::Lang;

/// Draws the picker into `area` (the body of the screen).
// Out of line: not run at start, so kept out of the code every start runs (build.rs).
#[inline(never)]
pub fn render(app: &App, state: &PickerState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let rows = app.picker_rows(&state.query);
    let title = match lang {
        Lang::Zh => format!(" 已打开的报告 {} 份 ", app.docs.len()),
        Lang::En => format!(" Open reports: {} ", app.docs.len()),
    };
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.focused_border)
        .title(title)
        .title_style(theme.focused_title);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    let columns = usize::from(inner.width);
    cells::put(
        buf,
        inner.x,
        inner.y,
        columns,
        &filter_line(app, state, rows.len()),
        theme.text,
    );
    let list = Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    };
    if rows.is_empty() {
        let none = lang.pick("  没有符合筛选的报告", "  no report matches the filter");
        cells::put(buf, list.x, list.y, columns, none, theme.muted);
        return;
    }
    let cursor = state.cursor.min(rows.len() - 1);
    let visible = usize::from(list.height);
    // The window keeps the cursor in view, starting as late as it must.
    let first = (cursor + 1).saturating_sub(visible);
    for (row, y) in rows[first..].iter().zip(list.top()..list.bottom()) {
        let chosen = rows.get(cursor) == Some(row);
        let (text, style) = row_text(app, *row, columns);
        let style = if chosen { theme.selected } else { style(theme) };
        if chosen {
            buf.set_style(Rect::new(list.x, y, list.width, 1), style);
        }
        cells::put(buf, list.x, y, columns, &text, style);
    }
}

/// "filter: …▏  3 of 4" and, while files load, how many have arrived.
fn filter_line(app: &App, state: &PickerState, shown: usize) -> String {
    let total = app.docs.len() + app.failures.len();
    let lang = app.lang;
    let mut line = lang
        .pick(
            &format!(" 筛选:{}▏ 显示 {shown}/{total}", state.query),
            &format!(" filter: {}▏ showing {shown} of {total}", state.query),
        )
        .to_owned();
    if let Some(p) = app.loading {
        line.push_str(lang.pick(
            &format!(" · 正在载入 {}/{} 个文件", p.done, p.total),
            &format!(" · loading {} of {} files", p.done, p.total),
        ));
    }
    if !app.failures.is_empty() {
        line.push_str(lang.pick(
            &format!(" · {} 个文件未能打开", app.failures.len()),
            &format!(" · {} failed to open", app.failures.len()),
        ));
    }
    line
}

type StyleOf = fn(&Theme) -> Style;

/// One row's text and style: `▸ 3  Zone  2022  120 figures  reviewed  file` or `✗ file: error`.
fn row_text(app: &App, row: PickerRow, columns: usize) -> (String, StyleOf) {
    let lang = app.lang;
    match row {
        PickerRow::Doc(ix) => {
            let doc = &app.docs[ix.0];
            let d = &doc.data;
            let mark = if ix == app.current { "▸" } else { " " };
            let status = status(lang, doc.draft, d.report.synthetic);
            let figures = lang
                .pick(
                    &format!("{} 项数字", d.metrics.len()),
                    &format!("{} figures", d.metrics.len()),
                )
                .to_owned();
            let zone = lang.pick(&d.zone.short_zh, &d.zone.short_en);
            let number = pad_left(&(ix.0 + 1).to_string(), digits(app.docs.len()));
            let zone_room = (columns / 3).clamp(8, 40);
            let text = format!(
                " {mark} {number}  {}  {}  {}  {}  {}",
                pad(zone, zone_room),
                d.report.year,
                pad_left(&figures, 12),
                pad(status, width(lang.pick("草稿,未审核", "synthetic"))),
                doc.name
            );
            (text, |t: &Theme| t.text)
        }
        PickerRow::Failure(ix) => {
            let failure = &app.failures[ix];
            let error = lang.pick(&failure.error_zh, &failure.error_en);
            (format!(" ✗ {error}"), |t: &Theme| t.bad)
        }
    }
}

/// Reviewed, draft or synthetic, as the picker names it.
fn status(lang: Lang, draft: bool, synthetic: bool) -> &'static str {
    match (draft, synthetic) {
        (true, _) => lang.pick("草稿,未审核", "draft"),
        (false, true) => lang.pick("合成数据", "synthetic"),
        (false, false) => lang.pick("已审核", "reviewed"),
    }
}

/// How many digits `n` has.
fn digits(n: usize) -> usize {
    n.max(1).ilog10() as usize + 1
}
