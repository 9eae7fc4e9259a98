//! CSV and JSON export of a report's tables (figures, projects, honours, claims), safe for
//! spreadsheets and terminals.

mod claims;
pub mod compare;
mod honours;
mod rows;

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
    /// One row per claim the report makes without a number
    Claims,
}

use crate::model::{Dataset, format_value};
use crate::sanitize;
pub use rows::{FigureRow, ProjectRow, figure_rows, project_rows};

/// Writes `table` of `d` to `out` in `format`.
pub fn write(d: &Dataset, table: Table, format: Format, out: impl Write) -> io::Result<()> {
    match (table, format) {
        (Table::Figures, Format::Csv) => table_csv(&figure_rows(d), out),
        (Table::Figures, Format::Json) => write_json(&figure_rows(d), out),
        (Table::Projects, Format::Csv) => table_csv(&project_rows(d), out),
        (Table::Projects, Format::Json) => write_json(&project_rows(d), out),
        (Table::Honours, Format::Csv) => table_csv(&honours::honour_rows(d), out),
        (Table::Honours, Format::Json) => write_json(&honours::honour_rows(d), out),
        (Table::Claims, Format::Csv) => table_csv(&claims::claim_rows(d), out),
        (Table::Claims, Format::Json) => write_json(&claims::claim_rows(d), out),
    }
}

/// [`write_csv`], with the header alone when there are no rows: a report with no honours still
/// gives a table, with its columns, that a spreadsheet or script can read.
fn table_csv<T: Serialize + Default>(rows: &[T], out: impl Write) -> io::Result<()> {
    if !rows.is_empty() {
        return write_csv(rows, out);
    }
    let serde_json::Value::Object(fields) = serde_json::to_value(T::default())? else {
        return Ok(());
    };
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(fields.keys()).map_err(io_error)?;
    writer.flush()
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
