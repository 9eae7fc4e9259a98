//! A dataset cannot forge a line of an error message: every data string is escaped in every
//! message before lines are split, so one problem is always one line; quotes are cut between
//! escapes, never inside one; no message says `at ?`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use serde_json::{Value, json};

const FORGED: &str = "x\nfake.json:9:9: at metrics[0].value: all good";

fn minimal() -> Value {
    serde_json::from_str(include_str!("fixtures/valid/minimal.json")).unwrap()
}

/// Runs `validate` on `text`; returns its stderr lines.
fn validate(text: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("forged.json");
    std::fs::write(&file, text).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_zonedash"))
        .arg("validate")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let prefix = format!("{}:", file.display());
    let lines: Vec<String> = String::from_utf8(output.stderr)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    for line in &lines {
        assert!(line.starts_with(&prefix), "a forged line: {line:?}");
        assert!(!line.contains(": at ?:"), "{line}");
    }
    lines
}

#[test]
fn a_newline_in_a_unit_or_an_id_stays_inside_its_problem() {
    let mut d = minimal();
    // A figure whose id and unit carry a newline, compared and referenced by those names: the
    // messages that quote them (panel, unit differs, compares unit) are one line each.
    d["metrics"][0]["id"] = json!(FORGED);
    d["metrics"][0]["unit"] = json!(FORGED);
    d["comparisons"][0]["from"] = json!(FORGED);
    d["references"][0]["compares_to"] = json!(FORGED);
    let lines = validate(&serde_json::to_string_pretty(&d).unwrap());
    for message in [
        "compares unit",
        "is on the Growth panel",
        "differs from the unit",
    ] {
        let quoting: Vec<&String> = lines.iter().filter(|l| l.contains(message)).collect();
        assert_eq!(quoting.len(), 1, "{message}: {lines:#?}");
        assert!(
            quoting[0].contains("x\\u{a}fake.json:9:9"),
            "{}",
            quoting[0]
        );
    }
}

#[test]
fn a_syntax_error_at_the_top_is_placed_without_a_question_mark() {
    let lines = validate("{\"schema_version\": 1,,}");
    assert_eq!(lines.len(), 1);
    assert!(
        lines[0].ends_with(":1:22: JSON syntax: key must be a string"),
        "{lines:?}"
    );
}

#[test]
fn a_part_named_by_select_is_explained() {
    let output = Command::new(env!("CARGO_BIN_EXE_zonedash"))
        .args([
            "--data",
            "tests/fixtures/valid/minimal.json",
            "render",
            "--select",
            "review",
        ])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(2),
        "an id not in the data is a command-line mistake"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("names a part"), "{stderr}");
}
