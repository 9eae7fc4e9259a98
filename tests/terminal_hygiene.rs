//! Every way out of the dashboard leaves the terminal as it was found: stty settings, main
//! screen, mouse reporting off, cursor shown, and the exit status the README documents.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::Command;

use common::{Tmux, binary, children, tmux_available, wrapped};

/// How the dashboard is ended.
enum Ending {
    Keys(&'static [&'static str]),
    Signal(&'static str),
}

fn end_and_check(name: &str, ending: Ending, status: i32) {
    if !tmux_available(name) {
        return;
    }
    let script = wrapped(&format!("'{}' --lang en", binary().display()));
    let tmux = Tmux::start(name, 100, 30, &script);
    tmux.wait_for("the dashboard", |s| s.contains("▶ 1 Growth"));
    // Into a zoomed panel with help open, so the ending is not from the simplest state.
    tmux.keys(&["Enter", "?"]);
    tmux.wait_for("help over a zoomed panel", |s| s.contains("Help ·"));
    assert_eq!(
        tmux.pane_flag("mouse_any_flag"),
        "1",
        "mouse reporting is on while running"
    );
    match ending {
        Ending::Keys(keys) => tmux.keys(keys),
        Ending::Signal(signal) => {
            let dashboard = *children(tmux.pane_pid())
                .first()
                .expect("the dashboard process");
            let sent = Command::new("kill")
                .args([&format!("-{signal}"), &dashboard.to_string()])
                .status()
                .unwrap();
            assert!(sent.success());
        }
    }
    let screen = tmux.wait_for("the shell after the dashboard ended", |s| {
        s.contains("DONE")
    });
    assert_eq!(
        tmux.file("status").trim(),
        status.to_string(),
        "{name}: exit status; screen:\n{screen}"
    );
    assert_eq!(
        tmux.file("stty.before"),
        tmux.file("stty.after"),
        "{name}: stty settings changed"
    );
    assert_eq!(
        tmux.pane_flag("alternate_on"),
        "0",
        "{name}: still on the alternate screen"
    );
    assert_eq!(
        tmux.pane_flag("mouse_any_flag"),
        "0",
        "{name}: mouse reporting left on"
    );
    assert_eq!(
        tmux.pane_flag("cursor_flag"),
        "1",
        "{name}: cursor left hidden"
    );
}

#[test]
fn quitting_with_q() {
    end_and_check("q", Ending::Keys(&["q"]), 0);
}

#[test]
fn quitting_with_ctrl_c() {
    end_and_check("ctrl-c", Ending::Keys(&["C-c"]), 0);
}

#[test]
fn terminated_by_sigterm() {
    end_and_check("sigterm", Ending::Signal("TERM"), 143);
}

#[test]
fn hung_up_by_sighup() {
    end_and_check("sighup", Ending::Signal("HUP"), 129);
}

#[test]
fn an_error_while_running() {
    // F11 fails the event loop, with the `test-hooks` feature the tests build with.
    end_and_check("error", Ending::Keys(&["F11"]), 1);
}

#[test]
fn a_panic_while_running() {
    // F12 panics, with the `test-hooks` feature.
    end_and_check("panic", Ending::Keys(&["F12"]), 101);
}

/// Runs `pipeline` in bash with pipefail, so a failure of zonedash is the pipeline's.
fn pipeline(command: &str) -> std::process::Output {
    Command::new("bash")
        .args(["-c", &format!("set -o pipefail; {command}")])
        .output()
        .unwrap()
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let zonedash = binary();
    for command in [
        format!("'{}' export | head -1", zonedash.display()),
        format!("'{}' export --format json | head -1", zonedash.display()),
        format!("'{}' render | head -1", zonedash.display()),
        format!("'{}' schema | head -1", zonedash.display()),
    ] {
        let output = pipeline(&command);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success(),
            "{command}: {:?} {stderr}",
            output.status
        );
        assert!(stderr.is_empty(), "{command}: {stderr}");
        assert_eq!(
            String::from_utf8_lossy(&output.stdout).lines().count(),
            1,
            "{command}"
        );
    }
}
