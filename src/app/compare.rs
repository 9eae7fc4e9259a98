//! The comparison screen's state and what its keys do: one indicator across every open report.

use super::{Action, App, DocItem, DocIx, Overlay, Screen};
use crate::model::Item;
use crate::view::compare::{Comparison, compare, indicators_present};

/// The indicator compared, its rows worked out when it was chosen, and the row selected.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareState {
    pub comparison: Comparison,
    pub cursor: usize,
}

impl CompareState {
    /// The figure of the selected row.
    pub fn selected(&self) -> Option<DocItem> {
        self.comparison.row(self.cursor).map(|row| DocItem {
            doc: DocIx(row.doc),
            item: Item::Metric(row.metric),
        })
    }
}

impl App {
    /// The comparison of indicator `id` across the open reports, in their order.
    pub fn comparison(&self, id: &str) -> Option<Comparison> {
        let datasets: Vec<_> = self
            .docs
            .iter()
            .map(|doc| (&doc.data, doc.data.zone.short_zh.as_str()))
            .collect();
        compare(&datasets, id)
    }

    /// The indicators some open report has a figure of, in the catalogue's order.
    pub fn indicators(&self) -> Vec<&'static str> {
        indicators_present(self.docs.iter().map(|doc| &doc.data))
    }

    /// Opens the comparison of indicator `id` on its first row; false when the catalogue has
    /// no such indicator.
    pub fn open_compare(&mut self, id: &str) -> bool {
        let Some(comparison) = self.comparison(id) else {
            return false;
        };
        self.overlay = Overlay::None;
        self.screen = Screen::Compare(CompareState {
            comparison,
            cursor: 0,
        });
        true
    }

    /// The comparison worked out again, after a report arrived, keeping the row selected.
    pub(super) fn refresh_compare(&mut self) {
        let Screen::Compare(state) = &self.screen else {
            return;
        };
        let kept = state.selected();
        let Some(comparison) = self.comparison(state.comparison.indicator.id) else {
            return;
        };
        let cursor = (0..comparison.len())
            .find(|i| {
                comparison.row(*i).map(|r| DocItem {
                    doc: DocIx(r.doc),
                    item: Item::Metric(r.metric),
                }) == kept
            })
            .unwrap_or(0);
        self.screen = Screen::Compare(CompareState { comparison, cursor });
    }
}

/// `c`: compares the indicator of the selected figure, or else the first indicator any report
/// has; a notice says when no figure names one.
pub(super) fn open(app: &mut App) {
    let selected = app
        .selected()
        .and_then(|s| app.resolve(s))
        .and_then(|(doc, item)| match item {
            Item::Metric(m) => doc.data[m].indicator.clone(),
            _ => None,
        });
    let id = selected.or_else(|| app.indicators().first().map(|id| (*id).to_owned()));
    let opened = id.is_some_and(|id| app.open_compare(&id));
    if !opened {
        app.notice = Some(
            app.lang
                .pick(
                    "没有哪份已打开的报告有标明标准指标的数字,无可比较(见 zonedash indicators)",
                    "no open report has a figure that names a standard indicator: nothing to compare (see zonedash indicators)",
                )
                .to_owned(),
        );
    }
}

/// Applies `action` on the comparison screen; false when it is not the screen's to handle.
pub(super) fn on_compare(app: &mut App, action: Action) -> bool {
    let Screen::Compare(state) = &mut app.screen else {
        return false;
    };
    let last = state.comparison.len().saturating_sub(1);
    let page = usize::from(app.size.1.saturating_sub(8)).max(1);
    let cursor = state.cursor.min(last);
    match action {
        Action::SelectNext => state.cursor = (cursor + 1).min(last),
        Action::SelectPrev => state.cursor = cursor.saturating_sub(1),
        Action::PageDown => state.cursor = (cursor + page).min(last),
        Action::PageUp => state.cursor = cursor.saturating_sub(page),
        Action::SelectFirst => state.cursor = 0,
        Action::SelectLast => state.cursor = last,
        Action::ShiftIndicator(step) => {
            let present = app.indicators();
            let Screen::Compare(state) = &app.screen else {
                return true;
            };
            let now = present
                .iter()
                .position(|id| *id == state.comparison.indicator.id);
            let next = match now {
                Some(i) => (i as isize + isize::from(step)).rem_euclid(present.len() as isize),
                None => 0,
            };
            if let Some(id) = present.get(next as usize) {
                app.open_compare(id);
            }
        }
        Action::Open if state.comparison.is_empty() => {}
        Action::Open => app.overlay = Overlay::Source { scroll: 0 },
        Action::OpenCompare | Action::Back => app.screen = Screen::Dashboard,
        Action::Click(..) | Action::DoubleClick(..) | Action::Scroll(..) => {}
        _ => return false,
    }
    true
}
