//! How the list screens (picker, comparison, search) move their cursor.

use super::Action;

/// The cursor of a list whose last row is `last` after `action`, `page` rows to a page; none
/// when `action` does not move a cursor.
pub(super) fn moved(cursor: usize, last: usize, page: usize, action: Action) -> Option<usize> {
    let cursor = cursor.min(last);
    Some(match action {
        Action::SelectNext => (cursor + 1).min(last),
        Action::SelectPrev => cursor.saturating_sub(1),
        Action::PageDown => (cursor + page).min(last),
        Action::PageUp => cursor.saturating_sub(page),
        Action::SelectFirst => 0,
        Action::SelectLast => last,
        _ => return None,
    })
}

/// The rows of a list page on a screen `height` rows high (its frame, title and footer off).
pub(super) fn page(height: u16) -> usize {
    usize::from(height.saturating_sub(8)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_stays_on_the_list() {
        assert_eq!(moved(0, 4, 3, Action::SelectPrev), Some(0));
        assert_eq!(moved(4, 4, 3, Action::SelectNext), Some(4));
        assert_eq!(moved(3, 4, 3, Action::PageDown), Some(4));
        assert_eq!(moved(2, 4, 3, Action::PageUp), Some(0));
        assert_eq!(moved(9, 4, 3, Action::SelectPrev), Some(3));
        assert_eq!(moved(2, 4, 3, Action::SelectLast), Some(4));
        assert_eq!(moved(2, 4, 3, Action::SelectFirst), Some(0));
        assert_eq!(moved(2, 4, 3, Action::Open), None);
        assert_eq!(page(4), 1);
        assert_eq!(page(40), 32);
    }
}
