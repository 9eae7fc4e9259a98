//! The plan: every numeric target, and the work areas of each part as printed against as announced.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{PanelProps, draw_rows, visible_rows};
use crate::lang::Lang;
use crate::model::{MetricIx, format_value};
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
    /// its announced and printed counts, then its sections; only the rows that fit.
    fn render(self, area: Rect, buf: &mut Buffer) {
        let p = &self.props;
        let Some(inner) = p.frame(area, buf) else {
            return;
        };
        let d = p.data;
        let plan = &self.view.rows;
        let (start, rows) = visible_rows(p, plan, inner.height);
        let value_of = |m: MetricIx| figure::value_text(d, &d[m], p.lang);
        let value_width = rows
            .iter()
            .filter_map(|r| {
                if let PlanRow::Metric(m) = r {
                    Some(width(&value_of(*m)))
                } else {
                    None
                }
            })
            .max()
            .unwrap_or(0)
            .min(usize::from(inner.width) / 2);
        let lines: Vec<Line> = rows
            .iter()
            .map(|spec| match *spec {
                PlanRow::Metric(m) => Line::from(vec![
                    Span::styled(pad_left(&value_of(m), value_width), p.theme.key),
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
            })
            .collect();
        draw_rows(p, plan, start, &lines, inner, buf);
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
