//! `zonedash draft`: the seed report and the invented corpus are read into datasets that
//! validate against their texts, with the recall and precision the README states; bad input
//! ends in a message or an empty draft.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use zonedash::draft::score::{Expected, expected_of, score};
use zonedash::draft::{draft_bytes, draft_file, draft_text, read_report};
use zonedash::model::{self, check_against_source, validate};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The README's text between `<!-- NAME:begin -->` and `<!-- NAME:end -->`.
fn readme_block(name: &str) -> String {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let begin = format!("<!-- {name}:begin -->\n");
    let end = format!("<!-- {name}:end -->");
    readme
        .split(begin.as_str())
        .nth(1)
        .and_then(|rest| rest.split(end.as_str()).next())
        .unwrap()
        .to_owned()
}

fn seed() -> PathBuf {
    fixture("source/bda-2022-work-report.zh.txt")
}

fn corpus() -> Vec<PathBuf> {
    let mut texts: Vec<PathBuf> = std::fs::read_dir(fixture("draft"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    texts.sort();
    assert!(texts.len() >= 3, "the corpus has its texts");
    texts
}

fn expected(text: &Path) -> Vec<Expected> {
    serde_json::from_str(&std::fs::read_to_string(text.with_extension("expected.json")).unwrap())
        .unwrap()
}

/// The dataset of `path` passes every check, and the text check, as drafted.
/// The figures of a draft of one basis as their values and labels, in reading order.
fn labels_of(draft: &zonedash::draft::Draft, basis: model::Basis) -> Vec<(f64, &str)> {
    draft
        .dataset
        .metrics
        .iter()
        .filter(|m| m.basis == basis)
        .map(|m| (m.value, m.label_zh.as_str()))
        .collect()
}

/// Each figure of a draft as its value and label, in reading order.
fn labels(draft: &zonedash::draft::Draft) -> Vec<(f64, &str)> {
    draft
        .dataset
        .metrics
        .iter()
        .map(|m| (m.value, m.label_zh.as_str()))
        .collect()
}

fn assert_valid(path: &Path) -> zonedash::draft::Draft {
    let draft = draft_file(path).unwrap();
    let text = read_report(path).unwrap().text;
    assert_eq!(
        validate(&draft.dataset),
        Vec::<(zonedash::model::DataPath, zonedash::lang::Text)>::new(),
        "{}",
        path.display()
    );
    assert_eq!(
        check_against_source(&draft.dataset, &text),
        Vec::<(zonedash::model::DataPath, zonedash::lang::Text)>::new()
    );
    let json = serde_json::to_string_pretty(&draft.dataset).unwrap();
    let again = model::parse("draft.json", &json).unwrap();
    model::check_source("draft.json", &json, &again, &text).unwrap();
    draft
}

#[test]
fn the_seed_draft_validates_and_meets_recall_and_precision() {
    let draft = assert_valid(&seed());
    let text = read_report(&seed()).unwrap().text;
    let s = score(
        &draft.dataset,
        &expected_of(&model::load_bundled().unwrap()),
        &text,
    );
    assert!(
        s.recall() >= 95.0,
        "recall {:.1}%: {:#?}",
        s.recall(),
        s.misses
    );
    assert!(
        s.precision() >= 90.0,
        "precision {:.1}%: {:#?}",
        s.precision(),
        s.false_figures
    );
}

#[test]
fn the_readme_quality_table_is_current() {
    let text = read_report(&seed()).unwrap().text;
    let bundled = expected_of(&model::load_bundled().unwrap());
    let mut rows = vec![(
        "seed: bda-2022-work-report.zh.txt".to_owned(),
        score(&draft_file(&seed()).unwrap().dataset, &bundled, &text),
    )];
    for t in corpus() {
        let decoded = read_report(&t).unwrap().text;
        let name = t.file_name().unwrap().to_string_lossy().into_owned();
        rows.push((
            name,
            score(&draft_file(&t).unwrap().dataset, &expected(&t), &decoded),
        ));
    }
    let table = zonedash::draft::score::markdown_table(&rows);
    let block = readme_block("draft-quality");
    assert_eq!(
        block, table,
        "README's draft-quality table is stale: paste `cargo run --example draft_quality`"
    );
}

#[test]
fn the_readme_evaluation_table_is_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/draft-eval");
    let texts = zonedash::draft::quality::keyed_texts(&dir).unwrap();
    assert!(texts.len() >= 30, "the evaluation corpus has its 30 texts");
    let measured: Vec<_> = texts
        .iter()
        .map(|t| zonedash::draft::quality::measure(t).unwrap())
        .collect();
    let table = zonedash::draft::quality::field_table(&measured);
    let block = readme_block("draft-eval");
    assert_eq!(
        block, table,
        "README's evaluation table is stale: paste `cargo run --example draft_quality`"
    );
}

#[test]
fn the_readme_seed_key_table_is_current() {
    let measured = zonedash::draft::quality::measure(&seed()).unwrap();
    let table = zonedash::draft::quality::field_table(std::slice::from_ref(&measured));
    let block = readme_block("draft-seed");
    assert_eq!(
        block, table,
        "README's seed key table is stale: paste `cargo run --example draft_quality`"
    );
}

#[test]
fn every_expected_figure_of_the_corpus_is_found() {
    for text in corpus() {
        let draft = assert_valid(&text);
        let decoded = read_report(&text).unwrap().text;
        let s = score(&draft.dataset, &expected(&text), &decoded);
        assert!(s.misses.is_empty(), "{}: {:#?}", text.display(), s.misses);
        assert!(
            s.precision() >= 90.0,
            "{}: {:#?}",
            text.display(),
            s.false_figures
        );
    }
}

#[test]
fn encodings_are_detected_and_named() {
    let encodings: Vec<&str> = corpus()
        .iter()
        .map(|t| read_report(t).unwrap().encoding)
        .collect();
    assert!(encodings.contains(&"GB18030"), "{encodings:?}");
    assert!(encodings.contains(&"UTF-16LE with BOM"), "{encodings:?}");
    assert!(encodings.contains(&"UTF-8"), "{encodings:?}");
    assert!(encodings.contains(&"UTF-8 with BOM"), "{encodings:?}");
}

#[test]
fn page_clutter_gives_no_figures() {
    let draft = draft_file(&fixture("draft/yunxi-2023.gb18030.txt")).unwrap();
    for m in &draft.dataset.metrics {
        for word in ["索引号", "发布日期", "2024-01-18", "相关链接"] {
            assert!(!m.source.quote.contains(word), "{:?}", m.source.quote);
        }
    }
    let clutter = draft
        .reading
        .ignored
        .iter()
        .filter(|i| i.reason == zonedash::draft::SkipReason::Clutter)
        .count();
    assert!(
        clutter >= 3,
        "the numbers of the clutter lines are listed as skipped"
    );
}

#[test]
fn names_and_dates_are_skipped_with_their_reasons() {
    use zonedash::draft::SkipReason::*;
    let draft = draft_file(&seed()).unwrap();
    let reason = |text: &str| {
        draft
            .reading
            .ignored
            .iter()
            .find(|i| i.text == text)
            .map(|i| i.reason)
    };
    assert_eq!(reason("十三"), Some(Ordinal));
    assert_eq!(reason("二十"), Some(Congress));
    assert_eq!(reason("4"), Some(Date));
    let quoted = draft
        .reading
        .ignored
        .iter()
        .filter(|i| i.reason == QuotedName)
        .count();
    assert!(quoted >= 10, "三城一区, 五子联动 and the like: {quoted}");
    assert!(
        draft
            .reading
            .ignored
            .iter()
            .any(|i| i.text == "二" && i.reason == Phase),
        "二期"
    );
}

#[test]
fn a_hedge_opening_the_sentence_covers_the_clauses_after_it() {
    let draft = draft_file(&seed()).unwrap();
    let fai = draft
        .dataset
        .metrics
        .iter()
        .find(|m| m.source.quote == "固定资产投资同比增长8%")
        .unwrap();
    assert!(fai.qualifiers.contains(&model::Qualifier::Expected));
    assert!(fai.source.context.as_deref().unwrap().contains("预计"));
}

#[test]
fn the_pool_of_a_rank_is_part_of_the_rank() {
    let draft = draft_file(&fixture("draft/qinglan-2023.txt")).unwrap();
    assert!(
        !draft.dataset.metrics.iter().any(|m| m.value == 52.0),
        "52家 is whom the zone ranks among"
    );
    let rank = draft
        .dataset
        .metrics
        .iter()
        .find(|m| m.value == 4.0 && m.basis == model::Basis::Rank)
        .unwrap();
    assert!(rank.label_zh.ends_with("排名"), "{}", rank.label_zh);
    assert!(
        draft
            .reading
            .ignored
            .iter()
            .any(|i| i.text == "52" && i.reason == zonedash::draft::SkipReason::RankPool)
    );
}

#[test]
fn named_projects_carry_their_status_words() {
    let draft = draft_file(&fixture("draft/qinglan-2023.txt")).unwrap();
    let names: Vec<(&str, model::Status, bool)> = draft
        .dataset
        .clusters
        .iter()
        .flat_map(|c| {
            c.projects
                .iter()
                .map(|p| (p.name_zh.as_str(), p.status, p.planned))
        })
        .collect();
    assert!(
        names.contains(&("光谷储能电池项目", model::Status::Started, false)),
        "{names:?}"
    );
    assert!(
        names.contains(&("澜沧精密轴承项目", model::Status::InProduction, false)),
        "{names:?}"
    );
    assert!(
        names.contains(&("智算中心项目", model::Status::Landed, true)),
        "{names:?}"
    );
}

#[test]
fn projects_listed_before_how_they_reached_their_status_are_each_named() {
    let text = "松岚经济开发区2023年工作总结\n一、2023年工作回顾\n\
                宁川光伏组件、北岚储能电池项目建成投产，东岭智能装备项目顺利竣工。\n";
    let draft = draft_text(text, "t.txt", "UTF-8");
    let names: Vec<(&str, model::Status)> = draft
        .dataset
        .clusters
        .iter()
        .flat_map(|c| c.projects.iter().map(|p| (p.name_zh.as_str(), p.status)))
        .collect();
    assert_eq!(
        names,
        [
            ("宁川光伏组件", model::Status::InProduction),
            ("北岚储能电池项目", model::Status::InProduction),
            ("东岭智能装备项目", model::Status::Completed),
        ]
    );
}

#[test]
fn respective_rates_bracketed_parts_and_the_review_year() {
    let draft = draft_file(&fixture("draft/jinshahe-2024.bom.txt")).unwrap();
    let d = &draft.dataset;
    assert_eq!(
        (d.report.year, d.report.plan_year),
        (2023, Some(2024)),
        "一、2023年工作回顾 in a 2024 report"
    );
    let label = |v: f64| {
        d.metrics
            .iter()
            .find(|m| m.value == v)
            .map(|m| m.label_zh.clone())
            .unwrap()
    };
    assert_eq!(label(6.9), "第二产业增加值增速");
    assert_eq!(label(4.6), "第三产业增加值增速");
    assert_eq!(
        label(8.2),
        "进出口总额增速",
        "a bracketed part does not take over the subject"
    );
    let jobless = d.metrics.iter().find(|m| m.value == 4.8).unwrap();
    assert!(
        jobless.qualifiers.is_empty(),
        "预计 inside another clause covers only its own"
    );
    let done = d.metrics.iter().find(|m| m.value == 104.5).unwrap();
    assert_eq!(done.basis, model::Basis::ShareOfTarget);
    assert!(
        draft
            .reading
            .ignored
            .iter()
            .any(|i| i.text == "五" && i.reason == zonedash::draft::SkipReason::Ordinal),
        "五次会议"
    );
}

#[test]
fn a_growth_at_comparable_prices_is_the_growth_of_the_level_before_it() {
    let text = "临川高新区2022年工作报告\n过去一年，高新区实现经济总量1.12万亿元，按可比价格计算增长4.3%。\n";
    let d = draft_text(text, "linchuan.txt", "UTF-8").dataset;
    let growth = d.metrics.iter().find(|m| m.value == 4.3).unwrap();
    assert_eq!(growth.indicator.as_deref(), Some("gdp_growth"));
    assert_eq!(growth.basis, model::Basis::YearOnYear);
}

#[test]
fn a_generic_title_is_described_and_an_unfinished_text_is_an_excerpt() {
    let text = "政府工作报告\n现在，我代表榆汀经济开发区管委会报告工作。\n2024年，榆汀经开区实现地区生产总值538.4亿元。榆汀的发展。\n（未完）\n";
    let draft = draft_text(text, "yuting.txt", "UTF-8");
    let report = &draft.dataset.report;
    assert!(
        !report.title_verbatim,
        "政府工作报告 alone is not the report's own title"
    );
    assert_eq!(report.title_zh, "榆汀经济开发区政府工作报告");
    assert!(report.excerpt, "（未完） ends an excerpt");
    assert_eq!(
        validate(&draft.dataset),
        Vec::<(zonedash::model::DataPath, zonedash::lang::Text)>::new()
    );
    assert_eq!(
        check_against_source(&draft.dataset, text),
        Vec::<(zonedash::model::DataPath, zonedash::lang::Text)>::new()
    );
    let whole = draft_text(
        "松岚经济开发区2023年工作报告\n全区实现地区生产总值812.6亿元。\n",
        "s.txt",
        "UTF-8",
    );
    assert!(whole.dataset.report.title_verbatim && !whole.dataset.report.excerpt);
}

#[test]
fn the_now_of_a_history_is_kept_though_the_year_stated_it_before() {
    let text = "松岚经济开发区2023年工作报告\n一、2022年工作回顾\n全年实现地区生产总值812.6亿元。\
                地区生产总值从建区之初的1.8亿元增长到812.6亿元，高新技术企业从2015年的428家增加到2022年的2031家。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let gdp: Vec<_> = draft
        .dataset
        .metrics
        .iter()
        .filter(|m| m.label_zh.contains("地区生产总值"))
        .map(|m| (m.value, m.indicator.as_deref(), m.source.quote.as_str()))
        .collect();
    assert_eq!(
        gdp,
        [
            (812.6, Some("gdp"), "全年实现地区生产总值812.6亿元"),
            (1.8, None, "地区生产总值从建区之初的1.8亿元增长到812.6亿元"),
            (
                812.6,
                Some("gdp"),
                "地区生产总值从建区之初的1.8亿元增长到812.6亿元"
            ),
        ],
        "the start has no year, so no indicator; the now is the year's"
    );
    let firms: Vec<_> = draft
        .dataset
        .metrics
        .iter()
        .filter(|m| m.source.quote.contains("高新技术企业"))
        .map(|m| (m.value, m.indicator.as_deref(), m.period.year))
        .collect();
    assert_eq!(
        firms,
        [
            (428.0, None, Some(2015)),
            (2031.0, Some("high_tech_enterprises"), Some(2022)),
        ],
        "the year of the start dates the start, not the now"
    );
    let text = "松岚经济开发区2023年工作报告\n一、2022年工作回顾\n进出口总额从2015年的263亿元增长到612.4亿元，\
                年均增长18.4%。全年实现进出口总额612.4亿元。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let trade: Vec<_> = draft
        .dataset
        .metrics
        .iter()
        .map(|m| (m.value, m.period.from, m.period.to, m.label_zh.as_str()))
        .collect();
    assert_eq!(
        trade,
        [
            (263.0, None, None, "进出口总额"),
            (612.4, None, None, "进出口总额"),
            (18.4, Some(2016), Some(2022), "进出口总额增速"),
            (612.4, None, None, "进出口总额"),
        ],
        "the average runs over the history's years; the year's figure after the history is kept"
    );
    assert_eq!(validate(&draft.dataset), Vec::new());
}

#[test]
fn first_place_is_a_rank_of_one_and_a_priority_is_not() {
    let text = "松岚经济开发区2023年工作报告\n一、2022年工作回顾\n全年实现地区生产总值812.6亿元，增长8.2%，\
                增速居全市各县(区)首位。获批数量居全省首位。要把安全摆在首位。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let ranks = labels_of(&draft, model::Basis::Rank);
    assert_eq!(
        ranks,
        [
            (1.0, "地区生产总值增速全市县(区)排名"),
            (1.0, "获批数量全省排名")
        ]
    );
    assert!(
        draft
            .reading
            .ignored
            .iter()
            .any(|i| i.reason == zonedash::draft::SkipReason::Priority),
        "摆在首位 is skipped as a priority"
    );
    assert_eq!(validate(&draft.dataset), Vec::new());
}

#[test]
fn a_place_in_the_first_n_is_a_rank_of_at_most_n() {
    let text = "松岚经济开发区2023年工作报告\n一、2022年工作回顾\n在全省97家省级以上工业园区综合评价中，园区位列第8位，\
                连续3年进入全省前十。前十大加工贸易企业实现进出口额327.4亿元。前三季度增长5%。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let top: Vec<_> = draft
        .dataset
        .metrics
        .iter()
        .filter(|m| m.source.quote.contains("前"))
        .map(|m| (m.value, m.basis, m.qualifiers.clone()))
        .collect();
    use zonedash::model::{Basis, Qualifier};
    assert_eq!(
        top,
        [
            (3.0, Basis::Streak, vec![]),
            (10.0, Basis::Rank, vec![Qualifier::AtMost]),
            (327.4, Basis::Level, vec![]),
            (5.0, Basis::YearOnYear, vec![]),
        ],
        "前十 after 进入 is a rank; 前十大 names a group and 前三季度 a period"
    );
    assert!(
        !draft.dataset.metrics.iter().any(|m| m.value == 97.0),
        "the 97 parks of the 在…中 clause are the pool of the rank after it, not a figure"
    );
    let rank = draft.dataset.metrics.iter().find(|m| m.value == 10.0);
    assert!(
        rank.is_some_and(|m| m.label_zh.contains("综合评价") && m.label_zh.ends_with("排名")),
        "{rank:?}"
    );
    assert_eq!(validate(&draft.dataset), Vec::new());
}

#[test]
fn a_streak_is_labelled_by_what_held_over_it() {
    let text = "松岚经济开发区2023年工作报告\n一、2022年工作回顾\n规模以上工业总产值1126亿元，连续3年超千亿元。\
                澜舟动力连续7年位居全国商用车发动机出口第一。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let streaks = labels_of(&draft, model::Basis::Streak);
    assert_eq!(
        streaks,
        [
            (3.0, "规模以上工业总产值超千亿元"),
            (7.0, "澜舟动力全国商用车发动机出口第一"),
        ]
    );
    assert_eq!(validate(&draft.dataset), Vec::new());
}

#[test]
fn a_bounded_magnitude_is_an_amount_and_a_bare_one_is_not() {
    let text = "松岚经济开发区2023年工作报告\n一、2022年工作回顾\n累计引进项目逾百个，高新技术企业总数突破千家，\
                其中超亿元项目21个。在全省98家省级经济开发区综合考评中列第5位。推进万物互联。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let figures: Vec<_> = draft.dataset.metrics.iter().map(|m| m.value).collect();
    assert_eq!(
        figures,
        [100.0, 1000.0, 21.0, 5.0],
        "逾百 and 突破千 are amounts; 超亿元项目 names a class; 列第5位 is a rank; 万物 is no number"
    );
    assert_eq!(validate(&draft.dataset), Vec::new());
}

#[test]
fn a_conversion_a_threshold_mark_and_a_comparison_are_of_the_amount_before() {
    let text = "松岚经济开发区2023年工作报告\n一、2022年工作回顾\n进出口总额412.6亿元，折合63.7亿美元。\
                地区生产总值2016亿元，迈上2000亿元台阶。保税维修业务货值12.4亿元，是上年的2.1倍。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let labels = labels(&draft);
    assert_eq!(
        labels,
        [
            (412.6, "进出口总额"),
            (63.7, "进出口总额"),
            (2016.0, "地区生产总值"),
            (2000.0, "地区生产总值"),
            (12.4, "保税维修业务货值"),
            (2.1, "保税维修业务货值与上年之比"),
        ]
    );
}

#[test]
fn words_that_only_look_like_ranks_histories_or_lists_are_read_as_what_they_are() {
    let text = "松岚经济开发区2023年工作报告\n首位度不断提升。一、2022年工作回顾\n智能家居产业前10家企业实现产值85亿元。\
                首位产业实现产值520亿元。要把招商引资摆在各项工作的首位。规上工业企业从业人员5.6万人。\
                出口、进口分别为247.3亿元和165.3亿元。建区15年来累计引进项目1200个。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let figures: Vec<_> = draft
        .dataset
        .metrics
        .iter()
        .filter(|m| m.value != 1200.0)
        .map(|m| (m.value, m.basis, m.label_zh.as_str(), m.period.from))
        .collect();
    use zonedash::model::Basis::{Count, Cumulative, Level};
    assert_eq!(
        figures,
        [
            (85.0, Level, "企业产值", None),
            (520.0, Level, "首位产业产值", None),
            (5.6, Count, "规上工业企业从业人员", None),
            (247.3, Level, "出口", None),
            (165.3, Level, "进口", None),
        ],
        "no rank from 首位度, 首位产业, 前10家 or 摆在…首位; 从业 opens no history"
    );
    let total = draft.dataset.metrics.iter().find(|m| m.value == 1200.0);
    assert!(
        total.is_some_and(|m| m.basis == Cumulative
            && m.period.to.zip(m.period.from).map(|(to, from)| to - from) == Some(14)),
        "建区15年来 runs over 15 years, not the 5 of its last digit: {total:?}"
    );
    assert_eq!(validate(&draft.dataset), Vec::new());
}

#[test]
fn a_rank_is_named_by_its_assessment_dated_by_its_year_or_of_the_growth_before_it() {
    let text = "松岚经济开发区2023年工作报告\n一、2022年工作回顾\n地区生产总值412.6亿元，增长6.2%，\
                在全市12个县（市、区）中排名第2位。在商务厅组织的2021年度全省省级开发区综合考评中，\
                开发区在全省88家参评开发区中位列第9位，较上年前移3位。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let ranks: Vec<_> = draft
        .dataset
        .metrics
        .iter()
        .filter(|m| {
            draft
                .dataset
                .units
                .iter()
                .any(|u| u.id == m.unit && u.zh == "位")
        })
        .map(|m| (m.value, m.label_zh.as_str(), m.period.year))
        .collect();
    assert_eq!(
        ranks,
        [
            (2.0, "地区生产总值增速全市县(市、区)排名", Some(2022)),
            (9.0, "全省省级开发区综合考评排名", Some(2021)),
            (3.0, "全省省级开发区综合考评排名变化", Some(2021)),
        ],
        "a pool alone ranks the growth before; an assessment names the rank and its year dates it"
    );
    assert_eq!(validate(&draft.dataset), Vec::new());
}

#[test]
fn a_part_of_the_trade_and_the_start_of_a_history_take_no_indicator() {
    let text = "松岚综合保税区2023年工作报告\n一、2022年工作回顾\n进出口总额412.6亿元，增长8.2%。\
                保税加工进出口288.4亿元，增长44.1%。R&D经费投入强度由2.1%提高到3.2%。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let tags: Vec<_> = draft
        .dataset
        .metrics
        .iter()
        .map(|m| (m.value, m.indicator.as_deref()))
        .collect();
    assert_eq!(
        tags,
        [
            (412.6, Some("total_import_export")),
            (8.2, Some("total_import_export_growth")),
            (288.4, None),
            (44.1, None),
            (2.1, None),
            (3.2, Some("rd_intensity")),
        ]
    );
}

#[test]
fn a_review_told_in_run_in_items_under_a_title_that_names_the_plan_is_kept() {
    let text = "松岚经济开发区2023年工作总结和2024年工作打算\n\
                一是经济总量稳步增长。全年实现地区生产总值412.6亿元，增长6.2%。\n\
                二是企业梯队加快成长。规模以上工业企业达到318家，工业对经济增长的贡献率保持在六成上下。\n\
                2024年工作打算\n\
                主要预期目标：地区生产总值增长6%左右。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let values: Vec<_> = draft.dataset.metrics.iter().map(|m| m.value).collect();
    assert_eq!(values, [412.6, 6.2, 318.0, 6.0, 6.0], "{:?}", draft.reading);
    let titles: Vec<_> = draft
        .dataset
        .sections
        .iter()
        .map(|s| (s.title_zh.as_str(), s.parent.is_some()))
        .collect();
    assert_eq!(
        titles[1..],
        [
            ("一是经济总量稳步增长", false),
            ("二是企业梯队加快成长", false),
            ("2024年工作打算", false)
        ]
    );
    assert!(validate(&draft.dataset).is_empty());
    // A short title that reads like a part's heading heads the front, not a part.
    let text = "松岚经济开发区2019年工作总结\n一是项目建设提速增效，地区生产总值412.6亿元。\
                二是产业集群加快壮大，工业总产值386.2亿元。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let values: Vec<_> = draft.dataset.metrics.iter().map(|m| m.value).collect();
    assert_eq!(values, [412.6, 386.2]);
}

#[test]
fn a_paragraph_opening_with_a_part_of_the_year_dates_its_figures() {
    let text = "松岚高新区2023年前三季度经济运行情况\n\
                一是工业生产稳中加快。1—9月，全区工业总产值1296.4亿元，同比增长9.2%。\
                规模以上工业增加值增长10.1%，增幅比上半年提高0.7个百分点。\
                截至9月末，全区规模以上工业企业达到317家，其中产值超10亿元企业达到41家。\n\
                今年是松岚高新区建区30周年。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let figures: Vec<_> = draft
        .dataset
        .metrics
        .iter()
        .filter(|m| m.value != 10.0)
        .map(|m| (m.value, m.basis, m.label_zh.as_str(), m.period.zh.as_str()))
        .collect();
    use zonedash::model::Basis::{Count, Level, YearOnYear};
    assert_eq!(
        figures,
        [
            (1296.4, Level, "工业总产值", "2023年1—9月"),
            (9.2, YearOnYear, "工业总产值增速", "2023年1—9月"),
            (10.1, YearOnYear, "规模以上工业增加值增速", "2023年1—9月"),
            (0.7, Level, "规模以上工业增加值增速", "2023年1—9月"),
            (317.0, Count, "规模以上工业企业", "2023年截至9月末"),
            (41.0, Count, "产值超10亿元企业", "2023年截至9月末"),
            (30.0, Level, "建区周年", "今年"),
        ],
        "the paragraph's 1—9月 dates the sentences after it; a gap to an earlier part is a \
         level; a month's end dates a stock; a threshold names the class counted; an \
         anniversary is a level"
    );
}

#[test]
fn this_year_is_the_year_a_report_was_given_in() {
    let text = "松岚新区管委会2018年工作报告\n一、2017年工作回顾\n地区生产总值412.6亿元。\
                今年是新区获批设立10周年，从起步时的9.2平方公里发展到现在的358平方公里。\n\
                二、2018年工作安排\n地区生产总值增长6%左右。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let figures: Vec<_> = draft
        .dataset
        .metrics
        .iter()
        .map(|m| (m.value, m.label_zh.as_str(), m.period.year))
        .collect();
    assert_eq!(
        figures[..2],
        [
            (412.6, "地区生产总值", Some(2017)),
            (10.0, "获批设立周年", Some(2018))
        ],
        "a report given in 2018 on 2017 calls 2018 今年"
    );
    assert_eq!(
        figures[3],
        (358.0, "面积", Some(2017)),
        "现在 is the year reviewed"
    );
}

#[test]
fn a_noun_after_a_count_names_it_and_the_total_after_it() {
    let text = "松岚新区2023年工作报告\n一、2022年工作回顾\n新增2家全国重点实验室，总数达到4家。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let labels = labels(&draft);
    assert_eq!(labels, [(2.0, "全国重点实验室"), (4.0, "全国重点实验室")]);
    // The firms added are named as added; the total after them is of all the firms.
    let text =
        "松岚新区2023年工作报告\n一、2022年工作回顾\n新增高新技术企业126家，总数达到650家。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    assert_eq!(
        crate::labels(&draft),
        [(126.0, "新增高新技术企业"), (650.0, "高新技术企业")]
    );
}

#[test]
fn labels_keep_the_thing_and_drop_hedges_comparisons_and_verbs() {
    let text = "松岚新区2022年工作报告\n一、2021年工作回顾\n\
                地区生产总值两年平均增长7.1%。经济总量约占全市的31.4%，连续3年超千亿元。\
                高新技术产业产值占规模以上工业总产值的比重达到68.4%，比上年提高1.7个百分点。\
                加工贸易进出口占比超过六成。R&D经费投入强度2.9%，高于全省平均水平近1个百分点。\
                经济总量是2012年的3.1倍。居民人均可支配收入5.2万元。年度完成投资不低于300亿元。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let labels = labels(&draft);
    assert_eq!(
        labels,
        [
            (7.1, "地区生产总值增速"),
            (31.4, "经济总量占全市的比重"),
            (3.0, "经济总量超千亿元"),
            (1000.0, "经济总量"),
            (68.4, "高新技术产业产值占规模以上工业总产值的比重"),
            (1.7, "高新技术产业产值占规模以上工业总产值的比重"),
            (6.0, "加工贸易进出口占比"),
            (2.9, "R&D经费投入强度"),
            (1.0, "R&D经费投入强度增速与全省平均水平之差"),
            (3.1, "经济总量"),
            (5.2, "居民人均可支配收入"),
            (300.0, "年度投资"),
        ]
    );
    let average = &draft.dataset.metrics[0];
    assert_eq!(
        (average.basis, average.period.from, average.period.to),
        (
            zonedash::model::Basis::AverageAnnual,
            Some(2020),
            Some(2021)
        ),
        "两年平均 is an average over the two years"
    );
}

#[test]
fn units_and_bases_read_as_written() {
    let text = "松岚综合保税区2023年工作报告\n一、2022年工作回顾\n工业用电量11.6亿千瓦时。\
                2022年是综保区封关运行的第三年。第二产业对经济增长的贡献率超过六成。\n\
                二、2023年工作安排\n新能源汽车产业规模翻一番。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let unit = |id: &str| {
        draft
            .dataset
            .units
            .iter()
            .find(|u| u.id == id)
            .map(|u| u.zh.clone())
    };
    let figures: Vec<_> = draft
        .dataset
        .metrics
        .iter()
        .map(|m| (m.value, unit(&m.unit).unwrap_or_default(), m.basis))
        .collect();
    use zonedash::model::Basis::{Cumulative, Level, Share};
    assert_eq!(
        figures,
        [
            (11.6, "亿千瓦时".to_owned(), Level),
            (3.0, "年".to_owned(), Level),
            (6.0, "成".to_owned(), Share),
            (1.0, "番".to_owned(), Cumulative),
        ],
        "千 of 千瓦时 is the base's; 第三年 since an event is how long; a contribution is a \
         share; 翻一番 is a doubling"
    );
    assert_eq!(draft.dataset.metrics[1].label_zh, "封关运行年数");
}

#[test]
fn investment_completed_is_named_with_what_completed_it() {
    let text = "松岚新区2023年工作报告\n一、2022年工作回顾\n全年实施省市重点项目58个，\
                完成投资237亿元，完成年度计划的112.4%。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let labels = labels(&draft);
    assert_eq!(
        labels,
        [
            (58.0, "实施省市重点项目"),
            (237.0, "省市重点项目完成投资"),
            (112.4, "省市重点项目完成投资"),
        ]
    );
}

#[test]
fn changes_on_the_year_before_bounds_after_a_multiple_and_what_a_growth_leaves_out() {
    let text = "松岚新区2023年工作报告\n一、2022年工作回顾\n规模以上工业企业达到126家，比上年同期增加8家。\
                保税维修货值12.4亿元，是上年的2.3倍。地区生产总值14年间增长了8倍多。\
                进出口总额412.6亿元，下降3.2%，剔除大宗商品价格回落因素，进口实物量增长13.1%。\n\
                二、重点工作推进情况\n新开工项目52个。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let figures: Vec<_> = draft
        .dataset
        .metrics
        .iter()
        .map(|m| {
            (
                m.value,
                m.basis,
                m.qualifiers.len(),
                m.label_zh.as_str(),
                m.period.year,
            )
        })
        .collect();
    use zonedash::model::Basis::{Count, Level, YearOnYear};
    assert_eq!(
        figures,
        [
            (126.0, Count, 0, "规模以上工业企业", Some(2022)),
            (8.0, YearOnYear, 0, "规模以上工业企业增量", Some(2022)),
            (12.4, Level, 0, "保税维修货值", Some(2022)),
            (2.3, YearOnYear, 0, "保税维修货值与上年之比", Some(2022)),
            (8.0, YearOnYear, 1, "地区生产总值14年间增速", Some(2022)),
            (412.6, Level, 0, "进出口总额", Some(2022)),
            (-3.2, YearOnYear, 0, "进出口总额降幅", Some(2022)),
            (13.1, YearOnYear, 1, "进口实物量增速", Some(2022)),
            (52.0, Count, 0, "新开工项目", Some(2022)),
        ],
        "8倍多 is more than 8; 剔除… before the growth is what it leaves out; 重点工作推进情况 \
         reviews, it plans nothing"
    );
    assert!(validate(&draft.dataset).is_empty());
}

#[test]
fn words_near_a_rule_do_not_trigger_it() {
    let text = "松岚新区2024年工作报告\n一、2023年工作回顾\n一季度，受外部需求减弱影响，工业生产承压。\
                规模以上工业增加值增长8.2%。荣获2022年度全省开发区先进单位，2023年实现地区生产总值320亿元。\
                在全省中小企业发展环境评估中，开发区位列第3位。集聚15家上下游配套企业。\
                保税维修货值12.4亿元，是上年的2.3倍。企业可登录https://zwfw.example.cn在线办理。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let figures: Vec<_> = draft
        .dataset
        .metrics
        .iter()
        .map(|m| {
            (
                m.value,
                m.label_zh.as_str(),
                m.period.zh.as_str(),
                m.qualifiers.len(),
            )
        })
        .collect();
    assert_eq!(
        figures,
        [
            (8.2, "规模以上工业增加值增速", "报告年度", 0),
            (320.0, "地区生产总值", "报告年度", 0),
            (3.0, "全省中小企业发展环境评估排名", "报告年度", 0),
            (15.0, "上下游配套企业", "报告年度", 0),
            (12.4, "保税维修货值", "报告年度", 0),
            (2.3, "保税维修货值与上年之比", "报告年度", 0),
        ],
        "an opening with no figure dates nothing; a year's title dates nothing after it; 中小 \
         is inside a name; 上下游 is no estimate; 是上年的 is a ratio"
    );
    assert!(!draft.dataset.report.published_zh.contains("https"));
}

#[test]
fn a_company_keeps_its_rank_and_a_rank_its_pool() {
    let text = "松岚新区2025年工作报告\n一、2024年工作回顾\n在全国229家国家级经开区综合发展水平考核评价中，\
                开发区位列第27位，较上年前移5位。青岚重工连续12年位居全国工程机械行业出口第一。\n\
                二、2025年工作安排\n到位资金超过300亿元。\n";
    let draft = draft_text(text, "songlan.txt", "UTF-8");
    let labels = labels(&draft);
    assert_eq!(
        labels,
        [
            (27.0, "国家级经开区综合发展水平考核评价排名"),
            (5.0, "国家级经开区综合发展水平考核评价排名变化"),
            (12.0, "青岚重工全国工程机械行业出口第一"),
            (1.0, "青岚重工全国工程机械行业出口排名"),
            (300.0, "到位资金"),
        ]
    );
    let rank = &draft.dataset.metrics[0];
    assert!(
        rank.rank_of.as_ref().is_none_or(|p| p.zh != "位列"),
        "a verb is no pool: {:?}",
        rank.rank_of
    );
    let moved = &draft.dataset.metrics[1];
    let unit = draft
        .dataset
        .units
        .iter()
        .find(|u| u.id == moved.unit)
        .unwrap();
    assert_eq!(
        unit.kind,
        zonedash::model::UnitKind::Rank,
        "前移5位 moves a rank"
    );
    assert!(validate(&draft.dataset).is_empty());
}

#[test]
fn bad_input_ends_in_a_message_or_an_empty_draft() {
    let empty = draft_bytes(b"", "empty.txt").unwrap_err().to_string();
    assert!(
        empty.contains("empty.txt") && empty.contains("empty"),
        "{empty}"
    );
    let binary: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 256) as u8).collect();
    let message = draft_bytes(&binary, "blob.bin").unwrap_err().to_string();
    assert!(message.starts_with("blob.bin: "), "{message}");
    let words = draft_text(
        "一、总体情况\n今年我们继续努力工作,取得了新的进展。\n",
        "words.txt",
        "UTF-8",
    );
    assert!(words.dataset.metrics.is_empty());
    assert!(
        validate(&words.dataset).is_empty(),
        "{:?}",
        validate(&words.dataset)
    );
}

#[test]
fn long_and_odd_texts_end_quickly_without_panic() {
    // One line of a megabyte with no punctuation, digits everywhere, brackets never closed.
    let odd: String = (0..120_000)
        .map(|i| format!("(“第{i}个{}", i % 10))
        .collect();
    let draft = draft_text(&odd, "odd.txt", "UTF-8");
    assert!(validate(&draft.dataset).is_empty());
    assert!(draft.reading.ignored.len() <= 20_000);
    let numbers: String = (0..200_000).map(|i| format!("新增{i}家企业。")).collect();
    let draft = draft_text(&numbers, "many.txt", "UTF-8");
    assert!(draft.dataset.metrics.len() <= 10_000);
}

#[test]
fn a_text_over_16_mib_is_refused_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    // A sparse file: one byte past the limit, without writing 16 MiB to the disk.
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(16 * 1024 * 1024 + 1).unwrap();
    let message = draft_file(&path).unwrap_err().to_string();
    assert!(
        message.contains("huge.txt") && message.contains("16 MiB"),
        "{message}"
    );
}

#[test]
fn the_command_writes_a_dataset_that_validates_against_its_text() {
    let dir = tempfile::tempdir().unwrap();
    for text in corpus().into_iter().chain([seed()]) {
        let out = dir.path().join("draft.json");
        let assert = Command::cargo_bin("zonedash")
            .unwrap()
            .args([
                "draft".as_ref(),
                text.as_os_str(),
                "-o".as_ref(),
                out.as_os_str(),
                "--force".as_ref(),
            ])
            .assert()
            .success();
        let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
        assert!(stderr.contains("machine-read and unreviewed"), "{stderr}");
        assert!(stderr.contains("not taken"), "{stderr}");
        Command::cargo_bin("zonedash")
            .unwrap()
            .args([
                "validate".as_ref(),
                out.as_os_str(),
                "--source".as_ref(),
                text.as_os_str(),
            ])
            .assert()
            .success();
    }
}

#[test]
fn the_command_never_replaces_a_file_unasked() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("mine.json");
    std::fs::write(&out, "keep me").unwrap();
    Command::cargo_bin("zonedash")
        .unwrap()
        .args([
            "draft".as_ref(),
            seed().as_os_str(),
            "-o".as_ref(),
            out.as_os_str(),
        ])
        .assert()
        .failure();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
}

#[test]
fn a_report_text_opens_as_data_drafted_in_memory() {
    let text = fixture("draft/yunxi-2023.gb18030.txt");
    let out = Command::cargo_bin("zonedash")
        .unwrap()
        .args([
            "--data".as_ref(),
            text.as_os_str(),
            "render".as_ref(),
            "--size".as_ref(),
            "120x40".as_ref(),
            "--lang".as_ref(),
            "en".as_ref(),
        ])
        .assert()
        .success();
    let screen = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        screen.contains("DRAFT (machine-read) · 云溪经济技术开发区"),
        "{screen}"
    );
}

#[test]
fn the_report_year_is_never_a_founding_date_and_a_years_end_compared_with_is_the_year_before() {
    let founded = "园区于2011年6月成立。\n园区实现工业总产值5.88亿元。\n";
    assert!(draft_bytes(founded.as_bytes(), "f.txt").is_err());
    let stock = "今年以来，高新区市场主体存量为36581户，较2023年末净增11152户。\n";
    let draft = draft_bytes(stock.as_bytes(), "s.txt").unwrap();
    assert_eq!(draft.dataset.report.year, 2024);
    // A year set out with a space, as text copied from a laid-out page holds it.
    let spaced = "2003 年，开发区实现国内生产总值42亿元。\n";
    let draft = draft_bytes(spaced.as_bytes(), "p.txt").unwrap();
    assert_eq!(draft.dataset.report.year, 2003);
}

#[test]
fn run_in_items_on_the_opening_line_keep_their_figures() {
    let text = "今年以来，高新区稳中求进。2024年1至9月，全区呈现三大特点：一是工业生产延续增势。\
                园区实现规上工业总产值405.97亿元。二是消费有序恢复。社会消费品零售总额71.06亿元。\n";
    let draft = draft_bytes(text.as_bytes(), "r.txt").unwrap();
    let values: Vec<f64> = draft.dataset.metrics.iter().map(|m| m.value).collect();
    assert!(
        values.contains(&405.97) && values.contains(&71.06),
        "{values:?}"
    );
    assert!(
        draft
            .dataset
            .sections
            .iter()
            .any(|s| s.title_zh.starts_with("一是"))
    );
}

#[test]
fn a_text_that_names_no_year_is_refused_rather_than_given_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-year.txt");
    std::fs::write(&path, "地区生产总值同比增长百分之五。\n").unwrap();
    let error = draft_file(&path).unwrap_err();
    assert!(
        error.to_string().contains("names no year of its own"),
        "{error}"
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_zonedash"))
        .args(["--lang", "zh", "draft"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("文中没有报告自身的年份"), "{stderr}");
}
