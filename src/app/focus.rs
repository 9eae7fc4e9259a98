//! The neighbour map: which panel an arrow key moves to, found from where the panels are placed
//! (as bottom does), so it holds for any arrangement of any panels.

use ratatui::layout::Rect;

use super::Move;
use crate::view::PanelId as Panel;

/// The panel next to `from` in direction `to` among `placed` panels: the nearest one wholly on
/// that side that shares rows (or columns) with it, the one sharing most when two are as near;
/// `None` at an edge (focus never wraps around, as in bottom).
pub fn neighbour(placed: &[(Panel, Rect)], from: Panel, to: Move) -> Option<Panel> {
    let (_, a) = placed.iter().find(|(p, _)| *p == from)?;
    let overlap =
        |a0: u16, a1: u16, b0: u16, b1: u16| i32::from(a1.min(b1)) - i32::from(a0.max(b0));
    placed
        .iter()
        .filter(|(p, _)| *p != from)
        .filter_map(|(p, b)| {
            let (gap, shared) = match to {
                Move::Right => (
                    i32::from(b.x) - i32::from(a.right()),
                    overlap(a.y, a.bottom(), b.y, b.bottom()),
                ),
                Move::Left => (
                    i32::from(a.x) - i32::from(b.right()),
                    overlap(a.y, a.bottom(), b.y, b.bottom()),
                ),
                Move::Down => (
                    i32::from(b.y) - i32::from(a.bottom()),
                    overlap(a.x, a.right(), b.x, b.right()),
                ),
                Move::Up => (
                    i32::from(a.y) - i32::from(b.bottom()),
                    overlap(a.x, a.right(), b.x, b.right()),
                ),
            };
            (gap >= 0 && shared > 0).then_some((gap, -shared, p.index(), *p))
        })
        .min()
        .map(|(.., p)| p)
}

/// The panel `step` places after `from` among `shown` in reading order, wrapping around (Tab,
/// Shift-Tab).
pub fn cycle(shown: &[Panel], from: Panel, step: isize) -> Panel {
    let count = shown.len() as isize;
    let Some(index) = shown.iter().position(|p| *p == from) else {
        return shown.first().copied().unwrap_or(from);
    };
    shown[(index as isize + step).rem_euclid(count) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Grid, panels, screen};
    use Panel::*;

    /// Six panels, as a report without honours or claims fills them.
    const SIX: &[Panel] = &[Growth, Clusters, Environment, Counts, History, Plan];

    fn placed(w: u16, h: u16, shown: &[Panel]) -> Vec<(Panel, Rect)> {
        let body = screen(Rect::new(0, 0, w, h)).body;
        panels(Grid::for_size(w, h), body, 0, shown)
    }

    #[test]
    fn wide_grid_neighbours() {
        // Growth  Clusters  Environment
        // Counts  History   Plan
        let grid = placed(120, 40, SIX);
        let cases = [
            (Growth, Move::Right, Some(Clusters)),
            (Clusters, Move::Right, Some(Environment)),
            (Environment, Move::Right, None),
            (Growth, Move::Down, Some(Counts)),
            (History, Move::Up, Some(Clusters)),
            (Plan, Move::Left, Some(History)),
            (Counts, Move::Left, None),
            (Counts, Move::Down, None),
            (Growth, Move::Up, None),
        ];
        for (from, to, want) in cases {
            assert_eq!(neighbour(&grid, from, to), want, "{from:?} {to:?}");
        }
    }

    #[test]
    fn medium_grid_neighbours() {
        // Growth       Clusters
        // Environment  Counts
        // History      Plan
        let grid = placed(80, 24, SIX);
        assert_eq!(neighbour(&grid, Growth, Move::Down), Some(Environment));
        assert_eq!(neighbour(&grid, Clusters, Move::Down), Some(Counts));
        assert_eq!(neighbour(&grid, Counts, Move::Left), Some(Environment));
        assert_eq!(neighbour(&grid, Plan, Move::Up), Some(Counts));
        assert_eq!(neighbour(&grid, History, Move::Down), None);
        assert_eq!(neighbour(&grid, Clusters, Move::Right), None);
    }

    #[test]
    fn neighbours_follow_the_panels_a_report_fills() {
        // Growth  Clusters  Environment
        // Counts        Plan
        let grid = placed(120, 40, &[Growth, Clusters, Environment, Counts, Plan]);
        assert_eq!(
            neighbour(&grid, Clusters, Move::Down),
            Some(Counts),
            "as much shared: the first in reading order"
        );
        assert_eq!(neighbour(&grid, Environment, Move::Down), Some(Plan));
        assert_eq!(
            neighbour(&grid, Plan, Move::Up),
            Some(Environment),
            "the one sharing most"
        );
        assert_eq!(neighbour(&grid, Counts, Move::Up), Some(Growth));
        assert_eq!(neighbour(&grid, Counts, Move::Right), Some(Plan));
    }

    #[test]
    fn column_neighbours_are_above_and_below() {
        let column = placed(60, 60, SIX);
        assert_eq!(neighbour(&column, Clusters, Move::Down), Some(Environment));
        assert_eq!(neighbour(&column, Clusters, Move::Up), Some(Growth));
        assert_eq!(neighbour(&column, Clusters, Move::Right), None);
    }

    #[test]
    fn the_seventh_panel_is_reached_from_the_full_width_row_above_it() {
        // Growth  Clusters  Environment
        // Counts  History   Plan
        //        Standing
        let grid = placed(120, 40, Panel::ALL);
        assert_eq!(neighbour(&grid, History, Move::Down), Some(Standing));
        assert_eq!(neighbour(&grid, Plan, Move::Down), Some(Standing));
        assert_eq!(neighbour(&grid, Standing, Move::Up), Some(Counts));
    }

    #[test]
    fn cycling_wraps_over_the_panels_shown() {
        assert_eq!(cycle(SIX, Plan, 1), Growth);
        assert_eq!(cycle(SIX, Growth, -1), Plan);
        assert_eq!(cycle(SIX, Counts, 2), Plan);
        assert_eq!(cycle(&[Growth, Counts, Plan], Counts, 1), Plan);
        assert_eq!(
            cycle(&[Growth, Counts, Plan], History, 1),
            Growth,
            "a hidden panel goes to the first"
        );
    }
}
