//! The config file and `e` in a real terminal (tmux): `quit = ["x"]` quits on x and not on q,
//! the light theme is drawn, and two presses of `e` write two SVG files, each named in the footer.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Tmux, binary, tmux_available, wrapped};

/// The dashboard in a 120×40 pane, in English, with `config` (printf text) as its config
/// file; its stderr goes to the file `errors`.
fn with_config(name: &str, config: &str) -> Tmux {
    let script = wrapped(&format!(
        "mkdir -p home/zonedash && printf '{config}' > home/zonedash/config.toml\n\
         XDG_CONFIG_HOME=\"$PWD/home\" ZONEDASH_THEME= NO_COLOR= TERM=xterm-256color '{}' --lang en 2> errors",
        binary().display()
    ));
    Tmux::start(name, 120, 40, &script)
}

#[test]
fn the_config_file_and_e_reach_the_user() {
    if !tmux_available("the_config_file_and_e_reach_the_user") {
        return;
    }
    let tmux = with_config("config", r#"theme = "light"\n[keys]\nquit = ["x"]\n"#);
    let screen = tmux.wait_for("the dashboard", |s| {
        s.contains("▶ 1 Growth") && s.contains(" quit")
    });
    assert!(
        screen.contains("x quit"),
        "the footer offers the rebound key:\n{screen}"
    );
    // The light theme's header: white (231) on blue 25.
    let styled = tmux.screen_with_escapes();
    assert!(
        styled.contains("48;5;25"),
        "the light theme's header is not drawn"
    );
    tmux.keys(&["q"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(
        tmux.screen().contains("▶ 1 Growth"),
        "q quit although the config moved quit to x"
    );
    tmux.keys(&["e"]);
    tmux.wait_for("the first picture's name", |s| {
        s.contains("picture saved as ./zonedash-1.svg")
    });
    tmux.keys(&["e"]);
    tmux.wait_for("the second picture's name", |s| {
        s.contains("picture saved as ./zonedash-2.svg")
    });
    for name in ["zonedash-1.svg", "zonedash-2.svg"] {
        let svg = std::fs::read_to_string(tmux.path().join(name)).unwrap();
        assert!(svg.contains("<svg"), "{name} is not an SVG");
    }
    tmux.keys(&["x"]);
    tmux.wait_for("the shell after quitting", |s| s.contains("DONE"));
    assert_eq!(tmux.file("status").trim(), "0");
}

#[test]
fn a_broken_config_file_is_named_and_the_dashboard_opens_on_the_defaults() {
    if !tmux_available("a_broken_config_file_is_named_and_the_dashboard_opens_on_the_defaults") {
        return;
    }
    let tmux = with_config(
        "badconfig",
        r#"theme = "light"\n[keys]\nquit = ["Hyper-x"]\n"#,
    );
    let screen = tmux.wait_for("the dashboard with the notice", |s| {
        s.contains("▶ 1 Growth") && s.contains("config.toml:3:9")
    });
    assert!(
        screen.contains("config file set aside, defaults used"),
        "{screen}"
    );
    assert!(
        !tmux.screen_with_escapes().contains("48;5;25"),
        "the light theme of a file set aside is not drawn"
    );
    tmux.keys(&["q"]);
    tmux.wait_for("the shell after quitting", |s| s.contains("DONE"));
    assert_eq!(tmux.file("status").trim(), "0");
    let errors = tmux.file("errors");
    assert!(
        errors.contains("config.toml:3:9: unknown key \"Hyper-x\""),
        "{errors}"
    );
}
