//! Reads every quantity of a report's body, clause by clause, and records every numeral it skips.

use super::clauses::{MAX_CLAUSE, sentences};
use super::doc::Doc;
use super::hedges::surroundings;
use super::ir::{BasisRead, Hedge, Ignored, Quantity, SkipReason};
use super::labels::label;
use super::numerals::{Numeral, numerals};
use super::quotes::clause_quote;
use super::rank_pools::rank_pool;
use super::rules::{Ctx, is_then};
use super::stated::{Body, MAX_FIGURES, Seen, push, sets_a_target, zero_figure};
use super::topics::{direction, topic};
use super::units::{UnitClass, read_unit};
use super::words::TARGET_LISTS;
use crate::model::Qualifier;

/// Reads the quantities of every non-clutter line of `doc`.
pub fn read_body(doc: &Doc, outline: &super::outline::Outline) -> Body {
    let mut body = Body {
        quantities: Vec::new(),
        pairs: Vec::new(),
        ignored: Vec::new(),
        unlisted: 0,
    };
    let mut seen = Seen::default();
    for line in &doc.lines {
        if line.clutter {
            for n in numerals(&doc.chars, line.range.clone()) {
                body.skip(ignored(doc, &n, SkipReason::Clutter));
            }
            continue;
        }
        for sentence in sentences(&doc.chars, line.range.clone()) {
            let mut ctx = Ctx {
                doc,
                line: line.range.clone(),
                sentence: &sentence,
                sections: &outline.sections,
                section: None,
                planned: false,
                year: outline.year,
                plan_year: outline.plan_year,
                delivered: outline.delivered,
            };
            read_sentence(&mut ctx, &mut body, &mut seen);
        }
    }
    body
}

fn ignored(doc: &Doc, n: &Numeral, reason: SkipReason) -> Ignored {
    Ignored {
        text: doc.verbatim(n.span.clone()).to_owned(),
        line: doc.line_number(n.span.start),
        reason,
    }
}

fn read_sentence(ctx: &mut Ctx, body: &mut Body, seen: &mut Seen) {
    let doc = ctx.doc;
    // 预计 covers the numbers after it in its clause; opening its clause (亦庄新城预计全年…),
    // it covers the clauses after it in the sentence too.
    let expected: Vec<(usize, usize, bool)> = ctx
        .sentence
        .clauses
        .iter()
        .enumerate()
        .filter_map(|(k, c)| {
            let at = (c.start..c.end.saturating_sub(1)).find(|i| {
                Qualifier::Expected
                    .markers()
                    .iter()
                    .any(|(w, _)| doc.has_at(*i, w))
            })?;
            Some((k, at, at - c.start <= 6))
        })
        .collect();
    let mut previous_subject: Option<String> = None;
    // Subjects of the amounts read so far in the sentence, for 同比分别增长2.2%和9.4%.
    let mut amounts: Vec<String> = Vec::new();
    // 从 A 到 B: the figure after 从 is "then", the one after 到 of the same unit is "now".
    let mut then: Option<usize> = None;
    // Where a sentence starts listing targets (主要预期目标是：…), found once per sentence.
    let targets_from = ctx.sentence.clauses.iter().find_map(|c| {
        let text = doc.folded(c.clone());
        TARGET_LISTS
            .iter()
            .any(|w| text.contains(w))
            .then_some(c.start)
    });
    for (k, clause) in ctx.sentence.clauses.iter().enumerate() {
        ctx.section = ctx.sections.iter().rposition(|s| s.at <= clause.start);
        ctx.planned = ctx.section.is_some_and(|s| ctx.sections[s].plan)
            || targets_from.is_some_and(|at| at < clause.end)
            || sets_a_target(doc, clause.clone());
        let ctx = &*ctx;
        let found = numerals(&doc.chars, clause.clone());
        if found.is_empty() {
            if let Some(q) = zero_figure(ctx, clause.clone()) {
                push(body, seen, q, false);
            }
            continue;
        }
        let mut window_start = clause.start;
        let mut respective = super::respective::Respective::of_clause(doc, clause.clone(), &found);
        // The years of a streak read earlier in the clause.
        let mut streak: Option<(i32, i32)> = None;
        for n in &found {
            if body.quantities.len() >= MAX_FIGURES {
                // Past the limit numbers are only counted: reading them would cost for nothing.
                body.unlisted += 1;
                continue;
            }
            let unit = read_unit(&doc.chars, n.span.end, n.chinese);
            let window = doc.folded(window_start..n.span.start);
            let history_then = is_then(doc, clause.clone(), n.span.start);
            let (unit, date) = match super::rules::taken_unit(ctx, clause.clone(), n, unit) {
                Ok(taken) => taken,
                Err(reason) => {
                    body.skip(ignored(doc, n, reason));
                    continue;
                }
            };
            // The next number's subject starts after this one's unit; skipped numerals stay
            // inside subjects (第二批轨道微中心).
            window_start = n.span.end + unit.len;
            let mut s = surroundings(doc, n.span.clone(), &unit, &window, clause.clone(), n.round);
            if date {
                s.basis = BasisRead::Date;
            }
            // 增长20%、力争25%: a stretch target of the figure before, measured as it is.
            let stretch = body
                .quantities
                .last()
                .filter(|q| q.span.start >= clause.start && q.unit == unit.written)
                .filter(|_| super::sentence_labels::is_stretch(&window))
                .map(|q| (q.basis, q.value < 0.0, q.label.clone()));
            if let Some((basis, negative, _)) = &stretch {
                (s.basis, s.negative) = (*basis, *negative);
            }
            // The clause's own 预计 before the number, or one opening an earlier clause: up to the
            // next ; (…；预计全年完成投资128.1亿元，完成率110.3%；), or to the sentence's end when
            // no figure comes before it (2022年,亦庄新城预计全年…；…；固定资产投资同比增长8%).
            let opened_by = expected
                .iter()
                .rev()
                .find(|(e, _, opens)| {
                    let heads_sentence = ctx.sentence.clauses[..*e]
                        .iter()
                        .all(|c| names_no_figure(doc, c.clone()));
                    *e < k
                        && *opens
                        && (heads_sentence
                            || !(ctx.sentence.clauses[*e].end..clause.start)
                                .any(|i| doc.chars[i] == ';'))
                })
                .map(|(e, _, _)| *e);
            let covered = expected
                .iter()
                .any(|(e, at, _)| *e == k && *at < n.span.start)
                || opened_by.is_some();
            if covered {
                s.hedges.insert(0, Hedge::Expected);
            }
            let listed = respective.listed(n.span.start);
            let respective_subject = respective.subject(&mut s, &unit, &amounts);
            let unit_end = n.span.end + unit.len;
            let after = doc.folded(unit_end..clause.end);
            let stacked = super::units::counts_stacked_zones(&doc.chars, n.span.end);
            let self_counted = if stacked {
                Some(super::words::STACKED_ZONES)
            } else {
                super::units::is_self_counting(&unit.written).then_some(unit.written.as_str())
            };
            // 比上年前移11位: a rank's change is labelled as the rank is.
            let class = if unit.written == "位" && s.basis.is_change() {
                UnitClass::Rank
            } else {
                unit.class
            };
            // The figures read so far in this sentence, which a label may be taken from.
            let first = body
                .quantities
                .iter()
                .rposition(|q| q.span.start < ctx.sentence.range.start)
                .map_or(0, |i| i + 1);
            let earlier = &body.quantities[first..];
            let earlier_change = super::sentence_labels::last_growth(earlier);
            let window =
                super::rules::rank_scope(ctx, n, s.basis, class, earlier_change.as_deref())
                    .unwrap_or(window);
            let (label_zh, indicator) = label(
                &window,
                &after,
                class,
                s.basis,
                s.negative,
                respective_subject
                    .as_deref()
                    .or(previous_subject.as_deref()),
                self_counted,
            );
            let change = if s.negative { "降幅" } else { "增速" };
            let (label_zh, indicator) = match (&listed, &respective_subject) {
                (Some(named), _) => (
                    format!("{named}{}", if s.basis.is_change() { change } else { "" }),
                    super::catalogue::named_in(named),
                ),
                (None, Some(subject)) if s.basis.is_change() => (
                    format!("{subject}{change}"),
                    super::catalogue::named_in(subject),
                ),
                _ => (label_zh, indicator),
            };
            let (label_zh, indicator) = match stretch {
                Some((_, _, label)) => {
                    let indicator = super::catalogue::named_in(&label);
                    (label, indicator)
                }
                None => (label_zh, indicator),
            };
            let label_zh = super::sentence_labels::in_sentence(
                doc,
                clause.start..n.span.start,
                (unit.class, s.basis),
                &window,
                label_zh,
                &body.quantities[first..],
            );
            // 东澪片区依托…，完成进出口总额412.6亿元: the figure of the part the stretch opens with.
            let (label_zh, indicator) = super::segment_holder::of_part(
                doc,
                ctx.sentence,
                clause.start..n.span.start,
                label_zh,
                indicator,
            );
            // A figure in brackets (其中,出口6万亿元) is a part: the subject stays the whole's.
            let in_brackets = super::rules::in_brackets(doc, clause.start..n.span.start);
            // A share is no amount a later 分别 growth is of.
            if !s.basis.is_change() && !in_brackets && s.basis != BasisRead::Share {
                amounts.push(
                    listed
                        .clone()
                        .unwrap_or_else(|| super::subject::subject_of(&window)),
                );
            }
            // 新增2家全国重点实验室，总数达到4家: a count whose noun follows it names what the
            // next figure is the total of.
            let named_after = (unit.class == UnitClass::Count
                && !label_zh.is_empty()
                && label_zh != super::labels::UNNAMED
                && !s.basis.is_change())
            .then(|| label_zh.clone());
            let own = super::subject::subject_of(&window);
            // 完成投资237亿元，完成年度计划的112.4%: the investment named in full.
            let own = if ["投资", "总投资"].contains(&own.as_str()) && label_zh.ends_with("投资")
            {
                label_zh.clone()
            } else {
                own
            };
            // A rank's words are its scope (…位居全市县(市、区)), no subject for what follows.
            previous_subject = Some(super::subject::thing_measured(&own).to_owned())
                .filter(|_| s.basis != BasisRead::Rank)
                .filter(|x| !x.is_empty() && !super::subject::names_no_thing(x))
                .or(named_after)
                .filter(|_| !in_brackets)
                .or(previous_subject);
            let is_history =
                history_then || then.is_some() && doc.folded(clause.clone()).contains('到');
            let clause_text = doc.folded(clause.clone());
            let topic = topic(
                &clause_text,
                &label_zh,
                s.basis,
                class,
                indicator.is_some(),
                ctx.planned,
                is_history,
            );
            let sentence_before = doc.folded(
                ctx.sentence
                    .range
                    .start
                    .max(n.span.start.saturating_sub(MAX_CLAUSE))..n.span.start,
            );
            let when =
                super::rules::when(ctx, k, clause.clone(), n, s.basis, &sentence_before, streak);
            if s.basis == BasisRead::Streak {
                streak = when.range;
            }
            let context = super::recording::context_before(ctx, (k, opened_by), &unit, &mut s);
            let q = Quantity {
                value: if s.negative { -n.value } else { n.value },
                unit: unit.written.clone(),
                span: n.span.clone(),
                quote: clause_quote(doc, clause.clone(), n.span.clone()),
                context,
                basis: s.basis,
                // The pool stands before 第 (全市第一) or before 首位 itself (全市首位).
                pool: (s.basis == BasisRead::Rank)
                    .then(|| {
                        let before = if doc.has_before(n.span.start, "第") {
                            n.span.start.checked_sub(1)
                        } else {
                            Some(n.span.start)
                        };
                        before.and_then(|at| rank_pool(doc, at))
                    })
                    .flatten(),
                hedges: s.hedges,
                planned: ctx.planned,
                section: ctx.section,
                direction: direction(&label_zh, s.basis, topic),
                label: label_zh,
                indicator: indicator.map(|i| i.id),
                topic,
                period: when.period,
                other_year: when.other_year,
                range: when.range,
            };
            let mut history = super::recording::History {
                then: &mut then,
                previous_subject: &mut previous_subject,
                // 到现在225平方公里的亦庄新城: the place is named after the area.
                names_its_place: class == UnitClass::Area && after.starts_with('的'),
            };
            if !history.record(body, seen, q, is_history, history_then) {
                let reason = if body.quantities.len() >= MAX_FIGURES {
                    SkipReason::OverLimit
                } else {
                    SkipReason::Repeated
                };
                body.skip(ignored(doc, n, reason));
            }
        }
    }
}

/// True for a clause with no number but a year (2022年,).
fn names_no_figure(doc: &Doc, clause: std::ops::Range<usize>) -> bool {
    numerals(&doc.chars, clause)
        .iter()
        .all(|n| (1900.0..=2100.0).contains(&n.value) && doc.chars.get(n.span.end) == Some(&'年'))
}
