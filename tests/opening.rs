//! A report that takes a while to read and check, in a real terminal (tmux): the frame that
//! names it, and every way the wait can end — read, quit, a signal, a refusal — with the keys
//! typed meanwhile kept and the terminal left as it was found.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::{Tmux, binary, children, tmux_available, wrapped};

/// A report of 30,000 real-shaped figures, written to its own folder: checking it takes long
/// enough (tenths of a second, more in a debug build) for its opening frame to be seen.
/// `spoil` may change it first (as a `serde_json::Value`).
fn large_report(spoil: impl FnOnce(&mut serde_json::Value)) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.json");
    let bundled = zonedash::model::load_bundled().unwrap();
    let large = zonedash::synth::replicated(&bundled, 30_000);
    let mut value = serde_json::to_value(&large).unwrap();
    spoil(&mut value);
    std::fs::write(&path, serde_json::to_string(&value).unwrap()).unwrap();
    (dir, path)
}

/// The dashboard started on `path` in a 100×30 pane, once its opening frame is up.
fn opened(name: &str, path: &std::path::Path) -> Tmux {
    let script = wrapped(&format!(
        "'{}' --lang en '{}'",
        binary().display(),
        path.display()
    ));
    let tmux = Tmux::start(name, 100, 30, &script);
    let opening = tmux.wait_for("the opening frame", |s| s.contains("zonedash · opening"));
    assert!(opening.contains("large.json"), "{opening}");
    assert!(
        !opening.contains("GDP"),
        "a figure drawn before its checks passed:\n{opening}"
    );
    tmux
}

/// The terminal as it was before the dashboard started, and the exit status.
fn assert_left_as_found(tmux: &Tmux, status: &str) {
    let screen = tmux.wait_for("the shell after the dashboard ended", |s| {
        s.contains("DONE")
    });
    assert_eq!(tmux.file("status").trim(), status, "screen:\n{screen}");
    assert_eq!(tmux.file("stty.before"), tmux.file("stty.after"));
    assert_eq!(tmux.pane_flag("alternate_on"), "0");
    assert_eq!(tmux.pane_flag("mouse_any_flag"), "0");
    assert_eq!(tmux.pane_flag("cursor_flag"), "1");
}

#[test]
fn a_large_report_is_named_while_it_is_checked_then_shown_with_the_keys_typed_meanwhile() {
    if !tmux_available("a_large_report_is_named") {
        return;
    }
    let (_dir, path) = large_report(|_| {});
    let tmux = opened("opening", &path);
    // Typed while the report is read: applied once it is shown.
    tmux.keys(&["Right"]);
    tmux.wait_for("the dashboard, focus moved by the key typed before", |s| {
        s.contains("▶ 2 Industry clusters") && s.contains("GDP")
    });
    tmux.keys(&["q"]);
    assert_left_as_found(&tmux, "0");
}

#[test]
fn q_quits_while_a_large_report_is_checked() {
    if !tmux_available("q_quits_while_a_large_report_is_checked") {
        return;
    }
    let (_dir, path) = large_report(|_| {});
    let tmux = opened("opening-quit", &path);
    tmux.keys(&["q"]);
    assert_left_as_found(&tmux, "0");
    assert!(
        !tmux.screen().contains("GDP"),
        "the dashboard came up after q"
    );
}

#[test]
fn sigterm_while_a_large_report_is_checked_ends_it_as_sigterm_does() {
    if !tmux_available("sigterm_while_a_large_report_is_checked") {
        return;
    }
    let (_dir, path) = large_report(|_| {});
    let tmux = opened("opening-term", &path);
    let dashboard = *children(tmux.pane_pid())
        .first()
        .expect("the dashboard process");
    let sent = Command::new("kill")
        .args(["-TERM", &dashboard.to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    assert_left_as_found(&tmux, "143");
}

#[test]
fn a_large_report_refused_after_its_opening_frame_is_reported_on_the_shell() {
    if !tmux_available("a_large_report_refused") {
        return;
    }
    // The last figure takes the first one's id: found only once every figure is checked.
    let (_dir, path) = large_report(|value| {
        let metrics = value["metrics"].as_array_mut().unwrap();
        let first = metrics[0]["id"].clone();
        metrics.last_mut().unwrap()["id"] = first;
    });
    let tmux = opened("opening-refused", &path);
    assert_left_as_found(&tmux, "1");
    let screen = tmux.screen();
    assert!(
        screen.contains("large.json:") && screen.contains("metrics[29999].id"),
        "the refusal, placed:\n{screen}"
    );
}
