//! The pool of a rank (全国217家国家级开发区中位列第13位): where it is named, and when a count is
//! that pool rather than a figure.

use super::doc::Doc;
use super::words::{RANK_POOLS, RANKING};

/// True when the count ending at `from` (starting at `start`) is the pool of a rank: right
/// before it in its clause (全国217家国家级开发区中位列第13位), between the verb and the rank
/// (位列全国178家国家高新区第19位), or in a 在…中 clause the rank's clause follows (在全省88家
/// 开发区综合考评中，开发区位列第9位).
pub(super) fn ranks_after(
    doc: &Doc,
    line: std::ops::Range<usize>,
    start: usize,
    from: usize,
) -> bool {
    let stop = |from: usize, marks: &[char], most: usize| {
        let last = line.end.min(from + most);
        (from..last)
            .find(|i| marks.contains(&doc.chars[*i]))
            .unwrap_or(last)
    };
    let rank_in = |range: std::ops::Range<usize>| {
        range.clone().find(|i| {
            doc.chars[*i] == '第'
                && doc
                    .chars
                    .get(i + 1)
                    .is_some_and(|c| c.is_ascii_digit() || super::numerals::is_chinese_numeral(*c))
                && RANKING
                    .iter()
                    .any(|w| doc.folded(range.start..*i).ends_with(w))
        })
    };
    let clause_end = stop(from, &[',', ';', '。', ':'], 30);
    if rank_in(from..clause_end).is_some() {
        return true;
    }
    let clause_start = (line.start.max(start.saturating_sub(30))..start)
        .rev()
        .find(|i| matches!(doc.chars[*i], ',' | ';' | '。' | ':'))
        .map_or(line.start.max(start.saturating_sub(30)), |i| i + 1);
    let opening = doc.folded(clause_start..start);
    let between = doc.folded(from..clause_end);
    // 位列全国178家国家高新区第19位.
    if RANKING.iter().any(|w| opening.contains(w))
        && let Some(at) = between.find('第')
        && between[at + '第'.len_utf8()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || super::numerals::is_chinese_numeral(c))
    {
        return true;
    }
    // 在全省88家省级以上开发区综合考评中，开发区位列第9位.
    opening.contains('在')
        && between.ends_with('中')
        && doc.chars.get(clause_end) == Some(&',')
        && rank_in(clause_end + 1..stop(clause_end + 1, &[',', ';', '。'], 30)).is_some()
}

/// The pool of a rank when the 第 at `at` follows a word that ranks (全市第一 → 全市).
pub fn rank_pool(doc: &Doc, at: usize) -> Option<String> {
    // The pool stands right before 第 (全市第一) or a few characters before it (位列全国高新区第38位).
    (0..=10).find_map(|back| {
        let end = at.checked_sub(back)?;
        let word = RANK_POOLS.iter().find(|w| doc.has_before(end, w))?;
        let from = end - word.chars().count();
        let named = doc.folded(from..at);
        (!named.contains(['。', ',', ';'])).then_some(named)
    })
}
