//! Dashboard state and the pure logic that changes it: documents, actions, key bindings, update.

mod action;
mod bindings;
mod compare;
mod cursor;
mod doc;
pub mod focus;
pub mod help;
pub mod keymap;
mod keys;
mod loading;
mod picker;
pub mod popup;
mod search;
mod update;

pub use action::{Action, Move};
pub use compare::CompareState;
pub use doc::Doc;
pub use keys::{ACTION_NAMES, KeyTable, action_named, name_of};
pub use loading::{LoadFailure, Loaded, Progress};
pub use picker::{PickerRow, PickerState};
pub use search::{Hit, SearchState};
pub use update::update;

use crate::lang::Lang;
use crate::model::{Dataset, Item};

/// What is drawn over the panels, if anything: one at a time, so no two can be open at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Overlay {
    #[default]
    None,
    /// Every field of the selected item, its quote in full, scrolled by this many lines.
    Source { scroll: u16 },
    /// The catalogue's definition of the selected figure's indicator.
    Definition,
    /// The key help, scrolled by this many lines.
    Help { scroll: u16 },
}

/// Which screen is under any overlay: the report's panels, or a screen over every report.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Screen {
    #[default]
    Dashboard,
    /// The list of open reports, filtered as the user types.
    Picker(PickerState),
    /// One indicator across every open report.
    Compare(CompareState),
    /// Every open report searched as the user types.
    Search(SearchState),
}

/// What has the keyboard: the grid, a zoomed panel, the report picker, the comparison, the
/// search, the source popup or the help overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Grid,
    Zoomed,
    Picker,
    Compare,
    Search,
    Source,
    Help,
}

impl Mode {
    /// Every mode.
    pub const ALL: [Mode; 7] = [
        Mode::Grid,
        Mode::Zoomed,
        Mode::Picker,
        Mode::Compare,
        Mode::Search,
        Mode::Source,
        Mode::Help,
    ];
}

/// Index into `App::docs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DocIx(pub usize);

/// An item together with the document it belongs to, so it cannot be looked up in another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DocItem {
    pub doc: DocIx,
    pub item: Item,
}

/// The whole dashboard state. Drawing reads it and never changes it.
#[derive(Debug, Clone)]
pub struct App {
    /// The open reports; never empty.
    pub docs: Vec<Doc>,
    /// The report on screen.
    pub current: DocIx,
    /// Files that did not open, each with its first error; never fatal.
    pub failures: Vec<LoadFailure>,
    /// Files still loading in the background, while any are.
    pub loading: Option<Progress>,
    pub screen: Screen,
    pub overlay: Overlay,
    pub lang: Lang,
    /// Terminal size in cells, kept so `update` can map clicks and pages to the layout.
    pub size: (u16, u16),
    /// First panel the one-column layout shows; it scrolls only to keep the focus in view.
    pub column_top: usize,
    /// The keys in force (the built-in table, or the config file's).
    pub keys: std::sync::Arc<KeyTable>,
    /// A one-line message for the footer (a picture saved, or why not), until the next key.
    pub notice: Option<String>,
    /// The last search run, for `n` and `N` once its screen is closed.
    pub last_search: Option<SearchState>,
    pub quit: bool,
}

impl App {
    /// A dashboard on `data`, in `lang`, for a terminal of `size`.
    pub fn new(data: Dataset, lang: Lang, size: (u16, u16)) -> App {
        App::with_doc(Doc::new(data), lang, size)
    }

    /// A dashboard on one opened report; more may arrive through [`App::receive`].
    pub fn with_doc(doc: Doc, lang: Lang, size: (u16, u16)) -> App {
        App {
            docs: vec![doc],
            current: DocIx(0),
            failures: Vec::new(),
            loading: None,
            screen: Screen::Dashboard,
            overlay: Overlay::None,
            lang,
            size,
            column_top: 0,
            keys: KeyTable::standard(),
            notice: None,
            last_search: None,
            quit: false,
        }
    }

    /// The report on screen.
    pub fn doc(&self) -> &Doc {
        // `docs` is never empty and `current` always one of them (only `new` and `update` set them).
        &self.docs[self.current.0.min(self.docs.len() - 1)]
    }

    /// Where things are on the app's terminal now, for the report on screen.
    pub fn at(&self) -> crate::layout::At<'_> {
        let doc = self.doc();
        crate::layout::At {
            size: self.size,
            focus: doc.focus,
            zoomed: doc.zoomed,
            first: self.column_top,
            shown: doc.view.shown(),
        }
    }

    /// The report on screen, to change.
    pub fn doc_mut(&mut self) -> &mut Doc {
        let last = self.docs.len() - 1;
        &mut self.docs[self.current.0.min(last)]
    }

    /// The document `item` belongs to, with the item.
    pub fn resolve(&self, item: DocItem) -> Option<(&Doc, Item)> {
        self.docs.get(item.doc.0).map(|doc| (doc, item.item))
    }

    /// What is selected: the comparison's row, the search's match, or else the selected item
    /// of the focused panel of the report on screen.
    pub fn selected(&self) -> Option<DocItem> {
        match &self.screen {
            Screen::Compare(state) => state.selected(),
            Screen::Search(state) => state.selected(),
            Screen::Dashboard | Screen::Picker(_) => {
                self.doc().current_item().map(|item| DocItem {
                    doc: self.current,
                    item,
                })
            }
        }
    }

    /// Which bindings apply now.
    pub fn mode(&self) -> Mode {
        match self.overlay {
            Overlay::Help { .. } => Mode::Help,
            _ if matches!(self.screen, Screen::Picker(_)) => Mode::Picker,
            Overlay::Source { .. } => Mode::Source,
            _ if matches!(self.screen, Screen::Compare(_)) => Mode::Compare,
            _ if matches!(self.screen, Screen::Search(_)) => Mode::Search,
            _ if self.doc().zoomed => Mode::Zoomed,
            _ => Mode::Grid,
        }
    }

    /// True when the source popup is open.
    pub fn source_open(&self) -> bool {
        matches!(self.overlay, Overlay::Source { .. })
    }

    /// The help's scroll, when help is open.
    pub fn help_scroll(&self) -> Option<u16> {
        match self.overlay {
            Overlay::Help { scroll } => Some(scroll),
            _ => None,
        }
    }
}
