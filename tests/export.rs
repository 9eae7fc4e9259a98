//! `zonedash export`: CSV that parses back to the figures, formula cells neutralised, JSON that round-trips.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use zonedash::model;

fn zonedash(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_zonedash"))
        .args(args)
        .output()
        .unwrap()
}

const COLUMNS: [&str; 10] = [
    "id",
    "group",
    "label_zh",
    "label_en",
    "value",
    "unit",
    "period",
    "basis",
    "qualifier",
    "quote",
];

#[test]
fn csv_round_trips_through_a_csv_parser() {
    let output = zonedash(&["export", "--format", "csv"]);
    assert!(output.status.success());
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let header = reader.headers().unwrap().clone();
    for column in COLUMNS {
        assert!(header.iter().any(|h| h == column), "no column {column}");
    }
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let d = model::load_bundled().unwrap();
    assert_eq!(records.len(), d.metrics.len() + d.references.len());
    for (record, metric) in records.iter().zip(&d.metrics) {
        assert_eq!(&record[at("id")], metric.id);
        assert_eq!(
            record[at("value")].parse::<f64>().unwrap(),
            metric.value,
            "{}",
            metric.id
        );
        assert_eq!(&record[at("quote")], metric.source.quote);
        assert_eq!(&record[at("label_zh")], metric.label_zh);
    }
    let pm25 = records
        .iter()
        .find(|r| &r[at("id")] == "pm25_change")
        .unwrap();
    assert_eq!(
        &pm25[at("value")],
        "-8.6",
        "a negative number is not neutralised"
    );
    assert!(
        String::from_utf8(output.stdout).unwrap().contains("\r\n"),
        "RFC 4180 line ends"
    );
}

#[test]
fn json_export_parses_back_to_the_same_rows() {
    let output = zonedash(&["export", "--format", "json"]);
    assert!(output.status.success());
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    let d = model::load_bundled().unwrap();
    assert_eq!(rows.len(), d.metrics.len() + d.references.len());
    assert_eq!(rows[0]["id"], d.metrics[0].id);
    assert_eq!(rows[0]["quote"], d.metrics[0].source.quote);
}

#[test]
fn projects_table_lists_every_named_project() {
    let output = zonedash(&["export", "--table", "projects"]);
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let d = model::load_bundled().unwrap();
    let expected: usize = d.clusters.iter().map(|c| c.projects.len()).sum();
    assert_eq!(reader.records().count(), expected);
}

#[test]
fn formula_cells_are_neutralised() {
    let text = std::fs::read_to_string("tests/fixtures/valid/minimal.json").unwrap();
    let text = text
        .replace("\"GDP growth\"", "\"=HYPERLINK(\\\"http://x\\\")\"")
        .replace("\"Projects landed\"", "\"+SUM(1,2)\"")
        .replace("\"PM2.5\"", "\"@cmd\"")
        .replace("\"Good water\"", "\"-2+3\"");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("formulas.json");
    std::fs::write(&path, text).unwrap();
    let output = zonedash(&["--data", path.to_str().unwrap(), "export"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let labels: Vec<String> = reader.records().map(|r| r.unwrap()[5].to_owned()).collect();
    assert_eq!(
        labels[..4],
        ["'=HYPERLINK(\"http://x\")", "'+SUM(1,2)", "'@cmd", "'-2+3"]
    );
}

#[test]
fn rank_pools_bases_carried_and_honours_reach_the_export() {
    let zone = "tests/fixtures/zones/chenghu-2024.json";
    let output = zonedash(&["export", zone, "--format", "json"]);
    assert!(output.status.success());
    let rows: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let row = |id: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap()
            .clone()
    };
    let rank = row("national_rank");
    assert_eq!(
        (&rank["rank_of"], &rank["rank_of_size"]),
        (&"国家级经开区".into(), &217.into())
    );
    assert_eq!(row("industrial_output_growth")["basis_from"], "同比(下同)");
    assert_eq!(row("gdp")["rank_of_size"], serde_json::Value::Null);
    let output = zonedash(&["export", zone, "--table", "honours", "--format", "csv"]);
    assert!(output.status.success());
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let holders: Vec<(String, String)> = reader
        .deserialize::<std::collections::HashMap<String, String>>()
        .map(|r| {
            let r = r.unwrap();
            (r["holder_kind"].clone(), r["holder"].clone())
        })
        .collect();
    assert_eq!(
        holders,
        [
            ("cluster".to_owned(), "new_materials".to_owned()),
            ("zone".to_owned(), String::new()),
            ("company".to_owned(), "澜川新材料".to_owned()),
        ]
    );
}

#[test]
fn the_new_forms_reach_the_export() {
    let zone = "tests/fixtures/zones/lanjiang-2025.json";
    let run = |table: &str| {
        let out = zonedash(&["export", zone, "--format", "json", "--table", table]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let figures = run("figures");
    let row = |id: &str| {
        figures
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(row("national_rank")["rank_year"], 2024);
    assert_eq!(row("little_giants_share")["share_of"], "全市入选企业数");
    assert_eq!(row("province_rank_streak")["streak_of"], "province_rank");
    let exports = row("lanzhou_exports");
    assert_eq!(
        (exports["about_kind"].as_str(), exports["about"].as_str()),
        (Some("company"), Some("岚舟汽车"))
    );
    assert_eq!(row("academy_anniversary")["about_kind"], "other");
    let claims = run("claims");
    assert_eq!(
        claims[0]["against"],
        serde_json::json!(["全国", "全省", "全市"])
    );
    assert_eq!(claims[0]["figure"], "gdp_growth");
    let honours = run("honours");
    assert_eq!(honours[0]["also"], serde_json::json!(["selected"]));
    assert_eq!(honours[2]["holder_kind"], "other");
    let projects = run("projects");
    assert_eq!(projects[1]["more_unnamed"], true);
    assert_eq!(projects[2]["also"], serde_json::json!(["landed"]));
}

#[test]
fn a_table_with_no_rows_still_has_its_header() {
    let out = zonedash(&[
        "export",
        "tests/fixtures/zones/qinglan-2023.json",
        "--table",
        "claims",
    ]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "id,label_zh,label_en,about_kind,about,figure,against,section,quote\r\n"
    );
}
