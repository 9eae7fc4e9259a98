//! Panel models: what each panel shows, worked out once from a dataset. Knows no terminal.
//!
//! The dataset layer knows no panel; each file here reads one dataset and lays out one panel's
//! figures (order, scale, rows). The UI draws them; the app keeps a selection per panel.

pub mod citation;
pub mod compare;
pub mod context_words;
pub mod fields;
pub mod figure;
pub mod hedges;
mod map;
mod rows;
pub mod search;
pub mod value;
pub mod window;

use crate::lang::Words;
pub use map::PanelMap;
pub use rows::{RowBuilder, RowPlan};
use window::Shape;

use rustc_hash::FxHashMap as HashMap;

use crate::lang::Lang;
use crate::model::{Dataset, Item, MetricIx, Qualifier, Topic, UnitKind};

/// The panel registry, the one list of panels: every panel, in reading order, as
/// `Id module ViewType WidgetType`. `view/module.rs` holds `ViewType` (a [`PanelView`], whose
/// `TOPIC` maps the dataset's topic to the panel) and `ui/panels/module.rs` holds
/// `WidgetType`; this list is the only other place a panel is named. The dataset and the
/// draft know topics ([`Topic`]), never panels.
macro_rules! with_panels {
    ($then:ident) => {
        $then! {
            Growth growth GrowthView GrowthPanel,
            Clusters clusters ClustersView ClustersPanel,
            Environment environment EnvironmentView EnvironmentPanel,
            Counts counts CountsView CountsPanel,
            History history HistoryView HistoryPanel,
            Plan plan PlanView PlanPanel,
            Standing standing StandingView StandingPanel,
        }
    };
}
pub(crate) use with_panels;

/// What a panel model is: built once from a dataset, listing the items a user can select.
pub trait PanelView: Sized {
    /// The panel's plain name (zh, en), when the dataset gives it none.
    const NAME: Words;
    /// The dataset's topic whose figures the panel shows and whose title it takes; none for a
    /// panel of records other than figures.
    const TOPIC: Option<Topic>;
    /// Whether the header names the panel when a report leaves it empty: a report without
    /// growth figures is news, one that records no honours is not.
    const NAMED_WHEN_EMPTY: bool = true;
    /// The panel's plain name for `d` when it differs from [`Self::NAME`] (what the panel
    /// shows depends on what the report holds).
    fn name_for(_d: &Dataset) -> Option<Words> {
        None
    }
    /// Lays the panel out from `d`, in time linear in its size (sorts aside).
    fn build(d: &Dataset) -> Self;
    /// The items a user can select, in the order the panel shows them.
    fn items(&self) -> &[Item];
    /// The panel's rows, in the grid or zoomed.
    fn shape(&self, zoomed: bool) -> Shape<'_>;
}

macro_rules! declare_views {
    ($($id:ident $module:ident $view:ident $widget:ident,)*) => {
        $(pub mod $module;)*

        /// One panel of the dashboard, from the registry.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum PanelId { $($id,)* }

        impl PanelId {
            /// Every panel, in reading order.
            pub const ALL: &'static [PanelId] = &[$(PanelId::$id,)*];

            /// The position of the panel in [`Self::ALL`].
            pub fn index(self) -> usize {
                self as usize
            }

            /// The panel's name on the command line (`growth`).
            pub fn key(self) -> &'static str {
                match self { $(PanelId::$id => stringify!($module),)* }
            }

            /// The panel with command-line name `key`.
            pub fn from_key(key: &str) -> Option<PanelId> {
                PanelId::ALL.iter().copied().find(|p| p.key() == key)
            }

            /// Whether the header names the panel when a report leaves it empty.
            pub fn named_when_empty(self) -> bool {
                match self { $(PanelId::$id => <$module::$view as PanelView>::NAMED_WHEN_EMPTY,)* }
            }

            /// The panel's plain name for `d` and its dataset placement.
            fn naming(self, d: &Dataset) -> (Words, Option<Topic>) {
                match self {
                    $(PanelId::$id => (
                        <$module::$view as PanelView>::name_for(d)
                            .unwrap_or(<$module::$view as PanelView>::NAME),
                        <$module::$view as PanelView>::TOPIC,
                    ),)*
                }
            }
        }

        /// Every panel's model, built from one dataset.
        #[derive(Debug, Clone, PartialEq)]
        pub struct PanelViews {
            $(pub $module: $module::$view,)*
            /// The panels with something to show, in reading order: the others give their room
            /// to these. Never empty: a report with nothing anywhere shows its first panel.
            shown: Vec<PanelId>,
        }

        impl PanelViews {
            /// Builds every panel's model from `d`.
            pub fn new(d: &Dataset) -> PanelViews {
                let mut views = PanelViews {
                    $($module: <$module::$view as PanelView>::build(d),)*
                    shown: Vec::new(),
                };
                views.shown = PanelId::ALL
                    .iter()
                    .copied()
                    .filter(|p| views.shape(*p, false).rows > 0)
                    .collect();
                if views.shown.is_empty() {
                    views.shown.push(PanelId::ALL[0]);
                }
                views
            }

            /// The panels with something to show, in reading order.
            pub fn shown(&self) -> &[PanelId] {
                &self.shown
            }

            /// The number `panel` is shown with and jumped to by: its place among the panels
            /// shown, from 1 (0 for a panel not shown).
            pub fn number(&self, panel: PanelId) -> usize {
                self.shown.iter().position(|p| *p == panel).map_or(0, |i| i + 1)
            }

            /// The panels the report leaves empty that the header names.
            pub fn empty(&self) -> impl Iterator<Item = PanelId> + '_ {
                PanelId::ALL
                    .iter()
                    .copied()
                    .filter(|p| !self.shown.contains(p) && p.named_when_empty())
            }

            /// The selectable items of `panel`.
            pub fn items(&self, panel: PanelId) -> &[Item] {
                match panel { $(PanelId::$id => self.$module.items(),)* }
            }

            /// The rows of `panel`, in the grid or zoomed.
            pub fn shape(&self, panel: PanelId, zoomed: bool) -> Shape<'_> {
                match panel { $(PanelId::$id => self.$module.shape(zoomed),)* }
            }
        }
    };
}

with_panels!(declare_views);

impl PanelId {
    /// The panel's title: the dataset's name for it if it gives one (建区三十年), else the plain one.
    pub fn title(self, d: &Dataset, lang: Lang) -> &str {
        let (name, topic) = self.naming(d);
        match topic.and_then(|topic| d.panel_titles.iter().find(|t| t.panel == topic)) {
            Some(title) => lang.pick(&title.label_zh, &title.label_en),
            None => name.get(lang),
        }
    }
}

/// The sign a bound is written with before the number (`>2800`, `≥2`, `~100`); none for hedges
/// that are not bounds, which charts mark with a footnote instead.
pub fn bound_sign(q: &Qualifier) -> Option<&'static str> {
    match q {
        Qualifier::MoreThan => Some(">"),
        Qualifier::AtLeast => Some("≥"),
        Qualifier::LessThan => Some("<"),
        Qualifier::AtMost => Some("≤"),
        Qualifier::Approximate => Some("~"),
        _ => None,
    }
}

/// The bounds `figures` are written with (`~N`, `>N`, `≥N`, `<N`, `≤N`), in that order, so
/// their panel says what each sign means.
pub fn bounds_in(d: &Dataset, figures: &[MetricIx]) -> Vec<Qualifier> {
    [
        Qualifier::Approximate,
        Qualifier::MoreThan,
        Qualifier::AtLeast,
        Qualifier::LessThan,
        Qualifier::AtMost,
    ]
    .into_iter()
    .filter(|q| figures.iter().any(|m| d[*m].qualifiers.contains(q)))
    .collect()
}

/// The figures `d` files under `topic`, in file order.
pub fn placed_metrics(d: &Dataset, topic: Topic) -> Vec<MetricIx> {
    let groups: HashMap<&str, Topic> = d.groups.iter().map(|g| (g.id.as_str(), g.panel)).collect();
    d.metric_ixs()
        .filter(|(_, m)| groups.get(m.group.as_str()) == Some(&topic))
        .map(|(ix, _)| ix)
        .collect()
}

/// The kind of the unit `m` is measured in.
pub fn unit_kind(d: &Dataset, m: MetricIx) -> Option<UnitKind> {
    d.unit(&d[m].unit).map(|u| u.kind)
}

/// The value of `m` in its unit's base (8.6万辆 → 86,000), so counts of scaled and plain
/// units sort and draw on one scale.
pub fn base_value(d: &Dataset, m: MetricIx) -> f64 {
    d[m].value * d.unit(&d[m].unit).map_or(1.0, crate::model::Unit::factor)
}

/// The largest finite value of `values`, or 0.
pub fn max_of(values: impl Iterator<Item = f64>) -> f64 {
    values.filter(|v| v.is_finite()).fold(0.0, f64::max)
}

/// `Item::Metric` of each of `list`.
pub fn metric_items(list: &[MetricIx]) -> impl Iterator<Item = Item> + '_ {
    list.iter().map(|m| Item::Metric(*m))
}

/// An invented zone of the test fixtures, loaded (`chenghu-2024`).
#[cfg(test)]
pub(crate) fn zone_fixture(name: &str) -> Dataset {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/zones")
        .join(format!("{name}.json"));
    crate::model::load_file(&path).unwrap_or_else(|e| panic!("{name}: {e}"))
}
