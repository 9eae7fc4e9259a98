//! The plan: every numeric target, and the work areas of each part as printed against as announced.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::PanelProps;
use super::rows::{RowPanel, render_rows};
use crate::ui::cells;
use crate::view::PanelView;
use crate::view::window::Shape;
use crate::lang::Lang;
use crate::model::format_value;
use crate::ui::figure;
use crate::ui::text::{pad_left, width};
use crate::view::plan::{PlanRow, PlanView};

/// The plan panel.
pub struct PlanPanel<'a> {
    pub props: PanelProps<'a>,
    pub view: &'a PlanView,
}

impl Widget for PlanPanel<'_> {
    /// Draws the figures (targets first, as the data orders them), then each part's heading with
    /// its announced and printed counts, then its sections.
    fn render(self, area: Rect, buf: &mut Buffer) {
        render_rows(&self, &self.props, area, buf);
    }
}

impl RowPanel for PlanPanel<'_> {
    /// The width of the value column.
    type Columns = usize;

    fn shape(&self) -> Shape<'_> {
        self.view.shape(self.props.zoomed)
    }

    fn columns(&self, rows: &[usize], columns: usize) -> usize {
        let p = &self.props;
        rows.iter()
            .filter_map(|r| match self.view.rows.rows[*r] {
                PlanRow::Metric(m) => Some(width(&figure::value_text(p.data, &p.data[m], p.lang))),
                _ => None,
            })
            .max()
            .unwrap_or(0)
            .min(columns / 2)
    }

    fn legend(&self) -> Option<(usize, String)> {
        let row = self.view.rows.rows.iter().position(|r| *r == PlanRow::Bounds)?;
        Some((row, figure::bounds_text(&self.view.bounds, self.props.lang)))
    }

    fn draw_row(&self, row: usize, value_width: &usize, area: Rect, buf: &mut Buffer) {
        let p = &self.props;
        let d = p.data;
        let line = match self.view.rows.rows[row] {
            PlanRow::Metric(m) => Line::from(vec![
                Span::styled(
                    pad_left(&figure::value_text(d, &d[m], p.lang), *value_width),
                    p.theme.key,
                ),
                Span::raw(format!("  {}", figure::label(&d[m], p.lang))),
            ]),
            PlanRow::Part(part) => {
                let section = &d[self.view.parts[part].section];
                Line::styled(
                    p.lang.pick(&section.title_zh, &section.title_en).to_owned(),
                    p.theme.title,
                )
            }
            PlanRow::PartCounts(s) => Line::styled(counts_text(p, self.view, s), p.theme.muted),
            PlanRow::Section(s) => {
                Line::raw(format!("  {}", p.lang.pick(&d[s].title_zh, &d[s].title_en)))
            }
            PlanRow::Bounds => {
                Line::styled(figure::bounds_text(&self.view.bounds, p.lang), p.theme.muted)
            }
        };
        cells::put_line(buf, area.x, area.y, usize::from(area.width), &line);
    }
}

/// `报告称8个方面,正文列出7节` / `announces 8 areas, prints 7`.
fn counts_text(p: &PanelProps<'_>, view: &PlanView, part: usize) -> String {
    let part = &view.parts[part];
    let Some(announced) = part.announced else {
        return String::new();
    };
    let n = format_value(p.data[announced].value);
    let printed = part.children.len();
    match p.lang {
        Lang::Zh => format!("  报告称{n}个方面,正文列出{printed}节"),
        Lang::En => format!("  announces {n} areas, prints {printed}"),
    }
}
