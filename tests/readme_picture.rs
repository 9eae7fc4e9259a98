//! The README's picture is what `zonedash render --format svg` draws today.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

/// The picture, and the arguments that draw it (the README says them).
const PICTURE: &str = "assets/dashboard-en.svg";
const ARGS: [&str; 7] = [
    "render", "--format", "svg", "--size", "100x30", "--lang", "en",
];

#[test]
fn the_readme_picture_is_a_fresh_render() {
    let output = Command::new(env!("CARGO_BIN_EXE_zonedash"))
        .args(ARGS)
        .env("LANG", "C")
        .env_remove("NO_COLOR")
        .env("XDG_CONFIG_HOME", "/nonexistent/zonedash-tests")
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let fresh = String::from_utf8(output.stdout).unwrap();
    let committed = std::fs::read_to_string(PICTURE).unwrap_or_default();
    if fresh != committed
        && std::env::var_os("ZONEDASH_BLESS").is_some()
        && std::env::var_os("CI").is_none()
    {
        std::fs::write(PICTURE, &fresh).unwrap();
        return;
    }
    assert!(
        fresh == committed,
        "{PICTURE} is stale: run `ZONEDASH_BLESS=1 cargo test --test readme_picture`"
    );
    let readme = std::fs::read_to_string("README.md").unwrap();
    assert!(
        readme.contains(&format!("]({PICTURE})")),
        "README shows {PICTURE}"
    );
    assert!(readme.contains(&format!("zonedash {}", ARGS.join(" "))));
}
