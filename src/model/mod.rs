//! The dataset: types, loading, checks and the arithmetic charts need. Knows no terminal and no panel.

mod collect;
mod compat;
mod document;
mod error;
mod format;
mod hedges;
mod ids;
pub mod indicators;
mod load;
pub mod numerals;
pub mod path;
pub mod readings;
pub(crate) mod records;
mod scale;
mod serde_words;
mod source_check;
mod spans;
mod types;
pub mod units;
mod validate;
mod vocab;

pub use document::*;
pub use error::{LoadError, Problem, warning_lines};
pub use format::{format_multiple, format_value};
pub use hedges::{Excluded, Marker, Place as MarkerPlace, Qualifier};
pub use ids::{ClaimIx, ClusterIx, HonourIx, Item, MetricIx, ProjectIx, ReferenceIx, SectionIx};
pub use load::{
    BUNDLED_JSON, BUNDLED_NAME, MAX_BYTES, check_source, file_label, load_bundled, load_bytes,
    load_file, load_file_checked, parse, parse_checked, read_text, source_path,
};
pub use path::DataPath;
pub use records::{About, Claim, Holder, Honour, Inferred, Pool, Source};
pub use scale::{bar_eighths, nice_ceiling, scale_position, stack_cells};
pub use source_check::{check_against_source, heading_spans};
pub use types::*;
pub use validate::{MAX_LISTED_PROBLEMS, MAX_MAGNITUDE, MAX_QUOTE_CHARS, validate};
pub use vocab::{Basis, Direction, Level, Stage, Status, Topic, UnitKind, snake_name};

/// The dataset format as a pretty-printed JSON Schema (what `zonedash schema` prints).
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Dataset);
    let mut value = serde_json::to_value(&schema).unwrap_or_default();
    plain_descriptions(&mut value);
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

/// Rewrites every `description` of a schema without Rust's doc-link brackets: the schema's
/// readers see `` `Unit` ``, not `` [`Unit`] `` or `` [`DocItem`](crate::app::DocItem) ``.
fn plain_descriptions(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(fields) => {
            for (key, field) in fields.iter_mut() {
                match field {
                    serde_json::Value::String(text) if key == "description" => {
                        *text = without_doc_links(text);
                    }
                    other => plain_descriptions(other),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(plain_descriptions),
        _ => {}
    }
}

/// `` [`X`] `` and `` [`X`](target) `` written as `` `X` ``.
fn without_doc_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("[`") {
        let Some(close) = rest[open + 2..].find("`]") else {
            break;
        };
        let name = &rest[open + 2..open + 2 + close];
        out.push_str(&rest[..open]);
        out.push('`');
        out.push_str(name.trim_start_matches("Self::"));
        out.push('`');
        rest = &rest[open + 2 + close + 2..];
        // A link target after the name, `(crate::…)`, is for rustdoc only.
        if rest.starts_with('(')
            && let Some(end) = rest.find(')')
        {
            rest = &rest[end + 1..];
        }
    }
    out.push_str(rest);
    out
}
