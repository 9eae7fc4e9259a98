//! The growth panel's model: rates as bars grouped by basis on one scale, each beside the level
//! it is the growth of when the report gives it (so GDP's level is on the first screen), then
//! levels and amounts.

use crate::lang::Words;
use rustc_hash::FxHashMap as HashMap;

use super::hedges::Hedges;
use super::window::Shape;
use super::{PanelView, RowBuilder, RowPlan, placed_metrics, unit_kind};
use crate::model::{Basis, Dataset, Item, MetricIx, Topic, UnitKind};

/// What one row of the growth panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrowthRow {
    /// The rates' scale: zero and the ends, beside the basis of the first rates (one row for
    /// both, so a small panel shows one more figure).
    Scale(Basis),
    /// The basis of the rows below it (year on year, like for like…).
    Basis(Basis),
    /// A rate, as a bar from the zero line.
    Bar(MetricIx),
    /// A figure that is not a rate (a level, an amount), as its value.
    Figure(MetricIx),
    /// What the hedge marks mean.
    Legend,
}

/// Rates grouped by basis, then the other figures grouped by basis.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GrowthView {
    /// Lowest and highest value of the bars' scale (0 is always inside).
    pub scale: (f64, f64),
    pub hedges: Hedges,
    pub rows: RowPlan<GrowthRow>,
    /// The level each rate is the growth of (GDP 412.6亿元 beside its ▲6.1%), when the report
    /// gives one for the same period.
    pub level_of: HashMap<MetricIx, MetricIx>,
    items: Vec<Item>,
}

impl PanelView for GrowthView {
    const NAME: Words = Words::new("增长", "Growth");
    const TOPIC: Option<Topic> = Some(Topic::Growth);

    fn build(d: &Dataset) -> GrowthView {
        let figures = placed_metrics(d, Topic::Growth);
        let (rates, others): (Vec<MetricIx>, Vec<MetricIx>) =
            figures.iter().copied().partition(|m| is_rate(d, *m));
        let finite = rates.iter().map(|m| d[*m].value).filter(|v| v.is_finite());
        let scale = finite.fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let level_of = levels_of(d, &rates);
        // A headline level with no rate beside it (规上工业总产值1523.7亿元), filed on the
        // counts panel, joins the panel's own figures, first: the first screen holds it.
        let moved: Vec<MetricIx> = unpaired_headlines(d, &level_of, &figures).collect();
        // The levels beside the rates and those moved here draw their hedge marks too, so the
        // legend explains them.
        let mut marked = figures.clone();
        marked.extend(level_of.values().copied());
        marked.extend(moved.iter().copied());
        let others: Vec<MetricIx> = moved.into_iter().chain(others).collect();
        let hedges = Hedges::of(d, &marked);
        let mut b = RowBuilder::default();
        let first_basis = rates.first().map(|m| d[*m].basis);
        if let Some(basis) = first_basis {
            b.row(GrowthRow::Scale(basis));
        }
        grouped(d, &rates, &mut b, GrowthRow::Bar, first_basis);
        grouped(d, &others, &mut b, GrowthRow::Figure, None);
        if !hedges.is_empty() {
            b.row(GrowthRow::Legend);
        }
        GrowthView {
            scale,
            hedges,
            level_of,
            rows: b.plan,
            items: b.items,
        }
    }

    fn items(&self) -> &[Item] {
        &self.items
    }

    fn shape(&self, _zoomed: bool) -> Shape<'_> {
        Shape {
            rows: self.rows.rows.len(),
            pinned: usize::from(matches!(self.rows.rows.first(), Some(GrowthRow::Scale(_)))),
            row_of_item: &self.rows.row_of_item,
        }
    }
}

/// `list` grouped by basis in order of first appearance, a heading over each group but the
/// one whose heading is already written (`headed`, on the scale row).
fn grouped(
    d: &Dataset,
    list: &[MetricIx],
    b: &mut RowBuilder<GrowthRow>,
    row: fn(MetricIx) -> GrowthRow,
    headed: Option<Basis>,
) {
    let mut bases: Vec<Basis> = Vec::new();
    for m in list {
        if !bases.contains(&d[*m].basis) {
            bases.push(d[*m].basis);
        }
    }
    for basis in bases {
        if Some(basis) != headed {
            b.row(GrowthRow::Basis(basis));
        }
        for m in list.iter().filter(|m| d[**m].basis == basis) {
            b.item_row(row(*m), Item::Metric(*m));
        }
    }
}

/// Words a growth's label ends with that its level's does not (地区生产总值增速 → 地区生产总值).
const CHANGE_WORDS: [&str; 4] = ["增速", "增幅", "增长率", "降幅"];

/// What a rate and its level share: the indicator's stem (gdp for gdp_growth), else the label
/// without its change word; with the year and the cluster, so a cluster's growth finds the
/// cluster's level.
fn level_key(d: &Dataset, m: MetricIx, rate: bool) -> Option<(String, Option<i32>, Option<&str>)> {
    let metric = &d[m];
    let name = match metric.indicator.as_deref() {
        Some(id) if rate => id.strip_suffix("_growth")?.to_owned(),
        Some(id) => id.to_owned(),
        None => {
            let label = metric.short_zh.as_deref().unwrap_or(&metric.label_zh);
            let stem = CHANGE_WORDS
                .iter()
                .find_map(|w| label.strip_suffix(w))
                .unwrap_or(label);
            format!("label:{stem}")
        }
    };
    Some((name, metric.period.year, metric.cluster.as_deref()))
}

/// Indicators whose level is a report's headline, shown on the growth panel's first screen.
const HEADLINE_LEVELS: [&str; 5] = [
    "gdp",
    "industrial_output",
    "gross_industrial_output",
    "industrial_added_value",
    "fixed_asset_investment",
];

/// True for a growth rate: a change in percent, drawn as a bar.
fn is_rate(d: &Dataset, m: MetricIx) -> bool {
    unit_kind(d, m) == Some(UnitKind::Percent) && d[m].basis.is_change()
}

/// The headline levels the growth panel takes from the counts panel: those of
/// [`headline_levels`] with no rate beside them. The counts panel leaves them out.
pub fn moved_to_growth(d: &Dataset) -> Vec<MetricIx> {
    // Most reports have none: then the rates and their levels are not worked out again.
    if headline_levels(d).next().is_none() {
        return Vec::new();
    }
    let figures = placed_metrics(d, Topic::Growth);
    let rates: Vec<MetricIx> = figures.iter().copied().filter(|m| is_rate(d, *m)).collect();
    unpaired_headlines(d, &levels_of(d, &rates), &figures).collect()
}

/// Headline levels not beside a rate (`level_of`) nor among the growth panel's `figures`.
fn unpaired_headlines<'a>(
    d: &'a Dataset,
    level_of: &'a HashMap<MetricIx, MetricIx>,
    figures: &'a [MetricIx],
) -> impl Iterator<Item = MetricIx> + 'a {
    headline_levels(d)
        .filter(move |m| !level_of.values().any(|l| l == m) && !figures.contains(m))
}

/// The levels of headline indicators for the year the report reviews filed on the counts
/// panel, in file order.
fn headline_levels(d: &Dataset) -> impl Iterator<Item = MetricIx> + '_ {
    let on_counts: HashMap<&str, bool> = d
        .groups
        .iter()
        .map(|g| (g.id.as_str(), g.panel == Topic::Counts))
        .collect();
    d.metric_ixs()
        .filter(move |(_, m)| {
            on_counts.get(m.group.as_str()) == Some(&true)
                && m.basis == Basis::Level
                && m.period.year == Some(d.report.year)
                && m.cluster.is_none()
                && m.indicator.as_deref().is_some_and(|i| HEADLINE_LEVELS.contains(&i))
        })
        .map(|(ix, _)| ix)
}

/// The level of each rate of `rates`, found in one pass over the figures.
fn levels_of(d: &Dataset, rates: &[MetricIx]) -> HashMap<MetricIx, MetricIx> {
    let mut levels: HashMap<(String, Option<i32>, Option<&str>), MetricIx> = HashMap::default();
    for (m, metric) in d.metric_ixs() {
        if metric.basis == Basis::Level
            && unit_kind(d, m) != Some(UnitKind::Percent)
            && let Some(key) = level_key(d, m, false)
        {
            levels.entry(key).or_insert(m);
        }
    }
    rates
        .iter()
        .filter_map(|r| Some((*r, *levels.get(&level_key(d, *r, true)?)?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rate_finds_its_level_by_indicator_or_by_label() {
        let d = crate::view::zone_fixture("chenghu-2024");
        let view = GrowthView::build(&d);
        let id = |m: MetricIx| d[m].id.as_str();
        let mut pairs: Vec<(&str, &str)> =
            view.level_of.iter().map(|(r, l)| (id(*r), id(*l))).collect();
        pairs.sort_unstable();
        assert_eq!(
            pairs,
            [
                ("biomedicine_output_growth", "biomedicine_output"),
                ("fixed_asset_investment_growth", "fixed_asset_investment"),
                ("gdp_growth", "gdp"),
                ("industrial_output_growth", "industrial_output"),
            ]
        );
        let bundled = crate::model::load_bundled().unwrap();
        assert!(GrowthView::build(&bundled).level_of.is_empty(), "the seed gives no levels of its rates");
    }

    #[test]
    fn a_headline_level_without_its_rate_is_on_the_growth_panel_first() {
        let d = crate::view::zone_fixture("lanjiang-2025");
        let view = GrowthView::build(&d);
        let output = d.metrics.iter().position(|m| m.id == "industrial_output").unwrap();
        let gdp = d.metrics.iter().position(|m| m.id == "gdp").unwrap();
        assert!(view.items().contains(&Item::Metric(MetricIx(output))));
        assert!(!view.items().contains(&Item::Metric(MetricIx(gdp))), "GDP stands beside its rate");
        assert!(view.rows.rows.len() <= 5, "on the first screen at 80×24");
    }

    #[test]
    fn a_level_moved_to_the_growth_panel_keeps_its_hedge_mark() {
        let mut d = crate::view::zone_fixture("lanjiang-2025");
        let output = d.metrics.iter().position(|m| m.id == "industrial_output").unwrap();
        d.metrics[output].qualifiers.push(crate::model::Qualifier::Expected);
        let view = GrowthView::build(&d);
        assert!(!view.hedges.is_empty(), "its 预计 is explained on the panel");
    }

}
