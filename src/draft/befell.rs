//! The label of things counted by what befell them, when the clause ends on it (3个案例全国推广
//! → 全国推广的案例; 11个小区获评市级示范小区 → 市级示范小区): a bare 案例 names nothing.

/// Verbs after which the rest of the clause is a title the things counted now hold.
const TITLE_VERBS: &[&str] = &["被评为", "获评", "评为", "认定为", "入选", "获批"];

/// Longest stretch after the noun read as what befell it, in characters.
const MAX_BEFELL: usize = 12;

/// The label of `noun` counted, from `rest`, the clause after it; `None` when the rest is no
/// short predicate (empty, another figure, a list, a bracket).
pub(super) fn label_by_what_befell(noun: &str, rest: &str) -> Option<String> {
    let rest = rest.strip_prefix('在').unwrap_or(rest);
    let short = (2..=MAX_BEFELL).contains(&rest.chars().count());
    let plain = rest.chars().all(|c| {
        c == '、'
            || ('\u{4e00}'..='\u{9fff}').contains(&c) && !super::numerals::is_chinese_numeral(c)
    });
    // 11个亦企服务港实现企业全覆盖: an achievement is said of them, no kind of them.
    if !short
        || !plain
        || rest.starts_with(['的', '等', '中', '和', '及'])
        || rest.starts_with("实现")
    {
        return None;
    }
    if let Some(title) = TITLE_VERBS.iter().find_map(|v| rest.strip_prefix(v)) {
        return (title.chars().count() >= 2).then(|| title.to_owned());
    }
    Some(format!("{rest}的{noun}"))
}

/// How the name of a body that holds things ends (国家药监局, 市科委, 中科院).
const BODY_ENDS: &[char] = &['局', '部', '委', '院', '署', '办'];

/// Verbs that may stand before such a name in the subject the label reader keeps.
const BEFORE_A_BODY: &[&str] = &["实现", "推动", "引进", "引入", "争取", "促成"];

/// The body named right before a count (实现国家药监局六大中心落地 → 国家药监局), if any.
pub(super) fn owning_body(subject: &str) -> Option<&str> {
    let body = BEFORE_A_BODY
        .iter()
        .find_map(|v| subject.strip_prefix(v))
        .unwrap_or(subject);
    let fits = (3..=8).contains(&body.chars().count())
        && body.ends_with(BODY_ENDS)
        && body.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    fits.then_some(body)
}

#[cfg(test)]
mod tests {
    use super::label_by_what_befell as befell;

    #[test]
    fn a_short_predicate_names_what_is_counted() {
        assert_eq!(
            befell("案例", "全国推广").as_deref(),
            Some("全国推广的案例")
        );
        assert_eq!(
            befell("小区", "获评市级示范小区").as_deref(),
            Some("市级示范小区")
        );
        assert_eq!(
            befell("创新制度", "在全国、全市复制推广").as_deref(),
            Some("全国、全市复制推广的创新制度")
        );
        assert_eq!(befell("小区", "“三率”实现100%"), None);
        assert_eq!(befell("项目", "中"), None);
        assert_eq!(befell("项目", "总投资一百亿元"), None);
        assert_eq!(super::owning_body("实现国家药监局"), Some("国家药监局"));
        assert_eq!(super::owning_body("全区"), None);
    }
}
