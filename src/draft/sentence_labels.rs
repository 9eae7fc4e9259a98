//! Labels a figure takes from the figures read before it in its sentence: a gap is of the growth
//! before, a change in points of the share before, a rank of the company whose streak it ends.

use std::ops::Range;

use super::doc::Doc;
use super::ir::{BasisRead, Quantity};
use super::units::UnitClass;

/// The growth read last among `earlier` (the sentence's figures so far), which a rank in a pool
/// or a gap to an earlier part of the year may be of.
pub(super) fn last_growth(earlier: &[Quantity]) -> Option<String> {
    earlier
        .iter()
        .rev()
        .find(|q| q.basis.is_change() && q.unit == "%")
        .map(|q| q.label.clone())
}

/// `label` as the figure's sentence refines it: `before` is its clause up to the number,
/// `window` the words since the figure before, `earlier` the sentence's figures so far.
pub(super) fn in_sentence(
    doc: &Doc,
    before: Range<usize>,
    (class, basis): (UnitClass, BasisRead),
    window: &str,
    label: String,
    earlier: &[Quantity],
) -> String {
    // The share read last in the sentence, which a change in points may be of.
    let last_share = earlier
        .iter()
        .rev()
        .find(|q| q.basis == BasisRead::Share && q.label.contains('占'))
        .map(|q| q.label.clone());
    match class {
        // 产值超50亿元企业达到11家: the threshold names the class counted.
        UnitClass::Count => {
            let label = super::label_kinds::threshold_class(&doc.folded(before.clone()), &label)
                .unwrap_or(label);
            // 出台…行动方案，细化46项任务: the plan's tasks.
            let previous = previous_clause(doc, before.start);
            super::plan_labels::of_plan(&previous, &label).unwrap_or(label)
        }
        // 占规模以上工业总产值的比重达到68.4%，比上年提高1.7个百分点; 占比45.2%，比重较一季度提高
        // 1.2个百分点: the share's change, not a growth's.
        UnitClass::Points
            if (basis.is_change()
                && earlier.last().is_some_and(|q| q.basis == BasisRead::Share)
                || ["比重", "占比"].iter().any(|w| window.contains(w)))
                && last_share.is_some() =>
        {
            last_share.unwrap_or(label)
        }
        // 增长10.1%，增幅比上半年提高0.7个百分点: the gap is of the growth before.
        UnitClass::Points
            if basis == BasisRead::Level && super::hedges::against_earlier_part(window) =>
        {
            last_growth(earlier).unwrap_or(label)
        }
        // 是上年的2.3倍: a ratio to the year before, not a growth of 2.3 times.
        UnitClass::Multiple
            if basis == BasisRead::YearOnYear
                && ["是上年", "为上年", "是去年", "为去年"]
                    .iter()
                    .any(|w| window.contains(w)) =>
        {
            format!("{}与上年之比", label.trim_end_matches("增速"))
        }
        // 青岚重工连续12年位居全国…第一: the rank is the company's, as the streak is.
        UnitClass::Rank if basis == BasisRead::Rank => match earlier
            .last()
            .filter(|q| q.basis == BasisRead::Streak && q.span.start >= before.start)
        {
            Some(q) => {
                super::label_kinds::with_holder(&doc.folded(before.start..q.span.start), label)
            }
            None => label,
        },
        // 封关运作第10年: the years the zone has run since the event.
        UnitClass::Duration if doc.has_before(before.end, "第") => {
            format!("{}年数", super::subject::event_of(window))
        }
        _ => label,
    }
}

/// True for the words between a figure and its stretch target (增长20%、力争25%).
pub(super) fn is_stretch(window: &str) -> bool {
    let words = window.trim_matches(|c: char| c.is_whitespace() || "、,，;；".contains(c));
    ["力争", "确保", "争取", "力争达到", "争取达到"].contains(&words)
}

/// The clause before the one starting at `start`, up to the mark that ends it.
fn previous_clause(doc: &Doc, start: usize) -> String {
    let Some(end) = start.checked_sub(1) else {
        return String::new();
    };
    let from = (end.saturating_sub(super::clauses::MAX_CLAUSE)..end)
        .rev()
        .find(|i| matches!(doc.chars[*i], ',' | ';' | '。' | ':' | '\n'))
        .map_or(end.saturating_sub(super::clauses::MAX_CLAUSE), |i| i + 1);
    doc.folded(from..end + 1)
}
