//! A second reader's answer key for a report text, and how right a draft's fields are by it.

use serde::Deserialize;

use super::score::{Expected, Pairing};
use crate::model::{Basis, Dataset, Metric, Period, Qualifier};

/// What a careful reader wrote down for one report text.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerKey {
    pub zone: String,
    /// The year the report reviews.
    pub year: i32,
    /// The year its plan part is for.
    pub plan_year: Option<i32>,
    pub figures: Vec<KeyFigure>,
}

/// One figure of the text as the reader recorded it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFigure {
    pub value: f64,
    /// As written after the number (亿元, 个百分点).
    pub unit: String,
    pub quote: String,
    pub period: KeyPeriod,
    pub basis: Basis,
    /// Qualifier names as the dataset writes them (`more_than`, `excluding`).
    pub hedges: Vec<String>,
    pub indicator: Option<String>,
    pub label: String,
    /// Other phrasings that name the same thing.
    #[serde(default)]
    pub labels: Vec<String>,
}

/// The time a figure is about: a year (or part of one), a range, or none given.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyPeriod {
    pub year: Option<i32>,
    /// Part of the year in the text's words (上半年, 前三季度).
    pub part: Option<String>,
    pub from: Option<i32>,
    pub to: Option<i32>,
}

/// The fields a figure is judged on, in the order they are printed.
pub const FIELDS: [&str; 6] = ["unit", "period", "basis", "hedges", "indicator", "label"];

/// How many of the found figures had each field right.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FieldScore {
    /// Key figures with a draft figure.
    pub found: usize,
    /// Per field of [`FIELDS`]: found figures with that field right.
    pub right: [usize; 6],
    /// Found figures with every field right.
    pub all_right: usize,
    /// Found draft figures that carry an indicator tag, and those whose tag is the key's.
    pub tagged: usize,
    pub tagged_right: usize,
    /// Key figures with an indicator, and those the draft found with that tag.
    pub indicators: usize,
    pub indicators_found: usize,
    /// Report-level fields right: zone, year, plan year (of three).
    pub report_right: usize,
    /// `quote: field draft≠key` for every wrong field.
    pub wrong: Vec<String>,
}

impl FieldScore {
    /// Adds `other` to this one.
    pub fn add(&mut self, other: &FieldScore) {
        self.found += other.found;
        for (a, b) in self.right.iter_mut().zip(other.right) {
            *a += b;
        }
        self.all_right += other.all_right;
        self.tagged += other.tagged;
        self.tagged_right += other.tagged_right;
        self.indicators += other.indicators;
        self.indicators_found += other.indicators_found;
        self.report_right += other.report_right;
    }
}

impl AnswerKey {
    /// The figures as [`Expected`] values, to pair them with a draft's.
    pub fn expected(&self) -> Vec<Expected> {
        self.figures
            .iter()
            .map(|f| Expected {
                value: f.value,
                unit: f.unit.clone(),
                quote: f.quote.clone(),
            })
            .collect()
    }

    /// How right the fields of `draft`'s figures are, for those that answer one of the key's.
    pub fn judge(&self, draft: &Dataset, text: &str) -> FieldScore {
        let expected = self.expected();
        let pairing = Pairing::new(draft, &expected, text);
        let mut score = FieldScore {
            report_right: usize::from(draft.zone.name_zh == self.zone)
                + usize::from(draft.report.year == self.year)
                + usize::from(draft.report.plan_year == self.plan_year),
            ..FieldScore::default()
        };
        if draft.zone.name_zh != self.zone {
            score
                .wrong
                .push(format!("zone: {} ≠ {}", draft.zone.name_zh, self.zone));
        }
        for (key, found) in self.figures.iter().zip(pairing.one_to_one()) {
            score.indicators += usize::from(key.indicator.is_some());
            let Some(m) = found else { continue };
            let metric = &draft.metrics[m];
            score.found += 1;
            let unit = draft.unit(&metric.unit).map_or("", |u| u.zh.as_str());
            let verdicts = [
                (unit == key.unit, unit.to_owned(), key.unit.clone()),
                (
                    period_right(&metric.period, &key.period),
                    format!("{:?}", metric.period),
                    format!("{:?}", key.period),
                ),
                (
                    metric.basis == key.basis,
                    format!("{:?}", metric.basis),
                    format!("{:?}", key.basis),
                ),
                hedges_verdict(metric, &key.hedges),
                (
                    metric.indicator == key.indicator,
                    format!("{:?}", metric.indicator),
                    format!("{:?}", key.indicator),
                ),
                label_verdict(&metric.label_zh, key),
            ];
            for (field, (right, got, want)) in verdicts.iter().enumerate() {
                if *right {
                    score.right[field] += 1;
                } else {
                    score.wrong.push(format!(
                        "「{}」 {}: {got} ≠ {want}",
                        key.quote, FIELDS[field]
                    ));
                }
            }
            score.all_right += usize::from(verdicts.iter().all(|v| v.0));
            if metric.indicator.is_some() {
                score.tagged += 1;
                score.tagged_right += usize::from(metric.indicator == key.indicator);
            }
            score.indicators_found +=
                usize::from(key.indicator.is_some() && metric.indicator == key.indicator);
        }
        score
    }
}

/// The draft's period is the key's: the same year, or range, or none; a part of the year in
/// its words.
fn period_right(draft: &Period, key: &KeyPeriod) -> bool {
    let years = match (key.year, key.from, key.to) {
        (Some(year), _, _) => draft.year == Some(year) && draft.from.is_none(),
        (None, Some(from), Some(to)) => draft.from == Some(from) && draft.to == Some(to),
        _ => draft.year.is_none() && draft.from.is_none(),
    };
    let part = key.part.as_deref().is_none_or(|p| draft.zh.contains(p));
    years && part
}

fn hedges_verdict(metric: &Metric, key: &[String]) -> (bool, String, String) {
    let mut got: Vec<String> = metric.qualifiers.iter().map(qualifier_name).collect();
    let mut want = key.to_vec();
    got.sort();
    got.dedup();
    want.sort();
    want.dedup();
    (got == want, got.join(","), want.join(","))
}

/// The name the dataset writes a qualifier by (an exclusion is named without what it excludes).
fn qualifier_name(q: &Qualifier) -> String {
    match q {
        Qualifier::Excluding(_) => "excluding".to_owned(),
        other => crate::model::snake_name(other),
    }
}

/// Words a change's label ends with that the key leaves off (地区生产总值增速 → 地区生产总值).
const CHANGE_WORDS: [&str; 7] = [
    "(同口径)",
    "（同口径）",
    "增速",
    "降幅",
    "增幅",
    "增长率",
    "增量",
];

fn label_verdict(label: &str, key: &KeyFigure) -> (bool, String, String) {
    let mut bare = normal(label);
    for word in CHANGE_WORDS {
        if let Some(rest) = bare.strip_suffix(word) {
            bare = rest.to_owned();
        }
    }
    let names = std::iter::once(&key.label).chain(&key.labels);
    let right = names_a_thing(&bare)
        && names
            .map(|n| normal(n))
            .any(|want| bare == want || similar(&bare, &want));
    (right, label.to_owned(), key.label.clone())
}

/// A label as compared: no spaces, no 的, brackets and quotation marks of one width.
fn normal(label: &str) -> String {
    label
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '的')
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            '“' | '”' | '"' => '"',
            c => c,
        })
        .collect()
}

/// Two labels share most of their pairs of adjacent characters (Dice coefficient ≥ 0.7):
/// 全区地区生产总值 and 地区生产总值 do, 生产 and 地区生产总值 do not.
fn similar(a: &str, b: &str) -> bool {
    let pairs = |s: &str| -> Vec<(char, char)> {
        let chars: Vec<char> = s.chars().collect();
        chars.windows(2).map(|w| (w[0], w[1])).collect()
    };
    let (x, mut y) = (pairs(a), pairs(b));
    if x.is_empty() || y.is_empty() {
        return false;
    }
    let total = x.len() + y.len();
    let mut common = 0;
    for p in &x {
        if let Some(at) = y.iter().position(|q| q == p) {
            y.swap_remove(at);
            common += 1;
        }
    }
    common * 2 * 10 >= total * 7
}

/// The label names a thing: no verb of reporting or hedge inside it, and none at its ends
/// (入选…名单的企业 is a thing; …位居, 力争… are not).
fn names_a_thing(label: &str) -> bool {
    // 完成投资 names a measure (the investment completed, against the planned or the total),
    // as the keys write it; 完成 elsewhere is a verb of reporting.
    let label = label.replace("完成投资", "投资");
    !NOT_IN_A_LABEL.iter().any(|w| label.contains(w))
        && !NOT_AT_THE_ENDS.iter().any(|w| label.ends_with(w))
}

/// Words that make a label something other than the name of what is measured: verbs of
/// reporting, hedges, the start of a history (从1993年…). Kept apart from the draft's own word
/// lists on purpose: a judge that shared the rules' words would pass whatever they miss.
const NOT_IN_A_LABEL: &[&str] = &[
    "实现",
    "完成",
    "首次",
    "力争",
    "确保",
    "保持在",
    // The start of a history, not 从业人员.
    "从19",
    "从20",
    "从起步",
    "从建区",
    "未命名",
];

/// Verbs a noun phrase may hold (入选…名单的企业) but not end with (…位居, …超).
const NOT_AT_THE_ENDS: &[&str] = &[
    "位居", "位列", "成为", "获评", "入选", "揭榜", "突破", "超过", "达到", "超", "约", "近",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_label_is_judged_without_its_change_word() {
        let key: KeyFigure = serde_json::from_str(
            r#"{"value":6,"unit":"%","quote":"q","period":{"year":2023},"basis":"year_on_year",
            "hedges":[],"indicator":"gdp_growth","label":"地区生产总值","labels":["GDP"]}"#,
        )
        .unwrap();
        assert!(label_verdict("地区生产总值增速", &key).0);
        assert!(label_verdict("GDP", &key).0);
        assert!(!label_verdict("全区实现地区生产总值", &key).0);
        // A label that names most of the key's, and nothing else, is right.
        assert!(label_verdict("全区地区生产总值", &key).0);
        assert!(!label_verdict("生产", &key).0);
        // 完成投资 names a measure; 完成 elsewhere is a verb of reporting.
        let key: KeyFigure = serde_json::from_str(
            r#"{"value":237,"unit":"亿元","quote":"q","period":{"year":2023},"basis":"level",
            "hedges":[],"indicator":null,"label":"省市重点项目完成投资","labels":[]}"#,
        )
        .unwrap();
        assert!(label_verdict("省市重点项目完成投资", &key).0);
        assert!(!label_verdict("完成省市重点项目", &key).0);
    }

    #[test]
    fn a_period_is_a_year_a_range_or_none() {
        let year = |y| Period {
            zh: "2023年上半年".into(),
            en: String::new(),
            year: Some(y),
            from: None,
            to: None,
        };
        let key = KeyPeriod {
            year: Some(2023),
            part: Some("上半年".into()),
            ..KeyPeriod::default()
        };
        assert!(period_right(&year(2023), &key));
        assert!(!period_right(&year(2024), &key));
        assert!(!period_right(&year(2023), &KeyPeriod::default()));
    }
}
