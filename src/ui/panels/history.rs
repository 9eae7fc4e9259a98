//! Thirty years: then → now with the multiple (computed, on a log bar), and the zone's milestones.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{PanelProps, Row, render_rows};
use crate::model::{Item, Qualifier, UnitKind, format_multiple, format_value};
use crate::ui::figure;
use crate::ui::text::{pad, pad_left, width};

/// The history panel.
pub struct HistoryPanel<'a> {
    pub props: PanelProps<'a>,
}

impl Widget for HistoryPanel<'_> {
    /// Draws one row per then → now pair, a heading that says the start year is not given,
    /// and the single figures below.
    fn render(self, area: Rect, buf: &mut Buffer) {
        let p = &self.props;
        let block = p.block();
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        let d = p.data;
        let columns = usize::from(inner.width);
        let value = |m: usize| figure::value_text(d, &d.metrics[m], p.lang);
        // The pair shares a unit (validated), so it is written once: 3.83 → 225平方公里.
        let span_text = |from: usize, to: usize| {
            let start = &d.metrics[from];
            let percent = d
                .units
                .iter()
                .any(|u| u.id == start.unit && u.kind == UnitKind::Percent);
            let start_text = if percent {
                value(from)
            } else {
                format_value(start.value)
            };
            format!("{start_text} → {}", value(to))
        };
        let label_width = p
            .views
            .changes
            .iter()
            .map(|c| {
                width(p.lang.pick(
                    &d.comparisons[c.comparison].label_zh,
                    &d.comparisons[c.comparison].label_en,
                ))
            })
            .max()
            .unwrap_or(0)
            .clamp(4, (columns / 4).max(4));
        let span_width = p
            .views
            .changes
            .iter()
            .map(|c| width(&span_text(c.from, c.to)))
            .max()
            .unwrap_or(0)
            .min(columns / 2);
        let multiple_width = 7;
        let bar_width = columns.saturating_sub(label_width + span_width + multiple_width + 3);
        let largest = p
            .views
            .changes
            .iter()
            .filter_map(|c| c.multiple)
            .fold(1.0f64, f64::max);
        let heading = p.lang.pick(
            "起点(年份未载明)→现在;倍数为计算值",
            "start (year not stated) → now; × is computed",
        );
        let mut rows: Vec<Row> = vec![(Vec::new(), Line::styled(heading, p.theme.muted))];
        for change in &p.views.changes {
            let comparison = &d.comparisons[change.comparison];
            let more = d.metrics[change.to]
                .qualifiers
                .contains(&Qualifier::MoreThan);
            let multiple = change
                .multiple
                .map(|m| format!("{}{}", if more { ">" } else { "" }, format_multiple(m)))
                .unwrap_or_default();
            // Multiples span ×2 to ×2800, so the bar is on a log scale.
            let cells = change
                .multiple
                .filter(|m| *m > 1.0 && largest > 1.0)
                .map_or(0, |m| {
                    ((m.log10() / largest.log10()) * bar_width as f64).round() as usize
                })
                .min(bar_width);
            rows.push((
                vec![Item::Metric(change.from), Item::Metric(change.to)],
                Line::from(vec![
                    Span::raw(pad(
                        p.lang.pick(&comparison.label_zh, &comparison.label_en),
                        label_width,
                    )),
                    Span::raw(" "),
                    Span::raw(pad(&span_text(change.from, change.to), span_width)),
                    Span::styled(
                        format!(" {}", pad_left(&multiple, multiple_width)),
                        p.theme.key,
                    ),
                    Span::raw(" "),
                    Span::styled("█".repeat(cells), p.theme.bar),
                ]),
            ));
        }
        let value_width = p
            .views
            .history_other
            .iter()
            .map(|m| width(&value(*m)))
            .max()
            .unwrap_or(0)
            .min(12);
        for m in &p.views.history_other {
            let metric = &d.metrics[*m];
            rows.push((
                vec![Item::Metric(*m)],
                Line::from(vec![
                    Span::styled(pad_left(&value(*m), value_width), p.theme.key),
                    Span::raw(format!("  {}", figure::label(metric, p.lang))),
                ]),
            ));
        }
        render_rows(p, &rows, inner, buf);
    }
}
