//! Where things go on screen, as pure functions of the terminal size: used to draw and to map clicks.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::model::Panel;

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
    if body.height < 8 {
        body.height
    } else {
        (body.height / 2).clamp(8, 14)
    }
}

/// The panels on screen and where, arranged as `grid` in `body` with `focus` focused. In the
/// column, only the panels that fit are returned, scrolled so the focused one shows.
pub fn panels(grid: Grid, body: Rect, focus: Panel) -> Vec<(Panel, Rect)> {
    match grid {
        Grid::Wide | Grid::Medium => {
            let columns = grid.columns();
            let rows = Panel::ALL.len().div_ceil(columns);
            let row_areas = body.layout_vec(&Layout::vertical(vec![Constraint::Fill(1); rows]));
            Panel::ALL
                .iter()
                .enumerate()
                .filter_map(|(i, panel)| {
                    let row = row_areas.get(i / columns)?;
                    let cells =
                        row.layout_vec(&Layout::horizontal(vec![Constraint::Fill(1); columns]));
                    Some((*panel, *cells.get(i % columns)?))
                })
                .collect()
        }
        Grid::Column => {
            let height = column_panel_height(body).max(1);
            let visible = usize::from((body.height / height).max(1)).min(Panel::ALL.len());
            let index = Panel::ALL.iter().position(|p| *p == focus).unwrap_or(0);
            let first = index.min(Panel::ALL.len() - visible);
            Panel::ALL[first..first + visible]
                .iter()
                .enumerate()
                .map(|(n, panel)| {
                    let y = body.y + height * n as u16;
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

/// The panel under cell (`x`, `y`) of a terminal of `size`, if any.
pub fn panel_at(size: (u16, u16), focus: Panel, zoomed: bool, x: u16, y: u16) -> Option<Panel> {
    let area = Rect::new(0, 0, size.0, size.1);
    if too_small(area) {
        return None;
    }
    let body = screen(area).body;
    if zoomed {
        return body.contains((x, y).into()).then_some(focus);
    }
    panels(Grid::for_size(size.0, size.1), body, focus)
        .into_iter()
        .find(|(_, rect)| rect.contains((x, y).into()))
        .map(|(panel, _)| panel)
}

/// Rows of a list in a zoomed panel of a terminal of `size`: the step of PgUp/PgDn.
pub fn page_rows(size: (u16, u16)) -> usize {
    let body = screen(Rect::new(0, 0, size.0, size.1)).body;
    usize::from(body.height.saturating_sub(6)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

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
            let placed = panels(Grid::for_size(w, h), body, Panel::Growth);
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
    fn the_column_scrolls_to_the_focused_panel() {
        let body = screen(Rect::new(0, 0, 60, 30)).body;
        let shown: Vec<Panel> = panels(Grid::Column, body, Panel::Plan)
            .into_iter()
            .map(|(p, _)| p)
            .collect();
        assert_eq!(shown.last(), Some(&Panel::Plan));
        let shown: Vec<Panel> = panels(Grid::Column, body, Panel::Growth)
            .into_iter()
            .map(|(p, _)| p)
            .collect();
        assert_eq!(shown.first(), Some(&Panel::Growth));
    }

    #[test]
    fn clicks_find_their_panel() {
        assert_eq!(
            panel_at((120, 40), Panel::Growth, false, 1, 2),
            Some(Panel::Growth)
        );
        assert_eq!(
            panel_at((120, 40), Panel::Growth, false, 119, 30),
            Some(Panel::Plan)
        );
        assert_eq!(
            panel_at((120, 40), Panel::Counts, true, 60, 20),
            Some(Panel::Counts)
        );
        assert_eq!(
            panel_at((120, 40), Panel::Growth, false, 60, 0),
            None,
            "the header"
        );
        assert_eq!(
            panel_at((30, 10), Panel::Growth, false, 1, 2),
            None,
            "too small"
        );
    }
}
