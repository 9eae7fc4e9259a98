//! Names what a number counts or measures: the subject before it, the noun after it, or the
//! rule of its kind (label_kinds).

use super::catalogue;
use super::ir::BasisRead;
use super::label_kinds::{
    companies_that, counted_noun, gap_label, held_over_streak, names_only_the_zone, ranked_thing,
    share_label,
};
use super::subject::{names_no_thing, subject_of};
use super::units::UnitClass;
use super::words::{ANNIVERSARIES, BARE_SUBJECTS, PARTS_OF_A_ZONE, STARTS};
use crate::model::indicators::Indicator;

/// The label of a figure whose text names nothing it measures.
pub(super) const UNNAMED: &str = "未命名数值";

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
            super::words::HELD_BY_WHAT_CAME_BEFORE.contains(&c)
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
    // 总量是2012年的3.1倍: the total, compared with a year.
    if basis != BasisRead::Share {
        subject = super::subject::thing_measured(&subject).to_owned();
    }
    // 总数达到1862家, 完成年度目标的103.8%: the figure is of the subject named before.
    // 重点项目完成投资占年度计划的108.3%: unless the subject names the thing itself.
    // 完成率110.3%: a rate of completion, of the subject named before.
    let target_only = subject.is_empty()
        || subject == "率"
        || ["计划", "目标", "任务", "预算"]
            .iter()
            .any(|w| subject.contains(w));
    if BARE_SUBJECTS.contains(&subject.as_str()) {
        // 新增高新技术企业126家，总数达到650家: the total is of all the firms, not the new.
        let whole = previous.unwrap_or_default();
        let added = super::words::ADDED.iter().find(|w| whole.starts_with(**w));
        subject = added.map_or(whole, |w| &whole[w.len()..]).to_owned();
    } else if basis == BasisRead::ShareOfTarget && previous.is_some() && target_only {
        subject = previous.unwrap_or_default().to_owned();
    }
    // 新开工项目52个，总投资316亿元: the investment of what was named before.
    // 实施重点项目58个，完成投资237亿元: what they completed, named as the key figure it is.
    if ["总投资", "投资", "计划总投资"].contains(&subject.as_str())
        && let Some(whose) = previous.filter(|p| !p.contains("投资"))
    {
        let measure = if before.contains("完成投资") && subject == "投资" {
            "完成投资"
        } else {
            subject.as_str()
        };
        subject = format!("{}{measure}", whose.trim_start_matches("实施"));
    }
    // 地区生产总值约占全市的38.6%: a share names its part and its whole.
    if basis == BasisRead::Share
        && let Some(share) = share_label(before, previous)
    {
        return (share, None);
    }
    // 建区30周年: the anniversary of what the zone marks (建区, 设立, 封关).
    if class == UnitClass::Duration
        && let Some(event) = ANNIVERSARIES
            .iter()
            .find(|e| subject.ends_with(**e) || before.ends_with(**e))
        && after_unit.is_empty()
    {
        subject = format!("{event}周年");
    }
    // 从起步时的9.2平方公里: the start is the figure's time, not part of what it measures.
    for start in STARTS {
        subject = subject.replace(start, "");
    }
    // 开发区从起步时的6.8平方公里: an area.
    if class == UnitClass::Area && !subject.ends_with("面积") {
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
        // 等36个项目开工: the projects that reached the status named after them.
        // 2项以上创新制度在全国复制推广: the noun may stand after 以上 or 余.
        let rest = after_unit
            .find(after_noun.as_str())
            .map_or("", |at| &after_unit[at + after_noun.len()..]);
        match super::words::STATUS_WORDS
            .iter()
            .find(|w| rest.starts_with(**w))
        {
            Some(status) if after_noun.ends_with("项目") || after_noun.ends_with("企业") => {
                format!("{status}{after_noun}")
            }
            _ => {
                // 国家药监局六大中心: the body whose they are, named right before the number.
                let noun = match super::befell::owning_body(&subject) {
                    Some(body) => format!("{body}{after_noun}"),
                    None => after_noun,
                };
                super::befell::label_by_what_befell(&noun, rest).unwrap_or(noun)
            }
        }
    } else if class == UnitClass::Duration && !subject.is_empty() {
        // 建区三十年的实践: the years since the event, not the event.
        match ANNIVERSARIES.iter().find(|e| subject.ends_with(**e)) {
            Some(event) => format!("{event}年数"),
            None => subject,
        }
    } else if !after_noun.is_empty()
        && !basis.is_change()
        // 规划8平方公里产业核心集聚区: a short subject (规划) is no name; 规划面积2.83平方公里 is.
        && (after_unit.starts_with('的')
            || subject.trim_end_matches("面积").chars().count() <= 2 && !before.ends_with("面积"))
    {
        // 225平方公里的亦庄新城, 规划8平方公里产业核心集聚区: the noun after the unit is measured,
        // and an area is its area.
        match class {
            UnitClass::Area if !after_noun.ends_with("面积") => format!("{after_noun}面积"),
            _ => after_noun,
        }
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
        // 新增高新技术企业126家: the firms added, not the firms there are.
        Some(at)
            if PARTS_OF_A_ZONE
                .iter()
                .chain(super::words::ADDED)
                .any(|w| measured[..at].ends_with(w)) =>
        {
            measured
        }
        Some(at) => measured[at..].to_owned(),
        None => measured,
    };
    if rank_moved {
        label.push_str("变化");
    } else if basis.is_change() {
        // 比上年同期增加8家: a change in a count is a number of things more or fewer.
        label.push_str(match (class, negative) {
            (UnitClass::Count, _) => "增量",
            (_, true) => "降幅",
            (_, false) => "增速",
        });
        if basis == BasisRead::LikeForLike {
            label.push_str("(同口径)");
        }
    }
    // 年度完成投资不低于300亿元: the hedge is the figure's, not part of its name.
    while let Some(hedge) = [
        "不低于",
        "不少于",
        "不超过",
        "超过",
        "突破",
        "达到",
        "约",
        "近",
        "逾",
    ]
    .into_iter()
    .find(|h| label.ends_with(h))
    {
        label.truncate(label.len() - hedge.len());
    }
    if label.is_empty() {
        label = UNNAMED.to_owned();
    }
    (label, indicator)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        // The projects that landed: the status after them names which.
        assert_eq!(l, "落地项目");
        let (l, _) = label(
            "全年实现",
            "项目,预计",
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
