//! Checks of schema 2's records: honours, cluster levels, period ranges and plan periods, inferred fields.

use super::{Checker, Known, Place, index};
use crate::lang::Text;
use crate::model::path::DataPath;
use crate::model::records::Holder;
use crate::model::types::{Dataset, Metric};
use crate::model::vocab::{Basis, Level, Status};
use crate::sanitize;

/// Five-year plan periods as reports name them, with their years.
pub const PLAN_PERIODS: &[(&str, i32, i32)] = &[
    ("十一五", 2006, 2010),
    ("十二五", 2011, 2015),
    ("十三五", 2016, 2020),
    ("十四五", 2021, 2025),
    ("十五五", 2026, 2030),
];

impl<'a> Checker<'a> {
    /// A period is one year or a range; a range names a plan period's own years; an average
    /// annual change needs a range.
    pub(super) fn period(&mut self, i: usize, m: &Metric) {
        let at = |field: &'static str| DataPath::item("metrics", i).field("period").field(field);
        let p = &m.period;
        match (p.from, p.to) {
            (Some(from), Some(to)) => {
                if p.year.is_some() {
                    self.report(|| {
                        (
                            at("year"),
                            Text::new(
                                "时期要么是一年(year),要么是起止(from, to),不能两者都有",
                                "a period has a year or a range (from, to), not both",
                            ),
                        )
                    });
                }
                for (field, year) in [("from", from), ("to", to)] {
                    if !(1000..=9999).contains(&year) {
                        self.report(|| (at(field), super::not_a_year(year)));
                    }
                }
                if from > to {
                    self.report(|| {
                        (
                            at("to"),
                            Text::new(
                                format!("起止倒置:止于 {to},早于起始 {from}"),
                                format!("range ends ({to}) before it starts ({from})"),
                            ),
                        )
                    });
                }
                if let Some((name, start, end)) =
                    PLAN_PERIODS.iter().find(|(name, _, _)| p.zh.contains(name))
                    && (from, to) != (*start, *end)
                {
                    self.report(|| {
                        (
                            at("from"),
                            Text::new(
                                format!("{name} 是 {start}–{end},不是 {from}–{to}"),
                                format!("{name} is {start}–{end}, not {from}–{to}"),
                            ),
                        )
                    });
                }
            }
            (None, None) => {
                if let Some((name, start, end)) =
                    PLAN_PERIODS.iter().find(|(name, _, _)| p.zh.contains(name))
                {
                    self.report(|| {
                        (
                            at("zh"),
                            Text::new(
                                format!("{name} 是规划期:请写 from {start} 和 to {end}"),
                                format!(
                                    "{name} names a plan period: give from {start} and to {end}"
                                ),
                            ),
                        )
                    });
                }
                if m.basis == Basis::AverageAnnual {
                    self.report(|| {
                        (
                            at("zh"),
                            Text::new(
                                "年均变化须有起止年份(from, to)",
                                "an average annual change needs a range of years (from, to)",
                            ),
                        )
                    });
                }
            }
            (Some(_), None) => {
                self.report(|| (at("from"), Text::new("有 from 须有 to", "from needs a to")))
            }
            (None, Some(_)) => {
                self.report(|| (at("to"), Text::new("有 to 须有 from", "to needs a from")))
            }
        }
    }

    /// A cluster's level is written in its quote.
    pub(super) fn cluster_level(&mut self, i: usize, level: Level, quote: &str) {
        if !level.keywords().iter().any(|w| quote.contains(w)) {
            self.report(|| {
                (
                    DataPath::item("clusters", i).field("level"),
                    Text::new(
                        format!(
                            "级别 \"{}\" 要求集群的原文有 {} 之一",
                            level.zh(),
                            level.keywords().join("/")
                        ),
                        format!(
                            "level \"{}\" needs one of {} in the cluster's quote",
                            level.en(),
                            level.keywords().join("/")
                        ),
                    ),
                )
            });
        }
    }

    /// A status is written in its quote; else the message names the statuses the quote fits.
    pub(super) fn status(&mut self, path: DataPath, status: Status, quote: &str) {
        let words = status.keywords();
        if words.iter().any(|w| quote.contains(w)) {
            return;
        }
        let fits: Vec<String> = Status::ALL
            .iter()
            .filter_map(|s| {
                let found: Vec<&str> = s
                    .keywords()
                    .iter()
                    .copied()
                    .filter(|w| quote.contains(w))
                    .collect();
                (!found.is_empty())
                    .then(|| format!("{} ({})", crate::model::snake_name(s), found.join("/")))
            })
            .collect();
        let (fits_zh, fits) = if fits.is_empty() {
            (
                "原文没有任何状态的用词".to_owned(),
                "it has the words of no status".to_owned(),
            )
        } else {
            (
                format!("原文的用词符合 {}", fits.join("、")),
                format!("its words fit {}", fits.join(", ")),
            )
        };
        self.report(|| {
            (
                path,
                Text::new(
                    format!(
                        "状态 \"{}\" 要求原文写有 {} 中的一个;{fits_zh}",
                        crate::model::snake_name(&status),
                        words.join("/")
                    ),
                    format!(
                        "status \"{}\" needs one of {} in the quote; {fits}",
                        status.en(),
                        words.join("/")
                    ),
                ),
            )
        });
    }

    /// Honours: ids in the shared namespace, the title and the holder in the quote, a known
    /// cluster, the level and the status written.
    pub(super) fn honours(&mut self, d: &'a Dataset) {
        let clusters: Known = index(d.clusters.iter().map(|c| c.id.as_str()));
        let sections: Known = index(d.sections.iter().map(|s| s.id.as_str()));
        let mut ids = std::mem::take(&mut self.item_ids);
        for (i, h) in d.honours.iter().enumerate() {
            let at = |field: &'static str| DataPath::item("honours", i).field(field);
            self.id(Place::At("honours", i), &h.id, false, &mut ids);
            self.text(|| at("title_zh"), &h.title_zh);
            if let Some(en) = &h.title_en {
                self.text(|| at("title_en"), en);
            }
            self.source(|| at("source"), &h.source, &sections);
            let quote = h.source.quote.as_str();
            if !h.title_zh.trim().is_empty() && !quote.contains(h.title_zh.as_str()) {
                self.report(|| {
                    (
                        at("title_zh"),
                        Text::new(
                            format!("称号 {} 不在其原文中", sanitize::quoted(&h.title_zh, 40)),
                            format!(
                                "title {} is not in its quote",
                                sanitize::quoted(&h.title_zh, 40)
                            ),
                        ),
                    )
                });
            }
            match &h.holder {
                Holder::Zone => {}
                Holder::Cluster(id) => {
                    self.reference(|| at("holder.cluster"), "cluster", id, &clusters);
                }
                Holder::Company(name) => {
                    self.name_written(|| at("holder.company"), name, &[quote]);
                }
                Holder::Other(name) => {
                    self.name_written(|| at("holder.other"), name, &[quote]);
                }
            }
            if let Some(level) = h.level
                && !level.keywords().iter().any(|w| quote.contains(w))
            {
                self.report(|| {
                    (
                        at("level"),
                        Text::new(
                            format!(
                                "级别 \"{}\" 要求原文有 {} 之一",
                                level.zh(),
                                level.keywords().join("/")
                            ),
                            format!(
                                "level \"{}\" needs one of {} in the quote",
                                level.en(),
                                level.keywords().join("/")
                            ),
                        ),
                    )
                });
            }
            self.status(at("status"), h.status, quote);
            self.statuses_also(|| at("also"), &h.also, quote);
            if h.year.is_some_and(|y| !(1000..=9999).contains(&y)) {
                self.report(|| (at("year"), super::not_a_year(h.year.unwrap_or_default())));
            }
        }
        self.item_ids = ids;
    }

    /// Each inferred path names a field of the dataset, and says why.
    pub(super) fn inferred(&mut self, d: &Dataset) {
        if d.inferred.is_empty() {
            return;
        }
        let tree = serde_json::to_value(d).unwrap_or_default();
        for (i, inferred) in d.inferred.iter().enumerate() {
            self.text(|| DataPath::item("inferred", i).field("why"), &inferred.why);
            if resolve(&tree, &inferred.path).is_none() {
                self.report(|| {
                    (
                        DataPath::item("inferred", i).field("path"),
                        Text::new(
                            format!(
                                "路径 {} 不是本数据集的字段",
                                sanitize::quoted(&inferred.path, 60)
                            ),
                            format!(
                                "path {} names no field of this dataset",
                                sanitize::quoted(&inferred.path, 60)
                            ),
                        ),
                    )
                });
            }
        }
    }
}

/// The value at a path written as messages write it (`metrics[3].period.zh`).
fn resolve<'v>(tree: &'v serde_json::Value, path: &str) -> Option<&'v serde_json::Value> {
    let mut at = tree;
    for part in path.split('.') {
        let (name, indices) = part.split_once('[').unwrap_or((part, ""));
        if !name.is_empty() {
            at = at.get(name)?;
        }
        for index in indices.split('[').filter(|s| !s.is_empty()) {
            at = at.get(index.strip_suffix(']')?.parse::<usize>().ok()?)?;
        }
    }
    Some(at)
}
