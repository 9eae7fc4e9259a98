//! The grid the panels are arranged in: which grid a terminal size gets, which panels stand in
//! which row, and how rows and columns split their cells.

use ratatui::layout::Rect;

use crate::view::PanelId as Panel;

/// How the panels are arranged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grid {
    /// Three columns: 120×36 and up.
    Wide,
    /// Two columns: 80×24 and up.
    Medium,
    /// One column that scrolls to the focused panel.
    Column,
}

/// The arrangement for each size, largest first: the first whose least size the terminal
/// reaches is used, with at most that many panels side by side. A new arrangement is a line here.
pub const GRIDS: [(Grid, (u16, u16), usize); 3] = [
    (Grid::Wide, (120, 36), 3),
    (Grid::Medium, (80, 24), 2),
    (Grid::Column, (0, 0), 1),
];

impl Grid {
    /// The arrangement for a terminal of `width`×`height`.
    pub fn for_size(width: u16, height: u16) -> Grid {
        GRIDS
            .iter()
            .find(|(_, (w, h), _)| width >= *w && height >= *h)
            .map_or(Grid::Column, |(grid, ..)| *grid)
    }

    /// Most panels side by side in the arrangement.
    pub fn columns(self) -> usize {
        GRIDS
            .iter()
            .find(|(grid, ..)| *grid == self)
            .map_or(1, |(.., columns)| *columns)
    }
}

/// Which panels stand in which row of a grid: the layout as data, worked out from the panels a
/// report fills before any rectangle is placed, so it can be read and tested as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arrangement {
    /// The rows, top to bottom, each its panels left to right; no row is empty.
    pub rows: Vec<Vec<Panel>>,
    /// Each row's share of the height: even, but where four rows or more share the body the
    /// first (the headline rates) takes half as much again, so it keeps its first screen.
    pub weights: Vec<usize>,
}

impl Arrangement {
    /// `shown` in reading order in `grid`: as few rows as its columns allow, then as few
    /// columns as fill them (four panels in a three-column grid take two by two); the last row
    /// may hold fewer panels, which share its whole width, so no cell of the grid is empty.
    pub fn of(grid: Grid, shown: &[Panel]) -> Arrangement {
        let (_, columns) = grid_shape(grid, shown.len());
        let rows: Vec<Vec<Panel>> = shown.chunks(columns).map(<[Panel]>::to_vec).collect();
        let weights = (0..rows.len())
            .map(|row| if row == 0 && rows.len() >= 4 { 3 } else { 2 })
            .collect();
        Arrangement { rows, weights }
    }

    /// Each panel with its rectangle in `body`: rows as high as their weights say, each row's
    /// panels of even width.
    pub fn place(&self, body: Rect) -> Vec<(Panel, Rect)> {
        self.rows
            .iter()
            .zip(weighted_parts(body.y, body.height, &self.weights))
            .flat_map(|(row, (y, height))| {
                row.iter()
                    .zip(even_parts(body.x, body.width, row.len()))
                    .map(move |(panel, (x, width))| (*panel, Rect::new(x, y, width, height)))
            })
            .collect()
    }
}

/// The rows and columns `count` panels take in `grid`: as few rows as its columns allow, then
/// as few columns as fill them (four panels in a three-column grid take two by two).
pub fn grid_shape(grid: Grid, count: usize) -> (usize, usize) {
    let rows = count.div_ceil(grid.columns()).max(1);
    (rows, count.div_ceil(rows).max(1))
}

/// `length` cells from `start` in `parts` parts as even as they can be, as ratatui's `Layout`
/// with one `Fill(1)` each splits them (a test holds the two equal): part `i` runs from
/// round(i·length/parts) to round((i+1)·length/parts).
pub(crate) fn even_parts(
    start: u16,
    length: u16,
    parts: usize,
) -> impl Iterator<Item = (u16, u16)> {
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

/// `length` cells from `start` in parts as long as `weights` say, edges rounded as
/// [`even_parts`] rounds them (even weights give its parts exactly): part `i` runs from
/// round(w₀…wᵢ₋₁ · length / Σw) to round(w₀…wᵢ · length / Σw).
pub(crate) fn weighted_parts(start: u16, length: u16, weights: &[usize]) -> Vec<(u16, u16)> {
    let total = weights.iter().sum::<usize>().max(1);
    let length = usize::from(length);
    let edge = |upto: usize| (2 * upto * length + total) / (2 * total);
    let mut upto = 0;
    weights
        .iter()
        .map(|w| {
            let from = edge(upto);
            upto += w;
            let to = edge(upto);
            (
                start.saturating_add(u16::try_from(from).unwrap_or(u16::MAX)),
                u16::try_from(to - from).unwrap_or(0),
            )
        })
        .collect()
}
