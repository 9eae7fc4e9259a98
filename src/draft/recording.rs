//! What a figure takes from around its clause once it is read: the clause before it that says
//! what it leaves out or how it is priced, and its place in a history (从A到B).

use std::ops::Range;

use super::hedges::Surroundings;
use super::ir::{BasisRead, Hedge, Quantity};
use super::numerals::numerals;
use super::quotes::context_quote;
use super::rules::Ctx;
use super::stated::{Body, Seen, push};
use super::units::{UnitClass, UnitRead};

/// The context quote of the figure in clause `k` (with `expected`, the earlier clause whose
/// 预计 covers it), adding to `s` the hedges the clause before says: 剔除…因素 (what the growth
/// leaves out), 按可比价格计算 (how it is priced).
pub(super) fn context_before(
    ctx: &Ctx,
    (k, expected): (usize, Option<usize>),
    unit: &UnitRead,
    s: &mut Surroundings,
) -> Option<Range<usize>> {
    let doc = ctx.doc;
    // 剔除大宗商品价格回落因素，进口实物量增长13.1%.
    let left_out = bare_clause_before(ctx, k)
        .filter(|_| s.basis.is_change())
        .filter(|_| !s.hedges.iter().any(|h| matches!(h, Hedge::Excluding(_))))
        .and_then(|p| Some((super::hedges::excluded(&doc.folded(p.clone()))?, p)));
    // 按可比价格计算，同比增长7.6%.
    let priced_before = bare_clause_before(ctx, k)
        .filter(|_| s.basis.is_change() && unit.class == UnitClass::Percent)
        .filter(|p| doc.folded(p.clone()).contains("可比价"))
        .filter(|_| !s.hedges.contains(&Hedge::ComparablePrices));
    if priced_before.is_some() {
        s.hedges.push(Hedge::ComparablePrices);
    }
    match (expected, left_out) {
        (Some(e), _) if e < k => Some(context_quote(doc, ctx.sentence.clauses[e].clone())),
        (_, Some((what, clause))) => {
            s.hedges.push(Hedge::Excluding(what));
            Some(context_quote(doc, clause))
        }
        _ => priced_before.map(|p| context_quote(doc, p)),
    }
}

/// The clause before clause `k` of the sentence, when it holds no number: what it says is said
/// of the figure after it.
fn bare_clause_before(ctx: &Ctx, k: usize) -> Option<Range<usize>> {
    let clause = ctx.sentence.clauses.get(k.checked_sub(1)?)?.clone();
    numerals(&ctx.doc.chars, clause.clone())
        .is_empty()
        .then_some(clause)
}

/// A sentence's history so far: the "then" figure after 从 awaiting its "now" after 到, and the
/// subject the figures after it take.
pub(super) struct History<'a> {
    pub(super) then: &'a mut Option<usize>,
    pub(super) previous_subject: &'a mut Option<String>,
    /// The figure names the place it measures after its unit (…的亦庄新城).
    pub(super) names_its_place: bool,
}

impl History<'_> {
    /// Records `q` in `body` (false when it repeats a figure already read): `in_history` when its
    /// clause tells a history, `is_then` when `q` is its start.
    pub(super) fn record(
        &mut self,
        body: &mut Body,
        seen: &mut Seen,
        mut q: Quantity,
        in_history: bool,
        is_then: bool,
    ) -> bool {
        let index = body.quantities.len();
        // 从最初3.83平方公里的亦庄工业小区到现在225平方公里的亦庄新城: a place that grew into another
        // keeps the name the text gives it.
        if let Some(from) = self.then.filter(|_| !is_then && !self.names_its_place)
            && body.quantities[from].unit == q.unit
        {
            // "Now" is measured as "then" was: 从占比0.1%到全市第一的22.2%.
            let earlier = &body.quantities[from];
            q.label = earlier.label.clone();
            q.indicator = q.indicator.or(earlier.indicator);
            // 年均增长18.4% after the history is of what the history measured.
            if !earlier.label.is_empty() {
                *self.previous_subject = Some(earlier.label.clone());
            }
            if q.basis == BasisRead::Level {
                q.basis = earlier.basis;
            }
        }
        // The "now" of a history is recorded even when the year's figure said it before: it is
        // the end the history's "then" is read against.
        let history_now = in_history && !is_then && self.then.is_some();
        if !push(body, seen, q, history_now) {
            return false;
        }
        if is_then {
            *self.then = Some(index);
        } else if let Some(from) = *self.then
            && body.quantities[from].unit == body.quantities[index].unit
            && in_history
        {
            body.pairs.push((from, index));
            *self.then = None;
        }
        true
    }
}
