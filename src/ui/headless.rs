//! One frame as plain text: what `zonedash render` prints, tests snapshot, and the README shows.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::text::width;
use super::theme::Theme;
use crate::app::App;
use crate::sanitize;

/// Draws `app` into a `columns`×`rows` buffer and returns it as text (styles do not show in
/// text, so any theme draws the same): one line per row, each
/// wide character once (its continuation cell skipped), trailing spaces trimmed, no escape codes,
/// unsafe characters replaced.
pub fn render_text(app: &App, columns: u16, rows: u16) -> String {
    // Styles do not show in text, so any theme draws the same.
    buffer_text(&render_frame(app, &Theme::monochrome(), columns, rows))
}

/// Draws `app` into a new `columns`×`rows` buffer, as a terminal of that size would show it.
pub fn render_frame(app: &App, theme: &Theme, columns: u16, rows: u16) -> Buffer {
    let area = Rect::new(0, 0, columns, rows);
    let mut buf = Buffer::empty(area);
    super::Dashboard { app, theme }.render(area, &mut buf);
    buf
}

/// The text of `buf`, as [`render_text`] describes.
pub fn buffer_text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::with_capacity(usize::from(area.width) * usize::from(area.height) * 2);
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut x = area.left();
        while x < area.right() {
            let symbol = buf[(x, y)].symbol();
            let cells = width(symbol).clamp(1, 2);
            // A wide glyph that would hang past the edge is dropped, so no line is too long.
            if usize::from(x - area.left()) + cells <= usize::from(area.width) {
                line.push_str(&sanitize::replace(symbol));
            }
            x = x.saturating_add(cells as u16);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
