//! What the command line promises: exit 2 for its own mistakes, quiet ends on a closed pipe,
//! exports a program can read, messages in the user's language without doubled or raw parts.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::{Command, Output, Stdio};

fn zonedash(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zonedash"))
        .args(args)
        .env("LANG", "C")
        .env_remove("ZONEDASH_LANG")
        .env("XDG_CONFIG_HOME", "/nonexistent-config-home")
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn command_line_mistakes_exit_2() {
    let bundled = "tests/fixtures/source/bda-2022-work-report.zh.txt";
    for args in [
        &["--data", "a.json", "validate", "b.json"][..],
        &["validate", "--source", bundled, "a.json", "b.json"],
        &["schema", "--data", "/nonexistent"],
        &["indicators", "--data", "/nonexistent"],
        &["render", "--size", "0x0"],
        &["render", "--size", "10x5"],
    ] {
        let output = zonedash(args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(output.stdout.is_empty(), "{args:?}");
        assert_eq!(
            stderr(&output).lines().count(),
            1,
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn a_size_too_small_says_the_size_needed() {
    let output = zonedash(&["render", "--size", "10x5"]);
    assert_eq!(
        stderr(&output),
        "zonedash: --size 10x5 is too small: the dashboard needs at least 40x12\n"
    );
}

#[test]
fn a_closed_pipe_ends_the_export_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_zonedash"))
        .args(["export", "--format", "csv"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away before reading anything.
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
}

#[test]
fn json_export_has_nulls_integers_and_both_status_names() {
    let output = zonedash(&["export", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    let no_cluster = rows.iter().find(|r| r["id"] == "gdp_growth").unwrap();
    assert!(no_cluster["cluster"].is_null(), "{no_cluster}");
    assert!(no_cluster["value"].is_i64(), "8 is written 8: {no_cluster}");
    let fraction = rows.iter().find(|r| r["value"].is_f64()).unwrap();
    assert!(fraction["value"].as_f64().unwrap().fract() != 0.0);
    let output = zonedash(&["export", "--format", "json", "--table", "projects"]);
    let projects: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let first = &projects[0];
    assert!(
        first["status_en"].as_str().is_some_and(|s| !s.is_empty()),
        "{first}"
    );
    assert!(
        first["status_zh"].as_str().is_some_and(|s| !s.is_empty()),
        "{first}"
    );
}

#[test]
fn the_schema_has_no_rust_doc_links() {
    let output = zonedash(&["schema"]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(!text.contains("[`"), "a doc link is left in the schema");
    assert!(
        text.contains("`SUPPORTED_SCHEMA_VERSIONS`"),
        "the link's name stays, in backticks"
    );
}

/// A report text of an invented zone with one figure, in a folder of its own.
fn tiny_report() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("r.txt");
    std::fs::write(
        &report,
        "某开发区2030年工作报告\n一、2030年工作回顾\n全年地区生产总值增长5%。\n",
    )
    .unwrap();
    (dir, report)
}

#[test]
fn one_of_a_thing_is_singular() {
    let (_dir, report) = tiny_report();
    let output = zonedash(&["draft", report.to_str().unwrap()]);
    let text = stderr(&output);
    assert!(text.contains("1 figure,"), "{text}");
    assert!(
        !text.contains("1 figures") && !text.contains("1 sections"),
        "{text}"
    );
}

#[test]
fn messages_are_said_once_without_raw_os_codes() {
    let dir = tempfile::tempdir().unwrap();
    let blank = dir.path().join("blank.txt");
    std::fs::write(&blank, "  \n").unwrap();
    let text = stderr(&zonedash(&["draft", blank.to_str().unwrap()]));
    assert_eq!(text.matches("empty").count(), 1, "{text}");
    let text = stderr(&zonedash(&["draft", "/nonexistent/report.txt"]));
    assert!(!text.contains("os error"), "{text}");
    assert!(text.contains("No such file or directory"), "{text}");
}

#[test]
fn validate_speaks_chinese_when_asked() {
    let output = zonedash(&["--lang", "zh", "validate"]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with("通过:"), "{text}");
    let output = Command::new(env!("CARGO_BIN_EXE_zonedash"))
        .arg("validate")
        .env("LANG", "zh_CN.UTF-8")
        .env("XDG_CONFIG_HOME", "/nonexistent-config-home")
        .output()
        .unwrap();
    assert!(
        String::from_utf8(output.stdout)
            .unwrap()
            .starts_with("通过:")
    );
}

#[test]
fn the_manual_names_only_pages_that_exist_and_documents_the_config() {
    let output = zonedash(&["man"]);
    let man = String::from_utf8(output.stdout).unwrap();
    assert!(!man.contains("zonedash-validate(1)") && !man.contains("zonedash\\-validate(1)"));
    for needle in [
        "validate",
        "indicators",
        "config",
        "config.toml",
        "ZONEDASH_THEME",
    ] {
        assert!(man.contains(needle), "the man page lacks {needle}");
    }
}

#[test]
fn file_errors_speak_chinese_when_asked() {
    let output = zonedash(&["--lang", "zh", "validate", "/nonexistent/data.json"]);
    let text = stderr(&output);
    assert!(text.contains("无法读取"), "{text}");
    let output = zonedash(&["--lang", "zh", "draft", "/nonexistent/report.txt"]);
    assert!(stderr(&output).contains("无法读取"), "{}", stderr(&output));
}

#[test]
fn draft_speaks_chinese_when_asked() {
    let (_dir, report) = tiny_report();
    let text = stderr(&zonedash(&[
        "--lang",
        "zh",
        "draft",
        report.to_str().unwrap(),
    ]));
    assert!(text.contains("未取「2030」:报告自身的时期"), "{text}");
    assert!(text.contains("机读草稿"), "{text}");
    assert!(!text.contains("not taken"), "{text}");
}

#[test]
fn export_refusals_speak_chinese_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let mine = dir.path().join("mine.csv");
    std::fs::write(&mine, "my own work\n").unwrap();
    let output = zonedash(&["--lang", "zh", "export", "-o", mine.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("已存在;加 --force 才会替换它"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read_to_string(&mine).unwrap(), "my own work\n");
}

#[test]
fn the_manual_lists_values_and_every_exit_status() {
    let man = String::from_utf8(zonedash(&["man"]).stdout).unwrap();
    assert!(
        man.contains("[values: csv, json]"),
        "export --format lists its values"
    );
    for status in ["101", "128+N", "2 for a mistake"] {
        assert!(man.contains(status), "EXIT STATUS lacks {status}");
    }
}
