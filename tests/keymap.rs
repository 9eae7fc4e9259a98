//! The key table, row by row: parsing, lookup in each mode, and no key bound twice in a mode.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use zonedash::app::keymap::{BINDINGS, display_key, parse_key};
use zonedash::app::{Action, KeyTable, Mode, Move};
use zonedash::config::{KeyOverride, Location};

fn action_for(event: KeyEvent, mode: Mode) -> Option<Action> {
    KeyTable::standard().action_for(event, mode)
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn keys_parse_as_written() {
    let cases = [
        ("q", KeyCode::Char('q'), KeyModifiers::NONE),
        ("?", KeyCode::Char('?'), KeyModifiers::NONE),
        ("L", KeyCode::Char('L'), KeyModifiers::NONE),
        ("-", KeyCode::Char('-'), KeyModifiers::NONE),
        ("Left", KeyCode::Left, KeyModifiers::NONE),
        ("PageDown", KeyCode::PageDown, KeyModifiers::NONE),
        ("BackTab", KeyCode::BackTab, KeyModifiers::NONE),
        ("Esc", KeyCode::Esc, KeyModifiers::NONE),
        ("Space", KeyCode::Char(' '), KeyModifiers::NONE),
        ("F5", KeyCode::F(5), KeyModifiers::NONE),
        ("Ctrl-c", KeyCode::Char('c'), KeyModifiers::CONTROL),
        ("Alt-Left", KeyCode::Left, KeyModifiers::ALT),
        (
            "Ctrl-Alt-x",
            KeyCode::Char('x'),
            KeyModifiers::CONTROL.union(KeyModifiers::ALT),
        ),
        ("Ctrl--", KeyCode::Char('-'), KeyModifiers::CONTROL),
    ];
    for (text, code, modifiers) in cases {
        assert_eq!(parse_key(text), Ok((code, modifiers)), "{text}");
    }
    for bad in ["", "Leftish", "F13", "F0", "Hyper-x", "ab"] {
        assert!(parse_key(bad).is_err(), "{bad:?} should not parse");
    }
}

#[test]
fn every_key_in_the_table_parses() {
    for binding in BINDINGS {
        for k in binding.keys {
            assert!(parse_key(k).is_ok(), "{k}");
        }
    }
}

#[test]
fn no_key_means_two_things_in_one_mode() {
    for mode in Mode::ALL {
        let mut seen = std::collections::HashMap::new();
        for (binding, keys) in KeyTable::standard().bindings_for(mode) {
            for k in keys {
                let parsed = parse_key(k).unwrap();
                if let Some(first) = seen.insert(parsed, binding.action) {
                    // Earlier rows win; a later row for the same key would be dead.
                    panic!(
                        "{k} in {mode:?} is bound to {first:?} and {:?}",
                        binding.action
                    );
                }
            }
        }
    }
}

#[test]
fn lookup_row_by_row() {
    use Action::*;
    let cases: &[(Mode, KeyEvent, Option<Action>)] = &[
        (Mode::Grid, key(KeyCode::Left), Some(Focus(Move::Left))),
        (
            Mode::Grid,
            key(KeyCode::Char('l')),
            Some(Focus(Move::Right)),
        ),
        (Mode::Grid, key(KeyCode::Char('k')), Some(Focus(Move::Up))),
        (Mode::Grid, key(KeyCode::Down), Some(Focus(Move::Down))),
        (Mode::Grid, key(KeyCode::Enter), Some(Open)),
        (Mode::Grid, key(KeyCode::Char('z')), Some(ToggleZoom)),
        (Mode::Grid, key(KeyCode::Tab), Some(NextPanel)),
        (
            Mode::Grid,
            KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
            Some(PrevPanel),
        ),
        (Mode::Grid, key(KeyCode::Char('4')), Some(JumpTo(3))),
        (Mode::Grid, key(KeyCode::Char('6')), Some(JumpTo(5))),
        (Mode::Grid, key(KeyCode::Char('9')), Some(JumpTo(8))),
        (Mode::Grid, key(KeyCode::Char('0')), None),
        (Mode::Grid, key(KeyCode::Char(']')), Some(SelectNext)),
        (Mode::Zoomed, key(KeyCode::Down), Some(SelectNext)),
        (Mode::Zoomed, key(KeyCode::Char('k')), Some(SelectPrev)),
        (Mode::Zoomed, key(KeyCode::Left), Some(PrevPanel)),
        (Mode::Zoomed, key(KeyCode::Enter), Some(Open)),
        (Mode::Zoomed, key(KeyCode::PageDown), Some(PageDown)),
        (Mode::Zoomed, key(KeyCode::Home), Some(SelectFirst)),
        (Mode::Zoomed, key(KeyCode::Char('G')), Some(SelectLast)),
        (Mode::Zoomed, key(KeyCode::Char('s')), Some(ToggleDetail)),
        (Mode::Help, key(KeyCode::Down), Some(SelectNext)),
        (Mode::Source, key(KeyCode::Down), Some(ScrollText(1))),
        (Mode::Source, key(KeyCode::Char(']')), Some(SelectNext)),
        (Mode::Grid, key(KeyCode::Char('e')), Some(SavePicture)),
        (Mode::Picker, key(KeyCode::Char('q')), Some(Type('q'))),
        (Mode::Help, key(KeyCode::Char('s')), None),
        (Mode::Help, key(KeyCode::Char('?')), Some(ToggleHelp)),
        (Mode::Help, key(KeyCode::Esc), Some(Back)),
        (Mode::Grid, key(KeyCode::Esc), Some(Back)),
        (
            Mode::Grid,
            KeyEvent::new(KeyCode::Char('L'), KeyModifiers::SHIFT),
            Some(ToggleLang),
        ),
        (Mode::Grid, key(KeyCode::Char('?')), Some(ToggleHelp)),
        (Mode::Grid, key(KeyCode::Char('q')), Some(Quit)),
        (
            Mode::Zoomed,
            KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Quit),
        ),
        // A plain c compares (Ctrl-C quits).
        (Mode::Grid, key(KeyCode::Char('c')), Some(OpenCompare)),
        (Mode::Grid, key(KeyCode::Char('/')), Some(OpenSearch)),
        (Mode::Zoomed, key(KeyCode::Char('n')), Some(NextMatch(1))),
        (
            Mode::Grid,
            KeyEvent::new(KeyCode::Char('N'), KeyModifiers::SHIFT),
            Some(NextMatch(-1)),
        ),
        (Mode::Grid, key(KeyCode::Char('y')), Some(CopyCitation)),
        (Mode::Source, key(KeyCode::Char('y')), Some(CopyCitation)),
        (Mode::Compare, key(KeyCode::Char('y')), Some(CopyCitation)),
        (Mode::Compare, key(KeyCode::Right), Some(ShiftIndicator(1))),
        (
            Mode::Compare,
            key(KeyCode::Char('h')),
            Some(ShiftIndicator(-1)),
        ),
        (Mode::Compare, key(KeyCode::Char('j')), Some(SelectNext)),
        (Mode::Compare, key(KeyCode::Enter), Some(Open)),
        (Mode::Compare, key(KeyCode::Char('c')), Some(OpenCompare)),
        (Mode::Compare, key(KeyCode::Char('q')), Some(Quit)),
        // In the search, letters type: y, n and q are words, not keys.
        (Mode::Search, key(KeyCode::Char('y')), Some(Type('y'))),
        (Mode::Search, key(KeyCode::Char('q')), Some(Type('q'))),
        (Mode::Search, key(KeyCode::Down), Some(SelectNext)),
        (Mode::Search, key(KeyCode::Enter), Some(Open)),
        (Mode::Search, key(KeyCode::Backspace), Some(Erase)),
        (Mode::Search, key(KeyCode::Esc), Some(Back)),
        (
            Mode::Grid,
            KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL),
            None,
        ),
    ];
    for (mode, event, want) in cases {
        assert_eq!(action_for(*event, *mode), *want, "{event:?} in {mode:?}");
    }
}

#[test]
fn releases_are_ignored() {
    let mut release = key(KeyCode::Char('q'));
    release.kind = KeyEventKind::Release;
    assert_eq!(action_for(release, Mode::Grid), None);
}

#[test]
fn keys_display_as_people_read_them() {
    assert_eq!(display_key("Left"), "←");
    assert_eq!(display_key("PageDown"), "PgDn");
    assert_eq!(display_key("Ctrl-c"), "Ctrl-C");
    assert_eq!(display_key("BackTab"), "Shift-Tab");
    assert_eq!(display_key("?"), "?");
}

#[test]
fn every_binding_has_help_in_both_languages() {
    for binding in BINDINGS {
        assert!(
            !binding.help.en.is_empty() && !binding.help.zh.is_empty(),
            "{:?}",
            binding.keys
        );
    }
}

fn override_of(action: &str, keys: &[&str]) -> KeyOverride {
    let at = |column| Location {
        file: "config.toml".into(),
        line: 5,
        column,
    };
    KeyOverride {
        action: action.into(),
        action_at: at(1),
        keys: keys.iter().map(|k| ((*k).to_owned(), at(9))).collect(),
    }
}

#[test]
fn a_rebound_action_answers_its_new_keys_only() {
    let table = KeyTable::with_overrides(&[override_of("quit", &["x"])]).unwrap();
    assert_eq!(
        table.action_for(key(KeyCode::Char('x')), Mode::Grid),
        Some(Action::Quit)
    );
    assert_eq!(table.action_for(key(KeyCode::Char('q')), Mode::Grid), None);
    let quit_keys: Vec<&str> = table
        .bindings_for(Mode::Grid)
        .find(|(b, _)| b.action == Action::Quit)
        .map(|(_, keys)| keys)
        .unwrap();
    assert_eq!(quit_keys, ["x"]);
}

#[test]
fn bad_overrides_say_where_and_why() {
    let cases = [
        (
            override_of("leave", &["x"]),
            "config.toml:5:1: unknown action \"leave\"",
        ),
        (
            override_of("quit", &["Hyper-x"]),
            "config.toml:5:9: unknown key \"Hyper-x\"",
        ),
        (
            override_of("quit", &[]),
            "config.toml:5:1: quit is given no key",
        ),
        (
            override_of("quit", &["h"]),
            "config.toml:5:1: h is also the key of focus_left",
        ),
    ];
    for (o, expected) in cases {
        let errors = KeyTable::with_overrides(&[o]).unwrap_err();
        assert!(
            errors[0].to_string().starts_with(expected),
            "{} does not start with {expected}",
            errors[0]
        );
    }
}

#[test]
fn the_report_list_offers_no_key_that_types_into_its_filter() {
    let table = KeyTable::standard();
    for (binding, keys) in table.bindings_for(Mode::Picker) {
        for k in keys {
            let (code, modifiers) = parse_key(k).unwrap();
            let typed =
                matches!(code, KeyCode::Char(_)) && (modifiers - KeyModifiers::SHIFT).is_empty();
            assert!(
                !typed,
                "{k} ({:?}) is offered in the report list",
                binding.action
            );
        }
    }
    let offered: Vec<Action> = table
        .bindings_for(Mode::Picker)
        .map(|(b, _)| b.action)
        .collect();
    assert!(offered.contains(&Action::Back) && offered.contains(&Action::Quit));
    assert!(!offered.contains(&Action::ToggleHelp) && !offered.contains(&Action::ToggleLang));
}

#[test]
fn every_row_of_the_table_in_force_has_its_keys() {
    let table = KeyTable::standard();
    for binding in BINDINGS {
        let keys: Vec<&str> = table.keys_of(binding).iter().map(String::as_str).collect();
        assert_eq!(keys, binding.keys, "{:?}", binding.action);
    }
}
