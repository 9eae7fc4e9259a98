//! What each panel shows, worked out once at load: which figures, in what order, at what scale.

use std::cmp::Ordering;

use super::types::Dataset;
use super::vocab::{Basis, Panel, Stage, UnitKind};

/// Something a panel lists and the detail view can trace to its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    /// Numbered sections of each part, with the part.
    pub parts: Vec<(usize, Vec<usize>)>,
    /// Selectable items of each panel, in `Panel::ALL` order.
    pub items: [Vec<Item>; 6],
}

/// Index of `panel` in `Panel::ALL`, for per-panel arrays.
pub fn panel_index(panel: Panel) -> usize {
    Panel::ALL.iter().position(|p| *p == panel).unwrap_or(0)
}

impl Views {
    /// Works out every panel's contents for `d`.
    pub fn new(d: &Dataset) -> Views {
        let unit_kind = |m: usize| {
            d.units
                .iter()
                .find(|u| u.id == d.metrics[m].unit)
                .map(|u| u.kind)
        };
        let on = |panel: Panel| -> Vec<usize> {
            (0..d.metrics.len())
                .filter(|m| {
                    d.groups
                        .iter()
                        .any(|g| g.id == d.metrics[*m].group && g.panel == panel)
                })
                .collect()
        };
        let mut v = Views::default();

        let growth = on(Panel::Growth);
        v.growth_bars = growth
            .iter()
            .copied()
            .filter(|m| unit_kind(*m) == Some(UnitKind::Percent))
            .collect();
        v.growth_max = max_of(v.growth_bars.iter().map(|m| d.metrics[*m].value));
        let growth_other = growth
            .iter()
            .copied()
            .filter(|m| !v.growth_bars.contains(m));

        let clusters = on(Panel::Clusters);
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

        v.environment = on(Panel::Environment)
            .into_iter()
            .map(|m| {
                let refs = (0..d.references.len())
                    .filter(|r| d.references[*r].compares_to == d.metrics[m].id)
                    .collect();
                (m, refs)
            })
            .collect();

        let counts = on(Panel::Counts);
        let mut count_bars: Vec<usize> = counts
            .iter()
            .copied()
            .filter(|m| unit_kind(*m) == Some(UnitKind::Count))
            .collect();
        // Largest first; ties keep file order so the chart is stable.
        count_bars.sort_by(|a, b| {
            d.metrics[*b]
                .value
                .partial_cmp(&d.metrics[*a].value)
                .unwrap_or(Ordering::Equal)
        });
        v.count_max = max_of(count_bars.iter().map(|m| d.metrics[*m].value));
        let counts_other: Vec<usize> = counts
            .iter()
            .copied()
            .filter(|m| !count_bars.contains(m))
            .collect();
        v.count_bars = count_bars;

        let position = |id: &str| d.metrics.iter().position(|m| m.id == id);
        v.changes = d
            .comparisons
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let (from, to) = (position(&c.from)?, position(&c.to)?);
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
        let paired = |m: &usize| v.changes.iter().any(|c| c.from == *m || c.to == *m);
        v.history_other = on(Panel::History)
            .into_iter()
            .filter(|m| !paired(m))
            .collect();

        v.parts = (0..d.sections.len())
            .filter(|s| d.sections[*s].parent.is_none())
            .map(|part| {
                let children = (0..d.sections.len())
                    .filter(|s| {
                        d.sections[*s].parent.as_deref() == Some(d.sections[part].id.as_str())
                    })
                    .collect();
                (part, children)
            })
            .collect();

        let metrics = |list: &[usize]| list.iter().map(|m| Item::Metric(*m)).collect::<Vec<_>>();
        v.items[panel_index(Panel::Growth)] = metrics(&v.growth_bars)
            .into_iter()
            .chain(growth_other.map(Item::Metric))
            .collect();
        let mut cluster_items = metrics(&v.cluster_totals);
        for (i, c) in d.clusters.iter().enumerate() {
            cluster_items.extend(
                clusters
                    .iter()
                    .filter(|m| d.metrics[**m].cluster.as_deref() == Some(c.id.as_str()))
                    .map(|m| Item::Metric(*m)),
            );
            cluster_items.extend((0..c.projects.len()).map(|p| Item::Project(i, p)));
        }
        v.items[panel_index(Panel::Clusters)] = cluster_items;
        v.items[panel_index(Panel::Environment)] = v
            .environment
            .iter()
            .flat_map(|(m, refs)| {
                std::iter::once(Item::Metric(*m)).chain(refs.iter().map(|r| Item::Reference(*r)))
            })
            .collect();
        v.items[panel_index(Panel::Counts)] = metrics(&v.count_bars)
            .into_iter()
            .chain(metrics(&counts_other))
            .collect();
        v.items[panel_index(Panel::History)] = v
            .changes
            .iter()
            .flat_map(|c| [Item::Metric(c.from), Item::Metric(c.to)])
            .chain(v.history_other.iter().map(|m| Item::Metric(*m)))
            .collect();
        let plan = on(Panel::Plan);
        let sections = v
            .parts
            .iter()
            .flat_map(|(_, children)| children.iter().map(|s| Item::Section(*s)));
        v.items[panel_index(Panel::Plan)] = metrics(&plan).into_iter().chain(sections).collect();
        v
    }
}

fn tally(index: usize, cluster: &super::types::Cluster) -> ClusterTally {
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
