//! When a figure is of: the period a sentence gives it, a part of the year, the years an
//! average or a total runs over, and another year that puts its period in doubt.

use super::year_parts::part_of_year;

/// The period a sentence gives before the number: the report's year (2022年), or 全年/今年.
/// Other years in the sentence place events or bases (从1994年, 比2021年) and are no period.
pub fn period(
    sentence_before: &str,
    report_year: Option<i32>,
    plan_year: Option<i32>,
) -> Option<(String, Option<i32>)> {
    // 从2012年的312亿元, 2020年底的: a year right before the number dates the number itself,
    // whatever year the report is of.
    for (ending, written) in [
        ("年的", "年"),
        ("年底的", "年底"),
        ("年末的", "年末"),
        ("年底", "年底"),
        ("年末", "年末"),
    ] {
        if let Some(year) = sentence_before.strip_suffix(ending).and_then(year_ending) {
            return Some((format!("{year}{written}"), Some(year)));
        }
    }
    // 在2021年度全国综合保税区发展绩效评估中，…位列第27位: what a year's assessment finds is of
    // that year, though it is published in the next.
    if let Some(year) = last_assessed_year(sentence_before) {
        return Some((format!("{year}年度"), Some(year)));
    }
    // 从1993年起步时的6.2平方公里: the year of the start; 从起步时的…: a start whose year the
    // text does not give.
    // 从最初3.83平方公里: with or without 的.
    for start in super::words::STARTS {
        let trimmed = sentence_before
            .strip_suffix('的')
            .unwrap_or(sentence_before);
        if let Some(rest) = trimmed.strip_suffix(start) {
            let year = year_ending(rest.trim_end_matches('年')).filter(|_| rest.ends_with('年'));
            return Some(((*start).to_owned(), year));
        }
    }
    // 新区设立以来累计完成固定资产投资: a total since an event whose year the sentence does not
    // give, in the figure's own clause (建区以来，高新区从…发展到212平方公里 is of the year).
    if year_in(sentence_before).is_none()
        && let Some((event, tail)) = since_an_event(sentence_before)
        && tail.contains("累计")
        && !tail.contains([',', ';', '。', '，', '；'])
    {
        return Some((event.to_owned(), None));
    }
    // 上半年, 一季度, 1—6月: a part of the year is not the year.
    if let Some(part) = part_of_year(sentence_before) {
        let year = year_in(sentence_before)
            .filter(|y| Some(*y) == report_year || Some(*y) == plan_year)
            .or(report_year);
        let zh = match year {
            Some(y) => format!("{y}年{part}"),
            None => (*part).to_owned(),
        };
        return Some((zh, year));
    }
    if let Some(year) = year_in(sentence_before)
        && (Some(year) == report_year || Some(year) == plan_year)
    {
        return Some((format!("{year}年"), Some(year)));
    }
    for word in ["全年", "今年", "一年来", "过去一年", "本年"] {
        if sentence_before.contains(word) {
            return Some((word.to_owned(), report_year));
        }
    }
    None
}

/// The time since an event the zone counts from (设立以来, 封关运作以来) named last in `text`,
/// with the text after it.
fn since_an_event(text: &str) -> Option<(&str, &str)> {
    let at = text.rfind("以来")?;
    let end = at + "以来".len();
    // The event stands right before 以来, or one word before it (封关运作以来).
    let near = text[..at].char_indices().rev().nth(5).map_or(0, |(i, _)| i);
    let start = super::words::ANNIVERSARIES
        .iter()
        .filter_map(|e| text[near..at].rfind(e).map(|i| near + i))
        .min()?;
    Some((&text[start..end], &text[end..]))
}

/// The number four ASCII digits write from `at` in `chars` (2015 of 从2015年).
fn four_digits(chars: &[char], at: usize) -> Option<i32> {
    let run: String = chars.get(at..at + 4)?.iter().collect();
    run.chars()
        .all(|c| c.is_ascii_digit())
        .then(|| run.parse().ok())?
}

/// The years of a history in `text` (从2015年的263亿元增长到2020年的612.4亿元), to the report's
/// `year` when 到 names none: what a 累计 or 年均 after it runs over.
pub fn history_years(text: &str, year: Option<i32>) -> Option<(i32, i32)> {
    let chars: Vec<char> = text.chars().collect();
    let digits = |at: usize| four_digits(&chars, at);
    let at = (0..chars.len()).find(|i| {
        matches!(chars[*i], '从' | '由')
            && digits(i + 1).is_some()
            && chars.get(i + 5) == Some(&'年')
    })?;
    let from = digits(at + 1)?;
    let to_at = (at + 5..chars.len()).find(|i| chars[*i] == '到')?;
    // 到2020年的612.4亿元 names the end; 到2046亿元 is an amount, and the end is the report's.
    let to = digits(to_at + 1)
        .filter(|_| chars.get(to_at + 5) == Some(&'年'))
        .or(year)?;
    ((1900..=2100).contains(&from) && from < to && to - from <= 40).then_some((from, to))
}

/// The years an average over years runs over, from the sentence before it: 2019—2023年,
/// 2016年至2020年, “十三五”期间 (2016–2020), 五年来 or 过去5年 (ending in `year`).
pub fn year_range(text: &str, year: Option<i32>) -> Option<(i32, i32)> {
    let chars: Vec<char> = text.chars().collect();
    let digits = |at: usize| four_digits(&chars, at);
    let mut found = None;
    for at in 0..chars.len() {
        let Some(from) = digits(at) else { continue };
        let mut next = at + 4;
        if chars.get(next) == Some(&'年') {
            next += 1;
        }
        if !matches!(chars.get(next), Some('—' | '-' | '–' | '~' | '至' | '到')) {
            continue;
        }
        if let Some(to) = digits(next + 1)
            && (1900..=2100).contains(&from)
            && from < to
            && to - from <= 30
        {
            found = Some((from, to));
        }
    }
    if found.is_some() {
        return found;
    }
    for (plan, from) in [
        ("十二五", 2011),
        ("十三五", 2016),
        ("十四五", 2021),
        ("十五五", 2026),
    ] {
        if text.contains(plan) {
            found = Some((from, from + 4));
        }
    }
    if found.is_some() {
        return found;
    }
    // 五年来, 三十年来, 15年来: the whole numeral before 年来 (not the 十 of 三十).
    let year = year?;
    for (at, _) in text.match_indices("年来") {
        let run: String = text[..at]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || super::numerals::is_chinese_numeral(*c))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let n = run.parse::<i32>().ok().or_else(|| {
            crate::model::numerals::read_chinese(&run)
                .filter(|r| !r.malformed)
                .map(|r| r.value as i32)
        });
        if let Some(n) = n.filter(|n| (2..=60).contains(n)) {
            return Some((year - n + 1, year));
        }
    }
    // 过去5年, 近三年, 五年累计: the years up to the report's.
    for (word, n) in [("两", 2), ("三", 3), ("四", 4), ("五", 5), ("十", 10)]
        .iter()
        .map(|(w, n)| (w.to_string(), *n))
        .chain((2..=30).map(|n| (n.to_string(), n)))
    {
        // 五年累计完成…, 五年新增…: a sentence opening with the span it adds up.
        let opens = ["累计", "新增", "新建", "共", "引进", "完成", "实现"]
            .iter()
            .any(|v| text.starts_with(&format!("{word}年{v}")));
        // 两年平均增长7.1%: the average over the years up to the figure's.
        if opens
            || text.contains(&format!("过去{word}年"))
            || text.contains(&format!("近{word}年"))
            || text.contains(&format!("{word}年平均"))
        {
            return Some((year - n + 1, year));
        }
    }
    None
}

/// True when `text` names a year (四 digits and 年) other than `year`: a figure after it may be
/// of that year, or measured against it (比2020年增长25%), so its period is in doubt.
pub fn names_another_year(text: &str, year: Option<i32>) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(5).any(|w| {
        let digits: String = w[..4].iter().collect();
        w[4] == '年'
            && w[..4].iter().all(char::is_ascii_digit)
            && digits
                .parse::<i32>()
                .is_ok_and(|y| (1900..=2100).contains(&y) && Some(y) != year)
    })
}

/// The year `text` ends with (`…2012`), four digits from 1900 to 2100.
fn year_ending(text: &str) -> Option<i32> {
    let tail = super::doc::last_chars(text, 4);
    let year: i32 = tail.parse().ok()?;
    (tail.chars().all(|c| c.is_ascii_digit()) && (1900..=2100).contains(&year)).then_some(year)
}

/// The year of an assessment the text names before the number (在2021年度全国综合保税区发展
/// 绩效评估中): the last 20XX年度 followed by an assessment's word and by no other year. A
/// year's list or title (荣获2022年度全省先进单位，2023年实现…) dates nothing after it.
fn last_assessed_year(text: &str) -> Option<i32> {
    let ends: Vec<usize> = text.match_indices("年度").map(|(at, _)| at).collect();
    let (at, year) = ends
        .into_iter()
        .rev()
        .find_map(|at| Some((at, year_ending(&text[..at])?)))?;
    let rest = &text[at..];
    (super::words::ASSESSMENTS.iter().any(|w| rest.contains(w))
        && !names_another_year(rest, Some(year)))
    .then_some(year)
}

/// The first four-digit year written as 20XX年 or 19XX年.
pub fn year_in(text: &str) -> Option<i32> {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len().saturating_sub(4)).find_map(|at| {
        let w = &chars[at..at + 4];
        let digits: String = w.iter().collect();
        let year: i32 = digits.parse().ok()?;
        // 2003 年: text copied from a laid-out page may hold a space before 年.
        let after = match chars.get(at + 4) {
            Some(' ') => chars.get(at + 5),
            other => other,
        };
        let whole = at == 0 || !chars[at - 1].is_ascii_digit();
        (after == Some(&'年')
            && whole
            && w.iter().all(char::is_ascii_digit)
            && (1900..=2100).contains(&year))
        .then_some(year)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_total_since_an_event_without_its_year_has_no_year() {
        assert_eq!(
            period("新区设立以来累计完成固定资产投资", Some(2023), None),
            Some(("设立以来".into(), None))
        );
        assert_ne!(
            period("建区以来,全区累计", Some(2023), None),
            Some(("建区以来".into(), None))
        );
    }

    #[test]
    fn periods_from_the_sentence() {
        assert_eq!(
            period("2022年,亦庄新城预计全年", Some(2022), None),
            Some(("2022年".into(), Some(2022)))
        );
        assert_eq!(
            period("全年实现", Some(2021), None),
            Some(("全年".into(), Some(2021)))
        );
        // A year right before the number dates it, whatever the report's year.
        assert_eq!(
            period("从1994年的", Some(2022), Some(2023)),
            Some(("1994年".into(), Some(1994)))
        );
        assert_eq!(
            period("较2020年底的", Some(2022), None),
            Some(("2020年底".into(), Some(2020)))
        );
        assert_eq!(period("增长到现在的", Some(2022), None), None);
        // A part of the year is named as such.
        assert_eq!(
            period("2023年上半年,地区生产总值同比", Some(2023), Some(2024)),
            Some(("2023年上半年".into(), Some(2023)))
        );
        assert_eq!(
            period("前三季度,全区", Some(2023), None),
            Some(("2023年前三季度".into(), Some(2023)))
        );
        assert_eq!(
            period("1—11月,全区", Some(2023), None),
            Some(("2023年1—11月".into(), Some(2023)))
        );
        // A part of the year compared with is not the figure's time.
        assert_eq!(
            period(
                "固定资产投资同比下降2.4%,降幅比上半年收窄1.2个百分点;一般公共预算收入",
                Some(2023),
                None
            ),
            None
        );
    }

    #[test]
    fn an_average_over_years_names_its_range() {
        assert_eq!(
            year_range("建区三十年来,累计", Some(2022)),
            Some((1993, 2022))
        );
        assert_eq!(
            year_range("建区15年来,累计", Some(2022)),
            Some((2008, 2022))
        );
        assert_eq!(
            history_years("从2015年的1386亿元增长到2046亿元,年均", Some(2022)),
            Some((2015, 2022))
        );
        assert_eq!(
            year_range("五年累计完成固定资产投资", Some(2020)),
            Some((2016, 2020))
        );
        assert_eq!(year_range("五年级学生", Some(2020)), None);
        assert_eq!(
            year_range("2019—2023年年均增长", Some(2023)),
            Some((2019, 2023))
        );
        assert_eq!(
            year_range("“十三五”期间,地区生产总值年均增长", Some(2020)),
            Some((2016, 2020))
        );
        assert_eq!(
            year_range("五年来,年均增长", Some(2022)),
            Some((2018, 2022))
        );
        assert_eq!(year_range("地区生产总值年均增长", Some(2022)), None);
    }

    #[test]
    fn another_year_in_the_sentence_puts_the_period_in_doubt() {
        assert!(names_another_year("地区生产总值比2020年", Some(2023)));
        assert!(names_another_year("2019年地区生产总值为", Some(2023)));
        assert!(!names_another_year("2023年,全区地区生产总值", Some(2023)));
        assert!(!names_another_year("全区地区生产总值", Some(2023)));
        assert_eq!(period("推动", None, None), None);
    }
}
