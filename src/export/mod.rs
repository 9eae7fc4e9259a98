//! CSV and JSON export of the figures or projects, safe for spreadsheets and terminals.

pub mod compare;
mod honours;

use std::io::{self, Write};

use serde::Serialize;

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Json,
}

/// Export tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Table {
    /// One row per figure (report figures, then reference thresholds)
    Figures,
    /// One row per named company or project
    Projects,
    /// One row per honour or title granted (to the zone, a cluster or a company)
    Honours,
}

use crate::model::{Dataset, format_value, snake_name};
use crate::sanitize;

/// One figure as exported: a report figure, or a reference threshold (kind `reference`).
#[derive(Debug, Serialize)]
pub struct FigureRow {
    pub id: String,
    pub kind: &'static str,
    pub group: String,
    /// The cluster a figure belongs to; `null` in JSON (empty in CSV) when it belongs to none.
    pub cluster: Option<String>,
    pub label_zh: String,
    pub label_en: String,
    /// A whole number is written as an integer (`52`, not `52.0`).
    #[serde(serialize_with = "whole_as_integer")]
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
}

/// One named company or project as exported.
#[derive(Debug, Serialize)]
pub struct ProjectRow {
    pub id: String,
    pub cluster: String,
    pub name_zh: String,
    pub name_en: String,
    pub status: String,
    pub status_zh: String,
    pub status_en: String,
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
        period: String::new(),
        period_en: String::new(),
        basis: "threshold".into(),
        indicator: String::new(),
        qualifier: Vec::new(),
        qualifier_en: Vec::new(),
        direction: String::new(),
        section: String::new(),
        quote: r.citation.clone(),
        context: String::new(),
        basis_from: String::new(),
        rank_of: String::new(),
        rank_of_size: None,
    }));
    rows
}

/// Writes a whole `value` of integer range as an integer, any other as a float.
fn whole_as_integer<S: serde::Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    // 2^53: past it an f64 no longer holds every integer, so the float is the honest form.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if value.fract() == 0.0 && value.abs() <= EXACT {
        // The cast is exact: the value is whole and within the range every integer is held in.
        #[allow(clippy::cast_possible_truncation)]
        serializer.serialize_i64(*value as i64)
    } else {
        serializer.serialize_f64(*value)
    }
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
                planned: p.planned,
                section: p.source.section.clone(),
                quote: p.source.quote.clone(),
            })
        })
        .collect()
}

/// Writes `table` of `d` to `out` in `format`.
pub fn write(d: &Dataset, table: Table, format: Format, out: impl Write) -> io::Result<()> {
    match (table, format) {
        (Table::Figures, Format::Csv) => write_csv(&figure_rows(d), out),
        (Table::Figures, Format::Json) => write_json(&figure_rows(d), out),
        (Table::Projects, Format::Csv) => write_csv(&project_rows(d), out),
        (Table::Projects, Format::Json) => write_json(&project_rows(d), out),
        (Table::Honours, Format::Csv) => write_csv(&honours::honour_rows(d), out),
        (Table::Honours, Format::Json) => write_json(&honours::honour_rows(d), out),
    }
}

/// RFC 4180 CSV (CRLF line ends, quotes where needed), every text cell made safe by
/// [`spreadsheet_safe`].
pub(crate) fn write_csv<T: Serialize>(rows: &[T], out: impl Write) -> io::Result<()> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    let mut header_written = false;
    for row in rows {
        let value = serde_json::to_value(row)?;
        let serde_json::Value::Object(fields) = value else {
            continue;
        };
        if !header_written {
            writer.write_record(fields.keys()).map_err(io_error)?;
            header_written = true;
        }
        writer
            .write_record(fields.values().map(csv_cell))
            .map_err(io_error)?;
    }
    writer.flush()
}

/// The I/O error inside a CSV error, so that a closed pipe is still seen as one.
fn io_error(error: csv::Error) -> io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// A JSON array of the rows; characters a terminal would act on are `\u` escaped.
pub(crate) fn write_json<T: Serialize>(rows: &[T], mut out: impl Write) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, TerminalSafe::default());
    rows.serialize(&mut serializer)?;
    writeln!(out)
}

/// A cell that no spreadsheet runs as a formula and no terminal acts on: a text starting with
/// `= + - @` gets a leading `'` (tab and CR are already escaped by then); a plain number (`-8.6`) is left as it is; control
/// and bidi characters are written as visible escapes.
pub fn spreadsheet_safe(cell: &str) -> String {
    let cell = sanitize::escape(cell);
    let risky = cell.starts_with(['=', '+', '-', '@']);
    if risky && cell.parse::<f64>().is_err() {
        format!("'{cell}")
    } else {
        cell.into_owned()
    }
}

/// One CSV cell: numbers as written (`8`, `-8.6`), lists joined by `;`, text made safe.
fn csv_cell(value: &serde_json::Value) -> String {
    use serde_json::Value;
    match value {
        Value::String(s) => spreadsheet_safe(s),
        Value::Number(n) => n.as_f64().map_or_else(|| n.to_string(), format_value),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(csv_cell).collect();
            spreadsheet_safe(&parts.join(";"))
        }
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// serde_json's pretty output, but escaping C1 controls and bidi characters too (serde_json
/// escapes only C0), so `export --format json` is safe to print on a terminal.
#[derive(Default)]
struct TerminalSafe<'a>(serde_json::ser::PrettyFormatter<'a>);

impl serde_json::ser::Formatter for TerminalSafe<'_> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if sanitize::is_unsafe(c) {
                writer.write_all(&fragment.as_bytes()[start..at])?;
                write!(writer, "\\u{:04x}", c as u32)?;
                start = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised_but_numbers_kept() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_safe("+1+1"), "'+1+1");
        assert_eq!(spreadsheet_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_safe("-2+3"), "'-2+3");
        assert_eq!(spreadsheet_safe("-8.6"), "-8.6");
        assert_eq!(spreadsheet_safe("亦庄"), "亦庄");
        assert_eq!(spreadsheet_safe("a\u{1b}[31m"), "a\\u{1b}[31m");
    }

    #[test]
    fn json_escapes_c1_and_bidi() {
        let mut out = Vec::new();
        write_json(&["a\u{9b}b\u{202e}c\u{1b}"], &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains(r"a\u009bb\u202ec\u001b"), "{text}");
    }
}
