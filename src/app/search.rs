//! The search screen's state and what its keys do: every open report searched as the user
//! types; Enter goes to a match, `n` and `N` to the next and previous one afterwards.

use super::{Action, App, DocItem, DocIx, Screen};
use crate::view::search::{Target, needle};

/// A match: an item of a report, or the report itself (its zone's names matched).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub doc: DocIx,
    pub target: Target,
}

/// What was typed, every match of it in every open report (report by report, each in the
/// report's order), and the match selected.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchState {
    pub query: String,
    pub hits: Vec<Hit>,
    pub cursor: usize,
}

impl SearchState {
    /// The item of the selected match, when it is an item.
    pub fn selected(&self) -> Option<DocItem> {
        match self.hits.get(self.cursor)? {
            Hit {
                doc,
                target: Target::Item(item),
            } => Some(DocItem {
                doc: *doc,
                item: *item,
            }),
            Hit {
                target: Target::Report,
                ..
            } => None,
        }
    }
}

impl App {
    /// Every match of `query` in every open report.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let needle = needle(query);
        self.docs
            .iter()
            .enumerate()
            .flat_map(|(ix, doc)| {
                doc.search_index()
                    .find(&needle)
                    .into_iter()
                    .map(move |target| Hit {
                        doc: DocIx(ix),
                        target,
                    })
            })
            .collect()
    }

    /// Shows the report of `hit` with its item selected in the panel that lists it.
    pub fn go_to(&mut self, hit: Hit) {
        if hit.doc.0 >= self.docs.len() {
            return;
        }
        self.current = hit.doc;
        self.screen = Screen::Dashboard;
        if let Target::Item(item) = hit.target {
            self.doc_mut().select_item(item);
        }
    }
}

impl App {
    /// The search's matches worked out again after a report arrived; the selection stays on
    /// its match (a new report's matches come after every earlier one).
    pub(super) fn refresh_search(&mut self) {
        let Screen::Search(state) = &self.screen else {
            return;
        };
        let hits = self.search(&state.query);
        if let Screen::Search(state) = &mut self.screen {
            state.hits = hits;
        }
    }
}

/// `/`: the search screen, with the last query and its matches when there was one.
pub(super) fn open(app: &mut App) {
    let state = match app.last_search.clone() {
        Some(last) => SearchState {
            hits: app.search(&last.query),
            ..last
        },
        None => SearchState::default(),
    };
    app.overlay = super::Overlay::None;
    app.screen = Screen::Search(state);
}

/// Applies `action` on the search screen; false when it is not the screen's to handle.
pub(super) fn on_search(app: &mut App, action: Action) -> bool {
    let Screen::Search(state) = &mut app.screen else {
        return false;
    };
    let last = state.hits.len().saturating_sub(1);
    let page = super::cursor::page(app.size.1);
    if let Some(moved) = super::cursor::moved(state.cursor, last, page, action) {
        state.cursor = moved;
        return true;
    }
    let cursor = state.cursor.min(last);
    match action {
        Action::Type(c) => {
            let mut query = std::mem::take(&mut state.query);
            query.push(c);
            retype(app, query);
        }
        Action::Erase => {
            let mut query = std::mem::take(&mut state.query);
            query.pop();
            retype(app, query);
        }
        Action::Open => {
            state.cursor = cursor;
            let chosen = state.hits.get(cursor).copied();
            app.last_search = Some(state.clone());
            match chosen {
                Some(hit) => app.go_to(hit),
                None => app.screen = Screen::Dashboard,
            }
        }
        Action::Back => app.screen = Screen::Dashboard,
        Action::Click(..) | Action::DoubleClick(..) | Action::Scroll(..) => {}
        _ => return false,
    }
    true
}

/// The search screen with `query` and its matches, the first selected.
fn retype(app: &mut App, query: String) {
    let hits = app.search(&query);
    app.screen = Screen::Search(SearchState {
        query,
        hits,
        cursor: 0,
    });
}

/// `n` (`step` 1) or `N` (-1): the next or previous match of the last search, around the end.
pub(super) fn next_match(app: &mut App, step: isize) {
    let Some(last) = app.last_search.as_mut() else {
        app.notice = Some(
            app.lang
                .pick("还没有搜索:按 / 搜索", "no search yet: press / to search")
                .to_owned(),
        );
        return;
    };
    if last.hits.is_empty() {
        let query = last.query.clone();
        app.notice = Some(match app.lang {
            crate::lang::Lang::Zh => format!("“{query}”没有匹配"),
            crate::lang::Lang::En => format!("nothing matches “{query}”"),
        });
        return;
    }
    // Reports that arrived since are searched too; they come after the ones searched before,
    // so every earlier match keeps its place.
    let query = last.query.clone();
    let hits = app.search(&query);
    let Some(last) = app.last_search.as_mut() else {
        return;
    };
    last.hits = hits;
    let count = last.hits.len() as isize;
    last.cursor = (last.cursor as isize + step).rem_euclid(count) as usize;
    let (hit, at) = (last.hits[last.cursor], last.cursor + 1);
    app.go_to(hit);
    app.notice = Some(match app.lang {
        crate::lang::Lang::Zh => format!("“{query}”第 {at}/{count} 处"),
        crate::lang::Lang::En => format!("“{query}”: match {at} of {count}"),
    });
}
