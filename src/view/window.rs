//! Which rows of a panel show in a given height: pinned heading rows, then a window that keeps
//! the selection in view. A pure function of the selection, shared by drawing and clicks.

/// The shape of a panel's rows: how many, how many head rows stay pinned, and each item's row.
#[derive(Debug, Clone, Copy)]
pub struct Shape<'a> {
    pub rows: usize,
    /// The first `pinned` rows (a headline, a chart) stay on top while the rest scrolls, when
    /// the panel has room for them and two more.
    pub pinned: usize,
    /// For the panel's i-th item, the index of its row.
    pub row_of_item: &'a [usize],
}

impl Shape<'_> {
    /// The row that shows item `selected`, if any.
    pub fn row_of(&self, selected: usize) -> Option<usize> {
        self.row_of_item.get(selected).copied()
    }

    /// The first item shown on `row`, if the row shows one.
    pub fn item_on(&self, row: usize) -> Option<usize> {
        self.row_of_item.iter().position(|r| *r == row)
    }
}

/// The rows shown in a panel `height` rows high: `0..pinned`, then `first..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub pinned: usize,
    pub first: usize,
    pub end: usize,
    /// All rows of the panel.
    pub total: usize,
}

impl Window {
    /// The window over `shape` in `height` rows that shows the row of item `selected`.
    pub fn new(shape: &Shape<'_>, height: usize, selected: usize) -> Window {
        let total = shape.rows;
        if total <= height {
            return Window {
                pinned: 0,
                first: 0,
                end: total,
                total,
            };
        }
        let target = shape.row_of(selected).unwrap_or(0);
        let pinned = if shape.pinned + 2 <= height {
            shape.pinned
        } else {
            0
        };
        let room = height - pinned;
        let body = total - pinned;
        let first = pinned + start(target.saturating_sub(pinned), body, room);
        Window {
            pinned,
            first,
            end: (first + room).min(total),
            total,
        }
    }

    /// The rows shown, top to bottom.
    pub fn rows(&self) -> impl Iterator<Item = usize> {
        (0..self.pinned).chain(self.first..self.end)
    }

    /// The row shown `offset` rows from the top, if any.
    pub fn row_at(&self, offset: usize) -> Option<usize> {
        self.rows().nth(offset)
    }

    /// True when some rows are not shown.
    pub fn clipped(&self) -> bool {
        self.end - self.first + self.pinned < self.total
    }

    /// Rows hidden above the scrolled part, and how many the scrolled part could show.
    pub fn scroll(&self) -> (usize, usize, usize) {
        (
            self.first - self.pinned,
            self.total - self.pinned,
            self.end - self.first,
        )
    }
}

/// The first row of a window of `rows` rows over `count` that shows `target`, as low as possible.
pub fn start(target: usize, count: usize, rows: usize) -> usize {
    if rows == 0 || count <= rows {
        return 0;
    }
    target.saturating_sub(rows - 1).min(count - rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn everything_fits() {
        let shape = Shape {
            rows: 3,
            pinned: 1,
            row_of_item: &[0, 1, 2],
        };
        let w = Window::new(&shape, 5, 2);
        assert_eq!(w.rows().collect::<Vec<_>>(), [0, 1, 2]);
        assert!(!w.clipped());
    }

    #[test]
    fn pinned_rows_stay_when_there_is_room() {
        let rows: Vec<usize> = (0..20).collect();
        let shape = Shape {
            rows: 20,
            pinned: 2,
            row_of_item: &rows,
        };
        let w = Window::new(&shape, 6, 15);
        assert_eq!(w.rows().collect::<Vec<_>>(), [0, 1, 12, 13, 14, 15]);
        assert_eq!(w.row_at(3), Some(13));
        let tight = Window::new(&shape, 3, 15);
        assert_eq!(
            tight.rows().collect::<Vec<_>>(),
            [13, 14, 15],
            "no room to pin"
        );
    }

    proptest! {
        #[test]
        fn the_selected_row_is_always_shown(rows in 1usize..200, pinned in 0usize..10, height in 1usize..60, pick in 0usize..400) {
            let pinned = pinned.min(rows);
            let items: Vec<usize> = (0..rows).collect();
            let shape = Shape { rows, pinned, row_of_item: &items };
            let selected = pick % rows;
            let w = Window::new(&shape, height, selected);
            prop_assert!(w.rows().any(|r| r == selected));
            prop_assert!(w.rows().count() <= height);
            prop_assert!(w.end <= rows);
        }
    }
}
