//! Many reports open at once, as state: what compare, search, n/N and copy do, and reports
//! arriving while those screens are open.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use zonedash::app::{Action, App, DocIx, Loaded, Mode, Overlay, Screen, update};
use zonedash::lang::Lang;
use zonedash::loader::open_report;
use zonedash::model::Item;
use zonedash::view::search::Target;

fn opened(path: &str) -> Loaded {
    open_report(Path::new(path))
}

/// Lanhu 2022 on screen, then Lanhu 2023, Qinglan and Wangshu arrived, in that order.
fn four() -> App {
    let Loaded::Doc(first) = opened("tests/fixtures/many/lanhu-2022.json") else {
        panic!("lanhu-2022 did not open");
    };
    let mut app = App::with_doc(*first, Lang::En, (120, 40));
    for path in [
        "tests/fixtures/many/lanhu-2023.json",
        "tests/fixtures/zones/qinglan-2023.json",
        "tests/fixtures/zones/wangshu-2022.json",
    ] {
        app.receive(opened(path));
    }
    app
}

fn run(app: &mut App, actions: &[Action]) {
    for action in actions {
        update(app, *action);
    }
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        update(app, Action::Type(c));
    }
}

#[test]
fn a_report_text_beside_an_open_dataset_is_not_opened_again() {
    let mut app = four();
    assert_eq!(app.docs.len(), 4);
    app.expect(2);
    app.receive(opened("tests/fixtures/zones/qinglan-2023.zh.txt"));
    app.receive(opened("tests/fixtures/draft/yunxi-2023.gb18030.txt"));
    assert_eq!(app.docs.len(), 5, "only the text no dataset quotes opens");
    assert!(app.docs[4].draft);
    assert!(app.loading.is_none(), "both counted as arrived");
}

#[test]
fn c_compares_the_selected_figures_indicator_across_every_report() {
    let mut app = four();
    // Lanhu's growth panel selects its GDP growth first.
    assert_eq!(
        app.doc().data.metrics[0].indicator.as_deref(),
        Some("gdp_growth")
    );
    run(&mut app, &[Action::OpenCompare]);
    assert_eq!(app.mode(), Mode::Compare);
    let Screen::Compare(state) = &app.screen else {
        panic!("no comparison");
    };
    assert_eq!(state.comparison.indicator.id, "gdp_growth");
    let results = &state.comparison.groups[0];
    assert!(!results.planned);
    assert_eq!(results.rows.len(), 4, "Lanhu 2022, 2023, Qinglan, Wangshu");
    assert!(
        state.comparison.groups.iter().any(|g| g.planned),
        "Qinglan's target apart"
    );
    // Enter shows the source of the row's own figure, in its own report.
    run(&mut app, &[Action::SelectNext, Action::SelectNext]);
    let chosen = app.selected().unwrap();
    let (doc, item) = app.resolve(chosen).unwrap();
    let Item::Metric(m) = item else {
        panic!("a figure")
    };
    assert_eq!(doc.data[m].indicator.as_deref(), Some("gdp_growth"));
    run(&mut app, &[Action::Open]);
    assert!(matches!(app.overlay, Overlay::Source { .. }));
    run(&mut app, &[Action::Back, Action::Back]);
    assert_eq!(app.screen, Screen::Dashboard);
}

#[test]
fn left_and_right_go_through_the_indicators_some_report_has() {
    let mut app = four();
    run(&mut app, &[Action::OpenCompare]);
    let present = app.indicators();
    assert!(present.len() >= 5, "{present:?}");
    let id = |app: &App| match &app.screen {
        Screen::Compare(state) => state.comparison.indicator.id,
        _ => panic!("no comparison"),
    };
    let start = id(&app);
    run(&mut app, &[Action::ShiftIndicator(1)]);
    assert_ne!(id(&app), start);
    run(&mut app, &[Action::ShiftIndicator(-1)]);
    assert_eq!(id(&app), start);
    // Around the end.
    for _ in 0..present.len() {
        run(&mut app, &[Action::ShiftIndicator(1)]);
    }
    assert_eq!(id(&app), start);
}

#[test]
fn a_report_arriving_during_a_comparison_joins_it() {
    let Loaded::Doc(first) = opened("tests/fixtures/many/lanhu-2022.json") else {
        panic!();
    };
    let mut app = App::with_doc(*first, Lang::En, (120, 40));
    run(&mut app, &[Action::OpenCompare]);
    let rows = |app: &App| match &app.screen {
        Screen::Compare(state) => state.comparison.len(),
        _ => 0,
    };
    assert_eq!(rows(&app), 1);
    app.receive(opened("tests/fixtures/many/lanhu-2023.json"));
    assert_eq!(rows(&app), 2);
}

#[test]
fn a_search_finds_as_it_is_typed_and_enter_goes_to_the_match_in_its_report() {
    let mut app = four();
    run(&mut app, &[Action::OpenSearch]);
    assert_eq!(app.mode(), Mode::Search);
    // Letters type, even those that are keys elsewhere.
    typed(&mut app, "tax");
    let Screen::Search(state) = &app.screen else {
        panic!("no search");
    };
    assert_eq!(state.query, "tax");
    assert_eq!(state.hits.len(), 1, "{:?}", state.hits);
    assert_eq!(state.hits[0].doc, DocIx(3), "Wangshu's tax revenue");
    run(&mut app, &[Action::Open]);
    assert_eq!(app.screen, Screen::Dashboard);
    assert_eq!(app.current, DocIx(3));
    let (doc, item) = app.resolve(app.selected().unwrap()).unwrap();
    let Item::Metric(m) = item else {
        panic!("a figure")
    };
    assert_eq!(doc.data[m].id, "tax_revenue");
}

#[test]
fn n_and_n_shifted_go_round_the_matches_of_the_last_search() {
    let mut app = four();
    run(&mut app, &[Action::NextMatch(1)]);
    assert!(app.notice.as_deref().unwrap().contains("press /"));
    run(&mut app, &[Action::OpenSearch]);
    typed(&mut app, "gdp growth");
    let count = match &app.screen {
        Screen::Search(state) => state.hits.len(),
        _ => 0,
    };
    assert!(count >= 4, "{count}");
    run(&mut app, &[Action::Open]);
    let first = app.current;
    run(&mut app, &[Action::NextMatch(1)]);
    assert!(
        app.notice
            .as_deref()
            .unwrap()
            .contains(&format!("match 2 of {count}"))
    );
    run(&mut app, &[Action::NextMatch(-1), Action::NextMatch(-1)]);
    assert!(
        app.notice
            .as_deref()
            .unwrap()
            .contains(&format!("match {count} of {count}")),
        "around the start: {:?}",
        app.notice
    );
    run(&mut app, &[Action::NextMatch(1)]);
    assert_eq!(app.current, first);
}

#[test]
fn a_zone_name_matches_its_report() {
    let mut app = four();
    run(&mut app, &[Action::OpenSearch]);
    typed(&mut app, "qinglan");
    let Screen::Search(state) = &app.screen else {
        panic!("no search");
    };
    assert_eq!(state.hits[0].target, Target::Report);
    assert_eq!(state.hits[0].doc, DocIx(2));
    run(&mut app, &[Action::Open]);
    assert_eq!(app.current, DocIx(2));
}

#[test]
fn esc_leaves_a_search_without_going_anywhere_or_forgetting_the_last() {
    let mut app = four();
    run(&mut app, &[Action::OpenSearch]);
    typed(&mut app, "pm2.5");
    run(&mut app, &[Action::Open]);
    let after_enter = app.current;
    run(&mut app, &[Action::OpenSearch]);
    let Screen::Search(state) = &app.screen else {
        panic!("no search");
    };
    assert_eq!(state.query, "pm2.5", "the last query comes back");
    typed(&mut app, "xyz");
    run(&mut app, &[Action::Back]);
    assert_eq!(app.screen, Screen::Dashboard);
    assert_eq!(app.current, after_enter);
    assert_eq!(app.last_search.as_ref().unwrap().query, "pm2.5");
}

#[test]
fn copy_changes_nothing_in_the_state_the_loop_does_the_writing() {
    let mut app = four();
    let before = (app.current, app.mode(), app.selected());
    run(&mut app, &[Action::CopyCitation]);
    assert_eq!((app.current, app.mode(), app.selected()), before);
}
