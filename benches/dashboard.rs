//! divan benchmarks: loading, one dashboard frame, and the plain-ratatui reference frame.
//! `cargo bench --bench dashboard`; `cargo bench --bench budget` prints the ratios.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::fmt;

use common::{Reference, SIZES, big_app, big_json, buffer, bundled_app, draw_app, zoomed};
use divan::Bencher;
use zonedash::lang::Lang;
use zonedash::model;
use zonedash::view::PanelId as Panel;

fn main() {
    divan::main();
}

/// A terminal size, printed as `120x40`.
#[derive(Clone, Copy)]
struct Size(u16, u16);

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}x{}", self.0, self.1)
    }
}

const ALL_SIZES: [Size; 4] = [
    Size(SIZES[0].0, SIZES[0].1),
    Size(SIZES[1].0, SIZES[1].1),
    Size(SIZES[2].0, SIZES[2].1),
    Size(SIZES[3].0, SIZES[3].1),
];

mod load {
    use super::*;

    /// Parse and validate the bundled dataset (and work out the panels).
    #[divan::bench]
    fn bundled() -> zonedash::app::App {
        bundled_app(Lang::En, (120, 40))
    }

    /// Parse and validate the bundled dataset only.
    #[divan::bench]
    fn bundled_parse_validate() -> model::Dataset {
        model::parse("bundled", model::BUNDLED_JSON).unwrap()
    }

    /// Parse and validate 10,000 figures and 1,000 projects from JSON text.
    #[divan::bench(sample_count = 20)]
    fn synthetic_10k(bencher: Bencher) {
        let text = big_json();
        bencher.bench(|| model::parse("synthetic", &text).unwrap());
    }
}

mod frame {
    use super::*;

    fn full(bencher: Bencher, lang: Lang, size: Size, big: bool) {
        let app = if big {
            big_app(lang, (size.0, size.1))
        } else {
            bundled_app(lang, (size.0, size.1))
        };
        let mut buf = buffer((size.0, size.1));
        bencher.bench_local(|| draw_app(&app, &mut buf));
    }

    #[divan::bench(args = ALL_SIZES)]
    fn full_en(bencher: Bencher, size: Size) {
        full(bencher, Lang::En, size, false);
    }

    #[divan::bench(args = ALL_SIZES)]
    fn full_zh(bencher: Bencher, size: Size) {
        full(bencher, Lang::Zh, size, false);
    }

    #[divan::bench(args = ALL_SIZES)]
    fn full_en_10k(bencher: Bencher, size: Size) {
        full(bencher, Lang::En, size, true);
    }

    #[divan::bench(args = ALL_SIZES)]
    fn full_zh_10k(bencher: Bencher, size: Size) {
        full(bencher, Lang::Zh, size, true);
    }

    fn zoom(bencher: Bencher, lang: Lang, panel: Panel, big: bool) {
        let base = if big {
            big_app(lang, (120, 40))
        } else {
            bundled_app(lang, (120, 40))
        };
        let app = zoomed(base, panel);
        let mut buf = buffer((120, 40));
        bencher.bench_local(|| draw_app(&app, &mut buf));
    }

    const PANELS: [&str; 6] = [
        "growth",
        "clusters",
        "environment",
        "counts",
        "history",
        "plan",
    ];

    fn panel(name: &str) -> Panel {
        Panel::from_key(name).unwrap()
    }

    #[divan::bench(args = PANELS)]
    fn zoomed_en_120x40(bencher: Bencher, name: &str) {
        zoom(bencher, Lang::En, panel(name), false);
    }

    #[divan::bench(args = PANELS)]
    fn zoomed_zh_120x40(bencher: Bencher, name: &str) {
        zoom(bencher, Lang::Zh, panel(name), false);
    }

    #[divan::bench(args = PANELS)]
    fn zoomed_en_120x40_10k(bencher: Bencher, name: &str) {
        zoom(bencher, Lang::En, panel(name), true);
    }
}

mod reference {
    use super::*;

    /// The plain ratatui 4-panel frame every dashboard frame is compared with.
    #[divan::bench(args = ALL_SIZES)]
    fn four_panels(bencher: Bencher, size: Size) {
        let reference = Reference::new();
        let mut buf = buffer((size.0, size.1));
        bencher.bench_local(|| reference.draw(&mut buf));
    }
}
