//! Terminal colours as RGB: the sixteen named colours of a dark or light terminal, the 256-colour cube.

use ratatui::style::Color;

/// A colour as red, green, blue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, as SVG, HTML and CSS write it.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// `self` mixed with `other`: `share` of `self`, the rest of `other`.
    pub fn mix(self, other: Rgb, share: f64) -> Rgb {
        let channel = |a: u8, b: u8| {
            (f64::from(a) * share + f64::from(b) * (1.0 - share))
                .round()
                .clamp(0.0, 255.0) as u8
        };
        Rgb(
            channel(self.0, other.0),
            channel(self.1, other.1),
            channel(self.2, other.2),
        )
    }

    /// Relative luminance as WCAG 2 defines it (0 black, 1 white).
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                libm::pow((c + 0.055) / 1.055, 2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// WCAG 2 contrast ratio between two colours, from 1 (none) to 21 (black on white).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

/// What a terminal shows for each colour: its default text and background, and the sixteen
/// named colours (black, red, green, yellow, blue, magenta, cyan, gray, then the bright eight).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub fg: Rgb,
    pub bg: Rgb,
    pub named: [Rgb; 16],
    /// Every colour shown as the default text or background: the picture of a `NO_COLOR` frame
    /// stays monochrome whatever its cells ask for.
    pub monochrome: bool,
}

impl Palette {
    /// A dark terminal (light text on near-black), with xterm-like named colours.
    pub fn dark() -> Palette {
        Palette {
            fg: Rgb(0xd0, 0xd0, 0xd0),
            bg: Rgb(0x16, 0x18, 0x1c),
            named: [
                Rgb(0x00, 0x00, 0x00),
                Rgb(0xcd, 0x31, 0x31),
                Rgb(0x0d, 0xbc, 0x79),
                Rgb(0xe5, 0xe5, 0x10),
                Rgb(0x3b, 0x78, 0xff),
                Rgb(0xbc, 0x3f, 0xbc),
                Rgb(0x11, 0xa8, 0xcd),
                Rgb(0xe5, 0xe5, 0xe5),
                Rgb(0x76, 0x76, 0x76),
                Rgb(0xf1, 0x4c, 0x4c),
                Rgb(0x23, 0xd1, 0x8b),
                Rgb(0xf5, 0xf5, 0x43),
                Rgb(0x5c, 0x9d, 0xff),
                Rgb(0xd6, 0x70, 0xd6),
                Rgb(0x29, 0xb8, 0xdb),
                Rgb(0xff, 0xff, 0xff),
            ],
            monochrome: false,
        }
    }

    /// A light terminal (near-black text on white), with named colours dark enough to read.
    pub fn light() -> Palette {
        Palette {
            fg: Rgb(0x1f, 0x23, 0x28),
            bg: Rgb(0xff, 0xff, 0xff),
            named: [
                Rgb(0x00, 0x00, 0x00),
                Rgb(0xb3, 0x1d, 0x28),
                Rgb(0x11, 0x6a, 0x2e),
                Rgb(0x7a, 0x5a, 0x00),
                Rgb(0x05, 0x50, 0xae),
                Rgb(0x82, 0x50, 0xdf),
                Rgb(0x0b, 0x61, 0x6e),
                Rgb(0x6e, 0x77, 0x81),
                Rgb(0x57, 0x60, 0x6a),
                Rgb(0xcf, 0x22, 0x2e),
                Rgb(0x1a, 0x7f, 0x37),
                Rgb(0x8a, 0x63, 0x00),
                Rgb(0x21, 0x8b, 0xff),
                Rgb(0xa4, 0x75, 0xf9),
                Rgb(0x1b, 0x7c, 0x83),
                Rgb(0x8c, 0x95, 0x9f),
            ],
            monochrome: false,
        }
    }

    /// Black on white, every cell colour ignored: for `NO_COLOR`.
    pub fn monochrome() -> Palette {
        Palette {
            fg: Rgb(0, 0, 0),
            monochrome: true,
            ..Palette::light()
        }
    }

    /// The terminal a frame drawn with `theme` is pictured in: dark, light or monochrome.
    pub fn for_theme(theme: &crate::ui::theme::Theme) -> Palette {
        match theme.name {
            crate::config::ThemeName::Dark => Palette::dark(),
            crate::config::ThemeName::Light => Palette::light(),
            crate::config::ThemeName::Mono => Palette::monochrome(),
        }
    }

    /// The text colour `color` stands for (`Reset` is the default text colour).
    pub fn fg(&self, color: Color) -> Rgb {
        self.resolve(color).unwrap_or(self.fg)
    }

    /// The background colour `color` stands for (`Reset` is the default background).
    pub fn bg(&self, color: Color) -> Rgb {
        self.resolve(color).unwrap_or(self.bg)
    }

    /// `color` as RGB; `None` for the terminal's default.
    fn resolve(&self, color: Color) -> Option<Rgb> {
        if self.monochrome {
            return None;
        }
        let named = |i: usize| Some(self.named[i]);
        match color {
            Color::Reset => None,
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
            Color::Rgb(r, g, b) => Some(Rgb(r, g, b)),
            Color::Indexed(i) => Some(self.indexed(i)),
        }
    }

    /// One of the 256 indexed colours: the sixteen named, the 6×6×6 cube, the grey ramp.
    pub fn indexed(&self, index: u8) -> Rgb {
        match index {
            0..=15 => self.named[usize::from(index)],
            16..=231 => {
                let i = index - 16;
                let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
                Rgb(level(i / 36), level(i / 6 % 6), level(i % 6))
            }
            _ => {
                let grey = 8 + 10 * (index - 232);
                Rgb(grey, grey, grey)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cube_and_ramp_follow_xterm() {
        let p = Palette::dark();
        assert_eq!(p.indexed(16), Rgb(0, 0, 0));
        assert_eq!(p.indexed(196), Rgb(255, 0, 0));
        assert_eq!(p.indexed(231), Rgb(255, 255, 255));
        assert_eq!(p.indexed(232), Rgb(8, 8, 8));
        assert_eq!(p.indexed(255), Rgb(238, 238, 238));
        assert_eq!(p.indexed(3), p.named[3]);
    }

    #[test]
    fn contrast_is_wcag() {
        let black_on_white = Rgb(0, 0, 0).contrast(Rgb(255, 255, 255));
        assert!((black_on_white - 21.0).abs() < 1e-9);
        assert!((Rgb(9, 9, 9).contrast(Rgb(9, 9, 9)) - 1.0).abs() < 1e-9);
        assert_eq!(Rgb(0x12, 0xab, 0xff).hex(), "#12abff");
    }

    #[test]
    fn monochrome_ignores_every_colour() {
        let p = Palette::monochrome();
        assert_eq!(p.fg(Color::Red), p.fg);
        assert_eq!(p.bg(Color::Rgb(1, 2, 3)), p.bg);
        assert_eq!(Palette::dark().fg(Color::Red), Palette::dark().named[1]);
    }
}
