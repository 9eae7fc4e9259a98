//! Numbers that name a class, a group or a stretch of time rather than a figure: 10亿元以上项目,
//! 37个项目中, 五年来, 三大主导产业.

use super::doc::Doc;
use super::ir::SkipReason;
use super::numerals::Numeral;
use super::units::{UnitClass, UnitRead};

/// A stretch of time in passing, or the size of the group the next figures are counted in.
pub(super) fn span_or_group(
    doc: &Doc,
    line: std::ops::Range<usize>,
    n: &Numeral,
    unit: Option<&UnitRead>,
) -> Option<SkipReason> {
    let (start, end) = (n.span.start, n.span.end);
    // 五年来, 转段后的3年里, 转段后经3年: a stretch of time the sentence passes through.
    if let Some(u) = unit.filter(|u| u.written == "年") {
        let unit_end = end + u.len;
        let passing = doc
            .chars
            .get(unit_end)
            .is_some_and(|c| "里间来".contains(*c))
            || doc.has_before(start, "后经")
            || doc.has_before(start, "后的") && doc.has_at(unit_end, "里");
        if passing {
            return Some(SkipReason::Span);
        }
    }
    // 37个项目中，竣工项目13个: the group the next figures are counted in, opening its clause.
    if let Some(u) = unit.filter(|u| u.class == UnitClass::Count) {
        let noun_end = (end + u.len..line.end)
            .take(10)
            .find(|i| !('\u{4e00}'..='\u{9fff}').contains(&doc.chars[*i]));
        let opens =
            start == line.start || doc.has_before(start, ",") || doc.has_before(start, "。");
        if let Some(at) = noun_end
            && opens
            && at > end + u.len + 1
            && doc.chars[at - 1] == '中'
            && doc.chars[at] == ','
        {
            return Some(SkipReason::Group);
        }
    }
    None
}

/// An amount that bounds a class of projects or firms (10亿元以上项目, 产值超10亿元企业).
pub(super) fn threshold(doc: &Doc, n: &Numeral, unit: Option<&UnitRead>) -> Option<SkipReason> {
    let (start, end) = (n.span.start, n.span.end);
    if let Some(u) = unit
        && !matches!(
            u.class,
            UnitClass::Count | UnitClass::Percent | UnitClass::Rank
        )
        && (doc.has_at(end + u.len, "以上") || doc.has_at(end + u.len, "以下"))
        && doc
            .chars
            .get(end + u.len + 2)
            .is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(c) && !"的和与及等".contains(*c))
    {
        return Some(SkipReason::Threshold);
    }
    // 产值超10亿元企业18家, 营业收入超过十亿元的企业: a bound that names a class of firms.
    if let Some(u) = unit
        && u.class == UnitClass::Money
        && ["超", "超过", "逾", "过"]
            .iter()
            .any(|w| doc.has_before(start, w))
        && ["企业", "项目", "的企业", "的项目", "工业企业"]
            .iter()
            .any(|w| doc.has_at(end + u.len, w))
    {
        return Some(SkipReason::Threshold);
    }
    // 单项投资在1000万元以上的重点工业项目37项: with 的, when it names a class of projects or firms.
    if let Some(u) = unit
        && matches!(u.class, UnitClass::Money)
        && (doc.has_at(end + u.len, "以上的") || doc.has_at(end + u.len, "以下的"))
    {
        let from = end + u.len + 3;
        let noun: String = doc.chars[from.min(doc.chars.len())..]
            .iter()
            .take(12)
            .take_while(|c| ('\u{4e00}'..='\u{9fff}').contains(*c))
            .collect();
        if ["项目", "企业", "公司"].iter().any(|w| noun.contains(w)) {
            return Some(SkipReason::Threshold);
        }
    }
    None
}

/// The phrase before `n`, back to the last clause mark of its line.
/// At most a clause's length back: a line without punctuation must not cost its whole length
/// for each of its numerals.
pub(super) fn phrase_before(doc: &Doc, line: std::ops::Range<usize>, n: &Numeral) -> String {
    let start = line
        .start
        .max(n.span.start.saturating_sub(super::clauses::MAX_CLAUSE));
    let from = (start..n.span.start)
        .rev()
        .find(|i| matches!(doc.chars[*i], ',' | ';' | '。' | ':'))
        .map_or(start, |i| i + 1);
    doc.folded(from..n.span.start)
}

/// A Chinese numeral that counts the items just listed or about to be (A、B、C三大主导产业,
/// 两条产业链 after a list, 重点抓好四个方面工作, 两位数增长, 三次产业): no figure of its own.
pub(super) fn lists_count(doc: &Doc, line: std::ops::Range<usize>, n: &Numeral) -> bool {
    let end = n.span.end;
    // 三大主导产业, 两大产业集群: a standing set of the zone named by its size. (六大中心落地 and
    // 八个方面的工作 are counted: what was done, and how a report is laid out.)
    let standing = [
        "产业", "主导", "支柱", "功能", "引擎", "板块", "集群", "战略",
    ];
    if doc.has_at(end, "大") && standing.iter().any(|w| doc.has_at(end + 1, w))
        || ["位数", "次产业"].iter().any(|w| doc.has_at(end, w))
    {
        return true;
    }
    // Right after a list of items with 、 (新能源电驱、精密部件两条产业链).
    let phrase = phrase_before(doc, line.clone(), n);
    let measure = doc
        .chars
        .get(end)
        .is_some_and(|c| "大条个项类种".contains(*c))
        // 自贸片区、综保区、经开区三区叠加: the zones just listed, stacked.
        || super::units::counts_stacked_zones(&doc.chars, end);
    // 两项收入分别增长4.6%和5.9%: the things just named, each given its figure after 分别.
    let noun_then_each = (end + 2..(end + 8).min(line.end))
        .find(|i| doc.has_at(*i, "分别"))
        .is_some_and(|at| {
            doc.chars[end + 1..at]
                .iter()
                .all(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        });
    if n.value <= 10.0 && measure && noun_then_each {
        return true;
    }
    let verb = ["等", "超过", "达到", "突破", "超", "达"]
        .iter()
        .any(|w| phrase.contains(w));
    n.value <= 10.0 && measure && !verb && phrase.contains('、')
}

#[cfg(test)]
mod tests {
    fn counts(text: &str) -> Vec<(f64, String)> {
        super::super::draft_text(text, "t.txt", "UTF-8")
            .dataset
            .metrics
            .iter()
            .map(|m| (m.value, m.label_zh.clone()))
            .collect()
    }

    #[test]
    fn zones_stacked_are_counted_unless_just_listed() {
        let head = "澄湖经济开发区2023年工作报告\n一、2023年工作回顾\n";
        let quoted = counts(&format!("{head}从2001年的省级开发区到“四区”政策叠加。\n"));
        assert!(
            quoted.contains(&(4.0, "叠加的政策区".to_owned())),
            "{quoted:?}"
        );
        // A quoted slogan that is not stacked stays a name; a listed count is the list's.
        let named = counts(&format!(
            "{head}用好“两区”叠加政策。自贸片区、综保区、经开区三区叠加，新增企业120家。\n"
        ));
        assert_eq!(named, [(120.0, "新增企业".to_owned())]);
    }
}
