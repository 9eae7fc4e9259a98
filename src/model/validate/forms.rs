//! Checks of the forms a figure, project or honour may take beyond its number: what a share is
//! of, what a streak held, who a figure is about, a rank's assessment year, two statuses, 等,
//! a zone's other names, and claims without a number.

use super::{Checker, Known, Place, figure_ids, index};
use crate::lang::Text;
use crate::model::path::DataPath;
use crate::model::records::Pool;
use crate::model::types::{Dataset, Metric, Project};
use crate::model::vocab::{Basis, Status};
use crate::sanitize;

impl<'a> Checker<'a> {
    /// The forms of every figure: share_of, streak_of, about and a rank's assessment year.
    pub(super) fn metric_forms(&mut self, d: &'a Dataset) {
        // The set of ids is made only for a dataset with streaks to check against it.
        let figures = if d.metrics.iter().any(|m| m.streak_of.is_some()) {
            figure_ids(d)
        } else {
            Known::default()
        };
        for (i, m) in d.metrics.iter().enumerate() {
            let at = move |field: &'static str| DataPath::item("metrics", i).field(field);
            let written = [
                m.source.quote.as_str(),
                m.source.context.as_deref().unwrap_or(""),
            ];
            if let Some(pool) = &m.share_of {
                self.belongs(|| at("share_of"), m.basis, Basis::Share, "share_of");
                self.pool_named(|| at("share_of").field("zh"), pool, &written);
            }
            if let Some(year) = m.rank_of.as_ref().and_then(|p| p.year) {
                self.assessed(|| at("rank_of").field("year"), year, &written);
            }
            if let Some(held) = &m.streak_of {
                self.belongs(|| at("streak_of"), m.basis, Basis::Streak, "streak_of");
                self.reference(|| at("streak_of"), "figure", held, &figures);
                self.streak_held(|| at("streak_of"), m, held, d);
            }
            if let Some(about) = &m.about {
                self.name_written(|| at("about"), about.name(), &written);
            }
        }
    }

    /// A field that only a figure of basis `needs` may carry.
    fn belongs(&mut self, path: impl Fn() -> DataPath, basis: Basis, needs: Basis, field: &str) {
        if basis != needs {
            let needs = crate::model::snake_name(&needs);
            self.report(|| {
                (
                    path(),
                    Text::new(
                        format!("{field} 只属于口径为 \"{needs}\" 的数字"),
                        format!("{field} belongs to a figure of basis \"{needs}\""),
                    ),
                )
            });
        }
    }

    /// A pool's name is written in the quote or its context.
    fn pool_named(&mut self, path: impl Fn() -> DataPath, pool: &Pool, written: &[&str]) {
        self.text(&path, &pool.zh);
        if !pool.zh.trim().is_empty() && !written.iter().any(|w| w.contains(&pool.zh)) {
            self.report(|| {
                (
                    path(),
                    Text::new(
                        format!("{} 不在原文或句首中", sanitize::quoted(&pool.zh, 40)),
                        format!(
                            "{} is not in the quote or its context",
                            sanitize::quoted(&pool.zh, 40)
                        ),
                    ),
                )
            });
        }
    }

    /// An assessment's year is written as one (2024年度) in the quote or context: a bare
    /// 2024年 could be the figure's own period.
    fn assessed(&mut self, path: impl Fn() -> DataPath, year: i32, written: &[&str]) {
        let form = format!("{year}年度");
        if !written.iter().any(|w| w.contains(&form)) {
            self.report(|| {
                (
                    path(),
                    Text::new(
                        format!("原文或句首没有写评价年度 {year}年度"),
                        format!("assessment year {year} (written {year}年度) is not in the quote or its context"),
                    ),
                )
            });
        }
    }

    /// The figure a streak names is another figure of the same clause: one of the two quotes
    /// holds the other.
    fn streak_held(&mut self, path: impl Fn() -> DataPath, m: &Metric, held: &str, d: &Dataset) {
        let Some(other) = d.metrics.iter().find(|f| f.id == held) else {
            return; // the reference error says it
        };
        if other.id == m.id {
            self.report(|| {
                (
                    path(),
                    Text::new(
                        "streak_of 应指向每年所保持的另一个数字(名次或门槛),不是连续数本身",
                        "streak_of names another figure (the rank or threshold held each year), not the streak itself",
                    ),
                )
            });
        } else if other.source.quote != m.source.quote
            && !m.source.quote.contains(other.source.quote.as_str())
            && !other.source.quote.contains(m.source.quote.as_str())
        {
            let held = sanitize::quoted(held, 40);
            self.report(|| {
                (
                    path(),
                    Text::new(
                        format!("streak_of 指向的数字 {held} 不在同一句原文中"),
                        format!("the figure {held} named by streak_of is not quoted from the same clause"),
                    ),
                )
            });
        }
    }

    /// A name the quote (or its context) must write as it is.
    pub(super) fn name_written(
        &mut self,
        path: impl Fn() -> DataPath,
        name: &str,
        written: &[&str],
    ) {
        self.text(&path, name);
        if !name.trim().is_empty() && !written.iter().any(|w| w.contains(name)) {
            self.report(|| {
                (
                    path(),
                    Text::new(
                        format!("{} 不在其原文中", sanitize::quoted(name, 40)),
                        format!("{} is not in its quote", sanitize::quoted(name, 40)),
                    ),
                )
            });
        }
    }

    /// A project's further statuses are written, and 等 follows its name when the list goes on.
    pub(super) fn project_forms(&mut self, at: impl Fn(&'static str) -> DataPath, p: &Project) {
        self.statuses_also(|| at("also"), &p.also, &p.source.quote);
        if p.more_unnamed && !p.name_zh.is_empty() {
            let quote = p.source.quote.as_str();
            // The list goes on unnamed right after this name: 星衡电驱、云屿储能等 marks 云屿储能
            // (“云屿储能”等 too), wherever in the quote the name stands.
            let then_more = quote.match_indices(p.name_zh.as_str()).any(|(at, name)| {
                quote[at + name.len()..]
                    .trim_start_matches(['”', '’', '"', '》'])
                    .starts_with('等')
            });
            if !then_more {
                self.report(|| {
                    (
                        at("more_unnamed"),
                        Text::new(
                            "more_unnamed 要求原文中该名称之后紧接着“等”",
                            "more_unnamed needs 等 right after the name in the quote",
                        ),
                    )
                });
            }
        }
    }

    /// Each further status is written in the quote.
    pub(super) fn statuses_also(
        &mut self,
        at: impl Fn() -> DataPath,
        also: &[Status],
        quote: &str,
    ) {
        for (k, status) in also.iter().enumerate() {
            self.status(at().index(k), *status, quote);
        }
    }

    /// A zone's other names: text, not the zone's own name again.
    pub(super) fn other_names(&mut self, d: &Dataset) {
        for (i, name) in d.zone.other_names.iter().enumerate() {
            let at =
                move |field: &'static str| DataPath::key("zone").at("other_names", i).field(field);
            self.text(|| at("zh"), &name.zh);
            self.text(|| at("en"), &name.en);
            if name.zh == d.zone.name_zh || name.zh == d.zone.short_zh {
                self.report(|| {
                    (
                        at("zh"),
                        Text::new(
                            "other_names 列的是别的名称,不重复本区的名称",
                            "other_names lists other names, not the zone's own again",
                        ),
                    )
                });
            }
        }
    }

    /// Claims: ids in the shared namespace, labels, a known section, a known figure, and what
    /// they are about or measured against written in the quote.
    pub(super) fn claims(&mut self, d: &'a Dataset) {
        if d.claims.is_empty() {
            return;
        }
        let sections: Known = index(d.sections.iter().map(|s| s.id.as_str()));
        let figures = figure_ids(d);
        let mut ids = std::mem::take(&mut self.item_ids);
        for (i, c) in d.claims.iter().enumerate() {
            let at = move |field: &'static str| DataPath::item("claims", i).field(field);
            self.id(Place::At("claims", i), &c.id, false, &mut ids);
            self.text(|| at("label_zh"), &c.label_zh);
            self.text(|| at("label_en"), &c.label_en);
            self.source(|| at("source"), &c.source, &sections);
            let written = [
                c.source.quote.as_str(),
                c.source.context.as_deref().unwrap_or(""),
            ];
            if let Some(about) = &c.about {
                self.name_written(|| at("about"), about.name(), &written);
            }
            if let Some(figure) = &c.figure {
                self.reference(|| at("figure"), "figure", figure, &figures);
            }
            for (k, against) in c.against.iter().enumerate() {
                self.name_written(|| at("against").index(k), against, &written);
            }
        }
        self.item_ids = ids;
    }
}

#[cfg(test)]
#[path = "forms_tests.rs"]
mod tests;
