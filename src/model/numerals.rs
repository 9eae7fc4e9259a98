//! Reads the numbers a Chinese text writes, in Arabic digits (2.7, 2800) or Chinese numerals (三十, 百万).

/// Every number written in `text`, in order: `"从1994年…全市第一的22.2%"` gives 1994, 1, 22.2.
///
/// Runs of Arabic digits (with one decimal point) and runs of Chinese numeral characters are read
/// separately, so `2800亿` yields 2800 (the unit 亿元 is the figure's unit) and a stray 亿 alone.
/// The result is a set of candidates: a figure's quote must contain its value among them.
pub fn numbers_in(text: &str) -> Vec<f64> {
    numbers(text).collect()
}

/// The numbers of [`numbers_in`], read one at a time by byte offsets, allocating nothing.
pub fn numbers(text: &str) -> impl Iterator<Item = f64> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(c) = text[at..].chars().next() {
            let start = at;
            if digit_value(c).is_some() {
                let mut seen_point = false;
                let mut chars = text[start..].char_indices().peekable();
                let mut end = start;
                while let Some((offset, c)) = chars.next() {
                    let next_is_digit =
                        chars.peek().is_some_and(|(_, n)| digit_value(*n).is_some());
                    let is_point = matches!(c, '.' | '．') && !seen_point && next_is_digit;
                    if digit_value(c).is_some() || is_point {
                        seen_point |= is_point;
                        end = start + offset + c.len_utf8();
                    } else {
                        break;
                    }
                }
                at = end;
                if let Some(value) = parse_arabic(&text[start..end]) {
                    return Some(value);
                }
            } else if let Some(len) = first_place(&text[start..]) {
                at = start + len;
                return Some(1.0);
            } else if is_chinese_numeral(c) {
                let run: usize = text[start..]
                    .chars()
                    .take_while(|c| is_chinese_numeral(*c))
                    .map(char::len_utf8)
                    .sum();
                at = start + run;
                if let Some(value) = parse_chinese(&text[start..at]) {
                    return Some(value);
                }
            } else {
                at += c.len_utf8();
            }
        }
        None
    })
}

/// 首位 (the first place, as 居全市首位 writes a rank of 1): the length of its 首 when `text`
/// starts with it. The only numeral written with a character that is no numeral elsewhere
/// (首个, 首批 and 首次 name a first time, not a place).
pub fn first_place(text: &str) -> Option<usize> {
    text.starts_with("首位").then_some('首'.len_utf8())
}

/// True when `text` writes `value`: among [`numbers_in`], or, for zero, as 无 / 未 / 零 (none).
pub fn writes_value(text: &str, value: f64) -> bool {
    let magnitude = value.abs();
    if magnitude == 0.0 && text.contains(['无', '未', '零', '〇', '0']) {
        return true;
    }
    numbers_in(text)
        .into_iter()
        .any(|n| (n - magnitude).abs() <= 1e-9 * magnitude.max(1.0))
}

/// Words that say a figure fell, so a negative value may be written without a minus sign.
pub const FALL_WORDS: &[&str] = &["下降", "减少", "降低", "下滑", "回落"];

fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn parse_arabic(run: &str) -> Option<f64> {
    if run.is_ascii() {
        return run.parse().ok();
    }
    // Full-width digits (２０２２) are rare: only they cost a copy.
    let ascii: String = run
        .chars()
        .map(|c| {
            digit_value(c)
                .and_then(|d| char::from_digit(d, 10))
                .unwrap_or('.')
        })
        .collect();
    ascii.parse().ok()
}

/// True for the characters Chinese numerals are written with (一…九, 零, 〇, 两, 十 百 千 万 亿).
pub fn is_chinese_numeral(c: char) -> bool {
    chinese_digit(c).is_some() || chinese_multiplier(c).is_some()
}

fn chinese_digit(c: char) -> Option<u64> {
    let digit = match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    };
    Some(digit)
}

fn chinese_multiplier(c: char) -> Option<u64> {
    match c {
        '十' => Some(10),
        '百' => Some(100),
        '千' => Some(1_000),
        '万' => Some(10_000),
        '亿' => Some(100_000_000),
        _ => None,
    }
}

/// The value of a run of magnitude characters alone (十, 百万, 千亿, 万亿), none for anything else.
pub fn magnitude_of(run: &str) -> Option<f64> {
    if run.is_empty() || !run.chars().all(is_magnitude) {
        return None;
    }
    parse_chinese(run)
}

/// True for a magnitude character (十 百 千 万 亿).
pub fn is_magnitude(c: char) -> bool {
    chinese_multiplier(c).is_some()
}

/// Reads one run of Chinese numerals: 三十 = 30, 十一 = 11, 百万 = 1 000 000, 二〇二二 = 2022.
fn parse_chinese(run: &str) -> Option<f64> {
    read_chinese(run).map(|read| read.value)
}

/// A run of Chinese numerals read: its value, and whether it is no well-formed number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChineseRun {
    /// For a malformed run, the value of reading it anyway (十四五 = 15, 三四 = 34).
    pub value: f64,
    /// Two digits in a row with no magnitude between them (十四五, 三四), or a string of digits
    /// that is not a year (二〇二二 is one): a name or a guess, never a figure.
    pub malformed: bool,
}

/// Reads a run of Chinese numerals (三十, 十一, 百万, 二〇二二, 三亿五千万); none when its value
/// overflows. The one reader of Chinese numerals: the checks of quotes and the draft share it.
pub fn read_chinese(run: &str) -> Option<ChineseRun> {
    if run.chars().all(|c| chinese_digit(c).is_some()) && run.chars().nth(1).is_some() {
        // Digit by digit, as years are written (二〇二二).
        let mut value: u64 = 0;
        for c in run.chars() {
            value = value.checked_mul(10)?.checked_add(chinese_digit(c)?)?;
        }
        let year_like = run.chars().count() == 4 && run.contains(['〇', '零']);
        return Some(ChineseRun {
            value: value as f64,
            malformed: !year_like,
        });
    }
    let (mut total, mut section, mut number) = (0u64, 0u64, 0u64);
    // The largest of 万/亿 applied so far: a larger one multiplies everything before it
    // (万亿 = 10⁴ × 10⁸), a smaller one only its own section (三亿五千万).
    let mut largest = 0u64;
    let mut malformed = false;
    for c in run.chars() {
        if let Some(d) = chinese_digit(c) {
            malformed |= number != 0 && d != 0;
            number = d;
        } else if let Some(unit) = chinese_multiplier(c) {
            if unit >= 10_000 {
                let head = section.checked_add(number)?;
                if unit > largest {
                    let base = total.checked_add(head)?;
                    total = base.max(1).checked_mul(unit)?;
                    largest = unit;
                } else {
                    total = total.checked_add(head.max(1).checked_mul(unit)?)?;
                }
                section = 0;
            } else {
                section = section.checked_add(number.max(1).checked_mul(unit)?)?;
            }
            number = 0;
        }
    }
    Some(ChineseRun {
        value: total.checked_add(section)?.checked_add(number)? as f64,
        malformed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_arabic_numbers_with_decimals() {
        assert_eq!(numbers_in("同比增长2.7%(同口径增长9.4%)"), vec![2.7, 9.4]);
        assert_eq!(numbers_in("突破2800亿元"), vec![2800.0, 100_000_000.0]);
        assert_eq!(numbers_in("“1+13”应急工作方案"), vec![1.0, 13.0]);
    }

    #[test]
    fn reads_chinese_numerals() {
        let cases = [
            ("建区三十年", 30.0),
            ("国家药监局六大中心", 6.0),
            ("连续四次成功发射", 4.0),
            ("压实八镇责任", 8.0),
            ("十一学校", 11.0),
            ("两大领域", 2.0),
            ("百万平米", 1_000_000.0),
            ("全市第一", 1.0),
            ("二〇二二年", 2022.0),
            ("三千五百", 3500.0),
            ("万亿", 1e12),
            ("两万亿", 2e12),
            ("三亿五千万", 3.5e8),
            ("一亿", 1e8),
        ];
        for (text, expected) in cases {
            assert_eq!(numbers_in(text), vec![expected], "{text}");
        }
    }

    #[test]
    fn a_sentence_gives_every_number_in_order() {
        let text = "从1994年的国家级经开区到“五区”政策叠加,全市第一的22.2%";
        assert_eq!(numbers_in(text), vec![1994.0, 5.0, 1.0, 22.2]);
        assert_eq!(numbers_in("增速居全市首位,首批3家"), vec![1.0, 3.0]);
    }

    #[test]
    fn writes_value_accepts_magnitude_and_zero_words() {
        assert!(writes_value("同比下降8.6%", -8.6));
        assert!(writes_value("无劣V类水体", 0.0));
        assert!(!writes_value("同比增长8%", 7.0));
        assert!(!writes_value("PM2.5累计浓度", 32.0));
    }

    #[test]
    fn a_run_that_is_no_number_is_malformed() {
        let read = |run| read_chinese(run).map(|r| (r.value, r.malformed));
        assert_eq!(read("十四五"), Some((15.0, true)));
        assert_eq!(read("三四"), Some((34.0, true)));
        assert_eq!(read("二〇二二"), Some((2022.0, false)));
        assert_eq!(read("一百零五"), Some((105.0, false)));
        assert_eq!(read("三亿五千万"), Some((3.5e8, false)));
    }

    #[test]
    fn huge_runs_do_not_overflow() {
        assert_eq!(parse_chinese(&"亿".repeat(40)), Some(4e9));
        assert_eq!(parse_chinese(&"九".repeat(40)), None);
    }
}
