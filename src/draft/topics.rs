//! The dashboard topic of a figure and which way is good, by rule.

use super::ir::{BasisRead, DirectionRead, Topic};
use super::units::UnitClass;
use super::words::{ENVIRONMENT, LOWER_IS_BETTER};

/// The dashboard topic of a figure, by rule.
pub fn topic(
    clause: &str,
    label: &str,
    basis: BasisRead,
    class: UnitClass,
    indicator: bool,
    planned: bool,
    history: bool,
) -> Topic {
    if planned {
        Topic::Plan
    } else if history {
        Topic::History
    } else if ENVIRONMENT
        .iter()
        .any(|w| label.contains(w) && !clause.is_empty())
    {
        Topic::Environment
    } else if basis.is_change()
        && (indicator || matches!(class, UnitClass::Percent | UnitClass::Points))
    {
        Topic::Growth
    } else {
        Topic::Counts
    }
}

/// Which way is good: less of a pollutant or of accidents, more of output and counts.
pub fn direction(label: &str, basis: BasisRead, topic: Topic) -> DirectionRead {
    if LOWER_IS_BETTER.iter().any(|w| label.contains(w)) {
        DirectionRead::Lower
    } else if matches!(basis, BasisRead::Date | BasisRead::Rank) {
        DirectionRead::Neutral
    } else if topic == Topic::Growth
        || basis.is_change()
        || matches!(basis, BasisRead::Count | BasisRead::Cumulative)
    {
        DirectionRead::Higher
    } else {
        DirectionRead::Neutral
    }
}
