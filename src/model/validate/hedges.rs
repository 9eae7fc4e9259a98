//! Checks that each hedge of a figure is written in its quote by one of its marker words.

use super::Checker;
use crate::lang::Text;
use crate::model::hedges::Qualifier;
use crate::model::numerals::{is_magnitude, magnitude_of};
use crate::model::path::DataPath;
use crate::model::types::Metric;
use crate::sanitize;

impl Checker<'_> {
    /// Each qualifier needs one of its marker words in the quote or its context; an exclusion
    /// also needs what it excludes there.
    pub(super) fn hedges_hold(&mut self, path: &impl Fn() -> DataPath, m: &Metric) {
        let quote = m.source.quote.as_str();
        let context = m.source.context.as_deref().unwrap_or_default();
        let written = |word: &str| quote.contains(word) || context.contains(word);
        for (n, q) in m.qualifiers.iter().enumerate() {
            if let Qualifier::Excluding(what) = q {
                let at = || {
                    path()
                        .record()
                        .at("qualifiers", n)
                        .field("excluding")
                        .field("zh")
                };
                self.text(at, &what.zh);
                if let Some(en) = &what.en {
                    self.text(
                        || {
                            path()
                                .record()
                                .at("qualifiers", n)
                                .field("excluding")
                                .field("en")
                        },
                        en,
                    );
                }
                if !what.zh.trim().is_empty() && !written(&what.zh) {
                    self.report(|| (
                        path(),
                        Text::new(
                            format!(
                                "限定 \"excluding\" 写了 {},原文及句首却没有",
                                sanitize::quoted(&what.zh, 40)
                            ),
                            format!(
                                "qualifier \"excluding\" names {} but the quote and its context do not",
                                sanitize::quoted(&what.zh, 40)
                            ),
                        )));
                }
            }
            let words = q.keywords();
            let round = *q == Qualifier::Approximate && writes_round_magnitude(quote);
            if !words.is_empty() && !round && !words.iter().any(|w| written(w)) {
                let (extra_zh, extra) = if *q == Qualifier::Approximate {
                    (
                        ",或单写一个整数量级(百万)",
                        ", or a round magnitude written alone (百万)",
                    )
                } else {
                    ("", "")
                };
                let (found_zh, found) = found_markers(quote, context, q);
                self.report(|| (
                    path(),
                    Text::new(
                        format!(
                            "限定 \"{}\" 要求原文或句首有 {} 之一{extra_zh}{found_zh}",
                            q.name(),
                            words.join("/"),
                        ),
                        format!(
                            "qualifier \"{}\" needs one of {} in the quote or its context{extra}{found}",
                            q.en(),
                            words.join("/"),
                        ),
                    )));
            }
        }
    }
}

/// `; the text has 约 (approximate)`: marker words of other hedges the text does have, in
/// Chinese and in English.
fn found_markers(quote: &str, context: &str, wanted: &Qualifier) -> (String, String) {
    let found: Vec<String> = Qualifier::KINDS
        .iter()
        .filter(|q| *q != wanted)
        .flat_map(|q| {
            q.keywords()
                .into_iter()
                .filter(|w| quote.contains(w) || context.contains(w))
                .map(move |w| format!("{w} ({})", q.name()))
        })
        .collect();
    if found.is_empty() {
        (String::new(), String::new())
    } else {
        (
            format!(";原文有 {}", found.join("、")),
            format!("; the text has {}", found.join(", ")),
        )
    }
}

/// True when the quote writes a magnitude alone (百万平米, 千亿元): a round figure.
pub(super) fn writes_round_magnitude(quote: &str) -> bool {
    quote
        .split(|c| !is_magnitude(c))
        .any(|run| run.chars().nth(1).is_some() && magnitude_of(run).is_some())
}
