//! The hedges a panel's figures carry, split into those every figure shares (said once in the
//! legend) and those some carry (a footnote mark on each, in one fixed place after the value).

use super::bound_sign;
use crate::model::{Dataset, MetricIx, Qualifier};

/// A panel's hedges, in order of first appearance.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hedges {
    /// Carried by every figure of the panel.
    pub common: Vec<Qualifier>,
    /// Carried by some: the n-th gets the n-th footnote mark.
    pub marked: Vec<Qualifier>,
    /// The bounds figures here are written with (`~N`, `>N`…), whose signs the legend explains.
    pub bounds: Vec<Qualifier>,
}

impl Hedges {
    /// The hedges of `figures` that are not bounds (bounds are written with the number).
    pub fn of(d: &Dataset, figures: &[MetricIx]) -> Hedges {
        let mut seen: Vec<&Qualifier> = Vec::new();
        for q in figures.iter().flat_map(|m| &d[*m].qualifiers) {
            if bound_sign(q).is_none() && !seen.contains(&q) {
                seen.push(q);
            }
        }
        let mut hedges = Hedges {
            bounds: super::bounds_in(d, figures),
            ..Hedges::default()
        };
        for q in seen {
            if figures.iter().all(|m| d[*m].qualifiers.contains(q)) {
                hedges.common.push(q.clone());
            } else {
                hedges.marked.push(q.clone());
            }
        }
        hedges
    }

    /// True when there is nothing to explain.
    pub fn is_empty(&self) -> bool {
        self.common.is_empty() && self.marked.is_empty() && self.bounds.is_empty()
    }
}
