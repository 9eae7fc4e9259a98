//! divan benchmarks of `zonedash draft`: the seed report (35 KB, target under 20 ms) and a
//! 1 MB report text (target under 500 ms). `cargo bench --bench draft`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use divan::Bencher;
use zonedash::draft::draft_text;

fn main() {
    divan::main();
}

const SEED: &str = include_str!("../tests/fixtures/source/bda-2022-work-report.zh.txt");

/// About 1 MB of report text: the seed thirty times over, each copy with its digits shifted so
/// that its figures differ from the others' (nothing is dropped as a repeat).
fn megabyte() -> String {
    (0..30u32)
        .map(|k| {
            SEED.chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) => char::from_digit((d + k) % 10, 10).unwrap_or(c),
                    None => c,
                })
                .collect::<String>()
        })
        .collect()
}

/// The seed report, decoded text to checked dataset.
#[divan::bench]
fn seed_35kb(bencher: Bencher) {
    bencher.bench(|| draft_text(divan::black_box(SEED), "seed.txt", "UTF-8"));
}

/// A 1 MB report text.
#[divan::bench(sample_count = 10)]
fn text_1mb(bencher: Bencher) {
    let text = megabyte();
    assert!(text.len() > 1_000_000);
    bencher.bench(|| draft_text(divan::black_box(&text), "big.txt", "UTF-8"));
}
