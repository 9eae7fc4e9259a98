//! The catalogue of standard indicators: stable ids that let figures of different reports be compared.

mod catalogue;

use super::units::same_base;
use super::vocab::Basis;

/// One standard indicator of Chinese statistical releases and development-zone evaluations.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Indicator {
    /// Stable snake_case id a figure names in its `indicator` field (`gdp_growth`).
    pub id: &'static str,
    /// The name statistical releases use.
    pub name_zh: &'static str,
    pub name_en: &'static str,
    /// Base units a figure of this indicator may be in, first the usual one; a figure's unit
    /// must convert to one of them (亿元 and 万亿元 both convert to 元).
    pub units: &'static [&'static str],
    /// The bases it is reported on; a figure naming it must have one of them.
    pub bases: &'static [Basis],
    /// One line saying what is counted.
    pub definition_zh: &'static str,
    pub definition_en: &'static str,
    /// The names reports write it with, for a draft to know it in a sentence (规上工业增加值,
    /// 经济总量); none for a change, which a draft finds through its level.
    pub written: &'static [&'static str],
}

impl Indicator {
    /// The base unit figures of this indicator are compared in.
    pub fn unit(&self) -> &'static str {
        self.units.first().copied().unwrap_or_default()
    }

    /// The indicator of this one's change (`gdp` → `gdp_growth`, `pm25_concentration` →
    /// `pm25_concentration_change`), when the catalogue has one.
    pub fn change(&self) -> Option<&'static Indicator> {
        all().iter().find(|i| {
            i.id.strip_prefix(self.id)
                .is_some_and(|rest| rest == "_growth" || rest == "_change")
        })
    }

    /// True when a figure in a unit written `unit_zh` can be this indicator.
    pub fn accepts_unit(&self, unit_zh: &str) -> bool {
        self.units.iter().any(|base| same_base(unit_zh, base))
    }
}

/// Every indicator of the catalogue, in a stable order (economy, industry, investment, public
/// finance, opening up, consumption, innovation, companies, environment).
pub fn all() -> &'static [Indicator] {
    catalogue::INDICATORS
}

/// The indicator with `id`, if the catalogue has it.
pub fn lookup(id: &str) -> Option<&'static Indicator> {
    catalogue::INDICATORS.iter().find(|i| i.id == id)
}

/// The catalogue as text, an indicator per block: `id  名称 / name  [unit; bases]` then its
/// two definitions, indented (what `zonedash indicators` prints).
pub fn listing() -> String {
    let mut out = String::new();
    for i in all() {
        let bases: Vec<String> = i.bases.iter().map(crate::model::snake_name).collect();
        out.push_str(&format!(
            "{}  {} / {}  [{}; {}]\n    {}\n    {}\n",
            i.id,
            i.name_zh,
            i.name_en,
            i.units.join(" or "),
            bases.join(", "),
            i.definition_zh,
            i.definition_en
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::units::scale_of;

    #[test]
    fn a_level_knows_its_change_and_a_written_name_names_one_indicator() {
        let change = |id: &str| lookup(id).and_then(Indicator::change).map(|i| i.id);
        assert_eq!(change("gdp"), Some("gdp_growth"));
        assert_eq!(
            change("pm25_concentration"),
            Some("pm25_concentration_change")
        );
        assert_eq!(change("rd_intensity"), None);
        let mut names: Vec<&str> = all()
            .iter()
            .flat_map(|i| i.written.iter().copied())
            .collect();
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count, "a name written for two indicators");
        for i in all().iter().filter(|i| !i.written.is_empty()) {
            assert!(
                !i.bases.iter().all(|b| b.is_change()),
                "{} is written but a change",
                i.id
            );
        }
    }

    #[test]
    fn ids_are_unique_snake_case_and_complete() {
        let mut seen = std::collections::HashSet::new();
        for i in all() {
            assert!(seen.insert(i.id), "duplicate {}", i.id);
            assert!(
                i.id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{}",
                i.id
            );
            for text in [i.name_zh, i.name_en, i.definition_zh, i.definition_en] {
                assert!(!text.trim().is_empty(), "{}", i.id);
            }
            assert!(!i.units.is_empty() && !i.bases.is_empty(), "{}", i.id);
            for unit in i.units {
                assert_eq!(scale_of(unit).factor, 1.0, "{}: {unit} is not a base", i.id);
            }
        }
    }

    #[test]
    fn the_ids_other_reports_compare_by_exist() {
        for id in [
            "gdp",
            "gdp_growth",
            "industrial_output_growth",
            "industrial_added_value_growth",
            "fixed_asset_investment_growth",
            "general_public_budget_revenue",
            "local_revenue",
            "tax_revenue",
            "foreign_capital_actually_used",
            "total_import_export",
            "retail_sales",
            "rd_intensity",
            "high_tech_enterprises",
            "listed_companies",
            "pm25_concentration",
            "good_air_days_ratio",
            "energy_per_gdp",
        ] {
            assert!(lookup(id).is_some(), "{id}");
        }
        assert_eq!(lookup("no_such"), None);
    }

    #[test]
    fn budget_revenue_and_local_revenue_are_kept_apart() {
        let budget = lookup("general_public_budget_revenue").map(|i| i.name_zh);
        let local = lookup("local_revenue").map(|i| i.name_zh);
        assert_eq!(budget, Some("一般公共预算收入"));
        assert_eq!(local, Some("地方级收入"));
    }

    #[test]
    fn units_convert_to_the_indicator_base() {
        let gdp = lookup("gdp");
        assert!(gdp.is_some_and(|g| g.accepts_unit("亿元") && g.accepts_unit("万亿元")));
        assert!(gdp.is_some_and(|g| !g.accepts_unit("%")));
        let growth = lookup("gdp_growth");
        assert!(growth.is_some_and(|g| g.accepts_unit("%") && !g.accepts_unit("个百分点")));
    }
}
