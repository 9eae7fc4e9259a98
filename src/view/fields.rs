//! Every field of an item, named in the reader's language: what the source popup lists.

use super::figure;
use crate::lang::Lang;
use crate::model::{Dataset, Item, format_value};

/// `(field, value)` pairs describing `item` completely, ending with the report it is from (with
/// many reports open, a comparison or a search mixes them).
pub fn fields(d: &Dataset, item: Item, lang: Lang) -> Vec<(&'static str, String)> {
    let mut all = item_fields(d, item, lang);
    if matches!(
        item,
        Item::Metric(_) | Item::Project(_) | Item::Honour(_) | Item::Claim(_)
    ) {
        all.push((lang.pick("报告", "report"), report_line(d, lang)));
    }
    all
}

/// The zone, the report's title and year, and whether it is a machine-read draft.
fn report_line(d: &Dataset, lang: Lang) -> String {
    let draft = if d.report.machine_read {
        lang.pick("(机读草稿,未审核)", " (machine-read draft, unreviewed)")
    } else {
        ""
    };
    format!(
        "{} · {} ({}){}{draft}",
        crate::view::context_words::zone_names(d, false, lang),
        lang.pick(&d.report.title_zh, &d.report.title_en),
        d.report.year,
        crate::view::context_words::report_marks(d, lang)
    )
}

/// The fields of the item itself.
fn item_fields(d: &Dataset, item: Item, lang: Lang) -> Vec<(&'static str, String)> {
    let t = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    match item {
        Item::Metric(i) => {
            let m = &d[i];
            vec![
                (
                    t("名称", "label"),
                    format!(
                        "{} / {}",
                        m.label_zh,
                        Lang::En.label(&m.label_zh, &m.label_en)
                    ),
                ),
                (t("数值", "value"), value_line(d, m, lang)),
                (
                    t("时期", "period"),
                    lang.pick(&m.period.zh, &m.period.en).to_owned(),
                ),
                (
                    t("口径", "basis"),
                    figure::basis_words(m.basis, lang).to_owned(),
                ),
                (
                    t("限定", "qualifiers"),
                    or_none(figure::qualifier_words(m, lang), lang),
                ),
                (
                    t("方向", "direction"),
                    lang.pick(m.direction.zh(), m.direction.en()).to_owned(),
                ),
                (t("编号", "id"), m.id.clone()),
                (
                    t("章节", "section"),
                    figure::section_title(d, &m.source.section, lang).to_owned(),
                ),
                (t("原文", "quote"), format!("「{}」", m.source.quote)),
            ]
            .into_iter()
            .chain(
                m.source
                    .context
                    .as_ref()
                    .map(|c| (t("句首", "sentence opens"), format!("「{c}」"))),
            )
            .chain(
                m.source
                    .basis_from
                    .as_ref()
                    .map(|b| (t("口径见", "basis stated in"), format!("「{b}」"))),
            )
            .chain(
                crate::view::context_words::pool_words(m, lang)
                    .map(|p| (t("排名范围", "ranked"), p)),
            )
            .chain(m.share_of.as_ref().map(|pool| {
                let name = lang.label(&pool.zh, pool.en.as_deref().unwrap_or(""));
                (t("占比基数", "share of"), name.into_owned())
            }))
            .chain(
                crate::view::context_words::streak_words(d, m, lang)
                    .map(|p| (t("连续所指", "streak of"), p)),
            )
            .chain(m.about.as_ref().map(|about| {
                (
                    t("所指", "about"),
                    crate::view::context_words::about_words(d, about, lang),
                )
            }))
            .collect()
        }
        Item::Project(p) => {
            let project = &d[p];
            let cluster = &d[p.cluster];
            vec![
                (
                    t("名称", "name"),
                    format!(
                        "{} / {}",
                        project.name_zh,
                        Lang::En.label(&project.name_zh, &project.name_en)
                    ),
                ),
                (
                    t("状态", "status"),
                    crate::view::context_words::statuses(project.status, &project.also, lang),
                ),
                (
                    t("列举", "list"),
                    if project.more_unnamed {
                        t("此后有“等”:另有未点名者", "ends in 等: more are not named")
                    } else {
                        t("点名", "named")
                    }
                    .to_owned(),
                ),
                (
                    t("计划", "planned"),
                    if project.planned {
                        format!("{} {}", t("是,", "yes:"), figure::plan_label(d, lang))
                    } else {
                        format!("{} {}", t("否,", "no:"), figure::review_label(d, lang))
                    },
                ),
                (
                    t("产业", "cluster"),
                    lang.pick(&cluster.label_zh, &cluster.label_en).to_owned(),
                ),
                (t("编号", "id"), project.id.clone()),
                (
                    t("章节", "section"),
                    figure::section_title(d, &project.source.section, lang).to_owned(),
                ),
                (t("原文", "quote"), format!("「{}」", project.source.quote)),
            ]
        }
        Item::Reference(r) => {
            let reference = &d[r];
            vec![
                (
                    t("名称", "label"),
                    format!("{} / {}", reference.label_zh, reference.label_en),
                ),
                (t("数值", "value"), figure::reference_value_text(d, r, lang)),
                (
                    t("对照", "compared with"),
                    compared_label(d, &reference.compares_to, lang),
                ),
                (
                    t("来源", "source"),
                    t("报告之外的参考值", "a reference from outside the report").to_owned(),
                ),
                (t("出处", "citation"), reference.citation.clone()),
            ]
        }
        Item::Section(s) => {
            let section = &d[s];
            vec![
                (t("标题", "title"), section.title_zh.clone()),
                (t("英文", "English"), section.title_en.clone()),
                (
                    t("所属", "part"),
                    section.parent.as_deref().map_or(String::new(), |p| {
                        figure::section_title(d, p, lang).to_owned()
                    }),
                ),
            ]
        }
        Item::Honour(h) => {
            let honour = &d[h];
            let words = crate::view::context_words::holder_words(d, honour, lang);
            vec![
                (
                    t("称号", "title"),
                    format!(
                        "{} / {}",
                        honour.title_zh,
                        crate::view::context_words::honour_title(honour, Lang::En)
                    ),
                ),
                (t("获得者", "holder"), words),
                (
                    t("方式", "how"),
                    crate::view::context_words::statuses(honour.status, &honour.also, lang),
                ),
                (
                    t("级别", "level"),
                    honour.level.map_or_else(
                        || t("未载明", "not stated").to_owned(),
                        |l| lang.pick(l.zh(), l.en()).to_owned(),
                    ),
                ),
                (
                    t("年份", "year"),
                    honour
                        .year
                        .map_or_else(|| t("未载明", "not stated").to_owned(), |y| y.to_string()),
                ),
                (t("编号", "id"), honour.id.clone()),
                (
                    t("章节", "section"),
                    figure::section_title(d, &honour.source.section, lang).to_owned(),
                ),
                (t("原文", "quote"), format!("「{}」", honour.source.quote)),
            ]
        }
        Item::Claim(c) => claim_fields(d, &d[c], lang),
    }
}

/// The fields of a claim: what it says, about whom, against what, and its quote.
fn claim_fields(d: &Dataset, c: &crate::model::Claim, lang: Lang) -> Vec<(&'static str, String)> {
    let t = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    let none = || t("未载明", "not stated").to_owned();
    vec![
        (
            t("表述", "claim"),
            format!(
                "{} / {}",
                c.label_zh,
                Lang::En.label(&c.label_zh, &c.label_en)
            ),
        ),
        (
            t("数值", "value"),
            t("无:没有数字的表述", "none: a claim without a number").to_owned(),
        ),
        (
            t("所指", "about"),
            c.about.as_ref().map_or_else(
                || crate::view::context_words::holder_name(d, &crate::model::Holder::Zone, lang),
                |a| crate::view::context_words::about_words(d, a, lang),
            ),
        ),
        (
            t("对照", "against"),
            if c.against.is_empty() {
                none()
            } else {
                c.against.join(t("、", ", "))
            },
        ),
        (
            t("涉及数字", "figure"),
            c.figure
                .as_deref()
                .map_or_else(none, |id| compared_label(d, id, lang)),
        ),
        (t("编号", "id"), c.id.clone()),
        (
            t("章节", "section"),
            figure::section_title(d, &c.source.section, lang).to_owned(),
        ),
        (t("原文", "quote"), format!("「{}」", c.source.quote)),
    ]
}

/// The value as shown, and for a fall its signed value too (`▼8.6% (-8.6)`).
fn value_line(d: &Dataset, m: &crate::model::Metric, lang: Lang) -> String {
    let shown = figure::value_text(d, m, lang);
    if figure::change_glyph(m).is_some() && m.value < 0.0 {
        format!("{shown} ({})", format_value(m.value))
    } else {
        shown
    }
}

/// The label of the figure with `id`, or the id.
fn compared_label(d: &Dataset, id: &str, lang: Lang) -> String {
    d.metrics
        .iter()
        .find(|m| m.id == id)
        .map_or(id.to_owned(), |m| figure::label(m, lang).into_owned())
}

fn or_none(text: String, lang: Lang) -> String {
    if text.is_empty() {
        lang.pick("无", "none").to_owned()
    } else {
        text
    }
}
