//! Dashboard state and the pure logic that changes it: actions, key bindings, focus, update.

mod action;
mod bindings;
pub mod focus;
pub mod keymap;
mod update;

pub use action::{Action, Move};
pub use update::update;

use crate::lang::Lang;
use crate::model::{Dataset, Item, Panel, Views};
use crate::ui::theme::Theme;

/// What has the keyboard: the grid, a zoomed panel, or the help overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Grid,
    Zoomed,
    Help,
}

/// The whole dashboard state. Rendering reads it and never changes it.
#[derive(Debug, Clone)]
pub struct App {
    pub data: Dataset,
    /// Panel contents worked out at load.
    pub views: Views,
    pub lang: Lang,
    pub theme: Theme,
    /// Terminal size in cells, kept so `update` can map clicks and pages to the layout.
    pub size: (u16, u16),
    pub focus: Panel,
    pub zoomed: bool,
    pub help: bool,
    /// The detail popup with the selected figure's full source.
    pub detail: bool,
    /// First help line shown, when help is taller than the screen.
    pub help_scroll: u16,
    /// First panel the one-column layout shows; it scrolls only to keep the focus in view.
    pub column_top: usize,
    /// Selected item of each panel, in `Panel::ALL` order.
    pub selected: [usize; 6],
    pub quit: bool,
}

impl App {
    /// A dashboard on `data`, in `lang`, for a terminal of `size`.
    pub fn new(data: Dataset, lang: Lang, theme: Theme, size: (u16, u16)) -> App {
        let views = Views::new(&data);
        App {
            data,
            views,
            lang,
            theme,
            size,
            focus: Panel::Growth,
            zoomed: false,
            help: false,
            detail: false,
            help_scroll: 0,
            column_top: 0,
            selected: [0; 6],
            quit: false,
        }
    }

    /// Which bindings apply now.
    pub fn mode(&self) -> Mode {
        if self.help {
            Mode::Help
        } else if self.zoomed {
            Mode::Zoomed
        } else {
            Mode::Grid
        }
    }

    /// The selectable items of `panel`.
    pub fn items(&self, panel: Panel) -> &[Item] {
        &self.views.items[panel.index()]
    }

    /// The selected item of `panel`, if it has any.
    pub fn selected_item(&self, panel: Panel) -> Option<Item> {
        self.items(panel).get(self.selected[panel.index()]).copied()
    }

    /// The selected index of `panel`.
    pub fn selection(&self, panel: Panel) -> usize {
        self.selected[panel.index()]
    }

    /// Focuses the panel that lists the item with `id` and selects it; false when no item has it.
    pub fn select_id(&mut self, id: &str) -> bool {
        for panel in Panel::ALL {
            let found = self
                .items(*panel)
                .iter()
                .position(|item| self.item_id(*item) == Some(id));
            if let Some(index) = found {
                self.focus = *panel;
                self.selected[panel.index()] = index;
                return true;
            }
        }
        false
    }

    /// The dataset id of `item`.
    pub fn item_id(&self, item: Item) -> Option<&str> {
        let d = &self.data;
        Some(match item {
            Item::Metric(m) => d.metrics.get(m)?.id.as_str(),
            Item::Project(c, p) => d.clusters.get(c)?.projects.get(p)?.id.as_str(),
            Item::Reference(r) => d.references.get(r)?.id.as_str(),
            Item::Section(s) => d.sections.get(s)?.id.as_str(),
        })
    }
}
