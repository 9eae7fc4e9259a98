//! `update`: applies one action to the state. Pure: no I/O, no clock.

use super::focus::{cycle, neighbour};
use super::help::help_max_scroll;
use super::{Action, App, Overlay, PickerRow, PickerState, Screen};
use ratatui::layout::Margin;

use crate::layout::{Grid, column_first, page_rows, panel_at, panel_rect};
use crate::view::PanelId;
use crate::view::window::Window;

/// Applies `action` to `app`, then scrolls the column (if that is the layout) to the focus.
pub fn update(app: &mut App, action: Action) {
    // A notice answers the key before; the next key (not a resize) puts the hints back.
    if !matches!(action, Action::Resize(..)) {
        app.notice = None;
    }
    apply(app, action);
    let doc = app.doc();
    app.column_top = column_first(app.size, doc.focus, app.column_top, doc.view.shown());
}

/// The rows PgUp/PgDn move in the focused panel now.
fn page(app: &App) -> isize {
    page_rows(app.at()) as isize
}

fn apply(app: &mut App, action: Action) {
    if app.overlay == Overlay::None
        && (picker(app, action)
            || super::compare::on_compare(app, action)
            || super::search::on_search(app, action))
    {
        return;
    }
    let size = app.size;
    let lang = app.lang;
    match action {
        Action::Focus(direction) => {
            // The whole arrangement, not only what the column shows, so focus can move on to
            // a panel scrolled out of the column.
            let at = crate::layout::At {
                zoomed: false,
                first: 0,
                ..app.at()
            };
            let arranged = match Grid::for_size(size.0, size.1) {
                Grid::Column => column_arrangement(at.shown),
                _ => crate::layout::placed(at),
            };
            if let Some(panel) = neighbour(&arranged, at.focus, direction) {
                app.doc_mut().focus = panel;
            }
        }
        Action::NextPanel => {
            let doc = app.doc();
            let next = cycle(doc.view.shown(), doc.focus, 1);
            app.doc_mut().focus = next;
        }
        Action::PrevPanel => {
            let doc = app.doc();
            let previous = cycle(doc.view.shown(), doc.focus, -1);
            app.doc_mut().focus = previous;
        }
        // Panels are numbered as they are placed: a panel the report leaves empty has none.
        Action::JumpTo(n) => {
            if let Some(panel) = app.doc().view.shown().get(n).copied() {
                app.doc_mut().focus = panel;
            }
        }
        Action::ToggleZoom => app.doc_mut().zoomed ^= true,
        Action::Open if app.source_open() => app.overlay = Overlay::None,
        // No popup over an empty panel: there is no source to show.
        Action::Open if app.doc().zoomed && app.selected().is_none() => {}
        Action::Open if app.doc().zoomed => app.overlay = Overlay::Source { scroll: 0 },
        Action::Open => app.doc_mut().zoomed = true,
        Action::SelectNext => select(app, 1),
        Action::SelectPrev => select(app, -1),
        Action::ScrollText(delta) => step(app, isize::from(delta)),
        Action::PageDown => step(app, page(app)),
        Action::PageUp => step(app, -page(app)),
        Action::SelectFirst => select(app, isize::MIN),
        Action::SelectLast => select(app, isize::MAX),
        // The loop saves the picture (I/O) and reports back with a notice.
        Action::SavePicture => {}
        Action::ToggleDetail if app.selected().is_none() && !app.source_open() => {}
        Action::ToggleDetail => {
            app.overlay = match app.overlay {
                Overlay::Source { .. } => Overlay::None,
                _ => Overlay::Source { scroll: 0 },
            }
        }
        Action::ToggleDefinition => {
            app.overlay = match app.overlay {
                Overlay::Definition => Overlay::None,
                _ => Overlay::Definition,
            }
        }
        Action::ToggleLang => {
            app.lang = lang.toggled();
            // The comparison's rows are in the order of the zones' names in this language.
            app.refresh_compare();
            clamp_help(app);
            clamp_source(app);
        }
        Action::ToggleHelp => {
            app.overlay = match app.overlay {
                Overlay::Help { .. } => Overlay::None,
                _ => Overlay::Help { scroll: 0 },
            }
        }
        Action::Back => match app.overlay {
            Overlay::None if app.screen != Screen::Dashboard => app.screen = Screen::Dashboard,
            Overlay::None => app.doc_mut().zoomed = false,
            _ => app.overlay = Overlay::None,
        },
        Action::OpenPicker => {
            let cursor = app.current.0;
            app.overlay = Overlay::None;
            app.screen = Screen::Picker(PickerState {
                query: String::new(),
                cursor,
            });
        }
        Action::OpenCompare => super::compare::open(app),
        // Changing the indicator means something only in the comparison.
        Action::ShiftIndicator(_) => {}
        Action::OpenSearch => super::search::open(app),
        Action::NextMatch(step) => super::search::next_match(app, isize::from(step)),
        // The loop copies (I/O) and reports back with a notice.
        Action::CopyCitation => {}
        // Typing means something only on a screen with a filter.
        Action::Type(_) | Action::Erase => {}
        Action::Quit => app.quit = true,
        Action::Resize(width, height) => {
            app.size = (width, height);
            clamp_help(app);
            clamp_source(app);
        }
        Action::Click(x, y) => click(app, x, y),
        Action::DoubleClick(x, y) => {
            if let Some(panel) = clicked(app, x, y) {
                let doc = app.doc_mut();
                doc.focus = panel;
                doc.zoomed = !doc.zoomed;
            }
        }
        Action::Scroll(x, y, delta) => {
            if let Some(panel) = clicked(app, x, y) {
                app.doc_mut().focus = panel;
            }
            step(app, isize::from(delta));
        }
    }
}

/// Applies `action` on the picker; false when it is not the picker's to handle.
fn picker(app: &mut App, action: Action) -> bool {
    let Screen::Picker(state) = &app.screen else {
        return false;
    };
    let rows = app.picker_rows(&state.query);
    let last = rows.len().saturating_sub(1);
    let page = super::cursor::page(app.size.1);
    let Screen::Picker(state) = &mut app.screen else {
        return false;
    };
    if let Some(moved) = super::cursor::moved(state.cursor, last, page, action) {
        state.cursor = moved;
        return true;
    }
    let cursor = state.cursor.min(last);
    match action {
        Action::Type(c) => {
            state.query.push(c);
            state.cursor = 0;
        }
        Action::Erase => {
            state.query.pop();
            state.cursor = 0;
        }
        Action::Open => {
            // A failed file has nothing to show; the picker stays, its error in view.
            if let Some(PickerRow::Doc(doc)) = rows.get(cursor) {
                app.current = *doc;
                app.screen = Screen::Dashboard;
            }
        }
        Action::Back => app.screen = Screen::Dashboard,
        Action::Click(..) | Action::DoubleClick(..) | Action::Scroll(..) => {}
        _ => return false,
    }
    true
}

/// Moves the selection by `delta`; in the source popup, to the source of that item, from its top.
fn select(app: &mut App, delta: isize) {
    if let Overlay::Source { scroll } = &mut app.overlay {
        *scroll = 0;
        app.doc_mut().step(delta);
    } else {
        step(app, delta);
    }
}

/// Keeps the source popup's scroll within the lines it shows at this size and language.
fn clamp_source(app: &mut App) {
    if let Overlay::Source { scroll } = app.overlay {
        let max = super::popup::source_max_scroll(app);
        app.overlay = Overlay::Source {
            scroll: scroll.min(max),
        };
    }
}

/// Keeps the help's scroll within its lines after the size or language changed.
fn clamp_help(app: &mut App) {
    let max = help_max_scroll(app.size, app.lang, app.doc().view.shown());
    if let Overlay::Help { scroll } = &mut app.overlay {
        *scroll = (*scroll).min(max);
    }
}

/// A click focuses the panel under it and selects the item on the row it hit, if any.
fn click(app: &mut App, x: u16, y: u16) {
    let Some(panel) = clicked(app, x, y) else {
        return;
    };
    let item = item_at(app, panel, x, y);
    let doc = app.doc_mut();
    doc.focus = panel;
    if let Some(index) = item {
        doc.selected[panel] = index;
    }
}

/// The item on the row of `panel` at (`x`, `y`), as the panel draws its rows now.
fn item_at(app: &App, panel: PanelId, x: u16, y: u16) -> Option<usize> {
    let doc = app.doc();
    let rect = panel_rect(app.at(), panel)?;
    let inner = rect.inner(Margin {
        vertical: 1,
        horizontal: 1,
    });
    if !inner.contains((x, y).into()) {
        return None;
    }
    let shape = doc.view.shape(panel, doc.zoomed);
    let window = Window::new(&shape, usize::from(inner.height), doc.selected[panel]);
    let row = window.row_at(usize::from(y - inner.y))?;
    shape.item_on(row)
}

/// The panel under a click, unless an overlay covers the screen.
fn clicked(app: &App, x: u16, y: u16) -> Option<PanelId> {
    if app.overlay != Overlay::None || app.screen != Screen::Dashboard {
        return None;
    }
    panel_at(app.at(), x, y)
}

/// Moves the selection of the focused panel (or the help's scroll) by `delta`, clamped.
fn step(app: &mut App, delta: isize) {
    if matches!(app.overlay, Overlay::Help { .. }) {
        let max = help_max_scroll(app.size, app.lang, app.doc().view.shown()) as isize;
        let Overlay::Help { scroll } = &mut app.overlay else {
            return;
        };
        let moved = (*scroll as isize).saturating_add(delta).clamp(0, max);
        *scroll = u16::try_from(moved).unwrap_or(0);
        return;
    }
    if let Overlay::Source { scroll } = &mut app.overlay {
        *scroll = u16::try_from((*scroll as isize).saturating_add(delta).max(0)).unwrap_or(0);
        clamp_source(app);
        return;
    }
    app.doc_mut().step(delta);
}

/// The column's panels one above the other, each one row tall: where arrows move in it.
fn column_arrangement(shown: &[PanelId]) -> Vec<(PanelId, ratatui::layout::Rect)> {
    (0u16..)
        .zip(shown)
        .map(|(y, p)| (*p, ratatui::layout::Rect::new(0, y, 1, 1)))
        .collect()
}
