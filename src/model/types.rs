//! The dataset's serde types: one zone, one report, its figures, clusters and references.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::document::{PanelTitle, Report, Section, Zone};
use super::hedges::Qualifier;
use super::records::{About, Claim, Honour, Inferred, Pool, Source};
use super::units::Scale;
use super::vocab::{Basis, Direction, Level, Status, Topic, UnitKind};

/// The schema versions this build reads.
pub const SUPPORTED_SCHEMA_VERSIONS: &[u32] = &[1, 2];

/// The version this build writes and the bundled dataset is in.
pub const CURRENT_SCHEMA_VERSION: u32 = 2;

impl Dataset {
    /// The unit with `id`.
    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.id == id)
    }

    /// `value` in unit `from` expressed in unit `to` (ids of [`Unit`]s), when both have one base.
    pub fn convert(&self, value: f64, from: &str, to: &str) -> Option<f64> {
        let (from, to) = (self.unit(from)?.scale(), self.unit(to)?.scale());
        (from.base == to.base).then(|| value * from.factor / to.factor)
    }

    /// How many companies and projects the clusters name, all together.
    pub fn project_count(&self) -> usize {
        self.clusters.iter().map(|c| c.projects.len()).sum()
    }
}

/// A whole dataset: everything zonedash shows comes from one of these.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Format version of this file; see [`SUPPORTED_SCHEMA_VERSIONS`].
    pub schema_version: u32,
    pub zone: Zone,
    pub report: Report,
    /// The report's parts and numbered sections, in reading order.
    pub sections: Vec<Section>,
    /// Figure groups; each belongs to one dashboard panel.
    pub groups: Vec<Group>,
    /// Units the figures are measured in, with their zh/en labels.
    pub units: Vec<Unit>,
    /// Every quantity the report states.
    pub metrics: Vec<Metric>,
    /// Industry clusters and the companies and projects the report names under each.
    pub clusters: Vec<Cluster>,
    /// Then-vs-now pairs of figures whose ratio is worth showing.
    #[serde(default)]
    pub comparisons: Vec<Comparison>,
    /// Thresholds from outside the report (standards, guidelines), each with its citation.
    #[serde(default)]
    pub references: Vec<Reference>,
    /// Names for panels that suit this report (建区三十年); others keep their plain names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub panel_titles: Vec<PanelTitle>,
    /// Honours and titles the zone, a cluster or a company received (schema 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub honours: Vec<Honour>,
    /// Things the report asserts without a number, each with its quote (schema 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<Claim>,
    /// Fields inferred rather than read in the text, each with why (schema 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<Inferred>,
}

/// A group of figures, shown on one panel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub panel: Topic,
    pub label_zh: String,
    /// Optional: without English the English screen shows the Chinese, marked untranslated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label_en: String,
}

/// A unit of measure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub id: String,
    pub kind: UnitKind,
    /// As the report writes it (亿元, 个, %). Its scale to a base unit is read from this
    /// (亿元 = 10⁸ 元, 万人 = 10⁴ 人, 平方公里 = 10⁶ 平方米) unless `base` and `factor` say it.
    pub zh: String,
    /// Optional: without English the English screen shows the Chinese, marked untranslated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
    /// The base unit, for a unit whose scale cannot be read from `zh`; needs `factor`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
    /// How many `base` units one of this unit is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub factor: Option<f64>,
}

impl Unit {
    /// How many base units one of this unit is ([`Unit::scale`]'s factor), without allocating:
    /// read where a value is drawn, on every frame.
    pub fn factor(&self) -> f64 {
        match (&self.base, self.factor) {
            (Some(_), Some(factor)) => factor,
            _ => super::units::scale_parts(&self.zh).1,
        }
    }

    /// This unit's scale to its base unit: as `base` and `factor` give it, else read from `zh`.
    pub fn scale(&self) -> Scale {
        match (&self.base, self.factor) {
            (Some(base), Some(factor)) => Scale {
                base: base.clone(),
                factor,
            },
            _ => super::units::scale_of(&self.zh),
        }
    }
}

/// One quantity stated in the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    /// Stable snake_case id.
    pub id: String,
    /// Id of a [`Group`].
    pub group: String,
    /// Id of the [`Cluster`] the figure is about, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    pub label_zh: String,
    /// Optional: without English the English screen shows the Chinese, marked untranslated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label_en: String,
    /// A label of a few characters for charts; the full label when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_zh: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_en: Option<String>,
    /// Id of the standard indicator this figure is (`gdp_growth`); see `zonedash indicators`.
    /// The figure's unit must convert to the indicator's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
    /// The number as stated; a fall (下降) is negative.
    #[serde(serialize_with = "whole_as_integer")]
    pub value: f64,
    /// Id of a [`Unit`].
    pub unit: String,
    pub period: Period,
    pub basis: Basis,
    /// For a rank: the set it is taken in (217 国家级经开区), part of the rank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank_of: Option<Pool>,
    /// For a share: what it is a share of (占全市入选企业数的40%: 全市入选企业数).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_of: Option<Pool>,
    /// For a streak: id of the figure that held in each year of it (连续6年位居第二: the rank
    /// 第二; 连续8年超千亿元: the threshold 千亿元).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub streak_of: Option<String>,
    /// Who or what the figure is about, when not the zone or one of its clusters (a company's
    /// export rank, an academy's centenary).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<About>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qualifiers: Vec<Qualifier>,
    pub direction: Direction,
    pub source: Source,
}

/// The time a figure refers to, only as far as the text supports it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub zh: String,
    /// Optional: without English the English screen shows the Chinese, marked untranslated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
    /// The calendar year, when the text gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// First and last year of a range (2016–2020, 十三五期间), instead of `year`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<i32>,
}

/// An industry cluster.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cluster {
    pub id: String,
    pub label_zh: String,
    /// Optional: without English the English screen shows the Chinese, marked untranslated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label_en: String,
    /// The level at which the cluster is recognised (a national 先进制造业集群), when the
    /// quote says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    pub source: Source,
    /// Companies and projects named under this cluster, in the report's order.
    pub projects: Vec<Project>,
}

/// A company or project the report names, with what it says happened to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub id: String,
    /// The name exactly as written in the quote.
    pub name_zh: String,
    /// Optional: without English the English screen shows the Chinese, marked untranslated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name_en: String,
    pub status: Status,
    /// Further statuses the quote gives at once (分别揭榜入选: `won_listing`, then `selected`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Status>,
    /// True when the report's list ends with this name and 等: it names some, not all.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub more_unnamed: bool,
    /// True when this is a target of the plan part rather than something done.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub planned: bool,
    pub source: Source,
}

/// Two figures of one unit read as then → now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    pub id: String,
    pub label_zh: String,
    /// Optional: without English the English screen shows the Chinese, marked untranslated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label_en: String,
    /// A label of a few characters for narrow panels; the full label when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_zh: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_en: Option<String>,
    /// Id of the earlier figure.
    pub from: String,
    /// Id of the later figure.
    pub to: String,
}

/// A threshold from outside the report, shown next to a figure for context.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub id: String,
    pub label_zh: String,
    /// Optional: without English the English screen shows the Chinese, marked untranslated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label_en: String,
    #[serde(serialize_with = "whole_as_integer")]
    pub value: f64,
    /// Id of a [`Unit`]; the same as the figure it is compared to.
    pub unit: String,
    /// Id of the figure this threshold is drawn against.
    pub compares_to: String,
    /// The document, clause and year the threshold comes from.
    pub citation: String,
}

/// Writes a whole value as an integer (`8`, not `8.0`), as a person writes a dataset, so a
/// file written back (`upgrade`, `draft`) differs from its source only where it must.
pub fn whole_as_integer<S: serde::Serializer>(
    value: &f64,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    // 2^53: past it an f64 no longer holds every integer, so the float is the honest form.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if value.fract() == 0.0 && value.abs() <= EXACT {
        // Exact: the value is whole and within the range every integer is held in.
        #[allow(clippy::cast_possible_truncation)]
        serializer.serialize_i64(*value as i64)
    } else {
        serializer.serialize_f64(*value)
    }
}
