//! Words a figure or a report carries beside its value: the pool a rank is taken in, and that a
//! report is an excerpt or has a supplied title.

use crate::lang::Lang;
use crate::model::{Dataset, Holder, Honour, Metric};

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

/// A rank's pool as it follows the rank: `/217` when the text gives the pool's size.
pub(super) fn pool_size(m: &Metric) -> String {
    m.rank_of
        .as_ref()
        .and_then(|p| p.size)
        .map_or_else(String::new, |size| format!("/{size}"))
}

/// The pool a rank is taken in, in words: `共217个国家级经开区` / `of 217 national ETDZs`.
pub fn pool_words(m: &Metric, lang: Lang) -> Option<String> {
    let pool = m.rank_of.as_ref()?;
    let name = match lang {
        Lang::Zh => pool.zh.clone(),
        Lang::En => Lang::En
            .label(&pool.zh, pool.en.as_deref().unwrap_or(""))
            .into_owned(),
    };
    Some(match (pool.size, lang) {
        (Some(size), Lang::Zh) => format!("共{size}个{name}中"),
        (None, Lang::Zh) => format!("{name}中"),
        (Some(size), Lang::En) => format!("of {size} {name}"),
        (None, Lang::En) => format!("among {name}"),
    })
}

/// Who holds `h`: the zone's short name, the cluster's name, or the company as the quote writes it.
pub fn holder_words(d: &Dataset, h: &Honour, lang: Lang) -> String {
    match &h.holder {
        Holder::Zone => lang.pick(&d.zone.short_zh, &d.zone.short_en).to_owned(),
        Holder::Cluster(id) => d.clusters.iter().find(|c| &c.id == id).map_or_else(
            || id.clone(),
            |c| lang.label(&c.label_zh, &c.label_en).into_owned(),
        ),
        Holder::Company(name) => name.clone(),
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
            Some("共217个国家级经开区中")
        );
        assert_eq!(
            pool_words(rank, Lang::En).as_deref(),
            Some("of 217 national ETDZs")
        );
        assert_eq!(
            crate::view::figure::value_text(&d, rank, Lang::En),
            "13th/217"
        );
        assert_eq!(report_marks(&d, Lang::Zh), " · 摘录 · 题名系整理");
        let mut moved = rank.clone();
        (moved.basis, moved.value) = (crate::model::Basis::YearOnYear, 9.0);
        assert_eq!(
            crate::view::figure::value_text(&d, &moved, Lang::Zh),
            "▲9位"
        );
        assert_eq!(
            crate::view::figure::value_text(&d, &moved, Lang::En),
            "▲9 places"
        );
        let gdp = &d.metrics[0];
        assert_eq!(
            (pool_size(gdp), pool_words(gdp, Lang::Zh)),
            (String::new(), None)
        );
    }
}
