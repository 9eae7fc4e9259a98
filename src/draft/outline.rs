//! Finds the report's title, year, zone and headings (一、 (一) 1. 第一部分, run-in 一是), and its plan part.

use super::doc::Doc;
use super::ir::SectionRead;
use super::numerals::numerals;
use super::periods::year_in;

/// The report's outline.
#[derive(Debug, Clone, Default)]
pub struct Outline {
    pub title: Option<String>,
    pub zone: Option<String>,
    pub year: Option<i32>,
    pub plan_year: Option<i32>,
    /// The part of the year the report covers, when its title names one (上半年, 前三季度).
    pub part: Option<String>,
    /// The year the report was given in, when the text says (a speech dated 2021年1月14日, a
    /// title of 2018年工作报告 over 2017年工作回顾): its 今年.
    pub delivered: Option<i32>,
    pub sections: Vec<SectionRead>,
}

/// Heading styles, from the outermost: 第一部分, 一、, (一), 1., (1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Style {
    Part,
    Chinese,
    Bracketed,
    Arabic,
    BracketedArabic,
}

struct Heading {
    style: Style,
    number: u32,
    title: std::ops::Range<usize>,
}

/// Reads the outline of `doc`.
pub fn outline(doc: &Doc) -> Outline {
    let mut out = Outline::default();
    let body: Vec<_> = doc.lines.iter().filter(|l| !l.clutter).collect();
    let title_line = body
        .iter()
        .take(8)
        .find(|l| {
            let t = unspaced(&doc.folded(l.range.clone()));
            // A title names the kind of text (报告, 总结, 经济运行情况); a site's banner and
            // breadcrumbs (首页 | 政务公开, 当前位置 > …) and a sentence (我代表…向大会报告工作,
            // 请予审议) do not count.
            l.range.len() <= 60
                && ["报告", "总结", "情况", "分析", "打算"]
                    .iter()
                    .any(|w| t.contains(w))
                && !t.contains(['|', '>', ',', '。'])
                && heading(doc, l.range.clone()).is_none()
        })
        .or(body.first());
    if let Some(line) = title_line {
        // A text with no title line opens with a sentence: its first sentence stands as the
        // title, ending before a run-in heading that may follow (…五大运行特点:一是…).
        let sentence_end = (line.range.start..line.range.end)
            .find(|i| matches!(doc.chars[*i], '。' | '!' | '?' | ':'))
            .map_or(line.range.end, |i| i + 1);
        let end = sentence_end.min(line.range.start + 60);
        let title = doc.verbatim(line.range.start..end).to_owned();
        // 政 府 工 作 报 告: a title spaced out for show reads as one word.
        let folded = unspaced(&doc.folded(line.range.clone()));
        // A text with no title opens with a sentence: it names no zone, year or part as a
        // title does.
        if !folded.contains([',', '。']) {
            out.year = year_in(&folded);
            out.zone = super::title::zone_of(&unspaced(&doc.folded(line.range.start..end)));
            out.part = super::title::part_of_year(&folded);
        }
        out.title = Some(title);
    }
    let headings: Vec<(usize, Heading)> = body
        .iter()
        .filter_map(|l| Some((l.range.start, heading(doc, l.range.clone())?)))
        .collect();
    let mut styles: Vec<Style> = headings.iter().map(|(_, h)| h.style).collect();
    styles.sort();
    styles.dedup();
    let (part, numbered) = (styles.first().copied(), styles.get(1).copied());
    // The year under review: a review part's own year (一、2021年工作回顾, in a report dated
    // 2022), else the title's, else the earliest year a part heading names.
    let part_years = || {
        headings
            .iter()
            .filter(|(_, h)| Some(h.style) == part)
            .map(|(_, h)| doc.folded(h.title.clone()))
    };
    let reviewed = part_years()
        .filter(|t| REVIEW_PART_WORDS.iter().any(|w| t.contains(w)))
        .find_map(|t| year_in(&t));
    if reviewed.is_some() {
        out.year = reviewed;
    }
    // With no year in the title, the earliest year a review part names; a text that is only a
    // plan (二、2018年工作总体要求和目标任务) reviews the year before its plan's.
    let review_year = out.year.or_else(|| {
        let (plans, reviews): (Vec<String>, Vec<String>) =
            part_years().partition(|t| is_plan_title(t, None));
        match reviews.iter().filter_map(|t| year_in(t)).min() {
            Some(year) => Some(year),
            None => plans.iter().filter_map(|t| year_in(t)).min().map(|y| y - 1),
        }
    });
    let mut current_part = None;
    for (at, h) in &headings {
        let is_part = Some(h.style) == part;
        if !is_part && Some(h.style) != numbered {
            continue;
        }
        let title = doc.verbatim(h.title.clone()).to_owned();
        if is_part {
            let plan = is_plan_title(&doc.folded(h.title.clone()), review_year);
            current_part = Some(out.sections.len());
            out.sections.push(SectionRead {
                title,
                parent: None,
                number: Some(h.number),
                plan,
                at: *at,
            });
            if plan && out.plan_year.is_none() {
                out.plan_year = year_in(&doc.folded(h.title.clone()));
            }
        } else {
            let plan = current_part.is_some_and(|p| out.sections[p].plan);
            out.sections.push(SectionRead {
                title,
                parent: current_part,
                number: Some(h.number),
                plan,
                at: *at,
            });
        }
    }
    // A text with no numbered headings may still head its parts with a plain line
    // (2023年工作回顾, 2024年工作打算): those are its parts, and the review's year is the year
    // under review whatever the title's meeting year.
    if headings.is_empty() {
        for line in &body {
            let text = doc.folded(line.range.clone());
            let text = text.trim();
            // The title (松岚经济开发区2019年工作总结) heads the front, not a part of it.
            let is_title = title_line.is_some_and(|t| t.range == line.range);
            if is_title || !is_plain_part_heading(text) {
                continue;
            }
            let review_year = out.year;
            let plan = is_plan_title(text, review_year);
            if !plan && REVIEW_PART_WORDS.iter().any(|w| text.contains(w)) {
                out.year = year_in(text).or(out.year);
            }
            if plan && out.plan_year.is_none() {
                out.plan_year = year_in(text);
            }
            out.sections.push(SectionRead {
                title: doc.verbatim(line.range.clone()).trim().to_owned(),
                parent: None,
                number: None,
                plan,
                at: line.range.start,
            });
        }
    }
    super::run_in::add_run_in_sections(doc, &mut out.sections);
    if out.zone.is_none() {
        out.zone = super::title::zone_in_body(doc);
    }
    if let Some(full) = out
        .zone
        .as_deref()
        .and_then(|z| super::title::full_name(z, doc))
    {
        out.zone = Some(full);
    }
    if out.year.is_none() {
        out.year = out
            .plan_year
            .map(|y| y - 1)
            .or_else(|| super::title::speech_year(doc).map(|y| y - 1))
            .or_else(|| most_common_year(doc));
    }
    let title_year = title_line.and_then(|l| year_in(&doc.folded(l.range.clone())));
    out.delivered =
        super::title::speech_year(doc).or(title_year.filter(|t| out.year.is_some_and(|y| *t > y)));
    // 2023年工作总结和2024年工作思路: a title may name the plan's year though the text shown
    // stops before the plan part.
    if out.plan_year.is_none() {
        out.plan_year =
            title_line.and_then(|l| plan_year_in_title(&doc.folded(l.range.clone()), out.year));
    }
    if out.part.is_some() {
        // A report on part of a year plans the rest of that year.
        out.plan_year = out.year;
    } else if out.plan_year.is_none() && out.sections.iter().any(|s| s.plan) {
        out.plan_year = out.year.map(|y| y + 1);
    }
    out
}

/// `text` without its spaces.
fn unspaced(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The heading a line opens with, if it opens with one.
fn heading(doc: &Doc, line: std::ops::Range<usize>) -> Option<Heading> {
    let c = &doc.chars;
    let s = line.start;
    let ns = numerals(c, s..line.end.min(s + 8));
    let first = ns.first()?;
    let after = c.get(first.span.end).copied();
    let (style, body_start) = if first.chinese && first.span.start == s + 1 && c[s] == '第' {
        let word = doc.folded(first.span.end..first.span.end + 2);
        if !(word == "部分" || word.starts_with('章') || word.starts_with('篇')) {
            return None;
        }
        (Style::Part, first.span.end)
    } else if first.span.start == s && first.chinese && after == Some('、') {
        (Style::Chinese, first.span.end + 1)
    } else if first.span.start == s + 1 && c[s] == '(' && after == Some(')') {
        let style = if first.chinese {
            Style::Bracketed
        } else {
            Style::BracketedArabic
        };
        (style, first.span.end + 1)
    } else if first.span.start == s
        && !first.chinese
        && matches!(after, Some('.' | '、'))
        && !c.get(first.span.end + 1).is_some_and(char::is_ascii_digit)
    {
        (Style::Arabic, first.span.end + 1)
    } else {
        return None;
    };
    if first.malformed || first.value < 1.0 || first.value > 99.0 || body_start >= line.end {
        return None;
    }
    Some(Heading {
        style,
        number: first.value as u32,
        title: s..title_end(c, s, line.end),
    })
}

/// A short line is its own heading; a long one is headed by its first sentence (or clause).
fn title_end(c: &[char], start: usize, end: usize) -> usize {
    if end - start <= 40 {
        return end;
    }
    let limit = end.min(start + 60);
    if let Some(i) = (start..limit).find(|i| matches!(c[*i], '。' | '!' | '?')) {
        return i + 1;
    }
    (start + 4..limit)
        .find(|i| matches!(c[*i], ',' | ';' | ':'))
        .unwrap_or(limit)
}

/// A short line with no clause marks that names a year's work under review or planned.
fn is_plain_part_heading(text: &str) -> bool {
    text.chars().count() <= 20
        && !text.contains(['。', ',', ';', ':'])
        && year_in(text).is_some()
        && [
            "工作回顾",
            "工作总结",
            "工作打算",
            "工作安排",
            "工作计划",
            "主要工作",
        ]
        .iter()
        .any(|w| text.contains(w))
}

/// Words of a part heading that looks back on the year under review (2022年计划执行情况).
const REVIEW_PART_WORDS: &[&str] = &["回顾", "总结", "过去", "执行情况", "完成情况"];

/// The year a title's plan names (…2023年工作总结暨2024年工作部署): a later year with a plan's
/// words, in one of the title's parts joined by 和, 暨, 及 or 与.
fn plan_year_in_title(title: &str, review_year: Option<i32>) -> Option<i32> {
    review_year?;
    title
        .split(['和', '暨', '及', '与'])
        .filter(|part| is_plan_title(part, review_year))
        .find_map(year_in)
        .filter(|y| review_year.is_some_and(|r| *y > r))
}

/// True for a part heading that plans the coming year (二、2023年工作安排, 今年工作).
fn is_plan_title(title: &str, review_year: Option<i32>) -> bool {
    // 重点工作推进情况: how the work went, a review, though it names 重点工作.
    let review = [
        "回顾",
        "总结",
        "过去",
        "成绩",
        "成效",
        "完成情况",
        "推进情况",
        "进展情况",
        "落实情况",
    ]
    .iter()
    .any(|w| title.contains(w));
    let plan_words = [
        "工作安排",
        "工作打算",
        "工作思路",
        "工作部署",
        "重点工作",
        "主要任务",
        "重点任务",
        "主要目标",
        "目标任务",
        "总体要求",
        "预期目标",
        "工作计划",
        "下一步",
        "今年工作",
        "明年工作",
        "新的一年",
    ];
    let later_year = year_in(title).is_some_and(|y| review_year.is_none_or(|r| y > r));
    let earlier_year = year_in(title).is_some_and(|y| review_year.is_some_and(|r| y <= r));
    !review
        && !earlier_year
        && (plan_words.iter().any(|w| title.contains(w)) || later_year && title.contains("工作"))
}

/// The year a text names most, when nothing else gives the report's: a founding date (于2011年
/// 6月成立) is no report's year, and a stock compared with a year's end (较2023年末) is of the
/// year after.
fn most_common_year(doc: &Doc) -> Option<i32> {
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for line in doc.lines.iter().filter(|l| !l.clutter) {
        let text = doc.folded(line.range.clone());
        let clause = text
            .split([',', ';', '。'])
            .find(|c| year_in(c).is_some())
            .unwrap_or_default();
        let founding = super::words::ANNIVERSARIES
            .iter()
            .chain(&["获批", "批准", "始建"])
            .any(|w| clause.contains(w));
        let baseline = ["较", "比"].iter().any(|w| {
            year_in(clause).is_some_and(|y| {
                clause.contains(&format!("{w}{y}年末")) || clause.contains(&format!("{w}{y}年底"))
            })
        });
        if founding {
            continue;
        }
        if let Some(y) = year_in(&text).map(|y| if baseline { y + 1 } else { y }) {
            match counts.iter_mut().find(|(year, _)| *year == y) {
                Some((_, n)) => *n += 1,
                None => counts.push((y, 1)),
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|(y, n)| (*n, *y))
        .map(|(y, _)| y)
}
