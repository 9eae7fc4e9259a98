//! Input and signals while the dashboard runs, driven for real in tmux: `q` and Ctrl-C quit at
//! once after a burst of 74 KB of keys or an unfinished bracketed paste; a SIGWINCH flood then
//! SIGTERM leaves the cursor shown (30 runs; the first release failed 2 to 4 in 30); every
//! signal that ends a process restores the terminal; Ctrl-Z and SIGTSTP give the terminal
//! back, SIGCONT takes it again and redraws.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::Command;

use common::{Tmux, binary, children, tmux_available, wrapped};

fn start(name: &str) -> Option<Tmux> {
    if !tmux_available(name) {
        return None;
    }
    let script = wrapped(&format!("'{}' --lang en", binary().display()));
    let tmux = Tmux::start(name, 100, 30, &script);
    tmux.wait_for("the dashboard", |s| s.contains("▶ 1 Growth"));
    Some(tmux)
}

fn dashboard_pid(tmux: &Tmux) -> u32 {
    *children(tmux.pane_pid())
        .first()
        .expect("the dashboard process")
}

fn signal(pid: u32, name: &str) {
    let sent = Command::new("kill")
        .args([&format!("-{name}"), &pid.to_string()])
        .status()
        .unwrap();
    assert!(sent.success(), "kill -{name}");
}

/// Pastes `bytes` into the pane as raw input, as a terminal passes a paste on.
fn paste(tmux: &Tmux, bytes: &str) {
    let file = tmux.path().join("burst.txt");
    std::fs::write(&file, bytes).unwrap();
    tmux.tmux(&["load-buffer", "-b", "burst", file.to_str().unwrap()]);
    tmux.tmux(&["paste-buffer", "-b", "burst", "-t", "t"]);
}

/// Waits for the shell after the dashboard, then checks it left the terminal as found.
fn assert_ended_clean(tmux: &Tmux, what: &str, status: i32) {
    let screen = tmux.wait_for(what, |s| s.contains("DONE"));
    assert_eq!(
        tmux.file("status").trim(),
        status.to_string(),
        "{what}: {screen}"
    );
    assert_eq!(
        tmux.file("stty.before"),
        tmux.file("stty.after"),
        "{what}: stty"
    );
    assert_eq!(
        tmux.pane_flag("alternate_on"),
        "0",
        "{what}: alternate screen"
    );
    assert_eq!(
        tmux.pane_flag("mouse_any_flag"),
        "0",
        "{what}: mouse reporting"
    );
    assert_eq!(tmux.pane_flag("cursor_flag"), "1", "{what}: cursor hidden");
}

#[test]
fn q_quits_at_once_after_a_74_kb_burst_of_keys() {
    let Some(tmux) = start("burst") else { return };
    paste(&tmux, &"j".repeat(74_000));
    tmux.keys(&["q"]);
    // The first release read 1,024 bytes per wake-up and then waited for new input: this
    // paste froze it for minutes.
    assert_ended_clean(&tmux, "q after a burst", 0);
}

#[test]
fn ctrl_c_and_q_quit_after_an_unfinished_bracketed_paste() {
    for key in ["C-c", "q"] {
        let Some(tmux) = start(&format!("paste{}", key.len())) else {
            return;
        };
        paste(&tmux, "\x1b[200~jjj");
        tmux.keys(&[key]);
        assert_ended_clean(&tmux, &format!("{key} after ESC [200~"), 0);
    }
}

#[test]
fn every_signal_that_ends_a_process_restores_the_terminal() {
    for (name, number) in [
        ("USR1", 10),
        ("USR2", 12),
        ("ALRM", 14),
        ("XFSZ", 25),
        ("VTALRM", 26),
        ("PROF", 27),
        ("QUIT", 3),
        ("INT", 2),
    ] {
        let Some(tmux) = start(&format!("sig{}", name.to_lowercase())) else {
            return;
        };
        signal(dashboard_pid(&tmux), name);
        // QUIT's default action also dumps core; the shell reports 128 + 3 either way.
        assert_ended_clean(&tmux, &format!("SIG{name}"), 128 + number);
    }
}

#[test]
fn sigterm_after_a_sigwinch_flood_leaves_the_cursor_shown() {
    for run in 0..30 {
        let Some(tmux) = start(&format!("winch{run}")) else {
            return;
        };
        let pid = dashboard_pid(&tmux);
        let script = format!("for i in $(seq 300); do kill -WINCH {pid}; done; kill -TERM {pid}");
        assert!(
            Command::new("sh")
                .args(["-c", &script])
                .status()
                .unwrap()
                .success()
        );
        assert_ended_clean(&tmux, &format!("run {run}: SIGTERM after SIGWINCH"), 143);
        let screen = tmux.screen();
        assert!(
            !screen.contains("Growth"),
            "run {run}: dashboard on the main screen:\n{screen}"
        );
    }
}

/// Checks the terminal is given back while stopped, then taken again and redrawn on SIGCONT,
/// in raw mode (a `q` without Enter quits).
fn stop_and_continue(tmux: &Tmux, what: &str) {
    tmux.wait_for_flag("alternate_on", "0", what);
    assert_eq!(
        tmux.pane_flag("cursor_flag"),
        "1",
        "{what}: cursor while stopped"
    );
    assert_eq!(
        tmux.pane_flag("mouse_any_flag"),
        "0",
        "{what}: mouse while stopped"
    );
    let tty = tmux.pane_flag("pane_tty");
    let now = Command::new("stty")
        .args(["-g", "-F", &tty])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&now.stdout),
        tmux.file("stty.before"),
        "{what}: line mode while stopped"
    );
    signal(dashboard_pid(tmux), "CONT");
    tmux.wait_for_flag("alternate_on", "1", what);
    tmux.wait_for(&format!("{what}: redrawn"), |s| s.contains("▶ 1 Growth"));
    assert_eq!(
        tmux.pane_flag("mouse_any_flag"),
        "1",
        "{what}: mouse after resume"
    );
    tmux.keys(&["q"]);
    assert_ended_clean(tmux, what, 0);
}

#[test]
fn sigtstp_gives_the_terminal_back_and_sigcont_takes_it_again() {
    let Some(tmux) = start("tstp") else { return };
    signal(dashboard_pid(&tmux), "TSTP");
    stop_and_continue(&tmux, "SIGTSTP then SIGCONT");
}

#[test]
fn ctrl_z_suspends_and_sigcont_resumes() {
    let Some(tmux) = start("ctrlz") else { return };
    tmux.keys(&["C-z"]);
    stop_and_continue(&tmux, "Ctrl-Z then SIGCONT");
}

#[test]
fn after_sigstop_and_line_mode_sigcont_enters_raw_mode_again() {
    let Some(tmux) = start("stop") else { return };
    let pid = dashboard_pid(&tmux);
    signal(pid, "STOP");
    // What a job-control shell does while a job is stopped: the terminal back in line mode.
    let tty = tmux.pane_flag("pane_tty");
    assert!(
        Command::new("stty")
            .args(["sane", "-F", &tty])
            .status()
            .unwrap()
            .success()
    );
    let stty = |tty: &str| {
        let out = Command::new("stty")
            .args(["-g", "-F", tty])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let line_mode = stty(&tty);
    signal(pid, "CONT");
    // Raw mode again before the key is sent: a key typed in line mode waits for Enter.
    let start = std::time::Instant::now();
    while stty(&tty) == line_mode {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(10),
            "still in line mode after SIGCONT"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    tmux.wait_for("redrawn after SIGCONT", |s| s.contains("▶ 1 Growth"));
    tmux.keys(&["q"]);
    assert_ended_clean(&tmux, "q after SIGSTOP, stty sane, SIGCONT", 0);
}
