//! The invented zones written in the report format, with their report texts.
#![allow(clippy::unwrap_used, dead_code)]

use std::path::PathBuf;

/// The invented zones under `tests/fixtures/zones/`: `NAME.json` quotes `NAME.zh.txt`.
pub const ZONES: [&str; 4] = [
    "qinglan-2023",
    "wangshu-2022",
    "chenghu-2024",
    "lanjiang-2025",
];

fn path(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/zones")
        .join(file)
}

/// The dataset of invented zone `name`, loaded and validated as `--data` would.
pub fn zone(name: &str) -> zonedash::model::Dataset {
    zonedash::model::load_file(&path(&format!("{name}.json"))).unwrap()
}

/// The report text the dataset of `name` quotes.
pub fn zone_text(name: &str) -> String {
    std::fs::read_to_string(path(&format!("{name}.zh.txt"))).unwrap()
}
