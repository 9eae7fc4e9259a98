//! The counts panel's model: counts largest first as bars, then ranks, then the other figures.

use crate::lang::Words;
use super::hedges::Hedges;
use super::window::Shape;
use rustc_hash::FxHashMap as HashMap;

use super::{PanelView, RowBuilder, RowPlan, max_of, placed_metrics, unit_kind};
use crate::model::{Dataset, Item, MetricIx, Topic, UnitKind};

/// The sections of the counts panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountsSection {
    Counts,
    Ranks,
    Other,
}

/// What one row of the counts panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountsRow {
    /// A section's heading, when the panel has more than one section.
    Section(CountsSection),
    /// A count, as a bar.
    Bar(MetricIx),
    /// A rank or another figure, as its value.
    Figure(MetricIx),
    /// What the hedge marks mean.
    Legend,
}

/// Counts as sorted bars, then ranks and the other figures.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CountsView {
    /// Largest count, for the bars' scale.
    pub max: f64,
    pub hedges: Hedges,
    pub rows: RowPlan<CountsRow>,
    items: Vec<Item>,
}

impl PanelView for CountsView {
    const NAME: Words = Words::new("项目与数量", "Projects & counts");
    const TOPIC: Option<Topic> = Some(Topic::Counts);

    fn build(d: &Dataset) -> CountsView {
        // A headline level the growth panel shows is listed there, not twice.
        let moved = super::growth::moved_to_growth(d);
        let mut figures = placed_metrics(d, Topic::Counts);
        figures.retain(|m| !moved.contains(m));
        let of_kind = |kind: Option<UnitKind>| -> Vec<MetricIx> {
            figures
                .iter()
                .copied()
                .filter(|m| match kind {
                    Some(kind) => unit_kind(d, *m) == Some(kind),
                    None => !matches!(unit_kind(d, *m), Some(UnitKind::Count | UnitKind::Rank)),
                })
                .collect()
        };
        // Each count in its unit's base, the unit's scale read once per unit, not per figure.
        let factors: HashMap<&str, f64> = d
            .units
            .iter()
            .map(|u| (u.id.as_str(), u.factor()))
            .collect();
        let base = |m: MetricIx| d[m].value * factors.get(d[m].unit.as_str()).copied().unwrap_or(1.0);
        let mut counts = of_kind(Some(UnitKind::Count));
        // Largest first; a stable sort keeps file order among equals.
        counts.sort_by(|a, b| base(*b).total_cmp(&base(*a)));
        let sections = [
            (CountsSection::Counts, counts),
            (CountsSection::Ranks, of_kind(Some(UnitKind::Rank))),
            (CountsSection::Other, of_kind(None)),
        ];
        let present = sections.iter().filter(|(_, list)| !list.is_empty()).count();
        let mut b = RowBuilder::default();
        for (section, list) in &sections {
            if list.is_empty() {
                continue;
            }
            if present > 1 {
                b.row(CountsRow::Section(*section));
            }
            for m in list {
                let row = if *section == CountsSection::Counts {
                    CountsRow::Bar(*m)
                } else {
                    CountsRow::Figure(*m)
                };
                b.item_row(row, Item::Metric(*m));
            }
        }
        let hedges = Hedges::of(d, &figures);
        if !hedges.is_empty() {
            b.row(CountsRow::Legend);
        }
        CountsView {
            max: max_of(sections[0].1.iter().map(|m| base(*m))),
            hedges,
            rows: b.plan,
            items: b.items,
        }
    }

    fn items(&self) -> &[Item] {
        &self.items
    }

    fn shape(&self, _zoomed: bool) -> Shape<'_> {
        self.rows.shape()
    }
}

