//! What each panel shows, worked out once at load: which figures, in what order, at what scale.

use rustc_hash::FxHashMap as HashMap;

use super::rows::{RowPlan, plan_rows};
use super::types::{Cluster, Dataset};
use super::vocab::{Basis, Panel, Stage, UnitKind};

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

/// Projects of one cluster counted by stage, for the stacked per-cluster chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterTally {
    pub cluster: usize,
    /// Counts per [`Stage`], in `Stage::ALL` order, of projects done or under way.
    pub by_stage: [usize; 3],
    /// Projects that are targets of the plan part.
    pub planned: usize,
}

impl ClusterTally {
    /// All projects the report names under the cluster.
    pub fn total(&self) -> usize {
        self.by_stage.iter().sum::<usize>() + self.planned
    }
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

/// Everything the panels draw, as indices into the dataset.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Views {
    /// Growth rates (percent figures of the growth panel), in file order: the bar chart.
    pub growth_bars: Vec<usize>,
    /// Largest growth rate, for the chart's scale.
    pub growth_max: f64,
    /// Cluster-panel figures not tied to one cluster (the totals).
    pub cluster_totals: Vec<usize>,
    pub cluster_tallies: Vec<ClusterTally>,
    /// Largest project count of a cluster, for the chart's scale.
    pub cluster_max: usize,
    /// Environment figures in file order, with the references drawn against each.
    pub environment: Vec<(usize, Vec<usize>)>,
    /// Counts of the counts panel, largest first: the sorted bar chart.
    pub count_bars: Vec<usize>,
    pub count_max: f64,
    /// Then → now pairs of the history panel.
    pub changes: Vec<Change>,
    /// History figures in no pair.
    pub history_other: Vec<usize>,
    /// Figures of the plan panel, in file order.
    pub plan_figures: Vec<usize>,
    /// Numbered sections of each part, with the part.
    pub parts: Vec<(usize, Vec<usize>)>,
    /// Selectable items of each panel, in `Panel::ALL` order.
    pub items: [Vec<Item>; 6],
    /// Rows of the listing panels, laid out once so a frame draws only the rows it shows.
    pub rows: super::rows::Rows,
}

/// Index of `panel` in `Panel::ALL`, for per-panel arrays.
pub fn panel_index(panel: Panel) -> usize {
    Panel::ALL.iter().position(|p| *p == panel).unwrap_or(0)
}

impl Views {
    /// Works out every panel's contents for `d`, in time linear in its size (bar order by sort).
    pub fn new(d: &Dataset) -> Views {
        let unit_kinds: HashMap<&str, UnitKind> =
            d.units.iter().map(|u| (u.id.as_str(), u.kind)).collect();
        let group_panels: HashMap<&str, Panel> =
            d.groups.iter().map(|g| (g.id.as_str(), g.panel)).collect();
        let mut on: [Vec<usize>; 6] = Default::default();
        for (m, metric) in d.metrics.iter().enumerate() {
            if let Some(panel) = group_panels.get(metric.group.as_str()) {
                on[panel_index(*panel)].push(m);
            }
        }
        let kind = |m: &usize| unit_kinds.get(d.metrics[*m].unit.as_str()).copied();
        let value = |m: &usize| d.metrics[*m].value;
        let mut v = Views::default();

        let (growth_bars, growth_other): (Vec<usize>, Vec<usize>) = on[panel_index(Panel::Growth)]
            .iter()
            .copied()
            .partition(|m| kind(m) == Some(UnitKind::Percent));
        v.growth_max = max_of(growth_bars.iter().map(value));
        v.growth_bars = growth_bars;

        let clusters = &on[panel_index(Panel::Clusters)];
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

        let mut references: HashMap<&str, Vec<usize>> = HashMap::default();
        for (r, reference) in d.references.iter().enumerate() {
            references
                .entry(reference.compares_to.as_str())
                .or_default()
                .push(r);
        }
        v.environment = on[panel_index(Panel::Environment)]
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

        let (mut count_bars, counts_other): (Vec<usize>, Vec<usize>) = on
            [panel_index(Panel::Counts)]
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
        let mut paired = vec![false; d.metrics.len()];
        for c in &v.changes {
            paired[c.from] = true;
            paired[c.to] = true;
        }
        v.history_other = on[panel_index(Panel::History)]
            .iter()
            .copied()
            .filter(|m| !paired[*m])
            .collect();
        v.plan_figures = on[panel_index(Panel::Plan)].clone();

        let mut children: HashMap<&str, Vec<usize>> = HashMap::default();
        for (s, section) in d.sections.iter().enumerate() {
            if let Some(parent) = &section.parent {
                children.entry(parent.as_str()).or_default().push(s);
            }
        }
        v.parts = (0..d.sections.len())
            .filter(|s| d.sections[*s].parent.is_none())
            .map(|part| {
                (
                    part,
                    children
                        .get(d.sections[part].id.as_str())
                        .cloned()
                        .unwrap_or_default(),
                )
            })
            .collect();

        v.items = items(d, &v, &growth_other, clusters, &counts_other);
        v.rows = plan_rows(d, &v);
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

/// The selectable items of each panel, in the order its rows show them.
fn items(
    d: &Dataset,
    v: &Views,
    growth_other: &[usize],
    clusters: &[usize],
    counts_other: &[usize],
) -> [Vec<Item>; 6] {
    let metrics = |list: &[usize]| list.iter().map(|m| Item::Metric(*m)).collect::<Vec<_>>();
    let mut items: [Vec<Item>; 6] = Default::default();
    items[panel_index(Panel::Growth)] = [metrics(&v.growth_bars), metrics(growth_other)].concat();
    let mut by_cluster: HashMap<&str, Vec<usize>> = HashMap::default();
    for m in clusters {
        if let Some(cluster) = &d.metrics[*m].cluster {
            by_cluster.entry(cluster.as_str()).or_default().push(*m);
        }
    }
    let mut cluster_items = metrics(&v.cluster_totals);
    for (i, c) in d.clusters.iter().enumerate() {
        cluster_items.extend(
            by_cluster
                .get(c.id.as_str())
                .map(|ms| metrics(ms))
                .unwrap_or_default(),
        );
        cluster_items.extend((0..c.projects.len()).map(|p| Item::Project(i, p)));
    }
    items[panel_index(Panel::Clusters)] = cluster_items;
    items[panel_index(Panel::Environment)] = v
        .environment
        .iter()
        .flat_map(|(m, refs)| {
            std::iter::once(Item::Metric(*m)).chain(refs.iter().map(|r| Item::Reference(*r)))
        })
        .collect();
    items[panel_index(Panel::Counts)] = [metrics(&v.count_bars), metrics(counts_other)].concat();
    items[panel_index(Panel::History)] = v
        .changes
        .iter()
        .flat_map(|c| [Item::Metric(c.from), Item::Metric(c.to)])
        .chain(v.history_other.iter().map(|m| Item::Metric(*m)))
        .collect();
    let sections = v
        .parts
        .iter()
        .flat_map(|(_, children)| children.iter().map(|s| Item::Section(*s)));
    items[panel_index(Panel::Plan)] = metrics(&v.plan_figures)
        .into_iter()
        .chain(sections)
        .collect();
    items
}

fn tally(index: usize, cluster: &Cluster) -> ClusterTally {
    let mut t = ClusterTally {
        cluster: index,
        by_stage: [0; 3],
        planned: 0,
    };
    for p in &cluster.projects {
        if p.planned {
            t.planned += 1;
        } else {
            let stage = Stage::ALL
                .iter()
                .position(|s| *s == p.status.stage())
                .unwrap_or(0);
            t.by_stage[stage] += 1;
        }
    }
    t
}

fn max_of(values: impl Iterator<Item = f64>) -> f64 {
    values.filter(|v| v.is_finite()).fold(0.0, f64::max)
}

/// True for figures that measure a change (growth rates), which get ▲/▼ glyphs.
pub fn is_change(basis: Basis) -> bool {
    matches!(
        basis,
        Basis::YearOnYear | Basis::LikeForLike | Basis::MonthOnMonthAverage
    )
}
