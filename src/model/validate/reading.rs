//! Checks that refuse wrong readings of a quote: the value in the figure's unit, ranks, streaks,
//! bases that need their words, hedge words in the wrong place or left out.

use super::{Checker, QuoteReadings};
use crate::lang::{Lang, Text};
use crate::model::hedges::{Place, Qualifier};
use crate::model::path::DataPath;
use crate::model::readings::{Reading, describe, readings, unit_after};
use crate::model::types::Metric;
use crate::model::vocab::Basis;
use crate::sanitize;

/// Idioms in which 零 is not a number: 实现“零”的突破 is a first success, not a count of zero.
const ZERO_IDIOMS: &[&str] = &[
    "零的突破",
    "“零”的突破",
    "\"零\"的突破",
    "零突破",
    "0的突破",
];

/// Words that say none happened (无劣V类水体, 未发生), for a value of 0.
const NONE_WORDS: &[char] = &['无', '未', '零', '〇', '0'];

/// Measure words that may stand between a number and a marker after it (2项以上).
const MEASURE_WORDS: &[char] = &[
    '个', '家', '项', '名', '人', '次', '座', '所', '户', '批', '件', '条', '台', '套', '辆', '年',
    '天', '位', '种', '类', '届',
];

impl<'a> Checker<'a> {
    /// The quote writes the value in the figure's unit, read as a report writes numbers.
    pub(super) fn value_written(
        &mut self,
        path: &impl Fn() -> DataPath,
        m: &Metric,
        unit: &str,
        read: &QuoteReadings<'_>,
    ) {
        let quote = m.source.quote.as_str();
        if m.value == 0.0 {
            if let Some(idiom) = ZERO_IDIOMS.iter().find(|w| quote.contains(*w)) {
                self.report(|| (
                    path(),
                    Text::new(
                        format!("数值 0 读自 {idiom},这是说首次突破,不是数量为零"),
                        format!("value 0 read from {idiom}, an idiom for a first success, not a count of zero"),
                    )));
            } else if !quote.contains(NONE_WORDS) {
                self.report(|| {
                    (
                        path(),
                        Text::new(
                            format!(
                                "原文 {} 没有写 0,也没有表示“无”的字({})",
                                sanitize::quoted(quote, 60),
                                NONE_WORDS.iter().collect::<String>()
                            ),
                            format!(
                                "quote {} writes no 0 and no word for none ({})",
                                sanitize::quoted(quote, 60),
                                NONE_WORDS.iter().collect::<String>()
                            ),
                        ),
                    )
                });
            }
            return;
        }
        if read.written.is_empty() {
            let points = read
                .all
                .iter()
                .any(|r| unit_after(quote, r, unit).is_some_and(|w| w.contains("百分点")))
                && unit.contains('%');
            let (hint_zh, hint) = if points {
                (
                    ";个百分点是百分点:请给这个数字用 points 类的单位 个百分点",
                    "; 个百分点 are percentage points: give the figure a unit 个百分点 of kind points",
                )
            } else {
                ("", "")
            };
            let (quoted, value) = (
                sanitize::quoted(quote, 60),
                crate::model::format_value(m.value.abs()),
            );
            self.report(|| {
                (
                    path(),
                    Text::new(
                        if read.all.is_empty() {
                            format!("原文 {quoted} 中没有数字,没有写 {value}{unit}{hint_zh}")
                        } else {
                            format!(
                                "原文 {quoted} 没有写 {value}{unit}:其中的数是 {}{hint_zh}",
                                sanitize::escape(&describe(quote, unit, Lang::Zh)),
                            )
                        },
                        format!(
                            "quote {quoted} does not write {value}{unit}: it reads as {}{hint}",
                            sanitize::escape(&describe(quote, unit, Lang::En)),
                        ),
                    ),
                )
            });
        }
    }

    /// A rank is written as one (第13位, 前三, 首位), its pool's size is not the rank, a streak
    /// follows 连续, and a basis with words of its own has them.
    pub(super) fn basis_written(
        &mut self,
        path: &impl Fn() -> DataPath,
        m: &Metric,
        read: &QuoteReadings<'_>,
    ) {
        let quote = m.source.quote.as_str();
        let context = m.source.context.as_deref().unwrap_or_default();
        let carried = m.source.basis_from.as_deref().unwrap_or_default();
        let ranked = |r: &Reading<'_>| is_rank(quote, r);
        match m.basis {
            Basis::Rank => {
                let first = m.value == 1.0
                    && ["首位", "榜首", "首家", "第一"]
                        .iter()
                        .any(|w| quote.contains(w));
                if !first && !read.written.iter().any(ranked) {
                    let ranks: Vec<&str> = read
                        .all
                        .iter()
                        .filter(|r| ranked(r))
                        .map(|r| r.written)
                        .collect();
                    let (found_zh, found) = if ranks.is_empty() {
                        ("原文没有写名次".to_owned(), "it writes no rank".to_owned())
                    } else {
                        (
                            format!("原文写的名次是 {}", ranks.join("、")),
                            format!("the rank it writes is {}", ranks.join(", ")),
                        )
                    };
                    let rank = crate::model::format_value(m.value);
                    self.report(|| (
                        path(),
                        Text::new(
                            format!("名次 {rank} 在原文中没有写成名次(第…、前…、…位、…名);{found_zh}"),
                            format!("rank {rank} is not written as a rank (第…, 前…, …位, …名) in the quote; {found}"),
                        )));
                }
                if let Some(pool) = &m.rank_of {
                    self.pool(path, m, pool);
                }
            }
            Basis::Streak
                if !read
                    .written
                    .iter()
                    .any(|r| quote[..r.start].ends_with("连续")) =>
            {
                self.report(|| {
                    (
                        path(),
                        Text::new(
                            format!(
                                "连续 {} 要求原文中数字前紧挨着“连续”",
                                crate::model::format_value(m.value)
                            ),
                            format!(
                                "streak {} needs 连续 right before the number in the quote",
                                crate::model::format_value(m.value)
                            ),
                        ),
                    )
                });
            }
            _ => {}
        }
        if m.basis != Basis::Rank && m.rank_of.is_some() {
            self.report(|| {
                (
                    path().record().field("rank_of"),
                    Text::new(
                        "rank_of 只属于口径为 \"rank\" 的数字",
                        "rank_of belongs to a figure of basis \"rank\"",
                    ),
                )
            });
        }
        let needs: &[&str] = match m.basis {
            Basis::LikeForLike => &["同口径", "可比口径"],
            Basis::AverageAnnual => &["年均", "年平均", "平均每年"],
            Basis::ShareOfTarget => &["目标", "任务", "计划", "预算", "完成率"],
            _ => &[],
        };
        let in_text = |w: &&str| quote.contains(w) || context.contains(w) || carried.contains(w);
        if !needs.is_empty() && !needs.iter().any(in_text) {
            self.report(|| (
                path().record().field("basis"),
                Text::new(
                    format!(
                        "口径 \"{}\" 要求原文、句首或 basis_from 有 {} 之一;原文有 {}",
                        crate::model::snake_name(&m.basis),
                        needs.join("/"),
                        basis_words_found(quote, Lang::Zh)
                    ),
                    format!(
                        "basis \"{}\" needs one of {} in the quote, its context or basis_from; the quote has {}",
                        crate::model::snake_name(&m.basis),
                        needs.join("/"),
                        basis_words_found(quote, Lang::En)
                    ),
                )));
        }
        if !carried.is_empty() && !["下同", "以下同"].iter().any(|w| carried.contains(w)) {
            self.report(|| {
                (
                    path().record().field("source").field("basis_from"),
                    Text::new(
                        format!(
                            "basis_from {} 没有说它适用于下文(下同)",
                            sanitize::quoted(carried, 40)
                        ),
                        format!(
                            "basis_from {} does not say it covers what follows (下同)",
                            sanitize::quoted(carried, 40)
                        ),
                    ),
                )
            });
        }
    }

    fn pool(&mut self, path: &impl Fn() -> DataPath, m: &Metric, pool: &crate::model::Pool) {
        let quote = m.source.quote.as_str();
        let context = m.source.context.as_deref().unwrap_or_default();
        let at = || path().record().field("rank_of");
        self.text(|| at().field("zh"), &pool.zh);
        if !pool.zh.trim().is_empty() && !quote.contains(&pool.zh) && !context.contains(&pool.zh) {
            self.report(|| {
                (
                    at().field("zh"),
                    Text::new(
                        format!(
                            "排名范围 {} 不在原文或句首中",
                            sanitize::quoted(&pool.zh, 40)
                        ),
                        format!(
                            "pool {} is not in the quote or its context",
                            sanitize::quoted(&pool.zh, 40)
                        ),
                    ),
                )
            });
        }
        if let Some(size) = pool.size {
            let size = f64::from(size);
            let written = [quote, context].iter().any(|text| {
                readings(text)
                    .iter()
                    .any(|r| r.scaled() == size && !is_rank(text, r))
            });
            if !written {
                self.report(|| {
                    (
                        at().field("size"),
                        Text::new(
                            format!("原文或句首没有写排名范围的大小 {size}"),
                            format!("pool size {size} is not written in the quote or its context"),
                        ),
                    )
                });
            }
        }
    }

    /// Each bound (more than, at least, less than, at most, approximately) has its marker word
    /// right next to the number it bounds; a marker right next to the number that the figure
    /// leaves out is an error too.
    pub(super) fn hedges_placed(
        &mut self,
        path: &impl Fn() -> DataPath,
        m: &'a Metric,
        unit: &str,
        places: &[Reading<'_>],
    ) {
        let quote = m.source.quote.as_str();
        if places.is_empty() {
            return; // the value error says it all
        }
        // What stands on either side of each place is worked out once for every kind of bound.
        let mut sides = std::mem::take(&mut self.sides);
        sides.clear();
        sides.extend(places.iter().map(|r| Beside::of(quote, r, unit)));
        for q in m.qualifiers.iter().filter(|q| is_bound(q)) {
            let beside = sides.iter().any(|side| side.markers(q).next().is_some());
            let round =
                *q == Qualifier::Approximate && super::hedges::writes_round_magnitude(quote);
            if beside || round || !q.markers().iter().any(|(w, _)| quote.contains(w)) {
                continue;
            }
            let elsewhere: Vec<&str> = q
                .keywords()
                .into_iter()
                .filter(|w| quote.contains(w))
                .collect();
            self.report(|| (
                path(),
                Text::new(
                    format!(
                        "限定 \"{}\":原文中的 {} 不是限定数字 {} 的(限定词紧挨着它限定的数字)",
                        q.name(),
                        elsewhere.join("/"),
                        crate::model::format_value(m.value.abs())
                    ),
                    format!(
                        "qualifier \"{}\": {} in the quote does not bound the number {} (a marker stands right next to the number it bounds)",
                        q.en(),
                        elsewhere.join("/"),
                        crate::model::format_value(m.value.abs())
                    ),
                )));
        }
        for q in Qualifier::KINDS.iter().filter(|q| is_bound(q)) {
            if m.qualifiers.contains(q) {
                continue;
            }
            if sides.iter().all(|side| side.markers(q).next().is_some()) {
                let words: Vec<&str> = sides[0].markers(q).collect();
                self.report(|| (
                    path(),
                    Text::new(
                        format!(
                            "原文在 {} 旁写了 {},但数字没有限定 \"{}\"",
                            crate::model::format_value(m.value.abs()),
                            words.join("/"),
                            q.name()
                        ),
                        format!(
                            "the quote writes {} right next to {}, but the figure has no qualifier \"{}\"",
                            words.join("/"),
                            crate::model::format_value(m.value.abs()),
                            q.name()
                        ),
                    )));
            }
        }
        self.sides = sides;
    }
}

fn is_bound(q: &Qualifier) -> bool {
    matches!(
        q,
        Qualifier::MoreThan
            | Qualifier::AtLeast
            | Qualifier::LessThan
            | Qualifier::AtMost
            | Qualifier::Approximate
    )
}

/// True when reading `r` is written as a rank: 第13位, 前三, 13名.
fn is_rank(text: &str, r: &Reading<'_>) -> bool {
    let before = &text[..r.start];
    let after = &text[r.end..];
    before.ends_with('第')
        || before.ends_with('前')
        || after.starts_with('位')
        || after.starts_with('名')
}

/// What stands right before and right after a reading of a quote, where bound markers go.
pub(super) struct Beside<'t> {
    /// The text before the number, spaces trimmed.
    before: &'t str,
    /// The text right after the number.
    immediately: &'t str,
    /// The text after the number's unit word or measure word, if it has one.
    after: &'t str,
}

impl<'t> Beside<'t> {
    fn of(text: &'t str, r: &Reading<'_>, unit: &str) -> Beside<'t> {
        let immediately = &text[r.end..];
        let after = if let Some(word) = unit_after(text, r, unit) {
            &immediately[word.len()..]
        } else if let Some(c) = immediately
            .chars()
            .next()
            .filter(|c| MEASURE_WORDS.contains(c))
        {
            &immediately[c.len_utf8()..]
        } else {
            immediately
        };
        Beside {
            before: text[..r.start].trim_end(),
            immediately,
            after,
        }
    }

    /// The marker words of `q` standing right next to the number.
    fn markers(&self, q: &Qualifier) -> impl Iterator<Item = &'static str> + '_ {
        let Beside {
            before,
            immediately,
            after,
        } = *self;
        q.markers()
            .iter()
            .filter(move |(word, place)| match place {
                // 约占全市的51.3%, 约为: 约 before the verb bounds the number after it.
                Place::Before if *word == "约" => {
                    before.ends_with(word)
                        || ["约占", "约为", "约有", "约达"].iter().any(|verb| {
                            before
                                .rsplit_once(verb)
                                .is_some_and(|(_, rest)| !rest.chars().any(|c| c.is_ascii_digit()))
                        })
                }
                // 近三年 is "the last three years", not "nearly three".
                Place::Before if *word == "近" => {
                    before.ends_with(word) && !after.starts_with('年')
                }
                // 不低于 is "at least", not "less than": a marker after 不 is negated.
                Place::Before => before
                    .strip_suffix(word)
                    .is_some_and(|rest| !rest.ends_with('不')),
                // 余 and 多 stand right after the number (20余项, 50多家), never after a noun;
                // 多 also after a multiple or inside points (8倍多, 9个多百分点).
                Place::After if matches!(*word, "余" | "多") => {
                    immediately.starts_with(word)
                        || *word == "多"
                            && ["倍多", "个多百分点"]
                                .iter()
                                .any(|w| immediately.starts_with(w))
                }
                // 15家上下游配套企业: 上下游, 上下级 and 上下联动 name things, not an estimate.
                Place::After if *word == "上下" => [after, immediately].iter().any(|t| {
                    t.strip_prefix(word)
                        .is_some_and(|rest| !rest.starts_with(['游', '级', '联']))
                }),
                Place::After => after.starts_with(word) || immediately.starts_with(word),
                Place::Anywhere => false,
            })
            .map(|(word, _)| *word)
    }
}

/// The basis words a quote has, for a message: `同比`, or `none`.
fn basis_words_found(quote: &str, lang: Lang) -> String {
    let words: Vec<&str> = ["同比", "比上年", "环比", "累计", "年均", "同口径", "可比"]
        .into_iter()
        .filter(|w| quote.contains(w))
        .collect();
    if words.is_empty() {
        lang.pick("一个也没有", "none of them").into()
    } else {
        words.join("/")
    }
}
