//! Who and what a dataset is about: the zone and its names, the report, its parts and sections,
//! and the dataset's own names for panels.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::vocab::Topic;

/// A dataset's own name for one panel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PanelTitle {
    pub panel: Topic,
    pub label_zh: String,
    /// Optional: without English the English screen shows the Chinese, marked untranslated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label_en: String,
}

/// The development zone the report is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Zone {
    /// Stable id, lowercase letters, digits, `_` or `-`.
    pub id: String,
    pub name_zh: String,
    /// Optional: without English the English screen shows the Chinese, marked untranslated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name_en: String,
    pub short_zh: String,
    /// Optional: without English the English screen shows the Chinese, marked untranslated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short_en: String,
    /// Other names the report gives the same zone (广州开发区 is also 黄埔区: one body, two
    /// names), in the report's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_names: Vec<ZoneName>,
}

/// One more name of a zone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ZoneName {
    pub zh: String,
    /// Optional: without English the English screen shows the Chinese, marked untranslated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
}

/// The report the figures come from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Stable id, lowercase letters, digits, `_` or `-`.
    pub id: String,
    /// The year the report reviews.
    pub year: i32,
    /// The year its plan part is for, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_year: Option<i32>,
    /// The title as printed in the text, unless `title_verbatim` is false.
    pub title_zh: String,
    /// Optional: without English the English screen shows the Chinese, marked untranslated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title_en: String,
    /// False when the text prints no title of its own (only a generic 政府工作报告) and
    /// `title_zh` describes the report instead; the source check then skips it and the screen
    /// marks it as not the report's own words.
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub title_verbatim: bool,
    /// True when the text is only part (an excerpt, the opening) of a longer document.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub excerpt: bool,
    pub publisher_zh: String,
    /// Optional: without English the English screen shows the Chinese, marked untranslated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub publisher_en: String,
    /// Where it was published, as far as the text shows it.
    pub published_zh: String,
    /// Optional: without English the English screen shows the Chinese, marked untranslated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub published_en: String,
    /// File name of the report text the quotes are taken from, relative to the dataset file.
    pub source_file: String,
    /// True for generated data that no report backs (benchmarks, tests).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub synthetic: bool,
    /// True for a draft machine-read from the report text (`zonedash draft`) that no person has
    /// reviewed yet: lists and headers say "draft". Set it to false once every figure is checked.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub machine_read: bool,
}

/// A part (一、二、) or numbered section ((一)(二)…) of the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    /// The part this section belongs to; none for a part itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// The section's printed number, (一) = 1; none for a part's preamble.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// The heading exactly as printed.
    pub title_zh: String,
    /// Optional: without English the English screen shows the Chinese, marked untranslated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title_en: String,
    /// Id of the figure that states how many work areas the part announces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_count: Option<String>,
}

fn yes() -> bool {
    true
}

fn is_yes(value: &bool) -> bool {
    *value
}
