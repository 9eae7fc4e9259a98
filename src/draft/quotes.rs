//! Cuts a figure's quote: its clause, or when that is too long, the part of it around the number.

use std::ops::Range;

use super::doc::Doc;

/// Longest quote, in characters (the dataset's limit).
pub const MAX_QUOTE: usize = 80;

/// The quote of the number at `span` in `clause`: the whole clause when it fits, else the
/// run of its 、-separated parts around the number that fits, else 80 characters around it.
pub fn clause_quote(doc: &Doc, clause: Range<usize>, span: Range<usize>) -> Range<usize> {
    if clause.len() <= MAX_QUOTE {
        return clause;
    }
    let c = &doc.chars;
    let soft = |i: usize| matches!(c[i], '、' | ' ' | '(' | ')');
    let mut start = span.start;
    while start > clause.start && !soft(start - 1) {
        start -= 1;
    }
    let mut end = span.end.max(span.start);
    while end < clause.end && !soft(end) {
        end += 1;
    }
    if end - start > MAX_QUOTE {
        let start = span.start.saturating_sub(MAX_QUOTE / 2).max(clause.start);
        let end = (start + MAX_QUOTE).min(clause.end);
        return start..end;
    }
    // Grow by whole parts on either side while the quote stays within the limit.
    loop {
        let mut grew = false;
        let mut s = start;
        if s > clause.start {
            s -= 1;
            while s > clause.start && !soft(s - 1) {
                s -= 1;
            }
            if end - s <= MAX_QUOTE {
                start = s;
                grew = true;
            }
        }
        let mut e = end;
        if e < clause.end {
            e += 1;
            while e < clause.end && !soft(e) {
                e += 1;
            }
            if e - start <= MAX_QUOTE {
                end = e;
                grew = true;
            }
        }
        if !grew {
            break;
        }
    }
    trim(c, start..end)
}

/// A context excerpt: the clause holding a hedge (预计), cut to the limit from its marker.
pub fn context_quote(doc: &Doc, clause: Range<usize>) -> Range<usize> {
    if clause.len() <= MAX_QUOTE {
        return clause;
    }
    let marker = (clause.start..clause.end - 1)
        .find(|i| doc.has_at(*i, "预计"))
        .unwrap_or(clause.start);
    let start = marker.saturating_sub(MAX_QUOTE / 4).max(clause.start);
    start..(start + MAX_QUOTE).min(clause.end)
}

fn trim(c: &[char], mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end && matches!(c[r.start], '、' | ' ') {
        r.start += 1;
    }
    while r.end > r.start && matches!(c[r.end - 1], '、' | ' ') {
        r.end -= 1;
    }
    r
}
