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

/// True for characters that terminals and width tables disagree on, so a line holding one
/// is drawn shifted or overlapping: the soft hyphen (0 columns to `unicode-width`, 1 to glibc
/// and tmux), noncharacters (U+FFFE, U+FFFF and the like, dropped by tmux), the interlinear
/// annotation controls and the prepended concatenation marks (U+0600–U+0605, …).
pub fn is_width_ambiguous(c: char) -> bool {
    let n = u32::from(c);
    matches!(
        c,
        '\u{00AD}'
            | '\u{0600}'..='\u{0605}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{0890}'..='\u{0891}'
            | '\u{08E2}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
    ) || (0xFDD0..=0xFDEF).contains(&n)
        || n & 0xFFFE == 0xFFFE
}

/// Most characters (a base and its combining marks, joiners and selectors) in one grapheme
/// cluster: every drawn cell holds a whole cluster, so `e` + 5,000 marks would put 10 KB in
/// each. The longest emoji sequences (families, subdivision flags) have 7 or 8.
pub const MAX_CLUSTER_CHARS: usize = 16;

/// The length in characters of the longest grapheme cluster of `s`, when it is over
/// [`MAX_CLUSTER_CHARS`].
pub fn overlong_cluster(s: &str) -> Option<usize> {
    use unicode_segmentation::UnicodeSegmentation;
    // Text of characters that always stand alone (ASCII, CJK, their punctuation) has no long
    // cluster: segmenting it, for every text of a large dataset, is most of validation's time.
    if all_stand_alone(s) {
        return None;
    }
    s.graphemes(true)
        .map(|g| g.chars().count())
        .filter(|n| *n > MAX_CLUSTER_CHARS)
        .max()
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

/// An I/O error's reason as a person reads it: without Rust's ` (os error N)` suffix.
pub fn io_reason(e: &std::io::Error) -> String {
    without_os_error(&e.to_string())
}

/// `text` with every ` (os error N)` taken out.
pub fn without_os_error(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(" (os error ") {
        out.push_str(&rest[..at]);
        let tail = &rest[at + " (os error ".len()..];
        let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && tail[digits..].starts_with(')') {
            rest = &tail[digits + 1..];
        } else {
            out.push_str(" (os error ");
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

/// True when every character of `text` [stands alone](stands_alone). The same answer as
/// `text.chars().all(stands_alone)`, decided from the bytes for ASCII and for the CJK
/// ideographs U+5000–U+9FFF (lead bytes E5–E9), which are nearly all a report's text; other
/// characters are decoded and matched.
pub fn all_stand_alone(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&lead) = bytes.get(at) {
        at += match lead {
            b' '..=b'~' => 1,
            0x00..=0x7F => return false,
            0xE5..=0xE9 => 3,
            _ => match text[at..].chars().next() {
                Some(c) if stands_alone(c) => c.len_utf8(),
                _ => return false,
            },
        };
    }
    true
}

/// Characters that always form a grapheme cluster of their own (no combining marks, joiners,
/// variation selectors, Hangul jamo or regional indicators among them), so text made only of
/// them can go straight into cells without grapheme segmentation: ASCII, Latin-1, punctuation,
/// arrows, box drawing and blocks, CJK ideographs and their punctuation, full-width forms.
pub fn stands_alone(c: char) -> bool {
    matches!(c,
        ' '..='~'
        | '\u{A0}'..='\u{AC}'
        | '\u{AE}'..='\u{FF}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
        | '\u{2100}'..='\u{27BF}'
        | '\u{3000}'..='\u{3029}'
        | '\u{3030}'..='\u{303F}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{FF01}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{FFFD}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_check_agrees_with_the_character_check_on_every_character() {
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            let mut text = String::from("增长8%");
            text.push(c);
            text.push('区');
            assert_eq!(
                all_stand_alone(&text),
                text.chars().all(stands_alone),
                "U+{:04X}",
                u32::from(c)
            );
        }
        assert!(all_stand_alone(""));
    }

    #[test]
    fn a_character_that_stands_alone_is_safe_and_of_one_width() {
        let alone = (0..=0x10FFFF_u32)
            .filter_map(char::from_u32)
            .filter(|c| stands_alone(*c));
        for c in alone {
            assert!(
                !is_unsafe(c) && !is_width_ambiguous(c),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

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
    fn width_ambiguous_characters_and_overlong_clusters_are_found() {
        for c in [
            '\u{00AD}',
            '\u{FFFE}',
            '\u{FFFF}',
            '\u{1FFFF}',
            '\u{FDD0}',
            '\u{0600}',
        ] {
            assert!(is_width_ambiguous(c), "{c:?}");
        }
        for c in [
            'a',
            '亦',
            '\u{200D}',
            '\u{301}',
            '\u{FE0F}',
            '\u{E0067}',
            '\u{200B}',
        ] {
            assert!(!is_width_ambiguous(c), "{c:?}");
        }
        assert_eq!(
            overlong_cluster(
                "e\u{301} 👩\u{200d}👩\u{200d}👧\u{200d}👦 🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}"
            ),
            None
        );
        let zalgo = format!("e{}", "\u{301}".repeat(5_000));
        assert_eq!(overlong_cluster(&zalgo), Some(5_001));
    }

    #[test]
    fn quoted_cuts_long_strings() {
        assert_eq!(quoted("abcdef", 3), "\"abc…\"");
        assert_eq!(quoted("a\nb", 10), "\"a\\u{a}b\"");
        assert_eq!(quoted("ab\u{1b}cd", 5), "\"ab…\"");
        assert_eq!(quoted("ab\u{1b}cd", 8), "\"ab\\u{1b}…\"");
    }
}
