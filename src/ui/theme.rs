//! Colours and emphasis, with a colourless theme for `NO_COLOR` that stays readable by glyphs alone.

use ratatui::style::{Color, Modifier, Style};

pub use crate::config::ThemeName;

/// Every style the dashboard uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Which theme this is; pictures of a frame take the terminal colours it is made for.
    pub name: ThemeName,
    pub text: Style,
    pub muted: Style,
    pub title: Style,
    pub focused_title: Style,
    pub border: Style,
    pub focused_border: Style,
    pub header: Style,
    pub key: Style,
    /// The selected row of a list.
    pub selected: Style,
    /// Bars and chart marks.
    pub bar: Style,
    pub bar_alt: Style,
    /// A change for the better, and for the worse.
    pub good: Style,
    pub bad: Style,
    /// Reference thresholds drawn against a figure.
    pub reference: Style,
    pub quote: Style,
}

impl Theme {
    /// The coloured theme.
    pub fn colour() -> Theme {
        Theme {
            name: ThemeName::Dark,
            text: Style::new(),
            // Grey 245 of the 256-colour cube: the named dark grey is too dark to read in most
            // terminal schemes (3.9:1 on a dark background).
            muted: Style::new().fg(Color::Indexed(245)),
            title: Style::new().fg(Color::Cyan),
            focused_title: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::DarkGray),
            focused_border: Style::new().fg(Color::Yellow),
            header: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            key: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            bar: Style::new().fg(Color::Cyan),
            bar_alt: Style::new().fg(Color::Blue),
            good: Style::new().fg(Color::Green),
            // The bright red and magenta: the plain ones fall under 4.5:1 on a dark background.
            bad: Style::new().fg(Color::LightRed),
            reference: Style::new().fg(Color::LightMagenta),
            quote: Style::new().fg(Color::LightGreen),
        }
    }

    /// The theme without colour: emphasis by bold, dim, reverse and underline only.
    pub fn monochrome() -> Theme {
        Theme {
            name: ThemeName::Mono,
            text: Style::new(),
            muted: Style::new().add_modifier(Modifier::DIM),
            title: Style::new(),
            focused_title: Style::new().add_modifier(Modifier::BOLD),
            border: Style::new(),
            focused_border: Style::new().add_modifier(Modifier::BOLD),
            header: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            key: Style::new().add_modifier(Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            bar: Style::new(),
            bar_alt: Style::new(),
            good: Style::new().add_modifier(Modifier::BOLD),
            bad: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            reference: Style::new(),
            quote: Style::new(),
        }
    }

    /// Colours for a light (white) terminal, from the 256-colour cube, whose values do not
    /// depend on the terminal's own scheme: each reads on white (a test checks the contrast).
    pub fn light() -> Theme {
        let ink = |index: u8| Style::new().fg(Color::Indexed(index));
        let blue = 25;
        let brown = 130;
        Theme {
            name: ThemeName::Light,
            text: Style::new(),
            muted: ink(242),
            title: ink(blue),
            focused_title: ink(brown).add_modifier(Modifier::BOLD),
            border: ink(244),
            focused_border: ink(brown),
            header: Style::new()
                .fg(Color::Indexed(231))
                .bg(Color::Indexed(blue))
                .add_modifier(Modifier::BOLD),
            key: ink(brown).add_modifier(Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            bar: ink(24),
            bar_alt: ink(97),
            good: ink(28),
            bad: ink(160),
            reference: ink(127),
            quote: ink(22),
        }
    }

    /// The theme called `name`; always the monochrome one when `NO_COLOR` is set.
    pub fn named(name: ThemeName, no_color: Option<&std::ffi::OsStr>) -> Theme {
        if no_color.is_some_and(|v| !v.is_empty()) {
            return Theme::monochrome();
        }
        match name {
            ThemeName::Dark => Theme::colour(),
            ThemeName::Light => Theme::light(),
            ThemeName::Mono => Theme::monochrome(),
        }
    }

    /// The monochrome theme when `NO_COLOR` is set to anything non-empty (no-color.org).
    pub fn from_env() -> Theme {
        Theme::for_no_color(std::env::var_os("NO_COLOR").as_deref())
    }

    /// The theme for the live dashboard: [`Theme::from_env`], and monochrome on a terminal that
    /// shows no colour (`TERM=dumb`, `xterm-mono`, `vt100-m`…), which would otherwise be sent
    /// 256-colour escapes.
    pub fn for_terminal() -> Theme {
        if colourless_terminal(std::env::var_os("TERM").as_deref()) {
            Theme::monochrome()
        } else {
            Theme::from_env()
        }
    }

    /// The theme `name` for the live dashboard: monochrome when `NO_COLOR` is set or the
    /// terminal shows no colour, as [`Theme::for_terminal`] says.
    pub fn for_terminal_named(name: ThemeName) -> Theme {
        if colourless_terminal(std::env::var_os("TERM").as_deref()) {
            Theme::monochrome()
        } else {
            Theme::named(name, std::env::var_os("NO_COLOR").as_deref())
        }
    }

    /// [`Theme::from_env`] for a given `NO_COLOR` value.
    pub fn for_no_color(value: Option<&std::ffi::OsStr>) -> Theme {
        match value {
            Some(v) if !v.is_empty() => Theme::monochrome(),
            _ => Theme::colour(),
        }
    }
}

/// True for a `TERM` naming a terminal without colour: `dumb`, and the `-mono` and `-m`
/// entries of terminfo (`xterm-mono`, `vt100-m`).
pub fn colourless_terminal(term: Option<&std::ffi::OsStr>) -> bool {
    let term = term.and_then(std::ffi::OsStr::to_str).unwrap_or_default();
    term == "dumb" || term.ends_with("-mono") || term.ends_with("-m")
}

impl Default for Theme {
    fn default() -> Theme {
        Theme::colour()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dumb_and_mono_terminals_are_colourless() {
        for term in ["dumb", "xterm-mono", "vt100-m"] {
            assert!(
                colourless_terminal(Some(std::ffi::OsStr::new(term))),
                "{term}"
            );
        }
        for term in ["xterm-256color", "screen", "tmux-256color", "linux"] {
            assert!(
                !colourless_terminal(Some(std::ffi::OsStr::new(term))),
                "{term}"
            );
        }
        assert!(!colourless_terminal(None));
    }

    #[test]
    fn no_color_turns_every_colour_off() {
        assert_eq!(
            Theme::for_no_color(Some(std::ffi::OsStr::new("1"))),
            Theme::monochrome()
        );
        assert_eq!(
            Theme::for_no_color(Some(std::ffi::OsStr::new(""))),
            Theme::colour()
        );
        assert_eq!(Theme::for_no_color(None), Theme::colour());
        let t = Theme::monochrome();
        let styles = [
            t.text,
            t.muted,
            t.title,
            t.focused_title,
            t.border,
            t.focused_border,
            t.header,
            t.key,
            t.selected,
            t.bar,
            t.bar_alt,
            t.good,
            t.bad,
            t.reference,
            t.quote,
        ];
        for style in styles {
            assert_eq!((style.fg, style.bg), (None, None), "{style:?}");
        }
        // Without colour, better and worse still differ, and focus still shows.
        assert_ne!(t.good, t.bad);
        assert_ne!(t.focused_border, t.border);
    }

    /// Every style with its name and the contrast it needs against its background: 4.5 for
    /// text (WCAG AA), 3 for lines and bars (WCAG's figure for graphics).
    fn styles(t: &Theme) -> [(&'static str, Style, f64); 15] {
        [
            ("text", t.text, 4.5),
            ("muted", t.muted, 4.5),
            ("title", t.title, 4.5),
            ("focused_title", t.focused_title, 4.5),
            ("border", t.border, 3.0),
            ("focused_border", t.focused_border, 3.0),
            ("header", t.header, 4.5),
            ("key", t.key, 4.5),
            ("selected", t.selected, 4.5),
            ("bar", t.bar, 3.0),
            ("bar_alt", t.bar_alt, 3.0),
            ("good", t.good, 4.5),
            ("bad", t.bad, 4.5),
            ("reference", t.reference, 4.5),
            ("quote", t.quote, 4.5),
        ]
    }

    /// The colours a cell in `style` shows in `palette`, after reverse and dim.
    fn shown(style: Style, palette: &Palette) -> (Rgb, Rgb) {
        let fg = palette.fg(style.fg.unwrap_or(Color::Reset));
        let bg = palette.bg(style.bg.unwrap_or(Color::Reset));
        let (fg, bg) = if style.add_modifier.contains(Modifier::REVERSED) {
            (bg, fg)
        } else {
            (fg, bg)
        };
        if style.add_modifier.contains(Modifier::DIM) {
            (fg.mix(bg, 0.6), bg)
        } else {
            (fg, bg)
        }
    }

    use crate::picture::{Palette, Rgb};

    #[test]
    fn every_style_of_every_theme_reads_on_its_terminal() {
        let mut weak = Vec::new();
        for theme in [Theme::colour(), Theme::light(), Theme::monochrome()] {
            let palette = Palette::for_theme(&theme);
            for (name, style, needed) in styles(&theme) {
                // Each style as drawn, and reversed: a selected row, a value printed on its bar.
                for (how, style) in [("", style), (" reversed", style.reversed())] {
                    let (fg, bg) = shown(style, &palette);
                    let ratio = fg.contrast(bg);
                    if ratio < needed {
                        weak.push(format!(
                            "{:?} {name}{how}: {} on {} is {ratio:.2}, needs {needed}",
                            theme.name,
                            fg.hex(),
                            bg.hex()
                        ));
                    }
                }
            }
        }
        assert!(weak.is_empty(), "{}", weak.join("\n"));
    }

    #[test]
    fn themes_are_chosen_by_name_and_no_color_wins() {
        assert_eq!(Theme::named(ThemeName::Light, None), Theme::light());
        assert_eq!(Theme::named(ThemeName::Dark, None), Theme::colour());
        assert_eq!(Theme::named(ThemeName::Mono, None), Theme::monochrome());
        let no_color = Some(std::ffi::OsStr::new("1"));
        assert_eq!(
            Theme::named(ThemeName::Light, no_color),
            Theme::monochrome()
        );
    }
}
