//! The layout's promises, checked on every item: selected, it is drawn inside its own panel on a
//! row that carries the ▸ mark, with its number; no panel is a blank box; for the bundled
//! dataset, two invented zones and random valid datasets, in zh and en, at several sizes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use zonedash::app::App;
use zonedash::lang::Lang;
use zonedash::layout;
use zonedash::model::{Dataset, Item, format_value};
use zonedash::ui::headless::render_frame;
use zonedash::ui::theme::Theme;
use zonedash::view::PanelId;

const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];

/// The text of row `y` of `buf` between columns `x0` and `x1`, wide glyphs once.
fn row_text(buf: &Buffer, y: u16, x0: u16, x1: u16) -> String {
    let mut out = String::new();
    let mut x = x0;
    while x < x1 {
        let symbol = buf[(x, y)].symbol();
        out.push_str(symbol);
        x += u16::try_from(zonedash::ui::text::width(symbol).clamp(1, 2)).unwrap();
    }
    out
}

/// The inner rectangle of `panel` on `app`'s screen.
fn inner_of(app: &App, panel: PanelId) -> Option<Rect> {
    let rect = layout::panel_rect(app.at(), panel)?;
    Some(rect.inner(Margin {
        vertical: 1,
        horizontal: 1,
    }))
}

/// What the marked row must show of `item`: a figure's number, else the start of its name.
fn evidence(d: &Dataset, item: Item, lang: Lang) -> String {
    let first = |s: &str| s.chars().take(2).collect::<String>();
    match item {
        Item::Metric(m) => format_value(d[m].value.abs()),
        Item::Project(p) => first(lang.pick(&d[p].name_zh, &d[p].name_en)),
        Item::Reference(r) => format_value(d[r].value),
        Item::Section(s) => first(lang.pick(&d[s].title_zh, &d[s].title_en)),
        Item::Honour(h) => first(&zonedash::view::context_words::honour_title(&d[h], lang)),
        Item::Claim(c) => first(&zonedash::view::context_words::claim_label(&d[c], lang)),
    }
}

/// Selects every item of every panel in turn and checks it is drawn, marked, inside its panel;
/// returns the failures.
fn check_every_item(d: &Dataset, lang: Lang, (w, h): (u16, u16), zoomed: bool) -> Vec<String> {
    let theme = Theme::monochrome();
    let mut failures = Vec::new();
    let mut app = App::new(d.clone(), lang, (w, h));
    for panel in PanelId::ALL {
        let count = app.doc().items(*panel).len();
        for index in 0..count {
            {
                let doc = app.doc_mut();
                doc.focus = *panel;
                doc.zoomed = zoomed;
                doc.selected[*panel] = index;
            }
            app.column_top =
                layout::column_first(app.size, *panel, app.column_top, app.doc().view.shown());
            let item = app.doc().items(*panel)[index];
            let id = app.doc().data.item_id(item).unwrap_or("?").to_owned();
            let Some(inner) = inner_of(&app, *panel) else {
                failures.push(format!("{id}: its panel {panel:?} is not on screen"));
                continue;
            };
            let buf = render_frame(&app, &theme, w, h);
            let marked: Vec<u16> = (inner.top()..inner.bottom())
                .filter(|y| buf[(inner.x, *y)].symbol() == "▸")
                .collect();
            let mut want = evidence(&app.doc().data, item, lang);
            // Outside the history's then → now pairs (which write the unit once), a figure's
            // value is drawn whole with its unit and bounds.
            if let (Item::Metric(m), false) = (item, *panel == PanelId::History) {
                want = zonedash::ui::figure::value_text(&app.doc().data, &app.doc().data[m], lang);
            }
            match marked.as_slice() {
                [y] => {
                    let text = row_text(&buf, *y, inner.x, inner.right());
                    if !text.contains(&want) {
                        failures.push(format!("{id}: marked row {text:?} lacks {want:?}"));
                    }
                }
                other => failures.push(format!(
                    "{id} ({panel:?} {w}×{h} {lang:?} zoomed {zoomed}): {} marked rows",
                    other.len()
                )),
            }
        }
    }
    failures
}

fn datasets() -> Vec<(&'static str, Dataset)> {
    vec![
        ("bundled", zonedash::model::load_bundled().unwrap()),
        ("qinglan", common::zones::zone("qinglan-2023")),
        ("wangshu", common::zones::zone("wangshu-2022")),
        ("chenghu", common::zones::zone("chenghu-2024")),
        ("lanjiang", common::zones::zone("lanjiang-2025")),
    ]
}

#[test]
fn every_figure_and_project_is_drawn_marked_in_its_panel() {
    let mut failures = Vec::new();
    for (name, d) in datasets() {
        for lang in LANGS {
            for size in [(80, 24), (120, 40), (200, 60)] {
                for zoomed in [false, true] {
                    for f in check_every_item(&d, lang, size, zoomed) {
                        failures.push(format!("{name}: {f}"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn render_select_marks_the_item_from_the_command_line() {
    let cases = [
        ("output_at_full_production", "851"),
        ("gdp_growth", "8%"),
        ("banners_supported", "2"),
        ("boe_b20", "BOE"),
    ];
    for (id, want) in cases {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_zonedash"))
            .args(["render", "--size", "80x24", "--lang", "en", "--select", id])
            .output()
            .unwrap();
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        let line = text
            .lines()
            .find(|l| l.contains('▸') && !l.starts_with('▸'));
        assert!(
            line.is_some_and(|l| l.contains(want)),
            "{id}: no marked row with {want} in\n{text}"
        );
    }
}

#[test]
fn no_panel_is_a_blank_box() {
    let theme = Theme::monochrome();
    for (name, d) in datasets() {
        for lang in LANGS {
            for (w, h) in [(80, 24), (120, 40), (200, 60)] {
                let app = App::new(d.clone(), lang, (w, h));
                let buf = render_frame(&app, &theme, w, h);
                for panel in app.doc().view.shown() {
                    let inner = inner_of(&app, *panel).unwrap();
                    let drawn = (inner.top()..inner.bottom())
                        .any(|y| !row_text(&buf, y, inner.x, inner.right()).trim().is_empty());
                    assert!(drawn, "{name} {lang:?} {w}×{h}: {panel:?} is blank");
                }
                // A panel the report leaves empty is not drawn, and the header names it when
                // the header has the room (at 80 columns the title may take it all).
                let header = row_text(&buf, 0, 0, w);
                for panel in app.doc().view.empty() {
                    assert!(
                        inner_of(&app, panel).is_none(),
                        "{name}: {panel:?} drawn empty"
                    );
                    if w >= 120 {
                        let title = panel.title(&app.doc().data, lang);
                        assert!(
                            header.contains(title),
                            "{name} {w}×{h}: {header:?} lacks {title}"
                        );
                    }
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn random_datasets_draw_every_item_marked(
        figures in 1usize..40,
        projects in 0usize..30,
        w in 40u16..220,
        h in 12u16..70,
        zh in any::<bool>(),
        zoomed in any::<bool>(),
    ) {
        let d = zonedash::synth::synthetic(figures, projects);
        let lang = if zh { Lang::Zh } else { Lang::En };
        let failures = check_every_item(&d, lang, (w, h), zoomed);
        prop_assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}

#[test]
fn a_narrow_footer_drops_esc_back_before_help_and_quit() {
    for w in [40u16, 50, 60] {
        let app = App::new(zonedash::model::load_bundled().unwrap(), Lang::En, (w, 20));
        let text = zonedash::ui::headless::render_text(&app, w, 20);
        let footer = text.lines().last().unwrap();
        assert!(
            footer.contains("? help") && footer.contains("q quit"),
            "{w}: {footer}"
        );
        assert!(!footer.contains("Esc back"), "{w}: {footer}");
    }
    let app = App::new(
        zonedash::model::load_bundled().unwrap(),
        Lang::En,
        (120, 40),
    );
    let text = zonedash::ui::headless::render_text(&app, 120, 40);
    assert!(
        text.lines().last().unwrap().contains("Esc back"),
        "wide enough for all"
    );
}

#[test]
fn the_clusters_totals_are_whole_at_every_size_from_80x24() {
    let d = zonedash::model::load_bundled().unwrap();
    for lang in LANGS {
        let want = lang.pick("851亿元", "851 (100M yuan)");
        for w in (80u16..=300).step_by(11) {
            for h in [24u16, 31, 40, 60, 100] {
                let app = App::new(d.clone(), lang, (w, h));
                let text = zonedash::ui::headless::render_text(&app, w, h);
                assert!(text.contains(want), "{lang:?} {w}×{h}: no {want}\n{text}");
            }
        }
    }
}

#[test]
fn growth_rates_keep_their_bars_in_the_grid() {
    let d = zonedash::model::load_bundled().unwrap();
    for lang in LANGS {
        for (w, h) in [(80u16, 24u16), (100, 30), (120, 40), (200, 60)] {
            let app = App::new(d.clone(), lang, (w, h));
            let text = zonedash::ui::headless::render_text(&app, w, h);
            let bars = text.lines().filter(|l| l.contains("│█")).count();
            assert!(bars >= 3, "{lang:?} {w}×{h}: {bars} rate bars\n{text}");
        }
    }
}
