//! The key table in force: the built-in bindings with the config file's `[keys]` applied.

use std::sync::{Arc, LazyLock};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::keymap::{BINDINGS, Binding, When, parse_key};
use super::{Action, Mode, Move};
use crate::config::{ConfigError, KeyOverride, Location};

/// Every action a config file may rebind, by the name it uses there, and the rows it names:
/// all rows of the action, or only those that apply `when` (an action bound in two places to
/// different keys has a name for each, so rebinding one never moves the other).
pub const ACTION_NAMES: &[(&str, Action, Option<When>)] = &[
    ("focus_left", Action::Focus(Move::Left), None),
    ("focus_down", Action::Focus(Move::Down), None),
    ("focus_up", Action::Focus(Move::Up), None),
    ("focus_right", Action::Focus(Move::Right), None),
    ("next_panel", Action::NextPanel, Some(When::Panels)),
    ("prev_panel", Action::PrevPanel, Some(When::Panels)),
    ("zoom_next_panel", Action::NextPanel, Some(When::Zoomed)),
    ("zoom_prev_panel", Action::PrevPanel, Some(When::Zoomed)),
    ("toggle_zoom", Action::ToggleZoom, None),
    ("open", Action::Open, None),
    ("select_next", Action::SelectNext, Some(When::Zoomed)),
    ("select_prev", Action::SelectPrev, Some(When::Zoomed)),
    ("next_figure", Action::SelectNext, Some(When::Panels)),
    ("prev_figure", Action::SelectPrev, Some(When::Panels)),
    ("list_next", Action::SelectNext, Some(When::Picker)),
    ("list_prev", Action::SelectPrev, Some(When::Picker)),
    ("help_down", Action::SelectNext, Some(When::Help)),
    ("help_up", Action::SelectPrev, Some(When::Help)),
    ("scroll_down", Action::ScrollText(1), None),
    ("scroll_up", Action::ScrollText(-1), None),
    ("page_down", Action::PageDown, None),
    ("page_up", Action::PageUp, None),
    ("select_first", Action::SelectFirst, None),
    ("select_last", Action::SelectLast, None),
    ("toggle_detail", Action::ToggleDetail, None),
    ("toggle_definition", Action::ToggleDefinition, None),
    ("open_picker", Action::OpenPicker, None),
    ("save_picture", Action::SavePicture, None),
    ("toggle_lang", Action::ToggleLang, None),
    ("toggle_help", Action::ToggleHelp, None),
    ("back", Action::Back, None),
    ("quit", Action::Quit, None),
    ("erase", Action::Erase, None),
];

/// True when the name `(action, when)` covers `binding`.
fn names(action: Action, when: Option<When>, binding: &Binding) -> bool {
    binding.action == action && when.is_none_or(|w| binding.when == w)
}

/// One row of the table in force: a built-in binding and the keys it has now.
#[derive(Debug, Clone)]
struct Row {
    binding: &'static Binding,
    keys: Vec<String>,
    parsed: Vec<(KeyCode, KeyModifiers)>,
}

/// The keys in force; shared by the loop (which looks keys up) and drawing (footer, help).
#[derive(Debug, Clone)]
pub struct KeyTable {
    rows: Vec<Row>,
}

static STANDARD: LazyLock<Arc<KeyTable>> = LazyLock::new(|| Arc::new(KeyTable::built_in()));

impl KeyTable {
    /// The built-in table, shared.
    pub fn standard() -> Arc<KeyTable> {
        Arc::clone(&STANDARD)
    }

    fn built_in() -> KeyTable {
        let rows = BINDINGS
            .iter()
            .map(|binding| {
                let keys: Vec<String> = binding.keys.iter().map(|k| (*k).to_owned()).collect();
                let parsed = keys.iter().filter_map(|k| parse_key(k).ok()).collect();
                Row {
                    binding,
                    keys,
                    parsed,
                }
            })
            .collect();
        KeyTable { rows }
    }

    /// The built-in table with `overrides` applied: each names an action and its new keys,
    /// which replace that action's keys wherever it is bound. Every problem is returned, each
    /// at the place in the file it stands.
    pub fn with_overrides(overrides: &[KeyOverride]) -> Result<KeyTable, Vec<ConfigError>> {
        let mut table = KeyTable::built_in();
        let mut errors = Vec::new();
        let mut changed: Vec<(Action, Option<When>, &Location)> = Vec::new();
        for o in overrides {
            let Some((action, when)) = action_named(&o.action) else {
                errors.push(error(&o.action_at, unknown_action(&o.action)));
                continue;
            };
            if o.keys.is_empty() {
                errors.push(error(
                    &o.action_at,
                    crate::lang::Text::new(
                        format!("{} 没有给任何键;那样就用不到它了", o.action),
                        format!("{} is given no key; it would be out of reach", o.action),
                    ),
                ));
                continue;
            }
            let mut parsed = Vec::new();
            for (key, at) in &o.keys {
                match parse_key(key) {
                    Ok(p) => parsed.push(p),
                    Err(message) => {
                        let zh = message.replace("unknown key", "未知键");
                        errors.push(error(at, crate::lang::Text::new(zh, message)));
                    }
                }
            }
            if parsed.len() != o.keys.len() {
                continue;
            }
            for row in table
                .rows
                .iter_mut()
                .filter(|r| names(action, when, r.binding))
            {
                row.keys = o.keys.iter().map(|(k, _)| k.clone()).collect();
                row.parsed.clone_from(&parsed);
            }
            changed.push((action, when, &o.action_at));
        }
        errors.extend(table.clashes(&changed));
        if errors.is_empty() {
            Ok(table)
        } else {
            Err(errors)
        }
    }

    /// Keys that now mean two actions in one mode, where one of them was rebound.
    fn clashes(&self, changed: &[(Action, Option<When>, &Location)]) -> Vec<ConfigError> {
        let mut out = Vec::new();
        for (action, when, at) in changed {
            for mode in Mode::ALL {
                let live: Vec<&Row> = self
                    .rows
                    .iter()
                    .filter(|r| r.binding.when.applies(mode))
                    .collect();
                for mine in live.iter().filter(|r| names(*action, *when, r.binding)) {
                    for (key, parsed) in mine.keys.iter().zip(&mine.parsed) {
                        let other = live
                            .iter()
                            .find(|r| r.binding.action != *action && r.parsed.contains(parsed));
                        if let Some(other) = other {
                            let other = name_of(other.binding);
                            let message = crate::lang::Text::new(
                                format!("{key} 也是 {other} 的键;请给其中一个换个键"),
                                format!(
                                    "{key} is also the key of {other}; give one of them another key"
                                ),
                            );
                            if !out.iter().any(|e: &ConfigError| e.message == message) {
                                out.push(error(at, message));
                            }
                        }
                    }
                }
            }
        }
        out
    }

    /// The action for a key press (or repeat) in `mode`, if any; releases are ignored.
    pub fn action_for(&self, event: KeyEvent, mode: Mode) -> Option<Action> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        if let Some(typed) = super::keymap::typed_char(event, mode) {
            return Some(Action::Type(typed));
        }
        self.rows
            .iter()
            .filter(|row| row.binding.when.applies(mode))
            .find_map(|row| {
                let (code, _) = row
                    .parsed
                    .iter()
                    .find(|key| super::keymap::matches(**key, event))?;
                Some(match (row.binding.action, code) {
                    // One row binds every digit; the digit says which panel.
                    (Action::JumpTo(_), KeyCode::Char(digit @ '1'..='9')) => {
                        Action::JumpTo(usize::from(*digit as u8 - b'1'))
                    }
                    (action, _) => action,
                })
            })
    }

    /// The bindings that work in `mode`, each with its keys in force that work there, in table
    /// order: on a screen with a filter, plain characters type, so their rows are left out.
    pub fn bindings_for(&self, mode: Mode) -> impl Iterator<Item = (&'static Binding, Vec<&str>)> {
        self.rows
            .iter()
            .filter(move |r| r.binding.when.applies(mode))
            .filter_map(move |r| {
                let keys: Vec<&str> = r
                    .keys
                    .iter()
                    .zip(&r.parsed)
                    .filter(|(_, (code, modifiers))| {
                        let event = KeyEvent::new(*code, *modifiers);
                        super::keymap::typed_char(event, mode).is_none()
                    })
                    .map(|(k, _)| k.as_str())
                    .collect();
                (!keys.is_empty()).then_some((r.binding, keys))
            })
    }

    /// The keys in force of one row of the built-in table.
    pub fn keys_of(&self, binding: &Binding) -> &[String] {
        self.rows
            .iter()
            // By content: `BINDINGS` is a constant, so two uses need not share an address.
            .find(|r| {
                r.binding.action == binding.action
                    && r.binding.when == binding.when
                    && r.binding.help == binding.help
            })
            .map_or(&[], |r| r.keys.as_slice())
    }

    /// The keys in force of the rows a config name covers (those of its first row).
    pub fn keys_of_name(&self, action: Action, when: Option<When>) -> &[String] {
        self.rows
            .iter()
            .find(|r| names(action, when, r.binding))
            .map_or(&[], |r| r.keys.as_slice())
    }
}

/// The action (and the rows of it) a config file calls `name`.
pub fn action_named(name: &str) -> Option<(Action, Option<When>)> {
    ACTION_NAMES
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, a, w)| (*a, *w))
}

/// The name a config file uses for `binding`; `jump_to` for the digits, which cannot be rebound.
pub fn name_of(binding: &Binding) -> &'static str {
    ACTION_NAMES
        .iter()
        .find(|(_, a, w)| names(*a, *w, binding))
        .map_or("jump_to", |(n, _, _)| n)
}

fn unknown_action(name: &str) -> crate::lang::Text {
    let names: Vec<&str> = ACTION_NAMES.iter().map(|(n, _, _)| *n).collect();
    let (name, names) = (crate::sanitize::quoted(name, 40), names.join(", "));
    crate::lang::Text::new(
        format!("未知动作 {name};应为 {names} 之一"),
        format!("unknown action {name}; expected one of {names}"),
    )
}

fn error(at: &Location, message: crate::lang::Text) -> ConfigError {
    ConfigError {
        at: at.clone(),
        message,
    }
}
