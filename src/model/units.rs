//! Units with a scale to a base unit (亿元 = 10⁸ 元, 万人 = 10⁴ 人), read from how the report writes them.

use super::numerals::{is_magnitude, magnitude_of};

/// How a unit relates to its base unit: one of it is `factor` of `base` (亿元 → 10⁸ 元).
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    /// The base unit as Chinese reports write it (元, 平方米, 人, %, 个百分点).
    pub base: String,
    /// How many base units one of this unit is.
    pub factor: f64,
}

/// Base units and the words that write them, with the factor of each word: a word that is not
/// itself a base (平方公里, 成) says how many base units it holds.
const WORDS: &[(&str, &str, f64)] = &[
    ("元", "元", 1.0),
    ("人民币", "元", 1.0),
    ("美元", "美元", 1.0),
    ("欧元", "欧元", 1.0),
    ("平方米", "平方米", 1.0),
    ("平米", "平方米", 1.0),
    ("㎡", "平方米", 1.0),
    ("平方公里", "平方米", 1e6),
    ("平方千米", "平方米", 1e6),
    ("公顷", "平方米", 1e4),
    ("亩", "平方米", 10_000.0 / 15.0),
    ("米", "米", 1.0),
    ("公里", "米", 1e3),
    ("千米", "米", 1e3),
    ("人", "人", 1.0),
    ("名", "人", 1.0),
    ("人次", "人次", 1.0),
    ("%", "%", 1.0),
    ("％", "%", 1.0),
    ("成", "%", 10.0),
    ("个百分点", "个百分点", 1.0),
    ("百分点", "个百分点", 1.0),
    ("倍", "倍", 1.0),
    ("吨", "吨", 1.0),
    ("千克", "吨", 1e-3),
    ("公斤", "吨", 1e-3),
    ("吨标准煤", "吨标准煤", 1.0),
    ("吨标准煤/万元", "吨标准煤/万元", 1.0),
    ("千瓦", "千瓦", 1.0),
    ("千瓦时", "千瓦时", 1.0),
    ("度", "千瓦时", 1.0),
    ("微克/立方米", "微克/立方米", 1.0),
    ("μg/m³", "微克/立方米", 1.0),
    ("标箱", "标箱", 1.0),
    ("年", "年", 1.0),
    ("个月", "月", 1.0),
    ("月", "月", 1.0),
    ("天", "天", 1.0),
    ("日", "天", 1.0),
    ("小时", "小时", 1.0),
];

/// The scale of a unit written `zh`: a known word (元, 平方公里, 成), optionally after a
/// magnitude (亿元 = 10⁸ 元, 千亿元 = 10¹¹ 元, 万平方米 = 10⁴ 平方米). A measure word of a
/// count (个, 家, 项) is its own base; anything else is its own base with factor 1.
pub fn scale_of(zh: &str) -> Scale {
    let (base, factor) = scale_parts(zh);
    Scale {
        base: base.to_owned(),
        factor,
    }
}

/// [`scale_of`] without allocating: the base borrowed from the table or from `zh`.
pub fn scale_parts(zh: &str) -> (&str, f64) {
    let zh = zh.trim();
    if let Some(entry) = table_entry(zh) {
        return entry;
    }
    // The longest magnitude whose remainder is a known word (万千瓦 is 万 × 千瓦, not 万千 × 瓦),
    // else the whole leading run of magnitude characters.
    let (mut before_known, mut run) = (None, None);
    for (at, c) in zh.char_indices() {
        let end = at + c.len_utf8();
        if magnitude_of(&zh[..end]).is_none() {
            break;
        }
        run = Some(end);
        if table_entry(&zh[end..]).is_some() {
            before_known = Some(end);
        }
    }
    if let Some(at) = before_known.or(run).filter(|at| *at < zh.len())
        && let Some(magnitude) = magnitude_of(&zh[..at])
    {
        let (base, factor) = scale_parts(&zh[at..]);
        return (base, factor * magnitude);
    }
    (zh, 1.0)
}

/// Bytes of the longest table word (千瓦, 个百分点) of at most `max_chars` characters at the
/// start of `rest`; 0 when none. Compared in place: nothing is cut out or allocated, and there
/// is nothing to build first. The table's forty words are compared by their first byte before
/// anything else, so a comparison costs a byte unless the word may be there.
pub fn table_word_len(rest: &str, max_chars: usize) -> usize {
    let Some(first) = rest.chars().next() else {
        return 0;
    };
    words_starting_with(first)
        .map(|(word, _, _)| *word)
        .filter(|word| rest.starts_with(word) && word.chars().count() <= max_chars)
        .map(str::len)
        .max()
        .unwrap_or(0)
}

/// The words of [`WORDS`] that begin with `first`, with their base and factor, found by a
/// binary search of [`BY_FIRST_CHAR`]: most characters after a number begin no word at all.
fn words_starting_with(
    first: char,
) -> impl Iterator<Item = &'static (&'static str, &'static str, f64)> {
    let from = BY_FIRST_CHAR.partition_point(|(c, _)| *c < first);
    BY_FIRST_CHAR[from..]
        .iter()
        .take_while(move |(c, _)| *c == first)
        .map(|(_, i)| &WORDS[*i])
}

/// Each word's first character and its place in [`WORDS`], sorted by the character; worked
/// out when compiling.
const BY_FIRST_CHAR: [(char, usize); WORDS.len()] = {
    let mut table = [('\0', 0); WORDS.len()];
    let mut i = 0;
    while i < WORDS.len() {
        // Insertion sort: the table is small and this runs in the compiler.
        let entry = (first_char(WORDS[i].0), i);
        let mut j = i;
        while j > 0 && table[j - 1].0 as u32 > entry.0 as u32 {
            table[j] = table[j - 1];
            j -= 1;
        }
        table[j] = entry;
        i += 1;
    }
    table
};

/// The first character of `word` (a NUL for an empty word), as a constant.
const fn first_char(word: &str) -> char {
    let bytes = word.as_bytes();
    if bytes.is_empty() {
        return '\0';
    }
    let (lead, count) = match bytes[0] {
        b if b < 0x80 => (b as u32, 0),
        b if b >= 0xF0 => ((b & 0x07) as u32, 3),
        b if b >= 0xE0 => ((b & 0x0F) as u32, 2),
        b => ((b & 0x1F) as u32, 1),
    };
    let mut code = lead;
    let mut i = 1;
    while i <= count {
        code = (code << 6) | (bytes[i] & 0x3F) as u32;
        i += 1;
    }
    match char::from_u32(code) {
        Some(c) => c,
        None => '\0',
    }
}

/// Bytes of the longest unit word (a table word, alone or after a magnitude) of at most `max_chars` characters at the start of
/// `rest` (亿元, 万平方米, 个百分点); 0 when none.
pub fn unit_word_len(rest: &str, max_chars: usize) -> usize {
    let mut best = table_word_len(rest, max_chars);
    for (used, (at, c)) in rest.char_indices().enumerate() {
        if !is_magnitude(c) || used + 1 >= max_chars {
            break;
        }
        let split = at + c.len_utf8();
        let word = table_word_len(&rest[split..], max_chars - used - 1);
        if word > 0 && magnitude_of(&rest[..split]).is_some() {
            best = best.max(split + word);
        }
    }
    best
}

/// The base and factor of a word of the table, looked up without allocating: the reading
/// checks ask this for every word after every number of every quote.
fn table_entry(zh: &str) -> Option<(&'static str, f64)> {
    words_starting_with(zh.chars().next()?)
        .find(|(word, _, _)| *word == zh)
        .map(|(_, base, factor)| (*base, *factor))
}

/// `value` in a unit written `from`, expressed in the unit written `to`; none when the two
/// have different bases (元 and 美元, % and 个百分点).
pub fn convert(value: f64, from: &str, to: &str) -> Option<f64> {
    let (from, to) = (scale_of(from), scale_of(to));
    (from.base == to.base).then(|| value * from.factor / to.factor)
}

/// True when figures in units `a` and `b` can be compared, having one base unit.
pub fn same_base(a: &str, b: &str) -> bool {
    scale_of(a).base == scale_of(b).base
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() <= 1e-9 * b.abs().max(1.0))
    }

    #[test]
    fn magnitudes_scale_the_base_unit() {
        for (zh, base, factor) in [
            ("亿元", "元", 1e8),
            ("万亿元", "元", 1e12),
            ("千亿元", "元", 1e11),
            ("万元", "元", 1e4),
            ("亿美元", "美元", 1e8),
            ("万人", "人", 1e4),
            ("万平方米", "平方米", 1e4),
            ("平方公里", "平方米", 1e6),
            ("百万平米", "平方米", 1e6),
            ("成", "%", 10.0),
            ("万千瓦", "千瓦", 1e4),
            ("千瓦", "千瓦", 1.0),
            ("吨标准煤/万元", "吨标准煤/万元", 1.0),
            ("家", "家", 1.0),
            ("万家", "家", 1e4),
        ] {
            assert_eq!(
                scale_of(zh),
                Scale {
                    base: base.into(),
                    factor
                },
                "{zh}"
            );
        }
    }

    #[test]
    fn converts_between_units_of_one_base() {
        assert!(close(convert(1.78, "万亿元", "亿元"), 17_800.0));
        assert!(close(convert(16_715.15, "亿元", "万亿元"), 1.671_515));
        assert!(close(convert(1.0, "千亿元", "亿元"), 1000.0));
        assert!(close(convert(5.0, "成", "%"), 50.0));
        assert!(close(convert(225.0, "平方公里", "万平方米"), 22_500.0));
        assert_eq!(convert(1.0, "亿元", "亿美元"), None);
        assert_eq!(
            convert(1.0, "%", "个百分点"),
            None,
            "points are not percent"
        );
        assert!(same_base("亿元", "万元"));
        assert!(is_unit_word("亿元") && is_unit_word("个百分点") && is_unit_word("万千瓦"));
        assert!(!is_unit_word("%. ") && !is_unit_word("个") && !is_unit_word("百万"));
        assert!(!same_base("家", "个"));
    }

    // The words as they were read before the in-place lengths: what those are checked against.
    /// True when `word` is a unit the scale table knows, alone or after a magnitude (元, 亿元, 万人).
    fn is_unit_word(word: &str) -> bool {
        is_table_word(word)
            || word
                .char_indices()
                .skip(1)
                .any(|(at, _)| magnitude_of(&word[..at]).is_some() && is_table_word(&word[at..]))
    }

    /// True when `word` is itself in the scale table (千瓦, 个百分点), not a magnitude before one.
    fn is_table_word(word: &str) -> bool {
        table_entry(word).is_some()
    }

    /// The old reading: the longest prefix of at most `max` characters that `is_word`.
    fn longest(rest: &str, max: usize, is_word: fn(&str) -> bool) -> usize {
        rest.char_indices()
            .skip(1)
            .map(|(at, _)| at)
            .chain(std::iter::once(rest.len()))
            .take(max)
            .filter(|end| is_word(&rest[..*end]))
            .last()
            .unwrap_or(0)
    }

    #[test]
    fn in_place_lengths_agree_with_the_word_tests() {
        let texts = [
            "亿元,同比增长",
            "万平方米以上",
            "个百分点",
            "千亿元",
            "万亿元人民币",
            "千瓦时",
            "吨标准煤/万元下降",
            "十万",
            "家企业",
            "",
            "%",
            "万万万万万万万元",
            "万万万万万万万万元",
        ];
        for text in texts {
            for max in [1, 3, 8] {
                assert_eq!(
                    unit_word_len(text, max),
                    longest(text, max, is_unit_word),
                    "{text} {max}"
                );
                assert_eq!(
                    table_word_len(text, max),
                    longest(text, max, is_table_word),
                    "{text} {max}"
                );
            }
        }
    }

    #[test]
    fn every_word_is_found_by_its_first_character() {
        assert!(BY_FIRST_CHAR.windows(2).all(|w| w[0].0 <= w[1].0));
        for (i, (word, _, _)) in WORDS.iter().enumerate() {
            let first = word.chars().next().unwrap();
            assert!(BY_FIRST_CHAR.contains(&(first, i)), "{word}");
            assert!(
                words_starting_with(first).any(|(w, _, _)| w == word),
                "{word}"
            );
        }
    }
}
