//! A frame as a standalone SVG: a rectangle per background run, shapes for box and block
//! glyphs, and one `<text>` per row whose characters sit each at its own cell.

use std::fmt::Write;

use ratatui::buffer::Buffer;

use super::escape::xml;
use super::glyphs::{self, Shape};
use super::{Caption, FONT_FAMILIES, Glyph, Paint, Palette, Rgb, kept, row};

/// A cell's width and height in pixels, about the shape of a terminal's cell.
pub const CELL_W: u32 = 10;
pub const CELL_H: u32 = 20;
const FONT_SIZE: u32 = 16;
/// From a row's top to the text's baseline.
const BASELINE: u32 = 15;
/// A margin of background around the cells.
const PAD: u32 = 10;

/// `buf` as an SVG document.
pub fn render(buf: &Buffer, caption: &Caption, palette: &Palette) -> String {
    let (columns, rows) = (u32::from(buf.area.width), u32::from(buf.area.height));
    let (width, height) = (columns * CELL_W + 2 * PAD, rows * CELL_H + 2 * PAD);
    let mut out = String::with_capacity((columns * rows * 24) as usize + 1024);
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{width}\" \
         height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"{FONT_FAMILIES}\" \
         font-size=\"{FONT_SIZE}\" xml:space=\"preserve\" xml:lang=\"{}\">\n\
         <title>{}</title>\n<desc>{}</desc>\n\
         <rect width=\"{width}\" height=\"{height}\" fill=\"{}\"/>\n",
        caption.lang,
        xml(&caption.title),
        xml(&caption.description),
        palette.bg.hex(),
    );
    for y in 0..buf.area.height {
        let glyphs = row(buf, buf.area.top() + y);
        let paints: Vec<Paint> = glyphs.iter().map(|g| Paint::of(g, palette)).collect();
        let top = PAD + u32::from(y) * CELL_H;
        render_backgrounds(&mut out, &glyphs, &paints, palette.bg, top);
        render_shapes(&mut out, &glyphs, &paints, top);
        let keep = kept(&glyphs);
        render_text(&mut out, &glyphs[..keep], &paints[..keep], top);
    }
    out.push_str("</svg>\n");
    out
}

fn left(column: u16) -> u32 {
    PAD + u32::from(column) * CELL_W
}

/// One rectangle per run of cells whose background is not the picture's own.
fn render_backgrounds(out: &mut String, glyphs: &[Glyph], paints: &[Paint], base: Rgb, top: u32) {
    let mut i = 0;
    while i < glyphs.len() {
        let bg = paints[i].bg;
        let mut end = i + 1;
        while end < glyphs.len() && paints[end].bg == bg {
            end += 1;
        }
        if bg != base {
            let last = &glyphs[end - 1];
            let width =
                (u32::from(last.column + last.cells) - u32::from(glyphs[i].column)) * CELL_W;
            let _ = writeln!(
                out,
                "<rect x=\"{}\" y=\"{top}\" width=\"{width}\" height=\"{CELL_H}\" fill=\"{}\"/>",
                left(glyphs[i].column),
                bg.hex()
            );
        }
        i = end;
    }
}

/// Box and block glyphs as rectangles, underlines and strike-throughs as thin ones.
fn render_shapes(out: &mut String, glyphs: &[Glyph], paints: &[Paint], top: u32) {
    let (w, h) = (CELL_W as f32, CELL_H as f32);
    for (glyph, paint) in glyphs.iter().zip(paints) {
        if paint.hidden {
            continue;
        }
        let x0 = left(glyph.column) as f32;
        let span = f32::from(glyph.cells) * w;
        let mut shapes = glyphs::shapes(&glyph.symbol, w, h).unwrap_or_default();
        if paint.underline {
            shapes.push(Shape {
                x: 0.0,
                y: h - 3.0,
                w: span,
                h: 1.0,
                opacity: 1.0,
            });
        }
        if paint.strike {
            shapes.push(Shape {
                x: 0.0,
                y: h / 2.0,
                w: span,
                h: 1.0,
                opacity: 1.0,
            });
        }
        for s in shapes {
            let _ = write!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"",
                x0 + s.x,
                top as f32 + s.y,
                s.w,
                s.h,
                paint.fg.hex()
            );
            if s.opacity < 1.0 {
                let _ = write!(out, " fill-opacity=\"{}\"", s.opacity);
            }
            out.push_str("/>\n");
        }
    }
}

/// How a run of text is styled; blanks join any run, since they show no colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Ink {
    fill: Option<Rgb>,
    bold: bool,
    italic: bool,
}

fn ink(glyph: &Glyph, paint: &Paint) -> Ink {
    // Glyphs drawn as shapes stay in the text, unpainted, so the text reads and copies whole.
    let visible = !paint.hidden && !glyphs::is_drawn(&glyph.symbol);
    Ink {
        fill: visible.then_some(paint.fg),
        bold: paint.bold,
        italic: paint.italic,
    }
}

/// A glyph that cannot share a `tspan` with per-character positions: several characters in
/// one cell (a combining mark, an emoji sequence) or one outside the Basic Multilingual Plane
/// (renderers disagree on how such a character counts against a position list).
fn stands_alone(symbol: &str) -> bool {
    let mut chars = symbol.chars();
    let first = chars.next();
    chars.next().is_some() || first.is_some_and(|c| u32::from(c) > 0xFFFF)
}

/// The row's text: runs of one ink as `tspan`s, each character placed at its cell (a wide one
/// centred on its two cells), with nothing between the `tspan`s, so the text reads as the row.
fn render_text(out: &mut String, glyphs: &[Glyph], paints: &[Paint], top: u32) {
    let _ = write!(out, "<text y=\"{}\">", top + BASELINE);
    let mut i = 0;
    while i < glyphs.len() {
        let mut current = ink(&glyphs[i], &paints[i]);
        let mut end = i + 1;
        if !stands_alone(&glyphs[i].symbol) {
            while end < glyphs.len() && !stands_alone(&glyphs[end].symbol) {
                let blank = glyphs[end].symbol.trim().is_empty();
                let next = ink(&glyphs[end], &paints[end]);
                if next != current && !blank {
                    if glyphs[i..end].iter().all(|g| g.symbol.trim().is_empty()) {
                        current = next;
                    } else {
                        break;
                    }
                }
                end += 1;
            }
        }
        render_run(out, &glyphs[i..end], current);
        i = end;
    }
    out.push_str("</text>\n");
}

fn render_run(out: &mut String, run: &[Glyph], ink: Ink) {
    let positions: Vec<String> = if run.len() == 1 && stands_alone(&run[0].symbol) {
        vec![x_of(&run[0]).to_string()]
    } else {
        run.iter()
            .filter(|g| !g.symbol.is_empty())
            .map(|g| x_of(g).to_string())
            .collect()
    };
    let _ = write!(out, "<tspan x=\"{}\"", positions.join(" "));
    match ink.fill {
        Some(fill) => {
            let _ = write!(out, " fill=\"{}\"", fill.hex());
        }
        None => out.push_str(" fill=\"none\""),
    }
    if ink.bold {
        out.push_str(" font-weight=\"bold\"");
    }
    if ink.italic {
        out.push_str(" font-style=\"italic\"");
    }
    out.push('>');
    for glyph in run {
        out.push_str(&xml(&glyph.symbol));
    }
    out.push_str("</tspan>");
}

/// Where a glyph's character starts: its cell, or a wide glyph centred on its two cells.
fn x_of(glyph: &Glyph) -> u32 {
    let x = left(glyph.column);
    if glyph.cells == 2 {
        x + (2 * CELL_W).saturating_sub(FONT_SIZE) / 2
    } else {
        x
    }
}
