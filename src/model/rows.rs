//! The rows of the listing panels, planned once at load so each frame lays out only the rows it shows.

use rustc_hash::FxHashMap as HashMap;

use super::types::Dataset;
use super::views::{Item, Views, panel_index};
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
    /// A part's heading (index into `sections`).
    Part(usize),
    /// A part's announced-against-printed count of work areas.
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

/// Builds a plan from rows each paired with the items it shows, for `items` in panel order.
fn plan(rows: Vec<(RowSpec, Vec<Item>)>, items: &[Item]) -> RowPlan {
    let mut row_of: HashMap<Item, usize> = HashMap::default();
    for (index, (_, shown)) in rows.iter().enumerate() {
        for item in shown {
            row_of.entry(*item).or_insert(index);
        }
    }
    RowPlan {
        row_of_item: items
            .iter()
            .map(|item| row_of.get(item).copied().unwrap_or(0))
            .collect(),
        rows: rows.into_iter().map(|(spec, _)| spec).collect(),
    }
}

/// Plans the listing panels of `d` from its views.
pub fn plan_rows(d: &Dataset, v: &Views) -> Rows {
    let environment = |zoomed: bool| {
        let mut rows = Vec::new();
        for (e, (m, refs)) in v.environment.iter().enumerate() {
            rows.push((RowSpec::Metric(*m), vec![Item::Metric(*m)]));
            if refs.is_empty() {
                continue;
            }
            rows.push((RowSpec::Axis(e), Vec::new()));
            if zoomed {
                for (n, r) in refs.iter().enumerate() {
                    rows.push((
                        RowSpec::Reference {
                            metric: *m,
                            reference: *r,
                            n,
                        },
                        vec![Item::Reference(*r)],
                    ));
                }
            } else {
                rows.push((
                    RowSpec::Legend(e),
                    refs.iter().map(|r| Item::Reference(*r)).collect(),
                ));
            }
        }
        plan(rows, &v.items[panel_index(Panel::Environment)])
    };

    let mut history = vec![(RowSpec::Heading, Vec::new())];
    for (c, change) in v.changes.iter().enumerate() {
        history.push((
            RowSpec::Change(c),
            vec![Item::Metric(change.from), Item::Metric(change.to)],
        ));
    }
    history.extend(
        v.history_other
            .iter()
            .map(|m| (RowSpec::Metric(*m), vec![Item::Metric(*m)])),
    );

    let mut plan_panel: Vec<(RowSpec, Vec<Item>)> = v
        .plan_figures
        .iter()
        .map(|m| (RowSpec::Metric(*m), vec![Item::Metric(*m)]))
        .collect();
    for (part, children) in &v.parts {
        plan_panel.push((RowSpec::Part(*part), Vec::new()));
        if d.sections[*part].stated_count.is_some() {
            plan_panel.push((RowSpec::PartCounts(*part), Vec::new()));
        }
        plan_panel.extend(
            children
                .iter()
                .map(|s| (RowSpec::Section(*s), vec![Item::Section(*s)])),
        );
    }

    Rows {
        environment: environment(false),
        environment_zoomed: environment(true),
        history: plan(history, &v.items[panel_index(Panel::History)]),
        plan: plan(plan_panel, &v.items[panel_index(Panel::Plan)]),
    }
}
