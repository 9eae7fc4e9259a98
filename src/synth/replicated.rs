//! Real-shaped datasets of any size: the bundled report's own figures, copied
//! under new ids, so benchmarks pay for real quotes, units and hedges, not tidy synthetic ones.

use crate::model::Dataset;

/// `d` grown to `figures` figures by copies of its figures, each copy's id suffixed
/// (`gdp_growth_r3`); projects, sections, units, comparisons and references are kept once.
/// Marked synthetic, and it validates as `d` does.
pub fn replicated(d: &Dataset, figures: usize) -> Dataset {
    let mut out = d.clone();
    out.report.synthetic = true;
    let copies = figures.div_ceil(d.metrics.len().max(1)).max(1);
    for copy in 1..copies {
        let renamed = |id: &str| format!("{id}_r{copy}");
        out.metrics.extend(d.metrics.iter().map(|m| {
            let mut m = m.clone();
            m.id = renamed(&m.id);
            m
        }));
    }
    out.metrics.truncate(figures.max(d.metrics.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_replica_of_the_bundled_report_validates_at_any_size() {
        let bundled = crate::model::load_bundled().unwrap();
        for figures in [52, 1_000, 10_000] {
            let d = replicated(&bundled, figures);
            assert_eq!(d.metrics.len(), figures.max(bundled.metrics.len()));
            assert!(d.report.synthetic);
            let problems = crate::model::validate(&d);
            assert!(problems.is_empty(), "{figures}: {:?}", &problems[..1]);
        }
    }
}
