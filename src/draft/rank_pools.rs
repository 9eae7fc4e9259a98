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

/// The pool a rank's quote names, for the dataset: what it is of and how many it holds when
/// the quote says (在全国217家国家级经开区中位列第13位 → 国家级经开区, 217), else the place before
/// 第 (全市第一 → 全市). Only words of the quote itself, so the dataset's check finds them there.
pub(super) fn pool_of(quote: &str, place: Option<&str>) -> Option<crate::model::Pool> {
    let rank_at = quote.rfind('第').or_else(|| quote.rfind("首位"))?;
    let before = &quote[..rank_at];
    let sized = before
        .char_indices()
        .rfind(|(at, c)| {
            c.is_ascii_digit()
                && !before[at + 1..].starts_with(|d: char| d.is_ascii_digit())
                && before[at + 1..].starts_with(['家', '个', '所'])
        })
        .and_then(|(at, _)| {
            let start = before[..=at]
                .rfind(|c: char| !c.is_ascii_digit())
                .map_or(0, |i| {
                    i + before[i..].chars().next().map_or(1, char::len_utf8)
                });
            let size: u32 = before[start..=at].parse().ok()?;
            let kind = super::rank_scope::pool_kind(&before[start..]);
            let end = kind
                .find('中')
                .or_else(|| RANKING.iter().filter_map(|w| kind.find(w)).min())
                .unwrap_or(kind.len());
            let kind = &kind[..end];
            (2..=16)
                .contains(&kind.chars().count())
                .then(|| (kind.to_owned(), size))
        });
    match sized {
        Some((zh, size)) => Some(crate::model::Pool {
            zh,
            en: None,
            size: Some(size),
            year: None,
        }),
        // 位列第27位: a verb of ranking is no pool.
        None => place
            .filter(|p| quote.contains(p) && !RANKING.iter().any(|w| p.contains(w)))
            .map(|p| crate::model::Pool {
                zh: p.to_owned(),
                en: None,
                size: None,
                year: None,
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::pool_of;

    #[test]
    fn a_pool_is_what_the_quote_ranks_among() {
        let pool = pool_of("在全国217家国家级经开区中位列第13位", None).unwrap();
        assert_eq!((pool.zh.as_str(), pool.size), ("国家级经开区", Some(217)));
        let pool = pool_of("位列全国178家国家高新区第19位", None).unwrap();
        assert_eq!((pool.zh.as_str(), pool.size), ("国家高新区", Some(178)));
        let pool = pool_of("增速居全市首位", Some("全市")).unwrap();
        assert_eq!((pool.zh.as_str(), pool.size), ("全市", None));
        assert_eq!(pool_of("开发区位列第41位", None), None);
        assert_eq!(pool_of("开发区位列第27位", Some("位列")), None);
    }
}
