//! Where things go on screen, as pure functions of the terminal size: used to draw, to map clicks, to page.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::view::PanelId as Panel;

/// The smallest terminal the dashboard draws in; below it, a message asks for more room.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// How the six panels are arranged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grid {
    /// Three columns, two rows: 120×36 and up.
    Wide,
    /// Two columns, three rows: 80×24 and up.
    Medium,
    /// One column that scrolls to the focused panel.
    Column,
}

impl Grid {
    /// The arrangement for a terminal of `width`×`height`.
    pub fn for_size(width: u16, height: u16) -> Grid {
        if width >= 120 && height >= 36 {
            Grid::Wide
        } else if width >= 80 && height >= 24 {
            Grid::Medium
        } else {
            Grid::Column
        }
    }

    /// Columns of the arrangement.
    pub fn columns(self) -> usize {
        match self {
            Grid::Wide => 3,
            Grid::Medium => 2,
            Grid::Column => 1,
        }
    }
}

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

/// `length` cells from `start` in `parts` parts as even as they can be, as ratatui's `Layout`
/// with one `Fill(1)` each splits them (a test holds the two equal): part `i` runs from
/// round(i·length/parts) to round((i+1)·length/parts).
fn even_parts(start: u16, length: u16, parts: usize) -> impl Iterator<Item = (u16, u16)> {
    let (length, parts) = (usize::from(length), parts.max(1));
    let edge = move |i: usize| (2 * i * length + parts) / (2 * parts);
    (0..parts).map(move |i| {
        let (from, to) = (edge(i), edge(i + 1));
        let offset = u16::try_from(from).unwrap_or(u16::MAX);
        (
            start.saturating_add(offset),
            u16::try_from(to - from).unwrap_or(0),
        )
    })
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

/// The rows and columns `count` panels take in `grid`: as few rows as its columns allow, then
/// as few columns as fill them (four panels in a three-column grid take two by two).
pub fn grid_shape(grid: Grid, count: usize) -> (usize, usize) {
    let rows = count.div_ceil(grid.columns()).max(1);
    (rows, count.div_ceil(rows).max(1))
}

/// The panels on screen and where, arranged as `grid` in `body`: only `shown`, the panels the
/// report fills, so an empty one gives its room to the others; a last row with fewer panels
/// shares the whole width, so no cell of the grid is empty. In the column, only the panels that
/// fit are returned, from the `first`.
pub fn panels(grid: Grid, body: Rect, first: usize, shown: &[Panel]) -> Vec<(Panel, Rect)> {
    match grid {
        Grid::Wide | Grid::Medium => {
            let (rows, columns) = grid_shape(grid, shown.len());
            shown
                .chunks(columns)
                .zip(even_parts(body.y, body.height, rows))
                .flat_map(|(row, (y, height))| {
                    row.iter()
                        .zip(even_parts(body.x, body.width, row.len()))
                        .map(move |(panel, (x, width))| (*panel, Rect::new(x, y, width, height)))
                })
                .collect()
        }
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
mod tests {
    use super::*;

    /// Every panel filled: where things are with focus on `focus`.
    fn all(size: (u16, u16), focus: Panel, zoomed: bool, first: usize) -> At<'static> {
        At {
            size,
            focus,
            zoomed,
            first,
            shown: Panel::ALL,
        }
    }

    #[test]
    fn even_parts_split_as_ratatuis_layout_does() {
        // Every width and height a terminal is drawn at (up to `tui::MAX_DRAWN`).
        for length in 0..=1000u16 {
            for parts in 1..=6usize {
                let area = Rect::new(3, 0, length, 1);
                let solver: Vec<(u16, u16)> = area
                    .layout_vec(&Layout::horizontal(vec![Constraint::Fill(1); parts]))
                    .iter()
                    .map(|r| (r.x, r.width))
                    .collect();
                let ours: Vec<(u16, u16)> = even_parts(3, length, parts).collect();
                assert_eq!(ours, solver, "{length} cells in {parts} parts");
            }
        }
    }

    #[test]
    fn the_screen_splits_as_ratatuis_layout_does() {
        for height in 0..=500u16 {
            let area = Rect::new(2, 1, 90, height);
            let detail_rows = if height >= 24 { 2 } else { 1 };
            assert_eq!(
                screen(area),
                solved_screen(area, detail_rows),
                "height {height}"
            );
        }
    }

    #[test]
    fn grid_follows_the_terminal_size() {
        assert_eq!(Grid::for_size(120, 36), Grid::Wide);
        assert_eq!(Grid::for_size(200, 60), Grid::Wide);
        assert_eq!(Grid::for_size(119, 40), Grid::Medium);
        assert_eq!(Grid::for_size(80, 24), Grid::Medium);
        assert_eq!(Grid::for_size(79, 40), Grid::Column);
        assert_eq!(Grid::for_size(100, 20), Grid::Column);
    }

    #[test]
    fn six_panels_tile_the_body_of_a_grid() {
        for (w, h) in [(120, 40), (80, 24), (200, 60)] {
            let body = screen(Rect::new(0, 0, w, h)).body;
            let placed = panels(Grid::for_size(w, h), body, 0, Panel::ALL);
            assert_eq!(placed.len(), 6, "{w}×{h}");
            let area: u32 = placed
                .iter()
                .map(|(_, r)| u32::from(r.width) * u32::from(r.height))
                .sum();
            assert_eq!(
                area,
                u32::from(body.width) * u32::from(body.height),
                "{w}×{h}"
            );
        }
    }

    #[test]
    fn panels_a_report_leaves_empty_give_their_room_to_the_others() {
        let body = screen(Rect::new(0, 0, 120, 40)).body;
        let five = [
            Panel::Growth,
            Panel::Clusters,
            Panel::Environment,
            Panel::Counts,
            Panel::Plan,
        ];
        let placed = panels(Grid::Wide, body, 0, &five);
        let widths: Vec<u16> = placed.iter().map(|(_, r)| r.width).collect();
        assert_eq!(
            widths,
            [40, 40, 40, 60, 60],
            "the last row shares the width"
        );
        let area: u32 = placed
            .iter()
            .map(|(_, r)| u32::from(r.width) * u32::from(r.height))
            .sum();
        assert_eq!(area, u32::from(body.width) * u32::from(body.height));
        assert_eq!(grid_shape(Grid::Wide, 4), (2, 2), "four take two by two");
        assert_eq!(grid_shape(Grid::Medium, 3), (2, 2));
        assert_eq!(grid_shape(Grid::Wide, 1), (1, 1));
    }

    #[test]
    fn the_column_shows_from_its_first_panel() {
        let body = screen(Rect::new(0, 0, 60, 30)).body;
        let shown: Vec<Panel> = panels(
            Grid::Column,
            body,
            column_first((60, 30), Panel::Plan, 0, Panel::ALL),
            Panel::ALL,
        )
        .into_iter()
        .map(|(p, _)| p)
        .collect();
        assert_eq!(shown, [Panel::History, Panel::Plan]);
        let shown: Vec<Panel> = panels(Grid::Column, body, 9, Panel::ALL)
            .into_iter()
            .map(|(p, _)| p)
            .collect();
        assert_eq!(
            shown,
            [Panel::History, Panel::Plan],
            "past the end is clamped"
        );
    }

    #[test]
    fn the_column_scrolls_as_little_as_it_can() {
        // 60×30: two panels of 13 rows show at a time.
        assert_eq!(
            column_first((60, 30), Panel::Clusters, 0, Panel::ALL),
            0,
            "shown already: no scroll"
        );
        assert_eq!(
            column_first((60, 30), Panel::Environment, 0, Panel::ALL),
            1,
            "one down"
        );
        assert_eq!(
            column_first((60, 30), Panel::Growth, 3, Panel::ALL),
            0,
            "back up to it"
        );
        assert_eq!(column_first((60, 30), Panel::Plan, 0, Panel::ALL), 4);
        assert_eq!(
            column_first((120, 40), Panel::Plan, 0, Panel::ALL),
            0,
            "the grid shows all six"
        );
    }

    #[test]
    fn clicks_find_their_panel() {
        assert_eq!(
            panel_at(all((120, 40), Panel::Growth, false, 0), 1, 2),
            Some(Panel::Growth)
        );
        assert_eq!(
            panel_at(all((120, 40), Panel::Growth, false, 0), 119, 30),
            Some(Panel::Plan)
        );
        assert_eq!(
            panel_at(all((120, 40), Panel::Counts, true, 0), 60, 20),
            Some(Panel::Counts)
        );
        assert_eq!(
            panel_at(all((120, 40), Panel::Growth, false, 0), 60, 0),
            None,
            "the header"
        );
        assert_eq!(
            panel_at(all((30, 10), Panel::Growth, false, 0), 1, 2),
            None,
            "too small"
        );
        assert_eq!(
            panel_at(all((60, 30), Panel::Clusters, false, 0), 5, 20),
            Some(Panel::Clusters)
        );
        assert_eq!(
            panel_at(all((60, 30), Panel::Clusters, false, 1), 5, 20),
            Some(Panel::Environment)
        );
    }

    #[test]
    fn a_page_is_what_the_focused_panel_shows() {
        // 120×40: rows of 18, 16 inside the borders, 15 a page; zoomed, half of the 34 inside.
        assert_eq!(page_rows(all((120, 40), Panel::Counts, false, 0)), 15);
        assert_eq!(page_rows(all((120, 40), Panel::Counts, true, 0)), 16);
        assert_eq!(
            page_rows(all((30, 10), Panel::Counts, false, 0)),
            1,
            "too small still moves"
        );
    }
}
