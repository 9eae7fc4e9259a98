//! Schema-1 files keep loading: a copy of the bundled dataset as it was in schema 1 loads, and
//! reads as the schema-2 bundled dataset does apart from what schema 2 adds.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use zonedash::model::{self, Qualifier};

const SCHEMA_ONE: &str = "tests/fixtures/source/bda-2022-schema-1.json";

#[test]
fn the_schema_one_copy_loads_and_passes_its_quote_check() {
    let text = std::fs::read_to_string(SCHEMA_ONE).unwrap();
    assert!(text.contains("\"schema_version\": 1"));
    assert!(text.contains("\"excluding_vaccines\""));
    let old = model::parse(SCHEMA_ONE, &text).unwrap();
    let report =
        std::fs::read_to_string("tests/fixtures/source/bda-2022-work-report.zh.txt").unwrap();
    model::check_source(SCHEMA_ONE, &text, &old, &report).unwrap();
}

#[test]
fn schema_one_reads_as_schema_two_without_the_indicators() {
    let old = model::parse(SCHEMA_ONE, &std::fs::read_to_string(SCHEMA_ONE).unwrap()).unwrap();
    let mut new = model::load_bundled().unwrap();
    assert_eq!(new.schema_version, 2);
    assert_eq!(old.schema_version, 1);
    let named = new.metrics.iter().filter(|m| m.indicator.is_some()).count();
    assert!(named >= 10, "only {named} figures name an indicator");
    for m in &mut new.metrics {
        m.indicator = None;
    }
    new.schema_version = 1;
    assert_eq!(
        old, new,
        "schema 1 and 2 differ beyond version and indicators"
    );
}

#[test]
fn schema_one_vaccines_hedge_becomes_a_general_exclusion() {
    let old = model::parse(SCHEMA_ONE, &std::fs::read_to_string(SCHEMA_ONE).unwrap()).unwrap();
    let gdp = old.metrics.iter().find(|m| m.id == "gdp_growth").unwrap();
    assert!(
        gdp.qualifiers
            .iter()
            .any(|q| matches!(q, Qualifier::Excluding(what) if what.zh == "疫苗因素"))
    );
}
