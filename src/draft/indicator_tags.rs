//! Which catalogue indicator a figure is tagged with: only one of the report's or the plan's own
//! period, of the zone itself and not a part of it, and not a threshold crossed.

use super::doc::Doc;
use super::ir::{BasisRead, Hedge, Quantity, Reading};
use super::words::{ADDED, PARTS_OF_A_ZONE};
use crate::model::Basis;

/// The catalogue indicator `q` names, when its unit and basis fit the entry. A level or total
/// stated as a bound (突破四千亿元, 超过90亿元) is a threshold crossed, not the indicator's value
/// for the period, so it names none; a target's bound (力争突破400亿元, 增长10%以上) is still the
/// target. A figure
/// whose sentence names another year than its own names none either.
pub(super) fn accepted_indicator(
    doc: &Doc,
    reading: &Reading,
    q: &Quantity,
    basis: Basis,
) -> Option<&'static crate::model::indicators::Indicator> {
    // 从1993年的1.2亿元: a figure of another year than the report's or its plan's is history
    // (an average over years is of its range; a target of a later year, 到2025年, is still the
    // indicator's target).
    if let Some((_, Some(year))) = &q.period
        && q.range.is_none()
        && Some(*year) != reading.year
        && Some(*year) != reading.plan_year
        && !(q.planned && reading.plan_year.is_some_and(|plan| *year > plan))
    {
        return None;
    }
    // 从建区之初的1.8亿元: a time the text names without a year is not the report's; nor is the
    // start of a history that names none (R&D经费投入强度由2.1%提高到3.2%).
    let history_start = reading
        .pairs
        .iter()
        .any(|(then, _)| std::ptr::eq(&reading.quantities[*then], q));
    if matches!(&q.period, Some((_, None))) || history_start {
        return None;
    }
    // 核心区地区生产总值: a part's figure; 綦浦综保区进出口总额 in 綦浦综合保税区's own report is
    // the zone's.
    if let Some(ind) = q.indicator.and_then(crate::model::indicators::lookup)
        && let Some(at) = ind.written.iter().filter_map(|n| q.label.find(n)).min()
        && let Some(part) = PARTS_OF_A_ZONE
            .iter()
            .find(|w| q.label[..at].ends_with(**w))
        && !is_the_zone(part, reading.zone.as_deref())
    {
        return None;
    }
    // 新增高新技术企业47家: the firms added are not the firms there are.
    let before = doc.folded(q.quote.start..q.span.start);
    if basis == Basis::Count && ADDED.iter().any(|w| before.contains(w)) {
        return None;
    }
    let bound = q
        .hedges
        .iter()
        .any(|h| matches!(h, Hedge::MoreThan(_) | Hedge::AtLeast(_)));
    if bound && !q.planned && !basis.is_change() {
        return None;
    }
    // 五年累计完成固定资产投资1.06万亿元: a total over years is not one year's figure.
    // 新区设立以来累计…: nor is a total since an event.
    if basis == Basis::Cumulative && (q.range.is_some() || before.contains("以来")) {
        return None;
    }
    // 比2020年增长25%, 2019年…为280亿元: not surely the indicator for the figure's period.
    if q.other_year {
        return None;
    }
    q.indicator
        .and_then(crate::model::indicators::lookup)
        .and_then(|ind| {
            if q.basis.is_change() {
                ind.change()
            } else {
                Some(ind)
            }
        })
        .filter(|ind| ind.accepts_unit(&q.unit) && ind.bases.contains(&basis))
}

/// True when `part` (综保区, 高新区) is how the text names the zone itself.
fn is_the_zone(part: &str, zone: Option<&str>) -> bool {
    let Some(zone) = zone else { return false };
    zone.ends_with(part) || zone.ends_with(super::title::full_kind(part))
}

pub(super) fn basis_of(q: &Quantity) -> Basis {
    match q.basis {
        BasisRead::YearOnYear => Basis::YearOnYear,
        BasisRead::AverageAnnual => Basis::AverageAnnual,
        BasisRead::LikeForLike => Basis::LikeForLike,
        BasisRead::MonthOnMonthAverage => Basis::MonthOnMonthAverage,
        BasisRead::MonthOnMonth => Basis::MonthOnMonth,
        BasisRead::Cumulative => Basis::Cumulative,
        BasisRead::Share if (0.0..=100.0).contains(&q.value) => Basis::Share,
        BasisRead::Rank => Basis::Rank,
        BasisRead::Date => Basis::Date,
        BasisRead::Streak => Basis::Streak,
        BasisRead::ShareOfTarget => Basis::ShareOfTarget,
        BasisRead::Count => Basis::Count,
        BasisRead::Share | BasisRead::Level => Basis::Level,
    }
}
