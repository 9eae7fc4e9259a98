//! Mouse events as actions: which click is a double click is decided here, from the time
//! between clicks, so `update` never reads a clock.

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};

use crate::app::Action;

/// Two clicks on one cell within this time are a double click.
const DOUBLE_CLICK: Duration = Duration::from_millis(400);

/// Turns a mouse event into an action; the time between clicks is read here, not in `update`.
pub(super) fn mouse_action(mouse: MouseEvent, clicks: &mut ClickTracker) -> Option<Action> {
    let (x, y) = (mouse.column, mouse.row);
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => Some(clicks.click(x, y, Instant::now())),
        MouseEventKind::ScrollDown => Some(Action::Scroll(x, y, 1)),
        MouseEventKind::ScrollUp => Some(Action::Scroll(x, y, -1)),
        _ => None,
    }
}

/// Remembers the last click to tell a double click from two single ones.
#[derive(Debug, Default)]
pub(super) struct ClickTracker {
    last: Option<(u16, u16, Instant)>,
}

impl ClickTracker {
    fn click(&mut self, x: u16, y: u16, now: Instant) -> Action {
        let double = self.last.is_some_and(|(lx, ly, at)| {
            lx == x && ly == y && now.duration_since(at) <= DOUBLE_CLICK
        });
        self.last = if double { None } else { Some((x, y, now)) };
        if double {
            Action::DoubleClick(x, y)
        } else {
            Action::Click(x, y)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_click_soon_on_the_same_cell_is_a_double_click() {
        let mut clicks = ClickTracker::default();
        let start = Instant::now();
        assert_eq!(clicks.click(3, 4, start), Action::Click(3, 4));
        assert_eq!(
            clicks.click(3, 4, start + Duration::from_millis(200)),
            Action::DoubleClick(3, 4)
        );
        assert_eq!(
            clicks.click(3, 4, start + Duration::from_millis(300)),
            Action::Click(3, 4)
        );
        assert_eq!(
            clicks.click(3, 4, start + Duration::from_secs(2)),
            Action::Click(3, 4)
        );
        assert_eq!(
            clicks.click(5, 4, start + Duration::from_millis(2100)),
            Action::Click(5, 4)
        );
    }
}
