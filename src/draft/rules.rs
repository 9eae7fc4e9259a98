//! The rules of reading one numeral, each named: whether it is a figure and in what unit,
//! and when it is of (its period, the years it runs over, whether another year puts it in
//! doubt). `reading` applies them clause by clause.

use std::ops::Range;

use super::clauses::Sentence;
use super::doc::Doc;
use super::ir::{BasisRead, SectionRead, SkipReason};
use super::numerals::Numeral;
use super::periods::{history_years, names_another_year, period, year_range};
use super::skip::skip_reason;
use super::units::{UnitClass, UnitRead};
use super::words::{ADDED, ZERO_NOUNS};
use super::year_parts::opening_part;

/// Where a numeral is read: its text, line, sentence and section, and the report's years.
pub(super) struct Ctx<'a, 'd> {
    pub(super) doc: &'a Doc<'d>,
    pub(super) line: Range<usize>,
    pub(super) sentence: &'a Sentence,
    pub(super) sections: &'a [SectionRead],
    /// The section of the clause being read: run-in headings (一是…) open sections mid-line.
    pub(super) section: Option<usize>,
    pub(super) planned: bool,
    pub(super) year: Option<i32>,
    pub(super) plan_year: Option<i32>,
    /// The year the report was given in, its 今年, when the text says.
    pub(super) delivered: Option<i32>,
}

/// The unit `n` is read in, with whether it is a year that dates a history (从2008年的…);
/// the reason it is no figure otherwise.
pub(super) fn taken_unit(
    ctx: &Ctx,
    clause: Range<usize>,
    n: &Numeral,
    unit: Option<UnitRead>,
) -> Result<(UnitRead, bool), SkipReason> {
    let doc = ctx.doc;
    let history_then = is_then(doc, clause.clone(), n.span.start);
    match (skip_reason(doc, ctx.line.clone(), n, unit.as_ref()), unit) {
        (Some(SkipReason::Period), _)
            if history_then && !year_of_later_figure(doc, clause.clone(), n) =>
        {
            Ok((year_unit(), true))
        }
        // 无劣V类水体, 未发生重大安全事故: a stated none.
        (Some(SkipReason::Article), _)
            if n.value == 0.0 && ZERO_NOUNS.iter().any(|w| doc.has_at(n.span.end, w)) =>
        {
            Ok((counter(), false))
        }
        (Some(SkipReason::Period), _) if !is_own_period(n.value, ctx) => Err(SkipReason::Date),
        // 进入全省前十: a rank written with no measure word.
        (Some(SkipReason::NoUnit), None)
            if super::hedges::is_top_n(doc, clause.clone(), n.span.clone()) =>
        {
            Ok((rank_unit(doc, n.span.end), false))
        }
        (Some(reason), _) => Err(reason),
        (None, Some(unit)) => Ok((unit, false)),
        (None, None)
            if doc.has_before(n.span.start, "第")
                || super::hedges::is_top_n(doc, clause.clone(), n.span.clone()) =>
        {
            Ok((rank_unit(doc, n.span.end), false))
        }
        (None, None) => Err(SkipReason::NoUnit),
    }
}

/// The year of 到2025年 in a target's sentence, when it is after the plan's year.
fn later_target_year(sentence_before: &str, plan: i32) -> Option<i32> {
    // The last 到 that a year follows (到2025年，…力争达到1700亿元: not the 到 of 达到).
    let year = sentence_before
        .match_indices('到')
        .rev()
        .find_map(|(at, _)| {
            let after = &sentence_before[at + '到'.len_utf8()..];
            let digits: String = after.chars().take(5).collect();
            super::periods::year_in(&digits)
        })?;
    (year > plan && year <= plan + 15).then_some(year)
}

/// When a figure is of.
pub(super) struct When {
    /// The period the text gives, with its year.
    pub period: Option<(String, Option<i32>)>,
    /// First and last year of an average over years or a streak.
    pub range: Option<(i32, i32)>,
    /// Another year in its clause puts its period in doubt.
    pub other_year: bool,
}

/// When `n`, read on `basis` in the `k`-th clause, is of: a target is of the plan's year, a
/// figure of the year its sentence gives (or the report's); an average over years runs over
/// the years the sentence names (2019—2023年, “十三五”期间); a streak (连续8年) ends in the
/// figure's year, and what held over it later in the clause (`streak`: 位居第二, 超千亿元)
/// holds over the same years.
pub(super) fn when(
    ctx: &Ctx,
    k: usize,
    clause: Range<usize>,
    n: &Numeral,
    basis: BasisRead,
    sentence_before: &str,
    streak: Option<(i32, i32)>,
) -> When {
    let doc = ctx.doc;
    // 力争到2025年…: a target of a later year than the plan's.
    let target_year = ctx
        .plan_year
        .and_then(|plan| later_target_year(sentence_before, plan));
    let period = if let Some(y) = target_year.filter(|_| ctx.planned) {
        Some((format!("{y}年"), Some(y)))
    } else if ctx.planned {
        ctx.plan_year.map(|y| (format!("{y}年"), Some(y)))
    } else {
        period(sentence_before, ctx.year, ctx.plan_year)
            .or_else(|| history_start(doc, clause.clone(), n))
            .or_else(|| {
                // 1—9月，全区工业总产值…。其中规模以上…: a paragraph that opens with a part of the
                // year is about that part.
                let part = opening_part(&doc.folded(ctx.line.start..ctx.sentence.range.start))?;
                let year = ctx.year?;
                Some((format!("{year}年{part}"), Some(year)))
            })
    };
    // 今年是建区25周年 in a report given in 2018 on 2017: the year it was given in; 今年…，
    // 从起步时的…发展到现在的358平方公里 (or 如今, 目前): "now" is the year reviewed.
    let period = match period {
        Some((zh, _)) if zh == "今年" && !ctx.planned => {
            let after = sentence_before.rsplit("今年").next().unwrap_or_default();
            match super::words::NOW.iter().find(|w| after.contains(**w)) {
                Some(now) => Some(((*now).to_owned(), ctx.year)),
                None => Some((zh, ctx.delivered.or(ctx.year))),
            }
        }
        other => other,
    };
    let period_year = period.as_ref().and_then(|(_, y)| *y).or(if ctx.planned {
        ctx.plan_year
    } else {
        ctx.year
    });
    let range = match basis {
        // 累计 over “十三五” or 五年 runs over those years too.
        // 从2015年的263亿元增长到2020年的612.4亿元，年均增长18.4%: the growth of 2016 to
        // 2020; a total 累计 since 2013 includes 2013.
        BasisRead::AverageAnnual => year_range(sentence_before, period_year).or_else(|| {
            history_years(sentence_before, period_year).map(|(from, to)| (from + 1, to))
        }),
        BasisRead::Cumulative => year_range(sentence_before, period_year)
            .or_else(|| history_years(sentence_before, period_year)),
        // 五年新增各类市场主体21万多户, “十三五”期间新增…: things added over those years.
        BasisRead::Count if ADDED.iter().any(|w| sentence_before.contains(w)) => {
            year_range(sentence_before, period_year)
        }
        // 连续8年 runs over eight years; 连续四次成功发射 over no years the text gives.
        BasisRead::Streak => period_year
            .filter(|_| (1.0..=100.0).contains(&n.value) && doc.has_at(n.span.end, "年"))
            .map(|y| (y - n.value as i32 + 1, y)),
        _ => streak,
    };
    // Another year in this clause, or in a clause that only dates the sentence (2019年，…),
    // puts the period in doubt; one in an earlier figure's clause (总量是2012年的3.1倍；一般
    // 公共预算收入27.9亿元) does not.
    let opening = &ctx.sentence.clauses[0];
    let dated_opening = k > 0 && opening.len() <= 12;
    let from = clause
        .start
        .max(n.span.start.saturating_sub(super::clauses::MAX_CLAUSE));
    let own = doc.folded(from..n.span.start);
    let own = history_now_part(&own);
    let other_year = range.is_none()
        && (names_another_year(own, period_year)
            || dated_opening && names_another_year(&doc.folded(opening.clone()), period_year));
    When {
        period,
        range,
        other_year,
    }
}

/// The part of the text before a number that dates the number itself: after the 到 of a
/// history (从2015年的1386亿元增长到2315.6亿元), the year named belongs to "then", not "now".
fn history_now_part(before: &str) -> &str {
    match before.rfind('到') {
        Some(at)
            if super::subject::history_marks(&before[..at])
                .next()
                .is_some() =>
        {
            &before[at..]
        }
        _ => before,
    }
}

/// The start of a history whose time the text does not give (从地区生产总值1亿元到突破2800亿元,
/// 研发投入强度从3.2%提高到3.5%): no year, rather than the report's.
fn history_start(doc: &Doc, clause: Range<usize>, n: &Numeral) -> Option<(String, Option<i32>)> {
    let later = doc.folded(n.span.end..clause.end);
    (is_then(doc, clause, n.span.start) && later.contains('到'))
        .then(|| (HISTORY_START.to_owned(), None))
}

/// How a history's start with no year is dated.
const HISTORY_START: &str = "起点(年份未载明)";

/// True when the number at `at` follows a 从 of its clause, with no 到 between them.
pub(super) fn is_then(doc: &Doc, clause: Range<usize>, at: usize) -> bool {
    let text = doc.folded(clause.start..at);
    match (
        super::subject::history_marks(&text).next_back(),
        text.rfind('到'),
    ) {
        (Some(from), Some(to)) => from > to,
        (Some(_), None) => true,
        _ => false,
    }
}

/// True when the year at `n` dates another number of its clause before 到 (从2008年的42亿元).
fn year_of_later_figure(doc: &Doc, clause: Range<usize>, n: &Numeral) -> bool {
    let rest = doc.folded(n.span.end..clause.end);
    let upto = rest.find('到').unwrap_or(rest.len());
    rest[..upto].chars().any(|c| c.is_ascii_digit())
}

/// True for the report's own year or its plan's.
fn is_own_period(value: f64, ctx: &Ctx) -> bool {
    let year = value as i32;
    Some(year) == ctx.year || Some(year) == ctx.plan_year
}

fn year_unit() -> UnitRead {
    UnitRead {
        written: "年".into(),
        class: UnitClass::Duration,
        len: 1,
        more_than: None,
    }
}

/// A rank's unit: 名 or 位 when written after it, else 位 understood.
fn rank_unit(doc: &Doc, at: usize) -> UnitRead {
    let written = doc.chars.get(at).filter(|c| matches!(c, '名' | '位'));
    UnitRead {
        // 全国第一 writes no measure word: a rank is counted in 位.
        written: written.map_or("位".into(), |c| c.to_string()),
        class: UnitClass::Rank,
        len: usize::from(written.is_some()),
        more_than: None,
    }
}

fn counter() -> UnitRead {
    UnitRead {
        written: "个".into(),
        class: UnitClass::Count,
        len: 0,
        more_than: None,
    }
}

/// The words a rank's label is read from when its sentence names where it comes from: the
/// assessment (在2022年度全国229家国家级经开区综合发展水平考核评价中，开发区位列第41位), or
/// the figure given before it and the pool (增长6.8%，…，在全市12个县（市、区）中排名第2位 →
/// the growth's rank in the city's counties). None when the rank's own clause names what is
/// ranked (澜舟动力…位居全国…第一).
pub(super) fn rank_scope(
    ctx: &Ctx,
    n: &Numeral,
    basis: BasisRead,
    class: super::units::UnitClass,
    earlier_change: Option<&str>,
) -> Option<String> {
    use super::rank_scope::RankScope;
    if basis != BasisRead::Rank && class != super::units::UnitClass::Rank {
        return None;
    }
    let doc = ctx.doc;
    let clause_start = ctx
        .sentence
        .clauses
        .iter()
        .find(|c| c.contains(&n.span.start))
        .map_or(n.span.start, |c| c.start);
    // 我区在全国118个参评综合保税区中位列第31位: what is ranked stands before the pool's 在;
    // 增速在全省7个省级新区中: a rate alone names the figure before.
    let own = doc.folded(clause_start..n.span.start);
    let own = match own.find('在') {
        Some(at) if own[at..].contains('中') => &own[..at],
        _ => own.as_str(),
    };
    let own = own.trim_end_matches("增速").trim_end_matches("增幅");
    if !super::label_kinds::names_only_the_zone(&super::subject::subject_of(own)) {
        return None;
    }
    let from = ctx
        .sentence
        .range
        .start
        .max(n.span.start.saturating_sub(super::clauses::MAX_CLAUSE));
    match super::rank_scope::rank_scope(&doc.folded(from..n.span.start))? {
        RankScope::Assessment(name) => Some(name),
        RankScope::Pool(pool) => earlier_change.map(|of| format!("{of}位居{pool}")),
    }
}

/// True when `range` leaves a bracket open: what follows is inside it.
pub(super) fn in_brackets(doc: &Doc, range: Range<usize>) -> bool {
    let text = &doc.chars[range];
    text.iter().filter(|c| **c == '(').count() > text.iter().filter(|c| **c == ')').count()
}

#[cfg(test)]
mod tests {
    use super::later_target_year;

    #[test]
    fn a_target_year_is_the_year_after_its_to_not_the_to_of_reach() {
        assert_eq!(
            later_target_year("到2025年,地区生产总值力争达到", 2021),
            Some(2025)
        );
        assert_eq!(later_target_year("全年地区生产总值力争达到", 2021), None);
        assert_eq!(
            later_target_year("到2050年", 2021),
            None,
            "too far to be a plan"
        );
    }
}
