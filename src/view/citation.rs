//! A figure with its citation, as `y` copies it: what it says, where it says it, in whose report.

use crate::lang::Lang;
use crate::model::{Dataset, Item};
use crate::view::figure;

/// `item` of `d` as a reader would cite it: its summary (value, unit, period, basis, hedges),
/// the report's words in 「」 with their section, then the zone, the report's title and year,
/// and a warning when the report is a machine-read draft.
pub fn citation(d: &Dataset, item: Item, draft: bool, lang: Lang) -> String {
    let zone = lang.pick(&d.zone.name_zh, &d.zone.name_en);
    let title = lang.pick(&d.report.title_zh, &d.report.title_en);
    let draft = if draft {
        lang.pick(
            "(机读草稿,未经人工核对)",
            " (a machine-read draft, not checked by a person)",
        )
    } else {
        ""
    };
    let by = match lang {
        Lang::Zh => format!("——{zone}《{title}》({}){draft}", d.report.year),
        Lang::En => format!("— {zone}, {title} ({}){draft}", d.report.year),
    };
    format!(
        "{}\n{}\n{by}",
        figure::title(d, item, lang),
        figure::source(d, item, lang)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MetricIx;

    #[test]
    fn a_citation_holds_the_value_the_quote_the_section_and_the_report() {
        let d = crate::model::load_bundled().unwrap();
        let (ix, gdp) = d
            .metric_ixs()
            .find(|(_, m)| m.indicator.as_deref() == Some("gdp_growth"))
            .unwrap();
        let text = citation(&d, Item::Metric(ix), false, Lang::En);
        assert!(
            text.contains(&format!("「{}」", gdp.source.quote)),
            "{text}"
        );
        assert!(text.contains("8%"), "{text}");
        assert!(text.contains(&d.zone.name_en), "{text}");
        assert!(text.contains(&d.report.year.to_string()), "{text}");
        assert!(!text.contains("draft"), "{text}");
        let zh = citation(&d, Item::Metric(MetricIx(0)), true, Lang::Zh);
        assert!(zh.contains("机读草稿"), "{zh}");
        assert!(zh.contains(&d.zone.name_zh), "{zh}");
    }
}
