//! The dataset: types, loading, checks and the arithmetic charts need. Knows no terminal and no panel.

mod collect;
mod compat;
mod error;
mod format;
mod hedges;
mod ids;
pub mod indicators;
mod load;
pub mod numerals;
pub mod readings;
mod records;
mod scale;
mod source_check;
mod spans;
mod types;
pub mod units;
mod validate;
mod vocab;

pub use error::{LoadError, Problem};
pub use format::{format_multiple, format_value};
pub use hedges::{Excluded, Marker, Place as MarkerPlace, Qualifier};
pub use ids::{ClusterIx, Item, MetricIx, ProjectIx, ReferenceIx, SectionIx};
pub use load::{
    BUNDLED_JSON, BUNDLED_NAME, MAX_BYTES, check_source, file_label, load_bundled, load_bytes,
    load_file, parse, read_text, source_path,
};
pub use records::{Holder, Honour, Inferred, Pool};
pub use scale::{bar_eighths, nice_ceiling, scale_position, stack_cells};
pub use source_check::check_against_source;
pub use types::*;
pub use validate::{MAX_LISTED_PROBLEMS, MAX_MAGNITUDE, MAX_QUOTE_CHARS, validate};
pub use vocab::{Basis, Direction, Level, Panel, Stage, Status, UnitKind, snake_name};

/// The dataset format as a pretty-printed JSON Schema (what `zonedash schema` prints).
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Dataset);
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}
