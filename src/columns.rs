//! Text in terminal columns: widths of CJK and emoji, cutting and wrapping at a glyph, never through one.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::sanitize;

/// Columns `text` takes on a terminal (CJK and most emoji count two).
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text` cut to at most `max` columns, ending in `…` when cut; a wide glyph that would
/// straddle the edge is dropped whole. Control and bidi characters become U+FFFD.
pub fn fit(text: &str, max: usize) -> Cow<'_, str> {
    let text = sanitize::replace(text);
    if width(&text) <= max {
        return text;
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    Cow::Owned(out)
}

/// `text` fitted to `columns` and padded with spaces to exactly that width.
pub fn pad(text: &str, columns: usize) -> String {
    let fitted = fit(text, columns);
    let fill = columns.saturating_sub(width(&fitted));
    format!("{fitted}{}", " ".repeat(fill))
}

/// `text` fitted to `columns` and right-aligned in exactly that width.
pub fn pad_left(text: &str, columns: usize) -> String {
    let fitted = fit(text, columns);
    let fill = columns.saturating_sub(width(&fitted));
    format!("{}{fitted}", " ".repeat(fill))
}

/// `text` broken into lines at most `columns` wide, at spaces where it can, inside a word
/// (between glyphs) where a word is wider than a line.
pub fn wrap_words(text: &str, columns: usize) -> Vec<String> {
    let columns = columns.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let mut word = word.to_owned();
        loop {
            let gap = usize::from(!line.is_empty());
            if width(&line) + gap + width(&word) <= columns {
                if gap == 1 {
                    line.push(' ');
                }
                line.push_str(&word);
                break;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                continue;
            }
            // The word alone is too wide: as much as fits (at least one glyph), then the rest.
            let mut head = take_columns(&word, columns);
            if head.is_empty() {
                head = word.chars().next().map(String::from).unwrap_or_default();
            }
            word = word[head.len()..].to_owned();
            lines.push(head);
            if word.is_empty() {
                break;
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The longest prefix of `text` at most `columns` wide.
pub fn take_columns(text: &str, columns: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > columns {
            break;
        }
        out.push(c);
        used += w;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_count_cjk_twice() {
        assert_eq!(width("GDP"), 3);
        assert_eq!(width("地区生产总值"), 12);
        assert_eq!(width("PM2.5累计浓度"), 13);
    }

    #[test]
    fn fit_never_cuts_a_glyph() {
        assert_eq!(fit("地区生产总值", 12), "地区生产总值");
        assert_eq!(fit("地区生产总值", 11), "地区生产总…");
        assert_eq!(fit("地区生产总值", 6), "地区…");
        assert_eq!(fit("地区生产总值", 4), "地…");
        assert_eq!(fit("地区生产总值", 2), "…");
        assert_eq!(fit("地区生产总值", 1), "…");
        assert_eq!(fit("地区生产总值", 0), "");
        assert_eq!(fit("GDP growth", 6), "GDP g…");
        for max in 0..14 {
            assert!(width(&fit("地区a生产总值", max)) <= max, "{max}");
        }
    }

    #[test]
    fn fit_replaces_control_characters() {
        assert_eq!(fit("a\u{1b}[31mb", 20), "a\u{FFFD}[31mb");
    }

    #[test]
    fn words_wrap_at_spaces_and_inside_long_words() {
        assert_eq!(
            wrap_words("enlarge the terminal (now 30×8, need 40×12)", 26),
            ["enlarge the terminal (now", "30×8, need 40×12)"]
        );
        assert_eq!(
            wrap_words("请放大终端 (现在 2×29", 4),
            ["请放", "大终", "端", "(现", "在", "2×29"]
        );
        assert_eq!(wrap_words("abc", 0), ["a", "b", "c"]);
        for columns in 1..12 {
            for line in wrap_words("请放大终端 (现在 2×29,需要 40×12)", columns) {
                assert!(width(&line) <= columns.max(2), "{columns}: {line:?}");
            }
        }
    }

    #[test]
    fn padding_reaches_the_exact_width() {
        assert_eq!(pad("增长", 6), "增长  ");
        assert_eq!(pad_left("8%", 5), "   8%");
        assert_eq!(width(&pad("地区生产总值", 7)), 7);
    }
}
