//! Checks a dataset against the report text: every quote and heading verbatim, each quote inside its section.

use std::ops::Range;

use super::path::DataPath;
use super::records::Source;
use super::types::Dataset;
use crate::lang::Text;
use crate::sanitize;

/// Every place where `dataset` departs from `report`, as `(JSON path, message)`: a quote,
/// section heading or title not found verbatim, or a quote found only outside its section.
pub fn check_against_source(dataset: &Dataset, report: &str) -> Vec<(DataPath, Text)> {
    let mut problems = Vec::new();
    // A title marked not verbatim describes the report; the text prints no title of its own.
    if dataset.report.title_verbatim && !report.contains(dataset.report.title_zh.as_str()) {
        problems.push((DataPath::key("report").field("title_zh"), {
            let title = sanitize::quoted(&dataset.report.title_zh, 60);
            Text::new(
                format!("报告原文中没有标题 {title}"),
                format!("title {title} is not in the report text"),
            )
        }));
    }
    // A zone's other name is one the report gives it, never one supplied from elsewhere.
    for (i, name) in dataset.zone.other_names.iter().enumerate() {
        if !report.contains(name.zh.as_str()) {
            let name = sanitize::quoted(&name.zh, 40);
            problems.push((
                DataPath::key("zone").at("other_names", i).field("zh"),
                Text::new(
                    format!("报告原文中没有本区的名称 {name}"),
                    format!("the zone's name {name} is not in the report text"),
                ),
            ));
        }
    }
    let spans = section_spans(dataset, report, &mut problems);
    let mut quote = |path: DataPath, source: &Source| {
        let Some(span) = spans
            .iter()
            .find(|(id, _)| *id == source.section)
            .map(|(_, s)| s)
        else {
            return; // an unknown or missing section is reported on its own
        };
        let found: Vec<usize> = report
            .match_indices(source.quote.as_str())
            .map(|(at, _)| at)
            .collect();
        let quoted = sanitize::quoted(&source.quote, 60);
        let message = if found.is_empty() {
            Text::new(
                format!("报告原文中没有逐字一样的引文 {quoted}"),
                format!("quote {quoted} is not verbatim in the report text"),
            )
        } else if !found.iter().any(|at| span.contains(at)) {
            let section = sanitize::quoted(&source.section, 40);
            Text::new(
                format!("引文 {quoted} 在报告中,但不在章节 {section} 中"),
                format!("quote {quoted} is in the report but not in section {section}"),
            )
        } else if let Some(context) = source
            .context
            .as_ref()
            .filter(|c| !report[span.clone()].contains(c.as_str()))
        {
            not_verbatim(("句首", "context"), context, &source.section)
        } else if let Some(carried) = &source.basis_from {
            // A basis stated once (同比(下同)) covers what follows it in the same section.
            let first_quote = found.iter().copied().find(|at| span.contains(at));
            let stated = report[span.clone()]
                .find(carried.as_str())
                .map(|at| at + span.start);
            match (stated, first_quote) {
                (Some(stated), Some(quoted)) if stated <= quoted => return,
                (Some(_), _) => Text::new(
                    format!(
                        "basis_from {} 在它应适用的引文之后",
                        sanitize::quoted(carried, 40)
                    ),
                    format!(
                        "basis_from {} comes after the quote it should cover",
                        sanitize::quoted(carried, 40)
                    ),
                ),
                (None, _) => not_verbatim(("basis_from", "basis_from"), carried, &source.section),
            }
        } else {
            return;
        };
        problems.push((path, message));
    };
    for (i, m) in dataset.metrics.iter().enumerate() {
        quote(DataPath::item("metrics", i).field("source"), &m.source);
    }
    for (i, h) in dataset.honours.iter().enumerate() {
        quote(DataPath::item("honours", i).field("source"), &h.source);
    }
    for (i, c) in dataset.claims.iter().enumerate() {
        quote(DataPath::item("claims", i).field("source"), &c.source);
    }
    for (i, c) in dataset.clusters.iter().enumerate() {
        quote(DataPath::item("clusters", i).field("source"), &c.source);
        for (j, p) in c.projects.iter().enumerate() {
            quote(
                DataPath::item("clusters", i)
                    .at("projects", j)
                    .field("source"),
                &p.source,
            );
        }
    }
    problems
}

/// `context "…" is not verbatim in section "review_2"`, for the excerpt named `what` (zh, en).
fn not_verbatim(what: (&str, &str), text: &str, section: &str) -> Text {
    let text = sanitize::quoted(text, 40);
    Text::new(
        format!("{} {text} 在章节 \"{section}\" 中找不到逐字一样的", what.0),
        format!("{} {text} is not verbatim in section \"{section}\"", what.1),
    )
}

/// The byte range of each section: from its heading to the next heading of the same or a
/// higher level (a part runs to the next part, a numbered section to the next section).
fn section_spans<'a>(
    dataset: &'a Dataset,
    report: &str,
    problems: &mut Vec<(DataPath, Text)>,
) -> Vec<(&'a str, Range<usize>)> {
    let (spans, missing) = heading_spans(&dataset.sections, report);
    for i in missing {
        let title = &dataset.sections[i].title_zh;
        problems.push((
            DataPath::item("sections", i).field("title_zh"),
            Text::new(
                format!(
                    "报告原文中没有按顺序找到标题 {}",
                    sanitize::quoted(title, 60)
                ),
                format!(
                    "heading {} is not in the report text, in order",
                    sanitize::quoted(title, 60)
                ),
            ),
        ));
    }
    spans
        .into_iter()
        .map(|(i, span)| (dataset.sections[i].id.as_str(), span))
        .collect()
}

/// Where each section of `sections` runs in `report`, by its index, and the indices of those
/// whose heading is not found. Headings repeat ((一) opens both parts), so each is sought after
/// the whole heading before it (a title that names 2026年工作打算 holds that heading too); a
/// section runs to the next heading of its level or above.
pub fn heading_spans(
    sections: &[crate::model::Section],
    report: &str,
) -> (Vec<(usize, Range<usize>)>, Vec<usize>) {
    let mut starts = Vec::new();
    let mut missing = Vec::new();
    let mut searched_from = 0;
    for (i, s) in sections.iter().enumerate() {
        match report[searched_from..].find(s.title_zh.as_str()) {
            Some(at) => {
                starts.push((i, searched_from + at));
                searched_from += at + s.title_zh.len();
            }
            None => missing.push(i),
        }
    }
    let spans = starts
        .iter()
        .enumerate()
        .map(|(n, (i, start))| {
            let nested = sections[*i].parent.is_some();
            let end = starts[n + 1..]
                .iter()
                .find(|(next, _)| sections[*next].parent.is_none() || nested)
                .map_or(report.len(), |(_, at)| *at);
            (*i, *start..end)
        })
        .collect();
    (spans, missing)
}
