//! Tests of where things go on screen.

use super::*;
use crate::grid::{even_parts, weighted_parts};

/// Six panels, as a report without honours or claims fills them.
const SIX: &[Panel] = &[
    Panel::Growth,
    Panel::Clusters,
    Panel::Environment,
    Panel::Counts,
    Panel::History,
    Panel::Plan,
];

/// Six panels filled: where things are with focus on `focus`.
fn all(size: (u16, u16), focus: Panel, zoomed: bool, first: usize) -> At<'static> {
    At {
        size,
        focus,
        zoomed,
        first,
        shown: SIX,
    }
}

#[test]
fn even_parts_split_as_ratatuis_layout_does() {
    // Every width and height a terminal is drawn at (up to `tui::MAX_DRAWN`).
    for length in 0..=1000u16 {
        for parts in 1..=6usize {
            let area = Rect::new(3, 0, length, 1);
            let solver: Vec<(u16, u16)> = area
                .layout_vec(&Layout::horizontal(vec![Constraint::Fill(1); parts]))
                .iter()
                .map(|r| (r.x, r.width))
                .collect();
            let ours: Vec<(u16, u16)> = even_parts(3, length, parts).collect();
            assert_eq!(ours, solver, "{length} cells in {parts} parts");
        }
    }
}

#[test]
fn even_weights_split_as_even_parts_do() {
    for length in 0..=300u16 {
        for parts in 1..=6usize {
            let even: Vec<(u16, u16)> = even_parts(5, length, parts).collect();
            assert_eq!(
                weighted_parts(5, length, &vec![2; parts]),
                even,
                "{length} in {parts}"
            );
        }
    }
}

#[test]
fn four_rows_give_the_first_more_room_at_80x24() {
    let body = screen(Rect::new(0, 0, 80, 24)).body;
    let placed = Arrangement::of(Grid::Medium, Panel::ALL).place(body);
    let height = |panel| {
        placed
            .iter()
            .find(|(p, _)| *p == panel)
            .map(|(_, r)| r.height)
    };
    assert_eq!(
        height(Panel::Growth),
        Some(7),
        "five rows inside: the scale and four rates"
    );
    assert!(height(Panel::Standing) >= Some(4));
}

#[test]
fn the_screen_splits_as_ratatuis_layout_does() {
    for height in 0..=500u16 {
        let area = Rect::new(2, 1, 90, height);
        let detail_rows = if height >= 24 { 2 } else { 1 };
        assert_eq!(
            screen(area),
            solved_screen(area, detail_rows),
            "height {height}"
        );
    }
}

#[test]
fn grid_follows_the_terminal_size() {
    assert_eq!(Grid::for_size(120, 36), Grid::Wide);
    assert_eq!(Grid::for_size(200, 60), Grid::Wide);
    assert_eq!(Grid::for_size(119, 40), Grid::Medium);
    assert_eq!(Grid::for_size(80, 24), Grid::Medium);
    assert_eq!(Grid::for_size(79, 40), Grid::Column);
    assert_eq!(Grid::for_size(100, 20), Grid::Column);
}

#[test]
fn every_count_of_panels_tiles_the_body_with_no_empty_cell() {
    for count in 1..=Panel::ALL.len() {
        let shown = &Panel::ALL[..count];
        for (w, h) in [(120, 40), (80, 24), (200, 60)] {
            let grid = Grid::for_size(w, h);
            let arrangement = Arrangement::of(grid, shown);
            assert!(arrangement.rows.iter().all(|row| !row.is_empty()));
            let in_rows: Vec<Panel> = arrangement.rows.concat();
            assert_eq!(in_rows, shown, "{count} panels at {w}×{h} in reading order");
            let body = screen(Rect::new(0, 0, w, h)).body;
            let placed = panels(grid, body, 0, shown);
            assert_eq!(
                placed,
                arrangement.place(body),
                "the grid places the arrangement"
            );
            assert_eq!(placed.len(), count, "{w}×{h}");
            let area: u32 = placed
                .iter()
                .map(|(_, r)| u32::from(r.width) * u32::from(r.height))
                .sum();
            assert_eq!(
                area,
                u32::from(body.width) * u32::from(body.height),
                "{count} panels at {w}×{h} cover the body"
            );
        }
    }
}

#[test]
fn seven_panels_take_three_rows_wide_and_four_medium() {
    let rows = |grid| {
        Arrangement::of(grid, Panel::ALL)
            .rows
            .iter()
            .map(Vec::len)
            .collect::<Vec<_>>()
    };
    assert_eq!(Panel::ALL.len(), 7);
    assert_eq!(rows(Grid::Wide), [3, 3, 1]);
    assert_eq!(rows(Grid::Medium), [2, 2, 2, 1]);
}

#[test]
fn panels_a_report_leaves_empty_give_their_room_to_the_others() {
    let body = screen(Rect::new(0, 0, 120, 40)).body;
    let five = [
        Panel::Growth,
        Panel::Clusters,
        Panel::Environment,
        Panel::Counts,
        Panel::Plan,
    ];
    let placed = panels(Grid::Wide, body, 0, &five);
    let widths: Vec<u16> = placed.iter().map(|(_, r)| r.width).collect();
    assert_eq!(
        widths,
        [40, 40, 40, 60, 60],
        "the last row shares the width"
    );
    let area: u32 = placed
        .iter()
        .map(|(_, r)| u32::from(r.width) * u32::from(r.height))
        .sum();
    assert_eq!(area, u32::from(body.width) * u32::from(body.height));
    assert_eq!(grid_shape(Grid::Wide, 4), (2, 2), "four take two by two");
    assert_eq!(grid_shape(Grid::Medium, 3), (2, 2));
    assert_eq!(grid_shape(Grid::Wide, 1), (1, 1));
}

#[test]
fn the_column_shows_from_its_first_panel() {
    let body = screen(Rect::new(0, 0, 60, 30)).body;
    let shown: Vec<Panel> = panels(
        Grid::Column,
        body,
        column_first((60, 30), Panel::Plan, 0, SIX),
        SIX,
    )
    .into_iter()
    .map(|(p, _)| p)
    .collect();
    assert_eq!(shown, [Panel::History, Panel::Plan]);
    let shown: Vec<Panel> = panels(Grid::Column, body, 9, SIX)
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    assert_eq!(
        shown,
        [Panel::History, Panel::Plan],
        "past the end is clamped"
    );
}

#[test]
fn the_column_scrolls_as_little_as_it_can() {
    // 60×30: two panels of 13 rows show at a time.
    assert_eq!(
        column_first((60, 30), Panel::Clusters, 0, SIX),
        0,
        "shown already: no scroll"
    );
    assert_eq!(
        column_first((60, 30), Panel::Environment, 0, SIX),
        1,
        "one down"
    );
    assert_eq!(
        column_first((60, 30), Panel::Growth, 3, SIX),
        0,
        "back up to it"
    );
    assert_eq!(column_first((60, 30), Panel::Plan, 0, SIX), 4);
    assert_eq!(
        column_first((120, 40), Panel::Plan, 0, SIX),
        0,
        "the grid shows all six"
    );
}

#[test]
fn clicks_find_their_panel() {
    assert_eq!(
        panel_at(all((120, 40), Panel::Growth, false, 0), 1, 2),
        Some(Panel::Growth)
    );
    assert_eq!(
        panel_at(all((120, 40), Panel::Growth, false, 0), 119, 30),
        Some(Panel::Plan)
    );
    assert_eq!(
        panel_at(all((120, 40), Panel::Counts, true, 0), 60, 20),
        Some(Panel::Counts)
    );
    assert_eq!(
        panel_at(all((120, 40), Panel::Growth, false, 0), 60, 0),
        None,
        "the header"
    );
    assert_eq!(
        panel_at(all((30, 10), Panel::Growth, false, 0), 1, 2),
        None,
        "too small"
    );
    assert_eq!(
        panel_at(all((60, 30), Panel::Clusters, false, 0), 5, 20),
        Some(Panel::Clusters)
    );
    assert_eq!(
        panel_at(all((60, 30), Panel::Clusters, false, 1), 5, 20),
        Some(Panel::Environment)
    );
}

#[test]
fn a_page_is_what_the_focused_panel_shows() {
    // 120×40: rows of 18, 16 inside the borders, 15 a page; zoomed, half of the 34 inside.
    assert_eq!(page_rows(all((120, 40), Panel::Counts, false, 0)), 15);
    assert_eq!(page_rows(all((120, 40), Panel::Counts, true, 0)), 16);
    assert_eq!(
        page_rows(all((30, 10), Panel::Counts, false, 0)),
        1,
        "too small still moves"
    );
}
