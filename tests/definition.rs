//! `d`: the definition of the selected figure's indicator, from the catalogue, in zh and en.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use zonedash::app::{Action, App, Overlay, update};
use zonedash::lang::Lang;
use zonedash::model;
use zonedash::ui::headless::render_text;

fn app(lang: Lang) -> App {
    App::new(model::load_bundled().unwrap(), lang, (100, 30))
}

#[test]
fn d_opens_and_closes_the_definition_and_esc_closes_it() {
    let mut app = app(Lang::En);
    update(&mut app, Action::ToggleDefinition);
    assert_eq!(app.overlay, Overlay::Definition);
    update(&mut app, Action::ToggleDefinition);
    assert_eq!(app.overlay, Overlay::None);
    update(&mut app, Action::ToggleDefinition);
    update(&mut app, Action::Back);
    assert_eq!(app.overlay, Overlay::None);
}

#[test]
fn the_definition_names_the_indicator_its_base_unit_and_its_bases_in_both_languages() {
    let mut app = app(Lang::En);
    assert!(app.doc_mut().select_id("gdp_growth"));
    update(&mut app, Action::ToggleDefinition);
    let text = render_text(&app, 100, 30);
    assert!(text.contains("Definition · Esc closes"), "{text}");
    assert!(text.contains("gdp_growth"), "{text}");
    assert!(text.contains("year on year"), "{text}");
    assert!(text.contains("同比"), "{text}");
    insta::assert_snapshot!("definition_gdp_growth_en_100x30", text);
}

#[test]
fn a_figure_without_an_indicator_says_so() {
    let mut app = app(Lang::Zh);
    let without = app
        .doc()
        .data
        .metrics
        .iter()
        .find(|m| m.indicator.is_none())
        .map(|m| m.id.clone())
        .unwrap();
    assert!(app.doc_mut().select_id(&without));
    update(&mut app, Action::ToggleDefinition);
    let text = render_text(&app, 100, 30);
    assert!(text.contains("没有对应的标准指标"), "{text}");
}

#[test]
fn above_designated_size_is_explained_where_an_indicator_carries_it() {
    let mut app = app(Lang::En);
    let above = app
        .doc()
        .data
        .metrics
        .iter()
        .find(|m| {
            m.indicator
                .as_deref()
                .and_then(model::indicators::lookup)
                .is_some_and(|i| i.name_zh.contains("规模以上"))
        })
        .map(|m| m.id.clone());
    let Some(above) = above else { return };
    assert!(app.doc_mut().select_id(&above));
    update(&mut app, Action::ToggleDefinition);
    assert!(render_text(&app, 120, 40).contains("above designated size"));
}

#[test]
fn the_definition_leaves_the_selected_row_in_sight_and_breaks_lines_at_words() {
    let mut app = App::new(model::load_bundled().unwrap(), Lang::En, (120, 40));
    assert!(app.doc_mut().select_id("gdp_growth"));
    let before = render_text(&app, 120, 40);
    let row = before.lines().position(|l| l.contains("▸ GDP")).unwrap();
    update(&mut app, Action::ToggleDefinition);
    let text = render_text(&app, 120, 40);
    assert!(text.lines().nth(row).unwrap().contains("▸ GDP"), "{text}");
    // A word cut across two lines would not be found whole.
    let indicator = model::indicators::lookup("gdp_growth").unwrap();
    for word in indicator
        .definition_en
        .split_whitespace()
        .filter(|w| w.len() > 3)
    {
        assert!(text.contains(word), "{word:?} is split:\n{text}");
    }
}
