//! Checks of units' scales and of the standard indicator a figure names.

use super::Checker;
use crate::model::indicators;
use crate::model::types::{Dataset, Metric, Unit};
use crate::model::units::scale_of;
use crate::sanitize;

impl Checker<'_> {
    /// A unit's `base` and `factor` come together, and agree with what its name says.
    pub(super) fn unit_scale(&mut self, i: usize, u: &Unit) {
        let at = |field: &str| format!("units[{i}].{field}");
        match (&u.base, u.factor) {
            (None, None) => {}
            (Some(_), None) => self.report(at("base"), "base needs a factor".into()),
            (None, Some(_)) => self.report(at("factor"), "factor needs a base".into()),
            (Some(base), Some(factor)) => {
                self.text(|| at("base"), base);
                let read = scale_of(&u.zh);
                if !factor.is_finite() || factor <= 0.0 {
                    self.report(
                        at("factor"),
                        format!("factor {factor} is not a positive number"),
                    );
                } else if read.base != u.zh.trim()
                    && (read.base != *base || (read.factor - factor).abs() > 1e-9 * factor)
                {
                    self.report(
                        at("factor"),
                        format!(
                            "unit {} is {:e} {}, not {factor:e} {}",
                            sanitize::quoted(&u.zh, 20),
                            read.factor,
                            read.base,
                            sanitize::escape(base)
                        ),
                    );
                }
            }
        }
    }

    /// A named indicator exists, the figure's unit converts to its unit and its basis is one
    /// the indicator is reported on.
    pub(super) fn indicator(&mut self, d: &Dataset, i: usize, m: &Metric) {
        let Some(id) = &m.indicator else { return };
        let at = || format!("metrics[{i}].indicator");
        let Some(indicator) = indicators::lookup(id) else {
            self.report(
                at(),
                format!(
                    "unknown indicator {}; `zonedash indicators` lists them",
                    sanitize::quoted(id, 40)
                ),
            );
            return;
        };
        if let Some(unit) = d.unit(&m.unit)
            && !indicator.accepts_unit(&unit.zh)
            && !indicator.units.contains(&unit.scale().base.as_str())
        {
            self.report(
                format!("metrics[{i}].unit"),
                format!(
                    "unit {}{} does not convert to {}, measured in {}",
                    sanitize::quoted(&unit.zh, 20),
                    Some(unit.scale().base)
                        .filter(|base| *base != unit.zh)
                        .map(|base| format!(" (in {base})"))
                        .unwrap_or_default(),
                    indicator.id,
                    indicator.units.join(" or ")
                ),
            );
        }
        if !indicator.bases.contains(&m.basis) {
            let bases: Vec<String> = indicator
                .bases
                .iter()
                .map(crate::model::snake_name)
                .collect();
            self.report(
                format!("metrics[{i}].basis"),
                format!(
                    "basis \"{}\" is not one {} is reported on ({})",
                    crate::model::snake_name(&m.basis),
                    indicator.id,
                    bases.join(", ")
                ),
            );
        }
    }
}
