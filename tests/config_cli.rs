//! The config file reaches the user: `config --print`/`--path`, precedence command line >
//! environment > file > default, a broken file named by line and column, and the drawing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

fn zonedash_with(config_home: &Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_zonedash"));
    command
        .args(args)
        .env("LANG", "C")
        .env("XDG_CONFIG_HOME", config_home)
        .env_remove("ZONEDASH_THEME")
        .env_remove("ZONEDASH_LANG")
        .env_remove("ZONEDASH_CONFIG")
        .env_remove("NO_COLOR");
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().unwrap()
}

fn home_with(config: &str) -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("zonedash")).unwrap();
    std::fs::write(home.path().join("zonedash/config.toml"), config).unwrap();
    home
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn print_shows_the_file_settings_and_where_they_came_from() {
    let home = home_with("theme = \"light\"\nlanguage = \"zh\"\n[keys]\nquit = [\"x\"]\n");
    let output = zonedash_with(home.path(), &[], &["config", "--print"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.contains("theme = \"light\"  # config file"), "{text}");
    assert!(text.contains("language = \"zh\"  # config file"), "{text}");
    assert!(text.contains("quit = [\"x\"]\n"), "{text}");
    assert!(text.contains("(read)"), "{text}");
}

#[test]
fn the_command_line_beats_the_environment_which_beats_the_file() {
    let home = home_with("theme = \"light\"\n");
    let env = [("ZONEDASH_THEME", "mono")];
    let text = stdout(&zonedash_with(home.path(), &env, &["config", "--print"]));
    assert!(
        text.contains("theme = \"mono\"  # environment ZONEDASH_THEME"),
        "{text}"
    );
    let args = ["--theme", "dark", "config", "--print"];
    let text = stdout(&zonedash_with(home.path(), &env, &args));
    assert!(text.contains("theme = \"dark\"  # command line"), "{text}");
    let empty = tempfile::tempdir().unwrap();
    let text = stdout(&zonedash_with(empty.path(), &[], &["config", "--print"]));
    assert!(text.contains("theme = \"dark\"  # default"), "{text}");
    assert!(text.contains("(not found)"), "{text}");
}

#[test]
fn path_prints_where_the_file_is_read() {
    let home = tempfile::tempdir().unwrap();
    let text = stdout(&zonedash_with(home.path(), &[], &["config", "--path"]));
    assert_eq!(
        text,
        format!("{}\n", home.path().join("zonedash/config.toml").display())
    );
}

#[test]
fn a_broken_file_is_named_by_line_and_column_and_set_aside() {
    let home = home_with("theme = \"light\"\n[keys]\nquit = [\"Hyper-x\"]\n");
    let output = zonedash_with(home.path(), &[], &["config", "--print"]);
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    let first = err.lines().next().unwrap();
    assert!(
        first.ends_with("config.toml:3:9: unknown key \"Hyper-x\""),
        "{err}"
    );
    assert!(stdout(&output).contains("theme = \"dark\"  # default"));
}

#[test]
fn the_theme_of_the_file_is_drawn() {
    let light = home_with("theme = \"light\"\n");
    let dark = tempfile::tempdir().unwrap();
    let args = ["render", "--format", "ansi", "--size", "80x24"];
    let drawn_light = stdout(&zonedash_with(light.path(), &[], &args));
    let drawn_dark = stdout(&zonedash_with(dark.path(), &[], &args));
    // The light theme's header is white on blue 25 of the 256-colour cube.
    assert!(drawn_light.contains("48;5;25"), "no light header");
    assert!(!drawn_dark.contains("48;5;25"));
}

#[test]
fn keys_of_the_file_show_in_the_footer() {
    let home = home_with("[keys]\nquit = [\"x\"]\n");
    let text = stdout(&zonedash_with(
        home.path(),
        &[],
        &["render", "--size", "120x40"],
    ));
    let footer = text.lines().last().unwrap();
    assert!(footer.contains("x quit"), "{footer}");
    assert!(!footer.contains("q quit"), "{footer}");
}

#[test]
fn what_config_print_writes_reads_back_unchanged() {
    let empty = tempfile::tempdir().unwrap();
    let printed = stdout(&zonedash_with(empty.path(), &[], &["config", "--print"]));
    let file = empty.path().join("printed.toml");
    std::fs::write(&file, &printed).unwrap();
    let output = zonedash_with(
        empty.path(),
        &[],
        &["--config", file.to_str().unwrap(), "config", "--print"],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let again = stdout(&output);
    let body = |text: &str| {
        text.lines()
            .skip(1)
            .map(|l| l.split("  #").next().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(body(&again), body(&printed));
    for name in [
        "next_panel = [\"Tab\"]",
        "next_figure = [\"]\"]",
        "select_next = [\"Down\", \"j\"]",
    ] {
        assert!(printed.contains(name), "{name} missing:\n{printed}");
    }
}

#[test]
fn an_unknown_environment_value_is_said() {
    let empty = tempfile::tempdir().unwrap();
    let output = zonedash_with(
        empty.path(),
        &[("ZONEDASH_THEME", "pink")],
        &["config", "--print"],
    );
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(
        err.contains("ZONEDASH_THEME=\"pink\" means nothing here"),
        "{err}"
    );
}

#[test]
fn validate_export_and_render_say_the_config_file_was_set_aside() {
    let home = home_with("theme = \"purple\"\n");
    for args in [
        &["validate"][..],
        &["export", "--format", "csv"],
        &["render", "--size", "80x24"],
    ] {
        let output = zonedash_with(home.path(), &[], args);
        assert!(output.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&output.stderr);
        assert!(err.contains("config.toml:1:"), "{args:?}: {err}");
        assert!(err.contains("defaults are used"), "{args:?}: {err}");
        assert!(
            !stdout(&output).contains("config.toml"),
            "stdout stays clean"
        );
    }
    let good = home_with("theme = \"light\"\n");
    let output = zonedash_with(good.path(), &[], &["validate"]);
    assert!(String::from_utf8_lossy(&output.stderr).is_empty());
}

#[test]
fn under_zh_the_config_file_problems_are_said_in_chinese() {
    let home = home_with("theme = \"purple\"\n");
    for args in [
        &["--lang", "zh", "validate"][..],
        &["--lang", "zh", "config", "--print"],
    ] {
        let output = zonedash_with(home.path(), &[], args);
        let err = String::from_utf8_lossy(&output.stderr);
        assert!(
            err.contains("config.toml:1:9: 未知主题 \"purple\""),
            "{args:?}: {err}"
        );
        assert!(
            err.contains("配置文件有问题,已弃用,改用默认设置"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("unknown theme"), "{args:?}: {err}");
    }
}
