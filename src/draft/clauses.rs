//! Splits a paragraph into sentences (。！？) and clauses (，；：), never inside brackets or quotes.

use std::ops::Range;

/// A sentence and the clauses it is made of, as character ranges of the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub range: Range<usize>,
    /// Clauses without their closing punctuation, trimmed of spaces.
    pub clauses: Vec<Range<usize>>,
}

/// The sentences of `chars[range]`. A sentence ends at 。！？ (or ; when it runs very long);
/// a clause at ，；：. Brackets and quotation marks hold their punctuation in.
pub fn sentences(chars: &[char], range: Range<usize>) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut sentence_start = range.start;
    let mut clause_start = range.start;
    let mut clauses = Vec::new();
    for i in range.clone() {
        let c = chars[i];
        match c {
            '(' | '[' | '【' | '“' | '‘' | '《' | '「' | '『' | '〔' => depth += 1,
            ')' | ']' | '】' | '”' | '’' | '》' | '」' | '』' | '〕' => {
                depth = (depth - 1).max(0)
            }
            _ => {}
        }
        let ends_sentence = matches!(c, '。' | '!' | '?' | '！' | '？');
        // 1,200: a comma between digit groups ends no clause.
        let in_number = c == ','
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        // 地区生产总值：386.5亿元: a colon after a short name (a table written as prose) joins the
        // name to its figure; after a longer lead-in (主要预期目标为：) it ends the clause.
        let names_a_figure = matches!(c, ':' | '：') && {
            let lead = &chars[clause_start..i];
            let lead_in: String = lead.iter().collect();
            // 2020年：, 1—9月：: a time heads what follows, it names no figure.
            let a_time = lead.iter().any(char::is_ascii_digit)
                && lead.iter().any(|c| "年月日季".contains(*c));
            lead.len() <= MAX_NAME_BEFORE_COLON
                && !lead.iter().any(|c| c.is_whitespace())
                && !a_time
                && !super::words::LEAD_IN_ENDS
                    .iter()
                    .any(|w| lead_in.ends_with(w))
                && chars.get(i + 1).is_some_and(|c| !c.is_whitespace())
        };
        let ends_clause = ends_sentence
            || matches!(c, ',' | ';' | ':' | '，' | '；' | '：') && !in_number && !names_a_figure;
        // A stray closing mark or an unclosed bracket must not swallow the rest of a paragraph.
        let depth_now = if i - clause_start > 120 { 0 } else { depth };
        if ends_clause && depth_now == 0 {
            push_clause(chars, clause_start..i, &mut clauses);
            clause_start = i + 1;
            if ends_sentence {
                out.push(Sentence {
                    range: sentence_start..i + 1,
                    clauses: std::mem::take(&mut clauses),
                });
                sentence_start = i + 1;
                depth = 0;
            }
        }
    }
    push_clause(chars, clause_start..range.end, &mut clauses);
    if !clauses.is_empty() {
        out.push(Sentence {
            range: sentence_start..range.end,
            clauses,
        });
    }
    out
}

fn push_clause(chars: &[char], mut r: Range<usize>, clauses: &mut Vec<Range<usize>>) {
    while r.start < r.end && chars[r.start].is_whitespace() {
        r.start += 1;
    }
    while r.end > r.start && chars[r.end - 1].is_whitespace() {
        r.end -= 1;
    }
    // A clause longer than any a report writes is text without punctuation (a table, a
    // list, junk): cut it so that reading each number costs a bounded amount.
    while r.len() > MAX_CLAUSE {
        clauses.push(r.start..r.start + MAX_CLAUSE);
        r.start += MAX_CLAUSE;
    }
    if r.start < r.end {
        clauses.push(r);
    }
}

/// Longest name a colon joins to its figure (规模以上工业增加值：同比增长7.2%).
const MAX_NAME_BEFORE_COLON: usize = 16;

/// Longest clause, in characters.
pub const MAX_CLAUSE: usize = 200;

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<Vec<String>> {
        let chars: Vec<char> = text.chars().collect();
        sentences(&chars, 0..chars.len())
            .into_iter()
            .map(|s| {
                s.clauses
                    .into_iter()
                    .map(|c| chars[c].iter().collect())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn clauses_stop_at_commas_but_not_in_brackets() {
        assert_eq!(
            split("预计全年增长8%(剔除疫苗因素,下同);投资增长5%。PM2.5下降,水质好"),
            vec![
                vec!["预计全年增长8%(剔除疫苗因素,下同)", "投资增长5%"],
                vec!["PM2.5下降", "水质好"],
            ]
        );
    }

    #[test]
    fn a_colon_joins_a_short_name_to_its_figure() {
        assert_eq!(
            split("地区生产总值:386.5亿元,同比增长4.1%;今年主要预期目标为:增长6%"),
            vec![vec![
                "地区生产总值:386.5亿元",
                "同比增长4.1%",
                "今年主要预期目标为",
                "增长6%"
            ]]
        );
    }

    #[test]
    fn quotes_hold_their_punctuation() {
        assert_eq!(
            split("坚持“稳中求进,进中求好”。"),
            vec![vec!["坚持“稳中求进,进中求好”"]]
        );
    }
}
