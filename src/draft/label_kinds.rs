//! Labels of particular kinds of figure: a gap to another place, a share, a rank and its
//! scope, a streak, the companies that did something, the noun counted after a unit.

use super::subject::{names_no_thing, subject_of};
use super::words::{AFTER_A_SHARE, FALL_WORDS, NOUN_STOPS, RANK_VERBS, RISE_WORDS, STREAK_VERBS};

/// 增速高于全市1.6个百分点 after 地区生产总值… → 地区生产总值增速与全市之差.
pub(super) fn gap_label(before: &str, previous: Option<&str>) -> Option<String> {
    let (at, word) = ["高于", "低于", "快于", "慢于"]
        .iter()
        .filter_map(|w| before.rfind(w).map(|at| (at, *w)))
        .max()?;
    let place = before[at + word.len()..].trim_end_matches(['(', ')', '的']);
    let place = place.split(['(', ')']).next().unwrap_or(place);
    // 高于全省平均水平近1个百分点: the hedge is the figure's, not the place's.
    let place = place.trim_end_matches(['约', '近', '超', '逾']);
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

/// 地区生产总值约占全市的 → 地区生产总值占全市的比重; 占规上工业总产值的 after 三大主导产业产值
/// → 三大主导产业产值占规上工业总产值的比重.
pub(super) fn share_label(before: &str, previous: Option<&str>) -> Option<String> {
    let (part, whole) = before.rsplit_once('占')?;
    // 占规模以上工业总产值的比重达到: the verb after the share is no part of the whole.
    // 比重达到约, 比重接近: every verb and hedge after it, the longest first.
    let mut whole = whole;
    while let Some(v) = AFTER_A_SHARE
        .iter()
        .filter(|v| whole.ends_with(**v))
        .max_by_key(|v| v.len())
    {
        whole = &whole[..whole.len() - v.len()];
    }
    let whole = whole.trim_end_matches("比重").trim_end_matches('的');
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

/// A class named by a threshold before the counted noun (产值超50亿元企业达到11家 → 产值超50
/// 亿元企业; 其中超百亿元企业6家 → 超百亿元企业): `clause_before` is the clause up to the count,
/// `noun` what the count was labelled. Words before the measure are kept as written (新增营收超
/// 10亿元企业3家 → 新增营收超10亿元企业).
pub(super) fn threshold_class(clause_before: &str, noun: &str) -> Option<String> {
    if noun.is_empty() || noun.chars().count() > 4 {
        return None;
    }
    let at = clause_before.rfind(noun)?;
    let named = &clause_before[..at];
    let amount = named.strip_suffix("以上").unwrap_or(named);
    let unit = ["亿美元", "亿元", "万元", "元"]
        .into_iter()
        .find(|u| amount.ends_with(u))?;
    let number = amount[..amount.len() - unit.len()].chars().next_back()?;
    if !(number.is_ascii_digit() || super::numerals::is_chinese_numeral(number)) {
        return None;
    }
    let start = [",", ";", ":", "。", "、", "其中", "全区", "共有"]
        .iter()
        .filter_map(|w| named.rfind(w).map(|i| i + w.len()))
        .max()
        .unwrap_or(0);
    let class = format!("{}{noun}", &named[start..]);
    (class.chars().count() <= 20 && named[start..].chars().count() > unit.chars().count())
        .then_some(class)
}

/// The companies a count names with what they did (等9家企业营业收入超过十亿元 → 营业收入超过
/// 十亿元的企业; 等11家企业获评省级“守合同重信用”企业 → 省级“守合同重信用”企业).
pub(super) fn companies_that(after_unit: &str, noun: &str) -> Option<String> {
    let rest = after_unit.strip_prefix(noun)?;
    let end = rest.find([',', ';', '。', ':']).unwrap_or(rest.len());
    // 分别揭榜入选…: the adverbs and the first of two verbs say how, not what.
    let predicate = ["分别", "先后", "相继", "均", "全", "都"]
        .iter()
        .fold(&rest[..end], |p, w| p.strip_prefix(w).unwrap_or(p));
    let predicate = match predicate.strip_prefix("揭榜") {
        Some(rest) if rest.starts_with("入选") => rest,
        _ => predicate,
    };
    // 入选2022年国家智能制造示范工厂: the year names the round, not the companies.
    let predicate = match predicate.char_indices().find(|(_, c)| c.is_ascii_digit()) {
        Some((at, _))
            if predicate[at..]
                .get(4..)
                .is_some_and(|r| r.starts_with('年')) =>
        {
            let year_end = at + 4 + '年'.len_utf8();
            format!("{}{}", &predicate[..at], &predicate[year_end..])
        }
        _ => predicate.to_owned(),
    };
    let predicate = predicate.as_str();
    if predicate.chars().count() < 2 || predicate.chars().count() > 30 {
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

/// A rank's label with who held it, from the words before the streak it follows (青岚重工连续
/// → 青岚重工全国…出口排名); unchanged when those words name no one but the zone.
pub(super) fn with_holder(before_streak: &str, label: String) -> String {
    let who = subject_of(before_streak.trim_end_matches("连续"));
    if who.is_empty()
        || names_no_thing(&who)
        || names_only_the_zone(&who)
        || label.starts_with(&who)
    {
        label
    } else {
        format!("{who}{label}")
    }
}

/// What held over a streak, from the words after it (位居全国…出口第一 → 全国…出口第一, 超千亿元,
/// 获评全省…优秀区县 → 全省…优秀区县); none when nothing follows.
pub(super) fn held_over_streak(after: &str) -> Option<String> {
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
pub(super) fn ranked_thing(before: &str) -> (&str, String) {
    let Some((at, verb)) = RANK_VERBS
        .iter()
        .filter_map(|v| before.rfind(v).map(|at| (at, v)))
        .max_by_key(|(at, v)| (*at + v.len(), v.len()))
    else {
        return (before, String::new());
    };
    // 青岚重工连续12年位居…: the streak is when, the company what is ranked.
    let thing = &before[..at];
    let thing = thing.find("连续").map_or(thing, |streak| &thing[..streak]);
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

/// The noun after a measure word: 16个重点续建项目进展顺利 → 重点续建项目.
pub(super) fn counted_noun(after: &str) -> String {
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
    // 9.2平方公里发展到…, 扩展到…: the start of a history, not a noun.
    let head: String = after.chars().take(4).collect();
    if RISE_WORDS
        .iter()
        .chain(FALL_WORDS)
        .any(|w| after.starts_with(w))
        || head.contains(['到', '至'])
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
        // 3家全国重点实验室: a place opens a noun as well as ending one.
        let opens = matches!(*stop, "全国" | "全市");
        if let Some((at, _)) = after.match_indices(stop).find(|(at, _)| *at > 0 || !opens) {
            end = end.min(at);
        }
    }
    after[..end].chars().take(10).collect()
}

#[cfg(test)]
mod tests {
    use super::{share_label, threshold_class};

    #[test]
    fn a_threshold_before_the_noun_names_the_class_counted() {
        assert_eq!(
            threshold_class("产值超50亿元企业达到", "企业").as_deref(),
            Some("产值超50亿元企业")
        );
        assert_eq!(
            threshold_class("其中超百亿元企业", "企业").as_deref(),
            Some("超百亿元企业")
        );
        assert_eq!(threshold_class("新引进企业", "企业"), None);
    }

    #[test]
    fn a_share_names_its_part_and_its_whole_without_the_verb_after() {
        assert_eq!(
            share_label("高新技术产业产值占规模以上工业总产值的比重达到", None).as_deref(),
            Some("高新技术产业产值占规模以上工业总产值的比重")
        );
        assert_eq!(
            share_label("税收占比达到", None).as_deref(),
            Some("税收占比")
        );
    }
}
