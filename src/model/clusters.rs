//! The clusters panel's arithmetic: projects counted by stage, and the panel's items in order.

use rustc_hash::FxHashMap as HashMap;

use super::types::{Cluster, Dataset};
use super::views::Item;

/// Projects of one cluster counted by stage, for the stacked per-cluster chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterTally {
    pub cluster: usize,
    /// Counts per [`Stage`](crate::model::Stage), indexed by `Stage::index`, of projects done or under way.
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

/// The clusters panel's items: the totals, then each cluster's own figures and projects.
pub(super) fn cluster_items(d: &Dataset, totals: &[usize], on_panel: &[usize]) -> Vec<Item> {
    let mut by_cluster: HashMap<&str, Vec<usize>> = HashMap::default();
    for m in on_panel {
        if let Some(cluster) = &d.metrics[*m].cluster {
            by_cluster.entry(cluster.as_str()).or_default().push(*m);
        }
    }
    let mut items: Vec<Item> = totals.iter().map(|m| Item::Metric(*m)).collect();
    for (i, c) in d.clusters.iter().enumerate() {
        items.extend(
            by_cluster
                .get(c.id.as_str())
                .into_iter()
                .flatten()
                .map(|m| Item::Metric(*m)),
        );
        items.extend((0..c.projects.len()).map(|p| Item::Project(i, p)));
    }
    items
}

pub(super) fn tally(index: usize, cluster: &Cluster) -> ClusterTally {
    let mut t = ClusterTally {
        cluster: index,
        by_stage: [0; 3],
        planned: 0,
    };
    for p in &cluster.projects {
        if p.planned {
            t.planned += 1;
        } else {
            t.by_stage[p.status.stage().index()] += 1;
        }
    }
    t
}
