//! Industry clusters: totals, a stacked bar of named projects per cluster by stage, and the projects.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{PanelProps, Row, item_line, render_item_list, render_rows};
use crate::model::{Item, Stage, stack_cells};
use crate::ui::figure;
use crate::ui::text::{fit, pad, pad_left, width};

/// The clusters panel.
pub struct ClustersPanel<'a> {
    pub props: PanelProps<'a>,
}

/// Glyphs of the stacked bar: stages done, building, attracted, then plan targets.
const SEGMENTS: [&str; 4] = ["█", "▓", "▒", "░"];

impl Widget for ClustersPanel<'_> {
    /// Draws the totals line, one stacked bar per cluster and a legend; zoomed, every project.
    fn render(self, area: Rect, buf: &mut Buffer) {
        let p = &self.props;
        let block = p.block();
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        let chart_rows = p.views.cluster_tallies.len() as u16 + 2;
        // The chart first; the room left lists the projects, zoomed or not.
        let chart_height = if p.zoomed {
            chart_rows.min(inner.height / 2)
        } else {
            chart_rows.min(inner.height)
        };
        let [chart, list] = inner.layout(&Layout::vertical([
            Constraint::Length(chart_height),
            Constraint::Fill(1),
        ]));
        let rows = self.chart_rows(chart.width);
        render_rows(p, &rows, chart, buf);
        if list.height > 1 {
            let list = Rect {
                y: list.y + 1,
                height: list.height - 1,
                ..list
            };
            let line_of = |item| match item {
                Item::Project(c, i) => project_line(p, c, i),
                other => item_line(p, other),
            };
            render_item_list(p, p.items(), line_of, list, buf);
        }
    }
}

impl ClustersPanel<'_> {
    /// Totals, then a bar per cluster, then the legend.
    fn chart_rows(&self, columns: u16) -> Vec<Row<'static>> {
        let p = &self.props;
        let totals: Vec<String> = p
            .views
            .cluster_totals
            .iter()
            .map(|m| {
                let metric = &p.data.metrics[*m];
                let hedges = figure::qualifier_words(metric, p.lang);
                let hedges = if hedges.is_empty() {
                    hedges
                } else {
                    format!("({hedges})")
                };
                format!(
                    "{} {}{hedges}",
                    figure::short_label(metric, p.lang),
                    figure::value_text(p.data, metric, p.lang)
                )
            })
            .collect();
        let mut rows: Vec<Row> = vec![(
            p.views
                .cluster_totals
                .iter()
                .map(|m| Item::Metric(*m))
                .collect(),
            Line::styled(
                fit(&totals.join(" · "), usize::from(columns)).into_owned(),
                p.theme.text,
            ),
        )];
        let label_width = p
            .views
            .cluster_tallies
            .iter()
            .map(|t| {
                width(p.lang.pick(
                    &p.data.clusters[t.cluster].label_zh,
                    &p.data.clusters[t.cluster].label_en,
                ))
            })
            .max()
            .unwrap_or(0)
            .min(usize::from(columns) / 2);
        let count_width = p.views.cluster_max.to_string().len();
        let bar_width = usize::from(columns).saturating_sub(label_width + count_width + 2);
        let styles = [p.theme.bar, p.theme.bar_alt, p.theme.bar, p.theme.muted];
        for tally in &p.views.cluster_tallies {
            let cluster = &p.data.clusters[tally.cluster];
            let counts = [
                tally.by_stage[2],
                tally.by_stage[1],
                tally.by_stage[0],
                tally.planned,
            ];
            let cells = stack_cells(
                &counts,
                p.views.cluster_max,
                u16::try_from(bar_width).unwrap_or(u16::MAX),
            );
            let mut spans = vec![
                Span::raw(pad(
                    p.lang.pick(&cluster.label_zh, &cluster.label_en),
                    label_width,
                )),
                Span::raw(" "),
            ];
            let mut used = 0;
            for ((glyph, n), style) in SEGMENTS.iter().zip(&cells).zip(styles) {
                spans.push(Span::styled(glyph.repeat(usize::from(*n)), style));
                used += usize::from(*n);
            }
            spans.push(Span::raw(" ".repeat(bar_width.saturating_sub(used) + 1)));
            spans.push(Span::raw(pad_left(&tally.total().to_string(), count_width)));
            let projects = (0..cluster.projects.len()).map(|i| Item::Project(tally.cluster, i));
            rows.push((projects.collect(), Line::from(spans)));
        }
        rows.push((Vec::new(), self.legend(columns)));
        rows
    }

    /// What each glyph of the stacked bar means.
    fn legend(&self, columns: u16) -> Line<'static> {
        let p = &self.props;
        let names = [Stage::Running, Stage::Building, Stage::Attracted]
            .map(|s| p.lang.pick(s.zh(), s.en()));
        let planned = p.lang.pick("2023计划", "2023 plan");
        let text = format!(
            "{}{} {}{} {}{} {}{}",
            SEGMENTS[0],
            names[0],
            SEGMENTS[1],
            names[1],
            SEGMENTS[2],
            names[2],
            SEGMENTS[3],
            planned
        );
        Line::styled(fit(&text, usize::from(columns)).into_owned(), p.theme.muted)
    }
}

/// `cluster │ name │ status (plan)` when zoomed; `name · status` in the grid, where there is
/// no room for the cluster column.
fn project_line(p: &PanelProps<'_>, cluster: usize, index: usize) -> String {
    let c = &p.data.clusters[cluster];
    let project = &c.projects[index];
    let planned = if project.planned { p.lang.pick(" (2023计划)", " (2023 plan)") } else { "" };
    let name = p.lang.pick(&project.name_zh, &project.name_en);
    let status = p.lang.pick(project.status.zh(), project.status.en());
    if !p.zoomed {
        return format!("{name} · {status}{planned}");
    }
    format!("{} │ {} │ {status}{planned}", pad(p.lang.pick(&c.label_zh, &c.label_en), 16), pad(name, 34))
}
