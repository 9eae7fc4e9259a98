//! 分别: the numbers of a clause with 分别 belong in turn to the things listed before it or to
//! the amounts read before them.

use std::ops::Range;

use super::doc::Doc;
use super::hedges::Surroundings;
use super::ir::BasisRead;
use super::numerals::Numeral;
use super::units::{UnitClass, UnitRead, read_unit};
use super::words::{FALL_WORDS, LISTED_KINDS, RISE_WORDS};

/// 分别增长2.2%和9.4%: in a clause with 分别 every rate is a change like the first, and the
/// k-th rate belongs to the k-th of the amounts just before.
pub(super) struct Respective {
    on: bool,
    /// 锂电新能源、生物医药产业产值分别增长…: the labels of the things listed before 分别, one
    /// for each number after it, when their counts agree.
    listed: Vec<String>,
    /// Where 分别 ends: the numbers after it take the listed labels in turn.
    after: usize,
    /// Listed labels taken so far.
    taken: usize,
    /// Rates in the clause.
    rates: usize,
    /// The basis and sign of the first rate that was a change.
    first: Option<(BasisRead, bool)>,
    /// Rates read so far.
    index: usize,
}

impl Respective {
    /// The rule for `clause`, whose numerals are `found`.
    pub(super) fn of_clause(doc: &Doc, clause: Range<usize>, found: &[Numeral]) -> Respective {
        let rates = found
            .iter()
            .filter(|n| {
                read_unit(&doc.chars, n.span.end, n.chinese)
                    .is_some_and(|u| matches!(u.class, UnitClass::Percent | UnitClass::Points))
            })
            .count();
        let text = &doc.chars[clause.clone()];
        let fenbie = text.windows(2).position(|w| w == ['分', '别']);
        // 出口额、进口额：183.1亿元和91.5亿元: a list before a colon, its numbers in turn.
        let colon = text
            .iter()
            .position(|c| *c == ':')
            .filter(|at| text[..*at].iter().any(|c| matches!(c, '、' | '和')));
        let (at, mark) = match (fenbie, colon) {
            (Some(at), _) => (Some(at), 2),
            (None, Some(at)) => (Some(at), 1),
            (None, None) => (None, 0),
        };
        let after = at.map_or(clause.end, |at| clause.start + at + mark);
        let numbers: Vec<&Numeral> = found.iter().filter(|n| n.span.start >= after).collect();
        let listed = match (at, numbers.first()) {
            (Some(at), Some(first)) => listed_labels(
                &doc.folded(clause.start..clause.start + at),
                &doc.folded(after..first.span.start),
            ),
            _ => Vec::new(),
        };
        Respective {
            on: fenbie.is_some(),
            listed: if listed.len() == numbers.len() {
                listed
            } else {
                Vec::new()
            },
            after,
            taken: 0,
            rates,
            first: None,
            index: 0,
        }
    }

    /// The listed label of the number at `at`, when the clause lists what its numbers are of.
    pub(super) fn listed(&mut self, at: usize) -> Option<String> {
        if at < self.after {
            return None;
        }
        let label = self.listed.get(self.taken).cloned();
        self.taken += 1;
        label
    }

    /// The subject of the rate just read (`s`, in `unit`) among `amounts`, the subjects of the
    /// amounts read before it; `s` takes the first rate's basis and sign.
    pub(super) fn subject(
        &mut self,
        s: &mut Surroundings,
        unit: &UnitRead,
        amounts: &[String],
    ) -> Option<String> {
        if !self.on || !matches!(unit.class, UnitClass::Percent | UnitClass::Points) {
            return None;
        }
        match self.first {
            None if s.basis.is_change() => self.first = Some((s.basis, s.negative)),
            Some((basis, negative)) if !s.basis.is_change() => {
                s.basis = basis;
                s.negative = negative;
            }
            _ => {}
        }
        let subject = (s.basis.is_change() && amounts.len() >= self.rates)
            .then(|| {
                amounts
                    .get(amounts.len() - self.rates + self.index)
                    .cloned()
            })
            .flatten();
        self.index += 1;
        subject
    }
}

/// The labels of the things `listed` before 分别, measured as `measure` says after it:
/// 锂电新能源、生物医药产业产值 → 锂电新能源产业产值, 生物医药产业产值; 新型建材和现代物流产业 +
/// 实现营业收入 → 新型建材产业营业收入, 现代物流产业营业收入. Empty unless two or more are listed.
fn listed_labels(listed: &str, measure: &str) -> Vec<String> {
    let listed = listed
        .rsplit(['，', ',', '；', ';', '：'])
        .next()
        .unwrap_or(listed);
    let listed = ["其中", "全年", "同时"]
        .iter()
        .fold(listed, |l, w| l.strip_prefix(w).unwrap_or(l));
    // 两大产业集群产值预计全年分别增长: the hedge and the time are no part of the names.
    let listed = ["预计全年", "全年", "预计"]
        .iter()
        .fold(listed, |l, w| l.strip_suffix(w).unwrap_or(l));
    // …和农民人均纯收入均分别增长: 均 (all) says how, unless it ends 人均 (per head).
    let listed = match listed.strip_suffix(['均', '都']) {
        Some(rest) if !rest.ends_with('人') => rest,
        _ => listed,
    };
    let mut items: Vec<String> = listed
        .split(['、', '和', '及', '与'])
        .map(str::to_owned)
        .collect();
    if items.len() < 2 || items.iter().any(|i| i.is_empty() || i.chars().count() > 16) {
        return Vec::new();
    }
    // 两大产业产值: the count of the list is not part of the name.
    let last = items.pop().unwrap_or_default();
    let last: String = {
        let chars: Vec<char> = last.chars().collect();
        match chars
            .windows(2)
            .position(|w| "两二三四五六七八九十".contains(w[0]) && w[1] == '大')
        {
            Some(at) => chars[..at].iter().chain(&chars[at + 2..]).collect(),
            None => last,
        }
    };
    // What the last item shares with the others: 产业产值 after 生物医药.
    let (name, tail) = match LISTED_KINDS.iter().filter_map(|k| last.find(k)).min() {
        Some(at) if at > 0 => (
            last[..at].trim_end_matches("主导").to_owned(),
            last[at..].to_owned(),
        ),
        _ => (last, String::new()),
    };
    items.push(name);
    // 分别占…: a share of each needs the whole it is of, which this reading does not give.
    if measure.starts_with('占') {
        return Vec::new();
    }
    let measure = ["实现", "完成", "达到", "约为", "为", "是", "达"]
        .iter()
        .fold(measure, |m, w| m.strip_prefix(w).unwrap_or(m));
    let measure = RISE_WORDS
        .iter()
        .chain(FALL_WORDS)
        .fold(measure, |m, w| m.strip_suffix(w).unwrap_or(m));
    let measure = ["同比", "比上年", "较上年"]
        .iter()
        .fold(measure, |m, w| m.strip_suffix(w).unwrap_or(m));
    items
        .into_iter()
        .map(|item| {
            // 电子信息产业、装备制造产业产值: an item that names its kind takes the rest only.
            let tail = LISTED_KINDS
                .iter()
                .find(|k| item.ends_with(**k) && tail.starts_with(**k))
                .map_or(tail.as_str(), |k| &tail[k.len()..]);
            format!("{item}{tail}{measure}")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::listed_labels;

    #[test]
    fn things_listed_before_fenbie_share_their_tail() {
        assert_eq!(
            listed_labels("其中锂电新能源、生物医药产业产值", "增长"),
            ["锂电新能源产业产值", "生物医药产业产值"]
        );
        assert_eq!(
            listed_labels("新能源装备、生物制药两大产业产值", "增长"),
            ["新能源装备产业产值", "生物制药产业产值"]
        );
        assert_eq!(
            listed_labels("新型建材和现代物流产业", "实现营业收入"),
            ["新型建材产业营业收入", "现代物流产业营业收入"]
        );
        assert_eq!(listed_labels("其中出口、进口", "增长"), ["出口", "进口"]);
        assert_eq!(
            listed_labels("城镇居民收入和农民人均纯收入均", "增长"),
            ["城镇居民收入", "农民人均纯收入"]
        );
        assert_eq!(listed_labels("出口、进口", "为"), ["出口", "进口"]);
        assert_eq!(
            listed_labels("电子信息产业、装备制造产业产值", "增长"),
            ["电子信息产业产值", "装备制造产业产值"]
        );
        assert!(listed_labels("出口、进口", "占全区的").is_empty());
        assert!(listed_labels("全区规模以上工业增加值", "增长").is_empty());
    }
}
