//! A frame as text with SGR escape codes, for `less -R` and terminals.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use super::{Glyph, row};

/// `buf` as lines of text with colours and emphasis as escape codes; every line ends with its
/// styles reset. With `monochrome`, colours are left out and only emphasis is kept. The text
/// itself is the text render's, unsafe characters already replaced, so data sends no codes.
pub fn render(buf: &Buffer, monochrome: bool) -> String {
    let mut out = String::new();
    for y in buf.area.top()..buf.area.bottom() {
        let glyphs = row(buf, y);
        let keep = glyphs
            .iter()
            .rposition(|g| shows(g, monochrome))
            .map_or(0, |last| last + 1);
        let mut current = String::new();
        for glyph in &glyphs[..keep] {
            let codes = sgr(glyph, monochrome);
            if codes != current {
                out.push_str(&format!("\x1b[0{codes}m"));
                current = codes;
            }
            out.push_str(&glyph.symbol);
        }
        if !current.is_empty() {
            out.push_str("\x1b[0m");
        }
        out.push('\n');
    }
    out
}

/// True when the glyph shows anything: a character, or a blank with a background or a line.
fn shows(glyph: &Glyph, monochrome: bool) -> bool {
    let marked = Modifier::REVERSED | Modifier::UNDERLINED | Modifier::CROSSED_OUT;
    !glyph.symbol.trim().is_empty()
        || glyph.modifier.intersects(marked)
        || (!monochrome && glyph.bg != Color::Reset)
}

/// The SGR parameters after the reset, each with its leading `;`.
fn sgr(glyph: &Glyph, monochrome: bool) -> String {
    let mut codes = String::new();
    let flags = [
        (Modifier::BOLD, 1),
        (Modifier::DIM, 2),
        (Modifier::ITALIC, 3),
        (Modifier::UNDERLINED, 4),
        (Modifier::SLOW_BLINK, 5),
        (Modifier::RAPID_BLINK, 6),
        (Modifier::REVERSED, 7),
        (Modifier::HIDDEN, 8),
        (Modifier::CROSSED_OUT, 9),
    ];
    for (flag, code) in flags {
        if glyph.modifier.contains(flag) {
            codes.push_str(&format!(";{code}"));
        }
    }
    if !monochrome {
        colour(&mut codes, glyph.fg, 30);
        colour(&mut codes, glyph.bg, 40);
    }
    codes
}

/// Appends the code of `color` as a text (`base` 30) or background (`base` 40) colour.
fn colour(codes: &mut String, color: Color, base: u8) {
    let named = |i: u8| if i < 8 { base + i } else { base + 60 + i - 8 };
    let code = match color {
        Color::Reset => return,
        Color::Black => named(0),
        Color::Red => named(1),
        Color::Green => named(2),
        Color::Yellow => named(3),
        Color::Blue => named(4),
        Color::Magenta => named(5),
        Color::Cyan => named(6),
        Color::Gray => named(7),
        Color::DarkGray => named(8),
        Color::LightRed => named(9),
        Color::LightGreen => named(10),
        Color::LightYellow => named(11),
        Color::LightBlue => named(12),
        Color::LightMagenta => named(13),
        Color::LightCyan => named(14),
        Color::White => named(15),
        Color::Indexed(i) => {
            codes.push_str(&format!(";{};5;{i}", base + 8));
            return;
        }
        Color::Rgb(r, g, b) => {
            codes.push_str(&format!(";{};2;{r};{g};{b}", base + 8));
            return;
        }
    };
    codes.push_str(&format!(";{code}"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    fn frame(text: &str, style: Style) -> Buffer {
        let mut buf = Buffer::empty(Rect::new(0, 0, 8, 1));
        buf.set_string(0, 0, text, style);
        buf
    }

    #[test]
    fn styles_become_codes_and_reset_at_the_end() {
        let buf = frame(
            "ab",
            Style::new().fg(Color::Red).bg(Color::Indexed(17)).bold(),
        );
        assert_eq!(render(&buf, false), "\x1b[0;1;31;48;5;17mab\x1b[0m\n");
        assert_eq!(render(&buf, true), "\x1b[0;1mab\x1b[0m\n");
        let plain = frame("ab", Style::new());
        assert_eq!(render(&plain, false), "ab\n");
    }

    #[test]
    fn data_cannot_send_codes() {
        let mut buf = frame("", Style::new());
        buf[(0, 0)].set_symbol("\u{1b}[2J");
        assert_eq!(render(&buf, false), "\u{FFFD}[2J\n");
    }
}
