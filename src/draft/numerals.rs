//! Finds the numerals of a text with their positions: Arabic (2.7, 1,200) and Chinese (三十, 百万).

use std::ops::Range;

/// One numeral as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Numeral {
    /// Its characters in the text.
    pub span: Range<usize>,
    /// Its value; for a malformed Chinese run, the value of reading it anyway (十四五 = 15).
    pub value: f64,
    /// Written in Chinese numerals.
    pub chinese: bool,
    /// A Chinese run that is no number (十四五, 三四): a name or a guess, never a figure.
    pub malformed: bool,
    /// A Chinese run of magnitudes only (百万, 千亿): a round figure.
    pub round: bool,
}

/// Every numeral in `chars[range]`, in order.
pub fn numerals(chars: &[char], range: Range<usize>) -> Vec<Numeral> {
    let mut found = Vec::new();
    let mut i = range.start;
    while i < range.end {
        let c = chars[i];
        if c.is_ascii_digit() {
            let start = i;
            let mut seen_point = false;
            while i < range.end {
                let next_digit = chars.get(i + 1).is_some_and(char::is_ascii_digit);
                if chars[i].is_ascii_digit() {
                    i += 1;
                } else if chars[i] == '.' && !seen_point && next_digit && i < range.end - 1 {
                    seen_point = true;
                    i += 1;
                } else if chars[i] == ',' && !seen_point && thousands_group(chars, i, range.end) {
                    i += 1;
                } else {
                    break;
                }
            }
            let digits: String = chars[start..i].iter().filter(|c| **c != ',').collect();
            if let Ok(value) = digits.parse::<f64>() {
                found.push(Numeral {
                    span: start..i,
                    value,
                    chinese: false,
                    malformed: false,
                    round: false,
                });
            }
        } else if multiplier(c).is_some()
            && i > range.start
            && (chars[i - 1].is_ascii_digit()
                || chars[i - 1] == ' ' && i > range.start + 1 && chars[i - 2].is_ascii_digit())
        {
            // 1亿元, 3.5万家: a magnitude after Arabic digits belongs to the unit.
            while i < range.end && multiplier(chars[i]).is_some() {
                i += 1;
            }
        } else if matches!(c, '万' | '亿')
            && found
                .last()
                .is_some_and(|n: &Numeral| n.chinese && n.span.end == i)
        {
            // The magnitudes peeled off a Chinese numeral above: part of its unit.
            while i < range.end && matches!(chars[i], '万' | '亿') {
                i += 1;
            }
        } else if c == '首'
            && chars.get(i + 1) == Some(&'位')
            && i + 1 < range.end
            // 首位产业, 首位度: a name, not a place in a ranking.
            && !chars
                .get(i + 2)
                .is_some_and(|c| super::words::FIRST_PLACE_NAMES.contains(c))
        {
            // 居全市首位: a rank of 1, read as the model's checks read it.
            found.push(Numeral {
                span: i..i + 1,
                value: 1.0,
                chinese: true,
                malformed: false,
                round: false,
            });
            i += 1;
        } else if is_chinese_numeral(c) {
            let start = i;
            while i < range.end && is_chinese_numeral(chars[i]) {
                i += 1;
            }
            // 三百亿元, 超千亿元: magnitudes ending the run belong to the unit as written
            // (300 亿元), unless the head holds a magnitude of its own (三亿五千万).
            let large = |c: &char| matches!(c, '万' | '亿');
            let head = chars[start..i]
                .iter()
                .rposition(|c| !large(c))
                .map_or(0, |p| p + 1);
            if head > 0
                && start + head < i
                && !chars[start..start + head].iter().any(large)
                && i < range.end
            {
                i = start + head;
            } else if head == 0 && i - start > 1 && i < range.end {
                // 跨过万亿元大关: 万 is the number, 亿元 the unit as written (10000 亿元).
                i = start + 1;
            }
            let run = &chars[start..i];
            let (value, malformed) = parse_chinese(run);
            found.push(Numeral {
                span: start..i,
                value,
                chinese: true,
                malformed,
                round: run.iter().all(|c| multiplier(*c).is_some()) && run.len() > 1
                    || matches!(run, ['百' | '千' | '万' | '亿']),
            });
        } else {
            i += 1;
        }
    }
    found
}

/// A comma between digit groups (1,200): three digits after it and no digit right after those.
fn thousands_group(chars: &[char], at: usize, end: usize) -> bool {
    at + 3 < end + 1
        && (1..=3).all(|k| chars.get(at + k).is_some_and(char::is_ascii_digit))
        && !chars.get(at + 4).is_some_and(char::is_ascii_digit)
        && at > 0
        && chars[at - 1].is_ascii_digit()
}

pub use crate::model::numerals::is_chinese_numeral;

/// A magnitude's value (十 = 10 … 亿 = 10⁸), none for any other character.
fn multiplier(c: char) -> Option<f64> {
    let mut buffer = [0; 4];
    crate::model::numerals::magnitude_of(c.encode_utf8(&mut buffer))
}

/// Reads a run of Chinese numerals with the model's reader (the one the quote checks use), as
/// (value, malformed); a run too large to hold is malformed.
fn parse_chinese(run: &[char]) -> (f64, bool) {
    let run: String = run.iter().collect();
    match crate::model::numerals::read_chinese(&run) {
        Some(read) => (read.value, read.malformed),
        None => (f64::MAX, true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(f64, bool)> {
        let chars: Vec<char> = text.chars().collect();
        numerals(&chars, 0..chars.len())
            .into_iter()
            .map(|n| (n.value, n.malformed))
            .collect()
    }

    #[test]
    fn arabic_with_points_and_groups() {
        assert_eq!(
            read("增长2.7%,共1,200家"),
            vec![(2.7, false), (1200.0, false)]
        );
        assert_eq!(read("PM2.5为32"), vec![(2.5, false), (32.0, false)]);
        assert_eq!(read("5,6家"), vec![(5.0, false), (6.0, false)]);
        assert_eq!(read("1亿元到2800亿元"), vec![(1.0, false), (2800.0, false)]);
    }

    #[test]
    fn chinese_with_magnitudes() {
        assert_eq!(read("三十年"), vec![(30.0, false)]);
        // Magnitudes ending a run belong to the unit written after it: 百 万平米, 三百 亿元.
        assert_eq!(read("百万平米"), vec![(100.0, false)]);
        assert_eq!(read("突破三百亿元"), vec![(300.0, false)]);
        assert_eq!(read("一千二百亿元"), vec![(1200.0, false)]);
        assert_eq!(read("三亿五千万元"), vec![(3.5e8, false)]);
        assert_eq!(read("三亿五千万"), vec![(3.5e8, false)]);
        assert_eq!(read("跨过万亿元大关"), vec![(10000.0, false)]);
        assert_eq!(read("一百零五"), vec![(105.0, false)]);
        assert_eq!(read("二〇二二年"), vec![(2022.0, false)]);
        assert_eq!(read("十四五"), vec![(15.0, true)]);
        assert_eq!(read("三四个"), vec![(34.0, true)]);
    }
}
