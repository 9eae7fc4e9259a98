//! Hedges a text puts on a figure (预计, 超, 以上, 约, 剔除…因素), each with the marker words that write it.

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A hedge or scope the text puts on a figure. Every hedge but `planned` is written by a
/// marker word the quote (or its context) must contain; see [`Qualifier::markers`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// 预计: an estimate made before the period's figures were final.
    Expected,
    /// 超 / 逾 / 突破 / 超过 before the number, 余 / 多 after it: the true figure is above it.
    MoreThan,
    /// 以上 right after the number, 不少于 / 至少 before it: the figure is a floor.
    AtLeast,
    /// 不足 / 不到 / 低于 before the number: the true figure is below it.
    LessThan,
    /// 以内 / 以下 after the number, 不超过 / 至多 before it: the figure is a ceiling.
    AtMost,
    /// 约 / 近 / 大约 before the number, 左右 after it, or a round magnitude written alone
    /// (百万平米): not a measurement.
    Approximate,
    /// A target of the plan part, not a result (given by where it stands, not by a word).
    Planned,
    /// 按可比价格: a change computed at comparable prices.
    ComparablePrices,
    /// 剔除X因素: computed without X; what is left out is data, as the text writes it.
    /// (Schema 1 wrote 剔除疫苗因素 as `excluding_vaccines`; the compatibility layer reads it.)
    Excluding(Excluded),
}

/// What a figure leaves out (剔除疫苗因素 → 疫苗因素).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Excluded {
    /// As the quote writes it, after the marker (疫苗因素); must be in the quote or its context.
    pub zh: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

/// Where a marker word stands relative to the number it bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Right before the number (超2000亿元, 约3.8).
    Before,
    /// Right after the number and its unit (2项以上, 20余项).
    After,
    /// Anywhere in the quote or its context (预计 opening a sentence).
    Anywhere,
}

/// A word that writes a hedge, and where it must stand.
pub type Marker = (&'static str, Place);

impl Qualifier {
    /// Every hedge without data, for listing and for naming the hedges a quote's words fit.
    pub const KINDS: &'static [Qualifier] = &[
        Qualifier::Expected,
        Qualifier::MoreThan,
        Qualifier::AtLeast,
        Qualifier::LessThan,
        Qualifier::AtMost,
        Qualifier::Approximate,
        Qualifier::Planned,
        Qualifier::ComparablePrices,
    ];

    /// The words that write this hedge and where each stands; empty for `planned`.
    pub fn markers(&self) -> &'static [Marker] {
        use Place::{After, Anywhere, Before};
        match self {
            Qualifier::Expected => &[("预计", Anywhere), ("有望", Anywhere)],
            Qualifier::MoreThan => &[
                ("超过", Before),
                ("超", Before),
                ("逾", Before),
                ("突破", Before),
                // A threshold crossed: 迈上五百亿元台阶, 站上千亿元.
                ("迈上", Before),
                ("站上", Before),
                ("跨上", Before),
                ("跨越", Before),
                ("跨过", Before),
                ("迈过", Before),
                ("高于", Before),
                ("多于", Before),
                ("余", After),
                ("多", After),
            ],
            Qualifier::AtLeast => &[
                ("以上", After),
                ("不少于", Before),
                ("至少", Before),
                ("不低于", Before),
            ],
            Qualifier::LessThan => &[
                ("不足", Before),
                ("不到", Before),
                ("低于", Before),
                ("少于", Before),
            ],
            Qualifier::AtMost => &[
                ("以内", After),
                ("以下", After),
                ("不超过", Before),
                ("至多", Before),
                // A rank within the first N: 进入全省前十.
                ("前", Before),
            ],
            Qualifier::Approximate => &[
                ("大约", Before),
                ("约", Before),
                ("将近", Before),
                ("接近", Before),
                ("近", Before),
                ("左右", After),
                ("上下", After),
            ],
            Qualifier::Planned => &[],
            Qualifier::ComparablePrices => &[("可比价", Anywhere)],
            Qualifier::Excluding(_) => &[
                ("剔除", Anywhere),
                ("扣除", Anywhere),
                ("不含", Anywhere),
                ("除去", Anywhere),
            ],
        }
    }

    /// The marker words alone.
    pub fn keywords(&self) -> Vec<&'static str> {
        self.markers().iter().map(|(word, _)| *word).collect()
    }

    /// The snake_case name the dataset writes (`more_than`, `excluding`).
    pub fn name(&self) -> &'static str {
        match self {
            Qualifier::Expected => "expected",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::LessThan => "less_than",
            Qualifier::AtMost => "at_most",
            Qualifier::Approximate => "approximate",
            Qualifier::Planned => "planned",
            Qualifier::ComparablePrices => "comparable_prices",
            Qualifier::Excluding(_) => "excluding",
        }
    }

    /// The Chinese name (剔除疫苗因素 for an exclusion).
    pub fn zh(&self) -> Cow<'static, str> {
        Cow::Borrowed(match self {
            Qualifier::Expected => "预计",
            Qualifier::MoreThan => "超过",
            Qualifier::AtLeast => "不少于",
            Qualifier::LessThan => "不足",
            Qualifier::AtMost => "不超过",
            Qualifier::Approximate => "约数",
            Qualifier::Planned => "计划目标",
            Qualifier::ComparablePrices => "按可比价格",
            Qualifier::Excluding(what) => return Cow::Owned(format!("剔除{}", what.zh)),
        })
    }

    /// The English name; an exclusion with no English shows its Chinese, marked untranslated.
    pub fn en(&self) -> Cow<'static, str> {
        Cow::Borrowed(match self {
            Qualifier::Expected => "expected",
            Qualifier::MoreThan => "more than",
            Qualifier::AtLeast => "at least",
            Qualifier::LessThan => "less than",
            Qualifier::AtMost => "at most",
            Qualifier::Approximate => "approximately",
            Qualifier::Planned => "planned",
            Qualifier::ComparablePrices => "at comparable prices",
            Qualifier::Excluding(what) => {
                return Cow::Owned(match &what.en {
                    Some(en) => format!("excluding {en}"),
                    None => format!("excluding {} (untranslated)", what.zh),
                });
            }
        })
    }

    /// The name in `lang`.
    pub fn label(&self, lang: crate::lang::Lang) -> Cow<'static, str> {
        match lang {
            crate::lang::Lang::Zh => self.zh(),
            crate::lang::Lang::En => self.en(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_serde() {
        for q in Qualifier::KINDS {
            assert_eq!(crate::model::snake_name(q), q.name());
        }
    }

    #[test]
    fn an_exclusion_carries_what_it_leaves_out() {
        let q: Qualifier =
            serde_json::from_str(r#"{"excluding": {"zh": "汇率因素", "en": "exchange rates"}}"#)
                .unwrap_or(Qualifier::Planned);
        assert_eq!(q.zh(), "剔除汇率因素");
        assert_eq!(q.en(), "excluding exchange rates");
        let untranslated = Qualifier::Excluding(Excluded {
            zh: "价格因素".into(),
            en: None,
        });
        assert_eq!(untranslated.en(), "excluding 价格因素 (untranslated)");
    }
}
