//! Reading older schema versions: what a schema-1 file said, in schema 2's terms.

use super::hedges::Qualifier;
use super::types::Dataset;

/// Rewrites the parts of a schema-1 dataset that schema 2 says differently, so the rest of the
/// program sees one format. A schema-2 file is left as it is (and checked as written).
pub(super) fn upgrade(mut dataset: Dataset) -> Dataset {
    if dataset.schema_version != 1 {
        return dataset;
    }
    for m in &mut dataset.metrics {
        for q in &mut m.qualifiers {
            if *q == Qualifier::ExcludingVaccines {
                *q = Qualifier::ExcludingVaccines.upgraded();
            }
        }
    }
    dataset
}
