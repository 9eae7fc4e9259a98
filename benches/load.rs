//! divan benchmark of load + validate of real-shaped datasets (the bundled report's figures
//! copied) at 1k, 10k and 30k figures: `cargo bench --bench load`. The figures-per-second
//! column shows whether the cost grows linearly (the same rate at every size).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use divan::Bencher;
use divan::counter::ItemsCount;
use zonedash::model;

fn main() {
    divan::main();
}

/// The bundled report's figures copied to `figures`, as JSON text.
fn real_shaped(figures: usize) -> String {
    let bundled = model::load_bundled().unwrap();
    serde_json::to_string(&zonedash::synth::replicated(&bundled, figures)).unwrap()
}

/// Parse, type-check and validate `figures` real-shaped figures from their JSON text.
#[divan::bench(args = [1_000, 10_000, 30_000], sample_count = 10)]
fn parse_validate(bencher: Bencher, figures: usize) {
    let text = real_shaped(figures);
    bencher
        .counter(ItemsCount::new(figures))
        .bench(|| model::parse("real-shaped", &text).unwrap());
}

/// Validation alone (the typed dataset already in memory).
#[divan::bench(args = [1_000, 10_000, 30_000], sample_count = 10)]
fn validate_only(bencher: Bencher, figures: usize) {
    let d = zonedash::synth::replicated(&model::load_bundled().unwrap(), figures);
    bencher
        .counter(ItemsCount::new(figures))
        .bench(|| model::validate(&d));
}
