//! Checks of meaning on a typed dataset: ids, references, ranges, safe text, quotes that hold their numbers.

use std::collections::HashMap;

use super::types::{Dataset, SUPPORTED_SCHEMA_VERSIONS};
use crate::sanitize;

mod figures;

/// Longest quote, in characters: a clause, not a paragraph.
pub const MAX_QUOTE_CHARS: usize = 80;

/// Largest magnitude a figure may have; beyond it a value is a typo, not a statistic.
pub const MAX_MAGNITUDE: f64 = 1e15;

/// Every problem of meaning in `dataset`, as `(JSON path, message)`, in file order.
pub fn validate(dataset: &Dataset) -> Vec<(String, String)> {
    let mut check = Checker::default();
    check.header(dataset);
    check.sections(dataset);
    check.groups_and_units(dataset);
    check.metrics(dataset);
    check.clusters(dataset);
    check.comparisons_and_references(dataset);
    check.problems
}

#[derive(Default)]
struct Checker {
    pub(super) problems: Vec<(String, String)>,
    /// Ids of figures, references and projects, one namespace so `--select ID` is unambiguous.
    pub(super) item_ids: HashMap<String, String>,
}

impl Checker {
    pub(super) fn report(&mut self, path: String, message: String) {
        self.problems.push((path, message));
    }

    /// A required text: not blank, no control or bidi characters.
    pub(super) fn text(&mut self, path: impl Fn() -> String, value: &str) {
        if value.trim().is_empty() {
            self.report(path(), "empty text".into());
        } else if value.chars().any(sanitize::is_unsafe) {
            self.report(
                path(),
                format!(
                    "control or bidirectional character in {}",
                    sanitize::quoted(value, 60)
                ),
            );
        }
    }

    /// An id: lowercase letters, digits and `_` (and `-` where `dash` allows), unique in `seen`.
    pub(super) fn id(
        &mut self,
        path: String,
        id: &str,
        dash: bool,
        seen: &mut HashMap<String, String>,
    ) {
        let well_formed = id.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
            && id.chars().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || (dash && c == '-')
            });
        if !well_formed {
            let form = if dash {
                "snake_case or kebab-case"
            } else {
                "snake_case"
            };
            self.report(
                path,
                format!("id {} is not {form}", sanitize::quoted(id, 60)),
            );
        } else if let Some(first) = seen.get(id) {
            self.report(path, format!("duplicate id \"{id}\" (first at {first})"));
        } else {
            seen.insert(id.to_owned(), path);
        }
    }

    /// A reference to an id that must exist in `known`.
    fn reference(
        &mut self,
        path: impl Fn() -> String,
        what: &str,
        id: &str,
        known: &HashMap<String, String>,
    ) {
        self.text(&path, id);
        if !id.trim().is_empty() && !known.contains_key(id) {
            self.report(
                path(),
                format!("unknown {what} {}", sanitize::quoted(id, 60)),
            );
        }
    }

    fn header(&mut self, d: &Dataset) {
        if !SUPPORTED_SCHEMA_VERSIONS.contains(&d.schema_version) {
            self.report(
                "schema_version".into(),
                format!(
                    "unsupported schema_version {}, this build reads {SUPPORTED_SCHEMA_VERSIONS:?}",
                    d.schema_version
                ),
            );
        }
        let mut ids = HashMap::new();
        self.id("zone.id".into(), &d.zone.id, true, &mut ids);
        self.id("report.id".into(), &d.report.id, true, &mut ids);
        let z = &d.zone;
        for (field, value) in [
            ("name_zh", &z.name_zh),
            ("name_en", &z.name_en),
            ("short_zh", &z.short_zh),
            ("short_en", &z.short_en),
        ] {
            self.text(|| format!("zone.{field}"), value);
        }
        let r = &d.report;
        for (field, value) in [
            ("title_zh", &r.title_zh),
            ("title_en", &r.title_en),
            ("publisher_zh", &r.publisher_zh),
            ("publisher_en", &r.publisher_en),
            ("published_zh", &r.published_zh),
            ("published_en", &r.published_en),
            ("source_file", &r.source_file),
        ] {
            self.text(|| format!("report.{field}"), value);
        }
        for (field, year) in [("year", Some(r.year)), ("plan_year", r.plan_year)] {
            if year.is_some_and(|y| !(1000..=9999).contains(&y)) {
                self.report(
                    format!("report.{field}"),
                    format!("year {} is not a four-digit year", year.unwrap_or_default()),
                );
            }
        }
    }

    fn sections(&mut self, d: &Dataset) {
        let mut ids = HashMap::new();
        for (i, s) in d.sections.iter().enumerate() {
            self.id(format!("sections[{i}].id"), &s.id, false, &mut ids);
            self.text(|| format!("sections[{i}].title_zh"), &s.title_zh);
            self.text(|| format!("sections[{i}].title_en"), &s.title_en);
        }
        let figures = figure_ids(d);
        for (i, s) in d.sections.iter().enumerate() {
            if let Some(parent) = &s.parent {
                self.reference(|| format!("sections[{i}].parent"), "section", parent, &ids);
            }
            if let Some(count) = &s.stated_count {
                self.reference(
                    || format!("sections[{i}].stated_count"),
                    "figure",
                    count,
                    &figures,
                );
            }
        }
    }

    fn groups_and_units(&mut self, d: &Dataset) {
        let mut ids = HashMap::new();
        for (i, g) in d.groups.iter().enumerate() {
            self.id(format!("groups[{i}].id"), &g.id, false, &mut ids);
            self.text(|| format!("groups[{i}].label_zh"), &g.label_zh);
            self.text(|| format!("groups[{i}].label_en"), &g.label_en);
        }
        let mut ids = HashMap::new();
        for (i, u) in d.units.iter().enumerate() {
            self.id(format!("units[{i}].id"), &u.id, false, &mut ids);
            self.text(|| format!("units[{i}].zh"), &u.zh);
            self.text(|| format!("units[{i}].en"), &u.en);
        }
    }
}

/// Ids of the figures (metrics) of `d`, for references to check against.
pub(super) fn figure_ids(d: &Dataset) -> HashMap<String, String> {
    index(d.metrics.iter().map(|m| m.id.as_str()))
}

pub(super) fn index<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<String, String> {
    ids.map(|id| (id.to_owned(), String::new())).collect()
}
