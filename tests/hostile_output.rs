//! No escape sequence, C1 control or bidi override in a dataset (or in a file name) reaches
//! stdout or stderr of any subcommand: messages escape them, exports and frames never carry them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

/// What every string of the hostile dataset carries: an OSC title change ending in BEL, an SGR
/// colour, a C1 CSI and a right-to-left override.
const PAYLOAD: &str = "\u{1b}]0;pwned\u{7}\u{1b}[31m\u{9b}31m\u{202e}";

/// Appends the payload to every string of a JSON value.
fn poison(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(s) => s.push_str(PAYLOAD),
        serde_json::Value::Array(items) => items.iter_mut().for_each(poison),
        serde_json::Value::Object(map) => map.values_mut().for_each(poison),
        _ => {}
    }
}

fn clean(output: &[u8], what: &str) {
    let text = String::from_utf8_lossy(output);
    let bad: Vec<char> = text
        .chars()
        .filter(|c| zonedash::sanitize::is_unsafe(*c) && !matches!(c, '\n' | '\r'))
        .collect();
    assert!(bad.is_empty(), "{what} printed {bad:?}:\n{text}");
}

fn run(args: &[&str], what: &str) -> Option<i32> {
    let output = Command::new(env!("CARGO_BIN_EXE_zonedash"))
        .args(args)
        .env("LANG", "C")
        .output()
        .unwrap();
    clean(&output.stdout, &format!("stdout of {what}"));
    clean(&output.stderr, &format!("stderr of {what}"));
    output.status.code()
}

fn every_subcommand(data: &Path, label: &str) {
    let data = data.to_str().unwrap();
    let cases: &[&[&str]] = &[
        &["validate", data],
        &["--data", data, "validate"],
        &["--data", data, "export"],
        &["--data", data, "export", "--format", "json"],
        &["--data", data, "export", "--table", "projects"],
        &[
            "--data", data, "export", "--table", "projects", "--format", "json",
        ],
        &["--data", data, "render"],
        &[
            "--data", data, "render", "--zoom", "--detail", "--lang", "zh",
        ],
        &["--data", data, "render", "--show-help", "--size", "80x24"],
        &["--data", data],
    ];
    for args in cases {
        let status = run(args, &format!("{label}: zonedash {}", args.join(" ")));
        // Every one of them is refused: the data never gets as far as a screen or an export.
        assert_eq!(status, Some(1), "{label}: zonedash {}", args.join(" "));
    }
}

#[test]
fn a_poisoned_dataset_never_reaches_the_terminal() {
    let mut value: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/valid/minimal.json").unwrap(),
    )
    .unwrap();
    poison(&mut value);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("poisoned.json");
    std::fs::write(&path, value.to_string()).unwrap();
    every_subcommand(&path, "poisoned strings");
}

#[test]
fn a_poisoned_file_name_never_reaches_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join(format!("evil{PAYLOAD}.json"));
    std::fs::write(&bad, "{ not json").unwrap();
    every_subcommand(&bad, "poisoned file name");
    let missing = dir.path().join(format!("missing{PAYLOAD}.json"));
    every_subcommand(&missing, "poisoned missing file");
    let output = dir.path().join(format!("out{PAYLOAD}.csv"));
    std::fs::write(&output, "old").unwrap();
    run(
        &["export", "-o", output.to_str().unwrap()],
        "export onto a poisoned existing name",
    );
}

#[test]
fn poisoned_data_that_skipped_validation_is_still_drawn_clean() {
    // App::new takes a dataset as it is; the screen must not trust that it was validated.
    let mut d = zonedash::model::load_bundled().unwrap();
    for m in &mut d.metrics {
        m.label_zh.push_str(PAYLOAD);
        m.label_en.push_str(PAYLOAD);
        m.short_zh = Some(format!("短{PAYLOAD}"));
        m.short_en = None;
        m.period.en.push_str(PAYLOAD);
        m.source.quote.push_str(PAYLOAD);
    }
    for c in &mut d.clusters {
        c.label_zh.push_str(PAYLOAD);
        c.label_en.push_str(PAYLOAD);
        c.projects
            .iter_mut()
            .for_each(|p| p.name_en.push_str(PAYLOAD));
    }
    d.sections
        .iter_mut()
        .for_each(|s| s.title_en.push_str(PAYLOAD));
    d.zone.short_en.push_str(PAYLOAD);
    d.panel_titles
        .iter_mut()
        .for_each(|t| t.label_en.push_str(PAYLOAD));
    d.references
        .iter_mut()
        .for_each(|r| r.citation.push_str(PAYLOAD));
    assert!(
        !zonedash::model::validate(&d).is_empty(),
        "the loader would refuse this"
    );
    for lang in [zonedash::lang::Lang::Zh, zonedash::lang::Lang::En] {
        let mut app = zonedash::app::App::new(d.clone(), lang, (120, 40));
        for panel in zonedash::view::PanelId::ALL {
            use zonedash::app::Overlay;
            for (zoomed, overlay) in [
                (false, Overlay::None),
                (true, Overlay::Source { scroll: 0 }),
                (false, Overlay::Help { scroll: 0 }),
            ] {
                app.doc_mut().focus = *panel;
                app.doc_mut().zoomed = zoomed;
                app.overlay = overlay;
                // The cells themselves, as the terminal gets them (render's text is cleaned again).
                let area = ratatui::layout::Rect::new(0, 0, 120, 40);
                let mut buf = ratatui::buffer::Buffer::empty(area);
                let theme = zonedash::ui::theme::Theme::colour();
                let dashboard = zonedash::ui::Dashboard {
                    app: &app,
                    theme: &theme,
                };
                ratatui::widgets::Widget::render(dashboard, area, &mut buf);
                let symbols: String = buf.content().iter().map(|cell| cell.symbol()).collect();
                clean(
                    symbols.as_bytes(),
                    &format!("the cells of a frame of poisoned data ({panel:?}, zoomed {zoomed})"),
                );
            }
        }
    }
}

#[test]
fn poisoned_arguments_never_reach_the_terminal() {
    let id = format!("x{PAYLOAD}");
    run(
        &["render", "--select", &id],
        "render --select with a poisoned id",
    );
    run(
        &["render", "--panel", &id],
        "render --panel with a poisoned name",
    );
    run(
        &["render", "--size", &id],
        "render --size with a poisoned size",
    );
}
