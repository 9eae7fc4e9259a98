//! Every hedge and indicator of a figure reaches the export: none is written as an empty word.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

fn export_json() -> serde_json::Value {
    let output = Command::new(env!("CARGO_BIN_EXE_zonedash"))
        .args(["export", "--format", "json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    serde_json::from_slice(&output.stdout).unwrap()
}

fn row<'a>(rows: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no row {id}"))
}

#[test]
fn an_exclusion_exports_with_what_it_leaves_out() {
    let rows = export_json();
    let gdp = row(&rows, "gdp_growth");
    assert_eq!(
        gdp["qualifier"],
        serde_json::json!(["expected", "excluding:疫苗因素"])
    );
    assert_eq!(
        gdp["qualifier_en"],
        serde_json::json!(["expected", "excluding vaccines"]),
        "the exclusion is said in English too"
    );
    for r in rows.as_array().unwrap() {
        for q in r["qualifier"].as_array().unwrap() {
            assert!(
                !q.as_str().unwrap().is_empty(),
                "an empty hedge in {}",
                r["id"]
            );
        }
    }
}

#[test]
fn a_figure_exports_its_indicator() {
    let rows = export_json();
    assert_eq!(row(&rows, "gdp_growth")["indicator"], "gdp_growth");
    assert_eq!(
        row(&rows, "listed_companies")["indicator"],
        "listed_companies"
    );
}

#[test]
fn the_csv_header_names_the_indicator_column() {
    let output = Command::new(env!("CARGO_BIN_EXE_zonedash"))
        .args(["export", "--format", "csv"])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    let header = text.lines().next().unwrap();
    assert!(header.contains(",basis,indicator,qualifier,"), "{header}");
    let gdp = text.lines().find(|l| l.starts_with("gdp_growth,")).unwrap();
    assert!(gdp.contains("expected;excluding:疫苗因素"), "{gdp}");
}
