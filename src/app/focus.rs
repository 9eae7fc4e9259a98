//! The neighbour map: which panel an arrow key moves to, in each arrangement of the grid.

use super::Move;
use crate::layout::Grid;
use crate::view::PanelId as Panel;

/// The panel next to `from` in direction `to` when panels are arranged as `grid`, or `None` at
/// an edge (focus never wraps around, as in bottom).
pub fn neighbour(grid: Grid, from: Panel, to: Move) -> Option<Panel> {
    let columns = grid.columns() as isize;
    let index = from.index() as isize;
    let (row, column) = (index / columns, index % columns);
    let (row, column) = match to {
        Move::Left => (row, column - 1),
        Move::Right => (row, column + 1),
        Move::Up => (row - 1, column),
        Move::Down => (row + 1, column),
    };
    if column < 0 || column >= columns || row < 0 {
        return None;
    }
    Panel::ALL
        .get(usize::try_from(row * columns + column).ok()?)
        .copied()
}

/// The panel `step` places after `from` in reading order, wrapping around (Tab, Shift-Tab).
pub fn cycle(from: Panel, step: isize) -> Panel {
    let count = Panel::ALL.len() as isize;
    let index = from.index() as isize;
    Panel::ALL[(index + step).rem_euclid(count) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;
    use Panel::*;

    #[test]
    fn wide_grid_neighbours() {
        // Growth  Clusters  Environment
        // Counts  History   Plan
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
            assert_eq!(neighbour(Grid::Wide, from, to), want, "{from:?} {to:?}");
        }
    }

    #[test]
    fn medium_grid_neighbours() {
        // Growth       Clusters
        // Environment  Counts
        // History      Plan
        assert_eq!(
            neighbour(Grid::Medium, Growth, Move::Down),
            Some(Environment)
        );
        assert_eq!(neighbour(Grid::Medium, Clusters, Move::Down), Some(Counts));
        assert_eq!(
            neighbour(Grid::Medium, Counts, Move::Left),
            Some(Environment)
        );
        assert_eq!(neighbour(Grid::Medium, Plan, Move::Up), Some(Counts));
        assert_eq!(neighbour(Grid::Medium, History, Move::Down), None);
        assert_eq!(neighbour(Grid::Medium, Clusters, Move::Right), None);
    }

    #[test]
    fn column_neighbours_are_above_and_below() {
        assert_eq!(
            neighbour(Grid::Column, Clusters, Move::Down),
            Some(Environment)
        );
        assert_eq!(neighbour(Grid::Column, Clusters, Move::Up), Some(Growth));
        assert_eq!(neighbour(Grid::Column, Clusters, Move::Right), None);
        assert_eq!(neighbour(Grid::Column, Plan, Move::Down), None);
    }

    #[test]
    fn cycling_wraps() {
        assert_eq!(cycle(Plan, 1), Growth);
        assert_eq!(cycle(Growth, -1), Plan);
        assert_eq!(cycle(Counts, 2), Plan);
    }
}
