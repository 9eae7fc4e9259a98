//! The rows of the listing panels, planned once at load so each frame lays out only the rows it shows.

use super::views::{Item, Views};
use super::vocab::Panel;

/// What one row of a listing panel shows. The UI turns each into a line of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowSpec {
    /// The panel's heading line.
    Heading,
    /// A figure (index into `metrics`).
    Metric(usize),
    /// The axis on which an environment figure and its references are placed (index into
    /// `Views::environment`).
    Axis(usize),
    /// The one-line legend of that figure's references (index into `Views::environment`).
    Legend(usize),
    /// Reference `reference`, the `n`-th drawn against figure `metric`.
    Reference {
        metric: usize,
        reference: usize,
        n: usize,
    },
    /// A then → now pair (index into `Views::changes`).
    Change(usize),
    /// A part's heading (index into `Views::parts`).
    Part(usize),
    /// A part's announced-against-printed count of work areas (index into `Views::parts`).
    PartCounts(usize),
    /// A numbered section (index into `sections`).
    Section(usize),
}

/// The rows of a panel, with the row that shows each of the panel's items.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RowPlan {
    pub rows: Vec<RowSpec>,
    /// For the panel's i-th item, the index of its row.
    pub row_of_item: Vec<usize>,
}

/// The row plans of the listing panels.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rows {
    pub environment: RowPlan,
    pub environment_zoomed: RowPlan,
    pub history: RowPlan,
    pub plan: RowPlan,
}

/// Builds a plan and the panel's items together, so each item's row is known by construction.
#[derive(Default)]
struct Builder {
    plan: RowPlan,
    items: Vec<Item>,
}

impl Builder {
    /// A row that shows no item (a heading, an axis).
    fn row(&mut self, spec: RowSpec) {
        self.plan.rows.push(spec);
    }

    /// A row that shows `item`.
    fn item_row(&mut self, spec: RowSpec, item: Item) {
        self.plan.rows.push(spec);
        self.also(item);
    }

    /// `item` is shown on the last row too.
    fn also(&mut self, item: Item) {
        self.items.push(item);
        self.plan
            .row_of_item
            .push(self.plan.rows.len().saturating_sub(1));
    }
}

/// Plans the listing panels from `v`, and returns their items in row order.
pub fn plan_rows(v: &Views) -> (Rows, [(Panel, Vec<Item>); 3]) {
    let environment = |zoomed: bool| {
        let mut b = Builder::default();
        for (e, (m, refs)) in v.environment.iter().enumerate() {
            b.item_row(RowSpec::Metric(*m), Item::Metric(*m));
            if refs.is_empty() {
                continue;
            }
            b.row(RowSpec::Axis(e));
            if zoomed {
                for (n, r) in refs.iter().enumerate() {
                    b.item_row(
                        RowSpec::Reference {
                            metric: *m,
                            reference: *r,
                            n,
                        },
                        Item::Reference(*r),
                    );
                }
            } else {
                b.row(RowSpec::Legend(e));
                refs.iter().for_each(|r| b.also(Item::Reference(*r)));
            }
        }
        b
    };
    let grid = environment(false);
    let zoomed = environment(true);

    let mut history = Builder::default();
    history.row(RowSpec::Heading);
    for (c, change) in v.changes.iter().enumerate() {
        history.item_row(RowSpec::Change(c), Item::Metric(change.from));
        history.also(Item::Metric(change.to));
    }
    for m in &v.history_other {
        history.item_row(RowSpec::Metric(*m), Item::Metric(*m));
    }

    let mut plan = Builder::default();
    for m in &v.plan_figures {
        plan.item_row(RowSpec::Metric(*m), Item::Metric(*m));
    }
    for (p, part) in v.parts.iter().enumerate() {
        plan.row(RowSpec::Part(p));
        if part.announced.is_some() {
            plan.row(RowSpec::PartCounts(p));
        }
        for s in &part.children {
            plan.item_row(RowSpec::Section(*s), Item::Section(*s));
        }
    }

    let rows = Rows {
        environment: grid.plan,
        environment_zoomed: zoomed.plan,
        history: history.plan,
        plan: plan.plan,
    };
    (
        rows,
        [
            (Panel::Environment, zoomed.items),
            (Panel::History, history.items),
            (Panel::Plan, plan.items),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Change;

    #[test]
    fn a_figure_in_two_pairs_has_a_row_for_each() {
        let v = Views {
            changes: vec![
                Change {
                    comparison: 0,
                    from: 1,
                    to: 2,
                    multiple: None,
                },
                Change {
                    comparison: 1,
                    from: 1,
                    to: 3,
                    multiple: None,
                },
            ],
            ..Views::default()
        };
        let (rows, listed) = plan_rows(&v);
        let items = &listed[1].1;
        assert_eq!(
            items,
            &[
                Item::Metric(1),
                Item::Metric(2),
                Item::Metric(1),
                Item::Metric(3)
            ]
        );
        assert_eq!(
            rows.history.row_of_item,
            [1, 1, 2, 2],
            "the second pair's items point at its own row"
        );
        assert_eq!(
            rows.history.rows[rows.history.row_of_item[2]],
            RowSpec::Change(1)
        );
    }
}
