//! Typed indices into one dataset, and `Item`, the thing a panel lists and a detail traces.

use super::document::Section;
use super::records::{Claim, Honour};
use super::types::{Cluster, Dataset, Metric, Project, Reference};

/// Declares a `usize` index newtype into one of the dataset's lists.
macro_rules! index_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub usize);
    };
}

index_type!(
    /// Index into `Dataset::metrics`.
    MetricIx
);
index_type!(
    /// Index into `Dataset::clusters`.
    ClusterIx
);
index_type!(
    /// Index into `Dataset::references`.
    ReferenceIx
);
index_type!(
    /// Index into `Dataset::sections`.
    SectionIx
);
index_type!(
    /// Index into `Dataset::honours`.
    HonourIx
);

index_type!(
    /// Index into `Dataset::claims`.
    ClaimIx
);

/// A project: its cluster and its place in that cluster's `projects`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ProjectIx {
    pub cluster: ClusterIx,
    pub index: usize,
}

/// Something a panel lists and the detail view can trace to its source, within one dataset.
/// An item of another document is a [`DocItem`](crate::app::DocItem), which names its document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Item {
    Metric(MetricIx),
    Project(ProjectIx),
    Reference(ReferenceIx),
    Section(SectionIx),
    Honour(HonourIx),
    Claim(ClaimIx),
}

impl Dataset {
    /// The figure at `ix`, if there is one.
    pub fn metric(&self, ix: MetricIx) -> Option<&Metric> {
        self.metrics.get(ix.0)
    }

    /// The cluster at `ix`, if there is one.
    pub fn cluster(&self, ix: ClusterIx) -> Option<&Cluster> {
        self.clusters.get(ix.0)
    }

    /// The project at `ix`, if there is one.
    pub fn project(&self, ix: ProjectIx) -> Option<&Project> {
        self.cluster(ix.cluster)?.projects.get(ix.index)
    }

    /// The reference threshold at `ix`, if there is one.
    pub fn reference(&self, ix: ReferenceIx) -> Option<&Reference> {
        self.references.get(ix.0)
    }

    /// The section at `ix`, if there is one.
    pub fn section(&self, ix: SectionIx) -> Option<&Section> {
        self.sections.get(ix.0)
    }

    /// The honour at `ix`, if there is one.
    pub fn honour(&self, ix: HonourIx) -> Option<&Honour> {
        self.honours.get(ix.0)
    }

    /// The claim at `ix`, if there is one.
    pub fn claim(&self, ix: ClaimIx) -> Option<&Claim> {
        self.claims.get(ix.0)
    }

    /// Every figure with its index.
    pub fn metric_ixs(&self) -> impl Iterator<Item = (MetricIx, &Metric)> {
        self.metrics
            .iter()
            .enumerate()
            .map(|(i, m)| (MetricIx(i), m))
    }

    /// The dataset id of `item`.
    pub fn item_id(&self, item: Item) -> Option<&str> {
        Some(match item {
            Item::Metric(m) => self.metric(m)?.id.as_str(),
            Item::Project(p) => self.project(p)?.id.as_str(),
            Item::Reference(r) => self.reference(r)?.id.as_str(),
            Item::Section(s) => self.section(s)?.id.as_str(),
            Item::Honour(h) => self.honour(h)?.id.as_str(),
            Item::Claim(c) => self.claim(c)?.id.as_str(),
        })
    }
}

/// Indexing a dataset by the typed indices its own views hold; a view is built from the
/// dataset it indexes, so its indices are in range by construction.
macro_rules! index_by {
    ($ix:ty => $out:ty, |$d:ident, $i:ident| $place:expr) => {
        impl std::ops::Index<$ix> for Dataset {
            type Output = $out;
            fn index(&self, $i: $ix) -> &$out {
                let $d = self;
                &$place
            }
        }
    };
}

index_by!(MetricIx => Metric, |d, i| d.metrics[i.0]);
index_by!(ClusterIx => Cluster, |d, i| d.clusters[i.0]);
index_by!(ProjectIx => Project, |d, i| d.clusters[i.cluster.0].projects[i.index]);
index_by!(ReferenceIx => Reference, |d, i| d.references[i.0]);
index_by!(SectionIx => Section, |d, i| d.sections[i.0]);
index_by!(HonourIx => Honour, |d, i| d.honours[i.0]);
index_by!(ClaimIx => Claim, |d, i| d.claims[i.0]);
