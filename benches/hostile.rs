//! The three quadratic paths of the first release, measured on files near the 16 MiB limit:
//! 100,000 numbered sections (validate), 40,000 units × 48,000 figures (export), 304,000 panel
//! titles (validate). Each must take well under a second; the first release took 180 s, 18 s
//! and 3 s. `cargo bench --bench hostile`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/common/hostile.rs"]
mod hostile;

use divan::Bencher;
use zonedash::export::{Format, Table};
use zonedash::model;

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 5)]
fn validate_100k_sections(bencher: Bencher) {
    let text = hostile::sections_with_parent(100_000);
    bencher.bench(|| model::parse("sections.json", divan::black_box(&text)).is_ok());
}

#[divan::bench(sample_count = 5)]
fn validate_304k_panel_titles(bencher: Bencher) {
    let text = hostile::panel_titles(304_000);
    bencher.bench(|| model::parse("titles.json", divan::black_box(&text)).is_err());
}

#[divan::bench(sample_count = 5)]
fn export_40k_units_48k_figures(bencher: Bencher) {
    let dataset = model::parse("units.json", &hostile::units_and_figures(40_000, 48_000)).unwrap();
    bencher.bench(|| {
        let mut out = Vec::with_capacity(64 << 20);
        zonedash::export::write(&dataset, Table::Figures, Format::Json, &mut out).unwrap();
        out.len()
    });
}

#[divan::bench(sample_count = 5)]
fn validate_16_mib_of_zeros_as_figures(bencher: Bencher) {
    let text = hostile::zeros_in("metrics");
    bencher.bench(|| model::parse("zeros.json", divan::black_box(&text)).is_err());
}
