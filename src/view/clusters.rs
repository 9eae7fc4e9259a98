//! The clusters panel's model: totals and a stacked tally per cluster on top, then the clusters'
//! figures and their named projects, each group under its cluster's name.

use crate::lang::Words;
use rustc_hash::FxHashMap as HashMap;
use unicode_width::UnicodeWidthStr;

use super::hedges::Hedges;
use super::window::Shape;
use super::{PanelView, RowBuilder, RowPlan, placed_metrics};
use crate::model::{
    Cluster, ClusterIx, Dataset, Item, MetricIx, Topic, ProjectIx, Stage,
};

/// Projects of one cluster counted by stage, for the stacked per-cluster chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterTally {
    pub cluster: ClusterIx,
    /// Counts per [`Stage`], indexed by `Stage::index`, of projects done or under way.
    pub by_stage: [usize; Stage::COUNT],
    /// Projects that are targets of the plan part.
    pub planned: usize,
}

impl ClusterTally {
    /// All projects the report names under the cluster.
    pub fn total(&self) -> usize {
        self.by_stage.iter().sum::<usize>() + self.planned
    }
}

/// The sections below the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClustersSection {
    Figures,
    Projects,
}

/// What one row of the clusters panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClustersRow {
    /// A figure not tied to one cluster (a total).
    Total(MetricIx),
    /// A cluster's stacked bar of named projects by stage.
    Tally(usize),
    /// What the bar's glyphs mean: only the stages some cluster has.
    Stages,
    Section(ClustersSection),
    /// A cluster's name over its figures or projects.
    Cluster(ClusterIx),
    Figure(MetricIx),
    Project(ProjectIx),
    /// What the hedge marks mean.
    Legend,
}

/// Totals, tallies, and each cluster's figures and projects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClustersView {
    pub tallies: Vec<ClusterTally>,
    /// Largest project count of a cluster, for the chart's scale.
    pub max: usize,
    /// Widest cluster label in columns, in Chinese and in English.
    pub label_width: [usize; 2],
    /// Which stages (running, building, attracted) and whether plan targets occur at all.
    pub stages_present: [bool; Stage::COUNT],
    pub planned_present: bool,
    pub hedges: Hedges,
    pub rows: RowPlan<ClustersRow>,
    pinned: usize,
    items: Vec<Item>,
}

impl PanelView for ClustersView {
    const NAME: Words = Words::new("产业集群", "Industry clusters");
    const TOPIC: Option<Topic> = Some(Topic::Clusters);

    fn build(d: &Dataset) -> ClustersView {
        let on_panel = placed_metrics(d, Topic::Clusters);
        let mut by_cluster: HashMap<&str, Vec<MetricIx>> = HashMap::default();
        let mut totals = Vec::new();
        for m in &on_panel {
            match &d[*m].cluster {
                Some(cluster) => by_cluster.entry(cluster.as_str()).or_default().push(*m),
                None => totals.push(*m),
            }
        }
        // A cluster's figures placed on another panel (its output among the levels, its growth
        // among the rates) are shown under it here too, so no cluster stands empty.
        let placed_here: rustc_hash::FxHashSet<MetricIx> = on_panel.iter().copied().collect();
        let mut shown = on_panel.clone();
        for (m, metric) in d.metric_ixs() {
            if let Some(cluster) = &metric.cluster
                && !placed_here.contains(&m)
            {
                by_cluster.entry(cluster.as_str()).or_default().push(m);
                shown.push(m);
            }
        }
        let tallies: Vec<ClusterTally> = d
            .clusters
            .iter()
            .enumerate()
            .map(|(i, c)| tally(ClusterIx(i), c))
            .collect();
        let mut b = RowBuilder::default();
        for m in &totals {
            b.item_row(ClustersRow::Total(*m), Item::Metric(*m));
        }
        let charted = tallies.iter().filter(|t| t.total() > 0).count();
        for (t, _) in tallies.iter().enumerate().filter(|(_, t)| t.total() > 0) {
            b.row(ClustersRow::Tally(t));
        }
        if charted > 0 {
            b.row(ClustersRow::Stages);
        }
        let pinned = b.plan.rows.len();
        let clusters = d.clusters.iter().enumerate().map(|(i, c)| (ClusterIx(i), c));
        // A cluster with neither figures nor named projects is still named: the report says it
        // is there.
        let none: Vec<MetricIx> = Vec::new();
        let with_figures: Vec<(ClusterIx, &Vec<MetricIx>)> = clusters
            .clone()
            .filter_map(|(i, c)| match by_cluster.get(c.id.as_str()) {
                Some(list) => Some((i, list)),
                None => c.projects.is_empty().then_some((i, &none)),
            })
            .collect();
        if !with_figures.is_empty() {
            b.row(ClustersRow::Section(ClustersSection::Figures));
            for (c, list) in with_figures {
                b.row(ClustersRow::Cluster(c));
                for m in list {
                    b.item_row(ClustersRow::Figure(*m), Item::Metric(*m));
                }
            }
        }
        if d.clusters.iter().any(|c| !c.projects.is_empty()) {
            b.row(ClustersRow::Section(ClustersSection::Projects));
            for (c, cluster) in clusters.filter(|(_, c)| !c.projects.is_empty()) {
                b.row(ClustersRow::Cluster(c));
                for index in 0..cluster.projects.len() {
                    let p = ProjectIx { cluster: c, index };
                    b.item_row(ClustersRow::Project(p), Item::Project(p));
                }
            }
        }
        let hedges = Hedges::of(d, &shown);
        if !hedges.is_empty() {
            b.row(ClustersRow::Legend);
        }
        let widest = |label: fn(&Cluster) -> &str| {
            d.clusters.iter().map(|c| label(c).width()).max().unwrap_or(0)
        };
        let mut stages_present = [false; Stage::COUNT];
        for t in &tallies {
            for (present, n) in stages_present.iter_mut().zip(t.by_stage) {
                *present |= n > 0;
            }
        }
        ClustersView {
            max: tallies.iter().map(ClusterTally::total).max().unwrap_or(0),
            label_width: [
                widest(|c| &c.label_zh),
                // Missing English shows as marked Chinese, so the column fits that.
                d.clusters
                    .iter()
                    .map(|c| crate::lang::Lang::En.label(&c.label_zh, &c.label_en).width())
                    .max()
                    .unwrap_or(0),
            ],
            stages_present,
            planned_present: tallies.iter().any(|t| t.planned > 0),
            tallies,
            hedges,
            rows: b.plan,
            pinned,
            items: b.items,
        }
    }

    fn items(&self) -> &[Item] {
        &self.items
    }

    fn shape(&self, _zoomed: bool) -> Shape<'_> {
        Shape {
            rows: self.rows.rows.len(),
            pinned: self.pinned,
            row_of_item: &self.rows.row_of_item,
        }
    }
}

fn tally(cluster: ClusterIx, c: &Cluster) -> ClusterTally {
    let mut t = ClusterTally {
        cluster,
        by_stage: [0; Stage::COUNT],
        planned: 0,
    };
    for p in &c.projects {
        if p.planned {
            t.planned += 1;
        } else {
            t.by_stage[p.status.stage().index()] += 1;
        }
    }
    t
}

/// The stages in the order the stacked bar draws them.
pub const STAGE_ORDER: [Stage; Stage::COUNT] = [
    Stage::Running,
    Stage::Building,
    Stage::Attracted,
    Stage::Recognised,
];
