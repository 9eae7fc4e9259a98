//! README.md stays true: its key table comes from the keymap, its screenshots from `zonedash render`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use zonedash::app::keymap::{BINDINGS, When, display_key};

const README: &str = "README.md";

/// Replaces the text between `<!-- NAME:begin -->` and `<!-- NAME:end -->` in `readme`.
fn with_block(readme: &str, name: &str, body: &str) -> String {
    let begin = format!("<!-- {name}:begin -->\n");
    let end = format!("<!-- {name}:end -->");
    let start = readme
        .find(&begin)
        .unwrap_or_else(|| panic!("README has no {begin}"))
        + begin.len();
    let stop = readme
        .find(&end)
        .unwrap_or_else(|| panic!("README has no {end}"));
    format!("{}{body}{}", &readme[..start], &readme[stop..])
}

fn keys_table() -> String {
    let mut out = String::from("| keys | when | does |\n| --- | --- | --- |\n");
    for binding in BINDINGS {
        let keys: Vec<String> = binding
            .keys
            .iter()
            .map(|k| format!("`{}`", display_key(k)))
            .collect();
        let when = match binding.when {
            When::Grid => "grid",
            When::Zoomed => "zoomed",
            When::Panels => "grid or zoomed",
            When::Picker => "report list",
            When::Compare => "comparison",
            When::Search => "search",
            When::Chosen => "a figure selected",
            When::Help => "help",
            When::Source => "source",
            When::Always => "anywhere",
        };
        out.push_str(&format!(
            "| {} | {when} | {} |\n",
            keys.join(" "),
            binding.help.en.replace('|', "\\|")
        ));
    }
    out
}

fn render(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_zonedash"))
        .arg("render")
        .args(args)
        .env("LANG", "C")
        .output()
        .unwrap();
    assert!(output.status.success());
    format!(
        "```text\n{}```\n",
        String::from_utf8(output.stdout).unwrap()
    )
}

#[test]
fn readme_blocks_are_current() {
    let readme = std::fs::read_to_string(README).unwrap();
    let mut expected = with_block(&readme, "keys", &keys_table());
    expected = with_block(
        &expected,
        "render:en",
        &render(&["--size", "100x30", "--lang", "en"]),
    );
    expected = with_block(
        &expected,
        "render:zh",
        &render(&[
            "--size",
            "100x30",
            "--lang",
            "zh",
            "--panel",
            "environment",
            "--zoom",
        ]),
    );
    if expected != readme
        && std::env::var_os("ZONEDASH_BLESS").is_some()
        && std::env::var_os("CI").is_none()
    {
        std::fs::write(README, &expected).unwrap();
        return;
    }
    assert!(
        expected == readme,
        "README.md is stale: run `ZONEDASH_BLESS=1 cargo test --test readme` and review the diff"
    );
}

#[test]
fn readme_names_the_two_commands_and_every_subcommand() {
    let readme = std::fs::read_to_string(README).unwrap();
    for needle in ["cargo run --release", "cargo test"] {
        assert!(readme.contains(needle), "README does not mention {needle}");
    }
    let run = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_zonedash"))
            .args(args)
            .env("LANG", "C")
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    let help = run(&["--help"]);
    let man = run(&["man"]);
    let command = <zonedash::cli::Cli as clap::CommandFactory>::command();
    for sub in command.get_subcommands() {
        let name = sub.get_name();
        assert!(
            readme.contains(&format!("`zonedash {name}")),
            "README does not mention zonedash {name}"
        );
        assert!(help.contains(name), "--help does not list {name}");
        assert!(
            man.contains(&format!("zonedash {name}")),
            "the man page does not describe zonedash {name}"
        );
    }
    for option in command.get_arguments().filter_map(|a| a.get_long()) {
        if option == "help" || option == "version" {
            continue;
        }
        assert!(
            readme.contains(&format!("--{option}")),
            "README lacks --{option}"
        );
        assert!(
            man.contains(&format!("\\-\\-{option}")),
            "the man page lacks --{option}"
        );
    }
}
