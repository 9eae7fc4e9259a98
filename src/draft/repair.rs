//! Runs the dataset's checks on a draft and drops whatever they refuse, so a draft always validates.

use std::ops::Range;

use super::drafted::Anchors;
use crate::lang::Text;
use crate::model::{DataPath, Dataset, check_against_source, validate};

/// Above this many (quotes × text bytes), the full text check (a search per quote) is left to
/// the anchored check alone: a draft of a huge text must not take minutes.
const FULL_CHECK_BUDGET: usize = 400_000_000;

/// Removes every figure, project, cluster or section the checks refuse (against `text`),
/// until none is refused; returns one line per removal saying what and why.
pub fn drop_refused(d: &mut Dataset, text: &str, anchors: &Anchors) -> Vec<Text> {
    let mut dropped = Vec::new();
    for _ in 0..ROUNDS {
        let problems = problems(d, text, anchors);
        if problems.is_empty() {
            return dropped;
        }
        if !remove(d, &problems, &mut dropped) {
            dropped.push(gave_up(problems.len()));
            return dropped;
        }
    }
    let left = problems(d, text, anchors).len();
    if left > 0 {
        dropped.push(gave_up(left));
    }
    dropped
}

/// Rounds of checking and removing before the repair stops: each round removes what the
/// checks refuse, and a removal can only make later checks pass or fail on what is left.
const ROUNDS: usize = 6;

/// What the checks refuse in `d`: the dataset's own checks, then the quotes' places.
fn problems(d: &Dataset, text: &str, anchors: &Anchors) -> Vec<(DataPath, Text)> {
    let mut problems = validate(d);
    if problems.is_empty() {
        problems = anchored_check(d, text, anchors);
    }
    let quotes = d.metrics.len() + d.project_count() + d.clusters.len();
    if problems.is_empty() && quotes.saturating_mul(text.len()) <= FULL_CHECK_BUDGET {
        problems = check_against_source(d, text);
    }
    problems
}

/// The line that says the repair stopped with `left` problems it could not remove.
fn gave_up(left: usize) -> Text {
    Text::new(
        format!("修补停止:还有 {left} 处问题无法通过删除解决,草稿可能无法通过校验"),
        format!(
            "repair gave up: {} could not be removed, so the draft may not validate",
            crate::lang::plural(left, "problem", "problems")
        ),
    )
}

/// What the text check says, computed from where each quote is known to stand: the sections'
/// spans as the text check finds them, each quote inside its section's span.
fn anchored_check(d: &Dataset, text: &str, anchors: &Anchors) -> Vec<(DataPath, Text)> {
    let mut problems = Vec::new();
    let (found, missing) = crate::model::heading_spans(&d.sections, text);
    for i in missing {
        problems.push((
            DataPath::item("sections", i).field("title_zh"),
            Text::new(
                "报告原文中没有按顺序找到此标题",
                "heading is not in the report text, in order",
            ),
        ));
    }
    let spans: Vec<(&str, Range<usize>)> = found
        .into_iter()
        .map(|(i, span)| (d.sections[i].id.as_str(), span))
        .collect();
    let span_of = |id: &str| spans.iter().find(|(s, _)| *s == id).map(|(_, r)| r.clone());
    let holds = |id: &str, section: &str, quote: &str| {
        let Some(span) = span_of(section) else {
            return false;
        };
        match anchors.get(id) {
            Some(at) => span.contains(at) && text.get(*at..).is_some_and(|t| t.starts_with(quote)),
            None => text.get(span).is_some_and(|t| t.contains(quote)),
        }
    };
    for (i, m) in d.metrics.iter().enumerate() {
        if !holds(&m.id, &m.source.section, &m.source.quote) {
            problems.push((
                DataPath::item("metrics", i).field("source"),
                not_in_section(),
            ));
        }
    }
    for (i, c) in d.clusters.iter().enumerate() {
        if !holds(&c.id, &c.source.section, &c.source.quote) {
            problems.push((
                DataPath::item("clusters", i).field("source"),
                not_in_section(),
            ));
        }
        for (j, p) in c.projects.iter().enumerate() {
            if !holds(&p.id, &p.source.section, &p.source.quote) {
                problems.push((
                    DataPath::item("clusters", i)
                        .at("projects", j)
                        .field("source"),
                    not_in_section(),
                ));
            }
        }
    }
    for (i, h) in d.honours.iter().enumerate() {
        if !holds(&h.id, &h.source.section, &h.source.quote) {
            problems.push((
                DataPath::item("honours", i).field("source"),
                not_in_section(),
            ));
        }
    }
    if d.report.title_verbatim && !text.contains(d.report.title_zh.as_str()) {
        problems.push((
            DataPath::key("report").field("title_zh"),
            Text::new("报告原文中没有此标题", "title is not in the report text"),
        ));
    }
    problems
}

/// A quote found outside the section it names.
fn not_in_section() -> Text {
    Text::new("引文不在其章节中", "quote is not in its section")
}

/// Removes what `problems` name; false when they name nothing removable (then the draft is
/// left as it is and the problems stand in `dropped`).
fn remove(d: &mut Dataset, problems: &[(DataPath, Text)], dropped: &mut Vec<Text>) -> bool {
    let mut metrics = Vec::new();
    let mut projects = Vec::new();
    let mut clusters = Vec::new();
    let mut sections = Vec::new();
    let mut comparisons = Vec::new();
    let mut honours = Vec::new();
    for (path, message) in problems {
        let (what_zh, what) = describe(d, path);
        dropped.push(Text::new(
            format!("{what_zh}:{}", message.zh),
            format!("{what}: {}", message.en),
        ));
        match path.items().as_slice() {
            [("metrics", i), ..] => metrics.push(*i),
            [("clusters", i), ("projects", j), ..] => projects.push((*i, *j)),
            [("clusters", i), ..] => clusters.push(*i),
            [("sections", i), ..] => sections.push(*i),
            [("comparisons", i), ..] => comparisons.push(*i),
            [("honours", i), ..] => honours.push(*i),
            _ => {}
        }
    }
    if metrics.is_empty()
        && projects.is_empty()
        && clusters.is_empty()
        && sections.is_empty()
        && comparisons.is_empty()
        && honours.is_empty()
    {
        return false;
    }
    sections.sort_unstable();
    sections.dedup();
    remove_sections(d, &sections);
    retain_index(&mut d.metrics, &metrics);
    for (i, c) in d.clusters.iter_mut().enumerate() {
        let gone: Vec<usize> = projects
            .iter()
            .filter(|(ci, _)| *ci == i)
            .map(|(_, j)| *j)
            .collect();
        retain_index(&mut c.projects, &gone);
    }
    retain_index(&mut d.clusters, &clusters);
    d.clusters.retain(|c| !c.projects.is_empty());
    retain_index(&mut d.comparisons, &comparisons);
    retain_index(&mut d.honours, &honours);
    let ids: rustc_hash::FxHashSet<&str> = d.metrics.iter().map(|m| m.id.as_str()).collect();
    d.comparisons
        .retain(|c| ids.contains(c.from.as_str()) && ids.contains(c.to.as_str()));
    let used: rustc_hash::FxHashSet<String> = d.metrics.iter().map(|m| m.group.clone()).collect();
    d.groups.retain(|g| used.contains(&g.id));
    let units: rustc_hash::FxHashSet<String> = d.metrics.iter().map(|m| m.unit.clone()).collect();
    d.units.retain(|u| units.contains(&u.id));
    true
}

/// A section the text does not hold in order is removed; what it held moves to its parent
/// (or the front section), and its children lose it as parent.
fn remove_sections(d: &mut Dataset, gone: &[usize]) {
    for &i in gone.iter().rev() {
        let Some(section) = d.sections.get(i).cloned() else {
            continue;
        };
        if section.id == "front" {
            continue;
        }
        let heir = section.parent.clone().unwrap_or_else(|| "front".into());
        let moves = |s: &mut String| {
            if *s == section.id {
                *s = heir.clone();
            }
        };
        d.metrics
            .iter_mut()
            .for_each(|m| moves(&mut m.source.section));
        for c in &mut d.clusters {
            moves(&mut c.source.section);
            c.projects
                .iter_mut()
                .for_each(|p| moves(&mut p.source.section));
        }
        for s in &mut d.sections {
            if s.parent.as_deref() == Some(section.id.as_str()) {
                s.parent = None;
            }
        }
        d.sections.remove(i);
    }
}

fn retain_index<T>(items: &mut Vec<T>, gone: &[usize]) {
    let gone: rustc_hash::FxHashSet<usize> = gone.iter().copied().collect();
    let mut i = 0;
    items.retain(|_| {
        let keep = !gone.contains(&i);
        i += 1;
        keep
    });
}

/// What a path names, in both languages: a figure by its value and quote, else the path.
fn describe(d: &Dataset, path: &DataPath) -> (String, String) {
    let printed = || (path.to_string(), path.to_string());
    match path.items().as_slice() {
        [("metrics", i), ..] => d.metrics.get(*i).map_or_else(printed, |m| {
            (
                format!("数字 {}「{}」", m.value, m.source.quote),
                format!("figure {} 「{}」", m.value, m.source.quote),
            )
        }),
        _ => printed(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_removing_cannot_solve_is_reported_not_hidden() {
        let text = "松岚开发区2023年工作报告\n全区实现地区生产总值812.6亿元。\n";
        let mut d = crate::draft::draft_text(text, "songlan.txt", "UTF-8").dataset;
        assert!(drop_refused(&mut d, text, &Anchors::default()).is_empty());
        d.report.title_zh = "不在原文中的标题".into();
        let said = drop_refused(&mut d, text, &Anchors::default());
        assert!(
            said.last()
                .is_some_and(|t| t.en.starts_with("repair gave up: 1 problem could")),
            "{said:?}"
        );
    }
}
