//! The growth panel's model: rates as bars grouped by basis on one scale, then levels and amounts.

use super::hedges::Hedges;
use super::window::Shape;
use super::{PanelView, RowBuilder, RowPlan, placed_metrics, unit_kind};
use crate::model::{Basis, Dataset, Item, MetricIx, Panel as Place, UnitKind};

/// What one row of the growth panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrowthRow {
    /// The rates' scale: zero and the ends, beside the basis of the first rates (one row for
    /// both, so a small panel shows one more figure).
    Scale(Basis),
    /// The basis of the rows below it (year on year, like for like…).
    Basis(Basis),
    /// A rate, as a bar from the zero line.
    Bar(MetricIx),
    /// A figure that is not a rate (a level, an amount), as its value.
    Figure(MetricIx),
    /// What the hedge marks mean.
    Legend,
}

/// Rates grouped by basis, then the other figures grouped by basis.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GrowthView {
    /// Lowest and highest value of the bars' scale (0 is always inside).
    pub scale: (f64, f64),
    pub hedges: Hedges,
    pub rows: RowPlan<GrowthRow>,
    items: Vec<Item>,
}

impl PanelView for GrowthView {
    const NAME: (&'static str, &'static str) = ("增长", "Growth");
    const PLACE: Option<Place> = Some(Place::Growth);

    fn build(d: &Dataset) -> GrowthView {
        let figures = placed_metrics(d, Place::Growth);
        let is_rate = |m: &MetricIx| {
            unit_kind(d, *m) == Some(UnitKind::Percent) && d[*m].basis.is_change()
        };
        let (rates, others): (Vec<MetricIx>, Vec<MetricIx>) =
            figures.iter().copied().partition(is_rate);
        let finite = rates.iter().map(|m| d[*m].value).filter(|v| v.is_finite());
        let scale = finite.fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let hedges = Hedges::of(d, &figures);
        let mut b = RowBuilder::default();
        let first_basis = rates.first().map(|m| d[*m].basis);
        if let Some(basis) = first_basis {
            b.row(GrowthRow::Scale(basis));
        }
        grouped(d, &rates, &mut b, GrowthRow::Bar, first_basis);
        grouped(d, &others, &mut b, GrowthRow::Figure, None);
        if !hedges.is_empty() {
            b.row(GrowthRow::Legend);
        }
        GrowthView {
            scale,
            hedges,
            rows: b.plan,
            items: b.items,
        }
    }

    fn items(&self) -> &[Item] {
        &self.items
    }

    fn shape(&self, _zoomed: bool) -> Shape<'_> {
        Shape {
            rows: self.rows.rows.len(),
            pinned: usize::from(matches!(self.rows.rows.first(), Some(GrowthRow::Scale(_)))),
            row_of_item: &self.rows.row_of_item,
        }
    }
}

/// `list` grouped by basis in order of first appearance, a heading over each group but the
/// one whose heading is already written (`headed`, on the scale row).
fn grouped(
    d: &Dataset,
    list: &[MetricIx],
    b: &mut RowBuilder<GrowthRow>,
    row: fn(MetricIx) -> GrowthRow,
    headed: Option<Basis>,
) {
    let mut bases: Vec<Basis> = Vec::new();
    for m in list {
        if !bases.contains(&d[*m].basis) {
            bases.push(d[*m].basis);
        }
    }
    for basis in bases {
        if Some(basis) != headed {
            b.row(GrowthRow::Basis(basis));
        }
        for m in list.iter().filter(|m| d[**m].basis == basis) {
            b.item_row(row(*m), Item::Metric(*m));
        }
    }
}
