//! Keeps data from steering a terminal: control and bidi characters are shown or replaced, never sent.

use std::borrow::Cow;

/// True for characters that must never reach a terminal from data: C0 and C1 controls, DEL,
/// bidirectional overrides and isolates, line/paragraph separators and the byte-order mark.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{FEFF}'
        )
}

/// `s` with every unsafe character written as a visible escape (`\u{1b}`), for messages.
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `s` with every unsafe character replaced by U+FFFD, for screens where width matters.
pub fn replace(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| if is_unsafe(c) { '\u{FFFD}' } else { c })
            .collect(),
    )
}

/// `s` quoted for an error message: escaped and cut to about `max` characters, never inside
/// an escape (`\u{1b}` is kept whole or left out).
pub fn quoted(s: &str, max: usize) -> String {
    let mut cut = String::new();
    let mut shown = 0;
    for c in s.chars() {
        let piece = escape_char(c);
        let width = piece.chars().count();
        if shown + width > max {
            return format!("\"{cut}…\"");
        }
        shown += width;
        cut.push_str(&piece);
    }
    format!("\"{cut}\"")
}

/// One character as [`escape`] writes it.
fn escape_char(c: char) -> Cow<'static, str> {
    if is_unsafe(c) {
        Cow::Owned(format!("\\u{{{:x}}}", c as u32))
    } else {
        Cow::Owned(c.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_terminal_controls_and_bidi() {
        let hostile = "a\u{1b}]0;x\u{7}b\u{9b}c\u{202e}d";
        assert_eq!(escape(hostile), "a\\u{1b}]0;x\\u{7}b\\u{9b}c\\u{202e}d");
        assert_eq!(replace(hostile), "a\u{FFFD}]0;x\u{FFFD}b\u{FFFD}c\u{FFFD}d");
    }

    #[test]
    fn leaves_chinese_and_emoji_alone() {
        let text = "亦庄 👩‍💻 e\u{301}";
        assert!(matches!(escape(text), Cow::Borrowed(_)));
        assert!(matches!(replace(text), Cow::Borrowed(_)));
    }

    #[test]
    fn quoted_cuts_long_strings() {
        assert_eq!(quoted("abcdef", 3), "\"abc…\"");
        assert_eq!(quoted("a\nb", 10), "\"a\\u{a}b\"");
        assert_eq!(quoted("ab\u{1b}cd", 5), "\"ab…\"");
        assert_eq!(quoted("ab\u{1b}cd", 8), "\"ab\\u{1b}…\"");
    }
}
