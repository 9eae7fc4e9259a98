//! What the user sees, as text: the full dashboard and every zoomed panel, 80×24 and 120×40, zh and en.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use zonedash::app::App;
use zonedash::lang::Lang;
use zonedash::model;
use zonedash::ui::headless::render_text;
use zonedash::view::PanelId as Panel;

fn app(lang: Lang, size: (u16, u16)) -> App {
    App::new(model::load_bundled().unwrap(), lang, size)
}

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh",
        Lang::En => "en",
    }
}

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];

#[test]
fn full_dashboard() {
    for lang in LANGS {
        for (w, h) in SIZES {
            let text = render_text(&app(lang, (w, h)), w, h);
            insta::assert_snapshot!(format!("dashboard_{}_{w}x{h}", lang_name(lang)), text);
        }
    }
}

#[test]
fn each_zoomed_panel() {
    for lang in LANGS {
        for (w, h) in SIZES {
            // The panels a user can reach: those the report fills.
            let shown = app(lang, (w, h)).doc().view.shown().to_vec();
            for panel in &shown {
                let mut app = app(lang, (w, h));
                app.doc_mut().focus = *panel;
                app.doc_mut().zoomed = true;
                let name = format!("zoom_{}_{}_{w}x{h}", panel.key(), lang_name(lang));
                insta::assert_snapshot!(name, render_text(&app, w, h));
            }
        }
    }
}

#[test]
fn overlays_column_layout_and_tiny_terminals() {
    for lang in LANGS {
        let mut help = app(lang, (100, 30));
        help.overlay = zonedash::app::Overlay::Help { scroll: 0 };
        insta::assert_snapshot!(
            format!("help_{}_100x30", lang_name(lang)),
            render_text(&help, 100, 30)
        );
        let mut detail = app(lang, (100, 30));
        assert!(detail.doc_mut().select_id("pm25_change"));
        detail.overlay = zonedash::app::Overlay::Source { scroll: 0 };
        insta::assert_snapshot!(
            format!("detail_{}_100x30", lang_name(lang)),
            render_text(&detail, 100, 30)
        );
        let mut column = app(lang, (60, 30));
        column.doc_mut().focus = Panel::History;
        insta::assert_snapshot!(
            format!("column_{}_60x30", lang_name(lang)),
            render_text(&column, 60, 30)
        );
    }
    insta::assert_snapshot!(
        "too_small_39x11",
        render_text(&app(Lang::En, (39, 11)), 39, 11)
    );
}
