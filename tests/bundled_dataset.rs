//! The bundled 2022 dataset: valid, unique ids, exact values, every quote verbatim in the report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use zonedash::model::{self, Dataset, Qualifier, Status};

fn bundled() -> Dataset {
    model::load_bundled().unwrap_or_else(|e| panic!("bundled dataset invalid:\n{e}"))
}

fn value(d: &Dataset, id: &str) -> f64 {
    d.metrics
        .iter()
        .find(|m| m.id == id)
        .unwrap_or_else(|| panic!("no figure {id}"))
        .value
}

/// The copy of the report kept with the tests, so the quote check runs on any clone.
const VENDORED: &str = "tests/fixtures/source/bda-2022-work-report.zh.txt";

/// The shared ground truth beside the repository, where the workspace has it.
const SHARED: &str = "../shared/sources/bda-2022-work-report.zh.txt";

/// The report text: `ZONEDASH_SOURCE_TEXT` if set, else the shared copy, else the vendored one.
fn report_text() -> Option<String> {
    let path = std::env::var_os("ZONEDASH_SOURCE_TEXT")
        .map(PathBuf::from)
        .or_else(|| {
            [SHARED, VENDORED]
                .into_iter()
                .map(PathBuf::from)
                .find(|p| p.exists())
        });
    match path.as_ref().map(std::fs::read_to_string) {
        Some(Ok(text)) => Some(text),
        Some(Err(error)) => panic!(
            "cannot read the report text {}: {error}",
            path.unwrap_or_default().display()
        ),
        None => {
            eprintln!("SKIPPED: no report text; set ZONEDASH_SOURCE_TEXT");
            None
        }
    }
}

#[test]
fn the_vendored_report_is_the_shared_one() {
    let Ok(shared) = std::fs::read(SHARED) else {
        eprintln!("SKIPPED: {SHARED} is not beside this clone");
        return;
    };
    assert!(
        std::fs::read(VENDORED).unwrap() == shared,
        "{VENDORED} differs from {SHARED}: copy it again"
    );
}

#[test]
fn bundled_dataset_validates() {
    let d = bundled();
    assert!(d.metrics.len() >= 50, "only {} figures", d.metrics.len());
}

#[test]
fn ids_are_unique_across_figures_projects_and_references() {
    let d = bundled();
    let mut seen = HashSet::new();
    let ids = d
        .metrics
        .iter()
        .map(|m| &m.id)
        .chain(d.references.iter().map(|r| &r.id))
        .chain(
            d.clusters
                .iter()
                .flat_map(|c| c.projects.iter().map(|p| &p.id)),
        );
    for id in ids {
        assert!(seen.insert(id.clone()), "duplicate id {id}");
    }
}

#[test]
fn every_quote_and_heading_is_verbatim_in_its_section_of_the_report() {
    let Some(report) = report_text() else { return };
    let d = bundled();
    let problems = model::check_against_source(&d, &report);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_source_check_catches_a_quote_that_is_not_verbatim() {
    let Some(report) = report_text() else { return };
    let mut d = bundled();
    d.metrics[0].source.quote = d.metrics[0].source.quote.replace('8', "9");
    d.clusters[1].projects[0].source.section = "review_6".into();
    let problems = model::check_against_source(&d, &report);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems[0].1.contains("not verbatim"), "{problems:#?}");
    assert!(
        problems[1].1.contains("not in section \"review_6\""),
        "{problems:#?}"
    );
}

#[test]
fn headline_values_are_exact() {
    let d = bundled();
    let expected = [
        ("gdp_growth", 8.0),
        ("industrial_output_growth", 7.0),
        ("fixed_asset_investment_growth", 8.0),
        ("local_revenue_growth", 2.7),
        ("local_revenue_growth_like_for_like", 9.4),
        ("output_monthly_growth", 5.1),
        ("projects_landed", 52.0),
        ("output_at_full_production", 851.0),
        ("listed_companies", 47.0),
        ("history_area_start", 3.83),
        ("history_area_now", 225.0),
        ("history_gdp_now", 2800.0),
        ("history_industry_share_now", 22.2),
        ("history_years", 30.0),
        ("nmpa_centres_landed", 6.0),
        ("private_rocket_launch_streak", 4.0),
        ("new_city_towns", 8.0),
        ("pm25_concentration", 32.0),
        ("pm25_change", -8.6),
        ("good_water_share", 50.0),
        ("guidance_fund_first_phase", 100.0),
        ("biomed_core_zone_area", 8.0),
    ];
    for (id, want) in expected {
        assert_eq!(value(&d, id), want, "{id}");
    }
}

#[test]
fn qualifiers_follow_the_text() {
    let d = bundled();
    let qualifiers = |id: &str| {
        d.metrics
            .iter()
            .find(|m| m.id == id)
            .unwrap()
            .qualifiers
            .clone()
    };
    assert_eq!(
        qualifiers("gdp_growth"),
        [
            Qualifier::Expected,
            Qualifier::Excluding(zonedash::model::Excluded {
                zh: "疫苗因素".into(),
                en: Some("vaccines".into())
            })
        ]
    );
    assert_eq!(qualifiers("history_gdp_now"), [Qualifier::MoreThan]);
    assert_eq!(
        qualifiers("institutional_innovations_replicated"),
        [Qualifier::Planned, Qualifier::AtLeast]
    );
    let start = d
        .metrics
        .iter()
        .find(|m| m.id == "history_area_start")
        .unwrap();
    assert_eq!(start.period.year, None, "the text gives no start year");
}

#[test]
fn clusters_name_their_projects_with_statuses() {
    let d = bundled();
    let ids: Vec<&str> = d.clusters.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["ngit", "nev", "bio", "robotics", "emerging"]);
    let project = |id: &str| {
        d.clusters
            .iter()
            .flat_map(|c| &c.projects)
            .find(|p| p.id == id)
            .unwrap()
    };
    assert_eq!(project("boe_b20").status, Status::Landed);
    assert_eq!(project("hwatsing").status, Status::LandWon);
    assert_eq!(project("cicv_rd_centre").status, Status::Completed);
    assert!(project("yitang_semiconductor").planned);
}

#[test]
fn work_areas_record_what_is_printed_and_what_is_announced() {
    let d = bundled();
    let printed = |part: &str| {
        d.sections
            .iter()
            .filter(|s| s.parent.as_deref() == Some(part))
            .count()
    };
    assert_eq!(printed("review"), 7);
    assert_eq!(printed("plan"), 9);
    assert_eq!(value(&d, "review_areas_stated"), 8.0);
    assert_eq!(value(&d, "plan_areas_stated"), 10.0);
}

#[test]
fn pm25_references_carry_their_citations() {
    let d = bundled();
    let reference = |id: &str| d.references.iter().find(|r| r.id == id).unwrap();
    assert_eq!(reference("pm25_limit_gb3095_grade2").value, 35.0);
    assert!(
        reference("pm25_limit_gb3095_grade2")
            .citation
            .contains("GB 3095-2012")
    );
    assert_eq!(reference("pm25_guideline_who_2021").value, 5.0);
    assert!(
        reference("pm25_guideline_who_2021")
            .citation
            .contains("WHO")
    );
}

#[test]
fn figures_per_group() {
    let d = bundled();
    let mut per_group: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &d.metrics {
        *per_group.entry(m.group.as_str()).or_default() += 1;
    }
    eprintln!("figures per group: {per_group:?}");
    assert!(
        d.groups
            .iter()
            .all(|g| per_group.contains_key(g.id.as_str())),
        "a group has no figures"
    );
}
