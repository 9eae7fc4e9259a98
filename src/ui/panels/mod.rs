//! The six panels, each a borrowed view drawn into its own rectangle, and what they share.

mod clusters;
mod counts;
mod environment;
mod growth;
mod history;
mod plan;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Widget};

use super::figure;
use super::text::{pad, width};
use super::theme::Theme;
use crate::lang::Lang;
use crate::model::{Dataset, Item, Panel, Views, bar_eighths, panel_index};

pub use clusters::ClustersPanel;
pub use counts::CountsPanel;
pub use environment::EnvironmentPanel;
pub use growth::GrowthPanel;
pub use history::HistoryPanel;
pub use plan::PlanPanel;

/// What every panel borrows to draw itself: the data, its place in the UI, and nothing else.
#[derive(Debug, Clone, Copy)]
pub struct PanelProps<'a> {
    pub data: &'a Dataset,
    pub views: &'a Views,
    pub lang: Lang,
    pub theme: &'a Theme,
    pub panel: Panel,
    pub focused: bool,
    pub zoomed: bool,
    /// Selected item index of this panel.
    pub selected: usize,
    /// Position among the panels, when the column shows only some (`3/6`).
    pub position: Option<(usize, usize)>,
}

impl<'a> PanelProps<'a> {
    /// This panel's selectable items.
    pub fn items(&self) -> &'a [Item] {
        &self.views.items[panel_index(self.panel)]
    }

    /// True when `item` is this panel's selection and the panel has focus.
    pub fn is_selected(&self, item: Item) -> bool {
        self.focused && self.items().get(self.selected) == Some(&item)
    }

    /// The panel's frame: thick border and ▶ when focused, so focus shows without colour.
    pub fn block(&self) -> Block<'static> {
        let number = panel_index(self.panel) + 1;
        let name = self.lang.pick(self.panel.zh(), self.panel.en());
        let marker = if self.focused { "▶ " } else { "" };
        let position = self
            .position
            .map(|(n, of)| format!(" ({n}/{of})"))
            .unwrap_or_default();
        let title = format!(" {marker}{number} {name}{position} ");
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

    /// The style of a row showing `item`: reversed when selected.
    pub fn row_style(&self, item: Item) -> Style {
        if self.is_selected(item) {
            self.theme.selected
        } else {
            self.theme.text
        }
    }
}

/// Draws `panel` into `area`.
pub fn render_panel(props: PanelProps<'_>, area: Rect, buf: &mut Buffer) {
    match props.panel {
        Panel::Growth => GrowthPanel { props }.render(area, buf),
        Panel::Clusters => ClustersPanel { props }.render(area, buf),
        Panel::Environment => EnvironmentPanel { props }.render(area, buf),
        Panel::Counts => CountsPanel { props }.render(area, buf),
        Panel::History => HistoryPanel { props }.render(area, buf),
        Panel::Plan => PlanPanel { props }.render(area, buf),
    }
}

/// Writes `lines` into `area` one per row, stopping at its bottom; each line fitted to the width.
pub fn write_lines(lines: &[Line<'_>], area: Rect, buf: &mut Buffer) {
    for (line, y) in lines.iter().zip(area.top()..area.bottom()) {
        buf.set_line(area.x, y, line, area.width);
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
    pub item: Item,
    pub label: String,
    pub value: f64,
    pub text: String,
}

/// Draws `rows` as labelled horizontal bars scaled to `max`, only the ones that fit, scrolled
/// so the selection shows: `label │████▌   52`.
pub fn render_bar_rows(
    props: &PanelProps<'_>,
    rows: &[BarRow],
    max: f64,
    area: Rect,
    buf: &mut Buffer,
) {
    let visible = usize::from(area.height);
    let selected = props
        .items()
        .get(props.selected)
        .and_then(|sel| rows.iter().position(|r| r.item == *sel))
        .unwrap_or(0);
    let start = window_start(selected, rows.len(), visible);
    let cap = if props.zoomed { 60 } else { 28 };
    let label_width = (usize::from(area.width) * 2 / 5).clamp(4, cap);
    let value_width = rows
        .iter()
        .map(|r| width(&r.text))
        .max()
        .unwrap_or(0)
        .min(16);
    let bar_width = usize::from(area.width).saturating_sub(label_width + value_width + 3);
    for (row, y) in rows[start..].iter().zip(area.top()..area.bottom()) {
        let style = props.row_style(row.item);
        let eighths =
            bar_eighths(row.value, max, u16::try_from(bar_width).unwrap_or(u16::MAX)) as usize;
        let mut bar = "█".repeat(eighths / 8);
        if !eighths.is_multiple_of(8) {
            bar.push(PARTIAL[eighths % 8]);
        }
        let line = Line::from(vec![
            Span::styled(pad(&row.label, label_width), style),
            Span::styled(" ", style),
            Span::styled(pad(&bar, bar_width), props.theme.bar),
            Span::styled(" ", style),
            Span::styled(super::text::pad_left(&row.text, value_width), style),
        ]);
        buf.set_line(area.x, y, &line, area.width);
    }
}

/// Left-aligned partial blocks for a bar's last cell, by eighths.
const PARTIAL: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/// `items`, one line each from `line_of`, scrolled so the panel's selection shows if it is
/// among them; for zoomed panels.
pub fn render_item_list(
    props: &PanelProps<'_>,
    items: &[Item],
    line_of: impl Fn(Item) -> String,
    area: Rect,
    buf: &mut Buffer,
) {
    let selected = props
        .items()
        .get(props.selected)
        .and_then(|sel| items.iter().position(|i| i == sel))
        .unwrap_or(0);
    let start = window_start(selected, items.len(), usize::from(area.height));
    for (item, y) in items[start..].iter().zip(area.top()..area.bottom()) {
        let text = pad(&line_of(*item), usize::from(area.width));
        buf.set_line(
            area.x,
            y,
            &Line::styled(text, props.row_style(*item)),
            area.width,
        );
    }
}

/// The generic one-line description of an item, for zoomed lists.
pub fn item_line(props: &PanelProps<'_>, item: Item) -> String {
    let (title, _) = figure::trace(props.data, item, props.lang);
    title
}

/// One row of a panel: the items it shows (none for a heading or an axis), and its line.
pub type Row<'a> = (Vec<Item>, Line<'a>);

/// Draws `rows`, scrolled so the selected item's row shows; a selected row is reversed.
pub fn render_rows(props: &PanelProps<'_>, rows: &[Row<'_>], area: Rect, buf: &mut Buffer) {
    let selected = props.items().get(props.selected).copied();
    let at = rows
        .iter()
        .position(|(items, _)| selected.is_some_and(|s| items.contains(&s)))
        .unwrap_or(0);
    let start = window_start(at, rows.len(), usize::from(area.height));
    for ((items, line), y) in rows[start..].iter().zip(area.top()..area.bottom()) {
        buf.set_line(area.x, y, line, area.width);
        if items.iter().any(|item| props.is_selected(*item)) {
            buf.set_style(Rect::new(area.x, y, area.width, 1), props.theme.selected);
        }
    }
}
