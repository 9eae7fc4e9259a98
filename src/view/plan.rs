//! The plan panel's model: the targets, then each part with its sections and announced count;
//! for a report with no plan, only the parts, under the name Outline.

use crate::lang::Words;
use rustc_hash::FxHashMap as HashMap;

use super::window::Shape;
use super::{PanelView, RowBuilder, RowPlan, placed_metrics};
use crate::model::{Dataset, Item, MetricIx, Topic, Qualifier, SectionIx};

/// A part of the report with its numbered sections and the work areas it announces.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub section: SectionIx,
    pub children: Vec<SectionIx>,
    /// The figure that states how many work areas the part announces, if any.
    pub announced: Option<MetricIx>,
}

/// What one row of the plan panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanRow {
    Metric(MetricIx),
    /// A part's heading (index into [`PlanView::parts`]).
    Part(usize),
    /// A part's announced-against-printed count of work areas.
    PartCounts(usize),
    Section(SectionIx),
    /// What the bound signs before values mean (`~ approximate · ≥ at least`), when there are any.
    Bounds,
}

/// The plan's figures and the report's parts, and the rows that show them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlanView {
    pub figures: Vec<MetricIx>,
    pub parts: Vec<Part>,
    pub rows: RowPlan<PlanRow>,
    /// The bound signs the figures are written with, explained in their own row.
    pub bounds: Vec<Qualifier>,
    items: Vec<Item>,
}

impl PanelView for PlanView {
    const NAME: Words = Words::new("计划", "Plan");
    const TOPIC: Option<Topic> = Some(Topic::Plan);

    /// A report with no plan part shows only its outline here, and says so.
    /// Read on every frame (panel titles are drawn each time), so it looks at the report and
    /// its few groups, never at every figure.
    fn name_for(d: &Dataset) -> Option<Words> {
        let planned =
            d.report.plan_year.is_some() || d.groups.iter().any(|g| g.panel == Topic::Plan);
        (!planned).then_some(Words::new("报告结构", "Outline"))
    }

    fn build(d: &Dataset) -> PlanView {
        let position: HashMap<&str, MetricIx> =
            d.metric_ixs().map(|(ix, m)| (m.id.as_str(), ix)).collect();
        let mut children: HashMap<&str, Vec<SectionIx>> = HashMap::default();
        for (s, section) in d.sections.iter().enumerate() {
            if let Some(parent) = &section.parent {
                children.entry(parent.as_str()).or_default().push(SectionIx(s));
            }
        }
        let parts: Vec<Part> = d
            .sections
            .iter()
            .enumerate()
            .filter(|(_, s)| s.parent.is_none())
            .map(|(i, s)| Part {
                section: SectionIx(i),
                children: children.get(s.id.as_str()).cloned().unwrap_or_default(),
                announced: s
                    .stated_count
                    .as_ref()
                    .and_then(|id| position.get(id.as_str()).copied()),
            })
            .collect();
        let figures = placed_metrics(d, Topic::Plan);
        let mut b = RowBuilder::default();
        for m in &figures {
            b.item_row(PlanRow::Metric(*m), Item::Metric(*m));
        }
        let bounds = super::bounds_in(d, &figures);
        if !bounds.is_empty() {
            b.row(PlanRow::Bounds);
        }
        for (p, part) in parts.iter().enumerate() {
            b.row(PlanRow::Part(p));
            if part.announced.is_some() {
                b.row(PlanRow::PartCounts(p));
            }
            for s in &part.children {
                b.item_row(PlanRow::Section(*s), Item::Section(*s));
            }
        }
        PlanView {
            figures,
            parts,
            rows: b.plan,
            bounds,
            items: b.items,
        }
    }

    fn items(&self) -> &[Item] {
        &self.items
    }

    fn shape(&self, _zoomed: bool) -> Shape<'_> {
        self.rows.shape()
    }
}
