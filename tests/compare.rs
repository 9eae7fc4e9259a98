//! Comparing one indicator across reports: one unit, bases and targets never mixed, hedges kept,
//! and the same rows on screen, in `render --compare` and in `export --compare`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use zonedash::model::{self, Basis, Dataset, Metric, Qualifier};
use zonedash::view::compare::compare;

/// The bundled report under another zone's name.
fn renamed(short: &str) -> Dataset {
    let mut d = model::load_bundled().unwrap();
    d.zone.short_zh = short.into();
    d.zone.short_en = short.into();
    d
}

fn metric_mut<'a>(d: &'a mut Dataset, id: &str) -> &'a mut Metric {
    d.metrics.iter_mut().find(|m| m.id == id).unwrap()
}

#[test]
fn values_are_shown_in_the_unit_most_figures_are_written_in() {
    let a = model::load_bundled().unwrap();
    let mut b = renamed("B");
    // B writes its GDP in 万亿元: 0.29 万亿元 is 2900 亿元.
    let mut trillion = b.units.iter().find(|u| u.id == "yi_yuan").unwrap().clone();
    trillion.id = "wanyi_yuan".into();
    trillion.zh = "万亿元".into();
    trillion.en = "trillion yuan".into();
    b.units.push(trillion);
    let now = metric_mut(&mut b, "history_gdp_now");
    now.unit = "wanyi_yuan".into();
    now.value = 0.29;
    let c = compare(&[(&a, "A"), (&b, "B")], "gdp").unwrap();
    assert_eq!(c.unit_zh, "亿元");
    let values: Vec<f64> = c.rows().map(|r| (r.value * 1e6).round() / 1e6).collect();
    assert!(values.contains(&2900.0), "{values:?}");
    assert!(values.contains(&2800.0), "{values:?}");
    assert_eq!(c.len(), 4, "two GDP figures in each report");
}

#[test]
fn bases_and_targets_are_never_one_group() {
    let a = model::load_bundled().unwrap();
    let mut b = renamed("B");
    let growth = metric_mut(&mut b, "gdp_growth").clone();
    let mut average = growth.clone();
    average.id = "gdp_growth_average".into();
    average.basis = Basis::AverageAnnual;
    let mut target = growth;
    target.id = "gdp_growth_target".into();
    target.qualifiers = vec![Qualifier::Approximate, Qualifier::Planned];
    b.metrics.push(average);
    b.metrics.push(target);
    let c = compare(&[(&a, "A"), (&b, "B")], "gdp_growth").unwrap();
    let groups: Vec<(Basis, bool, usize)> = c
        .groups
        .iter()
        .map(|g| (g.basis, g.planned, g.rows.len()))
        .collect();
    assert_eq!(
        groups,
        [
            (Basis::YearOnYear, false, 2),
            (Basis::AverageAnnual, false, 1),
            (Basis::YearOnYear, true, 1)
        ]
    );
    // The largest of a group fills its bar; the others are in proportion.
    for group in &c.groups {
        let largest = group.rows.iter().map(|r| r.bar).fold(0.0, f64::max);
        assert_eq!(largest, 1.0);
    }
}

#[test]
fn an_indicator_the_catalogue_lacks_is_none_and_one_no_report_has_is_empty() {
    let a = model::load_bundled().unwrap();
    assert!(compare(&[(&a, "A")], "no_such_indicator").is_none());
    let retail = compare(&[(&a, "A")], "retail_sales").unwrap();
    assert!(retail.is_empty());
}

fn zonedash(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_zonedash"))
        .args(args)
        .env("LANG", "C")
        .env("XDG_CONFIG_HOME", "/nonexistent/zonedash-tests")
        .output()
        .unwrap()
}

#[test]
fn export_compare_writes_a_row_per_report_and_period_with_the_common_unit_column() {
    let out = zonedash(&[
        "export",
        "--compare",
        "gdp_growth",
        "tests/fixtures/many",
        "assets/datasets/bda-2022.json",
    ]);
    assert!(out.status.success(), "{out:?}");
    let csv = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "file,zone,zone_en,period,year,value,unit,value_in_%,basis,hedges,draft,figure,quote"
    );
    assert_eq!(lines.len(), 4, "{csv}");
    assert!(csv.contains(
        "lanhu-2023.json,蓝湖开发区,Lanhu,2023年,2023,7.2,%,7.2,year_on_year,expected,false"
    ));
    assert!(
        csv.contains("expected;excluding vaccines"),
        "hedges kept: {csv}"
    );
}

#[test]
fn export_compare_refuses_an_unknown_indicator_and_plain_export_refuses_two_reports() {
    let out = zonedash(&["export", "--compare", "gpd", "tests/fixtures/many"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("no standard indicator has the id \"gpd\""),
        "{stderr}"
    );
    let out = zonedash(&["export", "tests/fixtures/many"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("one report at a time (2 files given)"),
        "{stderr}"
    );
}

#[test]
fn render_compare_draws_every_report_and_the_unit() {
    let out = zonedash(&[
        "render",
        "--size",
        "100x20",
        "--lang",
        "en",
        "--compare",
        "gdp_growth",
        "tests/fixtures/many",
        "assets/datasets/bda-2022.json",
    ]);
    assert!(out.status.success(), "{out:?}");
    let screen = String::from_utf8(out.stdout).unwrap();
    assert!(
        screen.contains("Compare: GDP growth · in % · 3 reports"),
        "{screen}"
    );
    assert!(screen.contains("year on year (3)"), "{screen}");
    for row in [
        "BDA (Yizhuang)  2022    ▲8%",
        "Lanhu           2022  ▲6.5%",
        "Lanhu           2023  ▲7.2%",
    ] {
        assert!(screen.contains(row), "{row} in\n{screen}");
    }
}

#[test]
fn render_search_finds_labels_quotes_and_zones_in_every_report() {
    let out = zonedash(&[
        "render",
        "--size",
        "120x20",
        "--lang",
        "en",
        "--search",
        "pm2.5",
        "tests/fixtures/many",
        "assets/datasets/bda-2022.json",
    ]);
    assert!(out.status.success(), "{out:?}");
    let screen = String::from_utf8(out.stdout).unwrap();
    assert!(screen.contains("/ pm2.5▏"), "{screen}");
    assert!(screen.contains("matches in 3 reports"), "{screen}");
    assert!(screen.contains("▸ Lanhu"), "{screen}");
}
