//! A figure as the screen writes it: value with unit and hedges, change glyphs, labels, source.

use crate::lang::Lang;
use crate::model::{Basis, Dataset, Item, Metric, Qualifier, ReferenceIx, Source, format_value};
use crate::view::bound_sign;
pub use crate::view::value::{change_glyph, ordinal_suffix, value_text};

/// Footnote marks for hedges a chart cannot spell out, given in turn to the hedges a chart
/// marks (the legend says which is which).
pub const MARKS: [&str; 6] = ["*", "^", "†", "‡", "§", "¶"];

/// The mark of the `n`-th hedge a chart marks.
pub fn mark(n: usize) -> &'static str {
    MARKS[n % MARKS.len()]
}

/// What plan targets are called: `2023年计划` / `2023 plan`, from the report's plan year.
pub fn plan_label(d: &Dataset, lang: Lang) -> String {
    match (d.report.plan_year, lang) {
        (Some(year), Lang::Zh) => format!("{year}年计划"),
        (Some(year), Lang::En) => format!("{year} plan"),
        (None, _) => lang.pick("计划", "plan").to_owned(),
    }
}

/// Where done work is reported: `2022年回顾` / `the 2022 review`, from the report's year.
pub fn review_label(d: &Dataset, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}年回顾", d.report.year),
        Lang::En => format!("the {} review", d.report.year),
    }
}

/// The full label of `m` in `lang`; Chinese marked untranslated where English is missing.
pub fn label(m: &Metric, lang: Lang) -> std::borrow::Cow<'_, str> {
    super::context_words::about_label(m, lang.label(&m.label_zh, &m.label_en))
}

/// The short chart label of `m` in `lang`, else its full label.
pub fn short_label(m: &Metric, lang: Lang) -> std::borrow::Cow<'_, str> {
    let zh = m.short_zh.as_deref().unwrap_or(&m.label_zh);
    let en = m.short_en.as_deref().unwrap_or(&m.label_en);
    super::context_words::about_label(m, lang.label(zh, en))
}

/// Footnote marks of `m`: one per hedge of `marked` it carries, in `marked` order, so every
/// hedge draws its own mark and the same hedge the same mark everywhere in a chart.
pub fn marks(m: &Metric, marked: &[Qualifier]) -> String {
    marked
        .iter()
        .enumerate()
        .filter(|(_, q)| m.qualifiers.contains(q))
        .map(|(n, _)| mark(n))
        .collect()
}

/// "better" or "worse" in `lang`.
pub fn verdict(better: bool, lang: Lang) -> &'static str {
    match (better, lang) {
        (true, Lang::Zh) => "改善",
        (false, Lang::Zh) => "恶化",
        (true, Lang::En) => "better",
        (false, Lang::En) => "worse",
    }
}

/// The hedges of `m` spelled out: `预计, 剔除疫苗因素` / `expected, excluding vaccines`.
pub fn qualifier_words(m: &Metric, lang: Lang) -> String {
    let words: Vec<_> = m.qualifiers.iter().map(|q| q.label(lang)).collect();
    words.join(lang.pick("、", ", "))
}

/// The basis in `lang`.
pub fn basis_words(basis: Basis, lang: Lang) -> &'static str {
    lang.pick(basis.zh(), basis.en())
}

/// The section title of `id` in `lang`, or the id itself.
pub fn section_title<'a>(d: &'a Dataset, id: &'a str, lang: Lang) -> &'a str {
    d.sections
        .iter()
        .find(|s| s.id == id)
        .map_or(id, |s| lang.pick(&s.title_zh, &s.title_en))
}

/// The one-line summary of `item`: label, value, period, basis and hedges for a figure.
pub fn title(d: &Dataset, item: Item, lang: Lang) -> String {
    match item {
        Item::Metric(i) => {
            let m = &d[i];
            let mut facts = vec![
                value_text(d, m, lang),
                lang.pick(&m.period.zh, &m.period.en).to_owned(),
                basis_words(m.basis, lang).to_owned(),
            ];
            facts.extend(super::context_words::pool_words(m, lang));
            facts.extend(super::context_words::share_words(m, lang));
            facts.extend(super::context_words::streak_words(d, m, lang));
            let hedges = qualifier_words(m, lang);
            if !hedges.is_empty() {
                facts.push(hedges);
            }
            format!("{}: {}", label(m, lang), facts.join(" · "))
        }
        Item::Project(p) => {
            let (cluster, project) = (&d[p.cluster], &d[p]);
            let planned = if project.planned {
                format!(" · {}", plan_label(d, lang))
            } else {
                String::new()
            };
            let status = super::context_words::statuses(project.status, &project.also, lang);
            let name = super::context_words::project_name(project, lang);
            let cluster_name = lang.pick(&cluster.label_zh, &cluster.label_en);
            format!("{name}: {status}{planned} · {cluster_name}")
        }
        Item::Reference(r) => {
            let reference = &d[r];
            let note = lang.pick("参考值,非报告数字", "reference, not from the report");
            format!(
                "{}: {} ({note})",
                lang.pick(&reference.label_zh, &reference.label_en),
                reference_value_text(d, r, lang)
            )
        }
        Item::Section(s) => {
            let section = &d[s];
            lang.pick(&section.title_zh, &section.title_en).to_owned()
        }
        Item::Honour(h) => {
            let honour = &d[h];
            let year = honour.year.map_or_else(String::new, |y| format!(" · {y}"));
            format!(
                "{}: {} · {}{year}",
                super::context_words::honour_title(honour, lang),
                super::context_words::statuses(honour.status, &honour.also, lang),
                super::context_words::holder_words(d, honour, lang)
            )
        }
        Item::Claim(c) => super::context_words::claim_title(d, &d[c], lang),
    }
}

/// Where `item` comes from: `「quote」 — section` for a figure or project, the citation for a
/// reference threshold, the part for a section.
pub fn source(d: &Dataset, item: Item, lang: Lang) -> String {
    match item {
        Item::Metric(i) => quote_line(d, &d[i].source, lang),
        Item::Project(p) => quote_line(d, &d[p].source, lang),
        Item::Honour(h) => quote_line(d, &d[h].source, lang),
        Item::Claim(c) => quote_line(d, &d[c].source, lang),
        Item::Reference(r) => d[r].citation.clone(),
        Item::Section(s) => {
            let part = d[s]
                .parent
                .as_deref()
                .map_or("", |p| section_title(d, p, lang));
            format!("{} {part}", lang.pick("所属:", "in:"))
        }
    }
}

/// A reference threshold's value and unit: `35 µg/m³`.
pub fn reference_value_text(d: &Dataset, r: ReferenceIx, lang: Lang) -> String {
    let reference = &d[r];
    let unit = d
        .unit(&reference.unit)
        .map_or("", |u| lang.pick(&u.zh, &u.en));
    format!("{} {unit}", format_value(reference.value))
}

/// `「quote」 — section`, with the sentence's opening when a hedge is there: `「quote」
/// (句首「context」) — section`.
fn quote_line(d: &Dataset, source: &Source, lang: Lang) -> String {
    let section = section_title(d, &source.section, lang);
    match &source.context {
        Some(context) => format!(
            "「{}」 ({}「{context}」) — {section}",
            source.quote,
            lang.pick("句首", "the sentence opens ")
        ),
        None => format!("「{}」 — {section}", source.quote),
    }
}

/// What each bound sign means, in one line: `~ approximate · > more than · ≥ at least`.
pub fn bounds_text(bounds: &[Qualifier], lang: Lang) -> String {
    let words = bounds.iter().filter_map(|q| {
        let sign = bound_sign(q)?;
        let word = match (q, lang) {
            // "approximately 8%" reads in a value; the legend names the kind.
            (Qualifier::Approximate, Lang::En) => "approximate".into(),
            _ => q.label(lang),
        };
        Some(format!("{sign} {word}"))
    });
    words.collect::<Vec<_>>().join(" · ")
}

#[cfg(test)]
mod ordinal_tests {
    use super::ordinal_suffix;

    #[test]
    fn ranks_read_as_ranks() {
        let cases = [
            (1.0, "st"),
            (2.0, "nd"),
            (3.0, "rd"),
            (4.0, "th"),
            (11.0, "th"),
            (12.0, "th"),
            (13.0, "th"),
            (21.0, "st"),
            (102.0, "nd"),
            (111.0, "th"),
        ];
        for (n, want) in cases {
            assert_eq!(ordinal_suffix(n), want, "{n}");
        }
    }
}
