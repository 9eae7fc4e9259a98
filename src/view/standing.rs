//! The standing panel's model: what the report says of the zone and its companies without a
//! number — the honours granted, then the claims (成为…领军者, 增速高于全国).

use crate::lang::Words;
use super::window::Shape;
use super::{PanelView, RowBuilder, RowPlan};
use crate::model::{ClaimIx, Dataset, HonourIx, Item, Topic};

/// The sections of the standing panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StandingSection {
    Honours,
    Claims,
}

impl StandingSection {
    /// The section's heading, which is also the panel's name when it is the only one.
    pub fn name(self) -> Words {
        match self {
            StandingSection::Honours => Words::new("荣誉称号", "Honours"),
            StandingSection::Claims => Words::new("无数字的表述", "Claims"),
        }
    }
}

/// What one row of the standing panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StandingRow {
    /// A section's heading, when the panel has both.
    Section(StandingSection),
    /// An honour, with who holds it.
    Honour(HonourIx),
    /// A claim, with whom it is about.
    Claim(ClaimIx),
}

/// Honours, then claims, in file order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StandingView {
    pub rows: RowPlan<StandingRow>,
    items: Vec<Item>,
}

impl PanelView for StandingView {
    const NAME: Words = Words::new("荣誉与表述", "Honours & claims");
    const TOPIC: Option<Topic> = None;
    const NAMED_WHEN_EMPTY: bool = false;

    fn name_for(d: &Dataset) -> Option<Words> {
        match (d.honours.is_empty(), d.claims.is_empty()) {
            (false, true) => Some(StandingSection::Honours.name()),
            (true, false) => Some(StandingSection::Claims.name()),
            _ => None,
        }
    }

    fn build(d: &Dataset) -> StandingView {
        let both = !d.honours.is_empty() && !d.claims.is_empty();
        let mut b = RowBuilder::default();
        if both {
            b.row(StandingRow::Section(StandingSection::Honours));
        }
        for h in 0..d.honours.len() {
            b.item_row(StandingRow::Honour(HonourIx(h)), Item::Honour(HonourIx(h)));
        }
        if both {
            b.row(StandingRow::Section(StandingSection::Claims));
        }
        for c in 0..d.claims.len() {
            b.item_row(StandingRow::Claim(ClaimIx(c)), Item::Claim(ClaimIx(c)));
        }
        StandingView {
            rows: b.plan,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_honour_is_an_item_and_no_heading_stands_alone() {
        let d = crate::view::zone_fixture("chenghu-2024");
        let view = StandingView::build(&d);
        let honours: Vec<Item> = (0..3).map(|h| Item::Honour(HonourIx(h))).collect();
        assert_eq!(view.items(), &honours[..]);
        assert!(!view.rows.rows.iter().any(|r| matches!(r, StandingRow::Section(_))));
        assert_eq!(StandingView::name_for(&d), Some(StandingSection::Honours.name()));
    }

    #[test]
    fn a_report_without_honours_or_claims_leaves_it_empty() {
        let d = crate::view::zone_fixture("qinglan-2023");
        assert!(StandingView::build(&d).items().is_empty());
        let views = crate::view::PanelViews::new(&d);
        assert!(!views.shown().contains(&crate::view::PanelId::Standing));
        assert!(!views.empty().any(|p| p == crate::view::PanelId::Standing), "not named missing");
    }

    #[test]
    fn the_bundled_report_has_honours_then_claims_under_headings() {
        let d = crate::model::load_bundled().unwrap();
        let view = StandingView::build(&d);
        assert_eq!(view.items().len(), d.honours.len() + d.claims.len());
        assert_eq!(view.rows.rows[0], StandingRow::Section(StandingSection::Honours));
        assert_eq!(StandingView::name_for(&d), None, "both: the plain name");
    }
}
