//! Schema-2 records beside the figures: honours and titles, the pool a rank is taken in, fields marked inferred.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::vocab::{Level, Status};

/// The set a rank is taken in (第13位 of 217 国家级经开区); part of the rank, not a figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pool {
    /// The set as the quote (or its context) names it: 国家级经开区, 全市.
    pub zh: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    /// How many the set holds, when the text says (217); written in the quote or its context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u32>,
    /// The year the assessment or list covers when the text names it apart from the figure's
    /// own period (在2024年度…考核评价中, published in 2025); written in the quote or context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
}

/// An honour or title the report says was granted (国家进口贸易促进创新示范区, a national
/// 特色产业集群, a company's 专精特新 title): its own record with its own quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Honour {
    /// Stable snake_case id, in the namespace of figures and projects.
    pub id: String,
    /// The title exactly as the quote writes it.
    pub title_zh: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// Who received it.
    pub holder: Holder,
    /// The level of whoever grants it (国家级), when the quote says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// How the text says it was received (获评, 入选, 认定, 授牌, 成为…).
    pub status: Status,
    /// Further statuses the quote gives at once (分别揭榜入选: `won_listing`, then `selected`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Status>,
    /// The year it was received, when the text gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    pub source: Source,
}

/// Who holds an honour.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Holder {
    /// The zone the report is about.
    Zone,
    /// A cluster, by id.
    Cluster(String),
    /// A company, named as the quote writes it.
    Company(String),
    /// Something else the report names, as the quote writes it: a part of the zone (a base, a
    /// park, an industry) or something beyond it (an academy's centenary): the figure or claim
    /// is not about the zone as a whole.
    Other(String),
}

/// Who or what a figure or claim is about when it is not the zone as a whole: the zone and its
/// clusters have fields of their own, so only these two can be said here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum About {
    /// A company, named as the quote writes it.
    Company(String),
    /// Something else the report names, as the quote writes it: a part of the zone (a base, a
    /// park, an industry) or something beyond it (an academy's centenary).
    Other(String),
}

impl About {
    /// The name as the quote writes it.
    pub fn name(&self) -> &str {
        match self {
            About::Company(name) | About::Other(name) => name,
        }
    }

    /// The same, as a holder of an honour would be named.
    pub fn holder(&self) -> Holder {
        match self {
            About::Company(name) => Holder::Company(name.clone()),
            About::Other(name) => Holder::Other(name.clone()),
        }
    }
}

impl Holder {
    /// The name the quote must write for this holder: a company's or another's; none for the
    /// zone or a cluster, which are named elsewhere.
    pub fn written_name(&self) -> Option<&str> {
        match self {
            Holder::Company(name) | Holder::Other(name) => Some(name),
            Holder::Zone | Holder::Cluster(_) => None,
        }
    }
}

/// Something the report asserts without a number (成为全省新能源汽车产业领军者; 增速高于全国、
/// 全省、全市): its own record with its own quote, so a claim is traced like a figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// Stable snake_case id, in the namespace of figures and projects.
    pub id: String,
    /// The claim in a few words; it need not be verbatim, the quote is.
    pub label_zh: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label_en: String,
    /// Who or what the claim is about, when not the zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<About>,
    /// Id of the figure the claim speaks of (a growth rate said to beat the country's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<String>,
    /// What the claim is measured against, as the quote names them (全国、全省、全市).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub against: Vec<String>,
    pub source: Source,
}

/// A field whose value was inferred rather than read in the text (a zone's full name when the
/// text gives only its short one), with why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Inferred {
    /// JSON path of the field, as messages write it (`zone.name_zh`, `metrics[3].period`).
    pub path: String,
    /// What it was inferred from.
    pub why: String,
}

/// Where in the report a figure was read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Id of a `Section`.
    pub section: String,
    /// A verbatim clause of the report (≤ 80 characters) that contains the number as written.
    pub quote: String,
    /// A second verbatim excerpt (≤ 80 characters) holding a hedge whose scope starts before
    /// the quote: 预计 opens a sentence that covers four figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// A verbatim excerpt earlier in the section that states a basis once for the clauses
    /// after it (同比(下同)), for a figure whose quote does not repeat it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis_from: Option<String>,
}
