//! Build script: links the release binary so that less of it is resident at start.
//!
//! - `assets/link/startup.order` lists the functions run from start to the first frame (written
//!   by `scripts/startup-order`). The kernel maps code 64 kB around each page touched, so
//!   start-up code spread over the binary makes nearly all of it resident; placed together it
//!   is a third. Only LLD reads such a file.
//! - Relative relocations packed (`-z pack-relative-relocs`): 100 kB of relocation records,
//!   all read by the loader at start, become 4 kB. Only glibc 2.36 and later load such a binary.
//!
//! Both are passed where rustc links with its own LLD (x86_64 Linux, rustc 1.90 and later, no
//! linker of the user's own), for release builds only.

use std::path::Path;
use std::process::Command;

const ORDER: &str = "assets/link/startup.order";

fn main() {
    println!("cargo::rerun-if-changed={ORDER}");
    println!("cargo::rerun-if-env-changed=RUSTC_LINKER");
    let env = |name: &str| std::env::var(name).unwrap_or_default();
    let release = env("PROFILE") == "release";
    let own_linker =
        !env("RUSTC_LINKER").is_empty() || env("CARGO_ENCODED_RUSTFLAGS").contains("linker");
    if !release
        || own_linker
        || env("TARGET") != "x86_64-unknown-linux-gnu"
        || !rustc_links_with_lld()
    {
        return;
    }
    let order = Path::new(&env("CARGO_MANIFEST_DIR")).join(ORDER);
    if order.is_file() {
        println!(
            "cargo::rustc-link-arg-bin=zonedash=-Wl,--symbol-ordering-file={}",
            order.display()
        );
        // Names the code no longer has are skipped: a stale list only costs its saving.
        println!("cargo::rustc-link-arg-bin=zonedash=-Wl,--no-warn-symbol-ordering");
    }
    if glibc_at_least(2, 36) {
        println!("cargo::rustc-link-arg-bin=zonedash=-Wl,-z,pack-relative-relocs");
    }
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

/// True for rustc 1.90 and later, which link x86_64 Linux programs with their own LLD.
fn rustc_links_with_lld() -> bool {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let Ok(output) = Command::new(rustc).arg("-V").output() else {
        return false;
    };
    let version = String::from_utf8_lossy(&output.stdout);
    // "rustc 1.95.0 (59807616e 2026-04-14)"
    let mut numbers = version
        .split_whitespace()
        .nth(1)
        .unwrap_or_default()
        .split('.')
        .map(|n| n.parse::<u32>().unwrap_or(0));
    (numbers.next().unwrap_or(0), numbers.next().unwrap_or(0)) >= (1, 90)
}
