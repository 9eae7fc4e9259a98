//! Writing a row by columns: text fitted at a place, bars as filled cells, no padding spaces.
//!
//! Building a padded line and handing it to `Buffer::set_line` runs every space through
//! grapheme segmentation; writing each column where it goes leaves the (already blank) gaps
//! alone, which is most of the work in a frame.

use ratatui::buffer::Buffer;
use ratatui::style::Style;

use ratatui::text::Line;
use unicode_width::UnicodeWidthChar;

use super::text::{fit, fit_line, width};

/// Writes `text` at (`x`, `y`), cut to `max` columns with `…`; returns the columns used.
pub fn put(buf: &mut Buffer, x: u16, y: u16, max: usize, text: &str, style: Style) -> usize {
    let room = max.min(usize::from(buf.area.right().saturating_sub(x)));
    if room == 0 || !buf.area.contains((x, y).into()) {
        return 0;
    }
    let fitted = fit(text, room);
    if let Some(used) = put_simple(buf, x, y, &fitted, style) {
        return used;
    }
    let (end, _) = buf.set_stringn(x, y, &fitted, room, style);
    usize::from(end - x)
}

/// Writes each span of `line` in turn from (`x`, `y`), the whole cut to `max` columns with `…`.
pub fn put_line(buf: &mut Buffer, x: u16, y: u16, max: usize, line: &Line<'_>) {
    let line = fit_line(line, max);
    let mut at = x;
    for span in &line.spans {
        let left = max.saturating_sub(usize::from(at - x));
        let used = put(
            buf,
            at,
            y,
            left,
            &span.content,
            line.style.patch(span.style),
        );
        at = at.saturating_add(u16::try_from(used).unwrap_or(u16::MAX));
    }
}

/// The fast path of [`put`]: when every character of `text` stands alone, cells are set
/// directly, exactly as `Buffer::set_stringn` would set them; `None` when one does not.
fn put_simple(buf: &mut Buffer, x: u16, y: u16, text: &str, style: Style) -> Option<usize> {
    if !crate::sanitize::all_stand_alone(text) {
        return None;
    }
    let right = buf.area.right();
    let mut at = x;
    for c in text.chars() {
        let cells = u16::try_from(c.width().unwrap_or(0)).unwrap_or(0);
        if cells == 0 {
            continue;
        }
        if at.saturating_add(cells) > right {
            break;
        }
        buf[(at, y)].set_char(c).set_style(style);
        for follow in 1..cells {
            buf[(at + follow, y)].reset();
        }
        at += cells;
    }
    Some(usize::from(at - x))
}

/// Writes `text` so it ends just before column `right`, cut to `max` columns.
pub fn put_right(buf: &mut Buffer, right: u16, y: u16, max: usize, text: &str, style: Style) {
    let fitted = fit(text, max);
    let columns = u16::try_from(width(&fitted)).unwrap_or(u16::MAX);
    put(buf, right.saturating_sub(columns), y, max, &fitted, style);
}

/// Sets `count` cells from (`x`, `y`) to `symbol` in `style`, within the buffer.
pub fn fill(buf: &mut Buffer, x: u16, y: u16, count: usize, symbol: &str, style: Style) {
    if y < buf.area.top() || y >= buf.area.bottom() {
        return;
    }
    let end = usize::from(x)
        .saturating_add(count)
        .min(usize::from(buf.area.right()));
    for column in usize::from(x.max(buf.area.left()))..end {
        let column = u16::try_from(column).unwrap_or(u16::MAX);
        buf[(column, y)].set_symbol(symbol).set_style(style);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    fn row(buf: &Buffer) -> String {
        super::super::headless::buffer_text(buf)
            .trim_end_matches('\n')
            .to_owned()
    }

    #[test]
    fn the_fast_path_writes_what_set_stringn_writes() {
        let texts = [
            "GDP growth 8%",
            "地区生产总值增速: ▲8% · 2022年",
            "「亦庄新城预计全年」— (六)",
            "e\u{301}👩\u{200d}💻 mixed",
            "½ ×58.7 → µg/m³",
        ];
        for text in texts {
            for width in [3u16, 10, 40] {
                let area = Rect::new(0, 0, width, 1);
                let (mut ours, mut theirs) = (Buffer::empty(area), Buffer::empty(area));
                put(
                    &mut ours,
                    0,
                    0,
                    usize::from(width),
                    text,
                    Style::new().bold(),
                );
                theirs.set_stringn(
                    0,
                    0,
                    fit(text, usize::from(width)),
                    usize::from(width),
                    Style::new().bold(),
                );
                assert_eq!(ours, theirs, "{text:?} at {width}");
            }
        }
    }

    #[test]
    fn columns_land_where_asked_and_stay_inside() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 12, 1));
        assert_eq!(
            put(&mut buf, 0, 0, 4, "地区生产", Style::new()),
            3,
            "地… : a glyph is never split"
        );
        assert_eq!(put(&mut buf, 0, 0, 4, "地区", Style::new()), 4);
        fill(&mut buf, 5, 0, 3, "█", Style::new());
        put_right(&mut buf, 12, 0, 4, "52", Style::new());
        assert_eq!(row(&buf), "地区 ███  52");
        fill(&mut buf, 10, 0, 100, "█", Style::new());
        put(&mut buf, 11, 0, 5, "地区", Style::new());
        put(&mut buf, 20, 5, 5, "x", Style::new());
        assert_eq!(row(&buf), "地区 ███  █…");
    }
}
