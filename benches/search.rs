//! divan benchmark of search over many open reports: `cargo bench --bench search`. A thousand
//! zones' reports (the bundled report under a thousand names, 52,000 figures in all) are open;
//! each keystroke of a query searches them all again. Target: ≤ 8 ms a keystroke.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use divan::Bencher;
use zonedash::app::{Action, App, Doc, update};
use zonedash::lang::Lang;
use zonedash::model;

fn main() {
    divan::main();
}

/// The dashboard with `reports` copies of the bundled report open, each its own zone.
fn many(reports: usize) -> App {
    let bundled = model::load_bundled().unwrap();
    let doc = |n: usize| {
        let mut d = bundled.clone();
        d.zone.short_en = format!("Synthetic zone {n:04}");
        d.zone.short_zh = format!("合成园区 {n:04}");
        Doc::opened(d, format!("zone-{n:04}.json"), false)
    };
    let mut app = App::with_doc(doc(0), Lang::En, (120, 40));
    app.docs.extend((1..reports).map(doc));
    app
}

/// One search over every report: a short query (many matches), a word, a Chinese phrase, a
/// zone name and one that matches nothing.
#[divan::bench(args = ["g", "gdp", "地区生产总值", "zone 0999", "no such words"], sample_count = 20)]
fn query_over_1000_reports(bencher: Bencher, query: &str) {
    let app = many(1000);
    let figures: usize = app.docs.iter().map(|d| d.data.metrics.len()).sum();
    assert!(figures >= 50_000, "{figures} figures");
    bencher.bench(|| app.search(query));
}

/// A keystroke as the dashboard applies it: the query grows by one letter and every report is
/// searched again (here the last letter of `pm2.5`).
#[divan::bench(sample_count = 20)]
fn keystroke_over_1000_reports(bencher: Bencher) {
    let mut app = many(1000);
    update(&mut app, Action::OpenSearch);
    for c in "pm2.".chars() {
        update(&mut app, Action::Type(c));
    }
    bencher.bench_local(|| {
        update(&mut app, Action::Type('5'));
        update(&mut app, Action::Erase);
    });
}
