//! The counts panel's model: counts largest first as bars, the panel's other figures after.

use super::{PanelView, max_of, metric_items, placed_metrics, unit_kind};
use crate::model::{Dataset, Item, MetricIx, Panel as Place, UnitKind};

/// Counts as sorted bars, then the other figures.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CountsView {
    /// Counts, largest first.
    pub bars: Vec<MetricIx>,
    /// Figures of the panel that are not counts.
    pub others: Vec<MetricIx>,
    pub max: f64,
    items: Vec<Item>,
}

impl PanelView for CountsView {
    const NAME: (&'static str, &'static str) = ("项目与数量", "Projects & counts");
    const PLACE: Option<Place> = Some(Place::Counts);

    fn build(d: &Dataset) -> CountsView {
        let (mut bars, others): (Vec<MetricIx>, Vec<MetricIx>) = placed_metrics(d, Place::Counts)
            .into_iter()
            .partition(|m| unit_kind(d, *m) == Some(UnitKind::Count));
        // Largest first; a stable sort keeps file order among equals.
        bars.sort_by(|a, b| d[*b].value.total_cmp(&d[*a].value));
        let items = metric_items(&bars).chain(metric_items(&others)).collect();
        CountsView {
            max: max_of(bars.iter().map(|m| d[*m].value)),
            bars,
            others,
            items,
        }
    }

    fn items(&self) -> &[Item] {
        &self.items
    }
}
