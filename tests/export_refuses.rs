//! `export -o FILE --force` replaces regular files only: a FIFO, a socket or a device is refused
//! and left as it was. A new file gets the umask's mode, a replaced one keeps its own, and a
//! signal during the write leaves no temporary file behind.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn export_to(out: &Path, umask: &str) -> Output {
    let script = format!(
        "umask {umask}; exec '{}' export -o '{}' --force",
        env!("CARGO_BIN_EXE_zonedash"),
        out.display()
    );
    Command::new("sh").args(["-c", &script]).output().unwrap()
}

fn assert_refused(out: &Path, kind: &str) {
    let output = export_to(out, "022");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "zonedash: {}: is {kind}, not a regular file; refusing to replace it\n",
            out.display()
        )
    );
}

#[test]
fn a_fifo_a_socket_and_a_device_are_refused_even_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    assert_refused(&fifo, "a FIFO");
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );

    let socket = dir.path().join("socket");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    assert_refused(&socket, "a socket");
    assert!(
        std::fs::symlink_metadata(&socket)
            .unwrap()
            .file_type()
            .is_socket()
    );

    // A device of its own (a second /dev/null) can only be made as root.
    let device = dir.path().join("fake");
    let made = Command::new("mknod")
        .args(["-m", "666"])
        .arg(&device)
        .args(["c", "1", "3"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if made {
        assert_refused(&device, "a character device");
        assert!(
            std::fs::symlink_metadata(&device)
                .unwrap()
                .file_type()
                .is_char_device()
        );
    } else {
        eprintln!("not root: the device case is covered by the FIFO and socket cases");
    }
}

#[test]
fn a_new_file_gets_the_umask_mode_and_a_replaced_file_keeps_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let open = dir.path().join("open.csv");
    assert!(export_to(&open, "022").status.success());
    assert_eq!(mode(&open), 0o644);
    let private = dir.path().join("private.csv");
    assert!(export_to(&private, "077").status.success());
    assert_eq!(mode(&private), 0o600);
    let shared = dir.path().join("shared.csv");
    std::fs::write(&shared, "old\n").unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o640)).unwrap();
    assert!(export_to(&shared, "077").status.success());
    assert_eq!(mode(&shared), 0o640);
}

#[test]
fn a_signal_during_the_write_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("big.json");
    std::fs::write(&data, common::hostile::units_and_figures(40_000, 48_000)).unwrap();
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    for (name, signal) in [("INT", 2), ("TERM", 15), ("HUP", 1)] {
        let out = out_dir.join("figures.json");
        let mut child = Command::new(env!("CARGO_BIN_EXE_zonedash"))
            .arg("--data")
            .arg(&data)
            .args(["export", "--format", "json", "-o"])
            .arg(&out)
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // The signal is sent once the temporary file exists, so it lands during the write.
        let start = Instant::now();
        let temporary = || std::fs::read_dir(&out_dir).unwrap().count() > 0;
        while !temporary() && start.elapsed() < Duration::from_secs(60) {
            std::thread::sleep(Duration::from_millis(2));
        }
        assert!(temporary(), "SIG{name}: no temporary file appeared");
        let sent = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(child.id().to_string())
            .status()
            .unwrap();
        assert!(sent.success());
        let status = child.wait().unwrap();
        let left: Vec<_> = std::fs::read_dir(&out_dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        if status.success() {
            // The write won the race; the finished file is all there is.
            assert_eq!(left, [std::ffi::OsString::from("figures.json")]);
            std::fs::remove_file(&out).unwrap();
            continue;
        }
        assert_eq!(status.signal(), Some(signal), "SIG{name}: {status:?}");
        assert!(left.is_empty(), "SIG{name} left {left:?}");
    }
}
