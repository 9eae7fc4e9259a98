//! The environment panel's model: each figure with the reference thresholds drawn against it.

use crate::lang::Words;
use rustc_hash::FxHashMap as HashMap;

use super::window::Shape;
use super::{PanelView, RowBuilder, RowPlan, placed_metrics};
use crate::model::{Dataset, Item, MetricIx, Topic, ReferenceIx};

/// What one row of the environment panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvRow {
    /// A figure.
    Metric(MetricIx),
    /// The axis on which entry `n` of [`EnvironmentView::entries`] and its references are placed.
    Axis(usize),
    /// The one-line legend of that entry's references.
    Legend(usize),
    /// Reference `reference`, the `n`-th drawn against figure `metric`.
    Reference {
        metric: MetricIx,
        reference: ReferenceIx,
        n: usize,
    },
}

/// Figures in file order, each with its thresholds, and the rows that show them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EnvironmentView {
    pub entries: Vec<(MetricIx, Vec<ReferenceIx>)>,
    /// Rows in the grid: references named together on one legend line.
    pub grid: RowPlan<EnvRow>,
    /// Rows when zoomed: a row per reference.
    pub zoomed: RowPlan<EnvRow>,
    items: Vec<Item>,
}

impl EnvironmentView {
    /// The rows for the grid or the zoomed panel.
    pub fn rows(&self, zoomed: bool) -> &RowPlan<EnvRow> {
        if zoomed { &self.zoomed } else { &self.grid }
    }
}

impl PanelView for EnvironmentView {
    const NAME: Words = Words::new("生态环境", "Environment");
    const TOPIC: Option<Topic> = Some(Topic::Environment);

    fn build(d: &Dataset) -> EnvironmentView {
        let mut references: HashMap<&str, Vec<ReferenceIx>> = HashMap::default();
        for (r, reference) in d.references.iter().enumerate() {
            references
                .entry(reference.compares_to.as_str())
                .or_default()
                .push(ReferenceIx(r));
        }
        let entries: Vec<(MetricIx, Vec<ReferenceIx>)> = placed_metrics(d, Topic::Environment)
            .into_iter()
            .map(|m| {
                let refs = references.get(d[m].id.as_str()).cloned();
                (m, refs.unwrap_or_default())
            })
            .collect();
        let plan = |zoomed: bool| {
            let mut b = RowBuilder::default();
            for (e, (m, refs)) in entries.iter().enumerate() {
                b.item_row(EnvRow::Metric(*m), Item::Metric(*m));
                if refs.is_empty() {
                    continue;
                }
                b.row(EnvRow::Axis(e));
                if zoomed {
                    for (n, r) in refs.iter().enumerate() {
                        let row = EnvRow::Reference {
                            metric: *m,
                            reference: *r,
                            n,
                        };
                        b.item_row(row, Item::Reference(*r));
                    }
                } else {
                    b.row(EnvRow::Legend(e));
                    refs.iter().for_each(|r| b.also(Item::Reference(*r)));
                }
            }
            b
        };
        let grid = plan(false);
        let zoomed = plan(true);
        EnvironmentView {
            entries,
            grid: grid.plan,
            items: zoomed.items,
            zoomed: zoomed.plan,
        }
    }

    fn items(&self) -> &[Item] {
        &self.items
    }

    fn shape(&self, zoomed: bool) -> Shape<'_> {
        self.rows(zoomed).shape()
    }
}
