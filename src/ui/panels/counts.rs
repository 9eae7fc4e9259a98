//! Projects & counts: every count largest first as a bar with its value, then ranks as ranks
//! (`13th`) and the other figures as values, each section named when there are several.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::PanelProps;
use super::rows::{RowPanel, bar, figure_row, heading_row, row_value, legend_text, render_rows};
use crate::model::MetricIx;
use crate::ui::cells;
use crate::ui::figure;
use crate::ui::text::width;
use crate::view::PanelView;
use crate::view::counts::{CountsRow, CountsSection, CountsView};
use crate::view::window::Shape;

/// The counts panel.
pub struct CountsPanel<'a> {
    pub props: PanelProps<'a>,
    pub view: &'a CountsView,
}

impl Widget for CountsPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        render_rows(&self, &self.props, area, buf);
    }
}

/// Where the columns of the shown rows go.
pub struct Columns {
    label: usize,
    value: usize,
    bar: usize,
}

impl CountsPanel<'_> {
    fn value(&self, m: MetricIx) -> String {
        let p = &self.props;
        row_value(p.data, &p.data[m], &self.view.hedges, p.lang, p.zoomed)
    }

    fn label(&self, m: MetricIx) -> std::borrow::Cow<'_, str> {
        let p = &self.props;
        if p.zoomed {
            figure::label(&p.data[m], p.lang)
        } else {
            figure::short_label(&p.data[m], p.lang)
        }
    }
}

impl RowPanel for CountsPanel<'_> {
    type Columns = Columns;

    fn shape(&self) -> Shape<'_> {
        self.view.shape(self.props.zoomed)
    }

    fn columns(&self, rows: &[usize], columns: usize) -> Columns {
        let (mut value, mut label) = (0, 0);
        for row in rows {
            if let CountsRow::Bar(m) = self.view.rows.rows[*row] {
                value = value.max(width(&self.value(m)));
                label = label.max(width(&self.label(m)));
            }
        }
        let value = value.min(columns);
        let rest = columns.saturating_sub(value + 2);
        let cap = if self.props.zoomed { 60 } else { 28 };
        let label = label.min(cap).min((rest * 3 / 5).max(rest.saturating_sub(24)));
        Columns {
            label,
            value,
            bar: rest.saturating_sub(label),
        }
    }

    fn legend(&self) -> Option<(usize, String)> {
        let row = self.view.rows.rows.iter().position(|r| *r == CountsRow::Legend)?;
        Some((row, legend_text(&self.view.hedges, self.props.lang)))
    }

    fn draw_row(&self, row: usize, c: &Columns, area: Rect, buf: &mut Buffer) {
        let p = &self.props;
        match self.view.rows.rows[row] {
            CountsRow::Section(section) => {
                let text = match section {
                    CountsSection::Counts => p.lang.pick("数量", "Counts"),
                    CountsSection::Ranks => p.lang.pick("排名", "Ranks"),
                    CountsSection::Other => p.lang.pick("其他数字", "Other figures"),
                };
                heading_row(area, text, p.theme.title, buf);
            }
            CountsRow::Bar(m) => {
                let at = |o: usize| area.x.saturating_add(u16::try_from(o).unwrap_or(u16::MAX));
                cells::put(buf, area.x, area.y, c.label, &self.label(m), p.theme.text);
                let value = crate::view::base_value(p.data, m);
                bar(buf, at(c.label + 1), area.y, value, self.view.max, c.bar, p.theme.bar);
                cells::put_right(buf, area.right(), area.y, c.value, &self.value(m), p.theme.text);
            }
            CountsRow::Figure(m) => figure_row(area, &self.label(m), &self.value(m), p.theme.text, buf),
            CountsRow::Legend => {
                heading_row(area, &legend_text(&self.view.hedges, p.lang), p.theme.muted, buf);
            }
        }
    }
}
