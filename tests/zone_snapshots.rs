//! What the user sees for two invented zones written in the report format (one with levels,
//! growth, ranks and a streak but no environment figures or projects, one with three figures),
//! and for the bundled dataset at a large size: 80×24, 120×40 and 200×60, zh and en.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use zonedash::app::App;
use zonedash::lang::Lang;
use zonedash::ui::headless::render_text;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh",
        Lang::En => "en",
    }
}

#[test]
fn the_invented_zones_quote_their_own_report_texts() {
    for name in common::zones::ZONES {
        let (d, text) = (common::zones::zone(name), common::zones::zone_text(name));
        assert_eq!(zonedash::model::check_against_source(&d, &text), []);
        assert!(zonedash::model::validate(&d).is_empty(), "{name} is valid");
    }
}

#[test]
fn invented_zones_full_and_zoomed() {
    for name in common::zones::ZONES {
        let d = common::zones::zone(name);
        for lang in [Lang::Zh, Lang::En] {
            for (w, h) in SIZES {
                let app = App::new(d.clone(), lang, (w, h));
                insta::assert_snapshot!(
                    format!("{name}_{}_{w}x{h}", lang_name(lang)),
                    render_text(&app, w, h)
                );
            }
            // The panels a user can reach: those the report fills.
            let shown = App::new(d.clone(), lang, (120, 40))
                .doc()
                .view
                .shown()
                .to_vec();
            for panel in &shown {
                let mut app = App::new(d.clone(), lang, (120, 40));
                app.doc_mut().focus = *panel;
                app.doc_mut().zoomed = true;
                insta::assert_snapshot!(
                    format!("{name}_zoom_{}_{}_120x40", panel.key(), lang_name(lang)),
                    render_text(&app, 120, 40)
                );
            }
        }
    }
}

#[test]
fn bundled_at_200x60() {
    for lang in [Lang::Zh, Lang::En] {
        let app = App::new(zonedash::model::load_bundled().unwrap(), lang, (200, 60));
        insta::assert_snapshot!(
            format!("bundled_{}_200x60", lang_name(lang)),
            render_text(&app, 200, 60)
        );
    }
}
