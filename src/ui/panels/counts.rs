//! Projects & counts: every count the report gives, largest first, as horizontal bars with units.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Widget;

use super::{BarRow, PanelProps, item_line, render_bar_rows, render_item_list};
use crate::model::Item;
use crate::ui::figure;
use crate::view::PanelView;
use crate::view::counts::CountsView;

/// The counts panel.
pub struct CountsPanel<'a> {
    pub props: PanelProps<'a>,
    pub view: &'a CountsView,
}

impl Widget for CountsPanel<'_> {
    /// Draws the sorted bars (only the rows that fit); zoomed, the other figures below them.
    fn render(self, area: Rect, buf: &mut Buffer) {
        let p = &self.props;
        let Some(inner) = p.frame(area, buf) else {
            return;
        };
        let bars = &self.view.bars;
        let items = self.view.items();
        let others = items.len().saturating_sub(bars.len());
        let other_rows = if p.zoomed && others > 0 {
            u16::try_from(others)
                .unwrap_or(u16::MAX)
                .saturating_add(1)
                .min(inner.height / 3)
        } else {
            0
        };
        let [bar_area, other_area] = inner.layout(&Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(other_rows),
        ]));
        let selected = (p.selected < bars.len()).then_some(p.selected);
        let row = |i: usize| {
            let m = bars[i];
            let metric = &p.data[m];
            let label = if p.zoomed {
                figure::label(metric, p.lang)
            } else {
                figure::short_label(metric, p.lang)
            };
            BarRow {
                selected: p.is_selected(items, Item::Metric(m)),
                label: label.to_owned(),
                value: metric.value,
                text: figure::value_text(p.data, metric, p.lang),
            }
        };
        render_bar_rows(
            p,
            bars.len(),
            selected,
            row,
            self.view.max,
            bar_area,
            buf,
        );
        if !other_area.is_empty() {
            let list = Rect {
                y: other_area.y + 1,
                height: other_area.height - 1,
                ..other_area
            };
            render_item_list(p, items, bars.len(), |item| item_line(p, item), list, buf);
        }
    }
}
