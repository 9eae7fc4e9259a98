//! Limits hold: endless or huge inputs are refused at 16 MiB without using more memory, deep
//! nesting and out-of-range numbers error cleanly, negative zero is read as zero.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::{Command, Output};

/// Runs zonedash through bash with its virtual memory capped (`ulimit -v`, in KiB), so reading
/// past the 16 MiB limit would make it fail to allocate instead of passing unnoticed.
fn capped(script_args: &str, memory_kib: u64) -> Output {
    let script = format!(
        "ulimit -v {memory_kib}; exec '{}' {script_args}",
        env!("CARGO_BIN_EXE_zonedash")
    );
    Command::new("bash").args(["-c", &script]).output().unwrap()
}

fn assert_refused_as_too_large(output: &Output, name: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{name}: {stderr}");
    assert_eq!(
        stderr,
        format!("{name}: larger than the 16 MiB limit for a dataset\n")
    );
}

/// Enough for the program and one 16 MiB buffer, far from enough for an unbounded read.
const MEMORY_KIB: u64 = 64 * 1024;

#[test]
fn endless_devices_are_refused_at_the_limit() {
    for device in ["/dev/zero", "/dev/urandom"] {
        let output = capped(&format!("--data {device} validate"), MEMORY_KIB);
        assert_refused_as_too_large(&output, device);
    }
}

#[test]
fn an_endless_fifo_is_refused_at_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("endless.json");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let fifo = fifo.to_str().unwrap();
    let script = format!(
        "ulimit -v {MEMORY_KIB}; yes '{{\"a\": 1}}' > '{fifo}' & exec '{}' --data '{fifo}' validate",
        env!("CARGO_BIN_EXE_zonedash")
    );
    let output = Command::new("bash").args(["-c", &script]).output().unwrap();
    assert_refused_as_too_large(&output, fifo);
}

#[test]
fn a_file_just_over_the_limit_is_refused_and_one_at_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let over = dir.path().join("over.json");
    std::fs::write(&over, vec![b' '; zonedash::model::MAX_BYTES + 1]).unwrap();
    assert_refused_as_too_large(
        &capped(&format!("validate '{}'", over.display()), MEMORY_KIB),
        over.to_str().unwrap(),
    );
    let at = dir.path().join("at.json");
    std::fs::write(&at, vec![b' '; zonedash::model::MAX_BYTES]).unwrap();
    let output = capped(&format!("validate '{}'", at.display()), MEMORY_KIB);
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!("{}: empty file, expected a JSON dataset\n", at.display())
    );
}

#[test]
fn negative_zero_is_zero() {
    let text = std::fs::read_to_string("tests/fixtures/valid/minimal.json").unwrap();
    let text = text
        .replace("\"value\": 52,", "\"value\": -0,")
        .replace("全年实现52个项目落地", "全年实现0个项目落地");
    let dataset = zonedash::model::parse("negative-zero.json", &text).unwrap();
    let metric = dataset
        .metrics
        .iter()
        .find(|m| m.id == "projects_landed")
        .unwrap();
    assert!(
        metric.value.is_sign_negative(),
        "the file's -0 is kept as read…"
    );
    assert_eq!(
        zonedash::model::format_value(metric.value),
        "0",
        "…and shown without its sign"
    );
    let rows = zonedash::export::figure_rows(&dataset);
    let mut csv = Vec::new();
    zonedash::export::write(
        &dataset,
        zonedash::export::Table::Figures,
        zonedash::export::Format::Csv,
        &mut csv,
    )
    .unwrap();
    assert!(
        String::from_utf8(csv)
            .unwrap()
            .contains("projects_landed,report,growth,ngit,落地项目,Projects landed,0,")
    );
    assert_eq!(rows.len(), 5);
}
