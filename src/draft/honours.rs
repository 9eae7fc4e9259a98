//! Honours the text says the zone or a company received (获评国家级绿色工业园区, 入选…名单,
//! 揭榜…), each kept with its clause as quote.

use std::ops::Range;

use super::clauses::sentences;
use super::doc::Doc;
use super::ir::SectionRead;
use super::words::{HONOUR_ENDS, HONOUR_VERBS, NOT_COMPANY_NAMES, NOT_YET_HONOURED};
use crate::model::{Holder, Honour, Level, Source, Status};

/// Most honours read from one text; a report names a few dozen.
const MAX_HONOURS: usize = 200;

/// Every honour named in a clause of the review part of `doc`.
pub(super) fn honours(
    doc: &Doc,
    sections: &[SectionRead],
    section_id: &dyn Fn(usize) -> String,
    anchors: &mut super::drafted::Anchors,
) -> Vec<Honour> {
    let mut out: Vec<Honour> = Vec::new();
    for line in doc.lines.iter().filter(|l| !l.clutter) {
        for sentence in sentences(&doc.chars, line.range.clone()) {
            for (k, clause) in sentence.clauses.iter().enumerate() {
                let section = sections.iter().rposition(|s| s.at <= clause.start);
                if section.is_some_and(|s| sections[s].plan) || out.len() >= MAX_HONOURS {
                    continue;
                }
                let quote = clause.start..clause.end.min(clause.start + super::quotes::MAX_QUOTE);
                for (holder, title, status) in named_in(doc, quote.clone(), k == 0) {
                    let title_zh = doc.verbatim(title).to_owned();
                    if out
                        .iter()
                        .any(|h| h.title_zh == title_zh && h.holder == holder)
                    {
                        continue;
                    }
                    let quote_zh = doc.verbatim(quote.clone()).to_owned();
                    // 获…称号 with no word of awarding is a title granted, as the schema says it.
                    let status = if status == crate::model::Status::Awarded
                        && quote_zh.contains("称号")
                        && !status.keywords().iter().any(|w| quote_zh.contains(w))
                    {
                        crate::model::Status::Titled
                    } else {
                        status
                    };
                    let id = format!("honour_{}", out.len() + 1);
                    anchors.insert(id.clone(), doc.byte_at(quote.start));
                    out.push(Honour {
                        id,
                        level: level_of(&title_zh),
                        title_zh,
                        title_en: None,
                        holder,
                        status,
                        also: Vec::new(),
                        // 2022年，经开区入选…: the year may open the sentence.
                        year: super::periods::year_in(&quote_zh).or_else(|| {
                            super::periods::year_in(&doc.folded(sentence.range.start..quote.start))
                        }),
                        source: Source {
                            section: section.map_or_else(|| "front".to_owned(), section_id),
                            quote: quote_zh,
                            context: None,
                            basis_from: None,
                        },
                    });
                }
            }
        }
    }
    out
}

/// The honours one clause names: who received what, and how the text says so.
fn named_in(
    doc: &Doc,
    clause: Range<usize>,
    opens_sentence: bool,
) -> Vec<(Holder, Range<usize>, Status)> {
    let text = doc.folded(clause.clone());
    if NOT_YET_HONOURED.iter().any(|w| text.contains(w)) {
        return Vec::new();
    }
    let verb_at = |i: usize| {
        HONOUR_VERBS
            .iter()
            .find(|(verb, _)| doc.has_at(i, verb))
            .map(|(verb, status)| (verb.chars().count(), *status))
    };
    let Some(at) = (clause.start..clause.end).find(|i| verb_at(*i).is_some()) else {
        return Vec::new();
    };
    // 揭榜入选…: the title follows the last verb of the chain, whose status it takes.
    let (mut end, mut status) = (at, None);
    while let Some((len, read)) = verb_at(end) {
        (end, status) = (end + len, Some(read));
    }
    let (Some(status), Some(title)) = (status, title_after(doc, end..clause.end)) else {
        return Vec::new();
    };
    let titles = titles_listed(doc, title);
    let holders = holders(doc, clause.start..at, opens_sentence);
    // A、B分别入选X、Y: each holder its own title, in order.
    if doc.has_before(at, "分别") && holders.len() == titles.len() && titles.len() > 1 {
        return holders
            .into_iter()
            .zip(titles)
            .map(|(holder, title)| (holder, title, status))
            .collect();
    }
    holders
        .into_iter()
        .flat_map(|holder| {
            titles
                .iter()
                .map(move |t| (holder.clone(), t.clone(), status))
        })
        .collect()
}

/// The titles a list names (省级循环化改造示范园区、省级“双创”示范基地), when each ends as an
/// honour does; else the whole as one.
fn titles_listed(doc: &Doc, title: Range<usize>) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut from = title.start;
    for i in title.clone() {
        if doc.chars[i] == '、' {
            parts.push(from..i);
            from = i + 1;
        }
    }
    parts.push(from..title.end);
    // 入选…示范区、获…基地: a later part may open with its own verb.
    for part in &mut parts {
        if let Some((verb, _)) = HONOUR_VERBS.iter().find(|(v, _)| doc.has_at(part.start, v)) {
            part.start += verb.chars().count();
        }
    }
    let each_ends = parts.iter().all(|p| {
        let text = doc.folded(p.clone());
        p.len() >= 2 && HONOUR_ENDS.iter().any(|w| text.ends_with(w))
    });
    if each_ends { parts } else { vec![title] }
}

/// The title after the verb, without the quotation marks around it or a closing 名单/称号:
/// none unless it ends as an honour does and names no figure.
fn title_after(doc: &Doc, range: Range<usize>) -> Option<Range<usize>> {
    let (mut start, mut end) = (range.start, range.end);
    // …等称号: the list's 等 and its closing word; …单项冠军企业(产品): a gloss in brackets.
    for tail in ["名单", "称号", "榜单", "等"] {
        if doc.has_before(end, tail) {
            end -= tail.chars().count();
        }
    }
    if end > start && doc.chars[end - 1] == ')' {
        let open = (start..end).rev().find(|i| doc.chars[*i] == '(');
        end = open.unwrap_or(end);
    }
    // 2022年国家智能制造示范工厂: the year names the round; it is the honour's year, not a figure.
    let digits = (start..end)
        .take_while(|i| doc.chars[*i].is_ascii_digit())
        .count();
    if digits == 4 {
        let after = start + digits;
        start = after
            + if doc.has_at(after, "年度") {
                2
            } else {
                usize::from(doc.has_at(after, "年"))
            };
    }
    if doc.chars.get(start) == Some(&'“') && end > start && doc.chars[end - 1] == '”' {
        (start, end) = (start + 1, end - 1);
    }
    let title = doc.folded(start..end);
    let figure = title.chars().any(|c| c.is_ascii_digit() || c == '%');
    let fits = (2..=40).contains(&(end.saturating_sub(start)))
        && !figure
        && HONOUR_ENDS.iter().any(|w| title.ends_with(w));
    fits.then_some(start..end)
}

/// Who received it: the zone when the clause names no one else (开发区获评…, 获评…), the
/// companies listed before N家企业 (澜禾电器、纬衡精密2家企业分别揭榜…), or one company named
/// alone; none when the words before name something else (部分项目, 园区企业).
fn holders(doc: &Doc, before: Range<usize>, opens_sentence: bool) -> Vec<Holder> {
    let text = doc.folded(before.clone());
    let text = ["成功", "分别", "先后", "相继", "均", "首次", "还", "并"]
        .iter()
        .fold(text.as_str(), |t, w| t.strip_suffix(w).unwrap_or(t));
    let text = ["其中", "同时", "此外", "全年"]
        .iter()
        .fold(text, |t, w| t.strip_prefix(w).unwrap_or(t));
    // 连续3年获评…: the streak is when, not who.
    let text = match text.find("连续") {
        Some(at) if text.ends_with('年') => &text[..at],
        _ => text,
    };
    // 澜禾电器营收突破10亿元，获评…: a clause that names no one continues the one before,
    // whose subject may be a company; only a sentence's first clause speaks for the zone.
    if text.is_empty() && !opens_sentence {
        return Vec::new();
    }
    // 管委会被评为…: the zone's own administration.
    if super::label_kinds::names_only_the_zone(text)
        || ["管委会", "管理委员会", "党工委"]
            .iter()
            .any(|w| text.ends_with(w))
    {
        return vec![Holder::Zone];
    }
    // 澜禾电器、纬衡精密2家企业, 泓屹电气、北缙新材等12家企业: the names before the count.
    let names = text
        .find(|c: char| c.is_ascii_digit() || c == '等')
        .filter(|_| text.ends_with("企业"))
        .map(|at| &text[..at]);
    match names {
        Some(listed) => listed
            .split('、')
            .filter(|n| is_a_company_name(n))
            .map(|n| Holder::Company((*n).to_owned()))
            .collect(),
        // 宁川精工和北岚新材入围…: two companies joined by 和.
        None => match text.split_once(['和', '与']) {
            Some((a, b)) if is_a_company_name(a) && is_a_company_name(b) => {
                vec![Holder::Company(a.to_owned()), Holder::Company(b.to_owned())]
            }
            _ if is_a_company_name(text) => vec![Holder::Company(text.to_owned())],
            _ => Vec::new(),
        },
    }
}

/// A name that stands alone for a company: short, no place of the zone, no generic kind.
fn is_a_company_name(text: &str) -> bool {
    (2..=12).contains(&text.chars().count())
        && !NOT_COMPANY_NAMES.iter().any(|w| text.contains(w))
        && !text.contains(['、', ',', '等'])
        && !text.chars().any(|c| c.is_ascii_digit())
}

/// The level of whoever grants a title, when the title says (国家级绿色工厂 → national).
fn level_of(title: &str) -> Option<Level> {
    [
        Level::International,
        Level::National,
        Level::Provincial,
        Level::Municipal,
    ]
    .into_iter()
    .find(|level| level.keywords().iter().any(|w| title.contains(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, Holder, Status)> {
        let doc = Doc::new(text);
        let mut anchors = super::super::drafted::Anchors::default();
        honours(&doc, &[], &|i| format!("s{i}"), &mut anchors)
            .into_iter()
            .map(|h| (h.title_zh, h.holder, h.status))
            .collect()
    }

    #[test]
    fn honours_of_the_zone_and_of_companies_are_read_with_their_verbs() {
        assert_eq!(
            read("开发区获评国家级绿色工业园区。\n"),
            [(
                "国家级绿色工业园区".to_owned(),
                Holder::Zone,
                Status::Awarded
            )]
        );
        assert_eq!(
            read("澜禾电器、纬衡精密2家企业分别揭榜入选国家智能制造示范工厂名单。\n"),
            [
                (
                    "国家智能制造示范工厂".to_owned(),
                    Holder::Company("澜禾电器".into()),
                    Status::Selected
                ),
                (
                    "国家智能制造示范工厂".to_owned(),
                    Holder::Company("纬衡精密".into()),
                    Status::Selected
                ),
            ]
        );
    }

    #[test]
    fn a_title_loses_its_round_year_list_word_and_gloss() {
        let titles: Vec<String> = read(
            "2021年，开发区入选国家外贸转型升级基地、获省级数字经济示范园区等称号。\n\
             宁川精工和北岚新材入围2021年国家级制造业单项冠军企业(产品)。\n",
        )
        .into_iter()
        .map(|(title, holder, _)| format!("{title}/{holder:?}"))
        .collect();
        assert_eq!(
            titles,
            [
                "国家外贸转型升级基地/Zone",
                "省级数字经济示范园区/Zone",
                "国家级制造业单项冠军企业/Company(\"宁川精工\")",
                "国家级制造业单项冠军企业/Company(\"北岚新材\")",
            ]
        );
    }

    #[test]
    fn aims_figures_and_unnamed_holders_are_no_honours() {
        assert!(read("力争获评国家级绿色工业园区。\n").is_empty());
        assert!(read("入选企业数占全市50%。\n").is_empty());
        assert!(read("部分项目入选省重点项目名单。\n").is_empty());
        assert_eq!(read("连续3年获评A类。\n")[0].1, Holder::Zone);
        assert!(read("全区12家企业入选省级专精特新中小企业名单。\n").is_empty());
        assert!(read("其中2家入选国家级专精特新“小巨人”企业。\n").is_empty());
        assert!(read("澜禾电器营收突破10亿元，获评省级专精特新中小企业。\n").is_empty());
    }
}
