//! Reads what surrounds a number: its hedges, basis and sign.

use std::ops::Range;

use super::doc::Doc;
use super::ir::{BasisRead, Hedge};
use super::units::{UnitClass, UnitRead};
use super::words::{AVERAGED, FALL_WORDS, RANK_VERBS, RISE_WORDS, TOP_N_NOT, TOP_N_VERBS};

/// What the words just before a number and around it say.
#[derive(Debug, Clone, PartialEq)]
pub struct Surroundings {
    pub hedges: Vec<Hedge>,
    pub basis: BasisRead,
    pub negative: bool,
}

/// 进入全省前十, 跻身全国前20位: a place within the first N of a ranking, a rank of at most N.
/// 前三季度, 前十大企业 and 前10个月 are a period and a group, not a rank.
pub fn is_top_n(doc: &Doc, clause: Range<usize>, span: Range<usize>) -> bool {
    if !doc.has_before(span.start, "前") || TOP_N_NOT.iter().any(|w| doc.has_at(span.end, w)) {
        return false;
    }
    let before = doc.folded(clause.start..span.start - 1);
    // A verb of one character (居, 列) only right before the place (居全省前五): 居民, 家居 and
    // 系列 hold it too.
    TOP_N_VERBS.iter().chain(RANK_VERBS).any(|v| {
        if v.chars().count() > 1 {
            before.contains(v)
        } else {
            before.rfind(v).is_some_and(|at| {
                let after = &before[at + v.len()..];
                after.starts_with('全') || after.is_empty()
            })
        }
    })
}

/// Reads the hedges and basis of the number at `span` (unit `unit`), given `window`, the
/// clause text from the previous number (or the clause start) up to this one.
pub fn surroundings(
    doc: &Doc,
    span: Range<usize>,
    unit: &UnitRead,
    window: &str,
    clause: Range<usize>,
    round: bool,
) -> Surroundings {
    let mut hedges = Vec::new();
    let before = |w: &str| doc.has_before(span.start, w);
    for w in [
        "超过", "突破", "超", "逾", "多达", "迈上", "站上", "跨上", "跨越", "跨过", "迈过",
    ] {
        if before(w) {
            hedges.push(Hedge::MoreThan(w));
            break;
        }
    }
    if let Some(w) = unit.more_than {
        hedges.push(Hedge::MoreThan(w));
    } else if unit.written == "倍" && doc.has_at(span.end + unit.len, "多")
        || unit.written.contains('多')
    {
        // 增长了8倍多, 9个多百分点: 多 after the multiple or inside the points.
        hedges.push(Hedge::MoreThan("多"));
    }
    for w in ["不少于", "不低于", "至少"] {
        if before(w) {
            hedges.push(Hedge::AtLeast(w));
        }
    }
    let unit_end = span.end + unit.len;
    if doc.has_at(unit_end, "以上") {
        hedges.push(Hedge::AtLeast("以上"));
    }
    for w in ["不足", "不到", "少于"] {
        // 不少于 is "at least", read above.
        if before(w) && !before("不少于") {
            hedges.push(Hedge::LessThan(w));
            break;
        }
    }
    for w in ["不超过", "至多"] {
        if before(w) {
            hedges.push(Hedge::AtMost(w));
            break;
        }
    }
    if doc.has_at(unit_end, "以内") {
        hedges.push(Hedge::AtMost("以内"));
    }
    let top = is_top_n(doc, clause.clone(), span.clone());
    if top {
        hedges.push(Hedge::AtMost("前"));
    }
    for w in ["大约", "约", "近", "将近", "接近"] {
        if before(w) {
            hedges.push(Hedge::Approximate(w));
            break;
        }
    }
    // 约占全市的51.3%: 约 before the verb hedges the share after it.
    let verb_after_about = ["约占", "约为", "约有", "约达"].iter().any(|verb| {
        window
            .rsplit_once(verb)
            .is_some_and(|(_, rest)| !rest.chars().any(|c| c.is_ascii_digit()))
    });
    if verb_after_about && !hedges.iter().any(|h| matches!(h, Hedge::Approximate(_))) {
        hedges.push(Hedge::Approximate("约"));
    }
    // 6%左右, 六成上下: the model's two markers of an estimate after the number.
    // 上下游, 上下级, 上下联动 name things, not an estimate.
    if let Some(word) = ["左右", "上下"].into_iter().find(|w| {
        doc.has_at(unit_end, w)
            && !doc
                .chars
                .get(unit_end + 2)
                .is_some_and(|c| "游级联".contains(*c))
    }) {
        hedges.push(Hedge::Approximate(word));
    }
    // A round figure with a bound (超千亿元) is that bound, not an estimate.
    if round && hedges.is_empty() {
        hedges.push(Hedge::Approximate("round figure"));
    }
    let clause_text = doc.folded(clause.clone());
    let rate_unit = matches!(
        unit.class,
        UnitClass::Percent | UnitClass::Points | UnitClass::Multiple
    );
    if rate_unit && clause_text.contains("可比价") {
        hedges.push(Hedge::ComparablePrices);
    }
    if let Some(what) = excluded(&clause_text) {
        hedges.push(Hedge::Excluding(what));
    }
    let rate = matches!(
        unit.class,
        UnitClass::Percent | UnitClass::Points | UnitClass::Multiple | UnitClass::Tenths
    );
    let tail = super::doc::last_chars(window, 8);
    // 工业增加值 names a quantity, not a rise.
    let tail = tail.replace("增加值", "");
    let negative = FALL_WORDS.iter().any(|w| tail.contains(w));
    let rising = RISE_WORDS.iter().any(|w| tail.contains(w));
    // 提高到42.3%, 降至3%: the level reached, not the change.
    let reached = tail.ends_with('到') || tail.ends_with('至');
    // 增幅达到9.4%, 降幅为3%: the size of a change is still a change.
    let named_change = ["增幅", "增速", "降幅"].iter().any(|w| {
        ["达到", "达", "为"]
            .iter()
            .any(|v| tail.ends_with(&format!("{w}{v}")))
    });
    let (negative, rising) = (
        negative && !reached || named_change && tail.contains("降幅"),
        rising && !reached || named_change && !tail.contains("降幅"),
    );
    // 高于全市1.6个百分点: a gap to another place's rate, not a change over time.
    let gap = unit.class == UnitClass::Points
        && ["高于", "低于", "快于", "慢于"]
            .iter()
            .any(|w| tail.contains(w))
        && !["比上年", "较上年", "同比"]
            .iter()
            .any(|w| tail.contains(w))
        || unit.class == UnitClass::Points && against_earlier_part(window);
    // 比上年前移6位: a rank's change.
    let rank_moved = unit.written == "位"
        && ["前移", "后移", "提升", "上升", "前进", "下降", "后退"]
            .iter()
            .any(|w| tail.ends_with(w));
    let basis = if rank_moved {
        BasisRead::YearOnYear
    } else if (window.ends_with('第') || doc.has_before(span.start, "第"))
        && unit.class != UnitClass::Duration
        || doc.has_at(span.start, "首位")
        || top
    {
        BasisRead::Rank
    } else if doc.has_before(span.start, "连续") {
        BasisRead::Streak
    } else if gap {
        BasisRead::Level
    } else if unit.written == "番" {
        // 翻一番: a doubling over the years it takes.
        BasisRead::Cumulative
    } else if against_last_year(window)
        && (unit.class == UnitClass::Count && (negative || rising)
            || unit.class == UnitClass::Multiple)
    {
        // 比上年同期增加8家, 是上年的2.3倍: a change on the year before, in the figure's unit.
        BasisRead::YearOnYear
    } else if rate && ["贡献率", "贡献度"].iter().any(|w| tail.contains(w)) {
        // 对全区工业增长的贡献率超过六成: the share of a growth a part gave, not a growth.
        BasisRead::Share
    } else if rate && (negative || rising) {
        if window.contains("同口径") {
            BasisRead::LikeForLike
        } else if window.contains("月均环比") {
            BasisRead::MonthOnMonthAverage
        } else if window.contains("环比") {
            BasisRead::MonthOnMonth
        } else if window.contains("年均") || window.contains("年平均") {
            BasisRead::AverageAnnual
        } else {
            BasisRead::YearOnYear
        }
    } else if unit.class == UnitClass::Percent
        && [
            "完成率",
            "完成目标",
            "完成年度目标",
            "完成计划",
            "目标任务的",
            "目标的",
            "计划的",
            "预算的",
            "任务的",
        ]
        .iter()
        .any(|w| window.contains(w))
    {
        BasisRead::ShareOfTarget
    } else if window.contains("累计") && !AVERAGED.iter().any(|w| window.contains(w)) {
        BasisRead::Cumulative
    } else if matches!(unit.class, UnitClass::Percent | UnitClass::Tenths) {
        // A percentage that is no change and no part of a target is a share: 占比, a rate
        // (优良天数比例), an intensity (R&D经费投入强度).
        BasisRead::Share
    } else if unit.class == UnitClass::Count
        // 优良天数268天: a number of days counted.
        || unit.class == UnitClass::Duration && window.contains("天数")
    {
        BasisRead::Count
    } else {
        BasisRead::Level
    };
    Surroundings {
        hedges,
        basis,
        negative: negative && basis.is_change(),
    }
}

/// True when the words right before a number compare with the year before (比上年同期增加,
/// 较上年减少, 是上年的).
fn against_last_year(window: &str) -> bool {
    let tail = super::doc::last_chars(window, 10);
    [
        "比上年",
        "较上年",
        "是上年",
        "为上年",
        "比去年",
        "较去年",
        "同比",
    ]
    .iter()
    .any(|w| tail.contains(w))
}

/// True when a gap in points is taken against an earlier part of the same year (增速比一季度
/// 回落0.5个百分点, 降幅较上半年收窄1.6个百分点): a gap between two rates, not a change on the
/// year before.
pub(super) fn against_earlier_part(window: &str) -> bool {
    let tail = super::doc::last_chars(window, 16);
    ["比", "较"].iter().any(|mark| {
        tail.match_indices(mark).any(|(at, _)| {
            let rest = &tail[at + mark.len()..];
            super::year_parts::part_of_year(rest).is_some_and(|part| rest.starts_with(&part))
                || rest.starts_with("上月")
        })
    })
}

/// What a 剔除…因素 clause leaves out, as written after the marker (剔除疫苗因素 → 疫苗因素).
pub(super) fn excluded(clause: &str) -> Option<String> {
    let from = clause.find("剔除")? + "剔除".len();
    let rest = &clause[from..];
    let (to, word) = ["因素", "影响"]
        .iter()
        .filter_map(|w| rest.find(w).map(|at| (at, *w)))
        .min()?;
    let what = &rest[..to + word.len()];
    (to > 0 && what.chars().count() <= 14).then(|| what.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_is_excluded() {
        assert_eq!(
            excluded("同比增长8%(剔除疫苗因素)").as_deref(),
            Some("疫苗因素")
        );
        assert_eq!(excluded("剔除价格因素影响"), Some("价格因素".into()));
        assert_eq!(excluded("同比增长8%"), None);
    }
}
