//! The one table of key bindings: it maps keys to actions and writes the footer hints and the help.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::{Action, Mode, Move};
use crate::lang::Lang;
use crate::model::Panel;

/// When a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Always,
    /// The panel grid, nothing zoomed.
    Grid,
    /// A zoomed panel.
    Zoomed,
    /// The grid or a zoomed panel, but not help.
    Panels,
    /// The help overlay.
    Help,
}

impl When {
    fn applies(self, mode: Mode) -> bool {
        match self {
            When::Always => true,
            When::Grid => mode == Mode::Grid,
            When::Zoomed => mode == Mode::Zoomed,
            When::Panels => mode != Mode::Help,
            When::Help => mode == Mode::Help,
        }
    }
}

/// One row of the table: keys as written (`"Left"`, `"h"`, `"Ctrl-c"`), what they do and when.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [&'static str],
    pub action: Action,
    pub when: When,
    pub help_en: &'static str,
    pub help_zh: &'static str,
    /// Short label in the footer's hints (en, zh); rows with the same label next to each other
    /// share one hint (`←↓↑→ move`).
    pub hint: Option<(&'static str, &'static str)>,
}

impl Binding {
    /// The footer label in `lang`, if the row has one.
    pub fn hint(&self, lang: Lang) -> Option<&'static str> {
        self.hint.map(|(en, zh)| lang.pick(zh, en))
    }

    /// The help text in `lang`.
    pub fn help(&self, lang: Lang) -> &'static str {
        lang.pick(self.help_zh, self.help_en)
    }
}

const fn bind(
    keys: &'static [&'static str],
    action: Action,
    when: When,
    help_en: &'static str,
    help_zh: &'static str,
    hint: Option<(&'static str, &'static str)>,
) -> Binding {
    Binding {
        keys,
        action,
        when,
        help_en,
        help_zh,
        hint,
    }
}

use Action as A;
use When as W;

/// Every binding. Earlier rows win, so mode-specific rows come before general ones.
pub const BINDINGS: &[Binding] = &[
    bind(
        &["Left", "h"],
        A::Focus(Move::Left),
        W::Grid,
        "focus the panel to the left",
        "移到左边的面板",
        Some(("move", "移动")),
    ),
    bind(
        &["Down", "j"],
        A::Focus(Move::Down),
        W::Grid,
        "focus the panel below",
        "移到下边的面板",
        Some(("move", "移动")),
    ),
    bind(
        &["Up", "k"],
        A::Focus(Move::Up),
        W::Grid,
        "focus the panel above",
        "移到上边的面板",
        Some(("move", "移动")),
    ),
    bind(
        &["Right", "l"],
        A::Focus(Move::Right),
        W::Grid,
        "focus the panel to the right",
        "移到右边的面板",
        Some(("move", "移动")),
    ),
    bind(
        &["Enter"],
        A::Open,
        W::Grid,
        "zoom the focused panel",
        "放大当前面板",
        Some(("zoom", "放大")),
    ),
    bind(
        &["Down", "j"],
        A::SelectNext,
        W::Zoomed,
        "select the next figure",
        "选择下一项",
        Some(("select", "选择")),
    ),
    bind(
        &["Up", "k"],
        A::SelectPrev,
        W::Zoomed,
        "select the previous figure",
        "选择上一项",
        Some(("select", "选择")),
    ),
    bind(
        &["Left", "h"],
        A::PrevPanel,
        W::Zoomed,
        "zoom the previous panel",
        "放大上一个面板",
        None,
    ),
    bind(
        &["Right", "l"],
        A::NextPanel,
        W::Zoomed,
        "zoom the next panel",
        "放大下一个面板",
        None,
    ),
    bind(
        &["Enter"],
        A::Open,
        W::Zoomed,
        "show the selected figure's source",
        "显示所选数字的出处",
        None,
    ),
    bind(
        &["Down", "j"],
        A::SelectNext,
        W::Help,
        "scroll help down",
        "向下滚动帮助",
        None,
    ),
    bind(
        &["Up", "k"],
        A::SelectPrev,
        W::Help,
        "scroll help up",
        "向上滚动帮助",
        None,
    ),
    bind(
        &["Tab"],
        A::NextPanel,
        W::Panels,
        "next panel",
        "下一个面板",
        None,
    ),
    bind(
        &["BackTab"],
        A::PrevPanel,
        W::Panels,
        "previous panel",
        "上一个面板",
        None,
    ),
    bind(
        &["1"],
        A::JumpTo(Panel::Growth),
        W::Panels,
        "go to Growth",
        "转到增长",
        None,
    ),
    bind(
        &["2"],
        A::JumpTo(Panel::Clusters),
        W::Panels,
        "go to Industry clusters",
        "转到产业集群",
        None,
    ),
    bind(
        &["3"],
        A::JumpTo(Panel::Environment),
        W::Panels,
        "go to Environment",
        "转到生态环境",
        None,
    ),
    bind(
        &["4"],
        A::JumpTo(Panel::Counts),
        W::Panels,
        "go to Projects & counts",
        "转到项目与数量",
        None,
    ),
    bind(
        &["5"],
        A::JumpTo(Panel::History),
        W::Panels,
        "go to Thirty years",
        "转到建区三十年",
        None,
    ),
    bind(
        &["6"],
        A::JumpTo(Panel::Plan),
        W::Panels,
        "go to the plan",
        "转到2023年计划",
        None,
    ),
    bind(
        &["z"],
        A::ToggleZoom,
        W::Panels,
        "zoom in or out",
        "放大或还原",
        None,
    ),
    bind(
        &["]"],
        A::SelectNext,
        W::Panels,
        "select the next figure",
        "选择下一项",
        None,
    ),
    bind(
        &["["],
        A::SelectPrev,
        W::Panels,
        "select the previous figure",
        "选择上一项",
        None,
    ),
    bind(
        &["PageDown"],
        A::PageDown,
        W::Always,
        "a page down",
        "向下翻页",
        None,
    ),
    bind(
        &["PageUp"],
        A::PageUp,
        W::Always,
        "a page up",
        "向上翻页",
        None,
    ),
    bind(
        &["Home", "g"],
        A::SelectFirst,
        W::Always,
        "to the first figure",
        "到第一项",
        None,
    ),
    bind(
        &["End", "G"],
        A::SelectLast,
        W::Always,
        "to the last figure",
        "到最后一项",
        None,
    ),
    bind(
        &["s"],
        A::ToggleDetail,
        W::Panels,
        "show or hide the source of the figure",
        "显示或隐藏数字出处",
        Some(("source", "出处")),
    ),
    bind(
        &["L"],
        A::ToggleLang,
        W::Always,
        "switch 中文 / English",
        "切换中文 / English",
        Some(("中文", "English")),
    ),
    bind(
        &["?"],
        A::ToggleHelp,
        W::Always,
        "show or hide this help",
        "显示或隐藏帮助",
        Some(("help", "帮助")),
    ),
    bind(
        &["Esc"],
        A::Back,
        W::Always,
        "close help, source or zoom",
        "关闭帮助、出处或放大",
        Some(("back", "返回")),
    ),
    bind(
        &["q", "Ctrl-c"],
        A::Quit,
        W::Always,
        "quit",
        "退出",
        Some(("quit", "退出")),
    ),
];

/// The action for a key press in `mode`, if any. Releases and repeats of other kinds are ignored.
pub fn action_for(event: KeyEvent, mode: Mode) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    BINDINGS
        .iter()
        .filter(|b| b.when.applies(mode))
        .find(|b| {
            b.keys
                .iter()
                .any(|k| parse_key(k).is_ok_and(|key| matches(key, event)))
        })
        .map(|b| b.action)
}

/// The bindings that apply in `mode`, for hints and help.
pub fn bindings_for(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |b| b.when.applies(mode))
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
fn matches((code, modifiers): (KeyCode, KeyModifiers), event: KeyEvent) -> bool {
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
