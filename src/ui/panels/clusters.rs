//! Industry clusters: totals, a stacked bar of named projects per cluster by stage, and the projects.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Widget;

use super::{PanelProps, item_line, render_item_list};
use crate::model::{ClusterIx, Item, ProjectIx, Stage, stack_cells};
use crate::ui::cells;
use crate::ui::figure;
use crate::ui::text::{fit, pad, width};
use crate::view::PanelView;
use crate::view::clusters::ClustersView;

/// The clusters panel.
pub struct ClustersPanel<'a> {
    pub props: PanelProps<'a>,
    pub view: &'a ClustersView,
}

/// Glyphs of the stacked bar: stages done, building, attracted, then plan targets.
const SEGMENTS: [&str; 4] = ["█", "▓", "▒", "░"];

impl Widget for ClustersPanel<'_> {
    /// Draws the totals line, one stacked bar per cluster and a legend, then lists the projects
    /// in the room left (all of it when zoomed).
    fn render(self, area: Rect, buf: &mut Buffer) {
        let p = &self.props;
        let Some(inner) = p.frame(area, buf) else {
            return;
        };
        let chart_rows = u16::try_from(self.view.tallies.len())
            .unwrap_or(u16::MAX)
            .saturating_add(2);
        let chart_height = if p.zoomed {
            chart_rows.min(inner.height / 2)
        } else {
            chart_rows.min(inner.height)
        };
        let [chart, list] = inner.layout(&Layout::vertical([
            Constraint::Length(chart_height),
            Constraint::Fill(1),
        ]));
        self.render_chart(chart, buf);
        if list.height > 1 {
            let list = Rect {
                y: list.y + 1,
                height: list.height - 1,
                ..list
            };
            let line_of = |item| match item {
                Item::Project(ix) => project_line(p, ix, usize::from(list.width)),
                other => item_line(p, other),
            };
            // The totals are on the chart's first line; the list starts after them.
            let items = self.view.items();
            render_item_list(p, items, self.view.totals.len(), line_of, list, buf);
        }
    }
}

impl ClustersPanel<'_> {
    /// Totals, then a bar per cluster (as many as fit), then the legend, each written by column;
    /// the selected item's row reversed.
    fn render_chart(&self, area: Rect, buf: &mut Buffer) {
        let p = &self.props;
        let columns = usize::from(area.width);
        let v = self.view;
        let selected = v.items().get(p.selected).copied().filter(|_| p.focused);
        let highlight = |buf: &mut Buffer, y: u16| {
            buf.set_style(Rect::new(area.x, y, area.width, 1), p.theme.selected)
        };
        let mut rows = area.top()..area.bottom();
        let Some(y) = rows.next() else { return };
        cells::put(
            buf,
            area.x,
            y,
            columns,
            &self.totals_text(columns),
            p.theme.text,
        );
        if p.focused && p.selected < v.totals.len() {
            highlight(buf, y);
        }
        let label_width = v.label_width[usize::from(p.lang == crate::lang::Lang::En)].min(columns / 2);
        let count_width = v.max.to_string().len();
        let bar_width = columns.saturating_sub(label_width + count_width + 2);
        let styles = [p.theme.bar, p.theme.bar_alt, p.theme.bar, p.theme.muted];
        // The cluster of the selection (a project, or a figure about one cluster), kept in view.
        let selected_cluster = match selected {
            Some(Item::Project(ix)) => Some(ix.cluster),
            Some(Item::Metric(m)) => p.data[m]
                .cluster
                .as_ref()
                .and_then(|id| p.data.clusters.iter().position(|c| c.id == *id))
                .map(ClusterIx),
            _ => None,
        };
        let room = usize::from(area.height).saturating_sub(2);
        let first = super::window_start(
            selected_cluster.map_or(0, |c| c.0),
            v.tallies.len(),
            room,
        );
        let tallies = v.tallies.iter().skip(first).take(room);
        for (tally, y) in tallies.zip(rows.by_ref()) {
            let cluster = &p.data[tally.cluster];
            cells::put(
                buf,
                area.x,
                y,
                label_width,
                p.lang.pick(&cluster.label_zh, &cluster.label_en),
                p.theme.text,
            );
            let counts = [
                tally.by_stage[Stage::Running.index()],
                tally.by_stage[Stage::Building.index()],
                tally.by_stage[Stage::Attracted.index()],
                tally.planned,
            ];
            let cells_per = stack_cells(
                &counts,
                v.max,
                u16::try_from(bar_width).unwrap_or(u16::MAX),
            );
            let mut x = area
                .x
                .saturating_add(u16::try_from(label_width + 1).unwrap_or(u16::MAX));
            for ((glyph, n), style) in SEGMENTS.iter().zip(&cells_per).zip(styles) {
                cells::fill(buf, x, y, usize::from(*n), glyph, style);
                x = x.saturating_add(*n);
            }
            cells::put_right(
                buf,
                area.right(),
                y,
                count_width,
                &tally.total().to_string(),
                p.theme.text,
            );
            if selected_cluster == Some(tally.cluster) {
                highlight(buf, y);
            }
        }
        if let Some(y) = rows.next() {
            cells::put(buf, area.x, y, columns, &self.legend_text(), p.theme.muted);
        }
    }

    /// The cluster totals from the report, as many as fit: `落地项目 52个 · 达产产值 851亿元(预计)`.
    fn totals_text(&self, columns: usize) -> String {
        let p = &self.props;
        let mut text = String::new();
        for m in &self.view.totals {
            let metric = &p.data[*m];
            let hedges = figure::qualifier_words(metric, p.lang);
            let hedges = if hedges.is_empty() {
                hedges
            } else {
                format!("{}({hedges})", p.lang.pick("", " "))
            };
            let part = format!(
                "{} {}{hedges}",
                figure::short_label(metric, p.lang),
                figure::value_text(p.data, metric, p.lang)
            );
            if !text.is_empty() {
                text.push_str(" · ");
            }
            text.push_str(&part);
            if width(&text) > columns {
                break; // the rest would not show; a large dataset is not formatted in full
            }
        }
        fit(&text, columns).into_owned()
    }

    /// What the glyphs mean (that the numbers are counted is in the panel's title).
    fn legend_text(&self) -> String {
        let p = &self.props;
        let names = [Stage::Running, Stage::Building, Stage::Attracted]
            .map(|s| p.lang.pick(s.zh(), s.en()));
        let planned = figure::plan_label(p.data, p.lang);
        format!(
            "{}{} {}{} {}{} {}{planned}",
            SEGMENTS[0], names[0], SEGMENTS[1], names[1], SEGMENTS[2], names[2], SEGMENTS[3]
        )
    }
}

/// `cluster │ name │ status (plan)` when zoomed, columns sized to the width; `name · status`
/// in the grid, where there is no room for the cluster column.
fn project_line(p: &PanelProps<'_>, ix: ProjectIx, columns: usize) -> String {
    let c = &p.data[ix.cluster];
    let project = &p.data[ix];
    let planned = if project.planned {
        format!(" ({})", figure::plan_label(p.data, p.lang))
    } else {
        String::new()
    };
    let name = p.lang.pick(&project.name_zh, &project.name_en);
    let status = p.lang.pick(project.status.zh(), project.status.en());
    if !p.zoomed {
        return format!("{name} · {status}{planned}");
    }
    let cluster_width = (columns / 4).clamp(6, 32);
    let name_width = (columns / 2).clamp(10, 60);
    format!(
        "{} │ {} │ {status}{planned}",
        pad(p.lang.pick(&c.label_zh, &c.label_en), cluster_width),
        pad(name, name_width)
    )
}
