//! One open report: its dataset, its panel models, and where the user is in it.

use std::path::PathBuf;
use std::sync::OnceLock;

use crate::model::{Dataset, Item};
use crate::view::search::SearchIndex;
use crate::view::{PanelId, PanelMap, PanelViews};

/// A dataset with the panels built from it and the user's place in them: focus, zoom, and a
/// selection per panel.
#[derive(Debug, Clone)]
pub struct Doc {
    pub data: Dataset,
    /// How the report is named in lists: its file, or the bundled dataset's name.
    pub name: String,
    /// Machine-read from a report text and not reviewed by a person.
    pub draft: bool,
    /// The file it was opened from (none for the bundled dataset).
    pub path: Option<PathBuf>,
    /// A dataset's report text, where its `report.source_file` says it is beside the file: a
    /// draft of that same text is not opened as a report of its own.
    pub text: Option<PathBuf>,
    /// Panel models worked out at load.
    pub view: PanelViews,
    /// What a search looks through, worked out the first time it is needed (the loader's
    /// threads do it for the reports they open, so only the first report's waits for `/`):
    /// building it for 10,000 figures would hold the first frame back by a quarter.
    search: OnceLock<SearchIndex>,
    pub focus: PanelId,
    /// The focused panel fills the body.
    pub zoomed: bool,
    /// The selected item index of each panel.
    pub selected: PanelMap<usize>,
    /// How many readings of a schema-1 file schema 2 refuses: the header counts them and
    /// `zonedash validate FILE` lists them.
    pub warnings: usize,
}

impl Doc {
    /// A document on `data`, unnamed, the first panel focused, nothing zoomed or selected beyond the first.
    pub fn new(data: Dataset) -> Doc {
        Doc::opened(data, String::new(), false)
    }

    /// A document on `data` opened from `name`; `draft` when it was read from a report text
    /// (a dataset that says it is machine-read is a draft too).
    pub fn opened(data: Dataset, name: String, draft: bool) -> Doc {
        let view = PanelViews::new(&data);
        let focus = view.shown().first().copied().unwrap_or(PanelId::ALL[0]);
        let draft = draft || data.report.machine_read;
        Doc {
            data,
            name,
            draft,
            path: None,
            text: None,
            view,
            search: OnceLock::new(),
            focus,
            zoomed: false,
            selected: PanelMap::default(),
            warnings: 0,
        }
    }

    /// The same document, known to come from `path` (made absolute: this reads the file
    /// system, so it is done where the file is opened); its report text is looked for beside
    /// it.
    pub fn from_file(mut self, path: &std::path::Path) -> Doc {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        self.text = (!self.draft)
            .then(|| crate::model::source_path(&path, &self.data))
            .flatten()
            .map(|text| text.canonicalize().unwrap_or(text));
        self.path = Some(path);
        self
    }

    /// What a search looks through in this report.
    pub fn search_index(&self) -> &SearchIndex {
        self.search.get_or_init(|| SearchIndex::build(&self.data))
    }

    /// The selectable items of `panel`.
    pub fn items(&self, panel: PanelId) -> &[Item] {
        self.view.items(panel)
    }

    /// The selected item of `panel`, if it has any.
    pub fn selected_item(&self, panel: PanelId) -> Option<Item> {
        self.items(panel).get(self.selected[panel]).copied()
    }

    /// The selected item of the focused panel.
    pub fn current_item(&self) -> Option<Item> {
        self.selected_item(self.focus)
    }

    /// Focuses the panel that lists the item with `id` and selects it; false when no item has it.
    pub fn select_id(&mut self, id: &str) -> bool {
        self.select_where(|doc, item| doc.data.item_id(item) == Some(id))
    }

    /// Focuses the panel that lists `item` and selects it; false when no panel lists it.
    pub fn select_item(&mut self, item: Item) -> bool {
        self.select_where(|_, listed| listed == item)
    }

    /// Focuses the first panel listing an item `wanted` accepts, and selects that item.
    fn select_where(&mut self, wanted: impl Fn(&Doc, Item) -> bool) -> bool {
        for panel in PanelId::ALL {
            let found = self
                .items(*panel)
                .iter()
                .position(|item| wanted(self, *item));
            if let Some(index) = found {
                self.focus = *panel;
                self.selected[*panel] = index;
                return true;
            }
        }
        false
    }

    /// Moves the focused panel's selection by `delta`, clamped to its items.
    pub fn step(&mut self, delta: isize) {
        let last = self.items(self.focus).len().saturating_sub(1) as isize;
        let slot = &mut self.selected[self.focus];
        *slot = (*slot as isize).saturating_add(delta).clamp(0, last) as usize;
    }
}
