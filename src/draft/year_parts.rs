//! Parts of a year a text dates its figures by: 上半年, 前三季度, 1—11月, a month's end (截至6月底).

use super::words::PART_YEAR;

/// The part of a year `text` names as its time (上半年, 前三季度, 1—11月, 截至6月底), not one it
/// compares with (降幅比上半年收窄, 较一季度回升): the part named last, nearest the number
/// (一季度…，1—11月累计增长2.7%).
pub(super) fn part_of_year(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut parts = parts_at(&chars);
    // 4月份集中开工项目38个，…，投资增长7.8%: one month is the time of its own clause only.
    parts.retain(|(part, at)| {
        !is_one_month(part) || !chars[*at..].iter().any(|c| matches!(c, ',' | ';'))
    });
    parts.pop().map(|(part, _)| part)
}

/// The part of a year a paragraph opens with (1—9月，全区工业总产值…; 一是工业生产稳中加快。
/// 1—9月，…), which the paragraph is about; a month's end (截至6月底) dates only its stocks.
pub(super) fn opening_part(line: &str) -> Option<String> {
    let body = match line.find('。') {
        Some(at) if line[..at].chars().count() <= 20 => &line[at + '。'.len_utf8()..],
        _ => line,
    };
    let head: String = body.chars().take(12).collect();
    let part = parts_of_year(&head).into_iter().next()?;
    // 4月份集中开工…: one month dates its own sentence, not the paragraph.
    if is_one_month(&part) {
        return None;
    }
    // 一季度，受疫情冲击…。: an opening that states no figure dates nothing after it.
    let opening = body
        .split('。')
        .next()
        .unwrap_or(body)
        .replacen(&part, "", 1);
    if !opening.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    (!part.ends_with(['底', '末'])).then_some(part)
}

/// Every part of a year `text` names as its time, in order.
fn parts_of_year(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    parts_at(&chars).into_iter().map(|(part, _)| part).collect()
}

/// Every part of a year `chars` names as its time, in order, with where each starts.
fn parts_at(chars: &[char]) -> Vec<(String, usize)> {
    let compared = |at: usize| at > 0 && matches!(chars[at - 1], '比' | '较' | '于' | '同');
    let mut found = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let rest: String = chars[at..].iter().take(6).collect();
        if let Some(word) = PART_YEAR.iter().find(|w| rest.starts_with(**w)) {
            if !compared(at) {
                found.push(((*word).to_owned(), at));
            }
            at += word.chars().count();
            continue;
        }
        if let Some(len) = months_from_january(&chars[at..]).or_else(|| month_end(&chars[at..]))
            && !compared(at)
        {
            found.push((chars[at..at + len].iter().collect(), at));
            at += len;
            continue;
        }
        // 9月当月, 9月份: one month, written as the month alone.
        if let Some((len, skip)) = one_month(&chars[at..])
            && !compared(at)
            && !(at > 0 && chars[at - 1].is_ascii_digit())
        {
            found.push((chars[at..at + len].iter().collect(), at));
            at += len + skip;
            continue;
        }
        at += 1;
    }
    found
}

/// The length of 1—11月, 1-8月, 1至5月 (the months from January) at the start of `chars`.
fn months_from_january(chars: &[char]) -> Option<usize> {
    if chars.first() != Some(&'1')
        || !chars
            .get(1)
            .is_some_and(|c| matches!(c, '—' | '-' | '至' | '~' | '–'))
    {
        return None;
    }
    let digits = chars[2..].iter().take_while(|c| c.is_ascii_digit()).count();
    ((1..=2).contains(&digits) && chars.get(2 + digits) == Some(&'月')).then_some(3 + digits)
}

/// True for a part that is one month (9月, 4月份).
fn is_one_month(part: &str) -> bool {
    let month = part.strip_suffix('份').unwrap_or(part);
    month
        .strip_suffix('月')
        .is_some_and(|m| !m.is_empty() && m.chars().all(|c| c.is_ascii_digit()))
}

/// The length of the month one names at the start of `chars` (9月 in 9月当月, 9月份; not
/// 9月份以来), and how many characters after it belong to the phrase.
fn one_month(chars: &[char]) -> Option<(usize, usize)> {
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    let month: u32 = chars[..digits].iter().collect::<String>().parse().ok()?;
    let rest: String = chars[digits..].iter().take(5).collect();
    let (len, skip) = if rest.starts_with("月当月") {
        (digits + 1, 2)
    } else if rest.starts_with("月份") {
        (digits + 2, 0)
    } else {
        return None;
    };
    ((1..=12).contains(&month) && !rest.contains("以来")).then_some((len, skip))
}

/// The length of a month's end a stock is counted at (截至6月底, 9月末, 至3月底) at the start
/// of `chars`.
fn month_end(chars: &[char]) -> Option<usize> {
    let lead = ["截至", "截止", "至"]
        .iter()
        .find(|w| {
            chars
                .iter()
                .zip(w.chars())
                .filter(|(a, b)| **a == *b)
                .count()
                == w.chars().count()
        })
        .map_or(0, |w| w.chars().count());
    let digits = chars[lead..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let month: u32 = chars[lead..lead + digits]
        .iter()
        .collect::<String>()
        .parse()
        .ok()?;
    let end = lead + digits;
    let ends = chars.get(end) == Some(&'月') && matches!(chars.get(end + 1), Some('底' | '末'));
    ((1..=12).contains(&month) && ends).then_some(end + 2)
}
