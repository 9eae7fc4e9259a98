//! The history panel's model: then → now pairs with their multiple, and the single figures.

use crate::lang::Words;
use rustc_hash::FxHashMap as HashMap;

use super::window::Shape;
use super::{PanelView, RowBuilder, RowPlan, placed_metrics};
use crate::model::{Dataset, Item, MetricIx, Topic, Qualifier};

/// A then → now pair with its multiple.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// Index into `Dataset::comparisons`.
    pub comparison: usize,
    pub from: MetricIx,
    pub to: MetricIx,
    /// `to / from`, when `from` is not zero.
    pub multiple: Option<f64>,
}

/// What one row of the history panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryRow {
    /// What the multiples are (computed, on a log scale): only when there are pairs.
    Heading,
    /// A pair (index into [`HistoryView::changes`]).
    Change(usize),
    /// A single figure.
    Metric(MetricIx),
    /// What the bound signs before values mean (`~ approximate · ≥ at least`), when there are any.
    Bounds,
}

/// The pairs and single figures, and the rows that show them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HistoryView {
    pub changes: Vec<Change>,
    /// Largest multiple of the pairs, for their log-scale bars.
    pub largest_multiple: f64,
    /// Figures of the panel in no pair.
    pub others: Vec<MetricIx>,
    pub rows: RowPlan<HistoryRow>,
    /// The bound signs the values are written with, explained in their own row.
    pub bounds: Vec<Qualifier>,
    /// True when some pair's earlier figure gives no year, so the heading says so.
    pub start_year_missing: bool,
    items: Vec<Item>,
}

impl PanelView for HistoryView {
    const NAME: Words = Words::new("历程", "History");
    const TOPIC: Option<Topic> = Some(Topic::History);

    fn build(d: &Dataset) -> HistoryView {
        let position: HashMap<&str, MetricIx> =
            d.metric_ixs().map(|(ix, m)| (m.id.as_str(), ix)).collect();
        let changes: Vec<Change> = d
            .comparisons
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let from = *position.get(c.from.as_str())?;
                let to = *position.get(c.to.as_str())?;
                let (a, b) = (d[from].value, d[to].value);
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
        for c in &changes {
            paired[c.from.0] = true;
            paired[c.to.0] = true;
        }
        let others: Vec<MetricIx> = placed_metrics(d, Topic::History)
            .into_iter()
            .filter(|m| !paired[m.0])
            .collect();
        let mut built = plan_rows(&changes, &others);
        let shown: Vec<MetricIx> = changes.iter().flat_map(|c| [c.from, c.to]).chain(others.iter().copied()).collect();
        let bounds = super::bounds_in(d, &shown);
        if !bounds.is_empty() {
            built.row(HistoryRow::Bounds);
        }
        HistoryView {
            start_year_missing: changes.iter().any(|c| d[c.from].period.year.is_none()),
            largest_multiple: changes.iter().filter_map(|c| c.multiple).fold(1.0, f64::max),
            changes,
            others,
            rows: built.plan,
            bounds,
            items: built.items,
        }
    }

    fn items(&self) -> &[Item] {
        &self.items
    }

    fn shape(&self, _zoomed: bool) -> Shape<'_> {
        Shape {
            rows: self.rows.rows.len(),
            pinned: usize::from(self.rows.rows.first() == Some(&HistoryRow::Heading)),
            row_of_item: &self.rows.row_of_item,
        }
    }
}

/// The heading (when there are pairs), a row per pair showing both its figures, then the others.
fn plan_rows(changes: &[Change], others: &[MetricIx]) -> RowBuilder<HistoryRow> {
    let mut b = RowBuilder::default();
    if !changes.is_empty() {
        b.row(HistoryRow::Heading);
    }
    for (c, change) in changes.iter().enumerate() {
        b.item_row(HistoryRow::Change(c), Item::Metric(change.from));
        b.also(Item::Metric(change.to));
    }
    for m in others {
        b.item_row(HistoryRow::Metric(*m), Item::Metric(*m));
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_in_two_pairs_has_a_row_for_each() {
        let pair = |comparison, from, to| Change {
            comparison,
            from: MetricIx(from),
            to: MetricIx(to),
            multiple: None,
        };
        let b = plan_rows(&[pair(0, 1, 2), pair(1, 1, 3)], &[]);
        let m = |i| Item::Metric(MetricIx(i));
        assert_eq!(b.items, [m(1), m(2), m(1), m(3)]);
        assert_eq!(
            b.plan.row_of_item,
            [1, 1, 2, 2],
            "the second pair's items point at its own row"
        );
        assert_eq!(b.plan.rows[b.plan.row_of_item[2]], HistoryRow::Change(1));
    }

    #[test]
    fn no_pairs_no_heading() {
        let b = plan_rows(&[], &[MetricIx(4)]);
        assert_eq!(b.plan.rows, [HistoryRow::Metric(MetricIx(4))]);
    }
}
