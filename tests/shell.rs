//! Shell integration: completion scripts that load in their shell, a manual page, and a
//! `--help` that points to the keys.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;

fn zonedash(args: &[&str]) -> String {
    let output = Command::cargo_bin("zonedash")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn bash_completions_load_in_bash() {
    let binary = assert_cmd::cargo::cargo_bin("zonedash");
    let script = format!(
        "source <('{}' completions bash) && complete -p zonedash",
        binary.display()
    );
    let output = std::process::Command::new("bash")
        .args(["--norc", "-c", &script])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{output:?}");
    assert!(stdout.contains("-F _zonedash zonedash"), "{stdout}");
}

#[test]
fn bash_completes_subcommands_and_formats() {
    let binary = assert_cmd::cargo::cargo_bin("zonedash");
    // Asks the loaded completion function what it offers, as bash does on Tab.
    let complete = |line: &str| {
        let words: Vec<&str> = line.split(' ').collect();
        let script = format!(
            "source <('{bin}' completions bash)\n\
             COMP_WORDS=({words}); COMP_CWORD={cword}; COMP_LINE='{line}'; COMP_POINT={point}\n\
             _zonedash zonedash '{last}' '{prev}'\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"",
            bin = binary.display(),
            words = words
                .iter()
                .map(|w| format!("'{w}'"))
                .collect::<Vec<_>>()
                .join(" "),
            cword = words.len() - 1,
            point = line.len(),
            last = words[words.len() - 1],
            prev = words[words.len() - 2],
        );
        let output = std::process::Command::new("bash")
            .args(["--norc", "-c", &script])
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    let subcommands = complete("zonedash ");
    for name in ["render", "validate", "export", "completions", "man"] {
        assert!(
            subcommands.lines().any(|l| l == name),
            "{name} in {subcommands}"
        );
    }
    let formats = complete("zonedash render --format ");
    for name in ["text", "ansi", "svg", "html"] {
        assert!(formats.lines().any(|l| l == name), "{name} in {formats}");
    }
}

#[test]
fn zsh_and_fish_scripts_name_the_subcommands() {
    let zsh = zonedash(&["completions", "zsh"]);
    assert!(zsh.starts_with("#compdef zonedash"), "{zsh}");
    let fish = zonedash(&["completions", "fish"]);
    assert!(fish.contains("complete -c zonedash"), "{fish}");
    for script in [&zsh, &fish] {
        assert!(script.contains("render") && script.contains("svg"));
    }
}

#[test]
fn the_manual_page_is_roff_with_every_subcommand() {
    let man = zonedash(&["man"]);
    assert!(man.contains(".TH zonedash 1"), "{man}");
    for name in ["render", "validate", "export", "completions"] {
        assert!(man.contains(name), "{name}");
    }
}

#[test]
fn help_points_to_the_keys() {
    let help = zonedash(&["--help"]);
    assert!(help.contains("press ? for every key"), "{help}");
}
