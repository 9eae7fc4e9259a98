//! Row plans of the listing panels: laid out once, so each frame draws only the rows it shows.

use crate::model::Item;

/// The rows of a panel (`R` says what each shows), with the row that shows each of its items.
#[derive(Debug, Clone, PartialEq)]
pub struct RowPlan<R> {
    pub rows: Vec<R>,
    /// For the panel's i-th item, the index of its row.
    pub row_of_item: Vec<usize>,
}

impl<R> Default for RowPlan<R> {
    fn default() -> RowPlan<R> {
        RowPlan {
            rows: Vec::new(),
            row_of_item: Vec::new(),
        }
    }
}

impl<R> RowPlan<R> {
    /// The plan as a panel's shape, with no row pinned to the top.
    pub fn shape(&self) -> super::window::Shape<'_> {
        super::window::Shape {
            rows: self.rows.len(),
            pinned: 0,
            row_of_item: &self.row_of_item,
        }
    }
}

/// Builds a plan and the panel's items together, so each item's row is known by construction.
#[derive(Debug)]
pub struct RowBuilder<R> {
    pub plan: RowPlan<R>,
    pub items: Vec<Item>,
}

impl<R> Default for RowBuilder<R> {
    fn default() -> RowBuilder<R> {
        RowBuilder {
            plan: RowPlan::default(),
            items: Vec::new(),
        }
    }
}

impl<R> RowBuilder<R> {
    /// A row that shows no item (a heading, an axis).
    pub fn row(&mut self, spec: R) {
        self.plan.rows.push(spec);
    }

    /// A row that shows `item`.
    pub fn item_row(&mut self, spec: R, item: Item) {
        self.plan.rows.push(spec);
        self.also(item);
    }

    /// `item` is shown on the last row too.
    pub fn also(&mut self, item: Item) {
        self.items.push(item);
        self.plan
            .row_of_item
            .push(self.plan.rows.len().saturating_sub(1));
    }
}
