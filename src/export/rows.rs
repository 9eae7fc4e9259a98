//! The figures and projects tables of an export, one row per record.

use serde::Serialize;

use crate::model::{About, Dataset, Holder, snake_name};

/// One figure as exported: a report figure, or a reference threshold (kind `reference`).
#[derive(Debug, Default, Serialize)]
pub struct FigureRow {
    pub id: String,
    pub kind: &'static str,
    pub group: String,
    /// The cluster a figure belongs to; `null` in JSON (empty in CSV) when it belongs to none.
    pub cluster: Option<String>,
    pub label_zh: String,
    pub label_en: String,
    /// A whole number is written as an integer (`52`, not `52.0`).
    #[serde(serialize_with = "crate::model::whole_as_integer")]
    pub value: f64,
    pub unit: String,
    pub unit_en: String,
    /// The period as the dataset gives it in Chinese, and in English: like `unit` and `unit_en`,
    /// the unsuffixed column is the report's own language.
    pub period: String,
    pub period_en: String,
    pub basis: String,
    /// The standard indicator the figure is (`gdp_growth`), empty when it names none.
    pub indicator: String,
    /// Hedges; one `;`-separated cell in CSV, an array in JSON. An exclusion names what it
    /// leaves out (`excluding:疫苗因素`), so no hedge exports as an empty word.
    pub qualifier: Vec<String>,
    /// The hedges in English words (`expected`, `excluding vaccines`), for readers of English:
    /// like `unit_en`, the unsuffixed column is the report's own.
    pub qualifier_en: Vec<String>,
    pub direction: String,
    pub section: String,
    /// The report's sentence, or a reference's citation.
    pub quote: String,
    /// The opening of the sentence, where a hedge such as 预计 stands before the quote.
    pub context: String,
    /// The earlier excerpt that states the basis for what follows (同比(下同)), when the quote
    /// does not repeat it.
    pub basis_from: String,
    /// The set a rank is taken in (国家级经开区), empty for a figure that is no rank or names none.
    pub rank_of: String,
    /// How many the set holds (217); `null` in JSON (empty in CSV) when the text does not say.
    pub rank_of_size: Option<u32>,
    /// The year the ranking assessed (2024年度), when the text names it apart from the period.
    pub rank_year: Option<i32>,
    /// What a share is of (全市入选企业数), empty for a figure that is no share or names none.
    pub share_of: String,
    /// The id of the figure held in each year of a streak (the rank or threshold), or empty.
    pub streak_of: String,
    /// `company` or `other` when the figure is about something other than the zone; else empty.
    pub about_kind: &'static str,
    /// The company or thing the figure is about, as the quote writes it; else empty.
    pub about: String,
}

/// One named company or project as exported.
#[derive(Debug, Default, Serialize)]
pub struct ProjectRow {
    pub id: String,
    pub cluster: String,
    pub name_zh: String,
    pub name_en: String,
    pub status: String,
    pub status_zh: String,
    pub status_en: String,
    /// Further statuses the quote gives at once (`selected`); one `;`-separated cell in CSV.
    pub also: Vec<String>,
    /// True when the report's list goes on past this name unnamed (等).
    pub more_unnamed: bool,
    pub planned: bool,
    pub section: String,
    pub quote: String,
}

/// The figure rows of `d`: report figures in file order, then reference thresholds.
pub fn figure_rows(d: &Dataset) -> Vec<FigureRow> {
    // Looked up by id once per row: a linear search per row is quadratic in a large dataset.
    let units: rustc_hash::FxHashMap<&str, &crate::model::Unit> =
        d.units.iter().rev().map(|u| (u.id.as_str(), u)).collect();
    let unit = |id: &str| units.get(id).copied();
    let unit_zh = |id: &str| unit(id).map_or(id.to_owned(), |u| u.zh.clone());
    let unit_en = |id: &str| unit(id).map_or(id.to_owned(), |u| u.en.clone());
    let mut rows: Vec<FigureRow> = d
        .metrics
        .iter()
        .map(|m| FigureRow {
            id: m.id.clone(),
            kind: "report",
            group: m.group.clone(),
            cluster: m.cluster.clone(),
            label_zh: m.label_zh.clone(),
            label_en: m.label_en.clone(),
            value: m.value,
            unit: unit_zh(&m.unit),
            unit_en: unit_en(&m.unit),
            period: m.period.zh.clone(),
            period_en: m.period.en.clone(),
            basis: snake_name(&m.basis),
            indicator: m.indicator.clone().unwrap_or_default(),
            qualifier: m.qualifiers.iter().map(hedge_name).collect(),
            qualifier_en: m.qualifiers.iter().map(|q| q.en().into_owned()).collect(),
            direction: snake_name(&m.direction),
            section: m.source.section.clone(),
            quote: m.source.quote.clone(),
            context: m.source.context.clone().unwrap_or_default(),
            basis_from: m.source.basis_from.clone().unwrap_or_default(),
            rank_of: m.rank_of.as_ref().map(|p| p.zh.clone()).unwrap_or_default(),
            rank_of_size: m.rank_of.as_ref().and_then(|p| p.size),
            rank_year: m.rank_of.as_ref().and_then(|p| p.year),
            share_of: m
                .share_of
                .as_ref()
                .map(|p| p.zh.clone())
                .unwrap_or_default(),
            streak_of: m.streak_of.clone().unwrap_or_default(),
            about_kind: m.about.as_ref().map_or("", about_kind),
            about: m
                .about
                .as_ref()
                .map(About::name)
                .unwrap_or_default()
                .to_owned(),
        })
        .collect();
    rows.extend(d.references.iter().map(|r| FigureRow {
        id: r.id.clone(),
        kind: "reference",
        group: "reference".into(),
        cluster: None,
        label_zh: r.label_zh.clone(),
        label_en: r.label_en.clone(),
        value: r.value,
        unit: unit_zh(&r.unit),
        unit_en: unit_en(&r.unit),
        basis: "threshold".into(),
        quote: r.citation.clone(),
        // A threshold has none of a report figure's other fields.
        ..FigureRow::default()
    }));
    rows
}

/// A hedge's exported name: its dataset name, with what an exclusion leaves out.
fn hedge_name(q: &crate::model::Qualifier) -> String {
    match q {
        crate::model::Qualifier::Excluding(what) => format!("{}:{}", q.name(), what.zh),
        other => other.name().to_owned(),
    }
}

/// The project rows of `d`, cluster by cluster.
pub fn project_rows(d: &Dataset) -> Vec<ProjectRow> {
    d.clusters
        .iter()
        .flat_map(|c| {
            c.projects.iter().map(|p| ProjectRow {
                id: p.id.clone(),
                cluster: c.id.clone(),
                name_zh: p.name_zh.clone(),
                name_en: p.name_en.clone(),
                status: snake_name(&p.status),
                status_zh: p.status.zh().to_owned(),
                status_en: p.status.en().to_owned(),
                also: p.also.iter().map(snake_name).collect(),
                more_unnamed: p.more_unnamed,
                planned: p.planned,
                section: p.source.section.clone(),
                quote: p.source.quote.clone(),
            })
        })
        .collect()
}

/// The exported name of what a figure or claim is about: `company` or `other`.
pub(super) fn about_kind(about: &About) -> &'static str {
    holder_kind(&about.holder())
}

/// The exported name of a holder's kind: `zone`, `cluster`, `company` or `other`.
pub(super) fn holder_kind(holder: &Holder) -> &'static str {
    match holder {
        Holder::Zone => "zone",
        Holder::Cluster(_) => "cluster",
        Holder::Company(_) => "company",
        Holder::Other(_) => "other",
    }
}
