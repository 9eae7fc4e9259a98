//! Turns the bytes a terminal sends into key and mouse events: characters, control keys, the
//! CSI and SS3 sequences of cursor and function keys, and SGR mouse reports.
//!
//! Written here rather than taken from crossterm, whose parser is private to its reader: that
//! reader (0.29) leaves bytes unread after a burst and lets an unfinished `ESC [ 200 ~` swallow
//! every key after it. This one sees every byte the loop reads, never waits for a paste's end
//! (the dashboard does not ask for bracketed paste, so its markers are dropped like any
//! sequence it has no use for), and keeps at most [`MAX_PENDING`] bytes of an unfinished
//! sequence.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers, MouseButton, MouseEvent,
    MouseEventKind,
};

/// Longest unfinished escape sequence kept for the next read; longer ones are dropped whole.
pub const MAX_PENDING: usize = 64;

/// Bytes carried from one read to the next: an escape sequence or a character split across
/// reads.
#[derive(Debug, Default)]
pub struct Parser {
    pending: Vec<u8>,
}

impl Parser {
    /// Parses `bytes` after whatever was pending, pushing each event to `out`. `more` says
    /// more bytes are ready to be read: an unfinished sequence at the end then waits for them;
    /// otherwise a lone `ESC` is the Esc key.
    pub fn advance(&mut self, bytes: &[u8], more: bool, out: &mut Vec<Event>) {
        let mut input = std::mem::take(&mut self.pending);
        input.extend_from_slice(bytes);
        let mut at = 0;
        while at < input.len() {
            match parse_one(&input[at..]) {
                Parsed::Event(event, used) => {
                    out.extend(event);
                    at += used;
                }
                Parsed::Incomplete if more && input.len() - at <= MAX_PENDING => {
                    self.pending = input[at..].to_vec();
                    return;
                }
                Parsed::Incomplete => {
                    // Nothing more is coming: a lone ESC is the key; a cut sequence is dropped.
                    if input[at] == 0x1b && input.len() - at == 1 {
                        out.push(key(KeyCode::Esc, KeyModifiers::NONE));
                    }
                    return;
                }
            }
        }
    }
}

enum Parsed {
    /// An event (or none, for a sequence with no use here) and the bytes it took.
    Event(Option<Event>, usize),
    /// The bytes so far begin a sequence or character that needs more.
    Incomplete,
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent {
        code,
        modifiers,
        kind: KeyEventKind::Press,
        state: KeyEventState::NONE,
    })
}

fn parse_one(bytes: &[u8]) -> Parsed {
    let none = KeyModifiers::NONE;
    let Some(&first) = bytes.first() else {
        return Parsed::Incomplete;
    };
    let simple = |code| Parsed::Event(Some(key(code, none)), 1);
    match first {
        0x1b => parse_escape(bytes),
        b'\r' | b'\n' => simple(KeyCode::Enter),
        b'\t' => simple(KeyCode::Tab),
        0x7f | 0x08 => simple(KeyCode::Backspace),
        0x00 => Parsed::Event(Some(key(KeyCode::Char(' '), KeyModifiers::CONTROL)), 1),
        0x01..=0x1a => {
            let letter = char::from(first - 1 + b'a');
            Parsed::Event(Some(key(KeyCode::Char(letter), KeyModifiers::CONTROL)), 1)
        }
        0x1c..=0x1f => {
            let digit = char::from(first - 0x1c + b'4');
            Parsed::Event(Some(key(KeyCode::Char(digit), KeyModifiers::CONTROL)), 1)
        }
        _ => parse_char(bytes),
    }
}

/// One UTF-8 character; Shift for an upper-case letter, as crossterm reports it.
fn parse_char(bytes: &[u8]) -> Parsed {
    let length = match bytes[0] {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return Parsed::Event(None, 1),
    };
    let Some(encoded) = bytes.get(..length) else {
        // A continuation byte that is not one ends the character early: drop the lead byte.
        return if bytes[1..].iter().all(|b| b & 0xc0 == 0x80) {
            Parsed::Incomplete
        } else {
            Parsed::Event(None, 1)
        };
    };
    match std::str::from_utf8(encoded)
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => {
            let modifiers = if c.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            };
            Parsed::Event(Some(key(KeyCode::Char(c), modifiers)), length)
        }
        None => Parsed::Event(None, 1),
    }
}

fn parse_escape(bytes: &[u8]) -> Parsed {
    match bytes.get(1) {
        None => Parsed::Incomplete,
        Some(b'[') => parse_csi(bytes),
        Some(b'O') => match bytes.get(2) {
            None => Parsed::Incomplete,
            Some(&last) => Parsed::Event(final_key(last, KeyModifiers::NONE), 3),
        },
        // ESC ESC: the first is the Esc key.
        Some(0x1b) => Parsed::Event(Some(key(KeyCode::Esc, KeyModifiers::NONE)), 1),
        Some(_) => match parse_one(&bytes[1..]) {
            Parsed::Event(Some(Event::Key(mut k)), used) => {
                k.modifiers |= KeyModifiers::ALT;
                Parsed::Event(Some(Event::Key(k)), used + 1)
            }
            Parsed::Event(_, used) => Parsed::Event(None, used + 1),
            Parsed::Incomplete => Parsed::Incomplete,
        },
    }
}

/// `ESC [ params final`: parameters and intermediates (0x20–0x3F) up to a final byte
/// (0x40–0x7E); anything else ends it as a sequence of no use.
fn parse_csi(bytes: &[u8]) -> Parsed {
    let Some(end) = bytes
        .iter()
        .skip(2)
        .position(|b| !(0x20..=0x3f).contains(b))
    else {
        return Parsed::Incomplete;
    };
    let end = end + 2;
    let last = bytes[end];
    if !(0x40..=0x7e).contains(&last) {
        return Parsed::Event(None, end);
    }
    let params = std::str::from_utf8(&bytes[2..end]).unwrap_or_default();
    let event = if let Some(sgr) = params.strip_prefix('<') {
        sgr_mouse(sgr, last)
    } else {
        csi_key(params, last)
    };
    Parsed::Event(event, end + 1)
}

/// `1;5A` and the like: the second parameter is 1 + Shift(1) + Alt(2) + Ctrl(4).
fn modifiers_of(param: Option<&str>) -> KeyModifiers {
    let bits = param
        .and_then(|p| p.parse::<u8>().ok())
        .unwrap_or(1)
        .saturating_sub(1);
    let mut modifiers = KeyModifiers::NONE;
    for (bit, modifier) in [
        (1, KeyModifiers::SHIFT),
        (2, KeyModifiers::ALT),
        (4, KeyModifiers::CONTROL),
    ] {
        if bits & bit != 0 {
            modifiers |= modifier;
        }
    }
    modifiers
}

fn csi_key(params: &str, last: u8) -> Option<Event> {
    let mut parts = params.split(';');
    let first = parts.next().unwrap_or_default();
    let modifiers = modifiers_of(parts.next());
    if last != b'~' {
        return final_key(last, modifiers);
    }
    let code = match first.parse::<u16>().ok()? {
        1 | 7 => KeyCode::Home,
        2 => KeyCode::Insert,
        3 => KeyCode::Delete,
        4 | 8 => KeyCode::End,
        5 => KeyCode::PageUp,
        6 => KeyCode::PageDown,
        n @ 11..=15 => KeyCode::F((n - 10) as u8),
        n @ 17..=21 => KeyCode::F((n - 11) as u8),
        n @ 23..=24 => KeyCode::F((n - 12) as u8),
        // Bracketed paste markers (200, 201) and keys with no use here.
        _ => return None,
    };
    Some(key(code, modifiers))
}

/// The key of a CSI or SS3 sequence's final byte.
fn final_key(last: u8, modifiers: KeyModifiers) -> Option<Event> {
    let code = match last {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'Z' => return Some(key(KeyCode::BackTab, modifiers | KeyModifiers::SHIFT)),
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'R' => KeyCode::F(3),
        b'S' => KeyCode::F(4),
        _ => return None,
    };
    Some(key(code, modifiers))
}

/// `ESC [ < button ; column ; row (M|m)`, 1-based.
fn sgr_mouse(params: &str, last: u8) -> Option<Event> {
    let mut numbers = params.split(';').map(|p| p.parse::<u16>().ok());
    let (button, column, row) = (numbers.next()??, numbers.next()??, numbers.next()??);
    let mut modifiers = KeyModifiers::NONE;
    for (bit, modifier) in [
        (4, KeyModifiers::SHIFT),
        (8, KeyModifiers::ALT),
        (16, KeyModifiers::CONTROL),
    ] {
        if button & bit != 0 {
            modifiers |= modifier;
        }
    }
    let which = match button & 0b11 {
        0 => MouseButton::Left,
        1 => MouseButton::Middle,
        _ => MouseButton::Right,
    };
    let kind = match (button & !0b11100, last) {
        (64, _) => MouseEventKind::ScrollUp,
        (65, _) => MouseEventKind::ScrollDown,
        (66, _) => MouseEventKind::ScrollLeft,
        (67, _) => MouseEventKind::ScrollRight,
        (b, _) if b & 32 != 0 => MouseEventKind::Drag(which),
        (_, b'M') => MouseEventKind::Down(which),
        (_, b'm') => MouseEventKind::Up(which),
        _ => return None,
    };
    Some(Event::Mouse(MouseEvent {
        kind,
        column: column.saturating_sub(1),
        row: row.saturating_sub(1),
        modifiers,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(bytes: &[u8]) -> Vec<Event> {
        let mut out = Vec::new();
        Parser::default().advance(bytes, false, &mut out);
        out
    }

    fn k(code: KeyCode, modifiers: KeyModifiers) -> Event {
        key(code, modifiers)
    }

    #[test]
    fn characters_and_control_keys() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            parse("jJ亦\r\t\x7f\x03".as_bytes()),
            [
                k(KeyCode::Char('j'), none),
                k(KeyCode::Char('J'), KeyModifiers::SHIFT),
                k(KeyCode::Char('亦'), none),
                k(KeyCode::Enter, none),
                k(KeyCode::Tab, none),
                k(KeyCode::Backspace, none),
                k(KeyCode::Char('c'), KeyModifiers::CONTROL),
            ]
        );
    }

    #[test]
    fn cursor_function_and_modified_keys() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            parse(b"\x1b[A\x1bOB\x1b[1;5C\x1b[5~\x1b[24~\x1b[Z\x1bOP\x1b"),
            [
                k(KeyCode::Up, none),
                k(KeyCode::Down, none),
                k(KeyCode::Right, KeyModifiers::CONTROL),
                k(KeyCode::PageUp, none),
                k(KeyCode::F(12), none),
                k(KeyCode::BackTab, KeyModifiers::SHIFT),
                k(KeyCode::F(1), none),
                k(KeyCode::Esc, none),
            ]
        );
    }

    #[test]
    fn sgr_mouse_reports() {
        let events = parse(b"\x1b[<0;10;5M\x1b[<65;3;4M\x1b[<0;10;5m");
        let kinds: Vec<_> = events
            .iter()
            .map(|e| match e {
                Event::Mouse(m) => (m.kind, m.column, m.row),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                (MouseEventKind::Down(MouseButton::Left), 9, 4),
                (MouseEventKind::ScrollDown, 2, 3),
                (MouseEventKind::Up(MouseButton::Left), 9, 4),
            ]
        );
    }

    #[test]
    fn an_unfinished_paste_swallows_nothing() {
        let events = parse(b"\x1b[200~jq");
        assert_eq!(
            events,
            [
                k(KeyCode::Char('j'), KeyModifiers::NONE),
                k(KeyCode::Char('q'), KeyModifiers::NONE)
            ]
        );
    }

    #[test]
    fn a_sequence_split_across_reads_is_joined() {
        let mut parser = Parser::default();
        let mut out = Vec::new();
        parser.advance(b"j\x1b[1;", true, &mut out);
        parser.advance(b"5A\xe4\xba", true, &mut out);
        parser.advance(b"\xa6", false, &mut out);
        assert_eq!(
            out,
            [
                k(KeyCode::Char('j'), KeyModifiers::NONE),
                k(KeyCode::Up, KeyModifiers::CONTROL),
                k(KeyCode::Char('亦'), KeyModifiers::NONE),
            ]
        );
    }

    #[test]
    fn an_endless_sequence_is_dropped_and_keys_after_it_still_come() {
        let mut parser = Parser::default();
        let mut out = Vec::new();
        let mut endless = b"\x1b[".to_vec();
        endless.extend(std::iter::repeat_n(b'1', 10_000));
        parser.advance(&endless, true, &mut out);
        parser.advance(b"~q", false, &mut out);
        assert_eq!(out.last(), Some(&k(KeyCode::Char('q'), KeyModifiers::NONE)));
        assert!(parser.pending.len() <= MAX_PENDING);
    }
}
