//! The six panels, each a borrowed view drawn into its own rectangle, and what they share.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Widget};

use super::cells;
use super::figure;
use super::text::width;
use super::theme::Theme;
use crate::lang::Lang;
use crate::model::{Dataset, Item, bar_eighths};
use crate::view::{PanelId, PanelViews, RowPlan, with_panels};

/// Declares each registered panel's widget module and draws a panel by its id.
macro_rules! declare_widgets {
    ($($id:ident $module:ident $view:ident $widget:ident,)*) => {
        $(mod $module;)*

        /// Draws `props.panel` into `area`, from its model in `views`.
        pub fn render_panel(views: &PanelViews, props: PanelProps<'_>, area: Rect, buf: &mut Buffer) {
            match props.panel {
                $(PanelId::$id => $module::$widget { props, view: &views.$module }.render(area, buf),)*
            }
        }
    };
}

with_panels!(declare_widgets);

/// What every panel borrows to draw itself: the data, its place in the UI, and nothing else.
#[derive(Debug, Clone, Copy)]
pub struct PanelProps<'a> {
    pub data: &'a Dataset,
    pub lang: Lang,
    pub theme: &'a Theme,
    pub panel: PanelId,
    pub focused: bool,
    pub zoomed: bool,
    /// Selected item index of this panel.
    pub selected: usize,
    /// Position among the panels, when the column shows only some (`3/6`).
    pub position: Option<(usize, usize)>,
}

impl<'a> PanelProps<'a> {
    /// True when `item` is `items`' selection and the panel has focus.
    pub fn is_selected(&self, items: &[Item], item: Item) -> bool {
        self.focused && items.get(self.selected) == Some(&item)
    }

    /// The panel's frame: thick border and ▶ when focused, so focus shows without colour.
    pub fn block(&self) -> Block<'static> {
        let number = self.panel.index() + 1;
        let name = self.panel.title(self.data, self.lang);
        let marker = if self.focused { "▶ " } else { "" };
        let position = self
            .position
            .map(|(n, of)| format!(" ({n}/{of})"))
            .unwrap_or_default();
        // The cluster chart's numbers are counted here, not reported: said where it always shows.
        let note = if self.panel == PanelId::Clusters {
            self.lang.pick(" · 数为计数", " · n counted")
        } else {
            ""
        };
        let title = crate::sanitize::replace(&format!(" {marker}{number} {name}{note}{position} "))
            .into_owned();
        let (border, border_style, title_style) = if self.focused {
            (
                BorderType::Thick,
                self.theme.focused_border,
                self.theme.focused_title,
            )
        } else {
            (BorderType::Plain, self.theme.border, self.theme.title)
        };
        Block::bordered()
            .border_type(border)
            .border_style(border_style)
            .title(Span::styled(title, title_style))
    }

    /// Draws the panel's frame over `area`; the room inside, unless there is none.
    pub fn frame(&self, area: Rect, buf: &mut Buffer) -> Option<Rect> {
        let block = self.block();
        let inner = block.inner(area);
        block.render(area, buf);
        (!inner.is_empty()).then_some(inner)
    }

    /// The style of a row showing `item` of `items`: reversed when selected.
    pub fn row_style(&self, items: &[Item], item: Item) -> Style {
        if self.is_selected(items, item) {
            self.theme.selected
        } else {
            self.theme.text
        }
    }
}

/// The first row of a window of `rows` rows over `count` entries that shows `selected`,
/// as low as possible: a pure function of the selection, so no scroll state is kept.
pub fn window_start(selected: usize, count: usize, rows: usize) -> usize {
    if rows == 0 || count <= rows {
        return 0;
    }
    selected.saturating_sub(rows - 1).min(count - rows)
}

/// One row of a horizontal bar list.
pub struct BarRow {
    /// True when the row shows the panel's selection and the panel has focus.
    pub selected: bool,
    pub label: String,
    pub value: f64,
    pub text: String,
}

/// Draws labelled horizontal bars scaled to `max` for the `count` entries `row(i)` describes,
/// building only the rows that fit, scrolled so the selection (`selected`, an index among the
/// entries) shows: `label │████▌   52`.
pub fn render_bar_rows(
    props: &PanelProps<'_>,
    count: usize,
    selected: Option<usize>,
    row: impl Fn(usize) -> BarRow,
    max: f64,
    area: Rect,
    buf: &mut Buffer,
) {
    let start = window_start(selected.unwrap_or(0), count, usize::from(area.height));
    let rows: Vec<BarRow> = (start..count)
        .take(usize::from(area.height))
        .map(row)
        .collect();
    let cap = if props.zoomed { 60 } else { 28 };
    let label_width = (usize::from(area.width) * 2 / 5).clamp(4, cap);
    let value_width = rows
        .iter()
        .map(|r| width(&r.text))
        .max()
        .unwrap_or(0)
        .min(16);
    let bar_width = usize::from(area.width).saturating_sub(label_width + value_width + 3);
    let bar_x = area
        .x
        .saturating_add(u16::try_from(label_width + 1).unwrap_or(u16::MAX));
    for (row, y) in rows.iter().zip(area.top()..area.bottom()) {
        let style = if row.selected {
            props.theme.selected
        } else {
            props.theme.text
        };
        if style != props.theme.text {
            buf.set_style(Rect::new(area.x, y, area.width, 1), style);
        }
        cells::put(buf, area.x, y, label_width, &row.label, style);
        let eighths =
            bar_eighths(row.value, max, u16::try_from(bar_width).unwrap_or(u16::MAX)) as usize;
        cells::fill(buf, bar_x, y, eighths / 8, "█", props.theme.bar);
        if !eighths.is_multiple_of(8) {
            let partial = PARTIAL[eighths % 8].to_string();
            let at = bar_x.saturating_add(u16::try_from(eighths / 8).unwrap_or(u16::MAX));
            cells::fill(buf, at, y, 1, &partial, props.theme.bar);
        }
        cells::put_right(buf, area.right(), y, value_width, &row.text, style);
    }
}

/// Left-aligned partial blocks for a bar's last cell, by eighths.
const PARTIAL: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/// `items` (the panel's items from index `offset` on), one line each from `line_of`, only
/// those that fit, scrolled so the panel's selection shows if it is among them.
pub fn render_item_list(
    props: &PanelProps<'_>,
    all: &[Item],
    offset: usize,
    line_of: impl Fn(Item) -> String,
    area: Rect,
    buf: &mut Buffer,
) {
    let items = all.get(offset..).unwrap_or_default();
    let selected = props
        .selected
        .checked_sub(offset)
        .filter(|s| *s < items.len())
        .unwrap_or(0);
    let start = window_start(selected, items.len(), usize::from(area.height));
    for (item, y) in items[start..].iter().zip(area.top()..area.bottom()) {
        let style = props.row_style(all, *item);
        if style != props.theme.text {
            buf.set_style(Rect::new(area.x, y, area.width, 1), style);
        }
        cells::put(
            buf,
            area.x,
            y,
            usize::from(area.width),
            &line_of(*item),
            style,
        );
    }
}

/// The generic one-line description of an item, for zoomed lists.
pub fn item_line(props: &PanelProps<'_>, item: Item) -> String {
    figure::title(props.data, item, props.lang)
}

/// The rows of `plan` that fit `height`, scrolled so the selected item's row shows: the index
/// of the first, and the rows.
pub fn visible_rows<'a, R>(
    props: &PanelProps<'_>,
    plan: &'a RowPlan<R>,
    height: u16,
) -> (usize, &'a [R]) {
    let target = plan.row_of_item.get(props.selected).copied().unwrap_or(0);
    let start = window_start(target, plan.rows.len(), usize::from(height));
    let end = (start + usize::from(height)).min(plan.rows.len());
    (start, &plan.rows[start..end])
}

/// Draws the lines of the rows from `start` of `plan`, the selected item's row reversed.
pub fn draw_rows<R>(
    props: &PanelProps<'_>,
    plan: &RowPlan<R>,
    start: usize,
    lines: &[Line<'_>],
    area: Rect,
    buf: &mut Buffer,
) {
    let target = plan.row_of_item.get(props.selected).copied();
    for ((index, line), y) in (start..).zip(lines).zip(area.top()..area.bottom()) {
        cells::put_line(buf, area.x, y, usize::from(area.width), line);
        if props.focused && Some(index) == target {
            buf.set_style(Rect::new(area.x, y, area.width, 1), props.theme.selected);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::window_start;
    use proptest::prelude::*;

    #[test]
    fn windows_at_the_edges() {
        assert_eq!(window_start(0, 5, 10), 0, "everything fits");
        assert_eq!(window_start(4, 5, 0), 0, "no rows");
        assert_eq!(window_start(0, 50, 10), 0);
        assert_eq!(
            window_start(9, 50, 10),
            0,
            "the last row of the first window"
        );
        assert_eq!(window_start(10, 50, 10), 1);
        assert_eq!(window_start(49, 50, 10), 40);
        assert_eq!(window_start(99, 50, 10), 40, "past the end");
    }

    proptest! {
        #[test]
        fn the_selection_is_always_in_the_window(count in 0usize..500, rows in 1usize..80, pick in 0usize..500) {
            let selected = if count == 0 { 0 } else { pick % count };
            let start = window_start(selected, count, rows);
            prop_assert!(start <= selected || count == 0);
            prop_assert!(count == 0 || selected < start + rows);
            prop_assert!(count <= rows || start + rows <= count, "the window never runs past the end");
        }
    }
}
