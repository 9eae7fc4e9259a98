//! Memory and time stay bounded for hostile datasets up to the 16 MiB limit: a long key over many
//! values, 16 MiB of zeros, 100,000 nested sections, 40,000 units, 304,000 panel titles, 50,000
//! type problems. Memory is capped with `ulimit -v`; times are generous bounds against hangs
//! and quadratic paths (the first release took 180 s on the sections), not speed targets —
//! those are in `benches/hostile.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::{Command, Output};
use std::time::{Duration, Instant};

use common::hostile;

/// Runs zonedash with `args` under a virtual-memory cap of `cap_mib`; returns its output and
/// how long it took.
fn capped(args: &str, cap_mib: u64) -> (Output, Duration) {
    let script = format!(
        "ulimit -v {}; exec '{}' {args}",
        cap_mib * 1024,
        env!("CARGO_BIN_EXE_zonedash")
    );
    let start = Instant::now();
    let output = Command::new("bash").args(["-c", &script]).output().unwrap();
    (output, start.elapsed())
}

/// Checks `args` ended by itself (0 or 1, no allocation failure) within the cap and the bound.
fn assert_bounded(what: &str, args: &str, cap_mib: u64, bound: Duration) -> Output {
    let (output, took) = capped(args, cap_mib);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let tail: String = stderr.lines().rev().take(3).collect::<Vec<_>>().join("\n");
    assert!(
        matches!(output.status.code(), Some(0 | 1)) && !stderr.contains("memory allocation"),
        "{what}: {args} under {cap_mib} MiB: {:?}\n{tail}",
        output.status
    );
    assert!(took < bound, "{what}: {args} took {took:?}");
    output
}

/// The README's cap: the program and one 16 MiB buffer.
const SMALL_CAP_MIB: u64 = 64;

/// Any file up to the limit, read (16 MiB), parsed and checked; the README states this bound.
const FILE_CAP_MIB: u64 = 256;

#[test]
fn a_long_key_over_many_values_is_placed_under_the_64_mib_cap() {
    // 300 KB: the first release needed 10 GB to place its one problem.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("spankey.json");
    std::fs::write(&file, hostile::long_key_over_zeros(100_000, 100_000)).unwrap();
    let output = assert_bounded(
        "long key",
        &format!("validate '{}'", file.display()),
        SMALL_CAP_MIB,
        Duration::from_secs(30),
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(":1:100027: "), "{stderr}");
    assert!(stderr.contains("unknown field"), "{stderr}");
}

#[test]
fn hostile_files_up_to_the_limit_validate_and_export_in_bounded_memory_and_time() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("zeros in an unknown field", hostile::zeros_in("x")),
        ("zeros as figures", hostile::zeros_in("metrics")),
        ("100,000 sections", hostile::sections_with_parent(100_000)),
        (
            "40,000 units, 48,000 figures",
            hostile::units_and_figures(40_000, 48_000),
        ),
        ("304,000 panel titles", hostile::panel_titles(304_000)),
        ("50,000 type problems", hostile::type_problems(50_000)),
    ];
    for (what, text) in cases {
        let file = dir.path().join("hostile.json");
        std::fs::write(&file, text).unwrap();
        let file = file.display();
        for args in [
            format!("validate '{file}'"),
            format!("--data '{file}' export --format json"),
        ] {
            // Tests run the unoptimised build; a release build takes a tenth of this.
            assert_bounded(what, &args, FILE_CAP_MIB, Duration::from_secs(60));
        }
    }
}

#[test]
fn problems_past_the_listing_limit_are_counted_in_one_line() {
    let text = hostile::panel_titles(3_000);
    let error = zonedash::model::parse("titles.json", &text).unwrap_err();
    let lines: Vec<String> = error.to_string().lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 1_000 + 1);
    assert_eq!(
        lines.last().unwrap(),
        "titles.json:1:1: 1999 more problems not listed (only the first 1000 are)"
    );
}

#[test]
fn a_copy_too_large_to_search_reports_the_first_type_problem_and_says_so() {
    let error = zonedash::model::parse("zeros.json", &hostile::zeros_in("metrics")).unwrap_err();
    let text = error.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("zeros.json:1:"), "{text}");
    assert!(
        lines[1].contains("only the first type problem is reported"),
        "{text}"
    );
}
