//! Checks of the figures, clusters, comparisons and references: ranges, quotes, names and links.

use rustc_hash::FxHashMap as HashMap;

use super::{Checker, Known, MAX_MAGNITUDE, MAX_QUOTE_CHARS, Place, Seen, index};
use crate::lang::Text;
use crate::model::numerals::FALL_WORDS;
use crate::model::path::DataPath;
use crate::model::records::Source;
use crate::model::types::{Dataset, Metric};
use crate::model::vocab::{Basis, UnitKind};
use crate::sanitize;

impl<'a> Checker<'a> {
    pub(super) fn metrics(&mut self, d: &'a Dataset) {
        let groups = index(d.groups.iter().map(|g| g.id.as_str()));
        let clusters = index(d.clusters.iter().map(|c| c.id.as_str()));
        // Each unit's kind and how many base units one is (万辆 = 10⁴ 辆), for the range checks.
        let units: HashMap<&str, (UnitKind, f64)> = d
            .units
            .iter()
            .map(|u| (u.id.as_str(), (u.kind, u.factor())))
            .collect();
        let unit_words: HashMap<&str, &str> = d
            .units
            .iter()
            .map(|u| (u.id.as_str(), u.zh.as_str()))
            .collect();
        let unit_ids = index(d.units.iter().map(|u| u.id.as_str()));
        let sections = index(d.sections.iter().map(|s| s.id.as_str()));
        let mut ids = std::mem::take(&mut self.item_ids);
        for (i, m) in d.metrics.iter().enumerate() {
            let at = |field: &'static str| DataPath::item("metrics", i).field(field);
            self.id(Place::At("metrics", i), &m.id, false, &mut ids);
            self.reference(|| at("group"), "group", &m.group, &groups);
            if let Some(cluster) = &m.cluster {
                self.reference(|| at("cluster"), "cluster", cluster, &clusters);
            }
            self.text(|| at("label_zh"), &m.label_zh);
            self.text(|| at("label_en"), &m.label_en);
            if let Some(short) = &m.short_zh {
                self.text(|| at("short_zh"), short);
            }
            if let Some(short) = &m.short_en {
                self.text(|| at("short_en"), short);
            }
            self.reference(|| at("unit"), "unit", &m.unit, &unit_ids);
            self.text(|| at("period.zh"), &m.period.zh);
            self.text(|| at("period.en"), &m.period.en);
            self.value(|| at("value"), m, units.get(m.unit.as_str()).copied());
            self.source(|| at("source"), &m.source, &sections);
            let unit = unit_words.get(m.unit.as_str()).copied().unwrap_or_default();
            self.quote_holds(|| at("source.quote"), m, unit);
            self.indicator(d, i, m);
            self.period(i, m);
        }
        for (i, r) in d.references.iter().enumerate() {
            self.id(Place::At("references", i), &r.id, false, &mut ids);
        }
        self.item_ids = ids;
    }

    fn value(&mut self, path: impl Fn() -> DataPath, m: &Metric, unit: Option<(UnitKind, f64)>) {
        let v = m.value;
        let problem = if !v.is_finite() {
            Some(Text::new("数值不是有限数", "value is not a finite number"))
        } else if v.abs() > MAX_MAGNITUDE {
            Some(Text::new(
                format!("数值 {v} 超出 ±{MAX_MAGNITUDE:e}"),
                format!("value {v} is beyond ±{MAX_MAGNITUDE:e}"),
            ))
        } else {
            unit.and_then(|(kind, factor)| {
                // A count is whole in its base unit: 8.6万辆 is 86,000 vehicles.
                let counted = if kind == UnitKind::Count && factor > 1.0 {
                    (v * factor * 1e6).round() / 1e6
                } else {
                    v
                };
                out_of_range(counted, kind, m.basis).and_then(|_| out_of_range(v, kind, m.basis))
            })
        };
        if let Some(message) = problem {
            self.report(|| (path(), message));
        }
    }

    pub(super) fn source(
        &mut self,
        path: impl Fn() -> DataPath,
        source: &Source,
        sections: &Known<'_>,
    ) {
        self.reference(
            || path().field("section"),
            "section",
            &source.section,
            sections,
        );
        let excerpts = std::iter::once(("quote", &source.quote))
            .chain(source.context.as_ref().map(|c| ("context", c)));
        for (field, text) in excerpts {
            self.text(|| path().field(field), text);
            let length = text.chars().count();
            if length > MAX_QUOTE_CHARS {
                self.report(|| (
                    path().field(field),
                    Text::new(
                        format!("{field} 有 {length} 个字,超过 {MAX_QUOTE_CHARS}:请只引一个分句"),
                        format!("{field} is {length} characters, more than {MAX_QUOTE_CHARS}: quote a clause"),
                    )));
            }
        }
    }

    /// The quote must write the value (8, 2.7, 三十…), a fall word for a negative value, and the
    /// marker of each qualifier that has one.
    fn quote_holds(&mut self, path: impl Fn() -> DataPath, m: &'a Metric, unit: &'a str) {
        let quote = &m.source.quote;
        if !m.value.is_finite() || quote.trim().is_empty() {
            return;
        }
        // The quote is read once, into buffers kept from figure to figure.
        let mut read = std::mem::take(&mut self.read);
        read.clear();
        crate::model::readings::readings_into(quote, &mut read.all);
        let written = read
            .all
            .iter()
            .filter(|r| crate::model::readings::writes(quote, r, m.value, unit))
            .cloned();
        read.written.extend(written);
        self.value_written(&path, m, unit, &read);
        self.schema_two_readings(|check| {
            check.basis_written(&path, m, &read);
            check.hedges_placed(&path, m, unit, &read.written);
        });
        self.read = read;
        if m.value < 0.0 && !FALL_WORDS.iter().any(|w| quote.contains(w)) {
            self.report(|| {
                (
                    path(),
                    Text::new(
                        format!(
                            "数值 {} 为负,但原文未写下降({})",
                            m.value,
                            FALL_WORDS.join("/")
                        ),
                        format!(
                            "value {} is negative but the quote says no fall ({})",
                            m.value,
                            FALL_WORDS.join("/")
                        ),
                    ),
                )
            });
        }
        self.hedges_hold(&path, m);
    }

    pub(super) fn clusters(&mut self, d: &'a Dataset) {
        let sections = index(d.sections.iter().map(|s| s.id.as_str()));
        let mut ids = Seen::default();
        let mut project_ids = std::mem::take(&mut self.item_ids);
        for (i, c) in d.clusters.iter().enumerate() {
            self.id(Place::At("clusters", i), &c.id, false, &mut ids);
            self.text(
                || DataPath::item("clusters", i).field("label_zh"),
                &c.label_zh,
            );
            self.text(
                || DataPath::item("clusters", i).field("label_en"),
                &c.label_en,
            );
            self.source(
                || DataPath::item("clusters", i).field("source"),
                &c.source,
                &sections,
            );
            if let Some(level) = c.level {
                self.cluster_level(i, level, &c.source.quote);
            }
            for (j, p) in c.projects.iter().enumerate() {
                let at = |field: &'static str| {
                    DataPath::item("clusters", i).at("projects", j).field(field)
                };
                self.id(
                    Place::In("clusters", i, "projects", j),
                    &p.id,
                    false,
                    &mut project_ids,
                );
                self.text(|| at("name_zh"), &p.name_zh);
                self.text(|| at("name_en"), &p.name_en);
                self.source(|| at("source"), &p.source, &sections);
                let quote = &p.source.quote;
                if !p.name_zh.trim().is_empty() && !quote.contains(p.name_zh.as_str()) {
                    self.report(|| {
                        (
                            at("name_zh"),
                            Text::new(
                                format!("名称 {} 不在其原文中", sanitize::quoted(&p.name_zh, 40)),
                                format!(
                                    "name {} is not in its quote",
                                    sanitize::quoted(&p.name_zh, 40)
                                ),
                            ),
                        )
                    });
                }
                self.status(at("status"), p.status, quote);
                self.project_forms(at, p);
            }
        }
        self.item_ids = project_ids;
    }

    pub(super) fn comparisons_and_references(&mut self, d: &'a Dataset) {
        // Only the figures that comparisons and references name are looked up: a map of every
        // figure would cost more than the rest of this check for a large dataset.
        let named: Known<'_> = d
            .comparisons
            .iter()
            .flat_map(|c| [c.from.as_str(), c.to.as_str()])
            .chain(d.references.iter().map(|r| r.compares_to.as_str()))
            .collect();
        let named_figures: HashMap<&str, &Metric> = if named.is_empty() {
            HashMap::default()
        } else {
            d.metrics
                .iter()
                .filter(|m| named.contains(m.id.as_str()))
                .map(|m| (m.id.as_str(), m))
                .collect()
        };
        let metric_units: HashMap<&str, &str> = named_figures
            .iter()
            .map(|(id, m)| (*id, m.unit.as_str()))
            .collect();
        let metrics = index(named_figures.keys().copied());
        let units = index(d.units.iter().map(|u| u.id.as_str()));
        let mut ids = Seen::default();
        for (i, c) in d.comparisons.iter().enumerate() {
            self.id(Place::At("comparisons", i), &c.id, false, &mut ids);
            self.text(
                || DataPath::item("comparisons", i).field("label_zh"),
                &c.label_zh,
            );
            self.text(
                || DataPath::item("comparisons", i).field("label_en"),
                &c.label_en,
            );
            for (field, short) in [("short_zh", &c.short_zh), ("short_en", &c.short_en)] {
                if let Some(short) = short {
                    self.text(|| DataPath::item("comparisons", i).field(field), short);
                }
            }
            self.reference(
                || DataPath::item("comparisons", i).field("from"),
                "figure",
                &c.from,
                &metrics,
            );
            self.reference(
                || DataPath::item("comparisons", i).field("to"),
                "figure",
                &c.to,
                &metrics,
            );
            if let (Some(a), Some(b)) = (
                metric_units.get(c.from.as_str()),
                metric_units.get(c.to.as_str()),
            ) && a != b
            {
                self.report(|| {
                    (
                        DataPath::item("comparisons", i).field("to"),
                        Text::new(
                            format!(
                                "比较的单位 {} 与单位 {} 不同",
                                sanitize::quoted(a, 40),
                                sanitize::quoted(b, 40)
                            ),
                            format!(
                                "compares unit {} with unit {}",
                                sanitize::quoted(a, 40),
                                sanitize::quoted(b, 40)
                            ),
                        ),
                    )
                });
            }
        }
        let panels: HashMap<&str, crate::model::Topic> =
            d.groups.iter().map(|g| (g.id.as_str(), g.panel)).collect();
        let metric_panels: HashMap<&str, crate::model::Topic> = named_figures
            .iter()
            .filter_map(|(id, m)| Some((*id, *panels.get(m.group.as_str())?)))
            .collect();
        for (i, r) in d.references.iter().enumerate() {
            let at = |field: &'static str| DataPath::item("references", i).field(field);
            // Thresholds are drawn on the environment panel's axes and nowhere else.
            if let Some(panel) = metric_panels.get(r.compares_to.as_str())
                && *panel != crate::model::Topic::Environment
            {
                self.report(|| (
                    at("compares_to"),
                    Text::new(
                        format!("{} 在{}面板上;参考值只画在生态环境数字旁", sanitize::quoted(&r.compares_to, 40), panel.zh()),
                        format!("{} is on the {} panel; references are drawn only against environment figures", sanitize::quoted(&r.compares_to, 40), panel.en()),
                    )));
            }
            self.text(|| at("label_zh"), &r.label_zh);
            self.text(|| at("label_en"), &r.label_en);
            self.text(|| at("citation"), &r.citation);
            self.reference(|| at("unit"), "unit", &r.unit, &units);
            self.reference(|| at("compares_to"), "figure", &r.compares_to, &metrics);
            if !r.value.is_finite() || r.value.abs() > MAX_MAGNITUDE {
                self.report(|| {
                    (
                        at("value"),
                        Text::new(
                            format!("数值 {} 不可用", r.value),
                            format!("value {} is not a usable number", r.value),
                        ),
                    )
                });
            }
            if metric_units
                .get(r.compares_to.as_str())
                .is_some_and(|u| *u != r.unit)
            {
                self.report(|| {
                    (
                        at("unit"),
                        Text::new(
                            format!(
                                "单位 {} 与 {} 的单位不同",
                                sanitize::quoted(&r.unit, 40),
                                sanitize::quoted(&r.compares_to, 40)
                            ),
                            format!(
                                "unit {} differs from the unit of {}",
                                sanitize::quoted(&r.unit, 40),
                                sanitize::quoted(&r.compares_to, 40)
                            ),
                        ),
                    )
                });
            }
        }
    }
}

/// Why `value` cannot be a figure of unit `kind` on `basis`, if it cannot.
fn out_of_range(value: f64, kind: UnitKind, basis: Basis) -> Option<Text> {
    let whole = value.fract() == 0.0;
    match kind {
        UnitKind::Percent if basis == Basis::Share && !(0.0..=100.0).contains(&value) => {
            Some(Text::new(
                format!("占比 {value}% 不在 0–100% 之内"),
                format!("share {value}% is outside 0–100%"),
            ))
        }
        UnitKind::Count if value < 0.0 || !whole => Some(Text::new(
            format!("数量 {value} 不是 ≥ 0 的整数"),
            format!("count {value} is not a whole number ≥ 0"),
        )),
        UnitKind::Year if !whole || !(1000.0..=9999.0).contains(&value) => {
            Some(super::not_a_year(value))
        }
        UnitKind::Rank if value < 1.0 || !whole => Some(Text::new(
            format!("名次 {value} 不是 ≥ 1 的整数"),
            format!("rank {value} is not a whole number ≥ 1"),
        )),
        UnitKind::Money | UnitKind::Area | UnitKind::Concentration | UnitKind::Duration
            if value < 0.0 && basis != Basis::YearOnYear =>
        {
            Some(Text::new(
                format!("{} {value} 为负", kind.zh()),
                format!("{} {value} is negative", kind.en()),
            ))
        }
        _ => None,
    }
}
