//! Drawing a panel as rows: the view's shape says which rows show, each widget draws its rows,
//! and this adds what every panel shares: the ▸ mark and highlight on the selected row, a
//! scrollbar and an `n/N` counter when rows are hidden, and one line when there is nothing.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget};

use super::PanelProps;
use crate::lang::Lang;
use crate::model::{Dataset, Metric, bar_eighths};
use crate::ui::cells;
use crate::ui::figure;
use crate::ui::text::width;
use crate::view::hedges::Hedges;
use crate::view::window::{Shape, Window};

/// The mark on the selected row, so the selection shows without colour.
pub const SELECTED_MARK: &str = "▸";
/// Columns before each row's content: the mark and a space.
pub const GUTTER: u16 = 2;

/// A panel drawn as rows.
pub trait RowPanel {
    /// What the rows about to be drawn share (column widths), worked out from those rows.
    type Columns;
    /// The panel's rows, from its view.
    fn shape(&self) -> Shape<'_>;
    /// The shared columns of `rows` in `width` columns.
    fn columns(&self, rows: &[usize], width: usize) -> Self::Columns;
    /// Draws row `row` into `area`, one line high, after the gutter.
    fn draw_row(&self, row: usize, columns: &Self::Columns, area: Rect, buf: &mut Buffer);
    /// The row that says what the panel's marks and signs mean, and its text: when that row is
    /// scrolled out of sight the text goes into the bottom border, so no mark on screen is left
    /// unexplained.
    fn legend(&self) -> Option<(usize, String)> {
        None
    }
}

/// Draws `panel` in its frame over `area`.
pub fn render_rows<P: RowPanel>(panel: &P, p: &PanelProps<'_>, area: Rect, buf: &mut Buffer) {
    let Some(inner) = p.frame(area, buf) else {
        return;
    };
    let shape = panel.shape();
    if shape.rows == 0 {
        let text = p.lang.pick(
            "本报告没有此面板的数字",
            "Nothing for this panel in this report",
        );
        cells::put(
            buf,
            inner.x,
            inner.y,
            usize::from(inner.width),
            text,
            p.theme.muted,
        );
        return;
    }
    let window = Window::new(&shape, usize::from(inner.height), p.selected);
    let rows: Vec<usize> = window.rows().collect();
    let gutter = GUTTER.min(inner.width);
    let content = Rect {
        x: inner.x + gutter,
        width: inner.width - gutter,
        ..inner
    };
    let columns = panel.columns(&rows, usize::from(content.width));
    let selected_row = shape.row_of(p.selected).filter(|_| p.focused);
    for (row, y) in rows.iter().zip(inner.top()..inner.bottom()) {
        panel.draw_row(
            *row,
            &columns,
            Rect {
                y,
                height: 1,
                ..content
            },
            buf,
        );
        if Some(*row) == selected_row {
            // Dim parts of the row (a zero line, a status) are reversed in full, not dimmed.
            let style = p.theme.selected.remove_modifier(Modifier::DIM);
            buf.set_style(
                Rect {
                    y,
                    height: 1,
                    ..inner
                },
                style,
            );
            cells::put(buf, inner.x, y, 1, SELECTED_MARK, p.theme.selected);
        }
    }
    if window.clipped() {
        render_scroll(p, &window, shape.row_of_item.len(), area, buf);
        if let Some((_, text)) = panel.legend().filter(|(row, _)| !rows.contains(row)) {
            render_legend_in_border(&text, p, area, buf);
        }
    }
}

/// ` * expected · ~ approximate ` on the bottom border, after its corner.
fn render_legend_in_border(text: &str, p: &PanelProps<'_>, area: Rect, buf: &mut Buffer) {
    if area.height < 2 || area.width < 6 {
        return;
    }
    let y = area.bottom() - 1;
    let room = usize::from(area.width - 2);
    cells::put(
        buf,
        area.x + 1,
        y,
        room,
        &format!(" {text} "),
        p.theme.muted,
    );
}

/// A scrollbar on the right border and `4/17` (the selected item of all) at the right of the
/// top one, after the title.
fn render_scroll(p: &PanelProps<'_>, window: &Window, items: usize, area: Rect, buf: &mut Buffer) {
    let (hidden_above, body, shown) = window.scroll();
    let track = area.inner(Margin {
        vertical: 1,
        horizontal: 0,
    });
    let track = Rect {
        y: track.y
            + u16::try_from(window.pinned)
                .unwrap_or(u16::MAX)
                .min(track.height),
        height: track
            .height
            .saturating_sub(u16::try_from(window.pinned).unwrap_or(u16::MAX)),
        ..track
    };
    let mut state = ScrollbarState::new(body.saturating_sub(shown) + 1)
        .position(hidden_above)
        .viewport_content_length(shown);
    Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(None)
        .end_symbol(None)
        .track_symbol(None)
        .thumb_symbol("║")
        .render(track, buf, &mut state);
    if items > 0 && area.height >= 2 && area.width >= 12 {
        let counter = format!(" {}/{items} ", p.selected.min(items - 1) + 1);
        let y = area.y;
        let right = area.right().saturating_sub(1);
        cells::put_right(buf, right, y, width(&counter), &counter, p.theme.title);
    }
}

/// `label ……… value`: the value (with its unit and marks) whole at the right, the label cut first.
pub fn figure_row(area: Rect, label: &str, value: &str, style: Style, buf: &mut Buffer) {
    let columns = usize::from(area.width);
    let value_width = width(value).min(columns);
    cells::put_right(buf, area.right(), area.y, value_width, value, style);
    let room = columns.saturating_sub(value_width + 1);
    cells::put(buf, area.x, area.y, room, label, style);
}

/// A heading row.
pub fn heading_row(area: Rect, text: &str, style: Style, buf: &mut Buffer) {
    cells::put(buf, area.x, area.y, usize::from(area.width), text, style);
}

/// A bar of `value` on a scale to `max` over `cells` cells from `x`, ending in a partial block.
pub fn bar(buf: &mut Buffer, x: u16, y: u16, value: f64, max: f64, cells: usize, style: Style) {
    let eighths = bar_eighths(value, max, u16::try_from(cells).unwrap_or(u16::MAX)) as usize;
    cells::fill(buf, x, y, eighths / 8, "█", style);
    if !eighths.is_multiple_of(8) {
        let partial = PARTIAL[eighths % 8].to_string();
        let at = x.saturating_add(u16::try_from(eighths / 8).unwrap_or(u16::MAX));
        cells::fill(buf, at, y, 1, &partial, style);
    }
}

/// A bar growing leftwards from `right` (for falls), ending in a partial block on its left.
pub fn bar_left(
    buf: &mut Buffer,
    right: u16,
    y: u16,
    value: f64,
    max: f64,
    cells: usize,
    style: Style,
) {
    let eighths = bar_eighths(value, max, u16::try_from(cells).unwrap_or(u16::MAX)) as usize;
    // Right-aligned partial blocks do not exist; a fall's bar is drawn in whole cells, rounded.
    let whole = (eighths + 4) / 8;
    let whole = whole.max(usize::from(eighths > 0));
    let x = right.saturating_sub(u16::try_from(whole).unwrap_or(u16::MAX));
    cells::fill(buf, x, y, whole, "█", style);
}

/// Left-aligned partial blocks for a bar's last cell, by eighths.
const PARTIAL: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/// `m`'s value with its unit, bounds and footnote marks, as every panel writes it.
pub fn hedged_value(d: &Dataset, m: &Metric, hedges: &Hedges, lang: Lang) -> String {
    format!(
        "{}{}",
        figure::value_text(d, m, lang),
        figure::marks(m, &hedges.marked)
    )
}

/// [`hedged_value`], and in a zoomed panel, where there is room, what the value means beside
/// it: the year a rank's assessment covers, what held each year of a streak, what a share is
/// of (`第21/229 (2024年度)`, `6 years (each year: 2nd)`).
pub fn row_value(d: &Dataset, m: &Metric, hedges: &Hedges, lang: Lang, zoomed: bool) -> String {
    let value = hedged_value(d, m, hedges, lang);
    if !zoomed {
        return value;
    }
    use crate::view::context_words as words;
    let context = [
        m.rank_of
            .as_ref()
            .and_then(|p| p.year)
            .map(|year| words::assessed_words(year, lang)),
        words::streak_words(d, m, lang),
        words::share_words(m, lang),
    ];
    match context
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
    {
        context if context.is_empty() => value,
        context => format!("{value} ({context})"),
    }
}

/// `all expected · * excluding vaccines`: what a panel's marks mean.
pub fn legend_text(hedges: &Hedges, lang: Lang) -> String {
    let mut parts: Vec<String> = hedges
        .common
        .iter()
        .map(|q| format!("{}{}", lang.pick("均为", "all "), q.label(lang)))
        .collect();
    parts.extend(
        hedges
            .marked
            .iter()
            .enumerate()
            .map(|(n, q)| format!("{} {}", figure::mark(n), q.label(lang))),
    );
    if !hedges.bounds.is_empty() {
        parts.push(figure::bounds_text(&hedges.bounds, lang));
    }
    parts.join(" · ")
}
