//! The names by which a clause names an indicator of the catalogue (地区生产总值, 规上工业增加值…).
//!
//! The catalogue itself (ids, units, bases, definitions) is the model's; this table adds the
//! other ways reports write each name, so that a clause can be matched to an id.

/// One indicator: its catalogue id and the names reports write it with (longest first).
pub struct Indicator {
    pub id: &'static str,
    pub names: &'static [&'static str],
}

/// Indicators of Chinese statistical releases and zone reports, most specific first.
pub const INDICATORS: &[Indicator] = &[
    Indicator {
        id: "industrial_added_value",
        names: &["规模以上工业增加值", "规上工业增加值"],
    },
    Indicator {
        id: "industrial_output",
        names: &[
            "规模以上工业总产值",
            "规模以上工业产值",
            "规上工业总产值",
            "规上工业产值",
        ],
    },
    Indicator {
        id: "gross_industrial_output",
        names: &["工业总产值", "工业产值"],
    },
    Indicator {
        id: "gdp",
        // 经济总量 is how many reports write the GDP of the zone.
        names: &["地区生产总值", "生产总值", "GDP", "经济总量"],
    },
    Indicator {
        id: "fixed_asset_investment",
        names: &["固定资产投资"],
    },
    Indicator {
        id: "general_public_budget_revenue",
        names: &["一般公共预算收入"],
    },
    Indicator {
        id: "local_revenue",
        names: &["地方级收入"],
    },
    Indicator {
        id: "tax_revenue",
        names: &["税收收入"],
    },
    Indicator {
        id: "foreign_capital_actually_used",
        names: &["实际使用外资", "实际利用外资"],
    },
    Indicator {
        id: "total_import_export",
        names: &["进出口总额", "外贸进出口", "进出口"],
    },
    Indicator {
        id: "retail_sales",
        names: &["社会消费品零售总额", "社零额"],
    },
    Indicator {
        id: "rd_intensity",
        names: &["研发投入强度", "研发经费投入强度", "R&D投入强度"],
    },
    Indicator {
        id: "high_tech_enterprises",
        names: &["国家高新技术企业", "高新技术企业"],
    },
    Indicator {
        id: "listed_companies",
        names: &["上市企业", "上市公司"],
    },
    Indicator {
        id: "energy_per_gdp",
        names: &["单位地区生产总值能耗", "单位GDP能耗"],
    },
    Indicator {
        id: "good_air_days_ratio",
        names: &["空气质量优良天数比例", "优良天数比例"],
    },
    Indicator {
        id: "pm25_concentration",
        names: &["PM2.5"],
    },
];

/// Words that, right before an indicator's name, make it another quantity: 人均地区生产总值 is
/// GDP per person, not GDP; 单位地区生产总值 is a rate per unit of it.
const CHANGES_THE_QUANTITY: &[&str] = &["人均", "单位", "平均每", "每"];

/// The indicator named last in `text` (the one nearest the number that follows it); of two
/// names ending at the same place the longer wins (规上工业总产值 over 工业总产值). A name
/// right after a word that makes it another quantity (人均) names nothing.
pub fn named_in(text: &str) -> Option<&'static Indicator> {
    INDICATORS
        .iter()
        .filter_map(|ind| {
            ind.names
                .iter()
                .filter_map(|n| {
                    let end = text.rfind(n)? + n.len();
                    // The longest of the indicator's names ending there (地区生产总值 around
                    // 生产总值) is what the modifying word would stand before.
                    let start = ind
                        .names
                        .iter()
                        .filter(|m| text[..end].ends_with(*m))
                        .map(|m| end - m.len())
                        .min()
                        .unwrap_or(end - n.len());
                    let other = CHANGES_THE_QUANTITY
                        .iter()
                        .any(|word| text[..start].ends_with(word));
                    (!other).then_some((end, n.len()))
                })
                .max()
                .map(|key| (key, ind))
        })
        .max_by_key(|(key, _)| *key)
        .map(|(_, ind)| ind)
}

/// The catalogue id of a figure of `ind` on a change basis (`gdp_growth`) or not (`gdp`).
pub fn catalogue_id(ind: &Indicator, change: bool) -> String {
    match (ind.id, change) {
        ("pm25_concentration" | "energy_per_gdp", true) => format!("{}_change", ind.id),
        (id, true) => format!("{id}_growth"),
        (id, false) => id.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_and_longest_name_wins() {
        let id = |t: &str| named_in(t).map(|i| i.id);
        assert_eq!(id("全年完成规上工业总产值"), Some("industrial_output"));
        assert_eq!(id("工业总产值全市占比"), Some("gross_industrial_output"));
        assert_eq!(id("实现规模以上工业产值"), Some("industrial_output"));
        assert_eq!(
            id("地区生产总值和固定资产投资"),
            Some("fixed_asset_investment")
        );
        assert_eq!(id("营业收入"), None);
        // GDP per person is not GDP; a rate per unit of GDP is its own indicator.
        assert_eq!(id("人均地区生产总值"), None);
        assert_eq!(id("全区人均GDP"), None);
        assert_eq!(id("单位地区生产总值能耗"), Some("energy_per_gdp"));
    }
}
