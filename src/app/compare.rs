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
    /// The comparison of indicator `id` across the open reports, rows ordered by the zones'
    /// names in the language on screen.
    pub fn comparison(&self, id: &str) -> Option<Comparison> {
        let datasets: Vec<_> = self
            .docs
            .iter()
            .map(|doc| {
                let zone = &doc.data.zone;
                (&doc.data, self.lang.pick(&zone.short_zh, &zone.short_en))
            })
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

/// `c`: compares the indicator of the selected figure, its row selected; or else the first
/// indicator any report has, and a notice says the selected figure names none.
pub(super) fn open(app: &mut App) {
    let chosen = app.selected();
    let selected = chosen
        .and_then(|s| app.resolve(s))
        .and_then(|(doc, item)| match item {
            Item::Metric(m) => doc.data[m].indicator.clone(),
            _ => None,
        });
    let lang = app.lang;
    let Some(id) = selected
        .clone()
        .or_else(|| app.indicators().first().map(|id| (*id).to_owned()))
    else {
        app.notice = Some(
            lang.pick(
                "没有哪份已打开的报告有标明标准指标的数字,无可比较(见 zonedash indicators)",
                "no open report has a figure that names a standard indicator: nothing to compare (see zonedash indicators)",
            )
            .to_owned(),
        );
        return;
    };
    if !app.open_compare(&id) {
        return;
    }
    if selected.is_none() {
        let name = crate::model::indicators::lookup(&id)
            .map_or(id.as_str(), |i| lang.pick(i.name_zh, i.name_en));
        app.notice = Some(match lang {
            crate::lang::Lang::Zh => {
                format!("所选项不是标准指标,改为比较第一个有数字的指标:{name}")
            }
            crate::lang::Lang::En => format!(
                "the selected item names no standard indicator: comparing the first one a report has, {name}"
            ),
        });
    }
    if let Screen::Compare(state) = &mut app.screen
        && let Some(row) = (0..state.comparison.len()).find(|i| {
            state.comparison.row(*i).map(|r| DocItem {
                doc: DocIx(r.doc),
                item: Item::Metric(r.metric),
            }) == chosen
        })
    {
        state.cursor = row;
    }
}

/// Applies `action` on the comparison screen; false when it is not the screen's to handle.
pub(super) fn on_compare(app: &mut App, action: Action) -> bool {
    let Screen::Compare(state) = &mut app.screen else {
        return false;
    };
    let last = state.comparison.len().saturating_sub(1);
    let page = super::cursor::page(app.size.1);
    if let Some(moved) = super::cursor::moved(state.cursor, last, page, action) {
        state.cursor = moved;
        return true;
    }
    match action {
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
