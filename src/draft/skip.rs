//! Rules for numerals that name rather than count: dates, ordinals, slogans, phases, codes.

use super::doc::Doc;
use super::ir::SkipReason;
use super::numerals::Numeral;
use super::rank_pools::{rank_pool, ranks_after};
use super::units::{UnitClass, UnitRead};
use super::words::{ANNIVERSARIES, PLAN_NAME_WORDS, PRIORITY_VERBS, RANK_VERBS, TOP_N_VERBS};

/// True when the words before the 第 at `at` name what a zone's years are counted from
/// (封关运行的第三年, 设立第八年).
pub(super) fn years_since_event(doc: &Doc, at: usize) -> bool {
    let before = doc.folded(at.saturating_sub(8)..at);
    let before = before.trim_end_matches('的');
    ANNIVERSARIES
        .iter()
        .chain(&["运行", "运作"])
        .any(|e| before.ends_with(e))
}

/// Longest quoted text (in characters) read as a name rather than as quoted report text.
const QUOTED_NAME_MAX: usize = 16;

/// Why `n` is not a figure, if a rule says so. `unit` is the unit read after it.
pub fn skip_reason(
    doc: &Doc,
    line: std::ops::Range<usize>,
    n: &Numeral,
    unit: Option<&UnitRead>,
) -> Option<SkipReason> {
    let (start, end) = (n.span.start, n.span.end);
    let before = |k: usize| start.checked_sub(k).and_then(|i| doc.chars.get(i)).copied();
    let after = |k: usize| doc.chars.get(end + k).copied();
    if in_quoted_name(doc, line.clone(), start)
        && !super::units::counts_stacked_zones(&doc.chars, end)
    {
        return Some(SkipReason::QuotedName);
    }
    if before(1).is_some_and(|c| c.is_ascii_alphabetic() || c == '+' || c == '-' && !n.chinese)
        || after(0).is_some_and(|c| c.is_ascii_alphabetic() || c == '+')
    {
        let slogan = before(1) == Some('+') || after(0) == Some('+');
        return Some(if slogan {
            SkipReason::Slogan
        } else {
            SkipReason::Code
        });
    }
    if n.malformed {
        return Some(SkipReason::Slogan);
    }
    // 把安全摆在首位, 把招商引资摆在各项工作的首位: what comes first, not a rank.
    if doc.has_at(start, "首位") {
        let before = doc.folded(line.start.max(start.saturating_sub(16))..start);
        let clause = before.rsplit([',', ';', '。', '，', '；']).next();
        if clause.is_some_and(|c| PRIORITY_VERBS.iter().any(|v| c.contains(v))) {
            return Some(SkipReason::Priority);
        }
    }
    // 封关运作第10年, 新区设立第八年: how long the zone has run, not an ordinal.
    if before(1) == Some('第') && after(0) == Some('年') && years_since_event(doc, start - 1) {
        return None;
    }
    // 第16至23批次: the end of a range of ordinals is an ordinal too.
    if before(1).is_some_and(|c| matches!(c, '至' | '到' | '—' | '-' | '~')) {
        let mut k = 2;
        while before(k)
            .is_some_and(|c| c.is_ascii_digit() || super::numerals::is_chinese_numeral(c))
        {
            k += 1;
        }
        if k > 2 && before(k) == Some('第') {
            return Some(SkipReason::Ordinal);
        }
    }
    // 全市第一方阵, 第一梯队: a tier, not a place.
    if before(1) == Some('第')
        && ["方阵", "梯队", "梯次", "阵营"]
            .iter()
            .any(|w| doc.has_at(end, w))
    {
        return Some(SkipReason::Grade);
    }
    if before(1) == Some('第') {
        // 综合考评中列第5位: 列 right before 第 ranks (列入第二批 does not).
        // 位居全国车规级功率芯片封测出货量第一: a verb of ranking earlier in the phrase.
        let verb_before = || {
            let near = doc.folded(line.start.max(start.saturating_sub(RANK_VERB_REACH))..start);
            let phrase = near
                .rsplit([',', ';', '。', ':'])
                .next()
                .unwrap_or_default();
            // A verb of one character (居, 列) reads in too many words to count here.
            RANK_VERBS
                .iter()
                .chain(TOP_N_VERBS)
                .any(|v| v.chars().count() > 1 && phrase.contains(v))
        };
        let ranked =
            rank_pool(doc, start - 1).is_some() || before(2) == Some('列') || verb_before();
        return (!ranked).then_some(SkipReason::Ordinal);
    }
    if n.chinese && after(0) == Some('大') {
        let congress = doc.has_before(start, "党的")
            || [
                "大精神",
                "大以来",
                "大胜利",
                "大召开",
                "大代表",
                "大报告",
                "大会",
            ]
            .iter()
            .any(|w| doc.has_at(end, w));
        if congress {
            return Some(SkipReason::Congress);
        }
    }
    if after(0).is_some_and(|c| matches!(c, '届' | '期' | '版' | '号' | '代'))
        || doc.has_at(end, "中全会")
    {
        return Some(match after(0) {
            Some('期' | '版' | '代') => SkipReason::Phase,
            Some('号') => SkipReason::Code,
            _ => SkipReason::Ordinal,
        });
    }
    if let Some(reason) = date_reason(doc, n, unit) {
        return Some(reason);
    }
    if matches!(
        unit.map(|u| u.class),
        Some(UnitClass::Duration | UnitClass::Count)
    ) {
        let unit_end = end + unit.map_or(0, |u| u.len);
        if PLAN_NAME_WORDS.iter().any(|w| doc.has_at(unit_end, w)) {
            return Some(SkipReason::PlanName);
        }
    }
    if let Some(reason) = super::skip_classes::span_or_group(doc, line.clone(), n, unit) {
        return Some(reason);
    }
    // 区四届人大七次会议: a meeting's ordinal, not a count of times.
    if after(0) == Some('次')
        && ["会议", "全会", "党代会", "代表大会", "全体会议"]
            .iter()
            .any(|w| doc.has_at(end + 1, w))
    {
        return Some(SkipReason::Ordinal);
    }
    if let Some(u) = unit
        && u.class == UnitClass::Count
        && ranks_after(doc, line.clone(), start, end + u.len)
    {
        return Some(SkipReason::RankPool);
    }
    if after(0) == Some('级') {
        return Some(SkipReason::Grade);
    }
    if n.chinese && super::skip_classes::lists_count(doc, line.clone(), n) {
        return Some(SkipReason::ListCount);
    }
    if other_place(doc, line.clone(), n, unit) {
        return Some(SkipReason::OtherPlace);
    }
    if n.chinese && after(0) == Some('是') {
        return Some(SkipReason::Enumeration);
    }
    if n.chinese && line.start == start && matches!(after(0), Some('、' | '.')) {
        return Some(SkipReason::Heading);
    }
    if before(1) == Some('(') && after(0) == Some(')') && (n.chinese || line.start + 1 == start) {
        return Some(SkipReason::Heading);
    }
    // 一X一Y (一区一策), 四位一体, 多…合一: idioms, not counts.
    if n.chinese && (doc.chars.get(end + 1) == Some(&'一') || doc.has_at(end, "位一体")) {
        return Some(SkipReason::Slogan);
    }
    // 亿元以上项目, 万物互联: a magnitude word alone states no amount (百万平米 does: 百 of
    // 万平米), unless a bound says how many (逾百个, 突破千家, 近万名, 不足百人).
    let bounded = [
        "逾", "超", "近", "不足", "突破", "超过", "将近", "跨过", "跨越", "迈上", "迈过", "站上",
    ]
    .iter()
    .any(|w| doc.has_before(start, w));
    if n.chinese && n.span.len() == 1 && n.round && !matches!(after(0), Some('万' | '亿')) {
        // 超亿元项目: the bound names a class of projects.
        let unit_end = end + unit.map_or(0, |u| u.len);
        let class_follows = unit.is_some_and(|u| u.class != UnitClass::Count)
            && doc.chars.get(unit_end).is_some_and(|c| {
                ('\u{4e00}'..='\u{9fff}').contains(c) && !"的和与及等".contains(*c)
            });
        match (bounded && unit.is_some(), class_follows) {
            (true, false) => {}
            (true, true) => return Some(SkipReason::Threshold),
            (false, _) => return Some(SkipReason::NoUnit),
        }
    }
    if let Some(reason) = super::skip_classes::threshold(doc, n, unit) {
        return Some(reason);
    }
    // 翻一番: a doubling, not an article.
    if n.chinese && n.value == 1.0 && doc.chars[start] == '一' && !doc.has_before(start, "翻") {
        return Some(SkipReason::Article);
    }
    if n.chinese && n.span.len() == 1 && n.value == 0.0 {
        return Some(SkipReason::Article);
    }
    if unit.is_none() {
        return Some(SkipReason::NoUnit);
    }
    None
}

/// How far before 第N a verb of ranking is looked for (位居全国车规级功率芯片封测出货量第一).
const RANK_VERB_REACH: usize = 40;

/// A percentage of another place given beside the zone's (全省平均增长4.5%, (全市增长5.6%),
/// 高于全省平均水平(6.0%)): not a figure of the zone. Shares of the place (占全市的38.6%),
/// gaps to it (高于全市1.6个百分点) and ranks in it are the zone's.
fn other_place(
    doc: &Doc,
    line: std::ops::Range<usize>,
    n: &Numeral,
    unit: Option<&UnitRead>,
) -> bool {
    let just_before =
        |back: usize| doc.folded(n.span.start.saturating_sub(back).max(line.start)..n.span.start);
    // 建党100周年, 新中国成立75周年: an anniversary of something else than the zone.
    if unit.is_some_and(|u| u.written == "周年") {
        let before = just_before(12);
        return ["建党", "新中国", "建国", "改革开放", "抗战", "军校", "建军"]
            .iter()
            .any(|w| before.contains(w));
    }
    if !unit.is_some_and(|u| u.class == UnitClass::Percent) {
        return false;
    }
    let phrase = super::skip_classes::phrase_before(doc, line.clone(), n);
    let place = ["全省", "全市", "全国", "全区县"]
        .iter()
        .any(|w| phrase.contains(w));
    let bracketed = phrase
        .rfind('(')
        .is_some_and(|open| !phrase[open..].contains(')'));
    let zone_own = ["占", "居", "第", "排名"]
        .iter()
        .any(|w| phrase.contains(w));
    let compared = ["高于", "低于", "快于", "慢于"]
        .iter()
        .any(|w| phrase.contains(w));
    place && !zone_own && (bracketed || !compared)
}

/// Dates that place an event (4月, 一季度, 2020年以来) and the report's own period (2022年).
fn date_reason(doc: &Doc, n: &Numeral, unit: Option<&UnitRead>) -> Option<SkipReason> {
    let (start, end) = (n.span.start, n.span.end);
    if doc.has_at(end, "季度") || doc.has_at(end, "月份") {
        return Some(SkipReason::Date);
    }
    let after = doc.chars.get(end).copied();
    if after == Some('月') && (1.0..=12.0).contains(&n.value) {
        return Some(SkipReason::Date);
    }
    if matches!(after, Some('日' | '号')) && start > 0 && doc.chars[start - 1] == '月' {
        return Some(SkipReason::Date);
    }
    let duration = unit.is_some_and(|u| u.class == UnitClass::Duration);
    if after == Some('年') && n.value.fract() == 0.0 && (1900.0..=2100.0).contains(&n.value) {
        return Some(SkipReason::Period);
    }
    if duration {
        let unit_end = end + unit.map_or(0, |u| u.len);
        let basis_words = ["来", "以来", "间", "平均", "年均", "累计", "内"];
        if basis_words.iter().any(|w| doc.has_at(unit_end, w)) {
            return Some(SkipReason::Period);
        }
        let opens_period = ["未来", "今后", "过去", "这", "前", "后", "每"]
            .iter()
            .any(|w| doc.has_before(start, w));
        if opens_period {
            return Some(SkipReason::Period);
        }
    }
    None
}

/// True when `at` lies inside a short “quoted” or 《titled》 name on its line.
fn in_quoted_name(doc: &Doc, line: std::ops::Range<usize>, at: usize) -> bool {
    let pairs = [('“', '”'), ('《', '》'), ('「', '」'), ('‘', '’')];
    for (open, close) in pairs {
        let opened =
            (line.start..at)
                .rev()
                .take(QUOTED_NAME_MAX)
                .find_map(|i| match doc.chars[i] {
                    c if c == open => Some(true),
                    c if c == close => Some(false),
                    _ => None,
                });
        if opened == Some(true)
            && (at..line.end)
                .take(QUOTED_NAME_MAX)
                .any(|i| doc.chars[i] == close)
        {
            return true;
        }
    }
    // ASCII quotation marks pair up: an odd number before `at` on the line opens a quote.
    let from = line.start.max(at.saturating_sub(200));
    let before = doc.chars[from..at].iter().filter(|c| **c == '"').count();
    before % 2 == 1
        && doc.chars[at..line.end]
            .iter()
            .take(QUOTED_NAME_MAX)
            .any(|c| *c == '"')
}
