//! The claims table of an export: one row per thing the report asserts without a number.

use serde::Serialize;

use crate::model::{About, Dataset};

/// One claim as exported.
#[derive(Debug, Default, Serialize)]
pub struct ClaimRow {
    pub id: String,
    pub label_zh: String,
    pub label_en: String,
    /// `company` or `other` when the claim is about something other than the zone; `zone` for
    /// a claim about the zone.
    pub about_kind: &'static str,
    /// The company or thing the claim is about, as the quote writes it; else empty.
    pub about: String,
    /// The id of the figure the claim speaks of; `null` in JSON (empty in CSV) when none.
    pub figure: Option<String>,
    /// What the claim is measured against (全国;全省); one `;`-separated cell in CSV.
    pub against: Vec<String>,
    pub section: String,
    pub quote: String,
}

/// The claim rows of `d`, in file order.
pub fn claim_rows(d: &Dataset) -> Vec<ClaimRow> {
    d.claims
        .iter()
        .map(|c| ClaimRow {
            id: c.id.clone(),
            label_zh: c.label_zh.clone(),
            label_en: c.label_en.clone(),
            about_kind: c.about.as_ref().map_or("zone", super::rows::about_kind),
            about: c
                .about
                .as_ref()
                .map(About::name)
                .unwrap_or_default()
                .to_owned(),
            figure: c.figure.clone(),
            against: c.against.clone(),
            section: c.source.section.clone(),
            quote: c.source.quote.clone(),
        })
        .collect()
}
