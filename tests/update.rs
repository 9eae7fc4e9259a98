//! `update` is pure: one test per action, on the bundled dataset.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use zonedash::app::{Action, App, Move, update};
use zonedash::lang::Lang;
use zonedash::model::{self, ClusterIx, Item, MetricIx, ProjectIx, ReferenceIx};
use zonedash::view::PanelId as Panel;

fn app(size: (u16, u16)) -> App {
    App::new(model::load_bundled().unwrap(), Lang::En, size)
}

fn after(size: (u16, u16), actions: &[Action]) -> App {
    let mut app = app(size);
    for action in actions {
        update(&mut app, *action);
    }
    app
}

#[test]
fn arrows_follow_the_neighbour_map_of_the_current_layout() {
    use Action::Focus;
    assert_eq!(
        after((120, 40), &[Focus(Move::Right)]).doc().focus,
        Panel::Clusters
    );
    assert_eq!(
        after((120, 40), &[Focus(Move::Down)]).doc().focus,
        Panel::Counts
    );
    assert_eq!(
        after((80, 24), &[Focus(Move::Down)]).doc().focus,
        Panel::Environment
    );
    assert_eq!(
        after((60, 30), &[Focus(Move::Down), Focus(Move::Down)])
            .doc()
            .focus,
        Panel::Environment
    );
    assert_eq!(
        after((120, 40), &[Focus(Move::Left)]).doc().focus,
        Panel::Growth,
        "no wrap at the edge"
    );
    assert_eq!(
        after(
            (120, 40),
            &[Focus(Move::Right), Focus(Move::Right), Focus(Move::Down)]
        )
        .doc()
        .focus,
        Panel::Plan
    );
}

#[test]
fn tab_cycles_and_numbers_jump() {
    assert_eq!(
        after((120, 40), &[Action::NextPanel]).doc().focus,
        Panel::Clusters
    );
    assert_eq!(
        after((120, 40), &[Action::PrevPanel]).doc().focus,
        Panel::Standing,
        "the bundled report fills all seven panels"
    );
    assert_eq!(
        after((120, 40), &[Action::JumpTo(Panel::History.index())])
            .doc()
            .focus,
        Panel::History
    );
}

#[test]
fn zoom_open_and_back() {
    let zoomed = after((120, 40), &[Action::ToggleZoom]);
    assert!(zoomed.doc().zoomed);
    assert!(
        !after((120, 40), &[Action::ToggleZoom, Action::ToggleZoom])
            .doc()
            .zoomed
    );
    let opened = after((120, 40), &[Action::Open]);
    assert!(
        opened.doc().zoomed && !opened.source_open(),
        "Enter zooms first"
    );
    let detail = after((120, 40), &[Action::Open, Action::Open]);
    assert!(
        detail.doc().zoomed && detail.source_open(),
        "Enter in a zoomed panel opens the source"
    );
    let back = after((120, 40), &[Action::Open, Action::Open, Action::Back]);
    assert!(
        back.doc().zoomed && !back.source_open(),
        "Esc closes the detail first"
    );
    let back = after(
        (120, 40),
        &[Action::Open, Action::Open, Action::Back, Action::Back],
    );
    assert!(!back.doc().zoomed);
    let back = after((120, 40), &[Action::Back, Action::Back]);
    assert!(!back.quit, "Esc never quits");
}

#[test]
fn selection_moves_and_clamps() {
    let app = after((120, 40), &[Action::SelectNext, Action::SelectNext]);
    assert_eq!(app.doc().selected[Panel::Growth], 2);
    assert_eq!(
        after((120, 40), &[Action::SelectPrev]).doc().selected[Panel::Growth],
        0
    );
    let last = app.doc().items(Panel::Growth).len() - 1;
    assert_eq!(
        after((120, 40), &[Action::SelectLast]).doc().selected[Panel::Growth],
        last
    );
    assert_eq!(
        after((120, 40), &[Action::SelectLast, Action::SelectFirst])
            .doc()
            .selected[Panel::Growth],
        0
    );
    let counts = after(
        (120, 40),
        &[Action::JumpTo(Panel::Clusters.index()), Action::PageDown],
    );
    assert!(
        counts.doc().selected[Panel::Clusters] > 1,
        "a page is more than a row"
    );
    let back = after(
        (120, 40),
        &[
            Action::JumpTo(Panel::Clusters.index()),
            Action::PageDown,
            Action::PageUp,
        ],
    );
    assert_eq!(back.doc().selected[Panel::Clusters], 0);
    assert_eq!(
        after((120, 40), &[Action::SelectNext]).doc().selected[Panel::Counts],
        0,
        "other panels keep theirs"
    );
}

#[test]
fn detail_language_help_and_quit() {
    assert!(after((120, 40), &[Action::ToggleDetail]).source_open());
    assert_eq!(after((120, 40), &[Action::ToggleLang]).lang, Lang::Zh);
    assert_eq!(
        after((120, 40), &[Action::ToggleLang, Action::ToggleLang]).lang,
        Lang::En
    );
    let help = after((120, 40), &[Action::ToggleHelp]);
    assert!(help.help_scroll().is_some());
    assert!(
        after((120, 40), &[Action::ToggleHelp, Action::Back])
            .help_scroll()
            .is_none()
    );
    let still_zoomed = after(
        (120, 40),
        &[Action::ToggleZoom, Action::ToggleHelp, Action::Back],
    );
    assert!(
        still_zoomed.doc().zoomed && still_zoomed.help_scroll().is_none(),
        "Esc closes help before the zoom"
    );
    assert!(after((120, 40), &[Action::Quit]).quit);
}

#[test]
fn help_scrolls_within_its_length() {
    let app = after(
        (80, 24),
        &[Action::ToggleHelp, Action::SelectNext, Action::SelectNext],
    );
    assert_eq!(app.help_scroll().unwrap(), 2);
    assert_eq!(
        app.doc().selected[Panel::Growth],
        0,
        "scrolling help selects nothing"
    );
    let end = after((80, 24), &[Action::ToggleHelp, Action::SelectLast]);
    let more = after(
        (80, 24),
        &[Action::ToggleHelp, Action::SelectLast, Action::SelectNext],
    );
    assert_eq!(
        end.help_scroll().unwrap(),
        more.help_scroll().unwrap(),
        "no scrolling past the end"
    );
    assert_eq!(
        after((80, 24), &[Action::ToggleHelp, Action::SelectPrev])
            .help_scroll()
            .unwrap(),
        0
    );
}

#[test]
fn resize_is_remembered_for_the_layout() {
    let app = after(
        (120, 40),
        &[Action::Resize(80, 24), Action::Focus(Move::Down)],
    );
    assert_eq!(app.size, (80, 24));
    assert_eq!(
        app.doc().focus,
        Panel::Environment,
        "the 2×3 neighbour map applies"
    );
}

#[test]
fn clicks_focus_and_double_clicks_zoom() {
    // 120×40 with seven panels: rows of 12 from row 1 (13, 25), the last one full width.
    assert_eq!(
        after((120, 40), &[Action::Click(119, 20)]).doc().focus,
        Panel::Plan
    );
    assert_eq!(
        after((120, 40), &[Action::Click(60, 30)]).doc().focus,
        Panel::Standing
    );
    assert_eq!(
        after((120, 40), &[Action::Click(60, 0)]).doc().focus,
        Panel::Growth,
        "the header is no panel"
    );
    let zoomed = after((120, 40), &[Action::DoubleClick(60, 10)]);
    assert!(zoomed.doc().zoomed);
    assert_eq!(zoomed.doc().focus, Panel::Clusters);
    let help = after((120, 40), &[Action::ToggleHelp, Action::Click(119, 30)]);
    assert_eq!(help.doc().focus, Panel::Growth, "help covers the panels");
}

#[test]
fn in_the_column_a_click_does_not_scroll_and_a_double_click_zooms_what_was_clicked() {
    // 60×30: Growth (rows 1–13) and Clusters (rows 14–26) show.
    let clicked = after((60, 30), &[Action::Click(5, 20)]);
    assert_eq!(clicked.doc().focus, Panel::Clusters);
    assert_eq!(
        clicked.column_top, 0,
        "the clicked panel stays where it was"
    );
    let zoomed = after(
        (60, 30),
        &[Action::Click(5, 20), Action::DoubleClick(5, 20)],
    );
    assert!(zoomed.doc().zoomed);
    assert_eq!(zoomed.doc().focus, Panel::Clusters);
    let wheel = after(
        (60, 30),
        &[Action::Scroll(5, 20, 1), Action::Scroll(5, 20, 1)],
    );
    assert_eq!(
        wheel.doc().focus,
        Panel::Clusters,
        "the wheel stays on the panel under it"
    );
    assert_eq!(wheel.doc().selected[Panel::Clusters], 2);
    let down = after(
        (60, 30),
        &[Action::Focus(Move::Down), Action::Focus(Move::Down)],
    );
    assert_eq!(
        (down.doc().focus, down.column_top),
        (Panel::Environment, 1),
        "scrolls one panel to show the focus"
    );
}

#[test]
fn the_wheel_focuses_and_scrolls_the_panel_under_it() {
    let app = after(
        (120, 40),
        &[Action::Scroll(10, 20, 1), Action::Scroll(10, 20, 1)],
    );
    assert_eq!(app.doc().focus, Panel::Counts);
    assert_eq!(app.doc().selected[Panel::Counts], 2);
    assert_eq!(
        after((120, 40), &[Action::Scroll(10, 20, -1)])
            .doc()
            .selected[Panel::Counts],
        0
    );
}

#[test]
fn select_id_finds_figures_projects_and_references() {
    let mut app = app((120, 40));
    assert!(app.doc_mut().select_id("listed_companies"));
    assert_eq!(app.doc().focus, Panel::Counts);
    assert!(app.doc_mut().select_id("boe_b20"));
    assert_eq!(app.doc().focus, Panel::Clusters);
    assert!(matches!(
        app.doc().selected_item(Panel::Clusters),
        Some(Item::Project(_))
    ));
    assert!(app.doc_mut().select_id("pm25_limit_gb3095_grade2"));
    assert_eq!(
        app.doc().selected_item(Panel::Environment),
        Some(Item::Reference(ReferenceIx(0)))
    );
    assert!(!app.doc_mut().select_id("no_such_figure"));
}

#[test]
fn every_figure_is_on_some_panel() {
    let app = app((120, 40));
    let on_panels: Vec<Item> = Panel::ALL
        .iter()
        .flat_map(|p| app.doc().items(*p).to_vec())
        .collect();
    for m in 0..app.doc().data.metrics.len() {
        assert!(
            on_panels.contains(&Item::Metric(MetricIx(m))),
            "{} is on no panel",
            app.doc().data.metrics[m].id
        );
    }
    for (c, cluster) in app.doc().data.clusters.iter().enumerate() {
        for p in 0..cluster.projects.len() {
            assert!(on_panels.contains(&Item::Project(ProjectIx {
                cluster: ClusterIx(c),
                index: p
            })));
        }
    }
}

#[test]
fn enter_s_and_esc_each_close_the_source() {
    let open = [Action::Open, Action::Open];
    for close in [Action::Open, Action::ToggleDetail, Action::Back] {
        let app = after((120, 40), &[open[0], open[1], close]);
        assert!(!app.source_open(), "{close:?} closes the source");
        assert!(app.doc().zoomed, "{close:?} leaves the zoom");
    }
}

#[test]
fn one_overlay_at_a_time() {
    let app = after((120, 40), &[Action::ToggleDetail, Action::ToggleHelp]);
    assert!(app.help_scroll().is_some() && !app.source_open());
    let app = after((120, 40), &[Action::ToggleHelp, Action::ToggleDetail]);
    assert!(app.source_open() && app.help_scroll().is_none());
}

#[test]
fn digits_past_the_last_panel_do_nothing() {
    assert_eq!(
        after((120, 40), &[Action::JumpTo(8)]).doc().focus,
        Panel::ALL[0]
    );
}

#[test]
fn a_click_on_a_row_selects_its_item() {
    // 120×40: the counts panel's inner area starts at column 1, row 14; its first row is the
    // "Counts" heading, its second the largest count.
    let app = after((120, 40), &[Action::Click(10, 15)]);
    assert_eq!(app.doc().focus, Panel::Counts);
    assert_eq!(app.doc().selected[Panel::Counts], 0);
    let app = after((120, 40), &[Action::Click(10, 17)]);
    assert_eq!(
        app.doc().selected[Panel::Counts],
        2,
        "the third row, the second count"
    );
    let heading = after((120, 40), &[Action::Click(10, 17), Action::Click(10, 14)]);
    assert_eq!(
        heading.doc().selected[Panel::Counts],
        2,
        "a heading selects nothing"
    );
}

#[test]
fn the_source_scrolls_with_the_arrows_within_its_lines_and_enter_closes_it() {
    use zonedash::app::Overlay;
    let size = (40, 12);
    let opened = after(size, &[Action::ToggleDetail]);
    let max = zonedash::app::popup::source_max_scroll(&opened);
    assert!(
        max >= 2,
        "the first figure's source is taller than a 40×12 popup"
    );
    let app = after(
        size,
        &[
            Action::ToggleDetail,
            Action::ScrollText(1),
            Action::ScrollText(1),
        ],
    );
    assert_eq!(app.overlay, Overlay::Source { scroll: 2 });
    assert_eq!(
        app.doc().selected[Panel::ALL[0]],
        0,
        "scrolling selects nothing"
    );
    let mut far = after(size, &[Action::ToggleDetail]);
    for _ in 0..200 {
        update(&mut far, Action::ScrollText(1));
    }
    assert_eq!(
        far.overlay,
        Overlay::Source { scroll: max },
        "clamped in update"
    );
    let up = after(size, &[Action::ToggleDetail, Action::ScrollText(-1)]);
    assert_eq!(up.overlay, Overlay::Source { scroll: 0 });
    assert!(!after(size, &[Action::ToggleDetail, Action::Open]).source_open());
}

#[test]
fn next_in_the_source_popup_shows_the_next_items_source_from_its_top() {
    use zonedash::app::Overlay;
    let app = after(
        (40, 12),
        &[
            Action::ToggleDetail,
            Action::ScrollText(1),
            Action::SelectNext,
        ],
    );
    assert_eq!(app.doc().selected[Panel::ALL[0]], 1);
    assert_eq!(app.overlay, Overlay::Source { scroll: 0 });
}

#[test]
fn a_notice_lasts_until_the_next_key() {
    let mut app = app((120, 40));
    app.notice = Some("picture saved as zonedash-1.svg".into());
    update(&mut app, Action::Resize(100, 30));
    assert!(app.notice.is_some(), "a resize keeps it");
    update(&mut app, Action::SelectNext);
    assert_eq!(app.notice, None);
}

#[test]
fn panels_are_numbered_and_walked_as_a_report_fills_them() {
    // Chenghu gives no history but honours: six panels are shown, numbered 1 to 6.
    let path = std::path::Path::new("tests/fixtures/zones/chenghu-2024.json");
    let mut app = App::new(model::load_file(path).unwrap(), Lang::En, (80, 24));
    assert!(!app.doc().view.shown().contains(&Panel::History));
    update(&mut app, Action::JumpTo(4));
    assert_eq!(app.doc().focus, Panel::Plan, "the fifth shown");
    update(&mut app, Action::JumpTo(5));
    assert_eq!(app.doc().focus, Panel::Standing, "the sixth shown");
    update(&mut app, Action::JumpTo(6));
    assert_eq!(
        app.doc().focus,
        Panel::Standing,
        "no seventh panel: nothing moves"
    );
    update(&mut app, Action::PrevPanel);
    assert_eq!(app.doc().focus, Panel::Plan);
    update(&mut app, Action::PrevPanel);
    assert_eq!(app.doc().focus, Panel::Counts);
    update(&mut app, Action::Focus(Move::Down));
    assert_eq!(
        app.doc().focus,
        Panel::Standing,
        "below Counts, in the third row"
    );
}
