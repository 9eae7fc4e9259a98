//! Every bad dataset in tests/fixtures/invalid/ is refused with its exact message, never a panic.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const FIXTURES: &str = "tests/fixtures/invalid";

fn zonedash(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zonedash"))
        .args(args)
        .env("LANG", "C")
        .output()
        .expect("run zonedash")
}

/// Each fixture `NAME.json` (a file or a directory) with its expected stderr `NAME.stderr`.
fn fixtures() -> Vec<(PathBuf, PathBuf)> {
    let mut found: Vec<_> = std::fs::read_dir(FIXTURES)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let expected = path.with_extension("stderr");
            (path, expected)
        })
        .collect();
    found.sort();
    found
}

fn check(fixture: &Path, expected_file: &Path, args: &[&str]) -> Result<(), String> {
    let output = zonedash(args);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    if std::env::var_os("ZONEDASH_BLESS").is_some() && std::env::var_os("CI").is_none() {
        std::fs::write(expected_file, &stderr).unwrap();
    }
    let expected = std::fs::read_to_string(expected_file).map_err(|_| {
        format!(
            "{}: no expected message file {}",
            fixture.display(),
            expected_file.display()
        )
    })?;
    if stderr.contains("panicked") {
        return Err(format!("{}: panicked: {stderr}", fixture.display()));
    }
    if output.status.code() != Some(1) {
        return Err(format!(
            "{}: exit {:?}, expected 1",
            fixture.display(),
            output.status.code()
        ));
    }
    if !output.stdout.is_empty() {
        return Err(format!("{}: wrote to stdout", fixture.display()));
    }
    if stderr != expected {
        return Err(format!(
            "{} {args:?}:\n  expected: {expected}\n  got:      {stderr}",
            fixture.display()
        ));
    }
    Ok(())
}

#[test]
fn there_are_at_least_25_invalid_fixtures() {
    assert!(fixtures().len() >= 25, "only {} fixtures", fixtures().len());
}

#[test]
fn validate_refuses_each_fixture_with_its_message() {
    let failures: Vec<String> = fixtures()
        .iter()
        .filter_map(|(fixture, expected)| {
            check(fixture, expected, &["validate", fixture.to_str().unwrap()]).err()
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_command_loading_a_fixture_gives_the_same_message() {
    let failures: Vec<String> = fixtures()
        .iter()
        .flat_map(|(fixture, expected)| {
            let path = fixture.to_str().unwrap();
            [
                check(fixture, expected, &["--data", path, "validate"]).err(),
                check(fixture, expected, &["--data", path, "export"]).err(),
            ]
        })
        .flatten()
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_missing_file_is_named_and_refused() {
    let output = zonedash(&["validate", "no/such/dataset.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "no/such/dataset.json: cannot read: No such file or directory\n"
    );
}

#[test]
fn validate_reports_each_file_and_fails_if_any_is_bad() {
    let output = zonedash(&[
        "validate",
        "tests/fixtures/valid/minimal.json",
        "tests/fixtures/invalid/empty.json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "ok: 4 figures, 1 project, 1 reference in tests/fixtures/valid/minimal.json\n"
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "tests/fixtures/invalid/empty.json: empty file, expected a JSON dataset\n"
    );
}
