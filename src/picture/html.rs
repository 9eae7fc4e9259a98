//! A frame as an HTML page: one `<pre>` of styled, selectable text.

use std::fmt::Write;

use ratatui::buffer::Buffer;

use super::escape::xml;
use super::{Caption, FONT_FAMILIES, Paint, Palette, kept, row};

/// `buf` as a standalone HTML page. A wide character gets a box two cells wide, so columns
/// stay aligned whichever font draws it.
pub fn render(buf: &Buffer, caption: &Caption, palette: &Palette) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{}</title>\n<meta name=\"description\" content=\"{}\">\n</head>\n\
         <body style=\"margin:0;background:{bg}\">\n\
         <pre style=\"margin:0;padding:10px;background:{bg};color:{fg};font-family:{};\
         font-size:16px;line-height:1.25\">",
        caption.lang,
        xml(&caption.title),
        xml(&caption.description),
        xml(FONT_FAMILIES),
        bg = palette.bg.hex(),
        fg = palette.fg.hex(),
    );
    for y in buf.area.top()..buf.area.bottom() {
        let glyphs = row(buf, y);
        let shown = glyphs
            .iter()
            .rposition(|g| Paint::of(g, palette).bg != palette.bg)
            .map_or(0, |last| last + 1)
            .max(kept(&glyphs));
        let mut open: Option<String> = None;
        for glyph in &glyphs[..shown] {
            let style = css(&Paint::of(glyph, palette), palette);
            if open.as_ref() != Some(&style) {
                if open.take().is_some_and(|s| !s.is_empty()) {
                    out.push_str("</span>");
                }
                if !style.is_empty() {
                    let _ = write!(out, "<span style=\"{style}\">");
                }
                open = Some(style);
            }
            if glyph.cells == 2 {
                let _ = write!(
                    out,
                    "<span style=\"display:inline-block;width:2ch;text-align:center\">{}</span>",
                    xml(&glyph.symbol)
                );
            } else {
                out.push_str(&xml(&glyph.symbol));
            }
        }
        if open.is_some_and(|s| !s.is_empty()) {
            out.push_str("</span>");
        }
        out.push('\n');
    }
    out.push_str("</pre>\n</body>\n</html>\n");
    out
}

/// The inline style of a paint, empty where it is the page's own.
fn css(paint: &Paint, palette: &Palette) -> String {
    let mut style = String::new();
    if paint.fg != palette.fg {
        let _ = write!(style, "color:{};", paint.fg.hex());
    }
    if paint.bg != palette.bg {
        let _ = write!(style, "background:{};", paint.bg.hex());
    }
    if paint.bold {
        style.push_str("font-weight:bold;");
    }
    if paint.italic {
        style.push_str("font-style:italic;");
    }
    match (paint.underline, paint.strike) {
        (true, true) => style.push_str("text-decoration:underline line-through;"),
        (true, false) => style.push_str("text-decoration:underline;"),
        (false, true) => style.push_str("text-decoration:line-through;"),
        (false, false) => {}
    }
    if paint.hidden {
        style.push_str("visibility:hidden;");
    }
    style
}
