//! End to end in a real terminal (tmux): start, move, zoom, help, quit, and the terminal as it was.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Tmux, binary, tmux_available, wrapped};

#[test]
fn a_session_from_start_to_quit_leaves_the_terminal_as_it_was() {
    if !tmux_available("a_session_from_start_to_quit") {
        return;
    }
    let script = wrapped(&format!("'{}' --lang en", binary().display()));
    let tmux = Tmux::start("session", 120, 40, &script);
    tmux.wait_for("the dashboard", |s| {
        s.contains("▶ 1 Growth") && s.contains("6 The 2023 plan")
    });
    assert_eq!(
        tmux.pane_flag("alternate_on"),
        "1",
        "the dashboard uses the alternate screen"
    );

    tmux.keys(&["Right"]);
    tmux.wait_for("focus on clusters", |s| s.contains("▶ 2 Industry clusters"));
    tmux.keys(&["Down"]);
    tmux.wait_for("focus on history", |s| s.contains("▶ 5 Thirty years"));
    tmux.keys(&["Enter"]);
    let zoomed = tmux.wait_for("the zoomed panel", |s| {
        s.contains("▶ 5 Thirty years") && !s.contains("1 Growth")
    });
    assert!(zoomed.contains("start (year not stated)"), "{zoomed}");
    tmux.keys(&["j"]);
    tmux.wait_for("the second figure's source", |s| {
        s.contains("「到现在225平方公里的亦庄新城」")
    });
    tmux.keys(&["?"]);
    tmux.wait_for("help", |s| {
        s.contains("Help ·") && s.contains("In the grid")
    });
    tmux.keys(&["Escape"]);
    tmux.wait_for("help closed", |s| !s.contains("Help ·"));
    tmux.keys(&["L"]);
    tmux.wait_for("Chinese", |s| s.contains("▶ 5 建区三十年"));
    tmux.keys(&["q"]);
    tmux.wait_for("the shell after quitting", |s| s.contains("DONE"));

    assert_eq!(tmux.file("status").trim(), "0");
    assert_eq!(
        tmux.file("stty.before"),
        tmux.file("stty.after"),
        "stty settings changed"
    );
    assert_eq!(
        tmux.pane_flag("alternate_on"),
        "0",
        "still on the alternate screen"
    );
    assert_eq!(
        tmux.pane_flag("mouse_any_flag"),
        "0",
        "mouse reporting left on"
    );
    assert_eq!(tmux.pane_flag("cursor_flag"), "1", "cursor left hidden");
}

#[test]
fn without_a_terminal_it_points_to_render_and_writes_no_escape_codes() {
    let output = std::process::Command::new(binary()).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        output.stdout.is_empty(),
        "wrote to stdout: {:?}",
        output.stdout
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("zonedash render"), "{stderr}");
    assert!(!stderr.contains('\u{1b}'), "escape codes in {stderr:?}");
}

#[test]
fn an_idle_dashboard_never_wakes() {
    if !tmux_available("an_idle_dashboard_never_wakes") {
        return;
    }
    let script = wrapped(&format!("'{}' --lang en", binary().display()));
    let tmux = Tmux::start("idle", 120, 40, &script);
    tmux.wait_for("the dashboard", |s| s.contains("▶ 1 Growth"));
    let shell = tmux.pane_pid();
    let dashboard = *common::children(shell)
        .first()
        .expect("the dashboard process");
    // Let the first frame and any terminal replies settle, then watch it do nothing.
    std::thread::sleep(std::time::Duration::from_millis(500));
    let before = common::context_switches(dashboard);
    std::thread::sleep(std::time::Duration::from_secs(5));
    let after = common::context_switches(dashboard);
    assert!(
        before > 0,
        "could not read the dashboard's context switches"
    );
    assert_eq!(
        after,
        before,
        "the idle dashboard woke {} times in 5 s",
        after - before
    );
    tmux.keys(&["q"]);
    tmux.wait_for("the shell after quitting", |s| s.contains("DONE"));
}
