//! Tests of the forms beyond a number: 等 after a name, counts in scaled units, assessment years.

use crate::model::Dataset;

fn lanjiang() -> Dataset {
    crate::view::zone_fixture("lanjiang-2025")
}

fn messages(d: &Dataset) -> Vec<String> {
    super::super::validate(d)
        .into_iter()
        .map(|(path, text)| format!("{path}: {}", text.en))
        .collect()
}

#[test]
fn more_unnamed_follows_the_name_wherever_and_however_quoted() {
    let mut d = lanjiang();
    let yunyu = &mut d.clusters[0].projects[1];
    yunyu.source.quote = "云屿储能二期落地，引进落地“云屿储能”等重点企业".into();
    assert!(messages(&d).is_empty(), "{:?}", messages(&d));
    d.clusters[0].projects[1].source.quote = "引进落地云屿储能、星衡电驱等".into();
    assert!(messages(&d).iter().any(|m| m.contains("more_unnamed")));
}

#[test]
fn a_count_in_a_plain_unit_is_whole_and_in_a_scaled_one_whole_once_scaled() {
    let mut d = lanjiang();
    let giants = d
        .metrics
        .iter()
        .position(|m| m.id == "little_giants")
        .unwrap();
    d.metrics[giants].value = 12.000_000_1;
    assert!(
        messages(&d)
            .iter()
            .any(|m| m.contains("not a whole number"))
    );
    let exports = d
        .metrics
        .iter()
        .position(|m| m.id == "lanzhou_exports")
        .unwrap();
    d.metrics[giants].value = 12.0;
    d.metrics[exports].value = 8.600_01;
    assert!(
        messages(&d)
            .iter()
            .any(|m| m.contains("not a whole number"))
    );
}

#[test]
fn an_assessment_year_is_written_as_one() {
    let mut d = lanjiang();
    let rank = d
        .metrics
        .iter()
        .position(|m| m.id == "national_rank")
        .unwrap();
    d.metrics[rank].source.quote = "2024年国家级经开区考核中位列全国229家国家级经开区第21位".into();
    assert!(
        messages(&d)
            .iter()
            .any(|m| m.contains("assessment year 2024"))
    );
}
