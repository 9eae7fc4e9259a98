//! Maps a [`Reading`] to today's [`Dataset`] (schema 1): ids, units, groups, sections, clusters.

use crate::model::{
    Basis, Cluster, Comparison, Dataset, Direction, Group, Metric, Panel, Period, Project,
    Qualifier, Report, Section, Source, Status, Unit, UnitKind, Zone,
};

use super::doc::Doc;
use super::ir::{BasisRead, DirectionRead, Hedge, Quantity, Reading, Topic};
use super::units::UnitClass;
use super::words::{ADDED, PARTS_OF_A_ZONE};

/// What marks an English field the text gives no English for: schema 1 requires one.
pub const UNTRANSLATED: &str = "(untranslated)";

/// The Chinese text, marked untranslated, for an English field.
fn untranslated(zh: &str) -> String {
    format!("{zh} {UNTRANSLATED}")
}

/// Where each quote of a dataset stands in the text (byte offset), by the id of its figure,
/// project or cluster: the checks of a draft then need no search of the text.
pub type Anchors = rustc_hash::FxHashMap<String, usize>;

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
    for (topic, id, panel, zh, en) in [
        (Topic::Growth, "growth", Panel::Growth, "增长指标", "Growth"),
        (
            Topic::Environment,
            "environment",
            Panel::Environment,
            "生态环境",
            "Environment",
        ),
        (
            Topic::Counts,
            "counts",
            Panel::Counts,
            "数量与规模",
            "Counts and levels",
        ),
        (
            Topic::History,
            "history",
            Panel::History,
            "今昔对比",
            "Then and now",
        ),
        (Topic::Plan, "plan", Panel::Plan, "计划目标", "Plan targets"),
    ] {
        if reading.quantities.iter().any(|q| q.topic == topic) {
            groups.push(Group {
                id: id.into(),
                panel,
                label_zh: zh.into(),
                label_en: en.into(),
            });
        }
    }
    let dataset = Dataset {
        honours: Vec::new(),
        inferred: Vec::new(),
        schema_version: crate::model::CURRENT_SCHEMA_VERSION,
        zone: Zone {
            id: "draft-zone".into(),
            // The screen says a draft is one (`report.machine_read`) wherever the zone is named.
            short_zh: zone_zh.chars().take(12).collect::<String>(),
            short_en: untranslated(&zone_zh.chars().take(12).collect::<String>()),
            name_en: untranslated(&zone_zh),
            name_zh: zone_zh,
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
                "机读草稿,未经审核:由报告文本 {file}({})读出",
                reading.encoding
            ),
            published_en: format!(
                "machine-read draft, unreviewed: read from the report text {file} ({})",
                reading.encoding
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

fn front_title(doc: &Doc, reading: &Reading) -> String {
    match doc.lines.iter().find(|l| !l.clutter) {
        Some(line) => doc
            .verbatim(line.range.start..line.range.end.min(line.range.start + 60))
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
        rank_of: None,
        id,
        group: match q.topic {
            Topic::Growth => "growth",
            Topic::Environment => "environment",
            Topic::Counts => "counts",
            Topic::History => "history",
            Topic::Plan => "plan",
        }
        .into(),
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

/// True when `part` (综保区, 高新区) is how the text names the zone itself.
fn is_the_zone(part: &str, zone: Option<&str>) -> bool {
    let Some(zone) = zone else { return false };
    zone.ends_with(part) || zone.ends_with(super::title::full_kind(part))
}

/// The catalogue indicator `q` names, when its unit and basis fit the entry. A level or total
/// stated as a bound (突破四千亿元, 超过90亿元) is a threshold crossed, not the indicator's value
/// for the period, so it names none; a target's bound (力争突破400亿元, 增长10%以上) is still the
/// target. A figure
/// whose sentence names another year than its own names none either.
fn accepted_indicator(
    doc: &Doc,
    reading: &Reading,
    q: &Quantity,
    basis: Basis,
) -> Option<&'static crate::model::indicators::Indicator> {
    // 从1993年的1.2亿元: a figure of another year than the report's or its plan's is history
    // (an average over years is of its range).
    if let Some((_, Some(year))) = &q.period
        && q.range.is_none()
        && Some(*year) != reading.year
        && Some(*year) != reading.plan_year
    {
        return None;
    }
    // 从建区之初的1.8亿元: a time the text names without a year is not the report's.
    if matches!(&q.period, Some((_, None))) {
        return None;
    }
    // 核心区地区生产总值: a part's figure; 綦浦综保区进出口总额 in 綦浦综合保税区's own report is
    // the zone's.
    if let Some(ind) = q.indicator.and_then(crate::model::indicators::lookup)
        && let Some(at) = ind.written.iter().filter_map(|n| q.label.find(n)).min()
        && let Some(part) = PARTS_OF_A_ZONE
            .iter()
            .find(|w| q.label[..at].ends_with(**w))
        && !is_the_zone(part, reading.zone.as_deref())
    {
        return None;
    }
    // 新增高新技术企业47家: the firms added are not the firms there are.
    let before = doc.folded(q.quote.start..q.span.start);
    if basis == Basis::Count && ADDED.iter().any(|w| before.contains(w)) {
        return None;
    }
    let bound = q
        .hedges
        .iter()
        .any(|h| matches!(h, Hedge::MoreThan(_) | Hedge::AtLeast(_)));
    if bound && !q.planned && !basis.is_change() {
        return None;
    }
    // 五年累计完成固定资产投资1.06万亿元: a total over years is not one year's figure.
    if basis == Basis::Cumulative && q.range.is_some() {
        return None;
    }
    // 比2020年增长25%, 2019年…为280亿元: not surely the indicator for the figure's period.
    if q.other_year {
        return None;
    }
    q.indicator
        .and_then(crate::model::indicators::lookup)
        .and_then(|ind| {
            if q.basis.is_change() {
                ind.change()
            } else {
                Some(ind)
            }
        })
        .filter(|ind| ind.accepts_unit(&q.unit) && ind.bases.contains(&basis))
}

fn basis_of(q: &Quantity) -> Basis {
    match q.basis {
        BasisRead::YearOnYear => Basis::YearOnYear,
        BasisRead::AverageAnnual => Basis::AverageAnnual,
        BasisRead::LikeForLike => Basis::LikeForLike,
        BasisRead::MonthOnMonthAverage => Basis::MonthOnMonthAverage,
        BasisRead::Cumulative => Basis::Cumulative,
        BasisRead::Share if (0.0..=100.0).contains(&q.value) => Basis::Share,
        BasisRead::Rank => Basis::Rank,
        BasisRead::Date => Basis::Date,
        BasisRead::Streak => Basis::Streak,
        BasisRead::ShareOfTarget => Basis::ShareOfTarget,
        BasisRead::Count => Basis::Count,
        BasisRead::Share | BasisRead::Level => Basis::Level,
    }
}

/// The id of `q`'s unit, adding the unit on first use.
fn unit_id(units: &mut Vec<Unit>, q: &Quantity) -> String {
    let class = unit_class(q);
    let kind = match class {
        UnitClass::Percent => UnitKind::Percent,
        UnitClass::Money => UnitKind::Money,
        UnitClass::Area => UnitKind::Area,
        UnitClass::Concentration => UnitKind::Concentration,
        UnitClass::Count => UnitKind::Count,
        UnitClass::Rank => UnitKind::Rank,
        _ if q.basis == BasisRead::Date => UnitKind::Year,
        // Schema 1 has no kind for these; Duration is the one whose checks and display fit
        // any non-negative amount shown with its own unit.
        _ => UnitKind::Duration,
    };
    if let Some(u) = units.iter().find(|u| u.zh == q.unit && u.kind == kind) {
        return u.id.clone();
    }
    let id = format!("u{}", units.len() + 1);
    units.push(Unit {
        id: id.clone(),
        kind,
        zh: q.unit.clone(),
        en: unit_en(&q.unit, kind),
        base: None,
        factor: None,
    });
    id
}

fn unit_class(q: &Quantity) -> UnitClass {
    match q.unit.as_str() {
        "%" | "‰" => UnitClass::Percent,
        u if q.basis == BasisRead::Rank && matches!(u, "名" | "位") => UnitClass::Rank,
        u if u.ends_with('元') => UnitClass::Money,
        u if ["平方公里", "平方千米", "平方米", "平米", "公顷", "亩"]
            .iter()
            .any(|a| u.ends_with(a)) =>
        {
            UnitClass::Area
        }
        u if u.contains("/立方米") || u.starts_with('μ') => UnitClass::Concentration,
        u if q.basis == BasisRead::Count && !u.starts_with(['十', '百', '千', '万', '亿']) => {
            UnitClass::Count
        }
        _ => UnitClass::Scale,
    }
}

fn unit_en(zh: &str, kind: UnitKind) -> String {
    let known = [
        ("%", "%"),
        ("亿元", "100M yuan"),
        ("万元", "10k yuan"),
        ("元", "yuan"),
        ("万亿元", "trillion yuan"),
        ("平方公里", "km²"),
        ("平方米", "m²"),
        ("万平方米", "10k m²"),
        ("平米", "m²"),
        ("亩", "mu"),
        ("微克/立方米", "µg/m³"),
        ("个百分点", "percentage points"),
        ("倍", "times"),
        ("成", "tenths"),
        ("家", "companies"),
        ("项", "items"),
        ("次", "times"),
        ("个", "count"),
        ("人", "people"),
        ("万人", "10k people"),
        ("公里", "km"),
        ("吨", "t"),
        ("万吨", "10k t"),
    ];
    match (kind, known.iter().find(|(z, _)| *z == zh)) {
        (UnitKind::Year, _) => "year".into(),
        (UnitKind::Rank, _) => "rank".into(),
        (UnitKind::Duration, _) if zh == "年" => "years".into(),
        (UnitKind::Duration, _) if zh == "周年" => "years (anniversary)".into(),
        (_, Some((_, en))) => (*en).into(),
        _ => zh.into(),
    }
}

/// One cluster per section that names projects, holding them in reading order.
fn clusters(
    doc: &Doc,
    reading: &Reading,
    sections: &[Section],
    section_id: &dyn Fn(usize) -> String,
    anchors: &mut Anchors,
) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::new();
    for (n, p) in reading.projects.iter().enumerate() {
        let Some(status) = status_of(p.status_word) else {
            continue;
        };
        let section = p.section.map_or_else(|| "front".into(), section_id);
        let cluster_id = format!("c_{section}");
        let id = format!("p{:03}", n + 1);
        anchors.insert(id.clone(), doc.byte_at(p.quote.start));
        let project = Project {
            id,
            name_zh: p.name.clone(),
            name_en: untranslated(&p.name),
            status,
            planned: p.planned,
            source: Source {
                basis_from: None,
                section: section.clone(),
                quote: doc.verbatim(p.quote.clone()).to_owned(),
                context: None,
            },
        };
        match clusters.iter_mut().find(|c| c.id == cluster_id) {
            Some(c) => c.projects.push(project),
            None => {
                let heading = sections
                    .iter()
                    .find(|s| s.id == section)
                    .map_or_else(String::new, |s| s.title_zh.clone());
                clusters.push(Cluster {
                    level: None,
                    id: cluster_id,
                    label_zh: heading.chars().take(24).collect(),
                    label_en: untranslated(&heading.chars().take(24).collect::<String>()),
                    source: Source {
                        basis_from: None,
                        section,
                        quote: heading.chars().take(80).collect(),
                        context: None,
                    },
                    projects: vec![project],
                });
            }
        }
    }
    clusters
}

fn status_of(word: &str) -> Option<Status> {
    Some(match word {
        "开工" | "开工建设" => Status::Started,
        "落地" | "落地运营" => Status::Landed,
        "投产" => Status::InProduction,
        "竣工" => Status::Completed,
        "签约" => Status::Signed,
        "封顶" => Status::ToppedOut,
        "投入使用" => Status::InUse,
        "投入运营" | "运营" => Status::Operating,
        "扩产" => Status::Expanding,
        "立项" => Status::Approved,
        "入驻" => Status::Settled,
        "摘牌" | "拿地" => Status::LandWon,
        "并网发电" => Status::GridConnected,
        _ => return None,
    })
}
