//! One standard indicator across every open report: a row per report and period, in one unit,
//! grouped so that no two bases (and no result and target) are ever read as one.

use crate::model::indicators::{self, Indicator};
use crate::model::{Basis, Dataset, MetricIx, Qualifier};

/// The figures of one indicator in every report, ready to draw or export.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub indicator: &'static Indicator,
    /// The unit every value is shown in, as reports write it (亿元, %): the one most of the
    /// figures are written in.
    pub unit_zh: String,
    /// How many base units (元) one of `unit_zh` is.
    pub factor: f64,
    pub groups: Vec<Group>,
}

/// Figures read on one basis, either results or targets: the rows that can be set side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub basis: Basis,
    /// Targets of a plan part, never shown among results.
    pub planned: bool,
    pub rows: Vec<Row>,
}

/// One figure of one report.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The report's place among the documents compared.
    pub doc: usize,
    pub metric: MetricIx,
    /// The value in the comparison's unit.
    pub value: f64,
    /// The share of the group's largest magnitude, 0 to 1, for its bar.
    pub bar: f64,
}

impl Group {
    /// The group's name: its basis, and "targets" for a plan's.
    pub fn name(&self, lang: crate::lang::Lang) -> String {
        let basis = lang.pick(self.basis.zh(), self.basis.en());
        match (self.planned, lang) {
            (false, _) => basis.to_owned(),
            (true, crate::lang::Lang::Zh) => format!("{basis} · 目标"),
            (true, crate::lang::Lang::En) => format!("{basis} · targets"),
        }
    }
}

impl Comparison {
    /// Every row, group after group, as the screen lists them.
    pub fn rows(&self) -> impl Iterator<Item = &Row> {
        self.groups.iter().flat_map(|g| g.rows.iter())
    }

    /// How many rows there are.
    pub fn len(&self) -> usize {
        self.groups.iter().map(|g| g.rows.len()).sum()
    }

    /// True when no report has a figure of the indicator.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The row at `index` in listing order.
    pub fn row(&self, index: usize) -> Option<&Row> {
        self.rows().nth(index)
    }
}

/// The ids of the indicators that at least one of `datasets` has a figure of, in the
/// catalogue's order.
pub fn indicators_present<'a>(
    datasets: impl Iterator<Item = &'a Dataset> + Clone,
) -> Vec<&'static str> {
    indicators::all()
        .iter()
        .map(|i| i.id)
        .filter(|id| {
            datasets
                .clone()
                .any(|d| d.metrics.iter().any(|m| m.indicator.as_deref() == Some(id)))
        })
        .collect()
}

/// The figures of indicator `id` in `datasets` (in the order given, each with the name it is
/// listed by), or none when the catalogue has no such indicator.
pub fn compare<'a>(datasets: &[(&'a Dataset, &'a str)], id: &str) -> Option<Comparison> {
    let indicator = indicators::lookup(id)?;
    // Each figure in the indicator's base unit, with the unit it is written in.
    let mut found: Vec<Found<'a>> = Vec::new();
    for (doc, (data, _)) in datasets.iter().enumerate() {
        for (ix, metric) in data.metric_ixs() {
            if metric.indicator.as_deref() != Some(id) {
                continue;
            }
            let Some(unit) = data.unit(&metric.unit) else {
                continue;
            };
            let scale = unit.scale();
            // Validation holds a figure's unit to its indicator's; one that does not convert
            // cannot be set beside the others.
            if !indicator.accepts_unit(&unit.zh) {
                continue;
            }
            found.push(Found {
                doc,
                metric: ix,
                base_value: metric.value * scale.factor,
                unit_zh: &unit.zh,
                factor: scale.factor,
            });
        }
    }
    let (unit_zh, factor) = common_unit(&found, indicator);
    let mut groups: Vec<Group> = Vec::new();
    for f in &found {
        let metric = &datasets[f.doc].0[f.metric];
        let planned = metric.qualifiers.contains(&Qualifier::Planned);
        let row = Row {
            doc: f.doc,
            metric: f.metric,
            value: f.base_value / factor,
            bar: 0.0,
        };
        match groups
            .iter_mut()
            .find(|g| g.basis == metric.basis && g.planned == planned)
        {
            Some(group) => group.rows.push(row),
            None => groups.push(Group {
                basis: metric.basis,
                planned,
                rows: vec![row],
            }),
        }
    }
    // Results before targets, bases in the vocabulary's order; rows by report name, then period.
    groups.sort_by_key(|g| (g.planned, g.basis));
    for group in &mut groups {
        group.rows.sort_by(|a, b| {
            let key = |r: &Row| {
                let (data, name) = datasets[r.doc];
                let period = &data[r.metric].period;
                (name, period.year.or(period.to).unwrap_or(i32::MIN))
            };
            key(a).cmp(&key(b))
        });
        let largest = group
            .rows
            .iter()
            .map(|r| r.value.abs())
            .fold(0.0_f64, f64::max);
        for row in &mut group.rows {
            row.bar = if largest > 0.0 {
                row.value.abs() / largest
            } else {
                0.0
            };
        }
    }
    Some(Comparison {
        indicator,
        unit_zh,
        factor,
        groups,
    })
}

/// A figure of the indicator, with its value in the indicator's base unit.
struct Found<'a> {
    doc: usize,
    metric: MetricIx,
    base_value: f64,
    /// The unit it is written in, and how many base units one of it is.
    unit_zh: &'a str,
    factor: f64,
}

/// The unit most of the figures are written in (the first of them on a tie), with its factor;
/// the indicator's base unit when there is no figure.
fn common_unit(found: &[Found<'_>], indicator: &Indicator) -> (String, f64) {
    let mut counts: Vec<(&str, f64, usize)> = Vec::new();
    for f in found {
        match counts.iter_mut().find(|(unit, _, _)| *unit == f.unit_zh) {
            Some((_, _, n)) => *n += 1,
            None => counts.push((f.unit_zh, f.factor, 1)),
        }
    }
    let mut best: Option<(&str, f64, usize)> = None;
    for (unit, factor, n) in counts {
        if best.is_none_or(|(_, _, most)| n > most) {
            best = Some((unit, factor, n));
        }
    }
    match best {
        Some((unit, factor, _)) => (unit.to_owned(), factor),
        None => (indicator.unit().to_owned(), 1.0),
    }
}
