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
    // Honours and claims are schema 2's records; the schema-1 copy has none.
    new.honours.clear();
    new.claims.clear();
    new.schema_version = 1;
    assert_eq!(
        old, new,
        "schema 1 and 2 differ beyond version, indicators, honours and claims"
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

fn zonedash(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_zonedash"))
        .args(args)
        .env("LANG", "C")
        .output()
        .unwrap()
}

#[test]
fn upgrade_writes_the_schema_one_copy_as_schema_two() {
    let out = zonedash(&["upgrade", SCHEMA_ONE]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = String::from_utf8(out.stdout).unwrap();
    let upgraded = model::parse("upgraded", &written).unwrap();
    assert_eq!(upgraded.schema_version, 2);
    assert!(!written.contains("excluding_vaccines"));
    let mut bundled = model::load_bundled().unwrap();
    for m in &mut bundled.metrics {
        m.indicator = None;
    }
    bundled.honours.clear();
    bundled.claims.clear();
    assert_eq!(upgraded, bundled, "only what schema 2 adds differs");
}

const LOOSE: &str = "tests/fixtures/valid/schema-1-basis-not-written.json";

#[test]
fn a_reading_schema_two_refuses_is_a_warning_for_a_schema_one_file() {
    let out = zonedash(&["validate", LOOSE]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "{LOOSE}:106:16: at metrics[1].basis: warning (schema 1"
        )),
        "{stderr}"
    );
    // The same file claiming schema 2 is refused for that very reading.
    let text = std::fs::read_to_string(LOOSE).unwrap();
    let as_two = text.replacen("\"schema_version\": 1", "\"schema_version\": 2", 1);
    let error = model::parse("as-two.json", &as_two)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("at metrics[1].basis: basis \"like_for_like\""),
        "{error}"
    );
}

#[test]
fn upgrade_refuses_until_the_reading_is_fixed_and_writes_nothing() {
    let out = zonedash(&["upgrade", LOOSE]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not upgraded"), "{stderr}");
}

#[test]
fn upgrade_never_writes_over_a_file_unasked() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.json");
    std::fs::write(&target, "mine").unwrap();
    let target = target.to_str().unwrap();
    let out = zonedash(&["upgrade", SCHEMA_ONE, "-o", target]);
    assert!(!out.status.success());
    assert_eq!(std::fs::read_to_string(target).unwrap(), "mine");
    let out = zonedash(&["upgrade", SCHEMA_ONE, "-o", target, "--force"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(model::parse("out", &std::fs::read_to_string(target).unwrap()).is_ok());
}

#[test]
fn the_dashboard_counts_a_schema_one_files_warnings_in_its_header() {
    let doc = zonedash::loader::open_doc(std::path::Path::new(LOOSE)).unwrap();
    assert_eq!(doc.warnings, 1);
    let app = zonedash::app::App::with_doc(doc, zonedash::lang::Lang::En, (120, 40));
    let text = zonedash::ui::headless::render_text(&app, 120, 40);
    let header = text.lines().next().unwrap();
    assert!(header.contains("1 warning (schema 1)"), "{header}");
}
