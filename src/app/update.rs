//! `update`: applies one action to the state. Pure: no I/O, no clock.

use super::focus::{cycle, neighbour};
use super::keymap::help_max_scroll;
use super::{Action, App};
use crate::layout::{Grid, column_first, page_rows, panel_at};

/// Applies `action` to `app`, then scrolls the column (if that is the layout) to the focus.
pub fn update(app: &mut App, action: Action) {
    apply(app, action);
    app.column_top = column_first(app.size, app.focus, app.column_top);
}

/// The rows PgUp/PgDn move in the focused panel now.
fn page(app: &App) -> isize {
    page_rows(app.size, app.focus, app.zoomed, app.column_top) as isize
}

fn apply(app: &mut App, action: Action) {
    match action {
        Action::Focus(direction) => {
            let grid = Grid::for_size(app.size.0, app.size.1);
            if let Some(panel) = neighbour(grid, app.focus, direction) {
                app.focus = panel;
            }
        }
        Action::NextPanel => app.focus = cycle(app.focus, 1),
        Action::PrevPanel => app.focus = cycle(app.focus, -1),
        Action::JumpTo(panel) => app.focus = panel,
        Action::ToggleZoom => app.zoomed = !app.zoomed,
        Action::Open if app.zoomed => app.detail = true,
        Action::Open => app.zoomed = true,
        Action::SelectNext => step(app, 1),
        Action::SelectPrev => step(app, -1),
        Action::PageDown => step(app, page(app)),
        Action::PageUp => step(app, -page(app)),
        Action::SelectFirst => step(app, isize::MIN),
        Action::SelectLast => step(app, isize::MAX),
        Action::ToggleDetail => app.detail = !app.detail,
        Action::ToggleLang => app.lang = app.lang.toggled(),
        Action::ToggleHelp => {
            app.help = !app.help;
            app.help_scroll = 0;
        }
        Action::Back => {
            if app.help {
                app.help = false;
            } else if app.detail {
                app.detail = false;
            } else {
                app.zoomed = false;
            }
        }
        Action::Quit => app.quit = true,
        Action::Resize(width, height) => {
            app.size = (width, height);
            app.help_scroll = app.help_scroll.min(help_max_scroll(app.size));
        }
        Action::Click(x, y) => {
            if let Some(panel) = clicked(app, x, y) {
                app.focus = panel;
            }
        }
        Action::DoubleClick(x, y) => {
            if let Some(panel) = clicked(app, x, y) {
                app.focus = panel;
                app.zoomed = !app.zoomed;
            }
        }
        Action::Scroll(x, y, delta) => {
            if !app.help
                && let Some(panel) = clicked(app, x, y)
            {
                app.focus = panel;
            }
            step(app, isize::from(delta));
        }
    }
}

/// The panel under a click, unless help covers the screen.
fn clicked(app: &App, x: u16, y: u16) -> Option<crate::model::Panel> {
    if app.help {
        return None;
    }
    panel_at(app.size, app.focus, app.zoomed, app.column_top, x, y)
}

/// Moves the selection of the focused panel (or the help's scroll) by `delta`, clamped.
fn step(app: &mut App, delta: isize) {
    if app.help {
        let scroll = (app.help_scroll as isize).saturating_add(delta);
        let max = help_max_scroll(app.size) as isize;
        app.help_scroll = u16::try_from(scroll.clamp(0, max)).unwrap_or(0);
        return;
    }
    let count = app.items(app.focus).len();
    let slot = &mut app.selected[app.focus.index()];
    let last = count.saturating_sub(1) as isize;
    *slot = (*slot as isize).saturating_add(delta).clamp(0, last) as usize;
}
