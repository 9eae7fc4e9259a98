//! Box-drawing and block glyphs as rectangles, so lines and bars join across cells as in a
//! terminal (fonts leave gaps between lines, and a fallback font may lack the glyph).

/// A filled rectangle in a cell, in pixels from the cell's top-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shape {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    /// 1 for solid; the shades ░▒▓ are partly transparent.
    pub opacity: f32,
}

/// The rectangles that draw `symbol` in a `w`×`h` cell, or `None` when a font should draw it.
pub fn shapes(symbol: &str, w: f32, h: f32) -> Option<Vec<Shape>> {
    let mut chars = symbol.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    let code = u32::from(c);
    match code {
        0x2500..=0x257F => box_shapes(BOX_ARMS[(code - 0x2500) as usize], w, h),
        0x2580..=0x259F => Some(block_shapes(code, w, h)),
        _ => None,
    }
}

/// True when [`shapes`] draws `symbol`.
pub fn is_drawn(symbol: &str) -> bool {
    shapes(symbol, 1.0, 1.0).is_some()
}

const LIGHT: f32 = 1.5;
const HEAVY: f32 = 3.0;
/// A double line: two thin lines this far either side of the centre.
const DOUBLE_GAP: f32 = 2.0;
const DOUBLE_LINE: f32 = 1.2;

/// The arms of a box-drawing glyph from U+2500, two bits each (up, right, down, left, from the
/// high bits): 0 none, 1 light, 2 heavy, 3 double; 0 for the dashed and diagonal ones, which
/// fonts draw. Derived from the characters' Unicode names ("DOWN LIGHT AND RIGHT HEAVY").
const BOX_ARMS: [u8; 128] = [
    0x11, 0x22, 0x44, 0x88, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x14, 0x24, 0x18, 0x28,
    0x05, 0x06, 0x09, 0x0A, 0x50, 0x60, 0x90, 0xA0, 0x41, 0x42, 0x81, 0x82, 0x54, 0x64, 0x94, 0x58,
    0x98, 0xA4, 0x68, 0xA8, 0x45, 0x46, 0x85, 0x49, 0x89, 0x86, 0x4A, 0x8A, 0x15, 0x16, 0x25, 0x26,
    0x19, 0x1A, 0x29, 0x2A, 0x51, 0x52, 0x61, 0x62, 0x91, 0x92, 0xA1, 0xA2, 0x55, 0x56, 0x65, 0x66,
    0x95, 0x59, 0x99, 0x96, 0xA5, 0x5A, 0x69, 0xA6, 0x6A, 0x9A, 0xA9, 0xAA, 0x00, 0x00, 0x00, 0x00,
    0x33, 0xCC, 0x34, 0x1C, 0x3C, 0x07, 0x0D, 0x0F, 0x70, 0xD0, 0xF0, 0x43, 0xC1, 0xC3, 0x74, 0xDC,
    0xFC, 0x47, 0xCD, 0xCF, 0x37, 0x1D, 0x3F, 0x73, 0xD1, 0xF3, 0x77, 0xDD, 0xFF, 0x14, 0x05, 0x41,
    0x50, 0x00, 0x00, 0x00, 0x01, 0x40, 0x10, 0x04, 0x02, 0x80, 0x20, 0x08, 0x21, 0x48, 0x12, 0x84,
];

fn box_shapes(arms: u8, w: f32, h: f32) -> Option<Vec<Shape>> {
    if arms == 0 {
        return None;
    }
    let weight = |shift: u8| (arms >> shift) & 0b11;
    let (up, right, down, left) = (weight(6), weight(4), weight(2), weight(0));
    let (cx, cy) = (w / 2.0, h / 2.0);
    // Each arm runs past the centre by half the widest line, so corners and tees close.
    let reach = [up, right, down, left]
        .iter()
        .map(|&k| half_width(k))
        .fold(0.0, f32::max);
    let mut out = Vec::new();
    let vertical = |k: u8, y0: f32, y1: f32, out: &mut Vec<Shape>| {
        for (offset, thick) in lines(k) {
            out.push(solid(cx + offset - thick / 2.0, y0, thick, y1 - y0));
        }
    };
    vertical(up, 0.0, cy + reach, &mut out);
    vertical(down, cy - reach, h, &mut out);
    let horizontal = |k: u8, x0: f32, x1: f32, out: &mut Vec<Shape>| {
        for (offset, thick) in lines(k) {
            out.push(solid(x0, cy + offset - thick / 2.0, x1 - x0, thick));
        }
    };
    horizontal(left, 0.0, cx + reach, &mut out);
    horizontal(right, cx - reach, w, &mut out);
    Some(out)
}

/// The lines of an arm of weight `k`: (offset from the centre, thickness).
fn lines(k: u8) -> Vec<(f32, f32)> {
    match k {
        1 => vec![(0.0, LIGHT)],
        2 => vec![(0.0, HEAVY)],
        3 => vec![(-DOUBLE_GAP, DOUBLE_LINE), (DOUBLE_GAP, DOUBLE_LINE)],
        _ => Vec::new(),
    }
}

fn half_width(k: u8) -> f32 {
    match k {
        1 => LIGHT / 2.0,
        2 => HEAVY / 2.0,
        3 => DOUBLE_GAP + DOUBLE_LINE / 2.0,
        _ => 0.0,
    }
}

fn solid(x: f32, y: f32, w: f32, h: f32) -> Shape {
    Shape {
        x,
        y,
        w,
        h,
        opacity: 1.0,
    }
}

/// U+2580–U+259F: halves, eighths, shades and quadrants.
fn block_shapes(code: u32, w: f32, h: f32) -> Vec<Shape> {
    let eighth_h = h / 8.0;
    let eighth_w = w / 8.0;
    match code {
        0x2580 => vec![solid(0.0, 0.0, w, h / 2.0)],
        0x2581..=0x2588 => {
            let n = (code - 0x2580) as f32;
            vec![solid(0.0, h - n * eighth_h, w, n * eighth_h)]
        }
        0x2589..=0x258F => vec![solid(0.0, 0.0, (0x2590 - code) as f32 * eighth_w, h)],
        0x2590 => vec![solid(w / 2.0, 0.0, w / 2.0, h)],
        0x2591..=0x2593 => vec![Shape {
            opacity: (code - 0x2590) as f32 * 0.25,
            ..solid(0.0, 0.0, w, h)
        }],
        0x2594 => vec![solid(0.0, 0.0, w, eighth_h)],
        0x2595 => vec![solid(w - eighth_w, 0.0, eighth_w, h)],
        _ => {
            // Quadrants: bits for upper left, upper right, lower left, lower right.
            let bits = match code {
                0x2596 => 0b0100,
                0x2597 => 0b1000,
                0x2598 => 0b0001,
                0x2599 => 0b1101,
                0x259A => 0b1001,
                0x259B => 0b0111,
                0x259C => 0b1011,
                0x259D => 0b0010,
                0x259E => 0b0110,
                _ => 0b1110,
            };
            let (hw, hh) = (w / 2.0, h / 2.0);
            [(0.0, 0.0), (hw, 0.0), (0.0, hh), (hw, hh)]
                .iter()
                .enumerate()
                .filter(|(i, _)| bits & (1 << i) != 0)
                .map(|(_, &(x, y))| solid(x, y, hw, hh))
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cover(symbol: &str) -> f32 {
        shapes(symbol, 8.0, 16.0)
            .unwrap_or_default()
            .iter()
            .map(|s| s.w * s.h * s.opacity)
            .sum()
    }

    #[test]
    fn lines_reach_the_edges_they_join() {
        let s = shapes("┌", 10.0, 20.0).unwrap_or_default();
        assert_eq!(s.len(), 2);
        assert!(
            s.iter().any(|r| (r.y + r.h - 20.0).abs() < 1e-6),
            "down arm reaches the bottom"
        );
        assert!(
            s.iter().any(|r| (r.x + r.w - 10.0).abs() < 1e-6),
            "right arm reaches the right"
        );
        assert!(!s.iter().any(|r| r.y < 5.0), "nothing above the centre");
        assert_eq!(
            shapes("═", 10.0, 20.0).map(|s| s.len()),
            Some(4),
            "two lines each side"
        );
        assert_eq!(shapes("╋", 10.0, 20.0).map(|s| s.len()), Some(4));
    }

    #[test]
    fn blocks_cover_their_share_of_the_cell() {
        let cell = 8.0 * 16.0;
        assert_eq!(cover("█"), cell);
        assert_eq!(cover("▄"), cell / 2.0);
        assert_eq!(cover("▂"), cell / 4.0);
        assert_eq!(cover("▌"), cell / 2.0);
        assert_eq!(cover("▏"), cell / 8.0);
        assert_eq!(cover("▒"), cell / 2.0);
        assert_eq!(cover("▙"), cell * 0.75);
    }

    #[test]
    fn fonts_draw_the_rest() {
        for symbol in ["a", "亦", "▲", "●", "┄", "╱", "", "ab"] {
            assert!(!is_drawn(symbol), "{symbol:?}");
        }
    }
}
