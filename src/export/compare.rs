//! `export --compare ID`: one indicator across several reports, a row per report and period,
//! each value also in the one unit the comparison uses.

use std::io::{self, Write};

use serde_json::{Map, Value};

use super::{Format, write_csv, write_json};
use crate::app::Doc;
use crate::lang::Lang;
use crate::model::snake_name;
use crate::view::compare::Comparison;

/// The comparison's rows as exported: file, zone, period (and its year), value and unit as the
/// report writes them, the value in the common unit (the column named after that unit), basis, hedges
/// (targets among them), whether the report is a machine-read draft, and the quote.
pub fn comparison_rows(docs: &[Doc], comparison: &Comparison) -> Vec<Map<String, Value>> {
    let common = format!("value_in_{}", comparison.unit_zh);
    comparison
        .rows()
        .filter_map(|row| {
            let doc = docs.get(row.doc)?;
            let d = &doc.data;
            let m = d.metric(row.metric)?;
            let unit = d.unit(&m.unit).map_or("", |u| u.zh.as_str());
            let hedges: Vec<Value> = m
                .qualifiers
                .iter()
                .map(|q| Value::String(q.label(Lang::En).into_owned()))
                .collect();
            let mut out = Map::new();
            out.insert("file".into(), doc.name.clone().into());
            out.insert("zone".into(), d.zone.short_zh.clone().into());
            out.insert("zone_en".into(), d.zone.short_en.clone().into());
            out.insert("period".into(), m.period.zh.clone().into());
            // The year the period is of, when the dataset gives one (报告年度 is the report's).
            out.insert(
                "year".into(),
                m.period
                    .year
                    .or(m.period.to)
                    .map_or(Value::Null, Value::from),
            );
            out.insert("value".into(), number(m.value));
            out.insert("unit".into(), unit.into());
            out.insert(common.clone(), number(round(row.value)));
            out.insert("basis".into(), snake_name(&m.basis).into());
            out.insert("hedges".into(), Value::Array(hedges));
            out.insert("draft".into(), doc.draft.into());
            out.insert("figure".into(), m.id.clone().into());
            out.insert("quote".into(), m.source.quote.clone().into());
            Some(out)
        })
        .collect()
}

/// Writes the comparison as CSV or JSON; an empty comparison is its header alone (or `[]`).
pub fn write(
    docs: &[Doc],
    comparison: &Comparison,
    format: Format,
    mut out: impl Write,
) -> io::Result<()> {
    let rows = comparison_rows(docs, comparison);
    match format {
        Format::Json => write_json(&rows, out),
        Format::Csv if rows.is_empty() => {
            let header = [
                "file",
                "zone",
                "zone_en",
                "period",
                "year",
                "value",
                "unit",
                &format!("value_in_{}", comparison.unit_zh),
                "basis",
                "hedges",
                "draft",
                "figure",
                "quote",
            ];
            write!(out, "{}\r\n", header.join(","))
        }
        Format::Csv => write_csv(&rows, out),
    }
}

/// A number as JSON: a whole number as an integer (`8`, not `8.0`).
fn number(value: f64) -> Value {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        Value::from(value as i64)
    } else {
        serde_json::Number::from_f64(value).map_or(Value::Null, Value::Number)
    }
}

/// A converted value to the precision a report could have written it with: a conversion
/// (851 亿元 → 8.51 万亿元) must not add digits of float noise.
fn round(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_are_integers_and_conversions_carry_no_float_noise() {
        assert_eq!(number(8.0), Value::from(8));
        assert_eq!(number(2.7), serde_json::json!(2.7));
        assert_eq!(round(851.0 / 10_000.0), 0.0851);
        assert_eq!(round(0.1 + 0.2), 0.3);
    }
}
