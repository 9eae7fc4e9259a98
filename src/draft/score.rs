//! Measures a draft against the figures a careful reader recorded: recall and precision.

use crate::model::Dataset;

/// A figure a reader expects: its value, its unit as written (亿元; optional), and its quote
/// (or any verbatim part of its clause).
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Expected {
    pub value: f64,
    #[serde(default)]
    pub unit: String,
    pub quote: String,
}

/// The factor of a unit's leading magnitude: 亿元 = 10⁸, 万平方米 = 10⁴, 万亿元 = 10¹², % = 1.
/// Two readings of one amount (三百亿元 as 300 亿元 or as 3×10¹⁰ 元) compare equal through it.
pub fn magnitude(unit: &str) -> f64 {
    let mut factor = 1.0;
    for c in unit.chars() {
        factor *= match c {
            '十' => 10.0,
            '百' => 100.0,
            '千' => 1e3,
            '万' => 1e4,
            '亿' => 1e8,
            _ => break,
        };
    }
    factor
}

/// How a draft compares with the expected figures.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Score {
    /// Expected figures found (same value, sign aside, and a quote overlapping in the text).
    pub found: usize,
    pub expected: usize,
    /// Draft figures that match an expected one.
    pub matched_output: usize,
    pub output: usize,
    /// Expected figures not found, as `value 「quote」`.
    pub misses: Vec<String>,
    /// Draft figures matching no expected one, as `value unit 「quote」`.
    pub false_figures: Vec<String>,
}

impl Score {
    /// Found ÷ expected, in percent.
    pub fn recall(&self) -> f64 {
        percent(self.found, self.expected)
    }

    /// Matched ÷ output, in percent.
    pub fn precision(&self) -> f64 {
        percent(self.matched_output, self.output)
    }
}

fn percent(a: usize, b: usize) -> f64 {
    if b == 0 {
        100.0
    } else {
        a as f64 * 100.0 / b as f64
    }
}

/// The recall and precision table of named scores, as Markdown (the README's block).
pub fn markdown_table(rows: &[(String, Score)]) -> String {
    let mut out = String::from(
        "| text | expected | found | recall | output | matched | precision |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    for (name, s) in rows {
        out.push_str(&format!(
            "| {name} | {} | {} | {:.1}% | {} | {} | {:.1}% |\n",
            s.expected,
            s.found,
            s.recall(),
            s.output,
            s.matched_output,
            s.precision()
        ));
    }
    out
}

/// Scores `draft` against `expected` over the report `text`.
pub fn score(draft: &Dataset, expected: &[Expected], text: &str) -> Score {
    let pairing = Pairing::new(draft, expected, text);
    let mut s = Score {
        expected: expected.len(),
        output: draft.metrics.len(),
        ..Score::default()
    };
    for (e, exp) in expected.iter().enumerate() {
        if (0..draft.metrics.len()).any(|m| pairing.matches(e, m)) {
            s.found += 1;
        } else {
            s.misses.push(format!("{} 「{}」", exp.value, exp.quote));
        }
    }
    for (m, metric) in draft.metrics.iter().enumerate() {
        if (0..expected.len()).any(|e| pairing.matches(e, m)) {
            s.matched_output += 1;
        } else {
            let unit = draft.unit(&metric.unit).map_or("", |u| u.zh.as_str());
            s.false_figures.push(format!(
                "{}{unit} 「{}」",
                metric.value, metric.source.quote
            ));
        }
    }
    s
}

/// Which draft figure answers which expected one: the same amount (sign and magnitude
/// words aside) with quotes that overlap in the text.
pub struct Pairing<'a> {
    draft: &'a Dataset,
    expected: &'a [Expected],
    expected_spans: Vec<Vec<(usize, usize)>>,
    output_spans: Vec<Vec<(usize, usize)>>,
}

impl<'a> Pairing<'a> {
    /// The spans of every quote of `draft` and `expected` in `text`.
    pub fn new(draft: &'a Dataset, expected: &'a [Expected], text: &str) -> Pairing<'a> {
        let spans = |quote: &str| -> Vec<(usize, usize)> {
            text.match_indices(quote)
                .map(|(at, q)| (at, at + q.len()))
                .collect()
        };
        Pairing {
            draft,
            expected,
            expected_spans: expected.iter().map(|e| spans(&e.quote)).collect(),
            output_spans: draft
                .metrics
                .iter()
                .map(|m| spans(&m.source.quote))
                .collect(),
        }
    }

    /// Expected figure `e` and draft figure `m` are the same figure.
    pub fn matches(&self, e: usize, m: usize) -> bool {
        let same =
            |a: f64, b: f64| (a.abs() - b.abs()).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0);
        let metric = &self.draft.metrics[m];
        let unit = self.draft.unit(&metric.unit).map_or("", |u| u.zh.as_str());
        let overlap = self.expected_spans[e].iter().any(|(s1, e1)| {
            self.output_spans[m]
                .iter()
                .any(|(s2, e2)| s1 < e2 && s2 < e1)
        });
        overlap
            && same(
                self.expected[e].value * magnitude(&self.expected[e].unit),
                metric.value * magnitude(unit),
            )
    }

    /// Each expected figure's draft figure, one to one, taken in the order of the text.
    pub fn one_to_one(&self) -> Vec<Option<usize>> {
        let mut taken = vec![false; self.draft.metrics.len()];
        (0..self.expected.len())
            .map(|e| {
                let m = (0..taken.len()).find(|&m| !taken[m] && self.matches(e, m))?;
                taken[m] = true;
                Some(m)
            })
            .collect()
    }
}

/// The expected figures of a dataset a reader wrote (the bundled one): its values and quotes.
pub fn expected_of(d: &Dataset) -> Vec<Expected> {
    d.metrics
        .iter()
        .map(|m| Expected {
            value: m.value,
            unit: d.unit(&m.unit).map_or_else(String::new, |u| u.zh.clone()),
            quote: m.source.quote.clone(),
        })
        .collect()
}
