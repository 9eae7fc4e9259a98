//! Which indicator of the model's catalogue a clause names, by the names reports write it with
//! (地区生产总值, 规上工业增加值, 经济总量…; the catalogue lists them).

use crate::model::indicators::{Indicator, all};

/// Words that, right before an indicator's name, make it another quantity: 人均地区生产总值 is
/// GDP per person, not GDP; 单位地区生产总值 is a rate per unit of it.
/// 工业生产总值 is an output, not the zone's 地区生产总值.
const CHANGES_THE_QUANTITY: &[&str] = &["人均", "单位", "平均每", "每", "工业"];

/// The indicator named last in `text` (the one nearest the number that follows it); of two
/// names ending at the same place the longer wins (规上工业总产值 over 工业总产值). A name
/// right after a word that makes it another quantity (人均) names nothing.
pub fn named_in(text: &str) -> Option<&'static Indicator> {
    all()
        .iter()
        .filter_map(|ind| {
            ind.written
                .iter()
                .filter_map(|n| {
                    let end = text.rfind(n)? + n.len();
                    // The longest of the indicator's names ending there (地区生产总值 around
                    // 生产总值) is what the modifying word would stand before.
                    let start = ind
                        .written
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
        assert_eq!(id("工业生产总值"), None);
        assert_eq!(id("单位地区生产总值能耗"), Some("energy_per_gdp"));
    }
}
