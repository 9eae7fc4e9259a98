//! Where a rank comes from, as its sentence's 在…中 names it: an assessment, or only a pool.

use super::words::ASSESSMENTS;

/// Where a rank comes from, as its sentence's 在…中 names it.
#[derive(Debug, PartialEq)]
pub enum RankScope {
    /// An assessment (在全国169家国家高新区综合评价中 → 国家高新区综合评价): it names what is ranked.
    Assessment(String),
    /// Only the pool, with its place (在全市12个县（市、区）中 → 全市县(市、区)): what is ranked is
    /// the figure the sentence gave before.
    Pool(String),
}

/// What a rank ranks, from the 在…中 of its sentence. Of two, the one that names an
/// assessment wins over one that names only the pool (在海关总署2021年度全国综合保税区发展绩效
/// 评估中，综保区在全国156个参评综保区中位列第38位 → 全国综合保税区发展绩效评估); who ran it and
/// its year are not part of its name.
pub fn rank_scope(sentence_before: &str) -> Option<RankScope> {
    let mut spans = Vec::new();
    let mut offset = 0;
    while let Some(open) = sentence_before[offset..].find('在') {
        let inner = offset + open + '在'.len_utf8();
        // 在全省中小企业发展环境评估中，…: the 中 that closes is followed by a clause mark or a
        // verb of ranking, not by the rest of a name.
        let Some(close) = sentence_before[inner..]
            .match_indices('中')
            .map(|(at, _)| at)
            .find(|at| {
                let after = &sentence_before[inner + at + '中'.len_utf8()..];
                after.is_empty()
                    || after.starts_with([',', ';', ':', '。'])
                    || super::words::RANKING.iter().any(|w| after.starts_with(w))
                    || after.starts_with("增速")
            })
        else {
            break;
        };
        spans.push(&sentence_before[inner..inner + close]);
        offset = inner + close + '中'.len_utf8();
    }
    let fits = |name: &str| (2..=24).contains(&name.chars().count());
    if let Some(named) = spans
        .iter()
        .rev()
        .find(|s| ASSESSMENTS.iter().any(|w| s.contains(w)))
    {
        let name = assessment_name(named);
        return fits(name).then(|| RankScope::Assessment(name.to_owned()));
    }
    let pool = spans.last()?;
    let name = match pool.find(|c: char| c.is_ascii_digit()) {
        // 全市12个县（市、区）: the place before the size, the kind after it.
        Some(at) => format!("{}{}", &pool[..at], pool_kind(&pool[at..])),
        None => (*pool).to_owned(),
    };
    fits(&name).then_some(RankScope::Pool(name))
}

/// What a pool is of, after its size and measure word (12个县（市、区） → 县(市、区)).
pub(super) fn pool_kind(sized: &str) -> &str {
    let rest = sized.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.strip_prefix(['家', '个', '所']).unwrap_or(rest)
}

/// The name of an assessment without who ran it or its year (海关总署组织的2018年度全国96家参评
/// 综合保税区绩效评估 → 参评综合保税区绩效评估) and without its pool's size.
fn assessment_name(scope: &str) -> &str {
    let mut scope = scope;
    for run_by in super::words::RUN_BY {
        if let Some(at) = scope.rfind(run_by) {
            scope = &scope[at + run_by.len()..];
        }
    }
    // 2021年度…, 商务部2023年…: the name starts after its year.
    if let Some(at) = scope.find("年度").or_else(|| scope.find('年'))
        && scope[..at].ends_with(|c: char| c.is_ascii_digit())
    {
        scope = &scope[at..];
        scope = scope.strip_prefix("年度").unwrap_or(scope);
        scope = scope.strip_prefix('年').unwrap_or(scope);
    }
    match scope.rfind(|c: char| c.is_ascii_digit()) {
        Some(at) => pool_kind(&scope[at..]),
        None => scope,
    }
}
