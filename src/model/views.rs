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

/// Cells of a bar `value` long on a scale where `max` fills `width` cells, in eighths of a
/// cell, so bars can end in ▏▎▍▌▋▊▉. Never more than `width * 8`; 0 for a non-positive value.
pub fn bar_eighths(value: f64, max: f64, width: u16) -> u32 {
    if value.is_nan()
        || max.is_nan()
        || value <= 0.0
        || max <= 0.0
        || !value.is_finite()
        || !max.is_finite()
    {
        return 0;
    }
    let full = u32::from(width) * 8;
    let eighths = (value / max * f64::from(full)).round();
    // A positive value never vanishes: at least one eighth shows it exists.
    (eighths as u32).clamp(1, full.max(1)).min(full)
}

/// Where `value` falls on a scale of `width` cells from 0 to `max`, as a cell index.
pub fn scale_position(value: f64, max: f64, width: u16) -> u16 {
    if width == 0 || max.is_nan() || max <= 0.0 || !value.is_finite() {
        return 0;
    }
    let last = f64::from(width - 1);
    ((value / max).clamp(0.0, 1.0) * last).round() as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_width_in_eighths() {
        assert_eq!(bar_eighths(8.0, 8.0, 10), 80);
        assert_eq!(bar_eighths(4.0, 8.0, 10), 40);
        assert_eq!(bar_eighths(2.7, 9.4, 10), 23);
        assert_eq!(bar_eighths(0.001, 9.4, 10), 1, "a tiny value still shows");
        assert_eq!(bar_eighths(0.0, 9.4, 10), 0);
        assert_eq!(bar_eighths(-3.0, 9.4, 10), 0);
        assert_eq!(bar_eighths(5.0, 0.0, 10), 0);
        assert_eq!(bar_eighths(f64::NAN, 1.0, 10), 0);
        assert_eq!(bar_eighths(1e15, 1e15, 0), 0);
    }

    #[test]
    fn scale_positions_clamp_to_the_axis() {
        assert_eq!(scale_position(35.0, 40.0, 41), 35);
        assert_eq!(scale_position(5.0, 40.0, 41), 5);
        assert_eq!(scale_position(80.0, 40.0, 41), 40);
        assert_eq!(scale_position(-1.0, 40.0, 41), 0);
        assert_eq!(scale_position(1.0, 40.0, 0), 0);
    }
}

/// Cells of each segment of a stacked bar whose whole is `max` over `width` cells: the total is
/// scaled, then shared out by largest remainder so segments add up exactly and a non-empty
/// segment keeps at least one cell when there is room.
pub fn stack_cells(counts: &[usize], max: usize, width: u16) -> Vec<u16> {
    let total: usize = counts.iter().sum();
    if max == 0 || total == 0 || width == 0 {
        return vec![0; counts.len()];
    }
    let cells = ((total as f64 / max as f64) * f64::from(width))
        .round()
        .clamp(1.0, f64::from(width)) as usize;
    let exact: Vec<f64> = counts
        .iter()
        .map(|c| *c as f64 * cells as f64 / total as f64)
        .collect();
    let mut given: Vec<usize> = exact.iter().map(|e| e.floor() as usize).collect();
    let mut order: Vec<usize> = (0..counts.len()).collect();
    order.sort_by(|a, b| {
        (exact[*b] - exact[*b].floor()).total_cmp(&(exact[*a] - exact[*a].floor()))
    });
    let mut left = cells - given.iter().sum::<usize>();
    for i in order.iter().copied() {
        if left == 0 {
            break;
        }
        given[i] += 1;
        left -= 1;
    }
    // A segment that exists is drawn, taking a cell from the largest one.
    for i in 0..counts.len() {
        if counts[i] > 0 && given[i] == 0 {
            let (largest, _) = given
                .iter()
                .enumerate()
                .max_by_key(|(_, g)| **g)
                .unwrap_or((i, &0));
            if given[largest] > 1 {
                given[largest] -= 1;
                given[i] = 1;
            }
        }
    }
    given
        .into_iter()
        .map(|g| u16::try_from(g).unwrap_or(u16::MAX))
        .collect()
}

#[cfg(test)]
mod stack_tests {
    use super::*;

    #[test]
    fn stacked_segments_add_up_to_the_scaled_total() {
        assert_eq!(stack_cells(&[4, 2, 2], 8, 16), vec![8, 4, 4]);
        assert_eq!(stack_cells(&[4, 2, 2], 16, 16), vec![4, 2, 2]);
        let cells = stack_cells(&[5, 3, 1, 4], 13, 10);
        assert_eq!(cells.iter().sum::<u16>(), 10);
        assert!(cells.iter().all(|c| *c >= 1), "{cells:?}");
    }

    #[test]
    fn empty_and_degenerate_stacks_draw_nothing() {
        assert_eq!(stack_cells(&[0, 0], 5, 10), vec![0, 0]);
        assert_eq!(stack_cells(&[1, 2], 0, 10), vec![0, 0]);
        assert_eq!(stack_cells(&[1, 2], 3, 0), vec![0, 0]);
        assert_eq!(stack_cells(&[1, 1000], 1001, 3).iter().sum::<u16>(), 3);
    }
}

/// The smallest round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ⁿ) at or above `value`, for an axis end.
pub fn nice_ceiling(value: f64) -> f64 {
    if value.is_nan() || value <= 0.0 || !value.is_finite() {
        return 1.0;
    }
    let magnitude = 10f64.powf(value.log10().floor());
    [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .iter()
        .map(|step| step * magnitude)
        .find(|candidate| *candidate >= value)
        .unwrap_or(10.0 * magnitude)
}

#[cfg(test)]
mod nice_tests {
    use super::*;

    #[test]
    fn axis_ends_are_round() {
        assert_eq!(nice_ceiling(38.5), 40.0);
        assert_eq!(nice_ceiling(41.0), 50.0);
        assert_eq!(nice_ceiling(20.0), 20.0);
        assert_eq!(nice_ceiling(21.0), 25.0);
        assert_eq!(nice_ceiling(0.7), 0.8);
        assert_eq!(nice_ceiling(0.0), 1.0);
        assert_eq!(nice_ceiling(f64::INFINITY), 1.0);
    }
}
