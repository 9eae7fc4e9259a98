//! Numbers as a Chinese report writes them, in place: digits or numerals, a magnitude (2800亿,
//! 1.78万亿, 千亿) and the unit word after them, read into a figure's unit.

use super::numerals::{is_magnitude, magnitude_of, numbers};
use super::units::{scale_parts, table_word_len, unit_word_len};

/// One number written in a text, where it stands and what magnitude follows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading<'a> {
    /// Byte range in the text, magnitude included (`1.78万亿` in `1.78万亿元`).
    pub start: usize,
    pub end: usize,
    /// The number as written, before its magnitude (1.78; 1e11 for 千亿 written alone).
    pub number: f64,
    /// The magnitude written after digits (万亿 = 10¹²), 1 when none.
    pub magnitude: f64,
    /// The text as written (`1.78万亿`).
    pub written: &'a str,
}

impl Reading<'_> {
    /// The number with its magnitude (1.78万亿 → 1.78 × 10¹²).
    pub fn scaled(&self) -> f64 {
        self.number * self.magnitude
    }
}

/// Every number in `text` with its place, magnitudes joined to the digits before them.
pub fn readings(text: &str) -> Vec<Reading<'_>> {
    let mut found = Vec::new();
    readings_into(text, &mut found);
    found
}

/// [`readings`] appended to `found`, so a caller that reads many texts reuses one buffer.
pub fn readings_into<'t>(text: &'t str, found: &mut Vec<Reading<'t>>) {
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let kind = class(c);
        if let Some(len) = super::numerals::first_place(&text[start..]) {
            found.push(Reading {
                start,
                end: start + len,
                number: 1.0,
                magnitude: 1.0,
                written: &text[start..start + len],
            });
            continue;
        }
        if kind == Class::Other {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some((at, next)) = chars.peek().copied() {
            let joins = match kind {
                Class::Digit => {
                    class(next) == Class::Digit
                        || (matches!(next, '.' | '．')
                            && !text[start..at].contains(['.', '．'])
                            && text[at + next.len_utf8()..]
                                .chars()
                                .next()
                                .is_some_and(|n| class(n) == Class::Digit))
                }
                _ => class(next) == Class::Chinese,
            };
            if !joins {
                break;
            }
            end = at + next.len_utf8();
            chars.next();
        }
        let Some(number) = numbers(&text[start..end]).next() else {
            continue;
        };
        // A magnitude right after digits scales them: 2800亿, 1.78万亿, 8千亿; but 千瓦 and
        // 百分点 are units, not magnitudes.
        let mut magnitude = 1.0;
        if kind == Class::Digit && table_word_len(&text[end..], UNIT_CHARS) == 0 {
            let rest = &text[end..];
            let run: usize = rest
                .chars()
                .take_while(|c| is_magnitude(*c))
                .map(char::len_utf8)
                .sum();
            if let Some(m) = magnitude_of(&rest[..run]) {
                magnitude = m;
                end += run;
                while chars.next_if(|(at, _)| *at < end).is_some() {}
            }
        }
        // The numerals inside a unit word (个百分点) are not numbers of their own.
        let unit = unit_word_len(&text[end..], UNIT_CHARS);
        while chars.next_if(|(at, _)| *at < end + unit).is_some() {}
        found.push(Reading {
            start,
            end,
            number,
            magnitude,
            written: &text[start..end],
        });
    }
}

/// The longest unit word read after a number, in characters.
const UNIT_CHARS: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Digit,
    Chinese,
    Other,
}

fn class(c: char) -> Class {
    if c.is_ascii_digit() || ('０'..='９').contains(&c) {
        Class::Digit
    } else if matches!(
        c,
        '零' | '〇'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '亿'
    ) {
        Class::Chinese
    } else {
        Class::Other
    }
}

/// The unit word written right after a reading, longest first: one the scale table knows
/// (元, 平方公里, 个百分点) or the figure's own unit `own`; none when no unit follows.
pub fn unit_after<'a>(text: &'a str, reading: &Reading<'_>, own: &str) -> Option<&'a str> {
    let rest = &text[reading.end..];
    let own = if !own.is_empty() && rest.starts_with(own) && own.chars().count() <= UNIT_CHARS {
        own.len()
    } else {
        0
    };
    let end = own.max(unit_word_len(rest, UNIT_CHARS));
    (end > 0).then(|| &rest[..end])
}

/// What a reading is in the figure's unit `unit_zh`: through the unit word after it when that
/// has the same base (8千亿元 in 亿元 = 8000), else the number as written; none when the word
/// after it is a unit of another base (2个百分点 is not 2 %).
pub fn in_unit(text: &str, reading: &Reading<'_>, unit_zh: &str) -> Option<f64> {
    let (target_base, target_factor) = scale_parts(unit_zh);
    match unit_after(text, reading, unit_zh) {
        Some(word) => {
            let (base, factor) = scale_parts(word);
            (base == target_base).then(|| reading.scaled() * factor / target_factor)
        }
        None => Some(reading.scaled()),
    }
}

/// True when `reading` writes `value` in unit `unit_zh`: as the digits stand (8 in 增长8%) or
/// read through its magnitude and unit word (超千亿元 writes 1000 亿元 and 1 千亿元).
pub fn writes(text: &str, reading: &Reading<'_>, value: f64, unit_zh: &str) -> bool {
    let magnitude = value.abs();
    let close = |n: f64| (n - magnitude).abs() <= 1e-9 * magnitude.max(1.0);
    if unit_zh.is_empty() {
        // No unit to read it in (an unknown unit id, reported on its own): as written.
        return close(reading.number) || close(reading.scaled());
    }
    let foreign = unit_after(text, reading, unit_zh)
        .is_some_and(|word| scale_parts(word).0 != scale_parts(unit_zh).0);
    (!foreign && close(reading.number)) || in_unit(text, reading, unit_zh).is_some_and(close)
}

/// How the quote reads, for a message: `2, 8千亿元 = 8000 亿元`.
pub fn describe(text: &str, unit_zh: &str, lang: crate::lang::Lang) -> String {
    let parts: Vec<String> = readings(text)
        .iter()
        .map(|r| {
            let word = unit_after(text, r, unit_zh).unwrap_or_default();
            match in_unit(text, r, unit_zh) {
                Some(v) if word.is_empty() || (v - r.number).abs() <= 1e-9 * v.abs().max(1.0) => {
                    format!("{}{word}", r.written)
                }
                Some(v) => format!("{}{word} = {}{unit_zh}", r.written, super::format_value(v)),
                None => format!(
                    "{}{word} ({}{unit_zh})",
                    r.written,
                    lang.pick("不是", "not ")
                ),
            }
        })
        .collect();
    if parts.is_empty() {
        lang.pick("没有数字", "no number").into()
    } else {
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reads(text: &str, value: f64, unit: &str) -> bool {
        readings(text).iter().any(|r| writes(text, r, value, unit))
    }

    #[test]
    fn magnitudes_join_their_digits() {
        let text = "从1亿元到1.78万亿元,超千亿元";
        let found: Vec<(&str, f64)> = readings(text)
            .iter()
            .map(|r| (r.written, r.scaled()))
            .collect();
        assert_eq!(found, [("1亿", 1e8), ("1.78万亿", 1.78e12), ("千亿", 1e11)]);
    }

    #[test]
    fn a_value_is_read_in_the_figures_unit() {
        assert!(reads("超千亿元", 1000.0, "亿元"));
        assert!(reads("超千亿元", 1.0, "千亿元"));
        assert!(reads("超千亿元", 1e11, "元"));
        assert!(reads("达1.78万亿元", 17_800.0, "亿元"));
        assert!(reads("达1.78万亿元", 1.78, "万亿元"));
        assert!(reads("近5成", 50.0, "%"));
        assert!(reads("近5成", 5.0, "成"));
        assert!(reads("常住人口3.5万人", 35_000.0, "人"));
        assert!(reads("突破2800亿元", 2800.0, "亿元"));
        assert!(reads("同比增长8%", 8.0, "%"));
        assert!(!reads("连续2年超8千亿元", 800.0, "亿元"));
    }

    #[test]
    fn percentage_points_are_not_percent() {
        assert!(!reads("提高2个百分点", 2.0, "%"));
        assert!(reads("提高2个百分点", 2.0, "个百分点"));
    }

    #[test]
    fn describes_what_it_read() {
        assert_eq!(
            describe("连续2年超8千亿元", "亿元", crate::lang::Lang::En),
            "2年 (not 亿元), 8千亿元 = 8000亿元"
        );
        assert_eq!(
            describe("提高2个百分点", "%", crate::lang::Lang::En),
            "2个百分点 (not %)"
        );
        assert_eq!(
            describe("提高2个百分点", "%", crate::lang::Lang::Zh),
            "2个百分点 (不是%)"
        );
        assert_eq!(
            describe("稳步提升", "%", crate::lang::Lang::En),
            "no number"
        );
    }
}
