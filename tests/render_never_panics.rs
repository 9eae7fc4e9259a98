//! Any terminal size up to 300×100 and any run of up to 50 actions renders, without panic,
//! lines no wider than the terminal.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use zonedash::app::{Action, App, Move, update};
use zonedash::lang::Lang;
use zonedash::model;
use zonedash::ui::headless::render_text;
use zonedash::ui::text::width;
use zonedash::view::PanelId as Panel;

fn action() -> impl Strategy<Value = Action> {
    let panel = proptest::sample::select(Panel::ALL.to_vec());
    let direction = prop_oneof![
        Just(Move::Left),
        Just(Move::Right),
        Just(Move::Up),
        Just(Move::Down)
    ];
    prop_oneof![
        direction.prop_map(Action::Focus),
        Just(Action::NextPanel),
        Just(Action::PrevPanel),
        panel.prop_map(|p| Action::JumpTo(p.index())),
        Just(Action::ToggleZoom),
        Just(Action::Open),
        Just(Action::SelectNext),
        Just(Action::SelectPrev),
        Just(Action::PageDown),
        Just(Action::PageUp),
        Just(Action::SelectFirst),
        Just(Action::SelectLast),
        Just(Action::ToggleDetail),
        Just(Action::ToggleLang),
        Just(Action::ToggleHelp),
        Just(Action::Back),
        (0u16..=300, 0u16..=100).prop_map(|(w, h)| Action::Resize(w, h)),
        (0u16..=300, 0u16..=100).prop_map(|(x, y)| Action::Click(x, y)),
        (0u16..=300, 0u16..=100).prop_map(|(x, y)| Action::DoubleClick(x, y)),
        (0u16..=300, 0u16..=100, -3i8..=3).prop_map(|(x, y, d)| Action::Scroll(x, y, d)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_size_and_any_actions_render(
        size in (0u16..=300, 0u16..=100),
        actions in proptest::collection::vec(action(), 0..=50),
        zh in any::<bool>(),
    ) {
        let lang = if zh { Lang::Zh } else { Lang::En };
        let mut app = App::new(model::load_bundled().unwrap(), lang, size);
        for action in actions {
            update(&mut app, action);
        }
        // Render at the size the app last heard of, and at the original size too: a resize
        // event may come after the draw that used the old size.
        for (w, h) in [app.size, size] {
            let text = render_text(&app, w, h);
            prop_assert_eq!(text.lines().count(), usize::from(h));
            for line in text.lines() {
                prop_assert!(width(line) <= usize::from(w), "line wider than {}: {:?}", w, line);
            }
        }
    }
}
