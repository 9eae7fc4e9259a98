//! The clusters panel's model: totals, projects counted by stage per cluster, and the panel's items.

use rustc_hash::FxHashMap as HashMap;
use unicode_width::UnicodeWidthStr;

use super::{PanelView, metric_items, placed_metrics};
use crate::model::{
    Cluster, ClusterIx, Dataset, Item, MetricIx, Panel as Place, ProjectIx, Stage,
};

/// Projects of one cluster counted by stage, for the stacked per-cluster chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterTally {
    pub cluster: ClusterIx,
    /// Counts per [`Stage`], indexed by `Stage::index`, of projects done or under way.
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

/// Totals, a tally per cluster, and the clusters' own figures and projects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClustersView {
    /// The panel's figures not tied to one cluster (the totals).
    pub totals: Vec<MetricIx>,
    pub tallies: Vec<ClusterTally>,
    /// Largest project count of a cluster, for the chart's scale.
    pub max: usize,
    /// Widest cluster label in columns, in Chinese and in English.
    pub label_width: [usize; 2],
    /// Named companies and projects in all clusters.
    pub project_count: usize,
    items: Vec<Item>,
}

impl PanelView for ClustersView {
    const NAME: (&'static str, &'static str) = ("产业集群", "Industry clusters");
    const PLACE: Option<Place> = Some(Place::Clusters);

    fn build(d: &Dataset) -> ClustersView {
        let on_panel = placed_metrics(d, Place::Clusters);
        let totals: Vec<MetricIx> = on_panel
            .iter()
            .copied()
            .filter(|m| d[*m].cluster.is_none())
            .collect();
        let tallies: Vec<ClusterTally> = d
            .clusters
            .iter()
            .enumerate()
            .map(|(i, c)| tally(ClusterIx(i), c))
            .collect();
        let widest = |label: fn(&Cluster) -> &str| {
            d.clusters.iter().map(|c| label(c).width()).max().unwrap_or(0)
        };
        ClustersView {
            max: tallies.iter().map(ClusterTally::total).max().unwrap_or(0),
            label_width: [widest(|c| &c.label_zh), widest(|c| &c.label_en)],
            project_count: d.project_count(),
            items: cluster_items(d, &totals, &on_panel),
            totals,
            tallies,
        }
    }

    fn items(&self) -> &[Item] {
        &self.items
    }
}

/// The panel's items: the totals, then each cluster's own figures and projects.
fn cluster_items(d: &Dataset, totals: &[MetricIx], on_panel: &[MetricIx]) -> Vec<Item> {
    let mut by_cluster: HashMap<&str, Vec<MetricIx>> = HashMap::default();
    for m in on_panel {
        if let Some(cluster) = &d[*m].cluster {
            by_cluster.entry(cluster.as_str()).or_default().push(*m);
        }
    }
    let mut items: Vec<Item> = metric_items(totals).collect();
    for (i, c) in d.clusters.iter().enumerate() {
        items.extend(
            by_cluster
                .get(c.id.as_str())
                .into_iter()
                .flat_map(|list| metric_items(list)),
        );
        items.extend((0..c.projects.len()).map(|index| {
            Item::Project(ProjectIx {
                cluster: ClusterIx(i),
                index,
            })
        }));
    }
    items
}

fn tally(cluster: ClusterIx, c: &Cluster) -> ClusterTally {
    let mut t = ClusterTally {
        cluster,
        by_stage: [0; 3],
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
pub const STAGE_ORDER: [Stage; 3] = [Stage::Running, Stage::Building, Stage::Attracted];
