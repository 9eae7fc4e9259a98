//! The performance budget as ratios measured in one run: each dashboard frame against the plain
//! ratatui reference frame, timed in interleaved rounds so machine noise hits both alike.
//! `cargo bench --bench budget`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::hint::black_box;
use std::time::{Duration, Instant};

use common::{Reference, SIZES, big_app, big_json, buffer, bundled_app, draw_app, zoomed};
use ratatui::buffer::Buffer;
use zonedash::app::App;
use zonedash::lang::Lang;
use zonedash::model;
use zonedash::view::PanelId as Panel;

/// Rounds per comparison; each round times a batch of both frames.
const ROUNDS: usize = 31;

/// Median time of one call of `f`, over `ROUNDS` batches sized to about 2 ms.
fn median(mut f: impl FnMut()) -> Duration {
    let start = Instant::now();
    f();
    let once = start.elapsed().max(Duration::from_nanos(50));
    let batch = (Duration::from_millis(2).as_nanos() / once.as_nanos()).clamp(1, 100_000) as u32;
    let mut times: Vec<Duration> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..batch {
                f();
            }
            start.elapsed() / batch
        })
        .collect();
    times.sort();
    times[ROUNDS / 2]
}

/// Median of `a` and of `b`, timed in alternating rounds.
fn paired(mut a: impl FnMut(), mut b: impl FnMut()) -> (Duration, Duration) {
    let (mut ta, mut tb) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        ta.push(median(&mut a));
        tb.push(median(&mut b));
    }
    ta.sort();
    tb.sort();
    (ta[2], tb[2])
}

fn frame(app: &App, buf: &mut Buffer) {
    draw_app(black_box(app), buf);
}

fn heading(what: &str, ours: &str, theirs: &str) {
    println!("{what:<34} {ours:>11} {theirs:>11} {:>7}  budget", "ratio");
}

/// Times drawing with `ours` against drawing with `theirs` at `size`, and prints the ratio
/// against the ≤ 1.2 budget.
fn against(
    label: &str,
    size: (u16, u16),
    mut ours: impl FnMut(&mut Buffer),
    mut theirs: impl FnMut(&mut Buffer),
) {
    let (mut a, mut b) = (buffer(size), buffer(size));
    let (ours, theirs) = paired(|| ours(black_box(&mut a)), || theirs(black_box(&mut b)));
    let ratio = ours.as_secs_f64() / theirs.as_secs_f64();
    println!(
        "{label:<34} {ours:>11.1?} {theirs:>11.1?} {ratio:>7.2}  ≤1.2 {}",
        verdict(ratio <= 1.2)
    );
}

fn verdict(ok: bool) -> &'static str {
    if ok { "ok" } else { "OVER" }
}

fn main() {
    let reference = Reference::new();
    heading("frame", "zonedash", "reference");
    for lang in [Lang::Zh, Lang::En] {
        for size in SIZES {
            let app = bundled_app(lang, size);
            let label = format!("full {lang:?} {}x{}", size.0, size.1);
            against(
                &label,
                size,
                |buf| frame(&app, buf),
                |buf| reference.draw(buf),
            );
        }
        for panel in Panel::ALL {
            let app = zoomed(bundled_app(lang, (120, 40)), *panel);
            let label = format!("zoom {lang:?} {panel:?} 120x40");
            against(
                &label,
                (120, 40),
                |buf| frame(&app, buf),
                |buf| reference.draw(buf),
            );
        }
    }
    println!();
    heading("10,000 figures vs bundled", "10k", "bundled");
    for size in SIZES {
        let (big, small) = (big_app(Lang::En, size), bundled_app(Lang::En, size));
        let label = format!("full En {}x{}", size.0, size.1);
        against(
            &label,
            size,
            |buf| frame(&big, buf),
            |buf| frame(&small, buf),
        );
    }
    for panel in Panel::ALL {
        let big = zoomed(big_app(Lang::En, (120, 40)), *panel);
        let small = zoomed(bundled_app(Lang::En, (120, 40)), *panel);
        against(
            &format!("zoom En {panel:?} 120x40"),
            (120, 40),
            |buf| frame(&big, buf),
            |buf| frame(&small, buf),
        );
    }
    println!();
    heading("10,000 vs 1,000 synthetic figures", "10k", "1k");
    for size in SIZES {
        let (big, small) = (
            big_app(Lang::En, size),
            common::small_synthetic_app(Lang::En, size),
        );
        let label = format!("full En {}x{}", size.0, size.1);
        against(
            &label,
            size,
            |buf| frame(&big, buf),
            |buf| frame(&small, buf),
        );
    }
    println!();
    let bundled = median(|| {
        black_box(bundled_app(Lang::En, (120, 40)));
    });
    println!(
        "{:<34} {:>11.1?} {:>31}",
        "load+validate bundled",
        bundled,
        format!("≤1 ms {}", verdict(bundled <= Duration::from_millis(1)))
    );
    let text = big_json();
    let big = median(|| {
        black_box(model::parse("synthetic", black_box(&text)).unwrap());
    });
    println!(
        "{:<34} {:>11.1?} {:>31}",
        format!("load+validate 10k ({} KB)", text.len() / 1024),
        big,
        format!("≤30 ms {}", verdict(big <= Duration::from_millis(30)))
    );
}
