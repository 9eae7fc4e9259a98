//! The selected figure traced to its source: a line above the footer, and the full popup (`s`).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Widget};

use super::cells;
use super::figure;
use super::theme::Theme;
use crate::app::App;
use crate::app::popup::SourcePopup;
use crate::lang::Lang;

/// Draws the selected item's summary and source in one or two rows.
pub fn render_line(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some((doc, item)) = app.selected().and_then(|s| app.resolve(s)) else {
        return;
    };
    let (title, source) = (
        figure::title(&doc.data, item, app.lang),
        figure::source(&doc.data, item, app.lang),
    );
    let columns = usize::from(area.width);
    if area.height >= 2 {
        cells::put(
            buf,
            area.x,
            area.y,
            columns,
            &format!("▸ {title}"),
            theme.text,
        );
        cells::put(
            buf,
            area.x,
            area.y + 1,
            columns,
            &format!("  {source}"),
            theme.quote,
        );
    } else {
        let line = Line::from(vec![
            Span::raw(format!("▸ {title}  ")),
            Span::styled(source, theme.quote),
        ]);
        cells::put_line(buf, area.x, area.y, columns, &line);
    }
}

/// Draws every field of the selected item, wrapped at words, above or below the selected row
/// so that row stays in sight when there is room; scrolled by `scroll` (kept in range by
/// `update`) when taller than the room.
// Out of line: not run at start, so kept out of the code every start runs (build.rs).
#[inline(never)]
pub fn render_popup(app: &App, theme: &Theme, scroll: u16, buf: &mut Buffer) {
    let Some(popup) = SourcePopup::of(app, buf.area) else {
        return;
    };
    let area = popup.area.intersection(buf.area);
    super::clear_for_overlay(area, buf);
    let text = &popup.lines;
    let shown = popup.shown();
    let scroll = usize::from(scroll.min(popup.max_scroll()));
    let more = text.len() > shown;
    let title = match (more, app.lang) {
        (false, lang) => lang
            .pick(" 出处 · Esc 关闭 ", " Source · Esc closes ")
            .to_owned(),
        // Which lines are in view, of how many: `3–9 of 13`, not a position.
        (true, Lang::Zh) => format!(
            " 出处 · ↓↑滚动 第{}–{}行,共{} · Esc 关闭 ",
            scroll + 1,
            scroll + shown,
            text.len()
        ),
        (true, Lang::En) => format!(
            " Source · ↓↑ scroll · lines {}–{} of {} · Esc closes ",
            scroll + 1,
            scroll + shown,
            text.len()
        ),
    };
    // A title wider than the border is cut by ratatui mid-counter: the short form instead.
    let title = if crate::ui::text::width(&title) + 2 > usize::from(area.width) && more {
        format!(" ↓↑ {}–{}/{} ", scroll + 1, scroll + shown, text.len())
    } else {
        title
    };
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(theme.focused_border)
        .title(title);
    let inner = block.inner(area);
    block.render(area, buf);
    for (row, y) in text.iter().skip(scroll).zip(inner.top()..inner.bottom()) {
        let line = Line::from(vec![
            Span::styled(row.name.as_str(), theme.muted),
            Span::raw(row.text.as_str()),
        ]);
        cells::put_line(buf, inner.x, y, usize::from(inner.width), &line);
    }
}
