//! What each panel shows, worked out once at load: which figures, in what order, at what scale.

use rustc_hash::FxHashMap as HashMap;
use unicode_width::UnicodeWidthStr;

use super::clusters::{ClusterTally, cluster_items, tally};
use super::hedges::Qualifier;
use super::rows::{RowPlan, Rows, plan_rows};
use super::types::Dataset;
use super::vocab::{Panel, UnitKind};

/// Something a panel lists and the detail view can trace to its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Item {
    /// Index into `metrics`.
    Metric(usize),
    /// Indices into `clusters` and its `projects`.
    Project(usize, usize),
    /// Index into `references`.
    Reference(usize),
    /// Index into `sections`.
    Section(usize),
}

/// A then → now pair with its multiple.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub comparison: usize,
    pub from: usize,
    pub to: usize,
    /// `to / from`, when `from` is not zero.
    pub multiple: Option<f64>,
}

/// A part of the report with its numbered sections and the work areas it announces.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// Index into `sections`.
    pub section: usize,
    pub children: Vec<usize>,
    /// The figure that states how many work areas the part announces, if any.
    pub announced: Option<usize>,
}

/// Everything the panels draw, as indices into the dataset.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Views {
    /// Growth rates (percent figures of the growth panel), in file order: the bar chart.
    pub growth_bars: Vec<usize>,
    /// Largest growth rate, for the chart's scale.
    pub growth_max: f64,
    /// Hedges every growth bar carries, said once in the legend.
    pub growth_common: Vec<Qualifier>,
    /// Hedges some growth bars carry, marked on those bars.
    pub growth_marked: Vec<Qualifier>,
    /// Cluster-panel figures not tied to one cluster (the totals).
    pub cluster_totals: Vec<usize>,
    pub cluster_tallies: Vec<ClusterTally>,
    /// Largest project count of a cluster, for the chart's scale.
    pub cluster_max: usize,
    /// Widest cluster label in columns, in Chinese and in English.
    pub cluster_label_width: [usize; 2],
    /// Environment figures in file order, with the references drawn against each.
    pub environment: Vec<(usize, Vec<usize>)>,
    /// Counts of the counts panel, largest first: the sorted bar chart.
    pub count_bars: Vec<usize>,
    pub count_max: f64,
    /// Then → now pairs of the history panel.
    pub changes: Vec<Change>,
    /// Largest multiple of the pairs, for their log-scale bars.
    pub largest_multiple: f64,
    /// History figures in no pair.
    pub history_other: Vec<usize>,
    /// Figures of the plan panel, in file order.
    pub plan_figures: Vec<usize>,
    /// The report's parts.
    pub parts: Vec<Part>,
    /// Named companies and projects in all clusters.
    pub project_count: usize,
    /// Selectable items of each panel, indexed by `Panel::index`.
    pub items: [Vec<Item>; 6],
    /// Rows of the listing panels, laid out once so a frame draws only the rows it shows.
    pub rows: Rows,
}

impl Views {
    /// Works out every panel's contents for `d`, in time linear in its size (bar order by sort).
    pub fn new(d: &Dataset) -> Views {
        let unit_kinds: HashMap<&str, UnitKind> =
            d.units.iter().map(|u| (u.id.as_str(), u.kind)).collect();
        let group_panels: HashMap<&str, Panel> =
            d.groups.iter().map(|g| (g.id.as_str(), g.panel)).collect();
        let mut by_panel: [Vec<usize>; 6] = Default::default();
        for (m, metric) in d.metrics.iter().enumerate() {
            if let Some(panel) = group_panels.get(metric.group.as_str()) {
                by_panel[panel.index()].push(m);
            }
        }
        let kind = |m: &usize| unit_kinds.get(d.metrics[*m].unit.as_str()).copied();
        let value = |m: &usize| d.metrics[*m].value;
        let mut v = Views::default();

        let (growth_bars, growth_other): (Vec<usize>, Vec<usize>) = by_panel[Panel::Growth.index()]
            .iter()
            .copied()
            .partition(|m| kind(m) == Some(UnitKind::Percent));
        v.growth_max = max_of(growth_bars.iter().map(value));
        // The hedges the chart marks: 预计 and whatever the figures exclude, in order of appearance.
        let mut marked: Vec<&Qualifier> = Vec::new();
        for q in growth_bars.iter().flat_map(|m| &d.metrics[*m].qualifiers) {
            if matches!(q, Qualifier::Expected | Qualifier::Excluding(_)) && !marked.contains(&q) {
                marked.push(q);
            }
        }
        for q in marked.into_iter().cloned() {
            let carried = growth_bars
                .iter()
                .filter(|m| d.metrics[**m].qualifiers.contains(&q))
                .count();
            if carried > 0 && carried == growth_bars.len() {
                v.growth_common.push(q);
            } else if carried > 0 {
                v.growth_marked.push(q);
            }
        }
        v.growth_bars = growth_bars;

        let clusters = &by_panel[Panel::Clusters.index()];
        v.cluster_totals = clusters
            .iter()
            .copied()
            .filter(|m| d.metrics[*m].cluster.is_none())
            .collect();
        v.cluster_tallies = d
            .clusters
            .iter()
            .enumerate()
            .map(|(i, c)| tally(i, c))
            .collect();
        v.cluster_max = v
            .cluster_tallies
            .iter()
            .map(ClusterTally::total)
            .max()
            .unwrap_or(0);
        v.cluster_label_width = [
            d.clusters
                .iter()
                .map(|c| c.label_zh.width())
                .max()
                .unwrap_or(0),
            d.clusters
                .iter()
                .map(|c| c.label_en.width())
                .max()
                .unwrap_or(0),
        ];
        v.project_count = d.project_count();

        let mut references: HashMap<&str, Vec<usize>> = HashMap::default();
        for (r, reference) in d.references.iter().enumerate() {
            references
                .entry(reference.compares_to.as_str())
                .or_default()
                .push(r);
        }
        v.environment = by_panel[Panel::Environment.index()]
            .iter()
            .map(|m| {
                (
                    *m,
                    references
                        .get(d.metrics[*m].id.as_str())
                        .cloned()
                        .unwrap_or_default(),
                )
            })
            .collect();

        let (mut count_bars, counts_other): (Vec<usize>, Vec<usize>) = by_panel
            [Panel::Counts.index()]
        .iter()
        .copied()
        .partition(|m| kind(m) == Some(UnitKind::Count));
        // Largest first; a stable sort keeps file order among equals.
        count_bars.sort_by(|a, b| value(b).total_cmp(&value(a)));
        v.count_max = max_of(count_bars.iter().map(value));
        v.count_bars = count_bars;

        let position: HashMap<&str, usize> = d
            .metrics
            .iter()
            .enumerate()
            .map(|(i, m)| (m.id.as_str(), i))
            .collect();
        v.changes = d
            .comparisons
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let (from, to) = (
                    *position.get(c.from.as_str())?,
                    *position.get(c.to.as_str())?,
                );
                let (a, b) = (d.metrics[from].value, d.metrics[to].value);
                let multiple = (a != 0.0 && (b / a).is_finite()).then(|| b / a);
                Some(Change {
                    comparison: i,
                    from,
                    to,
                    multiple,
                })
            })
            .collect();
        v.largest_multiple = v
            .changes
            .iter()
            .filter_map(|c| c.multiple)
            .fold(1.0, f64::max);
        let mut paired = vec![false; d.metrics.len()];
        for c in &v.changes {
            paired[c.from] = true;
            paired[c.to] = true;
        }
        v.history_other = by_panel[Panel::History.index()]
            .iter()
            .copied()
            .filter(|m| !paired[*m])
            .collect();
        v.plan_figures = by_panel[Panel::Plan.index()].clone();

        let mut children: HashMap<&str, Vec<usize>> = HashMap::default();
        for (s, section) in d.sections.iter().enumerate() {
            if let Some(parent) = &section.parent {
                children.entry(parent.as_str()).or_default().push(s);
            }
        }
        v.parts = (0..d.sections.len())
            .filter(|s| d.sections[*s].parent.is_none())
            .map(|part| Part {
                section: part,
                children: children
                    .get(d.sections[part].id.as_str())
                    .cloned()
                    .unwrap_or_default(),
                announced: d.sections[part]
                    .stated_count
                    .as_ref()
                    .and_then(|id| position.get(id.as_str()).copied()),
            })
            .collect();

        let metrics = |list: &[usize]| list.iter().map(|m| Item::Metric(*m)).collect::<Vec<_>>();
        v.items[Panel::Growth.index()] = [metrics(&v.growth_bars), metrics(&growth_other)].concat();
        v.items[Panel::Clusters.index()] = cluster_items(d, &v.cluster_totals, clusters);
        v.items[Panel::Counts.index()] = [metrics(&v.count_bars), metrics(&counts_other)].concat();
        let (rows, listed) = plan_rows(&v);
        for (panel, items) in listed {
            v.items[panel.index()] = items;
        }
        v.rows = rows;
        v
    }

    /// The rows of `panel`'s listing, zoomed or not, if it is a listing panel.
    pub fn row_plan(&self, panel: Panel, zoomed: bool) -> Option<&RowPlan> {
        match panel {
            Panel::Environment if zoomed => Some(&self.rows.environment_zoomed),
            Panel::Environment => Some(&self.rows.environment),
            Panel::History => Some(&self.rows.history),
            Panel::Plan => Some(&self.rows.plan),
            _ => None,
        }
    }
}

fn max_of(values: impl Iterator<Item = f64>) -> f64 {
    values.filter(|v| v.is_finite()).fold(0.0, f64::max)
}
