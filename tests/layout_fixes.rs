//! Layout promises of round two: nothing cut while room sits beside it, one panel counter in a
//! title, whole axis ends, the headline rates of the bundled report on its first 80×24 screen.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use zonedash::app::App;
use zonedash::lang::Lang;
use zonedash::model;
use zonedash::ui::headless::render_text;

fn bundled(size: (u16, u16), lang: Lang) -> String {
    let app = App::new(model::load_bundled().unwrap(), lang, size);
    render_text(&app, size.0, size.1)
}

fn zone(name: &str, size: (u16, u16), lang: Lang) -> String {
    let path = format!("tests/fixtures/zones/{name}.json");
    let app = App::new(
        model::load_file(std::path::Path::new(&path)).unwrap(),
        lang,
        size,
    );
    render_text(&app, size.0, size.1)
}

/// The rows of the first panel of the grid (left column, top), inside its border.
fn first_panel(screen: &str) -> Vec<String> {
    screen
        .lines()
        .skip(2)
        .take_while(|l| !l.starts_with('┗') && !l.starts_with('└'))
        .map(|l| {
            l.chars()
                .skip(1)
                .take_while(|c| !"┃│║".contains(*c))
                .collect()
        })
        .collect()
}

#[test]
fn the_four_headline_rates_are_on_the_first_80x24_screen() {
    for lang in [Lang::En, Lang::Zh] {
        let rows = first_panel(&bundled((80, 24), lang)).join("\n");
        for rate in ["▲8%*^", "▲7%*^", "▲8%*", "▲2.7%*"] {
            assert!(
                rows.contains(rate),
                "{rate} not in the growth panel:\n{rows}"
            );
        }
    }
}

#[test]
fn every_threshold_of_the_legend_is_named_at_120x40() {
    let screen = bundled((120, 40), Lang::En);
    let legend = screen.lines().find(|l| l.contains("A 35")).unwrap();
    assert!(legend.contains("B 5"), "{legend}");
}

#[test]
fn captions_and_legends_are_whole() {
    for (size, lang) in [
        ((120, 40), Lang::En),
        ((160, 50), Lang::En),
        ((120, 40), Lang::Zh),
    ] {
        let screen = bundled(size, lang);
        for marker in ["× ", "倍数", "█run", "█运营", "█running"] {
            for line in screen.lines().filter(|l| l.contains(marker)) {
                let cell: String = line
                    .split(['│', '┃', '║'])
                    .find(|part| part.contains(marker))
                    .unwrap()
                    .trim_end()
                    .into();
                assert!(!cell.ends_with('…'), "cut at {size:?}: {cell}");
            }
        }
    }
}

#[test]
fn history_bars_are_drawn_whole_or_not_at_all() {
    let screen = bundled((120, 40), Lang::En);
    for line in screen.lines().filter(|l| l.contains("×58.7")) {
        let after: String = line
            .split("×58.7")
            .nth(1)
            .unwrap()
            .chars()
            .take_while(|c| *c == ' ' || *c == '█')
            .collect();
        let bar = after.chars().filter(|c| *c == '█').count();
        assert!(bar == 0 || bar >= 2, "a bar of {bar} cell: {line}");
    }
}

#[test]
fn a_one_column_title_counts_panels_once() {
    let screen = bundled((40, 14), Lang::En);
    let title = screen.lines().nth(1).unwrap();
    let slashes = title.matches('/').count();
    assert!(slashes <= 1, "two n/N counters: {title}");
    assert!(title.contains("1 of 7"), "{title}");
    let screen = bundled((40, 14), Lang::Zh);
    assert!(screen.lines().nth(1).unwrap().contains("(共7)"));
}

#[test]
fn a_negative_end_of_the_scale_is_whole_and_only_over_bars() {
    for size in [(80, 24), (120, 40), (200, 60)] {
        let screen = zone("qinglan-2023", size, Lang::En);
        let rows = first_panel(&screen);
        let bars = rows
            .iter()
            .any(|r| r.chars().any(|c| "█▉▊▋▌▍▎▏".contains(c)));
        // Where the bars give way, so does the scale: no range is captioned over nothing.
        assert_eq!(rows[0].contains("-3.2%"), bars, "{size:?}: {}", rows[0]);
        assert!(!rows[0].contains("-3.2%0"), "{size:?}: {}", rows[0]);
        assert!(!rows[0].contains('…'), "{size:?}: {}", rows[0]);
    }
}

#[test]
fn the_approximate_sign_is_explained_where_it_is_drawn_with_a_legend() {
    // The counts panel, zoomed so the figure is on screen whatever the grid gives it.
    let mut app = App::new(model::load_bundled().unwrap(), Lang::En, (200, 60));
    app.doc_mut().focus = zonedash::view::PanelId::Counts;
    app.doc_mut().zoomed = true;
    let screen = render_text(&app, 200, 60);
    assert!(screen.contains("~1000000"));
    assert!(screen.contains("~ approximate"), "{screen}");
}

#[test]
fn the_plan_explains_its_approximate_figures() {
    let path = "tests/fixtures/zones/qinglan-2023.json";
    let mut app = App::new(
        model::load_file(std::path::Path::new(path)).unwrap(),
        Lang::En,
        (120, 40),
    );
    app.doc_mut().focus = zonedash::view::PanelId::ALL[5];
    app.doc_mut().zoomed = true;
    let screen = render_text(&app, 120, 40);
    assert!(screen.contains("~6%"), "{screen}");
    assert!(screen.contains("~ approximate"), "{screen}");
}

/// Every sign written before a value (`~`, `>`, `≥`, `<`, `≤`) and every footnote mark after
/// one is explained on the same screen, in a legend row or in the panel's bottom border when
/// that row is scrolled off: at every size, in both languages, for every fixture zone.
#[test]
fn every_sign_and_mark_drawn_is_explained_on_the_same_screen() {
    let signs = [
        ('~', "~ approximate", "~ 约数"),
        ('>', "> more than", "> 超过"),
        ('≥', "≥ at least", "≥ 不少于"),
        ('<', "< less than", "< 不足"),
        ('≤', "≤ at most", "≤ 不超过"),
    ];
    let mut zones: Vec<String> = std::fs::read_dir("tests/fixtures/zones")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    zones.sort();
    for size in [(80, 24), (120, 40), (200, 60)] {
        for lang in [Lang::En, Lang::Zh] {
            let mut screens = vec![("bundled".to_owned(), bundled(size, lang))];
            screens.extend(zones.iter().map(|z| (z.clone(), zone(z, size, lang))));
            for (name, screen) in screens {
                let lines: Vec<&str> = screen.lines().collect();
                // The panels only: not the header, nor the selected figure's lines and footer.
                let panels = lines[1..lines.len().saturating_sub(3)].join("\n");
                let chars: Vec<char> = panels.chars().collect();
                for (sign, en, zh) in signs {
                    let drawn = chars
                        .windows(2)
                        .any(|w| w[0] == sign && (w[1].is_ascii_digit() || w[1] == '×'));
                    let legend = if lang == Lang::En { en } else { zh };
                    assert!(
                        !drawn || panels.contains(legend),
                        "{name} {size:?} {lang:?}: {sign} drawn, {legend:?} not said\n{screen}"
                    );
                }
                for mark in ["*", "^"] {
                    let after_value = chars.windows(2).any(|w| {
                        (w[0].is_ascii_digit() || w[0] == '%' || w[0] == ')' || w[0] == '*')
                            && w[1].to_string() == mark
                    });
                    assert!(
                        !after_value || panels.contains(&format!("{mark} ")),
                        "{name} {size:?} {lang:?}: mark {mark} drawn, never explained\n{screen}"
                    );
                }
            }
        }
    }
}

/// The scale row's basis is written whole even when every label beside it is short (`GDP`).
#[test]
fn the_basis_on_the_scale_row_is_whole_beside_short_labels() {
    for size in [(80, 24), (120, 40), (200, 60)] {
        let rows = first_panel(&zone("wangshu-2022", size, Lang::En));
        assert!(rows[0].contains("year on year"), "{size:?}: {}", rows[0]);
        assert!(!rows[0].contains('…'), "{size:?}: {}", rows[0]);
    }
}

/// A source popup too narrow for its long title shows the short counter whole (`1–4/11`),
/// never a counter cut before its total.
#[test]
fn a_narrow_source_popup_keeps_its_counter_whole() {
    for (w, h) in [(40, 12), (45, 14), (60, 14), (100, 20)] {
        let mut app = App::new(model::load_bundled().unwrap(), Lang::En, (w, h));
        app.overlay = zonedash::app::Overlay::Source { scroll: 0 };
        let screen = render_text(&app, w, h);
        let title = screen.lines().find(|l| l.contains('╔')).unwrap();
        let whole = title.contains(" Esc closes ")
            || title
                .split_whitespace()
                .any(|word| word.contains('–') && word.contains('/'));
        assert!(whole, "{w}x{h}: {title}");
        assert!(
            !title.contains("of╗") && !title.contains("·╗"),
            "{w}x{h}: {title}"
        );
    }
}

/// Zoomed, the history pairs' labels take the room a readable bar leaves them: the longest
/// label of the bundled report is whole at 120×40, not cut at a quarter of the row.
#[test]
fn zoomed_history_labels_take_the_room_the_bars_leave() {
    let mut app = App::new(model::load_bundled().unwrap(), Lang::En, (120, 40));
    app.doc_mut().focus = zonedash::view::PanelId::ALL[4];
    app.doc_mut().zoomed = true;
    let screen = render_text(&app, 120, 40);
    assert!(
        screen.contains("Share of Beijing's industrial output "),
        "{screen}"
    );
}
