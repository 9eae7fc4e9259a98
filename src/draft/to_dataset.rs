//! Maps a [`Reading`] to today's [`Dataset`] (schema 1): ids, units, groups, sections, clusters.

use crate::model::{
    Comparison, Dataset, Direction, Group, Metric, Period, Qualifier, Report, Section, Source,
    Unit, Zone,
};

use super::dataset_clusters::clusters;
use super::dataset_units::unit_id;
use super::doc::Doc;
use super::drafted::{Anchors, UNTRANSLATED, untranslated};
use super::indicator_tags::{accepted_indicator, basis_of};
use super::ir::{DirectionRead, Hedge, Quantity, Reading, Topic};

/// Builds the dataset of `reading`; `file` is the report's file name.
pub fn to_dataset(doc: &Doc, reading: &Reading, file: &str) -> (Dataset, Anchors) {
    let mut anchors = Anchors::default();
    let year = reading.year.unwrap_or(2000);
    let title = reading
        .title
        .clone()
        .unwrap_or_else(|| "工作报告".to_owned());
    let zone_zh = reading
        .zone
        .clone()
        .unwrap_or_else(|| "未识别的开发区".to_owned());
    // 政府工作报告 alone names no report: the title says whose it is, marked as not the
    // text's own words.
    let address = super::drafted::source_address(doc);
    let title_verbatim = !(GENERIC_TITLES.contains(&title.trim()) && reading.zone.is_some());
    let title = if title_verbatim {
        title
    } else {
        format!("{zone_zh}{}", title.trim())
    };
    let mut sections = vec![Section {
        id: "front".into(),
        parent: None,
        number: None,
        title_zh: front_title(doc, reading),
        title_en: untranslated(&front_title(doc, reading)),
        stated_count: None,
    }];
    let section_id = |i: usize| format!("s{}", i + 1);
    for (i, s) in reading.sections.iter().enumerate() {
        sections.push(Section {
            id: section_id(i),
            parent: s.parent.map(section_id),
            number: s.number,
            title_zh: s.title.clone(),
            title_en: untranslated(&s.title),
            stated_count: None,
        });
    }
    let mut units: Vec<Unit> = Vec::new();
    let mut metrics = Vec::new();
    let mut used_ids = rustc_hash::FxHashSet::default();
    for (i, q) in reading.quantities.iter().enumerate() {
        let unit = unit_id(&mut units, q);
        let base = accepted_indicator(doc, reading, q, basis_of(q)).map(|ind| ind.id.to_owned());
        let mut id = base.unwrap_or_else(|| format!("f{:03}", i + 1));
        while !used_ids.insert(id.clone()) {
            id = format!("{id}_{}", i + 1);
        }
        anchors.insert(id.clone(), doc.byte_at(q.quote.start));
        metrics.push(metric(doc, q, id, unit, reading, &section_id));
    }
    let comparisons = reading
        .pairs
        .iter()
        .enumerate()
        .map(|(n, (from, to))| Comparison {
            id: format!("pair_{}", n + 1),
            label_zh: reading.quantities[*to].label.clone(),
            label_en: untranslated(&reading.quantities[*to].label),
            short_zh: None,
            short_en: None,
            from: metrics[*from].id.clone(),
            to: metrics[*to].id.clone(),
        })
        .collect();
    let clusters = clusters(doc, reading, &sections, &section_id, &mut anchors);
    let mut groups = Vec::new();
    for (topic, zh, en) in [
        (Topic::Growth, "增长指标", "Growth"),
        (Topic::Environment, "生态环境", "Environment"),
        (Topic::Counts, "数量与规模", "Counts and levels"),
        (Topic::History, "今昔对比", "Then and now"),
        (Topic::Plan, "计划目标", "Plan targets"),
    ] {
        if reading.quantities.iter().any(|q| q.topic == topic) {
            groups.push(Group {
                // A group per topic, named after it.
                id: crate::model::snake_name(&topic),
                panel: topic,
                label_zh: zh.into(),
                label_en: en.into(),
            });
        }
    }
    let dataset = Dataset {
        honours: super::honours::honours(doc, &reading.sections, &section_id, &mut anchors),
        inferred: Vec::new(),
        claims: Vec::new(),
        schema_version: crate::model::CURRENT_SCHEMA_VERSION,
        zone: Zone {
            id: "draft-zone".into(),
            // The screen says a draft is one (`report.machine_read`) wherever the zone is named.
            short_zh: zone_zh.chars().take(12).collect::<String>(),
            short_en: untranslated(&zone_zh.chars().take(12).collect::<String>()),
            name_en: untranslated(&zone_zh),
            name_zh: zone_zh,
            other_names: Vec::new(),
        },
        report: Report {
            title_verbatim,
            excerpt: is_excerpt(doc),
            id: "draft-report".into(),
            year,
            plan_year: reading.plan_year,
            title_en: untranslated(&title),
            title_zh: title,
            publisher_zh: reading.zone.clone().unwrap_or_else(|| "未识别".into()),
            publisher_en: UNTRANSLATED.into(),
            published_zh: format!(
                "机读草稿,未经审核:由报告文本 {file}({})读出{}",
                reading.encoding,
                address
                    .as_ref()
                    .map_or(String::new(), |a| format!(";原文见 {a}"))
            ),
            published_en: format!(
                "machine-read draft, unreviewed: read from the report text {file} ({}){}",
                reading.encoding,
                address
                    .as_ref()
                    .map_or(String::new(), |a| format!("; published at {a}"))
            ),
            source_file: file.to_owned(),
            synthetic: false,
            machine_read: true,
        },
        sections,
        groups,
        units,
        metrics,
        clusters,
        comparisons,
        references: Vec::new(),
        panel_titles: Vec::new(),
    };
    (dataset, anchors)
}

/// The front section's heading: the report's first line of text.
/// Titles that name no report of their own.
const GENERIC_TITLES: &[&str] = &[
    "政府工作报告",
    "工作报告",
    "管委会工作报告",
    "管理委员会工作报告",
];

/// True when the text ends by saying it goes on elsewhere (（未完）, ……(未完待续)): an excerpt.
fn is_excerpt(doc: &Doc) -> bool {
    // Page clutter counts here: a line of its own saying 未完 may be taken for clutter.
    doc.lines
        .iter()
        .rev()
        .find(|l| !doc.folded(l.range.clone()).trim().is_empty())
        .is_some_and(|l| doc.folded(l.range.clone()).contains("未完"))
}

/// The front's title: the text's first line, cut short, and never running into the first
/// section's heading (…并呈现五大运行特点:一是工业生产延续增势).
fn front_title(doc: &Doc, reading: &Reading) -> String {
    let first_section = reading.sections.first().map_or(usize::MAX, |s| s.at);
    match doc.lines.iter().find(|l| !l.clutter) {
        Some(line) => doc
            .verbatim(
                line.range.start
                    ..line
                        .range
                        .end
                        .min(line.range.start + 60)
                        .min(first_section.max(line.range.start + 1)),
            )
            .trim_end()
            .to_owned(),
        None => reading.title.clone().unwrap_or_default(),
    }
}

fn metric(
    doc: &Doc,
    q: &Quantity,
    id: String,
    unit: String,
    reading: &Reading,
    section_id: &dyn Fn(usize) -> String,
) -> Metric {
    let (year, plan_year) = (reading.year.unwrap_or(2000), reading.plan_year);
    let part = reading.part.as_deref();
    let quote = doc.verbatim(q.quote.clone()).to_owned();
    let context = q.context.clone().map(|c| doc.verbatim(c).to_owned());
    let text = format!("{quote}{}", context.as_deref().unwrap_or_default());
    let mut qualifiers: Vec<Qualifier> = Vec::new();
    for h in &q.hedges {
        let qualifier = match h {
            Hedge::Expected => Qualifier::Expected,
            Hedge::MoreThan(_) => Qualifier::MoreThan,
            Hedge::AtLeast(_) => Qualifier::AtLeast,
            Hedge::Approximate(_) => Qualifier::Approximate,
            Hedge::LessThan(_) => Qualifier::LessThan,
            Hedge::AtMost(_) => Qualifier::AtMost,
            Hedge::ComparablePrices => Qualifier::ComparablePrices,
            Hedge::Excluding(what) => Qualifier::Excluding(crate::model::Excluded {
                zh: what.clone(),
                en: None,
            }),
        };
        // A round magnitude (百万平米) is its own marker of an approximate figure.
        let round = matches!(h, Hedge::Approximate("round figure"));
        let marked = round
            || qualifier.keywords().is_empty()
            || qualifier.keywords().iter().any(|w| text.contains(w));
        if marked && !qualifiers.contains(&qualifier) {
            qualifiers.push(qualifier);
        }
    }
    if q.planned {
        qualifiers.push(Qualifier::Planned);
    }
    let range = q.range;
    let (period_zh, period_en, period_year) = match (&q.period, q.planned) {
        _ if let Some((from, to)) = range => {
            (format!("{from}—{to}年"), format!("{from}–{to}"), None)
        }
        (Some((zh, y)), _) => (
            zh.clone(),
            y.map_or_else(|| zh.clone(), |y| y.to_string()),
            *y,
        ),
        (None, true) => {
            let y = plan_year.unwrap_or(year + 1);
            (format!("{y}年"), y.to_string(), Some(y))
        }
        (None, false) => match part {
            // A report on part of a year: its figures are of that part unless they say more.
            Some(part) => (format!("{year}年{part}"), year.to_string(), Some(year)),
            None => ("报告年度".into(), format!("report year {year}"), Some(year)),
        },
    };
    let basis = basis_of(q);
    let indicator = accepted_indicator(doc, reading, q, basis);
    let label_en = indicator.map_or_else(|| untranslated(&q.label), |ind| ind.name_en.to_owned());
    Metric {
        rank_of: (basis == crate::model::Basis::Rank)
            .then(|| super::rank_pools::pool_of(&quote, q.pool.as_deref()))
            .flatten(),
        share_of: None,
        streak_of: None,
        about: None,
        id,
        group: crate::model::snake_name(&q.topic),
        cluster: None,
        label_zh: q.label.clone(),
        label_en,
        short_zh: None,
        short_en: None,
        indicator: indicator.map(|ind| ind.id.to_owned()),
        value: q.value,
        unit,
        period: Period {
            from: range.map(|r| r.0),
            to: range.map(|r| r.1),
            zh: period_zh,
            en: period_en,
            year: period_year,
        },
        basis,
        qualifiers,
        direction: match q.direction {
            DirectionRead::Higher => Direction::HigherIsBetter,
            DirectionRead::Lower => Direction::LowerIsBetter,
            DirectionRead::Neutral => Direction::Neutral,
        },
        source: Source {
            basis_from: None,
            section: q.section.map_or_else(|| "front".into(), section_id),
            quote,
            context,
        },
    }
}
