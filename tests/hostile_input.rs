//! Whatever bytes or JSON arrive, loading ends in a dataset or a readable error, never a panic.
//! The same two strategies the fuzz targets in `fuzz/` run for hours, replayed a few thousand times.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::mutate::mutate;
use proptest::prelude::*;
use zonedash::model::{self, LoadError};

/// A load error must be printable as lines of `FILE…: …`, with nothing raw in them.
fn readable(error: &LoadError) -> Result<(), TestCaseError> {
    let text = error.to_string();
    prop_assert!(!text.is_empty());
    for line in text.lines() {
        prop_assert!(line.starts_with("fuzz"), "{line}");
        prop_assert!(
            !line.chars().any(zonedash::sanitize::is_unsafe),
            "unsafe character in {line:?}"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_load_or_fail_readably(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        if let Err(error) = model::load_bytes("fuzz.json", bytes) {
            readable(&error)?;
        }
    }

    #[test]
    fn arbitrary_edits_of_a_dataset_load_or_fail_readably(choices in proptest::collection::vec(any::<u8>(), 0..64)) {
        let mut value: serde_json::Value = serde_json::from_str(model::BUNDLED_JSON).unwrap();
        mutate(&mut value, &choices);
        let text = value.to_string();
        match model::parse("fuzz.json", &text) {
            // What loads is a dataset that writes out and loads back the same.
            Ok(dataset) => {
                let again = model::parse("again.json", &serde_json::to_string(&dataset).unwrap());
                prop_assert_eq!(again.ok(), Some(dataset));
            }
            Err(error) => readable(&error)?,
        }
    }
}
