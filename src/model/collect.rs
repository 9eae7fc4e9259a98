//! Collects every type problem of a dataset, not just the first serde meets.
//!
//! serde stops at the first problem. To find the next one, the array element that holds the
//! problem is taken out of a `serde_json::Value` copy and the typed parse is tried again; indices
//! are mapped back so every path names the element as it stands in the file. What parses once
//! the bad elements are out is then checked for meaning, in the same run.

use std::collections::HashMap;

use serde_json::Value;
use serde_path_to_error::Segment;

use super::path::{DataPath, Step};
use super::types::{Dataset, SUPPORTED_SCHEMA_VERSIONS};
use crate::lang::Text;
use crate::sanitize;

/// More problems than this and the rest are summarised in one line.
const MAX_PROBLEMS: usize = 500;

/// Every `(path, message)` type problem in `text`, given the first one serde reported.
pub fn type_problems(
    text: &str,
    first: serde_path_to_error::Error<serde_json::Error>,
) -> Vec<(String, Text)> {
    if !text.trim_start().starts_with('{') {
        return vec![(
            ".".into(),
            Text::new(
                "数据集的最外层应是一个 JSON 对象 {…}",
                "a dataset is a JSON object {…} at the top level",
            ),
        )];
    }
    let first = (first.path().to_string(), serde_message(first.inner()));
    let Ok(mut value) = serde_json::from_str::<Value>(text) else {
        return vec![first];
    };
    super::compat::rewrite(&mut value);
    if let Some(problem) = version_problem(&value) {
        return vec![problem];
    }
    let mut found = vec![first];
    let mut removed = Removed::default();
    loop {
        let error = match serde_path_to_error::deserialize::<_, Dataset>(&value) {
            Ok(rest) => {
                // What parsed once the bad elements were out is checked for meaning too, so one
                // run reports both kinds; its paths are mapped back to the file's indices.
                for (path, message) in super::validate::validate(&rest) {
                    // A reference to an element set aside for its type is that problem again.
                    if removed.names_a_taken_id(&message) {
                        continue;
                    }
                    let problem = (removed.original_of(&path), message);
                    if found.len() >= MAX_PROBLEMS {
                        break;
                    }
                    if !found.contains(&problem) {
                        found.push(problem);
                    }
                }
                break;
            }
            Err(error) => error,
        };
        let segments: Vec<Segment> = error.path().iter().cloned().collect();
        let problem = (
            removed.original_path(&segments),
            serde_message(error.inner()),
        );
        if !found.contains(&problem) {
            found.push(problem);
        }
        if found.len() >= MAX_PROBLEMS {
            found.push((
                ".".into(),
                Text::new(
                    format!("已列出 {MAX_PROBLEMS} 处问题,不再往下查"),
                    format!("stopped after {MAX_PROBLEMS} problems"),
                ),
            ));
            break;
        }
        if !removed.take_out(&mut value, &segments) {
            break;
        }
    }
    found
}

/// An unsupported `schema_version` explains every other type problem, so it is reported alone.
pub(super) fn version_problem(value: &Value) -> Option<(String, Text)> {
    let version = value.get("schema_version")?;
    let supported = version
        .as_u64()
        .is_some_and(|v| SUPPORTED_SCHEMA_VERSIONS.iter().any(|s| u64::from(*s) == v));
    (!supported).then(|| {
        (
            "schema_version".into(),
            Text::new(
                format!(
                    "不支持的 schema_version {},本程序支持的版本是 {:?}",
                    sanitize::quoted(&version.to_string(), 40),
                    SUPPORTED_SCHEMA_VERSIONS
                ),
                format!(
                    "unsupported schema_version {}, this build reads {:?}",
                    sanitize::quoted(&version.to_string(), 40),
                    SUPPORTED_SCHEMA_VERSIONS
                ),
            ),
        )
    })
}

/// serde's message, escaped, without serde_json's ` at line L column C` (the prefix says it).
pub(super) fn serde_message(error: &serde_json::Error) -> Text {
    let text = error.to_string();
    let text = match text.rfind(" at line ") {
        Some(cut) => &text[..cut],
        None => &text,
    };
    let mut message = sanitize::escape(text).into_owned();
    if message.starts_with(&format!(
        "unknown variant `{}`",
        super::compat::SCHEMA_ONE_VACCINES
    )) {
        message.push_str(super::compat::SCHEMA_ONE_HINT);
    }
    super::serde_words::both(message)
}

/// Original indices taken out of each array, keyed by the array's path in the file.
#[derive(Default)]
struct Removed(HashMap<String, Vec<usize>>, Vec<String>);

impl Removed {
    /// True when `message` quotes the id of an element taken out.
    fn names_a_taken_id(&self, message: &Text) -> bool {
        self.1
            .iter()
            .any(|id| message.contains(&format!("\"{id}\"")))
    }

    /// The path of `segments` (indices of the pruned copy) as it stands in the file.
    fn original_path(&self, segments: &[Segment]) -> String {
        let mut path = String::new();
        for segment in segments {
            match segment {
                Segment::Seq { index } => {
                    let original = self.original_index(&path, *index);
                    path.push_str(&format!("[{original}]"));
                }
                Segment::Map { key } | Segment::Enum { variant: key } => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                }
                Segment::Unknown => path.push_str(".?"),
            }
        }
        if path.is_empty() { ".".into() } else { path }
    }

    /// A path of validation's (`metrics[3].unit`), over the pruned copy, as it stands in the
    /// file.
    fn original_of(&self, path: &DataPath) -> String {
        let segments: Vec<Segment> = path
            .steps()
            .iter()
            .map(|step| match step {
                Step::Key(key) => Segment::Map {
                    key: (*key).to_owned(),
                },
                Step::Index(index) => Segment::Seq { index: *index },
            })
            .collect();
        self.original_path(&segments)
    }

    fn original_index(&self, array_path: &str, index: usize) -> usize {
        let mut original = index;
        for taken in self
            .0
            .get(array_path)
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            if *taken <= original {
                original += 1;
            }
        }
        original
    }

    /// Takes the innermost array element on `segments` out of `value`; false when there is none.
    fn take_out(&mut self, value: &mut Value, segments: &[Segment]) -> bool {
        let Some(last_seq) = segments
            .iter()
            .rposition(|s| matches!(s, Segment::Seq { .. }))
        else {
            return false;
        };
        let mut node = value;
        for segment in &segments[..last_seq] {
            node = match (segment, node) {
                (Segment::Seq { index }, Value::Array(items)) => match items.get_mut(*index) {
                    Some(item) => item,
                    None => return false,
                },
                (Segment::Map { key }, Value::Object(map)) => match map.get_mut(key) {
                    Some(item) => item,
                    None => return false,
                },
                _ => return false,
            };
        }
        let (Segment::Seq { index }, Value::Array(items)) = (&segments[last_seq], node) else {
            return false;
        };
        if *index >= items.len() {
            return false;
        }
        let gone = items.remove(*index);
        if let Some(id) = gone.get("id").and_then(Value::as_str) {
            self.1.push(id.to_owned());
        }
        let array_path = self.original_path(&segments[..last_seq]);
        let array_path = if array_path == "." {
            String::new()
        } else {
            array_path
        };
        let original = self.original_index(&array_path, *index);
        let taken = self.0.entry(array_path).or_default();
        let at = taken.partition_point(|t| *t < original);
        taken.insert(at, original);
        true
    }
}
