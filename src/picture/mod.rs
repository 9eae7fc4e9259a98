//! Pictures of a drawn frame: a ratatui `Buffer` as plain text, ANSI, SVG or HTML.
//!
//! No crate turns a ratatui buffer into SVG, so this module does; it knows cells and styles
//! only, nothing of the dashboard, so any frame (a zoom, a popup, the help) can be pictured.

mod ansi;
mod caption;
mod escape;
mod glyphs;
mod html;
pub mod palette;
mod save;
mod svg;

pub use caption::Caption;
pub use palette::{Palette, Rgb};
pub use save::{notice as save_notice, save_svg};

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use crate::columns::width;
use crate::sanitize;

/// What `render --format` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// Plain text, no escape codes
    #[default]
    Text,
    /// Text with colours and styles as escape codes, for `less -R` and terminals
    Ansi,
    /// A standalone SVG picture
    Svg,
    /// An HTML page with the frame as a `<pre>` of styled text
    Html,
}

/// `buf` in `format`; `caption` names the picture (SVG and HTML), `palette` gives the colours.
pub fn render(buf: &Buffer, format: Format, caption: &Caption, palette: &Palette) -> String {
    match format {
        Format::Text => crate::ui::headless::buffer_text(buf),
        Format::Ansi => ansi::render(buf, palette.monochrome),
        Format::Svg => svg::render(buf, caption, palette),
        Format::Html => html::render(buf, caption, palette),
    }
}

/// One glyph of a row: where it starts, how many cells it covers, and how it is drawn.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Glyph<'a> {
    /// Column from the buffer's left edge.
    pub column: u16,
    /// 1, or 2 for a wide character.
    pub cells: u16,
    /// The symbol with every unsafe character replaced, as the text render shows it.
    pub symbol: Cow<'a, str>,
    pub fg: Color,
    pub bg: Color,
    pub modifier: Modifier,
}

/// The glyphs of row `y`, left to right, by the text render's rules: a wide glyph's
/// continuation cell is skipped, and a wide glyph that would hang past the edge is dropped.
pub(crate) fn row(buf: &Buffer, y: u16) -> Vec<Glyph<'_>> {
    let area = buf.area;
    let mut glyphs = Vec::with_capacity(usize::from(area.width));
    let mut x = area.left();
    while x < area.right() {
        let cell = &buf[(x, y)];
        let symbol = cell.symbol();
        let cells = width(symbol).clamp(1, 2) as u16;
        let column = x - area.left();
        if column + cells <= area.width {
            glyphs.push(Glyph {
                column,
                cells,
                symbol: sanitize::replace(symbol),
                fg: cell.fg,
                bg: cell.bg,
                modifier: cell.modifier,
            });
        }
        x = x.saturating_add(cells);
    }
    glyphs
}

/// How many glyphs of `glyphs` the text render keeps: trailing blanks are trimmed.
pub(crate) fn kept(glyphs: &[Glyph<'_>]) -> usize {
    glyphs
        .iter()
        .rposition(|g| !g.symbol.chars().all(char::is_whitespace))
        .map_or(0, |last| last + 1)
}

/// A glyph's colours and emphasis after reverse and dim are applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Paint {
    pub fg: Rgb,
    pub bg: Rgb,
    pub bold: bool,
    pub italic: bool,
    pub underline: bool,
    pub strike: bool,
    pub hidden: bool,
}

impl Paint {
    /// The paint of `glyph` in `palette`.
    pub fn of(glyph: &Glyph<'_>, palette: &Palette) -> Paint {
        let m = glyph.modifier;
        let (mut fg, mut bg) = (palette.fg(glyph.fg), palette.bg(glyph.bg));
        if m.contains(Modifier::REVERSED) {
            std::mem::swap(&mut fg, &mut bg);
        }
        if m.contains(Modifier::DIM) {
            fg = fg.mix(bg, 0.6);
        }
        Paint {
            fg,
            bg,
            bold: m.contains(Modifier::BOLD),
            italic: m.contains(Modifier::ITALIC),
            underline: m.contains(Modifier::UNDERLINED),
            strike: m.contains(Modifier::CROSSED_OUT),
            hidden: m.contains(Modifier::HIDDEN),
        }
    }
}

/// Fonts for the cells, monospace first, then CJK faces whose glyphs are two cells wide.
pub const FONT_FAMILIES: &str = "'DejaVu Sans Mono', 'Cascadia Mono', Menlo, Consolas, \
'Liberation Mono', 'Noto Sans Mono CJK SC', 'Sarasa Mono SC', 'WenQuanYi Micro Hei Mono', \
'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', \
'Microsoft YaHei', monospace";

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    fn hostile_frame() -> Buffer {
        let mut buf = Buffer::empty(Rect::new(0, 0, 40, 2));
        buf.set_string(0, 0, "<b>&\u{1b}[2J\u{1b}]0;x\u{7}\u{9b}31m", Style::new());
        // Written into a cell directly, as a widget could, past every width check.
        buf[(0, 1)].set_symbol("\u{1b}[31m</text>");
        buf
    }

    #[test]
    fn no_format_passes_markup_or_codes_through() {
        let buf = hostile_frame();
        let caption = Caption {
            title: "</title><script>\u{1b}[2J".into(),
            description: "]]>\u{0}".into(),
            lang: "en",
        };
        for format in [Format::Text, Format::Ansi, Format::Svg, Format::Html] {
            let out = render(&buf, format, &caption, &Palette::dark());
            for bad in [
                "\u{1b}[2J",
                "\u{1b}]0",
                "\u{7}",
                "\u{9b}",
                "\u{0}",
                "\u{1b}[31m",
            ] {
                assert!(!out.contains(bad), "{format:?} passes {bad:?}");
            }
            if matches!(format, Format::Svg | Format::Html) {
                for bad in ["<b>", "<script", "</title><"] {
                    assert!(!out.contains(bad), "{format:?} passes {bad:?}");
                }
                assert!(out.contains("&lt;/text&gt;"), "{format:?}");
            }
            if format == Format::Svg {
                let doc = roxmltree::Document::parse(&out).expect("well-formed");
                let rows = doc.descendants().filter(|n| n.has_tag_name("text"));
                assert_eq!(rows.count(), 2);
            }
        }
    }

    #[test]
    fn rows_skip_continuation_cells_and_drop_a_glyph_past_the_edge() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 5, 1));
        buf.set_string(0, 0, "亦庄", Style::new());
        buf[(4, 0)].set_symbol("庄");
        let glyphs = row(&buf, 0);
        let columns: Vec<(u16, u16)> = glyphs.iter().map(|g| (g.column, g.cells)).collect();
        assert_eq!(columns, [(0, 2), (2, 2)]);
        assert_eq!(kept(&glyphs), 2);
    }
}
