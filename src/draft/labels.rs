//! Names what a number counts or measures: the subject before it, the noun after it, or the
//! rule of its kind (label_kinds).

use super::catalogue;
use super::ir::BasisRead;
use super::label_kinds::{
    companies_that, counted_noun, gap_label, glossed_name, held_over_streak, names_only_the_zone,
    ranked_thing, share_label,
};
use super::units::UnitClass;
use super::words::{ANNIVERSARIES, BARE_SUBJECTS, INNER_VERBS, LEADING, PARTS_OF_A_ZONE, TRAILING};
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

/// Longest subject kept, in characters, counted back from the number.
const MAX_SUBJECT_CHARS: usize = 20;

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
