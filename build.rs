//! Build script: links the release binary so that less of it is resident at start.
//!
//! - `assets/link/startup.order` lists the functions run from start to the first frame (written
//!   by `scripts/startup-order`). The kernel maps code 64 kB around each page touched, so
//!   start-up code spread over the binary makes nearly all of it resident; placed together it
//!   is a fifth. Only LLD reads such a file.
//! - Relative relocations packed (`-z pack-relative-relocs`): 100 kB of relocation records,
//!   all read by the loader at start, become 4 kB. Such a binary starts only where glibc is
//!   2.36 or later, so it is done only when this machine's glibc is, and not when building for
//!   another machine.
//!
//! Each is passed only when a probe shows that rustc, as cargo runs it here (target, flags,
//! linker), links a program with it; elsewhere the build is the same without it. Release builds
//! only; `ZONEDASH_PLAIN_LINK=1` turns both off (for a binary to copy to an older system).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const ORDER: &str = "assets/link/startup.order";

fn main() {
    println!("cargo::rerun-if-changed={ORDER}");
    println!("cargo::rerun-if-env-changed=ZONEDASH_PLAIN_LINK");
    let env = |name: &str| std::env::var(name).unwrap_or_default();
    let wanted = env("PROFILE") == "release"
        && env("ZONEDASH_PLAIN_LINK").is_empty()
        && env("CARGO_CFG_TARGET_OS") == "linux";
    if !wanted {
        return;
    }
    let order = Path::new(&env("CARGO_MANIFEST_DIR")).join(ORDER);
    // `-Xlinker` passes the path whole, commas and all.
    let ordering = [
        "-Xlinker".to_owned(),
        format!("--symbol-ordering-file={}", order.display()),
        // Names the code no longer has are skipped: a stale list only costs its saving.
        "-Xlinker".to_owned(),
        "--no-warn-symbol-ordering".to_owned(),
    ];
    if order.is_file() && links_with(&ordering) {
        for arg in ordering {
            println!("cargo::rustc-link-arg-bin=zonedash={arg}");
        }
    }
    let packed = ["-Wl,-z,pack-relative-relocs".to_owned()];
    let native = env("HOST") == env("TARGET");
    if native && glibc_at_least(2, 36) && links_with(&packed) {
        println!("cargo::rustc-link-arg-bin=zonedash={}", packed[0]);
    }
}

/// True when rustc, run as cargo runs it for this package (its target, flags and linker),
/// links an empty program with the extra linker arguments `args`.
fn links_with(args: &[String]) -> bool {
    let env = |name: &str| std::env::var(name).unwrap_or_default();
    let out = PathBuf::from(env("OUT_DIR"));
    let source = out.join("probe.rs");
    if std::fs::write(&source, "fn main() {}\n").is_err() {
        return false;
    }
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let mut probe = Command::new(rustc);
    probe
        .arg("--target")
        .arg(env("TARGET"))
        .arg("-o")
        .arg(out.join("probe"))
        .arg(&source);
    let flags = env("CARGO_ENCODED_RUSTFLAGS");
    probe.args(flags.split('\u{1f}').filter(|flag| !flag.is_empty()));
    let linker = env("RUSTC_LINKER");
    if !linker.is_empty() {
        probe.arg(format!("-Clinker={linker}"));
    }
    probe.args(args.iter().map(|arg| format!("-Clink-arg={arg}")));
    probe
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// True when this machine's C library is glibc of at least `major.minor` (`getconf` says
/// "glibc 2.36"); false when that cannot be told.
fn glibc_at_least(major: u32, minor: u32) -> bool {
    let Ok(output) = Command::new("getconf").arg("GNU_LIBC_VERSION").output() else {
        return false;
    };
    let text = String::from_utf8_lossy(&output.stdout);
    let Some(version) = text.trim().strip_prefix("glibc ") else {
        return false;
    };
    let mut numbers = version.split('.').map(|n| n.parse::<u32>().unwrap_or(0));
    (numbers.next().unwrap_or(0), numbers.next().unwrap_or(0)) >= (major, minor)
}
