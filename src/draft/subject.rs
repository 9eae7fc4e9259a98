//! The subject the text names before a number: its last phrase, without the verbs, hedges,
//! bases and times around it.

use super::words::{COMPARED_WITH, INNER_VERBS, KEEP_OPENING, LEADING, NOT_A_HISTORY, TRAILING};

/// The subject before a number: the window's text without connectives and number verbs.
pub fn subject_of(before: &str) -> String {
    // 地区生产总值：386.5亿元: the name before a colon.
    let mut s = before.trim().trim_end_matches([':', '：']).trim_end();
    // 地区生产总值(GDP)1234.5亿元: a name's gloss in brackets right before the number is not
    // the subject; the name before it is.
    if s.ends_with(')')
        && let Some(open) = s.rfind('(')
    {
        s = s[..open].trim_end();
    }
    // The subject is the last phrase: after the last 、 or space, 和, or the 的 of 从…的. A
    // gloss in brackets inside a name (细颗粒物(PM2.5)年均浓度) stays with it.
    let gloss = glossed_name(s);
    // 规模以上工业增加值：同比增长: after the colon only the change; the name is before it.
    if let Some(at) = s.rfind(':') {
        let after = subject_of(&s[at + 1..]);
        if after.is_empty() || names_no_thing(&after) {
            return subject_of(&s[..at]);
        }
    }
    if let Some(at) = s.rfind(['、', ' ', '(', ')', ',', ':', ';']) {
        s = &s[at + s[at..].chars().next().map_or(1, char::len_utf8)..];
    }
    if let Some(name) = gloss {
        s = name;
    }
    // Past a count and its measure word: 全国217家国家级开发区 → 国家级开发区 (a year, 从2008年的
    // 42亿元, stays in).
    if let Some(at) = s.rfind(|c: char| c.is_ascii_digit()) {
        let rest = &s[at + 1..];
        if let Some(c) = rest.chars().next().filter(|c| "个家项名次位".contains(*c)) {
            s = &rest[c.len_utf8()..];
        }
    }
    // 地区生产总值从2008年的 (42亿元增长到…): what grew is named before 从 (or 由).
    if let Some(at) = history_marks(s).next().filter(|at| *at > 0) {
        s = &s[..at];
    }
    // One word at a time, a leading one first, the longest of each kind first: 年均增长 loses
    // 增长 and then 年均, never 均 alone.
    loop {
        // 居民人均可支配收入, 到位资金: a noun that opens with a verb's characters keeps them.
        let noun = KEEP_OPENING.iter().any(|n| s.starts_with(n));
        let leading = LEADING
            .iter()
            .filter(|w| s.starts_with(**w) && !noun)
            .max_by_key(|w| w.len());
        let trailing = TRAILING
            .iter()
            .filter(|w| s.ends_with(**w))
            .max_by_key(|w| w.len());
        // 2008年工业增加值: the year is the figure's period, not part of its name.
        let year = s
            .char_indices()
            .nth(4)
            .filter(|(at, c)| *c == '年' && s[..*at].chars().all(|d| d.is_ascii_digit()))
            .map(|(at, _)| {
                let rest = &s[at + '年'.len_utf8()..];
                s.len() - rest.strip_prefix('度').unwrap_or(rest).len()
            })
            .filter(|end| *end < s.len())
            // 9月当月产值: the month is the period too.
            .or_else(|| {
                let digits = s.chars().take_while(char::is_ascii_digit).count();
                ["月当月", "月份"]
                    .iter()
                    .find(|w| (1..=2).contains(&digits) && s[digits..].starts_with(**w))
                    .map(|w| digits + w.len())
                    .filter(|end| *end < s.len())
            });
        if let Some(end) = year {
            s = &s[end..];
            continue;
        }
        match (leading, trailing) {
            (Some(w), _) => s = &s[w.len()..],
            (None, Some(w)) => s = &s[..s.len() - w.len()],
            (None, None) => break,
        }
    }
    // Verbs inside a subject name no part of what is measured: 三大主导产业实现产值 → 三大主导
    // 产业产值, 保税维修业务完成货值 → 保税维修业务货值.
    let mut subject = s.to_owned();
    for verb in INNER_VERBS {
        if subject.len() > verb.len() {
            subject = subject.replace(verb, "");
        }
    }
    let chars: Vec<char> = subject.chars().collect();
    let keep = chars.len().min(MAX_SUBJECT_CHARS);
    chars[chars.len() - keep..].iter().collect()
}

/// True for a subject that names a time, a basis or a comparison, not a thing (年, 1—11月,
/// 自然口径, 剔除留抵退税因素后, 比上半年加快): the figure is of the subject before it.
pub(super) fn names_no_thing(subject: &str) -> bool {
    let time = subject
        .chars()
        .all(|c| c.is_ascii_digit() || "年月—-–季度上下半前后".contains(c));
    // “十三五”期间, 2019年以来: a time, not a thing.
    let span = ["期间", "以来", "时期", "年来"]
        .iter()
        .any(|w| subject.ends_with(w));
    // 是上年的2.1倍, 为全省平均水平的两倍: what it is compared with, not what is measured.
    let compared = COMPARED_WITH.iter().any(|w| subject.starts_with(w));
    time || span
        || compared
        || subject.starts_with("剔除")
        // 高于全市: what the zone is compared with.
        || ["高于", "低于", "快于", "慢于"].iter().any(|w| subject.starts_with(w))
        || subject.starts_with('比')
        || subject.starts_with('较')
        || subject.starts_with("增速")
        || subject.starts_with("降幅")
        || ["自然口径", "同期", "逆势", "按可比价格计算"].contains(&subject)
}

/// The name ending `text` that holds a short gloss in brackets (细颗粒物(PM2.5)年均浓度,
/// 全社会研究与试验发展(R&D)经费), from the Chinese characters before the bracket.
fn glossed_name(text: &str) -> Option<&str> {
    let close = text.rfind(')')?;
    let open = text[..close].rfind('(')?;
    let inner = &text[open + 1..close];
    let tail = &text[close + 1..];
    let ascii_gloss = !inner.is_empty() && inner.chars().all(|c| c.is_ascii() && c != ' ');
    let tail_is_name = tail.chars().count() <= 8 && !tail.contains(['、', ',', ';', ':', ' ']);
    if !ascii_gloss || !tail_is_name {
        return None;
    }
    let head = text[..open]
        .char_indices()
        .rev()
        .take_while(|(_, c)| ('\u{4e00}'..='\u{9fff}').contains(c))
        .take(6)
        .last()
        .map_or(open, |(at, _)| at);
    Some(&text[head..])
}

/// What a subject names before a share's 占 (经济总量约占全市的 → 经济总量; 占地 is no share),
/// or before a comparison with a year (总量是2012年的 → 总量): the thing measured.
pub fn thing_measured(subject: &str) -> &str {
    let share = subject
        .match_indices('占')
        .find(|(at, _)| !subject[at + '占'.len_utf8()..].starts_with('地'))
        .map(|(at, _)| subject[..at].trim_end_matches('约'));
    let compared = COMPARED_WITH
        .iter()
        .filter_map(|w| subject.find(w))
        .min()
        .map(|at| &subject[..at]);
    [share, compared]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .min_by_key(|s| s.len())
        .unwrap_or(subject)
}

/// The event a zone's years are counted from, without the zone's name (澴陵综合保税区封关运行
/// 的第 → 封关运行; 新区设立第 → 设立).
pub fn event_of(before: &str) -> String {
    let event = before.trim_end_matches('第').trim_end_matches('的');
    let after = event
        .rfind(['区', '是'])
        .map_or(event, |at| &event[at + '区'.len_utf8()..]);
    if after.chars().count() >= 2 {
        after.to_owned()
    } else {
        subject_of(event)
    }
}

/// Longest subject kept, in characters, counted back from the number.
const MAX_SUBJECT_CHARS: usize = 20;

/// Where 从 or 由 opens a history in `text` (地区生产总值从2008年的…), in order: not inside a word
/// (从业人员, 由于, 自由贸易).
pub(super) fn history_marks(text: &str) -> impl DoubleEndedIterator<Item = usize> + '_ {
    text.char_indices()
        .filter(|(_, c)| matches!(c, '从' | '由'))
        .map(|(at, _)| at)
        .filter(move |at| {
            // The word holding the mark, wherever the mark stands in it (从业, 自由).
            !NOT_A_HISTORY.iter().any(|w| {
                let mark = w.find(['从', '由']).unwrap_or_default();
                at.checked_sub(mark)
                    .and_then(|start| text.get(start..))
                    .is_some_and(|rest| rest.starts_with(w))
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_drop_connectives_and_verbs() {
        assert_eq!(
            subject_of("亦庄新城预计全年地区生产总值同比增长"),
            "亦庄新城全年地区生产总值"
        );
        assert_eq!(subject_of("上市企业累计"), "上市企业");
        assert_eq!(subject_of("PM2.5累计浓度"), "PM2.5累计浓度");
        assert_eq!(subject_of("同比下降"), "");
        assert_eq!(subject_of("按可比价格计算增长"), "");
        // A gloss in brackets before the number is not the subject.
        assert_eq!(subject_of("全区实现地区生产总值(GDP)"), "地区生产总值");
        assert_eq!(subject_of("地区生产总值从2008年的"), "地区生产总值");
        assert_eq!(subject_of("规上工业企业从业人员"), "规上工业企业从业人员");
        assert_eq!(subject_of("2008年预计实现工业增加值"), "工业增加值");
        assert_eq!(
            subject_of("规模以上工业增加值:同比增长"),
            "规模以上工业增加值"
        );
        assert_eq!(subject_of("地区生产总值:"), "地区生产总值");
        assert_eq!(subject_of("9月当月完成产值"), "产值");
        assert_eq!(subject_of("2021年度"), "2021年度");
    }
}
