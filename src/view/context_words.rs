//! Words a record or a report carries beside its value: a rank's pool and year, a share's
//! whole, what held in a streak, whom a figure or claim is about, statuses and 等, the zone's
//! names, and that a report is an excerpt or has a supplied title.

use std::borrow::Cow;

use crate::lang::Lang;
use crate::model::{About, Claim, Dataset, Holder, Honour, Metric, Pool, Project, Status};

/// What a reader must know of the report beside its title: that the text is only part of the
/// document, and that the title was supplied rather than printed (` · 摘录 · 题名系整理`).
pub fn report_marks(d: &Dataset, lang: Lang) -> String {
    let mut marks = String::new();
    if d.report.excerpt {
        marks.push_str(lang.pick(" · 摘录", " · excerpt"));
    }
    if !d.report.title_verbatim {
        marks.push_str(lang.pick(" · 题名系整理", " · title supplied"));
    }
    marks
}

/// The zone's name with the other names it goes by: `岚江经开区 / 岚江区` (`short` picks the
/// short name or the full one).
pub fn zone_names(d: &Dataset, short: bool, lang: Lang) -> String {
    let z = &d.zone;
    let own = if short {
        lang.pick(&z.short_zh, &z.short_en)
    } else {
        lang.pick(&z.name_zh, &z.name_en)
    };
    std::iter::once(own.to_owned())
        .chain(
            z.other_names
                .iter()
                .map(|n| lang.label(&n.zh, &n.en).into_owned()),
        )
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The pool a rank is taken in, in words: `共217个国家级经开区中 · 2024年度` / `of 217 national
/// ETDZs · 2024 assessment`.
pub fn pool_words(m: &Metric, lang: Lang) -> Option<String> {
    let pool = m.rank_of.as_ref()?;
    let name = pool_name(pool, lang);
    let words = match (pool.size, lang) {
        (Some(size), Lang::Zh) => format!("共{size}{}{name}中", measure_word(m, size)),
        (None, Lang::Zh) => format!("{name}中"),
        (Some(size), Lang::En) => format!("of {size} {name}"),
        (None, Lang::En) => format!("among {name}"),
    };
    Some(match pool.year {
        Some(year) => format!("{words} · {}", assessed_words(year, lang)),
        None => words,
    })
}

/// The measure word the text writes after a pool's size (全国229家国家级经开区 → 家), so the
/// screen does not say 个 where the report says 家; 个 when the text shows none.
fn measure_word(m: &Metric, size: u32) -> &'static str {
    const WORDS: [&str; 6] = ["家", "个", "座", "所", "名", "处"];
    let size = size.to_string();
    let written = [
        m.source.quote.as_str(),
        m.source.context.as_deref().unwrap_or(""),
    ];
    written
        .iter()
        .flat_map(|text| {
            // The whole number only: 5 is not the end of 15.
            text.match_indices(size.as_str())
                .filter(|(at, _)| !text[..*at].ends_with(|c: char| c.is_ascii_digit()))
                .map(|(at, n)| &text[at + n.len()..])
        })
        .find_map(|after| WORDS.iter().find(|w| after.starts_with(**w)))
        .copied()
        .unwrap_or("个")
}

/// The year an assessment covers, apart from when it was published: `2024年度` / `2024 assessment`.
pub fn assessed_words(year: i32, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{year}年度"),
        Lang::En => format!("{year} assessment"),
    }
}

/// A pool's name in `lang`, the Chinese marked untranslated when it has no English.
fn pool_name(pool: &Pool, lang: Lang) -> String {
    lang.label(&pool.zh, pool.en.as_deref().unwrap_or(""))
        .into_owned()
}

/// What a share is of: `占全市入选企业数` / `of 全市入选企业数`.
pub fn share_words(m: &Metric, lang: Lang) -> Option<String> {
    let pool = m.share_of.as_ref()?;
    let name = pool_name(pool, lang);
    Some(match (pool.size, lang) {
        (Some(size), Lang::Zh) => format!("占{name}({size})"),
        (None, Lang::Zh) => format!("占{name}"),
        (Some(size), Lang::En) => format!("share of {name} ({size})"),
        (None, Lang::En) => format!("share of {name}"),
    })
}

/// What held in every year of a streak, from the figure it names: `每年:第2` / `each year: #2`.
pub fn streak_words(d: &Dataset, m: &Metric, lang: Lang) -> Option<String> {
    let held = d
        .metrics
        .iter()
        .find(|f| Some(&f.id) == m.streak_of.as_ref())?;
    let value = super::value::value_text(d, held, lang);
    Some(match lang {
        Lang::Zh => format!("每年:{value}"),
        Lang::En => format!("each year: {value}"),
    })
}

/// Who or what a figure is about when not the zone: `岚舟汽车 (企业)` / `岚舟汽车 (company)`.
pub fn about_words(d: &Dataset, about: &About, lang: Lang) -> String {
    holder_words_with_kind(d, &about.holder(), lang)
}

/// A holder's name with its kind: `岚舟汽车 (企业)`; the zone's name alone.
fn holder_words_with_kind(d: &Dataset, about: &Holder, lang: Lang) -> String {
    let kind = match about {
        Holder::Zone => return holder_name(d, about, lang),
        Holder::Cluster(_) => lang.pick("集群", "cluster"),
        Holder::Company(_) => lang.pick("企业", "company"),
        Holder::Other(_) => lang.pick("其他", "other"),
    };
    format!("{} ({kind})", holder_name(d, about, lang))
}

/// A figure's label with what it is about before it, when it is not the zone and the label
/// does not already name it: `岚舟汽车 · 乘用车出口排名`.
pub fn about_label<'a>(m: &Metric, label: Cow<'a, str>) -> Cow<'a, str> {
    match m.about.as_ref().map(About::name) {
        Some(name) if !label.contains(name) => format!("{name} · {label}").into(),
        _ => label,
    }
}

/// A status with those the quote gives with it: `揭榜、入选` / `won a listed task, selected`.
pub fn statuses(status: Status, also: &[Status], lang: Lang) -> String {
    std::iter::once(status)
        .chain(also.iter().copied())
        .map(|s| lang.pick(s.zh(), s.en()))
        .collect::<Vec<_>>()
        .join(lang.pick("、", ", "))
}

/// A project's name, followed by 等 / `and others` when the report's list goes on unnamed.
pub fn project_name(project: &Project, lang: Lang) -> String {
    let name = lang.pick(&project.name_zh, &project.name_en);
    match (project.more_unnamed, lang) {
        (false, _) => name.to_owned(),
        (true, Lang::Zh) => format!("{name}等"),
        (true, Lang::En) => format!("{name} and others"),
    }
}

/// Who holds `h`: the zone's short name, the cluster's name, or the company as the quote writes it.
pub fn holder_words(d: &Dataset, h: &Honour, lang: Lang) -> String {
    holder_name(d, &h.holder, lang)
}

/// The name of `holder`: the zone's short name, the cluster's name, or the name as the quote
/// writes it.
pub fn holder_name(d: &Dataset, holder: &Holder, lang: Lang) -> String {
    match holder {
        Holder::Zone => lang.pick(&d.zone.short_zh, &d.zone.short_en).to_owned(),
        Holder::Cluster(id) => d.clusters.iter().find(|c| &c.id == id).map_or_else(
            || id.clone(),
            |c| lang.label(&c.label_zh, &c.label_en).into_owned(),
        ),
        Holder::Company(name) | Holder::Other(name) => name.clone(),
    }
}

/// A claim's label in `lang`, the Chinese marked untranslated when it has no English.
pub fn claim_label(c: &Claim, lang: Lang) -> String {
    lang.label(&c.label_zh, &c.label_en).into_owned()
}

/// The one-line summary of a claim: `label · about · against 全国、全省 · (no number)`.
pub fn claim_title(d: &Dataset, c: &Claim, lang: Lang) -> String {
    let mut facts = vec![
        lang.pick("无数字的表述", "a claim without a number")
            .to_owned(),
    ];
    if let Some(about) = &c.about {
        facts.push(about_words(d, about, lang));
    }
    if !c.against.is_empty() {
        facts.push(against_words(&c.against, lang));
    }
    format!("{}: {}", claim_label(c, lang), facts.join(" · "))
}

/// What a claim is measured against, as the quote names them: `对照全国、全省` / `against
/// [zh] 全国, 全省` (the names are the quote's, marked untranslated in English).
pub fn against_words(against: &[String], lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("对照{}", against.join("、")),
        Lang::En => format!(
            "against {}{}",
            crate::lang::UNTRANSLATED,
            against.join(", ")
        ),
    }
}

/// An honour's title in `lang`: the Chinese, marked untranslated, when it has no English.
pub fn honour_title(h: &Honour, lang: Lang) -> String {
    lang.label(&h.title_zh, h.title_en.as_deref().unwrap_or(""))
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::value::pool_size;

    fn chenghu() -> Dataset {
        crate::view::zone_fixture("chenghu-2024")
    }

    #[test]
    fn a_rank_names_its_pool_and_a_report_its_marks() {
        let d = chenghu();
        let rank = d.metrics.iter().find(|m| m.id == "national_rank").unwrap();
        assert_eq!(pool_size(rank), "/217");
        assert_eq!(
            pool_words(rank, Lang::Zh).as_deref(),
            Some("共217家国家级经开区中"),
            "as the text writes it: 全国217家国家级经开区"
        );
        assert_eq!(
            pool_words(rank, Lang::En).as_deref(),
            Some("of 217 national ETDZs")
        );
        assert_eq!(
            crate::view::value::value_text(&d, rank, Lang::En),
            "13th/217"
        );
        assert_eq!(report_marks(&d, Lang::Zh), " · 摘录 · 题名系整理");
        let mut moved = rank.clone();
        (moved.basis, moved.value) = (crate::model::Basis::YearOnYear, 9.0);
        assert_eq!(crate::view::value::value_text(&d, &moved, Lang::Zh), "▲9位");
        assert_eq!(
            crate::view::value::value_text(&d, &moved, Lang::En),
            "▲9 places"
        );
        let gdp = &d.metrics[0];
        assert_eq!(
            (pool_size(gdp), pool_words(gdp, Lang::Zh)),
            (String::new(), None)
        );
    }

    #[test]
    fn a_count_in_tens_of_thousands_keeps_its_unit_in_english() {
        let d = crate::view::zone_fixture("lanjiang-2025");
        let exports = d
            .metrics
            .iter()
            .find(|m| m.id == "lanzhou_exports")
            .unwrap();
        let en = crate::view::value::value_text(&d, exports, Lang::En);
        assert_eq!(en, "8.6 (10k vehicles)");
        assert_eq!(
            crate::view::figure::label(exports, Lang::Zh),
            "岚舟汽车 · 出口整车"
        );
    }

    #[test]
    fn a_pool_keeps_the_measure_word_the_text_writes() {
        let d = crate::view::zone_fixture("lanjiang-2025");
        let rank = d.metrics.iter().find(|m| m.id == "national_rank").unwrap();
        let words = pool_words(rank, Lang::Zh).unwrap();
        assert!(words.starts_with("共229家国家级经开区中"), "{words}");
    }
}
