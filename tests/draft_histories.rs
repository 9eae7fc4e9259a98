//! `zonedash draft` on histories and counts: the start of a history whose time the text does
//! not give has no year, a place that grew into another keeps its name, a streak of times is no
//! run of years, a year-to-date average is no sum, a change on the month before is neither a
//! growth nor an average, and things counted are named by what befell them or the plan they
//! belong to.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use zonedash::draft::draft_text;
use zonedash::model::{Basis, Metric};

const HEAD: &str = "松岚经济开发区2023年工作报告\n一、2022年工作回顾\n";

fn metrics(body: &str) -> Vec<Metric> {
    draft_text(&format!("{HEAD}{body}\n"), "songlan.txt", "UTF-8")
        .dataset
        .metrics
}

fn by_value(metrics: &[Metric], value: f64) -> &Metric {
    metrics
        .iter()
        .find(|m| m.value == value)
        .unwrap_or_else(|| panic!("no figure {value} in {metrics:#?}"))
}

#[test]
fn a_history_start_with_no_time_has_no_year_and_its_end_has_the_years() {
    let m = metrics("从地区生产总值1亿元到突破2800亿元，研发投入强度从3.2%提高到3.5%。");
    for start in [1.0, 3.2] {
        assert_eq!(by_value(&m, start).period.year, None, "{start}");
    }
    for end in [2800.0, 3.5] {
        assert_eq!(by_value(&m, end).period.year, Some(2022), "{end}");
    }
    // A start with a year keeps it.
    let dated = metrics("高新技术企业从2015年的428家增加到2022年的2031家。");
    assert_eq!(by_value(&dated, 428.0).period.year, Some(2015));
}

#[test]
fn a_place_that_grew_into_another_keeps_each_name() {
    let m = metrics("经开区从最初3.83平方公里的工业小区到现在225平方公里的新城。");
    let start = by_value(&m, 3.83);
    assert_eq!(
        (start.label_zh.as_str(), start.period.year),
        ("工业小区面积", None)
    );
    assert_eq!(by_value(&m, 225.0).label_zh, "新城面积");
    let grown = metrics("开发区从起步时的6.8平方公里发展到126平方公里。");
    assert_eq!(
        by_value(&grown, 126.0).label_zh,
        by_value(&grown, 6.8).label_zh
    );
}

#[test]
fn a_streak_of_times_is_no_run_of_years_and_a_year_to_date_average_no_sum() {
    let m = metrics(
        "创造了民营火箭连续四次成功发射纪录，澜舟动力连续8年位居全国第一。PM2.5累计浓度32微克/立方米。",
    );
    let times = by_value(&m, 4.0);
    assert_eq!((times.period.from, times.period.year), (None, Some(2022)));
    assert_eq!(by_value(&m, 8.0).period.from, Some(2015));
    assert_eq!(by_value(&m, 32.0).basis, Basis::Level);
}

#[test]
fn things_counted_are_named_by_what_befell_them() {
    let m = metrics(
        "生物医药、自动驾驶、审批制度改革3个案例全国推广，博客雅苑等11个小区获评市级示范小区，\
         11个服务港实现企业全覆盖。",
    );
    assert_eq!(by_value(&m, 3.0).label_zh, "全国推广的案例");
    let labels: Vec<&str> = m
        .iter()
        .filter(|m| m.value == 11.0)
        .map(|m| m.label_zh.as_str())
        .collect();
    assert_eq!(labels, ["市级示范小区", "服务港"]);
}

#[test]
fn a_change_on_the_month_before_is_its_own_basis() {
    let m = metrics("9月当月完成产值58.7亿元，环比增长6.3%。4月以来产值月均环比增加5.1%。");
    assert_eq!(by_value(&m, 6.3).basis, Basis::MonthOnMonth);
    assert_eq!(by_value(&m, 5.1).basis, Basis::MonthOnMonthAverage);
}

#[test]
fn parts_of_a_plan_and_years_since_an_event_are_named() {
    let m = metrics("出台亦庄组团三年行动方案，细化46项任务。建区三十年的实践取得了历史性成就。");
    assert_eq!(by_value(&m, 46.0).label_zh, "亦庄组团三年行动方案任务");
    assert_eq!(by_value(&m, 30.0).label_zh, "建区年数");
}
