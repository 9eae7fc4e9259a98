//! The words the draft's rules look for, in one table (this module, subjects.rs and kinds.rs):
//! each list says what its words mark and which rule reads it, so a rule can be seen and a word
//! added in one place.

// ── Labels: what a number measures (src/draft/labels.rs, label_kinds.rs): in subjects.rs and
// kinds.rs ──

mod kinds;
mod subjects;

pub(super) use kinds::*;
pub(super) use subjects::*;

// ── Hedges, bases, signs and periods (src/draft/hedges.rs, periods.rs) ──

/// Words that say a figure fell: its value is negative.
pub(super) const FALL_WORDS: &[&str] = &["下降", "减少", "降低", "下滑", "回落", "缩减", "负增长"];

/// Words that say a figure rose.
pub(super) const RISE_WORDS: &[&str] = &[
    "增长",
    "增加",
    "提高",
    "上升",
    "提升",
    "攀升",
    "增幅",
    "增速",
    "增长率",
];

/// Measures that are averages, so a 累计 before them is the year to date, not a sum
/// (PM2.5累计浓度32微克/立方米 is a level): read in src/draft/hedges.rs.
pub(super) const AVERAGED: &[&str] = &["浓度", "均值", "平均"];

/// Words for the time a report is written about (现在, 如今, 目前): in a sentence that opens
/// with 今年, what follows them is of the year reviewed.
pub(super) const NOW: &[&str] = &["现在", "如今", "目前"];

/// The start of a zone a history begins at without a year (从起步时的6.8平方公里): a time,
/// not part of what is measured.
pub(super) const STARTS: &[&str] = &[
    "获批设立时",
    "起步之初",
    "起步时",
    "建区之初",
    "建区首年",
    "建区时",
    "设立之初",
    "设立时",
    "最初",
];

/// Words for a part of a year, longest first where one holds another.
pub(super) const PART_YEAR: &[&str] = &[
    "前三季度",
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "上半年",
    "下半年",
    "1—6月",
    "1-6月",
    "1至6月",
    "1—9月",
    "1-9月",
    "1至9月",
    "1—3月",
    "1-3月",
];

// ── Reading clauses (src/draft/reading.rs) ──

/// Nouns that a 无 / 未发生 clause counts as zero (无劣V类水体, 未发生重大安全事故).
pub(super) const ZERO_NOUNS: &[&str] = &["事故", "事件", "案件", "水体", "断面", "伤亡", "死亡"];

/// Words that open a list of targets.
pub(super) const TARGET_LISTS: &[&str] = &["预期目标", "主要目标", "目标是", "目标为"];

// ── The dataset a reading becomes (src/draft/indicator_tags.rs, rules.rs) ──

/// Words saying a count is of things added, not of all there are.
pub(super) const ADDED: &[&str] = &[
    "新增",
    "新认定",
    "净增",
    "申报",
    "新引进",
    "新培育",
    "新获批",
];

// ── Titles and opening lines (src/draft/title.rs) ──

/// Endings of a zone's name, longest first where one holds another.
pub(super) const ZONE_KINDS: &[&str] = &[
    "经济技术开发区",
    "高新技术产业开发区",
    "综合保税区",
    "经济开发区",
    "工业园区",
    "产业园区",
    "高新区",
    "经开区",
    "开发区",
    "保税区",
    "新区",
];

// ── Numerals that are no figures (src/draft/skip.rs, rank_pools.rs) ──

/// Words before 第N that make it a rank, with the pool they name.
pub(super) const RANK_POOLS: &[&str] = &[
    "全国经开区",
    "国家级经开区",
    "全国",
    "全省",
    "全市",
    "全区",
    "全球",
    "同类",
    "位列",
    "位居",
    "名列",
    "排名",
    "排在",
    "排",
    "居",
];

/// Words after N年 / N日 that make the number part of a plan's name (三年行动计划, 百日行动).
pub(super) const PLAN_NAME_WORDS: &[&str] =
    &["行动", "计划", "规划", "攻坚", "方案", "工程", "专项"];

// ── Named projects (src/draft/projects.rs) ──

/// Status words a named project's clause ends with, longest first.
pub(super) const STATUS_WORDS: &[&str] = &[
    "投入使用",
    "投入运营",
    "开工建设",
    "落地运营",
    "并网发电",
    "开工",
    "落地",
    "投产",
    "竣工",
    "签约",
    "封顶",
    "运营",
    "扩产",
    "立项",
    "入驻",
    "摘牌",
    "拿地",
    "入选",
    "获评",
    "揭牌",
];

/// Verbs that open a clause before the name.
pub(super) const OPENERS: &[&str] = &[
    "推动", "推进", "实现", "加快", "促进", "支持", "助力", "完成", "确保", "力争", "积极", "全力",
    "持续", "加速", "新增", "引进", "共有", "其中", "并", "和", "及",
];

/// Words that make a segment a project or company rather than an activity.
pub(super) const NAMED: &[&str] = &[
    "项目",
    "基地",
    "中心",
    "产业园",
    "园区",
    "总部",
    "工厂",
    "平台",
    "公司",
    "集团",
    "研究院",
    "企业",
];

/// Words that hold 从 or 由 without opening a history (从…到…): what reads histories skips them.
pub(super) const NOT_A_HISTORY: &[&str] = &[
    "从业", "从事", "从严", "从快", "从而", "从未", "从不", "服从", "由于", "自由", "理由", "缘由",
    "经由", "由此", "由来",
];
