//! Where things go on screen, as pure functions of the terminal size: used to draw, to map clicks, to page.

use ratatui::layout::{Constraint, Layout, Rect};

pub use crate::grid::{Arrangement, GRIDS, Grid, grid_shape};
use crate::view::PanelId as Panel;

/// The smallest terminal the dashboard draws in; below it, a message asks for more room.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// The screen's fixed regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    pub header: Rect,
    pub body: Rect,
    /// The selected figure's one- or two-line summary.
    pub detail: Rect,
    pub footer: Rect,
}

/// True when `area` is too small for the dashboard.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Splits `area` into header, body, detail line and footer.
pub fn screen(area: Rect) -> Screen {
    let detail_rows = if area.height >= 24 { 2 } else { 1 };
    if area.height < detail_rows + 2 {
        return solved_screen(area, detail_rows);
    }
    // The same split as the solver's (a test holds them equal), without the solver: the first
    // frame would spend a tenth of its time there, before its result is cached.
    let row = |y: u16, height: u16| Rect::new(area.x, y, area.width, height);
    let body_rows = area.height - detail_rows - 2;
    Screen {
        header: row(area.y, 1),
        body: row(area.y + 1, body_rows),
        detail: row(area.y + 1 + body_rows, detail_rows),
        footer: row(area.bottom() - 1, 1),
    }
}

/// The screen's regions as ratatui's solver places them: for an area too short for every
/// fixed row, where the solver decides what gives way.
#[cold]
fn solved_screen(area: Rect, detail_rows: u16) -> Screen {
    let [header, body, detail, footer] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(detail_rows),
        Constraint::Length(1),
    ]));
    Screen {
        header,
        body,
        detail,
        footer,
    }
}

/// Height of one panel in the scrolling column.
fn column_panel_height(body: Rect) -> u16 {
    (body.height / 2).clamp(8, 14).min(body.height).max(1)
}

/// How many of `count` panels the scrolling column shows in `body`.
fn column_visible(body: Rect, count: usize) -> usize {
    usize::from((body.height / column_panel_height(body)).max(1)).min(count.max(1))
}

/// The first panel the column shows on a terminal of `size`, moved as little as possible from
/// `first` so that `focus` is shown: a click on a shown panel never scrolls the column.
/// `shown` are the panels the report fills, in order.
pub fn column_first(size: (u16, u16), focus: Panel, first: usize, shown: &[Panel]) -> usize {
    if Grid::for_size(size.0, size.1) != Grid::Column {
        return 0;
    }
    let body = screen(Rect::new(0, 0, size.0, size.1)).body;
    let visible = column_visible(body, shown.len());
    let focus = shown.iter().position(|p| *p == focus).unwrap_or(0);
    let first = if focus < first {
        focus
    } else if focus >= first + visible {
        focus + 1 - visible
    } else {
        first
    };
    first.min(shown.len().saturating_sub(visible))
}

/// The panels on screen and where, arranged as `grid` in `body`: only `shown`, the panels the
/// report fills, so an empty one gives its room to the others (see [`Arrangement`]). In the
/// column, only the panels that fit are returned, from the `first`.
pub fn panels(grid: Grid, body: Rect, first: usize, shown: &[Panel]) -> Vec<(Panel, Rect)> {
    match grid {
        Grid::Wide | Grid::Medium => Arrangement::of(grid, shown).place(body),
        Grid::Column => {
            let height = column_panel_height(body);
            let visible = column_visible(body, shown.len());
            let first = first.min(shown.len().saturating_sub(visible));
            shown[first..(first + visible).min(shown.len())]
                .iter()
                .zip((0u16..).map(|n| body.y.saturating_add(height.saturating_mul(n))))
                .map(|(panel, y)| {
                    (
                        *panel,
                        Rect::new(
                            body.x,
                            y,
                            body.width,
                            height.min(body.bottom().saturating_sub(y)),
                        ),
                    )
                })
                .collect()
        }
    }
}

/// Where things are on a terminal: its size, the focused panel, whether it is zoomed, the
/// column's first panel, and the panels the report fills.
#[derive(Debug, Clone, Copy)]
pub struct At<'a> {
    pub size: (u16, u16),
    pub focus: Panel,
    pub zoomed: bool,
    pub first: usize,
    pub shown: &'a [Panel],
}

/// Where the panels are on a terminal (the focused one alone when zoomed).
pub fn placed(at: At<'_>) -> Vec<(Panel, Rect)> {
    let area = Rect::new(0, 0, at.size.0, at.size.1);
    if too_small(area) {
        return Vec::new();
    }
    let body = screen(area).body;
    if at.zoomed {
        return vec![(at.focus, body)];
    }
    panels(
        Grid::for_size(at.size.0, at.size.1),
        body,
        at.first,
        at.shown,
    )
}

/// Where `panel` is, if it is on screen.
pub fn panel_rect(at: At<'_>, panel: Panel) -> Option<Rect> {
    placed(at)
        .into_iter()
        .find(|(p, _)| *p == panel)
        .map(|(_, rect)| rect)
}

/// The panel under cell (`x`, `y`), if any.
pub fn panel_at(at: At<'_>, x: u16, y: u16) -> Option<Panel> {
    placed(at)
        .into_iter()
        .find(|(_, rect)| rect.contains((x, y).into()))
        .map(|(panel, _)| panel)
}

/// The step of PgUp/PgDn: the rows of the focused panel less one, so a row of context stays;
/// half that when zoomed, where a chart takes the top of the panel.
pub fn page_rows(at: At<'_>) -> usize {
    let inner = placed(at)
        .into_iter()
        .find(|(panel, _)| *panel == at.focus)
        .map_or(1, |(_, rect)| usize::from(rect.height.saturating_sub(2)));
    let rows = if at.zoomed { inner / 2 } else { inner };
    rows.saturating_sub(1).max(1)
}

/// Where the help overlay goes on a terminal of `size`.
pub fn help_area(size: (u16, u16)) -> Rect {
    // Wide enough for the longest line of help, where the terminal is.
    let width = size.0.saturating_sub(4).min(112);
    let height = size.1.saturating_sub(2);
    Rect::new(size.0.saturating_sub(width) / 2, 1, width, height)
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
