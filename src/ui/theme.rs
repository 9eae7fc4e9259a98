//! Colours and emphasis, with a colourless theme for `NO_COLOR` that stays readable by glyphs alone.

use ratatui::style::{Color, Modifier, Style};

/// Every style the dashboard uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
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
            text: Style::new(),
            muted: Style::new().fg(Color::DarkGray),
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
            bad: Style::new().fg(Color::Red),
            reference: Style::new().fg(Color::Magenta),
            quote: Style::new().fg(Color::LightGreen),
        }
    }

    /// The theme without colour: emphasis by bold, dim, reverse and underline only.
    pub fn monochrome() -> Theme {
        Theme {
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

    /// The monochrome theme when `NO_COLOR` is set to anything non-empty (no-color.org).
    pub fn from_env() -> Theme {
        Theme::for_no_color(std::env::var_os("NO_COLOR").as_deref())
    }

    /// [`Theme::from_env`] for a given `NO_COLOR` value.
    pub fn for_no_color(value: Option<&std::ffi::OsStr>) -> Theme {
        match value {
            Some(v) if !v.is_empty() => Theme::monochrome(),
            _ => Theme::colour(),
        }
    }
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
}
