//! What reading a body records, within limits: its quantities (one stated again recorded once
//! unless it is a history's now, a stated none such as 无劣V类水体, a target), pairs and skipped
//! numerals.

use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;

use super::clauses::MAX_CLAUSE;
use super::doc::Doc;
use super::ir::{BasisRead, Ignored, Quantity};
use super::periods::period;
use super::quotes::clause_quote;
use super::rules::Ctx;
use super::topics::{direction, topic};
use super::units::UnitClass;
use super::words::ZERO_NOUNS;

/// Most numerals listed as skipped; past it they are only counted (memory stays bounded).
pub const MAX_IGNORED: usize = 20_000;
/// Most figures read from one text; a report states a few hundred.
pub const MAX_FIGURES: usize = 10_000;

/// What reading the body gives.
pub struct Body {
    pub quantities: Vec<Quantity>,
    pub pairs: Vec<(usize, usize)>,
    pub ignored: Vec<Ignored>,
    /// Numerals skipped past [`MAX_IGNORED`], or figures past [`MAX_FIGURES`], not listed.
    pub unlisted: usize,
}

impl Body {
    pub(super) fn skip(&mut self, ignored: Ignored) {
        if self.ignored.len() < MAX_IGNORED {
            self.ignored.push(ignored);
        } else {
            self.unlisted += 1;
        }
    }
}

/// Labels taken so far for each value and unit, to record a quantity stated again only once.
pub(super) type Seen = HashMap<(u64, String), Vec<String>>;

/// Words of a target in the clause (力争突破850亿元, 确保增长9%以上).
pub(super) fn sets_a_target(doc: &Doc, clause: Range<usize>) -> bool {
    let clause_text = doc.folded(clause);
    ["力争", "确保"].iter().any(|w| clause_text.contains(w))
}

/// Adds `q` unless the same value and unit were taken before with a label that contains this
/// one or is contained in it (建区三十年 and 举办建区三十年), or `again` allows it; true when
/// added.
pub(super) fn push(body: &mut Body, seen: &mut Seen, q: Quantity, again: bool) -> bool {
    if body.quantities.len() >= MAX_FIGURES {
        return false;
    }
    let labels = seen.entry((q.value.to_bits(), q.unit.clone())).or_default();
    let same = |l: &String| {
        let (short, long) = if l.len() < q.label.len() {
            (l.as_str(), q.label.as_str())
        } else {
            (q.label.as_str(), l.as_str())
        };
        short == long || short.chars().count() >= 2 && long.contains(short)
    };
    if again {
        // A history's "now" neither counts as a repeat nor makes the year's figure one.
        body.quantities.push(q);
        return true;
    }
    if labels.iter().any(same) {
        return false;
    }
    labels.push(q.label.clone());
    body.quantities.push(q);
    true
}

/// A clause saying there were none: 无劣V类水体, 未发生各类重特大安全事故.
pub(super) fn zero_figure(ctx: &Ctx, clause: Range<usize>) -> Option<Quantity> {
    let doc = ctx.doc;
    let text = doc.folded(clause.clone());
    let noun_end = ZERO_NOUNS.iter().find(|w| text.ends_with(**w))?;
    let thing = if let Some(at) = text.find("未发生") {
        &text[at + "未发生".len()..]
    } else {
        text.strip_prefix('无')?
    };
    let thing = thing.trim_start_matches("各类").trim_start_matches("任何");
    if thing.chars().count() > 14 || thing.len() < noun_end.len() {
        return None;
    }
    let label = thing.to_owned();
    let topic = topic(
        &text,
        &label,
        BasisRead::Count,
        UnitClass::Count,
        false,
        ctx.planned,
        false,
    );
    Some(Quantity {
        value: 0.0,
        unit: "个".into(),
        span: clause.clone(),
        quote: clause_quote(doc, clause.clone(), clause.start..clause.start),
        context: None,
        basis: BasisRead::Count,
        pool: None,
        hedges: Vec::new(),
        planned: ctx.planned,
        section: ctx.section,
        direction: direction(&label, BasisRead::Count, topic),
        label,
        indicator: None,
        topic,
        period: period(
            &doc.folded(
                ctx.sentence
                    .range
                    .start
                    .max(clause.start.saturating_sub(MAX_CLAUSE))..clause.end,
            ),
            ctx.year,
            ctx.plan_year,
        ),
        // A zero count names no indicator, so its period puts none in doubt.
        other_year: false,
        range: None,
    })
}
