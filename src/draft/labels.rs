//! Names what a number counts or measures, and places it: topic (panel) and direction by rule.

use super::catalogue;
use super::ir::{BasisRead, DirectionRead, Topic};
use super::units::UnitClass;
use super::words::{
    ANNIVERSARIES, BARE_SUBJECTS, ENVIRONMENT, FALL_WORDS, INNER_VERBS, LEADING, LOWER_IS_BETTER,
    NOUN_STOPS, PARTS_OF_A_ZONE, RANK_VERBS, RISE_WORDS, STREAK_VERBS, TRAILING,
};
use crate::model::indicators::Indicator;

/// A label for a number: the catalogue indicator when the text before it names one, else the
/// noun it counts (52个项目 → 项目) or the subject before it (上市企业累计47家 → 上市企业).
pub fn label(
    before: &str,
    after_unit: &str,
    class: UnitClass,
    basis: BasisRead,
    negative: bool,
    previous: Option<&str>,
    self_counted: Option<&str>,
) -> (String, Option<&'static Indicator>) {
    // 八镇, 两旗: the noun is its own measure word and names what is counted.
    if let Some(word) = self_counted {
        return (word.to_owned(), None);
    }
    // 澜舟动力连续7年位居全国商用车发动机出口第一: a streak is of what held over it.
    if basis == BasisRead::Streak
        && let Some(held) = held_over_streak(after_unit)
    {
        let who = subject_of(before);
        let who = if names_no_thing(&who) || names_only_the_zone(&who) {
            ""
        } else {
            who.as_str()
        };
        // 连续4年位居第一, 连续3年超千亿元: of the ranking or amount named before.
        let bare = held.chars().next().is_some_and(|c| {
            "第前超逾突迈".contains(c)
                || c.is_ascii_digit()
                || super::numerals::is_chinese_numeral(c)
        });
        let who = match (who, previous) {
            ("", Some(p)) if bare => p,
            _ => who,
        };
        return (format!("{who}{held}"), None);
    }
    let (before, ranked_in) = match basis {
        BasisRead::Rank => ranked_thing(before),
        _ => (before, String::new()),
    };
    let mut subject = subject_of(before);
    // 高于全市1.6个百分点: the gap between the zone's rate and the place's.
    if class == UnitClass::Points
        && !basis.is_change()
        && let Some(gap) = gap_label(before, previous)
    {
        return (gap, None);
    }
    if names_no_thing(&subject) {
        subject.clear();
    }
    // 总数达到1862家, 完成年度目标的103.8%: the figure is of the subject named before.
    if BARE_SUBJECTS.contains(&subject.as_str())
        || basis == BasisRead::ShareOfTarget && previous.is_some()
    {
        subject = previous.unwrap_or_default().to_owned();
    }
    // 新开工项目52个，总投资316亿元: the investment of what was named before.
    if ["总投资", "投资", "计划总投资"].contains(&subject.as_str())
        && let Some(whose) = previous.filter(|p| !p.contains("投资"))
    {
        subject = format!("{whose}{subject}");
    }
    // 地区生产总值约占全市的38.6%: a share names its part and its whole.
    if basis == BasisRead::Share
        && let Some(share) = share_label(before, previous)
    {
        return (share, None);
    }
    // 建区30周年: the anniversary of what the zone marks (建区, 设立, 封关).
    if class == UnitClass::Duration
        && let Some(event) = ANNIVERSARIES.iter().find(|e| subject.ends_with(**e))
        && after_unit.is_empty()
    {
        subject = format!("{event}周年");
    }
    // 开发区从起步时的6.8平方公里: an area.
    if class == UnitClass::Area && !subject.is_empty() && !subject.ends_with("面积") {
        subject.push_str("面积");
    }
    let after_noun = counted_noun(after_unit.strip_prefix('的').unwrap_or(after_unit));
    let rank_moved = class == UnitClass::Rank && basis.is_change();
    let companies = (class == UnitClass::Count && after_noun.ends_with("企业"))
        .then(|| {
            companies_that(
                after_unit.strip_prefix('的').unwrap_or(after_unit),
                &after_noun,
            )
        })
        .flatten();
    let measured = if let Some(companies) = companies {
        companies
    } else if basis == BasisRead::Rank || rank_moved {
        let of = if subject.is_empty() {
            previous.unwrap_or_default()
        } else {
            subject.as_str()
        };
        // 增速居全市首位 after 地区生产总值…: the rank of the growth, not of the level.
        let rate = ["增速", "增幅"]
            .into_iter()
            .find(|w| before.contains(w) && !of.contains(w))
            .filter(|_| !of.is_empty());
        format!("{of}{}{ranked_in}排名", rate.unwrap_or_default())
    } else if class == UnitClass::Count && !after_noun.is_empty() {
        after_noun
    } else if class == UnitClass::Duration && !subject.is_empty() {
        subject
    } else if !after_noun.is_empty()
        && !basis.is_change()
        && (after_unit.starts_with('的') || subject.chars().count() <= 2)
    {
        // 225平方公里的亦庄新城, 规划8平方公里产业核心集聚区: the noun after the unit is measured.
        after_noun
    } else if !subject.is_empty() {
        subject
    } else {
        previous.unwrap_or_default().to_owned()
    };
    let indicator = catalogue::named_in(&measured);
    // A subject that runs on before the indicator's name (亦庄新城预计全年地区生产总值) is cut to it,
    // unless it names a part of the zone or a group of firms (核心区地区生产总值, 前十大加工贸易
    // 企业进出口额): the dataset then gives it no indicator unless the part is the zone itself.
    let at = indicator.and_then(|ind| ind.written.iter().filter_map(|n| measured.find(n)).min());
    let mut label = match at {
        Some(at) if PARTS_OF_A_ZONE.iter().any(|w| measured[..at].ends_with(w)) => measured,
        Some(at) => measured[at..].to_owned(),
        None => measured,
    };
    if rank_moved {
        label.push_str("变化");
    } else if basis.is_change() {
        label.push_str(if negative { "降幅" } else { "增速" });
        if basis == BasisRead::LikeForLike {
            label.push_str("(同口径)");
        }
    }
    if label.is_empty() {
        label = "未命名数值".to_owned();
    }
    (label, indicator)
}

/// The subject before a number: the window's text without connectives and number verbs.
pub fn subject_of(before: &str) -> String {
    let mut s = before.trim();
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
    if let Some(at) = s.find(['从', '由']).filter(|at| *at > 0) {
        s = &s[..at];
    }
    // The longest word first, one at a time: 年均增长 loses 增长 and then 年均, never 均 alone.
    loop {
        let leading = LEADING
            .iter()
            .filter(|w| s.starts_with(**w))
            .max_by_key(|w| w.len());
        let trailing = TRAILING
            .iter()
            .filter(|w| s.ends_with(**w))
            .max_by_key(|w| w.len());
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
    time || span
        || subject.starts_with("剔除")
        || subject.starts_with('比')
        || subject.starts_with('较')
        || subject.starts_with("增速")
        || subject.starts_with("降幅")
        || ["自然口径", "同期", "逆势", "按可比价格计算"].contains(&subject)
}

/// 增速高于全市1.6个百分点 after 地区生产总值… → 地区生产总值增速与全市之差.
fn gap_label(before: &str, previous: Option<&str>) -> Option<String> {
    let (at, word) = ["高于", "低于", "快于", "慢于"]
        .iter()
        .filter_map(|w| before.rfind(w).map(|at| (at, *w)))
        .max()?;
    let place = before[at + word.len()..].trim_end_matches(['(', ')', '的']);
    let place = place.split(['(', ')']).next().unwrap_or(place);
    if place.is_empty() || place.chars().count() > 16 {
        return None;
    }
    let own = subject_of(&before[..at]);
    let own = own.trim_end_matches("增速").trim_end_matches("增幅");
    let whose = if own.is_empty() || names_no_thing(own) {
        previous?.trim_end_matches("增速")
    } else {
        own
    };
    Some(format!("{whose}增速与{place}之差"))
}

/// What a rank ranks, from the assessment its sentence names with 在…中 (在全国169家国家高新区
/// 综合评价中，我区位列第58位 → 国家高新区综合评价).
pub fn rank_scope(sentence_before: &str) -> Option<String> {
    let end = sentence_before.rfind('中')?;
    let start = sentence_before[..end].rfind('在')? + '在'.len_utf8();
    let mut scope = &sentence_before[start..end];
    if let Some(at) = scope.rfind(|c: char| c.is_ascii_digit()) {
        let rest = &scope[at + 1..];
        scope = rest.strip_prefix(['家', '个', '所']).unwrap_or(rest);
    }
    let scope = scope.trim_start_matches(|c: char| c.is_ascii_digit() || c == '年' || c == '度');
    (2..=24)
        .contains(&scope.chars().count())
        .then(|| scope.to_owned())
}

/// True for a subject that only names the zone (我区, 园区, 开发区): a rank of it is of what
/// it was ranked in.
pub fn names_only_the_zone(subject: &str) -> bool {
    subject.is_empty()
        || [
            "我区",
            "全区",
            "本区",
            "园区",
            "开发区",
            "高新区",
            "新区",
            "综保区",
            "经开区",
        ]
        .contains(&subject)
        || subject.chars().count() <= 6 && subject.ends_with(['区'])
}

/// The companies a count names with what they did (等9家企业营业收入超过十亿元 → 营业收入超过
/// 十亿元的企业; 等11家企业获评省级“守合同重信用”企业 → 省级“守合同重信用”企业).
fn companies_that(after_unit: &str, noun: &str) -> Option<String> {
    let rest = after_unit.strip_prefix(noun)?;
    let end = rest.find([',', ';', '。', ':']).unwrap_or(rest.len());
    let predicate = rest[..end].trim_start_matches(['均', '全', '都']);
    if predicate.chars().count() < 2 || predicate.chars().count() > 24 {
        return None;
    }
    if predicate.ends_with(noun) || predicate.ends_with("企业") {
        let named = ["获评", "被评为", "认定为", "入选为", "成为"]
            .iter()
            .find_map(|v| predicate.strip_prefix(v))
            .unwrap_or(predicate);
        return Some(named.to_owned());
    }
    Some(format!("{predicate}的{noun}"))
}

/// 地区生产总值约占全市的 → 地区生产总值占全市的比重; 占规上工业总产值的 after 三大主导产业产值
/// → 三大主导产业产值占规上工业总产值的比重.
fn share_label(before: &str, previous: Option<&str>) -> Option<String> {
    let (part, whole) = before.rsplit_once('占')?;
    let whole = whole.trim_end_matches("的比重").trim_end_matches('的');
    if whole == "比" {
        let part = subject_of(part);
        let part = if part.is_empty() {
            previous?
        } else {
            part.as_str()
        };
        return Some(format!("{part}占比"));
    }
    if whole.is_empty() || whole.chars().count() > 12 || whole.contains(['、', ',']) {
        return None;
    }
    let part = subject_of(part.trim_end_matches(['约', '合', '计']));
    let part = if part.is_empty() {
        previous?
    } else {
        part.as_str()
    };
    Some(format!("{part}占{whole}的比重"))
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

/// Longest subject kept, in characters, counted back from the number.
const MAX_SUBJECT_CHARS: usize = 20;

/// The noun after a measure word: 16个重点续建项目进展顺利 → 重点续建项目.
fn counted_noun(after: &str) -> String {
    let after = ["以上", "左右", "余", "多"]
        .iter()
        .fold(after, |a, w| a.strip_prefix(w).unwrap_or(a));
    // A noun starts with a Chinese character or a quotation mark, never with punctuation.
    if !after
        .chars()
        .next()
        .is_some_and(|c| c == '“' || ('\u{4e00}'..='\u{9fff}').contains(&c))
    {
        return String::new();
    }
    // 428家增加到2031家: a rise or fall after the unit is what happened to the count, not it.
    if RISE_WORDS
        .iter()
        .chain(FALL_WORDS)
        .any(|w| after.starts_with(w))
    {
        return String::new();
    }
    let quoted = after.starts_with('“');
    if quoted && let Some(end) = after.find('”') {
        return after[..end + '”'.len_utf8()].to_owned();
    }
    // A numeral ends the noun too (国际人才社区一期).
    let mut end = after
        .char_indices()
        .find(|(_, c)| c.is_ascii_digit() || super::numerals::is_chinese_numeral(*c))
        .map_or(after.len(), |(at, _)| at);
    for stop in NOUN_STOPS {
        if let Some(at) = after.find(stop) {
            end = end.min(at);
        }
    }
    after[..end].chars().take(10).collect()
}

/// What held over a streak, from the words after it (位居全国…出口第一 → 全国…出口第一, 超千亿元,
/// 获评全省…优秀区县 → 全省…优秀区县); none when nothing follows.
fn held_over_streak(after: &str) -> Option<String> {
    let held = after
        .split(['、', ',', ';', '，', '；', '。'])
        .next()
        .unwrap_or_default();
    let held = STREAK_VERBS
        .iter()
        .fold(held, |h, v| h.strip_prefix(v).unwrap_or(h));
    let held: String = held.chars().take(24).collect();
    (held.chars().count() >= 2).then_some(held)
}

/// What a rank ranks and where: the words before the verb of ranking, and the scope after
/// it (增幅居全市各开发区首位 → 增幅, 全市开发区; 出口量位居全国第一 → 出口量, 全国); the
/// whole text and no scope when nothing before the verb names a thing or a rate.
fn ranked_thing(before: &str) -> (&str, String) {
    let Some((at, verb)) = RANK_VERBS
        .iter()
        .filter_map(|v| before.rfind(v).map(|at| (at, v)))
        .max_by_key(|(at, v)| (*at + v.len(), v.len()))
    else {
        return (before, String::new());
    };
    let thing = &before[..at];
    let subject = subject_of(thing);
    let names = !subject.is_empty() && !names_no_thing(&subject)
        || ["增速", "增幅"].iter().any(|w| thing.ends_with(w));
    let scope = before[at + verb.len()..]
        .trim_end_matches(['第', '前'])
        .replace('各', "");
    let bare_place = !scope.is_empty()
        && ["全国", "全省", "全市", "全区", "全县", "全球"]
            .iter()
            .any(|p| scope == *p);
    match (names, bare_place) {
        (true, _) => (thing, scope),
        // 连续3年进入全省前十 after 在全省97家工业园区综合评价中位列第8位: the ranking named
        // before, in this place.
        (false, true) => ("", scope),
        (false, false) => (before, String::new()),
    }
}

/// The dashboard topic of a figure, by rule.
pub fn topic(
    clause: &str,
    label: &str,
    basis: BasisRead,
    class: UnitClass,
    indicator: bool,
    planned: bool,
    history: bool,
) -> Topic {
    if planned {
        Topic::Plan
    } else if history {
        Topic::History
    } else if ENVIRONMENT
        .iter()
        .any(|w| label.contains(w) && !clause.is_empty())
    {
        Topic::Environment
    } else if basis.is_change()
        && (indicator || matches!(class, UnitClass::Percent | UnitClass::Points))
    {
        Topic::Growth
    } else {
        Topic::Counts
    }
}

/// Which way is good: less of a pollutant or of accidents, more of output and counts.
pub fn direction(label: &str, basis: BasisRead, topic: Topic) -> DirectionRead {
    if LOWER_IS_BETTER.iter().any(|w| label.contains(w)) {
        DirectionRead::Lower
    } else if matches!(basis, BasisRead::Date | BasisRead::Rank) {
        DirectionRead::Neutral
    } else if topic == Topic::Growth
        || basis.is_change()
        || matches!(basis, BasisRead::Count | BasisRead::Cumulative)
    {
        DirectionRead::Higher
    } else {
        DirectionRead::Neutral
    }
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
    }

    #[test]
    fn labels_name_what_is_counted() {
        let (l, _) = label(
            "全年实现",
            "项目落地,预计",
            UnitClass::Count,
            BasisRead::Count,
            false,
            None,
            None,
        );
        assert_eq!(l, "项目");
        let (l, ind) = label(
            "亦庄新城预计全年地区生产总值同比增长",
            "%(剔除",
            UnitClass::Percent,
            BasisRead::YearOnYear,
            false,
            None,
            None,
        );
        assert_eq!(
            (l.as_str(), ind.map(|i| i.id)),
            ("地区生产总值增速", Some("gdp"))
        );
        let (l, _) = label(
            "同比下降",
            "%",
            UnitClass::Percent,
            BasisRead::YearOnYear,
            true,
            Some("PM2.5累计浓度"),
            None,
        );
        assert_eq!(l, "PM2.5累计浓度降幅");
    }
}
