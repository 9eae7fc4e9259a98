//! The smaller hostile cases: characters terminals draw at different widths and overlong
//! grapheme clusters are refused at load; a huge terminal is drawn within a bounded area;
//! `TERM=dumb` gets no colour; help written to a full disk fails; no terminal to read keys
//! from is said plainly; a FIFO nobody writes to is given up.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Tmux, binary, children, tmux_available};
use serde_json::{Value, json};

fn minimal() -> Value {
    serde_json::from_str(include_str!("fixtures/valid/minimal.json")).unwrap()
}

/// `validate` on `d` with its first figure's English label set to `label`: its stderr.
fn validate_label(label: &str) -> String {
    let mut d = minimal();
    d["metrics"][0]["label_en"] = json!(label);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("label.json");
    std::fs::write(&file, serde_json::to_string_pretty(&d).unwrap()).unwrap();
    let output = Command::new(binary())
        .arg("validate")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{label:?} was accepted");
    String::from_utf8(output.stderr).unwrap()
}

#[test]
fn characters_terminals_disagree_on_are_refused() {
    for (label, code) in [
        ("GDP\u{AD}growth", "U+00AD"),
        ("GDP\u{FFFE}", "U+FFFE"),
        ("GDP\u{FFFF}", "U+FFFF"),
    ] {
        let stderr = validate_label(label);
        assert!(
            stderr.contains(&format!("at metrics[0].label_en: character {code}")),
            "{stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
}

#[test]
fn a_character_with_5000_combining_marks_is_refused() {
    let stderr = validate_label(&format!("e{}", "\u{301}".repeat(5_000)));
    assert!(
        stderr.contains("a character with 5000 combining marks"),
        "{stderr}"
    );
}

#[test]
fn help_that_cannot_be_written_is_a_failure() {
    let script = format!("'{}' --help > /dev/full", binary().display());
    let output = Command::new("sh").args(["-c", &script]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr).starts_with("zonedash: cannot write the help: "),
        "{output:?}"
    );
}

#[test]
fn a_fifo_that_nobody_writes_to_is_given_up() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("silent.json");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let mut child = Command::new(binary())
        .arg("validate")
        .arg(&fifo)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    // A guard against the first release's wait forever, not a speed target.
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("validate waited for a writer for a minute");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("nothing was written to within"), "{stderr}");
}

#[test]
fn without_a_terminal_to_read_keys_from_the_message_says_so() {
    if !tmux_available("setsid") {
        return;
    }
    // setsid: a new session with no controlling terminal, stdout still the pane.
    let script = format!(
        "setsid -w '{}' --lang en 2> err.txt; echo $? > status; echo DONE; sleep 600\n",
        binary().display()
    );
    let tmux = Tmux::start("setsid", 100, 30, &script);
    tmux.wait_for("the shell", |s| s.contains("DONE"));
    assert_eq!(tmux.file("status").trim(), "1");
    let err = tmux.file("err.txt");
    assert!(err.contains("needs a terminal to read keys from"), "{err}");
    assert!(err.contains("zonedash render"), "{err}");
}

#[test]
fn a_dumb_terminal_gets_no_colour() {
    if !tmux_available("dumb") {
        return;
    }
    for (term, coloured) in [
        ("xterm-256color", true),
        ("dumb", false),
        ("xterm-mono", false),
    ] {
        let script = format!(
            "TERM={term} '{}' --lang en\nsleep 600\n",
            binary().display()
        );
        let tmux = Tmux::start(&format!("term-{term}"), 100, 30, &script);
        tmux.wait_for("the dashboard", |s| s.contains("▶ 1 Growth"));
        let screen = tmux.screen_with_escapes();
        assert_eq!(
            screen.contains("38;5;") || screen.contains("48;5;"),
            coloured,
            "TERM={term}"
        );
    }
}

#[test]
fn a_huge_terminal_is_drawn_in_bounded_memory() {
    if !tmux_available("huge") {
        return;
    }
    let script = format!("'{}' --lang en\nsleep 600\n", binary().display());
    let tmux = Tmux::start("huge", 4000, 2000, &script);
    tmux.wait_for("the dashboard", |s| s.contains("▶ 1 Growth"));
    let pid = *children(tmux.pane_pid()).first().expect("the dashboard");
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let rss_kib: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap();
    // The first release took 755 MB at this size; capped at 1000×500 cells it takes a tenth.
    assert!(rss_kib < 200 * 1024, "{rss_kib} KiB at 4000×2000");
}
