//! Finds companies and projects named with a status: X项目开工, X等一批项目落地, X等N家企业入选.

use std::ops::Range;

use super::clauses::sentences;
use super::doc::Doc;
use super::ir::{ProjectRead, SectionRead};
use super::words::{BEFORE_A_STATUS, NAMED, OPENERS, STATUS_WORDS};

/// Most projects read from one text; a report names a few hundred at most.
pub const MAX_PROJECTS: usize = 2_000;

/// Every company or project named with a status in `doc`.
pub fn projects(doc: &Doc, sections: &[SectionRead]) -> Vec<ProjectRead> {
    let mut out = Vec::new();
    for line in doc.lines.iter().filter(|l| !l.clutter) {
        for sentence in sentences(&doc.chars, line.range.clone()) {
            for clause in &sentence.clauses {
                let section = sections.iter().rposition(|s| s.at <= clause.start);
                let planned = section.is_some_and(|s| sections[s].plan);
                if out.len() >= MAX_PROJECTS {
                    return out;
                }
                for (name, status_word) in named_in(doc, clause.clone()) {
                    out.push(ProjectRead {
                        name: doc.verbatim(name).to_owned(),
                        status_word,
                        quote: clause_window(clause.clone()),
                        section,
                        planned,
                    });
                }
            }
        }
    }
    out
}

fn clause_window(clause: Range<usize>) -> Range<usize> {
    clause.start..clause.end.min(clause.start + super::quotes::MAX_QUOTE)
}

/// Names and the status word of one clause, when it ends in a status word.
fn named_in(doc: &Doc, clause: Range<usize>) -> Vec<(Range<usize>, &'static str)> {
    let Some((at, word)) = STATUS_WORDS
        .iter()
        .filter_map(|w| {
            let n = w.chars().count();
            (clause.start + 2..clause.end.saturating_sub(n - 1))
                .find(|i| doc.has_at(*i, w))
                .map(|i| (i, *w))
        })
        .min_by_key(|(i, _)| *i)
    else {
        return Vec::new();
    };
    let mut start = clause.start;
    while let Some(w) = OPENERS.iter().find(|w| doc.has_at(start, w)) {
        start += w.chars().count();
    }
    // A、B项目建成投产, X项目顺利竣工: how it reached the status is no part of the name.
    let mut at_name_end = at;
    while let Some(w) = BEFORE_A_STATUS
        .iter()
        .find(|w| doc.has_before(at_name_end, w) && at_name_end - w.chars().count() > start)
    {
        at_name_end -= w.chars().count();
    }
    let at = at_name_end;
    let segment = doc.folded(start..at);
    let mut end = at;
    if let Some(dengs) = segment.find('等') {
        end = start + segment[..dengs].chars().count();
    } else if !NAMED.iter().any(|w| segment.ends_with(w)) {
        return Vec::new();
    }
    if clause.len() > super::quotes::MAX_QUOTE
        && at + word.chars().count() > clause.start + super::quotes::MAX_QUOTE
    {
        return Vec::new();
    }
    let mut names = Vec::new();
    let mut from = start;
    for i in start..=end {
        if i == end || doc.chars[i] == '、' {
            let n = i - from;
            let generic = matches!(
                doc.folded(from..i).as_str(),
                "项目" | "一批项目" | "重点项目" | "重大项目" | "企业"
            );
            // A count inside (52个项目, 两个平台) makes it a figure's clause, not a name.
            let has_numeral = (from..i).any(|j| {
                let c = doc.chars[j];
                (c.is_ascii_digit() || super::numerals::is_chinese_numeral(c))
                    && super::units::read_unit(&doc.chars, j + 1, !c.is_ascii_digit())
                        .is_some_and(|u| u.class == super::units::UnitClass::Count)
            });
            if (2..=20).contains(&n) && !generic && !has_numeral {
                names.push((from..i, word));
            }
            from = i + 1;
        }
    }
    names
}
