//! Drives the real binary in a detached tmux session, the way a person would use it.
#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

pub mod hostile;
pub mod mutate;
pub mod zones;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// A tmux server of its own (its own socket), with one session running a script.
pub struct Tmux {
    socket: String,
    pub dir: tempfile::TempDir,
}

/// True when tmux can be used; in CI (`CI` set) a missing tmux is a failure, not a skip.
pub fn tmux_available(test: &str) -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is not installed; .ci/run installs it"
        );
        eprintln!("SKIPPED {test}: tmux is not installed");
    }
    found
}

impl Tmux {
    /// Starts `script` (shell text, run in a fresh temporary folder) in a `width`×`height` pane.
    pub fn start(name: &str, width: u16, height: u16, script: &str) -> Tmux {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("run.sh"), script).unwrap();
        let socket = format!("zonedash-test-{name}-{}", std::process::id());
        let tmux = Tmux { socket, dir };
        let status = tmux
            .command()
            .args([
                "new-session",
                "-d",
                "-s",
                "t",
                "-x",
                &width.to_string(),
                "-y",
                &height.to_string(),
            ])
            .arg(format!("cd '{}' && sh run.sh", tmux.dir.path().display()))
            .status()
            .unwrap();
        assert!(status.success(), "tmux did not start");
        tmux
    }

    fn command(&self) -> Command {
        let mut command = Command::new("tmux");
        command.args(["-L", &self.socket, "-f", "/dev/null"]);
        command
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command().args(args).output().unwrap()
    }

    /// The pane's text now.
    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "t"]).stdout).into_owned()
    }

    /// Waits (at most 10 s, a guard against hangs, not a speed target) until the screen
    /// satisfies `ready`; returns it or panics with what was there.
    pub fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ready(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "timed out waiting for {what}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Sends keys as tmux names them (`Right`, `Enter`, `q`, `C-c`).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        assert!(self.run(&args).status.success());
    }

    /// A pane variable such as `alternate_on` or `mouse_any_flag`.
    pub fn pane_flag(&self, name: &str) -> String {
        let format = format!("#{{{name}}}");
        String::from_utf8_lossy(
            &self
                .run(&["display-message", "-p", "-t", "t", &format])
                .stdout,
        )
        .trim()
        .to_owned()
    }

    /// The pane's shell process id.
    pub fn pane_pid(&self) -> u32 {
        self.pane_flag("pane_pid").parse().unwrap()
    }

    /// A file the script wrote in its folder.
    pub fn file(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(name)).unwrap_or_default()
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

/// The zonedash binary under test.
pub fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_zonedash"))
}

/// A script that records the terminal settings, runs `command`, records its exit status and the
/// settings again, then says DONE and stays open so the pane can be inspected.
pub fn wrapped(command: &str) -> String {
    format!(
        "stty -g > stty.before\n{command}\necho $? > status\nstty -g > stty.after\necho DONE\nsleep 600\n"
    )
}

/// The process ids of `pid`'s children.
pub fn children(pid: u32) -> Vec<u32> {
    let path = format!("/proc/{pid}/task/{pid}/children");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|p| p.parse().ok())
        .collect()
}

/// Voluntary plus involuntary context switches of every thread of `pid`: a process asleep in
/// the kernel adds none.
pub fn context_switches(pid: u32) -> u64 {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return 0;
    };
    tasks
        .filter_map(|task| std::fs::read_to_string(task.ok()?.path().join("status")).ok())
        .flat_map(|status| {
            status
                .lines()
                .filter(|l| {
                    l.starts_with("voluntary_ctxt_switches")
                        || l.starts_with("nonvoluntary_ctxt_switches")
                })
                .filter_map(|l| l.split_whitespace().last()?.parse::<u64>().ok())
                .collect::<Vec<_>>()
        })
        .sum()
}

impl Tmux {
    /// Runs a tmux command on this server.
    pub fn tmux(&self, args: &[&str]) {
        let output = self.run(args);
        assert!(output.status.success(), "tmux {args:?}: {output:?}");
    }

    /// The top paste buffer: what a program copied with OSC 52 (with `set-clipboard on`).
    pub fn paste_buffer(&self) -> String {
        String::from_utf8_lossy(&self.run(&["show-buffer"]).stdout).into_owned()
    }

    /// The pane's text now, with the escapes of its colours and attributes.
    pub fn screen_with_escapes(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-e", "-p", "-t", "t"]).stdout)
            .into_owned()
    }

    /// Waits (at most 10 s, against hangs) until pane variable `name` is `value`.
    pub fn wait_for_flag(&self, name: &str, value: &str, what: &str) {
        let start = Instant::now();
        while self.pane_flag(name) != value {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "{what}: {name} stayed {}; screen:\n{}",
                self.pane_flag(name),
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}
