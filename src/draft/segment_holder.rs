//! Whose figures a stretch of a sentence gives when it opens by naming a part of the zone or a
//! company (东澪片区依托…，完成进出口总额412.6亿元): the part's or the company's, not the zone's.

use super::clauses::Sentence;
use super::doc::Doc;
use super::labels::UNNAMED;
use super::words::{AFTER_THE_NAME, COMPANY_ENDS, PART_ENDS};
use crate::model::indicators::Indicator;

/// The part of the zone the stretch of `sentence` holding `at` opens with: the stretch runs
/// from the sentence's start or its last ; before `at`. None when the stretch opens otherwise.
pub(super) fn part_heading(doc: &Doc, sentence: &Sentence, at: usize) -> Option<String> {
    let start = sentence
        .clauses
        .iter()
        .map(|c| c.start)
        .filter(|s| *s <= at)
        .rfind(|s| *s == sentence.range.start || doc.has_before(*s, ";"))?;
    let head: String = doc.folded(start..(start + MAX_NAME + 2).min(at));
    let end = AFTER_THE_NAME
        .iter()
        .filter_map(|w| head.find(w))
        .filter(|i| *i > 0)
        .min()?;
    let name = &head[..end];
    let chinese = name.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let count = name.chars().count();
    // 澜科新能源在…情况下，…，营业收入突破五百亿元: a company's, named as companies are.
    let holder = PART_ENDS
        .iter()
        .chain(COMPANY_ENDS)
        .any(|p| name.ends_with(p));
    (chinese && (3..=MAX_NAME).contains(&count) && holder).then(|| name.to_owned())
}

/// `label` and `indicator` of the figure whose clause runs `before` up to it: the part's, when
/// the stretch opens with a part and the clause does not name the whole zone (带动全区…).
pub(super) fn of_part(
    doc: &Doc,
    sentence: &Sentence,
    before: std::ops::Range<usize>,
    label: String,
    indicator: Option<&'static Indicator>,
) -> (String, Option<&'static Indicator>) {
    let clause = doc.folded(before.clone());
    let whole_zone = ["全区", "我区", "全新区", "全县", "全市"]
        .iter()
        .any(|w| clause.contains(w));
    match part_heading(doc, sentence, before.end) {
        Some(part) if !whole_zone && !label.contains(&part) && label != UNNAMED => {
            (format!("{part}{label}"), None)
        }
        _ => (label, indicator),
    }
}

/// Longest name read, in characters.
const MAX_NAME: usize = 8;

#[cfg(test)]
mod tests {
    use super::*;

    fn part(text: &str, number: &str) -> Option<String> {
        let doc = Doc::new(text);
        let at = doc
            .folded(0..doc.chars.len())
            .find(number)
            .map(|b| doc.folded(0..doc.chars.len())[..b].chars().count())?;
        let sentences = super::super::clauses::sentences(&doc.chars, 0..doc.chars.len());
        let sentence = sentences.iter().find(|s| s.range.contains(&at))?;
        part_heading(&doc, sentence, at)
    }

    #[test]
    fn a_stretch_that_opens_with_a_part_is_the_parts() {
        let text = "全区增长5%；东澪片区依托综合保税区，完成进出口总额412.6亿元；汐洲街道一般公共预算收入突破10亿元。";
        assert_eq!(part(text, "412.6").as_deref(), Some("东澪片区"));
        assert_eq!(part(text, "5%"), None);
        let company = "澜科新能源在行业波动的情况下，营业收入突破五百亿元。";
        assert_eq!(part(company, "五百").as_deref(), Some("澜科新能源"));
        assert_eq!(part("开发区坚持创新，实现营业收入20亿元。", "20"), None);
    }
}
