//! The report picker's state and its filtered rows: every open report, then every failed file.

use super::{App, DocIx};

/// The picker's filter as typed and the row the cursor is on (an index into its rows).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PickerState {
    pub query: String,
    pub cursor: usize,
}

/// One row of the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerRow {
    /// An open report.
    Doc(DocIx),
    /// A file that failed, by its index in `App::failures`.
    Failure(usize),
}

impl App {
    /// The picker's rows for `query`: the open reports whose zone, year, title or file contain
    /// it, then the failed files whose name or error does (Latin letters matched without case).
    pub fn picker_rows(&self, query: &str) -> Vec<PickerRow> {
        let needle = query.trim().to_lowercase();
        let hit = |text: &str| needle.is_empty() || text.to_lowercase().contains(&needle);
        let docs = self.docs.iter().enumerate().filter(|(_, doc)| {
            let d = &doc.data;
            hit(&d.zone.short_zh)
                || hit(&d.zone.short_en)
                || hit(&d.zone.name_zh)
                || hit(&d.zone.name_en)
                || hit(&d.report.year.to_string())
                || hit(&d.report.title_zh)
                || hit(&d.report.title_en)
                || hit(&doc.name)
        });
        let failures = self
            .failures
            .iter()
            .enumerate()
            .filter(|(_, f)| hit(&f.name) || hit(&f.error_en) || hit(&f.error_zh));
        docs.map(|(ix, _)| PickerRow::Doc(DocIx(ix)))
            .chain(failures.map(|(ix, _)| PickerRow::Failure(ix)))
            .collect()
    }
}
