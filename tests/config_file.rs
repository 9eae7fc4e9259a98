//! The config file: what a good one sets, and a one-line message with file, line and column
//! for every bad one (fixtures in tests/fixtures/config/).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use zonedash::config::{self, Config, ThemeName};
use zonedash::lang::Lang;

fn fixture(name: &str) -> Result<Option<Config>, Vec<config::ConfigError>> {
    let path = Path::new("tests/fixtures/config").join(name);
    config::read(&path, true)
}

#[test]
fn a_good_config_sets_theme_language_and_keys() {
    let config = fixture("good.toml").unwrap().unwrap();
    assert_eq!(config.theme, Some(ThemeName::Light));
    assert_eq!(config.lang, Some(Lang::Zh));
    let keys: Vec<(&str, Vec<&str>)> = config
        .keys
        .iter()
        .map(|k| {
            (
                k.action.as_str(),
                k.keys.iter().map(|(key, _)| key.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        keys,
        [("quit", vec!["x", "Ctrl-c"]), ("toggle_help", vec!["F1"])]
    );
    assert_eq!(
        config.keys[0].keys[1].1.to_string(),
        "tests/fixtures/config/good.toml:5:14"
    );
}

#[test]
fn every_bad_config_says_where() {
    let cases = [
        (
            "unknown-theme.toml",
            "unknown-theme.toml:2:9: unknown theme \"solarized\"; expected dark, light or mono",
        ),
        (
            "unknown-language.toml",
            "unknown-language.toml:1:12: unknown language \"fr\"; expected zh or en",
        ),
        (
            "unknown-setting.toml",
            "unknown-setting.toml:2:1: unknown field `colour`",
        ),
        ("broken-syntax.toml", "broken-syntax.toml:2:6: "),
        ("key-not-text.toml", "key-not-text.toml:2:8: "),
        ("theme-not-text.toml", "theme-not-text.toml:1:9: "),
    ];
    for (name, expected) in cases {
        let errors = fixture(name).unwrap_err();
        assert_eq!(errors.len(), 1, "{name}: {errors:?}");
        let message = errors[0].to_string();
        let shown = message.trim_start_matches("tests/fixtures/config/");
        assert!(shown.starts_with(expected), "{name}: {message}");
        assert!(!message.contains('\n'), "{name}: one line: {message}");
    }
}

#[test]
fn a_missing_file_is_no_config_unless_named() {
    let path = Path::new("tests/fixtures/config/none-such.toml");
    assert_eq!(config::read(path, false), Ok(None));
    let errors = config::read(path, true).unwrap_err();
    assert!(
        errors[0]
            .to_string()
            .starts_with("tests/fixtures/config/none-such.toml: cannot read it")
    );
}

#[test]
fn the_config_file_lives_under_xdg_config_home() {
    // Read without changing the environment of other tests: the rule, on its inputs.
    let path = config::default_path();
    if let Some(xdg) = std::env::var_os("XDG_CONFIG_HOME").filter(|v| !v.is_empty()) {
        assert_eq!(path, Some(Path::new(&xdg).join("zonedash/config.toml")));
    } else if let Some(home) = std::env::var_os("HOME").filter(|v| !v.is_empty()) {
        assert_eq!(
            path,
            Some(Path::new(&home).join(".config/zonedash/config.toml"))
        );
    }
}
