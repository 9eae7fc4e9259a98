//! The one table of key bindings: it maps keys to actions and writes the footer hints and the help.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub use super::bindings::BINDINGS;
use super::{Action, Mode};
use crate::lang::{Lang, Words};

/// When a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Always,
    /// The panel grid, nothing zoomed.
    Grid,
    /// A zoomed panel.
    Zoomed,
    /// The grid or a zoomed panel, but not help or another screen.
    Panels,
    /// Wherever a figure is selected: the grid, a zoomed panel, its source, the comparison.
    Chosen,
    /// The report picker; characters that no row of it binds type into its filter.
    Picker,
    /// The comparison of one indicator across the open reports.
    Compare,
    /// The search; characters type into it.
    Search,
    /// The help overlay.
    Help,
    /// The source popup.
    Source,
}

impl When {
    /// True when a row of this kind applies in `mode`.
    pub fn applies(self, mode: Mode) -> bool {
        match self {
            When::Always => true,
            When::Grid => mode == Mode::Grid,
            When::Zoomed => mode == Mode::Zoomed,
            When::Panels => matches!(mode, Mode::Grid | Mode::Zoomed | Mode::Source),
            When::Chosen => matches!(
                mode,
                Mode::Grid | Mode::Zoomed | Mode::Source | Mode::Compare
            ),
            When::Picker => mode == Mode::Picker,
            When::Compare => mode == Mode::Compare,
            When::Search => mode == Mode::Search,
            When::Help => mode == Mode::Help,
            When::Source => mode == Mode::Source,
        }
    }
}

/// One row of the table: keys as written (`"Left"`, `"h"`, `"Ctrl-c"`), what they do and when.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [&'static str],
    pub action: Action,
    pub when: When,
    /// What the keys do, as the help and the manual page say it.
    pub help: Words,
    /// Short label in the footer's hints; rows with the same label next to each other share
    /// one hint (`←↓↑→ move`).
    pub hint: Option<Words>,
}

impl Binding {
    /// The footer label in `lang`, if the row has one.
    pub fn hint(&self, lang: Lang) -> Option<&'static str> {
        self.hint.map(|hint| hint.get(lang))
    }

    /// The help text in `lang`.
    pub fn help(&self, lang: Lang) -> &'static str {
        self.help.get(lang)
    }
}

/// The help's groups of bindings, in order, with their headings.
pub const HELP_GROUPS: [(When, Words); 10] = [
    (When::Grid, Words::new("面板网格中", "In the grid")),
    (
        When::Zoomed,
        Words::new("放大的面板中", "In a zoomed panel"),
    ),
    (
        When::Panels,
        Words::new("网格或放大面板中", "In the grid or a zoomed panel"),
    ),
    (
        When::Picker,
        Words::new(
            "报告列表中(字母用于筛选,只有非字母的键有效)",
            "In the report list (letters type into the filter; only keys that are not letters work)",
        ),
    ),
    (
        When::Chosen,
        Words::new(
            "选中一项数字时(网格、放大面板、出处、比较中)",
            "Wherever a figure is selected (grid, zoom, source, comparison)",
        ),
    ),
    (When::Compare, Words::new("比较中", "In the comparison")),
    (
        When::Search,
        Words::new(
            "搜索中(字母输入搜索框,只有非字母的键有效)",
            "In the search (letters type into it; only keys that are not letters work)",
        ),
    ),
    (
        When::Source,
        Words::new("出处窗口中", "In the source popup"),
    ),
    (When::Help, Words::new("帮助中", "In this help")),
    (
        When::Always,
        Words::new(
            "随时(报告列表和搜索中只有非字母的键)",
            "Anywhere (in the report list and the search, keys that are not letters)",
        ),
    ),
];

/// On a screen with a filter, a plain character (Shift allowed) types rather than runs a binding.
pub(crate) fn typed_char(event: KeyEvent, mode: Mode) -> Option<char> {
    let plain = (event.modifiers - KeyModifiers::SHIFT).is_empty();
    match event.code {
        KeyCode::Char(c)
            if plain && matches!(mode, Mode::Picker | Mode::Search) && !c.is_control() =>
        {
            Some(c)
        }
        _ => None,
    }
}

/// Parses a key as the table writes it: a character (`q`, `?`, `L`), a named key (`Left`,
/// `PageDown`, `BackTab`, `F1`…) or either after `Ctrl-`, `Alt-` or `Shift-`.
pub fn parse_key(text: &str) -> Result<(KeyCode, KeyModifiers), String> {
    let mut modifiers = KeyModifiers::NONE;
    let mut rest = text;
    while let Some((head, tail)) = rest.split_once('-').filter(|(_, tail)| !tail.is_empty()) {
        modifiers |= match head {
            "Ctrl" => KeyModifiers::CONTROL,
            "Alt" => KeyModifiers::ALT,
            "Shift" => KeyModifiers::SHIFT,
            _ => break,
        };
        rest = tail;
    }
    let code = match rest {
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Tab" => KeyCode::Tab,
        "BackTab" => KeyCode::BackTab,
        "PageUp" => KeyCode::PageUp,
        "PageDown" => KeyCode::PageDown,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "Backspace" => KeyCode::Backspace,
        "Delete" => KeyCode::Delete,
        "Space" => KeyCode::Char(' '),
        f if f.len() > 1 && f.starts_with('F') => match f[1..].parse::<u8>() {
            Ok(n @ 1..=12) => KeyCode::F(n),
            _ => return Err(format!("unknown key {text:?}")),
        },
        c if c.chars().count() == 1 => KeyCode::Char(c.chars().next().unwrap_or(' ')),
        _ => return Err(format!("unknown key {text:?}")),
    };
    Ok((code, modifiers))
}

/// True when `event` is the key `(code, modifiers)`. Shift is part of a character itself (`L`,
/// `?`), so it is ignored for characters and for BackTab, which terminals send with Shift.
pub(crate) fn matches((code, modifiers): (KeyCode, KeyModifiers), event: KeyEvent) -> bool {
    let shift_free = matches!(code, KeyCode::Char(_) | KeyCode::BackTab);
    let relevant = |m: KeyModifiers| {
        if shift_free {
            m - KeyModifiers::SHIFT
        } else {
            m
        }
    };
    event.code == code && relevant(event.modifiers) == relevant(modifiers)
}

/// How a key is shown in hints and help: arrows as glyphs, `Ctrl-c` as `Ctrl-C`.
pub fn display_key(text: &str) -> String {
    match text {
        "Left" => "←".into(),
        "Right" => "→".into(),
        "Up" => "↑".into(),
        "Down" => "↓".into(),
        "PageUp" => "PgUp".into(),
        "PageDown" => "PgDn".into(),
        "BackTab" => "Shift-Tab".into(),
        _ => match text.strip_prefix("Ctrl-") {
            Some(key) => format!("Ctrl-{}", key.to_uppercase()),
            None => text.into(),
        },
    }
}
