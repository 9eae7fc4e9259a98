//! The report picker and reports arriving in the background: every new action, and what it shows.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use zonedash::app::{
    Action, App, Doc, DocIx, LoadFailure, Loaded, Mode, PickerRow, Progress, Screen, update,
};
use zonedash::lang::Lang;
use zonedash::model;
use zonedash::ui::headless::render_text;
use zonedash::view::PanelId;

fn demo() -> Doc {
    let text = std::fs::read_to_string("tests/fixtures/valid/minimal.json").unwrap();
    Doc::opened(
        model::parse("minimal.json", &text).unwrap(),
        "minimal.json".into(),
        false,
    )
}

fn failure() -> LoadFailure {
    LoadFailure {
        name: "broken.json".into(),
        error_zh: "broken.json:1:3: JSON 语法错误".into(),
        error_en: "broken.json:1:3: JSON syntax error".into(),
    }
}

/// The bundled report, the demo report, a failed file and a second demo report still loading.
fn three(lang: Lang) -> App {
    let bundled = Doc::opened(
        model::load_bundled().unwrap(),
        "bda-2022.json".into(),
        false,
    );
    let mut app = App::with_doc(bundled, lang, (100, 30));
    app.expect(3);
    app.receive(Loaded::Doc(Box::new(demo())));
    app.receive(Loaded::Failed(failure()));
    app
}

fn run(app: &mut App, actions: &[Action]) {
    for action in actions {
        update(app, *action);
    }
}

fn query(app: &App) -> &str {
    match &app.screen {
        Screen::Picker(state) => &state.query,
        _ => panic!("the picker is not open"),
    }
}

#[test]
fn loaded_reports_and_failures_arrive_in_order_and_progress_ends_with_the_last() {
    let mut app = three(Lang::En);
    assert_eq!(app.docs.len(), 2);
    assert_eq!(app.failures, vec![failure()]);
    // Every file counted, the one on screen first among them.
    assert_eq!(app.loading, Some(Progress { done: 3, total: 4 }));
    assert_eq!(app.current, DocIx(0), "the report on screen stays");
    app.receive(Loaded::Doc(Box::new(demo())));
    assert_eq!(app.loading, None);
    assert_eq!(app.docs.len(), 3);
}

#[test]
fn o_opens_the_picker_on_the_report_shown_and_esc_leaves_it() {
    let mut app = three(Lang::En);
    update(&mut app, Action::OpenPicker);
    assert_eq!(app.mode(), Mode::Picker);
    assert_eq!(
        app.picker_rows(""),
        vec![
            PickerRow::Doc(DocIx(0)),
            PickerRow::Doc(DocIx(1)),
            PickerRow::Failure(0)
        ]
    );
    update(&mut app, Action::Back);
    assert_eq!(app.screen, Screen::Dashboard);
    assert_eq!(app.mode(), Mode::Grid);
}

#[test]
fn typing_filters_erase_widens_and_the_cursor_restarts() {
    let mut app = three(Lang::En);
    run(
        &mut app,
        &[Action::OpenPicker, Action::SelectNext, Action::Type('D')],
    );
    assert_eq!(query(&app), "D");
    run(&mut app, &[Action::Type('e'), Action::Type('m')]);
    assert_eq!(app.picker_rows(query(&app)), vec![PickerRow::Doc(DocIx(1))]);
    run(&mut app, &[Action::Erase, Action::Erase, Action::Erase]);
    assert_eq!(query(&app), "");
    update(&mut app, Action::Erase);
    assert_eq!(query(&app), "", "erasing nothing is harmless");
    assert_eq!(app.picker_rows("示例").len(), 1, "CJK by substring");
    assert_eq!(app.picker_rows("2022").len(), 2, "by year");
    assert_eq!(
        app.picker_rows("syntax").len(),
        1,
        "failures by their error"
    );
    assert!(app.picker_rows("nothing like it").is_empty());
}

#[test]
fn enter_switches_and_each_report_keeps_its_focus_zoom_and_selection() {
    let mut app = three(Lang::En);
    run(
        &mut app,
        &[
            Action::JumpTo(2),
            Action::ToggleZoom,
            Action::SelectNext,
            Action::OpenPicker,
            Action::SelectNext,
            Action::Open,
        ],
    );
    assert_eq!(app.current, DocIx(1));
    assert_eq!(app.screen, Screen::Dashboard);
    assert_eq!(app.doc().focus, PanelId::ALL[0]);
    assert!(!app.doc().zoomed);
    run(
        &mut app,
        &[Action::OpenPicker, Action::SelectPrev, Action::Open],
    );
    assert_eq!(app.current, DocIx(0));
    assert_eq!(app.doc().focus, PanelId::ALL[2]);
    assert!(app.doc().zoomed);
    assert_eq!(app.doc().selected[PanelId::ALL[2]], 1);
}

#[test]
fn enter_on_a_failed_file_stays_in_the_picker_and_the_cursor_is_clamped() {
    let mut app = three(Lang::En);
    run(
        &mut app,
        &[Action::OpenPicker, Action::SelectLast, Action::SelectNext],
    );
    update(&mut app, Action::Open);
    assert_eq!(app.mode(), Mode::Picker);
    assert_eq!(app.current, DocIx(0));
    run(&mut app, &[Action::PageUp, Action::Open]);
    assert_eq!(app.current, DocIx(0));
    run(
        &mut app,
        &[Action::OpenPicker, Action::PageDown, Action::SelectFirst],
    );
    update(&mut app, Action::Open);
    assert_eq!(app.current, DocIx(0));
}

#[test]
fn in_the_picker_letters_type_and_keys_of_the_table_still_work() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
    let picker = Mode::Picker;
    assert_eq!(
        zonedash::app::KeyTable::standard().action_for(key(KeyCode::Char('q')), picker),
        Some(Action::Type('q'))
    );
    assert_eq!(
        zonedash::app::KeyTable::standard().action_for(key(KeyCode::Char('开')), picker),
        Some(Action::Type('开'))
    );
    assert_eq!(
        zonedash::app::KeyTable::standard().action_for(key(KeyCode::Backspace), picker),
        Some(Action::Erase)
    );
    assert_eq!(
        zonedash::app::KeyTable::standard().action_for(key(KeyCode::Enter), picker),
        Some(Action::Open)
    );
    assert_eq!(
        zonedash::app::KeyTable::standard().action_for(key(KeyCode::Esc), picker),
        Some(Action::Back)
    );
    assert_eq!(
        zonedash::app::KeyTable::standard().action_for(
            KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
            picker
        ),
        Some(Action::Quit)
    );
    assert_eq!(
        zonedash::app::KeyTable::standard().action_for(key(KeyCode::Char('o')), Mode::Grid),
        Some(Action::OpenPicker)
    );
    assert_eq!(
        zonedash::app::KeyTable::standard().action_for(key(KeyCode::Char('o')), Mode::Zoomed),
        Some(Action::OpenPicker)
    );
}

#[test]
fn typing_on_the_dashboard_does_nothing() {
    let mut app = three(Lang::En);
    let before = format!("{:?}", app.docs[0].selected);
    run(&mut app, &[Action::Type('x'), Action::Erase]);
    assert_eq!(app.screen, Screen::Dashboard);
    assert_eq!(format!("{:?}", app.docs[0].selected), before);
}

#[test]
fn picker_snapshots() {
    for lang in [Lang::En, Lang::Zh] {
        let name = match lang {
            Lang::En => "en",
            Lang::Zh => "zh",
        };
        let mut app = three(lang);
        update(&mut app, Action::OpenPicker);
        insta::assert_snapshot!(format!("picker_{name}_100x30"), render_text(&app, 100, 30));
        run(&mut app, &[Action::Type('d'), Action::Type('e')]);
        insta::assert_snapshot!(
            format!("picker_filtered_{name}_100x30"),
            render_text(&app, 100, 30)
        );
        update(&mut app, Action::Back);
        insta::assert_snapshot!(
            format!("header_many_{name}_100x30"),
            render_text(&app, 100, 30)
                .lines()
                .next()
                .unwrap()
                .to_owned()
        );
    }
}

#[test]
fn the_picker_draws_at_every_size_without_panic() {
    let mut app = three(Lang::Zh);
    update(&mut app, Action::OpenPicker);
    for w in 0..60 {
        for h in 0..20 {
            render_text(&app, w, h);
        }
    }
}
