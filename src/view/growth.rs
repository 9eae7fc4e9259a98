//! The growth panel's model: rates as bars (hedges sorted into shared and marked), other figures after.

use super::{PanelView, bound_sign, max_of, metric_items, placed_metrics, unit_kind};
use crate::model::{Dataset, Item, MetricIx, Panel as Place, Qualifier, UnitKind};

/// Growth rates as a bar chart, then the panel's other figures.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GrowthView {
    /// Percent figures, in file order: the bars.
    pub bars: Vec<MetricIx>,
    /// The panel's figures that are not rates (levels, amounts).
    pub others: Vec<MetricIx>,
    /// Largest rate, for the chart's scale.
    pub max: f64,
    /// Hedges every bar carries, said once in the legend.
    pub common: Vec<Qualifier>,
    /// Hedges some bars carry, marked on those bars.
    pub marked: Vec<Qualifier>,
    items: Vec<Item>,
}

impl PanelView for GrowthView {
    const NAME: (&'static str, &'static str) = ("增长", "Growth");
    const PLACE: Option<Place> = Some(Place::Growth);

    fn build(d: &Dataset) -> GrowthView {
        let (bars, others): (Vec<MetricIx>, Vec<MetricIx>) = placed_metrics(d, Place::Growth)
            .into_iter()
            .partition(|m| unit_kind(d, *m) == Some(UnitKind::Percent));
        let mut common = Vec::new();
        let mut marked = Vec::new();
        let mut seen: Vec<Qualifier> = Vec::new();
        for m in &bars {
            for q in &d[*m].qualifiers {
                if bound_sign(q).is_none() && !seen.contains(q) {
                    seen.push(q.clone());
                }
            }
        }
        for q in seen {
            if bars.iter().all(|m| d[*m].qualifiers.contains(&q)) {
                common.push(q);
            } else {
                marked.push(q);
            }
        }
        let items = metric_items(&bars).chain(metric_items(&others)).collect();
        GrowthView {
            max: max_of(bars.iter().map(|m| d[*m].value)),
            bars,
            others,
            common,
            marked,
            items,
        }
    }

    fn items(&self) -> &[Item] {
        &self.items
    }
}
