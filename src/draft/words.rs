//! The words the draft's rules look for, in one table: each list says what its words mark and
//! which rule reads it, so a rule can be seen and a word added in one place.

// ── Labels: what a number measures (src/draft/labels.rs) ──

/// Endings of a subject that name a part of the zone, a group of its firms or a kind of its
/// trade: an indicator's name after them is the part's figure (核心区地区生产总值, 综合保税区进出口额,
/// 跨境电商进出口货值).
pub(super) const PARTS_OF_A_ZONE: &[&str] = &[
    "跨境电商",
    "加工贸易",
    "一般贸易",
    "核心区",
    "片区",
    "基地",
    "组团",
    "功能区",
    "综保区",
    "综合保税区",
    "保税区",
    "企业",
    "公司",
];

/// What a zone's anniversary (周年) is of: a label is the event and 周年.
pub(super) const ANNIVERSARIES: &[&str] = &[
    "获批设立",
    "建区",
    "设立",
    "成立",
    "建园",
    "开园",
    "封关",
    "开发建设",
];

/// Words a subject does not begin with: connectives, time, verbs of reporting.
pub(super) const LEADING: &[&str] = &[
    "其中",
    "但",
    "居",
    "进入",
    "全年",
    "今年以来",
    "上半年",
    "下半年",
    "前三季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "承担",
    "建成",
    "新建",
    "首次",
    "今年",
    "一年来",
    "全区",
    "全市",
    "累计",
    "预计",
    "实现",
    "完成",
    "从最初",
    "从",
    "到现在",
    "到",
    "由",
    "并",
    "共",
    "同时",
    "此外",
    "力争",
    "确保",
    "推动",
    "推进",
    "加快",
    "新增加",
    "达成",
    "在",
    "将",
    "经开区",
    "我区",
    "我们",
    "排名",
    "位居",
    "位列",
    "荣获",
];

/// Words a subject does not end with: bases, hedges, verbs before the number.
pub(super) const TRAILING: &[&str] = &[
    "同比",
    "首次",
    "保持在",
    "降至",
    "降到",
    "提高到",
    "增至",
    "增加到",
    "达",
    "为",
    "净增",
    "新增",
    "力争",
    "确保",
    "有序推进",
    "超",
    "逾",
    "进入",
    "保持",
    "获评",
    "跨过",
    "前移",
    "后移",
    "前进",
    "后退",
    // How a growth was priced, not what grew: 经济总量1.12万亿元，按可比价格计算增长4.3%.
    "按可比价格计算",
    "按可比价计算",
    "按不变价格计算",
    "按可比口径计算",
    "以可比价计算",
    "同口径",
    "月均环比",
    "环比",
    "年均",
    "比上年",
    "较上年",
    "增长率",
    "增长",
    "增加",
    "提高",
    "上升",
    "提升",
    "下降",
    "减少",
    "降低",
    "回落",
    "下滑",
    "增幅",
    "增速",
    "达到",
    "突破",
    "迈上",
    "站上",
    "跨上",
    "跨越",
    "超过",
    "大约",
    "约",
    "近",
    "将近",
    "超",
    "逾",
    "多达",
    "达",
    "为",
    "是",
    "至",
    "到",
    "共计",
    "总计",
    "合计",
    "共",
    "已",
    "均",
    "分别",
    "了",
    "的",
    "累计",
    "实现",
    "完成",
    "预计",
    "全市第",
    "全国第",
    "第",
    "连续",
    "不少于",
    "至少",
    "规模",
    "首期规模",
    "(",
    "实施",
    "细化",
    "认定",
    "助力",
    "支持",
    "拨付",
    "压实",
    "构建",
    "形成",
    "设立",
    "全国",
    "全省",
    "中位列",
    "中排名",
    "位列",
    "位居",
    "排名",
    "名列",
    "排在",
    "居",
    "继续",
    "中",
];

/// Verbs that place a thing in a ranking (增幅居全市首位, 出口量位居全国第一): what comes before
/// is ranked, what comes after is the scope.
pub(super) const RANK_VERBS: &[&str] = &[
    "位居", "位列", "名列", "排在", "居", "保持", "进入", "跻身", "挺进", "迈入",
];

/// Verbs that place a thing within the first N of a ranking (进入全省前十, 跻身全国前20位).
/// The verbs of [`RANK_VERBS`] say it too.
pub(super) const TOP_N_VERBS: &[&str] = &["排名"];

/// What follows 前N when it is a period or a group, not a rank (前三季度, 前十大企业).
pub(super) const TOP_N_NOT: &[&str] = &["大", "季度", "个月", "月", "年", "天", "批", "次"];

/// Verbs of a ranking right before its 第 (位列第9位); a count before them is the rank's pool.
pub(super) const RANKING: &[&str] = &["位列", "位居", "排名", "居", "列", "排"];

/// Kinds a list before 分别 shares at its end (锂电新能源、生物医药产业产值: 产业产值).
pub(super) const LISTED_KINDS: &[&str] = &["产业", "行业", "板块", "领域", "集群"];

/// Verbs between a streak and what held over it (连续7年位居…第一, 连续3年获评…).
pub(super) const STREAK_VERBS: &[&str] = &[
    "位居",
    "位列",
    "稳居",
    "保持在",
    "保持",
    "获评",
    "荣获",
    "获得",
    "被评为",
    "评为",
    "进入",
    "居",
    "获",
];

/// Verbs that put something first as a priority (摆在首位), not a rank.
pub(super) const PRIORITY_VERBS: &[&str] = &["摆在", "放在", "摆到", "放到", "置于", "摆上"];

/// Where the counted noun after a measure word stops.
pub(super) const NOUN_STOPS: &[&str] = &[
    "落地",
    "开工",
    "投产",
    "签约",
    "入驻",
    "获评",
    "获批",
    "获得",
    "实现",
    "进展",
    "完成",
    "达标",
    "通过",
    "入选",
    "增收",
    "建成",
    "竣工",
    "投入",
    "参与",
    "参加",
    "纳入",
    "成为",
    "达到",
    "覆盖",
    "全国",
    "全市",
    "累计",
    "同比",
    "立项",
    "形成",
    "以及",
    "以上",
    "和",
    "与",
    "及",
    "等",
    "被",
    "在",
    "的",
    "共",
    "获",
    "已",
    "“",
    "\"",
    "(",
    "分别",
    "。",
    ",",
    ";",
    ":",
    "、",
    "到",
    "从",
    "发挥",
    "带动",
    "拥有",
    "新增",
    "合计",
    "占",
    "地区生产总值",
    "财政收入",
    "税收",
    "进出口",
    "实际使用外资",
    "工业总产值",
    "营业收入",
];

/// Verbs and adverbs dropped from inside a subject.
pub(super) const INNER_VERBS: &[&str] = &[
    "实现",
    "完成",
    "首次",
    "力争",
    "确保",
    "保持在",
    "预计",
    "有序推进",
];

/// Subjects that only say "the total" or "the size": the figure is of the subject before.
pub(super) const BARE_SUBJECTS: &[&str] = &["总数", "总量", "数量", "规模", "总规模"];

/// Words of the environment panel: air, water, carbon, energy.
pub(super) const ENVIRONMENT: &[&str] = &[
    "PM2.5",
    "PM10",
    "空气",
    "大气",
    "水体",
    "水质",
    "断面",
    "碳排放",
    "碳",
    "能耗",
    "排放",
    "绿化",
    "森林",
    "污水",
    "土壤",
    "建设用地安全",
    "噪声",
    "臭氧",
    "优良天数",
    "垃圾",
    "光伏",
    "新能源装机",
];

/// Words of figures for which less is better.
pub(super) const LOWER_IS_BETTER: &[&str] = &[
    "浓度", "能耗", "排放", "事故", "劣", "污染", "死亡", "伤亡", "欠薪", "投诉", "失业", "亏损",
];

// ── Hedges, bases, signs and periods (src/draft/hedges.rs) ──

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

// ── The dataset a reading becomes (src/draft/to_dataset.rs) ──

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

// ── Numerals that are no figures (src/draft/skip.rs) ──

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
