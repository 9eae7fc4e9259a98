//! Random valid datasets — CJK, emoji, combining marks, joiners, right-to-left text, very long
//! labels, values of 0, negative, 1e15 and 1e-9, empty clusters, a thousand projects — at any
//! size up to 400×200 after any actions: no panic, no line wider than asked, nothing unsafe out.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use zonedash::app::{Action, App, Move, update};
use zonedash::lang::Lang;
use zonedash::model::{self, Dataset, UnitKind, format_value};
use zonedash::ui::headless::render_text;
use zonedash::ui::text::width;

/// Pieces of text that are valid in a dataset but hard to lay out.
const PIECES: &[&str] = &[
    "亦庄",
    "经济技术开发区",
    "👩\u{200d}💻",
    "🇨🇳",
    "e\u{301}",
    "\u{301}",
    "مرحبا بالعالم",
    "שלום",
    "ﾊﾞ",
    "Ａ",
    "a",
    " x ",
    "GDP growth",
    "∑×÷",
    "\u{200b}",
    "中文English混排",
];

fn text() -> impl Strategy<Value = String> {
    let long = "很长的标签".repeat(80);
    let pieces: Vec<String> = PIECES
        .iter()
        .map(|p| (*p).to_owned())
        .chain(std::iter::once(long))
        .collect();
    proptest::collection::vec(proptest::sample::select(pieces), 1..6)
        .prop_map(|parts| parts.concat())
        .prop_filter("a label needs a visible character", |t| {
            !t.trim().is_empty()
        })
}

const VALUES: &[f64] = &[0.0, -0.0, -1.0, -8.6, 1e15, 1e-9, 3.5, 100.0, 52.0];

/// A synthetic dataset with every label replaced by `texts` and values taken from `values`,
/// each kept valid for its unit, its quote rewritten to hold it.
fn hostile(figures: usize, projects: usize, texts: &[String], values: &[f64]) -> Dataset {
    let mut d = zonedash::synth::synthetic(figures, projects);
    let mut next_text = texts.iter().cycle();
    let mut next = || next_text.next().cloned().unwrap_or_else(|| "x".into());
    let kinds: std::collections::HashMap<String, UnitKind> =
        d.units.iter().map(|u| (u.id.clone(), u.kind)).collect();
    for (i, m) in d.metrics.iter_mut().enumerate() {
        m.label_zh = next();
        m.label_en = next();
        m.short_zh = Some(next());
        m.short_en = None;
        let raw = values[i % values.len()];
        let v = match kinds.get(&m.unit) {
            Some(UnitKind::Count) => raw.abs().round(),
            Some(UnitKind::Percent) if m.basis == model::Basis::Share => raw.abs().min(100.0),
            Some(UnitKind::Percent) => raw,
            _ => raw.abs(),
        };
        m.value = v;
        m.qualifiers.clear();
        let fall = if v < 0.0 { "下降" } else { "" };
        m.source.quote = format!("{fall}{}", format_value(v.abs()));
    }
    for c in &mut d.clusters {
        c.label_zh = next();
        c.label_en = next();
        for p in &mut c.projects {
            p.name_en = next();
        }
    }
    for s in &mut d.sections {
        s.title_en = next();
    }
    d
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        prop_oneof![
            Just(Move::Left),
            Just(Move::Right),
            Just(Move::Up),
            Just(Move::Down)
        ]
        .prop_map(Action::Focus),
        Just(Action::NextPanel),
        Just(Action::ToggleZoom),
        Just(Action::SelectNext),
        Just(Action::PageDown),
        Just(Action::SelectLast),
        Just(Action::ToggleDetail),
        Just(Action::ToggleLang),
        Just(Action::ToggleHelp),
        Just(Action::Back),
        (0usize..10).prop_map(Action::JumpTo),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    #[test]
    fn hostile_but_valid_data_renders_cleanly(
        figures in 0usize..80,
        projects in prop_oneof![0usize..12, Just(1000usize)],
        texts in proptest::collection::vec(text(), 1..12),
        values in proptest::collection::vec(proptest::sample::select(VALUES.to_vec()), 1..6),
        size in (0u16..=400, 0u16..=200),
        actions in proptest::collection::vec(action(), 0..30),
        zh in any::<bool>(),
    ) {
        let d = hostile(figures, projects, &texts, &values);
        let problems = model::validate(&d);
        prop_assert!(problems.is_empty(), "the generator made an invalid dataset: {problems:?}");
        let lang = if zh { Lang::Zh } else { Lang::En };
        let mut app = App::new(d, lang, size);
        for action in actions {
            update(&mut app, action);
        }
        let text = render_text(&app, size.0, size.1);
        prop_assert_eq!(text.lines().count(), usize::from(size.1));
        for line in text.lines() {
            prop_assert!(width(line) <= usize::from(size.0), "line wider than {}: {:?}", size.0, line);
            prop_assert!(!line.chars().any(zonedash::sanitize::is_unsafe), "unsafe character in {line:?}");
        }
    }
}
