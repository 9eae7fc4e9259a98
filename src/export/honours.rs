//! The honours table of an export: one row per honour or title the report says was granted.

use serde::Serialize;

use crate::model::{Dataset, Holder, snake_name};

/// One honour as exported.
#[derive(Debug, Default, Serialize)]
pub struct HonourRow {
    pub id: String,
    pub title_zh: String,
    pub title_en: String,
    /// `zone`, `cluster`, `company` or `other`.
    pub holder_kind: &'static str,
    /// The cluster's id, or the company's or other holder's name; empty for the zone.
    pub holder: String,
    /// The level of whoever grants it (`national`); empty when the quote does not say.
    pub level: String,
    pub status: String,
    pub status_zh: String,
    pub status_en: String,
    /// Further statuses the quote gives at once; one `;`-separated cell in CSV.
    pub also: Vec<String>,
    /// The year it was received; `null` in JSON (empty in CSV) when the text gives none.
    pub year: Option<i32>,
    pub section: String,
    pub quote: String,
}

/// The honour rows of `d`, in file order.
pub fn honour_rows(d: &Dataset) -> Vec<HonourRow> {
    d.honours
        .iter()
        .map(|h| {
            let holder_kind = super::rows::holder_kind(&h.holder);
            let holder = match &h.holder {
                Holder::Zone => String::new(),
                Holder::Cluster(id) | Holder::Company(id) | Holder::Other(id) => id.clone(),
            };
            HonourRow {
                id: h.id.clone(),
                title_zh: h.title_zh.clone(),
                title_en: h.title_en.clone().unwrap_or_default(),
                holder_kind,
                holder,
                level: h.level.as_ref().map(snake_name).unwrap_or_default(),
                status: snake_name(&h.status),
                status_zh: h.status.zh().to_owned(),
                status_en: h.status.en().to_owned(),
                also: h.also.iter().map(snake_name).collect(),
                year: h.year,
                section: h.source.section.clone(),
                quote: h.source.quote.clone(),
            }
        })
        .collect()
}
