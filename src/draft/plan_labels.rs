//! Counts of a plan's parts named by the plan the clause before names (出台亦庄组团三年行动方案，
//! 细化46项任务 → 亦庄组团三年行动方案任务): a bare 任务 or 项目 names nothing.

/// Nouns that name nothing by themselves when counted.
const GENERIC_PARTS: &[&str] = &["任务", "项目", "措施", "举措", "事项", "条款", "案例"];

/// How a clause that names a plan or policy ends.
const PLAN_ENDS: &[&str] = &[
    "方案", "政策", "计划", "办法", "意见", "规划", "行动", "机制", "模式", "改革",
];

/// Verbs that open such a clause, before the plan's name.
const PLAN_VERBS: &[&str] = &[
    "出台", "制定", "印发", "完善", "实施", "推出", "发布", "深化", "推行", "建立", "探索", "创新",
];

/// Longest plan name taken, in characters.
const MAX_PLAN: usize = 16;

/// `label` named by the plan `previous_clause` names, when `label` is a generic part.
pub(super) fn of_plan(previous_clause: &str, label: &str) -> Option<String> {
    if !GENERIC_PARTS.contains(&label) {
        return None;
    }
    let clause = previous_clause
        .trim_end_matches(['，', ',', '；', ';'])
        .trim();
    if !PLAN_ENDS.iter().any(|w| clause.ends_with(w)) {
        return None;
    }
    let verb = PLAN_VERBS.iter().find(|v| clause.starts_with(**v))?;
    let name = clause[verb.len()..].trim_matches(['《', '》']);
    // 先租后让政策: the policy's name is what names the projects.
    let name = name.strip_suffix("政策").unwrap_or(name);
    let name = name.replace(['《', '》'], "");
    let fits = (2..=MAX_PLAN).contains(&name.chars().count())
        && !name.contains(['、', '，', ',', '(', '（']);
    fits.then(|| format!("{name}{label}"))
}

#[cfg(test)]
mod tests {
    use super::of_plan;

    #[test]
    fn a_generic_part_is_named_by_the_plan_before_it() {
        assert_eq!(
            of_plan("出台亦庄组团三年行动方案，", "任务").as_deref(),
            Some("亦庄组团三年行动方案任务")
        );
        assert_eq!(
            of_plan("完善工业用地先租后让政策,", "项目").as_deref(),
            Some("工业用地先租后让项目")
        );
        assert_eq!(of_plan("出台亦庄组团三年行动方案，", "高新技术企业"), None);
        assert_eq!(of_plan("全区经济稳中有进，", "项目"), None);
    }
}
