//! Where in a dataset a value stands (`metrics[3].source.quote`), as typed steps, not a string.

use std::fmt;

/// A JSON path into a dataset. Problems carry it typed, so code that acts on a problem (the
/// draft's repair, the mapping of indices back to the file) reads records and indices instead
/// of parsing the printed path; it prints in `serde_path_to_error` notation, `.` for the root.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DataPath(Vec<Step>);

/// One step: a field of an object or an element of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Key(&'static str),
    Index(usize),
}

impl DataPath {
    /// The whole dataset (a problem of the file as a whole).
    pub fn root() -> Self {
        Self::default()
    }

    /// A top-level field: `report`, `schema_version`.
    pub fn key(name: &'static str) -> Self {
        Self(vec![Step::Key(name)])
    }

    /// An element of a top-level list: `metrics[3]`.
    pub fn item(list: &'static str, index: usize) -> Self {
        Self(vec![Step::Key(list), Step::Index(index)])
    }

    /// This path's field `name`: `metrics[3]` → `metrics[3].unit`.
    #[must_use]
    pub fn field(mut self, name: &'static str) -> Self {
        self.0.push(Step::Key(name));
        self
    }

    /// This path's list `list`, element `index`: `clusters[1]` → `clusters[1].projects[4]`.
    #[must_use]
    pub fn at(mut self, list: &'static str, index: usize) -> Self {
        self.0.push(Step::Key(list));
        self.0.push(Step::Index(index));
        self
    }

    /// This path, a list, at element `index`: `claims[0].against` → `claims[0].against[2]`.
    #[must_use]
    pub fn index(mut self, index: usize) -> Self {
        self.0.push(Step::Index(index));
        self
    }

    pub fn steps(&self) -> &[Step] {
        &self.0
    }

    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// Each list passed through, with the index taken in it: `clusters[1].projects[4].id` →
    /// `[("clusters", 1), ("projects", 4)]`.
    pub fn items(&self) -> Vec<(&'static str, usize)> {
        self.0
            .windows(2)
            .filter_map(|pair| match pair {
                [Step::Key(list), Step::Index(i)] => Some((*list, *i)),
                _ => None,
            })
            .collect()
    }

    /// The record that holds this value: the path up to its last list element
    /// (`metrics[3].source.quote` → `metrics[3]`); the path itself when it passes no list.
    #[must_use]
    pub fn record(&self) -> Self {
        match self.0.iter().rposition(|s| matches!(s, Step::Index(_))) {
            Some(last) => Self(self.0[..=last].to_vec()),
            None => self.clone(),
        }
    }

    /// True for an English text field (`label_en`, `excluding.en`), which may be left empty.
    pub fn is_english(&self) -> bool {
        matches!(self.0.last(), Some(Step::Key(k)) if *k == "en" || k.ends_with("_en"))
    }
}

impl fmt::Display for DataPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str(".");
        }
        for (n, step) in self.0.iter().enumerate() {
            match step {
                Step::Key(key) if n == 0 => f.write_str(key)?,
                Step::Key(key) => write!(f, ".{key}")?,
                Step::Index(i) => write!(f, "[{i}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_as_serde_path_to_error_does() {
        let quote = DataPath::item("clusters", 1)
            .at("projects", 4)
            .field("source")
            .field("quote");
        assert_eq!(quote.to_string(), "clusters[1].projects[4].source.quote");
        assert_eq!(DataPath::root().to_string(), ".");
        assert_eq!(
            DataPath::key("report").field("year").to_string(),
            "report.year"
        );
    }

    #[test]
    fn names_the_records_it_passes_through() {
        let quote = DataPath::item("clusters", 1)
            .at("projects", 4)
            .field("source")
            .field("quote");
        assert_eq!(quote.items(), [("clusters", 1), ("projects", 4)]);
        assert_eq!(
            quote.record(),
            DataPath::item("clusters", 1).at("projects", 4)
        );
        assert_eq!(DataPath::key("report").field("year").items(), []);
    }

    #[test]
    fn knows_an_english_field() {
        assert!(DataPath::item("metrics", 0).field("label_en").is_english());
        assert!(
            DataPath::item("metrics", 0)
                .field("excluding")
                .field("en")
                .is_english()
        );
        assert!(!DataPath::item("metrics", 0).field("label_zh").is_english());
        assert!(!DataPath::item("metrics", 0).field("often").is_english());
    }
}
