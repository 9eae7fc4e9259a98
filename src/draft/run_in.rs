//! Run-in headings (一是…，二是…) read as numbered sections where no heading numbers them.

use super::doc::Doc;
use super::ir::SectionRead;

/// Run-in headings become numbered sections of a part that prints none, and top-level
/// sections of the text before the first part (a review told as 一是…八是 before a plain
/// 2026年工作打算 line) when it runs at least to 二是.
pub(super) fn add_run_in_sections(doc: &Doc, sections: &mut Vec<SectionRead>) {
    let parts: Vec<usize> = (0..sections.len())
        .filter(|i| sections[*i].parent.is_none())
        .collect();
    let first_part = parts.first().map_or(doc.chars.len(), |p| sections[*p].at);
    let mut added = run_ins(doc, 0..first_part, None, false);
    if added.len() < 2 {
        added.clear();
    }
    for (k, &p) in parts.iter().enumerate() {
        if sections.iter().any(|s| s.parent == Some(p)) {
            continue;
        }
        let to = parts
            .get(k + 1)
            .map_or(doc.chars.len(), |n| sections[*n].at);
        added.extend(run_ins(doc, sections[p].at..to, Some(p), sections[p].plan));
    }
    if added.is_empty() {
        return;
    }
    // Insert each run-in section after its part, keeping reading order; parents follow.
    let mut all: Vec<SectionRead> = std::mem::take(sections);
    let old_parts: Vec<usize> = all.iter().map(|s| s.at).collect();
    all.extend(added);
    all.sort_by_key(|s| s.at);
    let part_at: Vec<Option<usize>> = all.iter().map(|s| s.parent.map(|p| old_parts[p])).collect();
    for (i, at) in part_at.iter().enumerate() {
        all[i].parent = at.and_then(|a| all.iter().position(|s| s.at == a && s.parent.is_none()));
    }
    *sections = all;
}

/// The run-in headings in `range`, numbered from 一是 on without a gap.
fn run_ins(
    doc: &Doc,
    range: std::ops::Range<usize>,
    parent: Option<usize>,
    plan: bool,
) -> Vec<SectionRead> {
    let mut found = Vec::new();
    let mut expected = 1;
    let to = range.end;
    for i in range {
        if i + 1 >= to {
            break;
        }
        let opens = i == 0 || matches!(doc.chars[i - 1], '。' | ',' | ';' | ':' | '\n' | ' ');
        if opens && doc.chars[i + 1] == '是' && digit_value(doc.chars[i]) == Some(expected) {
            let end = (i..to.min(i + 60))
                .find(|j| matches!(doc.chars[*j], ',' | ';' | '。' | '\n'))
                .unwrap_or(to.min(i + 60));
            found.push(SectionRead {
                title: doc.verbatim(i..end).to_owned(),
                parent,
                number: Some(expected),
                plan,
                at: i,
            });
            expected += 1;
        }
    }
    found
}

fn digit_value(c: char) -> Option<u32> {
    "一二三四五六七八九"
        .chars()
        .position(|d| d == c)
        .map(|p| p as u32 + 1)
}
