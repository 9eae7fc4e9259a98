//! The plan: every numeric target, and the work areas of each part as printed against as announced.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{PanelProps, Row, render_rows};
use crate::model::{Item, format_value};
use crate::ui::figure;
use crate::ui::text::{pad_left, width};

/// The plan panel.
pub struct PlanPanel<'a> {
    pub props: PanelProps<'a>,
}

impl Widget for PlanPanel<'_> {
    /// Draws the figures (targets first, as the data orders them), then each part's heading with
    /// its announced and printed counts, then its sections.
    fn render(self, area: Rect, buf: &mut Buffer) {
        let p = &self.props;
        let block = p.block();
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        let d = p.data;
        let metrics: Vec<usize> = p
            .items()
            .iter()
            .filter_map(|i| {
                if let Item::Metric(m) = i {
                    Some(*m)
                } else {
                    None
                }
            })
            .collect();
        let value_width = metrics
            .iter()
            .map(|m| width(&figure::value_text(d, &d.metrics[*m], p.lang)))
            .max()
            .unwrap_or(0)
            .min(14);
        let mut rows: Vec<Row> = metrics
            .iter()
            .map(|m| {
                let metric = &d.metrics[*m];
                let line = Line::from(vec![
                    Span::styled(
                        pad_left(&figure::value_text(d, metric, p.lang), value_width),
                        p.theme.key,
                    ),
                    Span::raw(format!("  {}", figure::label(metric, p.lang))),
                ]);
                (vec![Item::Metric(*m)], line)
            })
            .collect();
        for (part, children) in &p.views.parts {
            let section = &d.sections[*part];
            let announced = section
                .stated_count
                .as_ref()
                .and_then(|id| d.metrics.iter().find(|m| m.id == *id))
                .map(|m| format_value(m.value));
            rows.push((
                Vec::new(),
                Line::styled(
                    p.lang.pick(&section.title_zh, &section.title_en).to_owned(),
                    p.theme.title,
                ),
            ));
            if let Some(n) = announced {
                let counts = match p.lang {
                    crate::lang::Lang::Zh => {
                        format!("  报告称{n}个方面,正文列出{}节", children.len())
                    }
                    crate::lang::Lang::En => {
                        format!("  announces {n} areas, prints {}", children.len())
                    }
                };
                rows.push((Vec::new(), Line::styled(counts, p.theme.muted)));
            }
            for child in children {
                let child_section = &d.sections[*child];
                rows.push((
                    vec![Item::Section(*child)],
                    Line::raw(format!(
                        "  {}",
                        p.lang
                            .pick(&child_section.title_zh, &child_section.title_en)
                    )),
                ));
            }
        }
        render_rows(p, &rows, inner, buf);
    }
}
