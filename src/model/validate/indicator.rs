//! Checks of units' scales and of the standard indicator a figure names.

use super::Checker;
use crate::lang::Text;
use crate::model::indicators;
use crate::model::path::DataPath;
use crate::model::types::{Dataset, Metric, Unit};
use crate::model::units::scale_of;
use crate::sanitize;

impl Checker<'_> {
    /// A unit's `base` and `factor` come together, and agree with what its name says.
    pub(super) fn unit_scale(&mut self, i: usize, u: &Unit) {
        let at = |field: &'static str| DataPath::item("units", i).field(field);
        match (&u.base, u.factor) {
            (None, None) => {}
            (Some(_), None) => self.report(|| {
                (
                    at("base"),
                    Text::new("有 base 须有 factor", "base needs a factor"),
                )
            }),
            (None, Some(_)) => self.report(|| {
                (
                    at("factor"),
                    Text::new("有 factor 须有 base", "factor needs a base"),
                )
            }),
            (Some(base), Some(factor)) => {
                self.text(|| at("base"), base);
                let read = scale_of(&u.zh);
                if !factor.is_finite() || factor <= 0.0 {
                    self.report(|| {
                        (
                            at("factor"),
                            Text::new(
                                format!("factor {factor} 不是正数"),
                                format!("factor {factor} is not a positive number"),
                            ),
                        )
                    });
                } else if read.base != u.zh.trim()
                    && (read.base != *base || (read.factor - factor).abs() > 1e-9 * factor)
                {
                    self.report(|| {
                        (
                            at("factor"),
                            Text::new(
                                format!(
                                    "单位 {} 是 {:e} {},不是 {factor:e} {}",
                                    sanitize::quoted(&u.zh, 20),
                                    read.factor,
                                    read.base,
                                    sanitize::escape(base)
                                ),
                                format!(
                                    "unit {} is {:e} {}, not {factor:e} {}",
                                    sanitize::quoted(&u.zh, 20),
                                    read.factor,
                                    read.base,
                                    sanitize::escape(base)
                                ),
                            ),
                        )
                    });
                }
            }
        }
    }

    /// A named indicator exists, the figure's unit converts to its unit and its basis is one
    /// the indicator is reported on.
    pub(super) fn indicator(&mut self, d: &Dataset, i: usize, m: &Metric) {
        let Some(id) = &m.indicator else { return };
        let at = || DataPath::item("metrics", i).field("indicator");
        let Some(indicator) = indicators::lookup(id) else {
            self.report(|| {
                (
                    at(),
                    Text::new(
                        format!(
                            "未知指标 {};`zonedash indicators` 列出全部指标",
                            sanitize::quoted(id, 40)
                        ),
                        format!(
                            "unknown indicator {}; `zonedash indicators` lists them",
                            sanitize::quoted(id, 40)
                        ),
                    ),
                )
            });
            return;
        };
        if let Some(unit) = d.unit(&m.unit)
            && !indicator.accepts_unit(&unit.zh)
            && !indicator.units.contains(&unit.scale().base.as_str())
        {
            self.report(|| {
                (DataPath::item("metrics", i).field("unit"), {
                    let base = Some(unit.scale().base).filter(|base| *base != unit.zh);
                    let unit_name = sanitize::quoted(&unit.zh, 20);
                    Text::new(
                        format!(
                            "单位 {unit_name}{} 换算不成 {} 的单位 {}",
                            base.as_ref()
                                .map(|b| format!("(以{b}计)"))
                                .unwrap_or_default(),
                            indicator.id,
                            indicator.units.join("或")
                        ),
                        format!(
                            "unit {unit_name}{} does not convert to {}, measured in {}",
                            base.as_ref()
                                .map(|b| format!(" (in {b})"))
                                .unwrap_or_default(),
                            indicator.id,
                            indicator.units.join(" or ")
                        ),
                    )
                })
            });
        }
        if !indicator.bases.contains(&m.basis) {
            let bases: Vec<String> = indicator
                .bases
                .iter()
                .map(crate::model::snake_name)
                .collect();
            self.report(|| {
                (
                    DataPath::item("metrics", i).field("basis"),
                    Text::new(
                        format!(
                            "口径 \"{}\" 不是 {} 的口径({})",
                            crate::model::snake_name(&m.basis),
                            indicator.id,
                            bases.join(", ")
                        ),
                        format!(
                            "basis \"{}\" is not one {} is reported on ({})",
                            crate::model::snake_name(&m.basis),
                            indicator.id,
                            bases.join(", ")
                        ),
                    ),
                )
            });
        }
    }
}
