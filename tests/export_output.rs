//! `export -o FILE` writes nothing over a user's file unless asked, and a failed write leaves
//! the old file as it was, with no temporary file behind.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

fn zonedash(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zonedash"))
        .args(args)
        .output()
        .unwrap()
}

/// Files of `dir` other than `keep`: a leftover temporary file would show here.
fn others(dir: &Path, keep: &str) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != keep)
        .collect()
}

#[test]
fn a_new_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("figures.csv");
    let output = zonedash(&["export", "-o", out.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stdout.is_empty());
    let expected = zonedash(&["export"]).stdout;
    assert_eq!(std::fs::read(&out).unwrap(), expected);
    assert!(others(dir.path(), "figures.csv").is_empty());
}

#[test]
fn an_existing_file_is_kept_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("mine.csv");
    std::fs::write(&out, "my own work\n").unwrap();
    let output = zonedash(&["export", "-o", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "zonedash: {}: already exists; add --force to replace it\n",
            out.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "my own work\n");
    let forced = zonedash(&[
        "export",
        "--force",
        "-o",
        out.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(forced.status.success());
    assert!(std::fs::read_to_string(&out).unwrap().starts_with('['));
    assert!(others(dir.path(), "mine.csv").is_empty());
}

#[test]
fn a_write_cut_short_by_a_file_size_limit_leaves_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("old.csv");
    std::fs::write(&out, "the old export\n").unwrap();
    // `ulimit -f 4`: at most 4 KiB per file; the export is about 15 KiB.
    let script = format!(
        "ulimit -f 4; exec '{}' export --force -o '{}'",
        env!("CARGO_BIN_EXE_zonedash"),
        out.display()
    );
    let output = Command::new("bash").args(["-c", &script]).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "zonedash: {}: write failed; nothing was replaced",
            out.display()
        )),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "the old export\n");
    assert!(
        others(dir.path(), "old.csv").is_empty(),
        "left behind: {:?}",
        others(dir.path(), "old.csv")
    );
}

#[test]
fn a_read_only_folder_leaves_the_old_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("read-only");
    std::fs::create_dir(&folder).unwrap();
    let out = folder.join("old.csv");
    std::fs::write(&out, "the old export\n").unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let zonedash = env!("CARGO_BIN_EXE_zonedash");
    let args = ["export", "--force", "-o", out.to_str().unwrap()];
    // Root writes through permissions, so as root the export runs as `nobody`.
    let root = Command::new("id").arg("-u").output().unwrap().stdout == b"0\n";
    let output = if root {
        Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", zonedash])
            .args(args)
            // `nobody` cannot read root's config folder: none is read, so none is warned of.
            .env("XDG_CONFIG_HOME", dir.path())
            .output()
    } else {
        Command::new(zonedash)
            .args(args)
            .env("XDG_CONFIG_HOME", dir.path())
            .output()
    };
    let Ok(output) = output else {
        eprintln!(
            "SKIPPED a_read_only_folder_leaves_the_old_file: setpriv is not available to drop root"
        );
        return;
    };
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    if root && (stderr.starts_with("setpriv:") || matches!(output.status.code(), Some(126 | 127))) {
        eprintln!(
            "SKIPPED a_read_only_folder_leaves_the_old_file: `nobody` cannot run the test binary here: {stderr}"
        );
        return;
    }
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "zonedash: {}: cannot create a temporary file beside it",
            out.display()
        )),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "the old export\n");
    assert!(others(&folder, "old.csv").is_empty());
}
