//! The words of particular kinds of figure: parts of the zone, anniversaries, ranks and their
//! verbs, streaks, lists before 分别, priorities, the environment.

/// Endings of a subject that name a part of the zone, a group of its firms or a kind of its
/// trade: an indicator's name after them is the part's figure (核心区地区生产总值, 综合保税区进出口额,
/// 跨境电商进出口货值).
pub(in crate::draft) const PARTS_OF_A_ZONE: &[&str] = &[
    "跨境电商",
    "加工贸易",
    "保税加工",
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

/// The label of the count of zones whose policies a zone holds at once (“五区”政策叠加).
pub(in crate::draft) const STACKED_ZONES: &str = "叠加的政策区";

/// What a zone's anniversary (周年) is of: a label is the event and 周年.
pub(in crate::draft) const ANNIVERSARIES: &[&str] = &[
    "获批设立",
    "建区",
    "设立",
    "成立",
    "建园",
    "开园",
    "封关",
    "开发建设",
];

/// Verbs that place a thing in a ranking (增幅居全市首位, 出口量位居全国第一): what comes before
/// is ranked, what comes after is the scope.
pub(in crate::draft) const RANK_VERBS: &[&str] = &[
    "位居",
    "位列",
    "名列",
    "排在",
    "居",
    "保持",
    "进入",
    "跻身",
    "挺进",
    "迈入",
    "跃居",
    "稳居",
    "跃升至",
    "成为",
];

/// Verbs that place a thing within the first N of a ranking (进入全省前十, 跻身全国前20位).
/// The verbs of [`RANK_VERBS`] say it too.
pub(in crate::draft) const TOP_N_VERBS: &[&str] = &["排名"];

/// What follows 前N when it is a period or a group, not a rank (前三季度, 前十大企业).
pub(in crate::draft) const TOP_N_NOT: &[&str] = &[
    "大",
    "季度",
    "个季度",
    "个月",
    "月",
    "周",
    "年",
    "天",
    "批",
    "次",
    "家",
    "个",
    "项",
];

/// Words that name an assessment a rank comes from (综合发展水平考核评价, 发展绩效评估): its
/// 在…中 clause names the ranking, where another 在…中 may name only the pool.
pub(in crate::draft) const ASSESSMENTS: &[&str] = &[
    "考核", "评估", "评价", "考评", "评比", "测评", "评选", "监测", "榜单", "排行", "排名",
];

/// What stands between who ran an assessment and its name (海关总署组织的…评估).
pub(in crate::draft) const RUN_BY: &[&str] = &["组织的", "开展的", "发布的", "公布的", "举办的"];

/// Verbs of a ranking right before its 第 (位列第9位); a count before them is the rank's pool.
pub(in crate::draft) const RANKING: &[&str] = &["位列", "位居", "排名", "居", "列", "排"];

/// Verbs between a streak and what held over it (连续7年位居…第一, 连续3年获评…).
pub(in crate::draft) const STREAK_VERBS: &[&str] = &[
    "位居",
    "位列",
    "稳居",
    "保持在",
    "保持",
    "获评",
    "荣获",
    "获得",
    "夺得",
    "蝉联",
    "跃居",
    "被评为",
    "评为",
    "进入",
    "居",
    "获",
];

/// Kinds a list before 分别 shares at its end (锂电新能源、生物医药产业产值: 产业产值).
pub(in crate::draft) const LISTED_KINDS: &[&str] = &["产业", "行业", "板块", "领域", "集群"];

/// Verbs that put something first as a priority (摆在首位), not a rank.
pub(in crate::draft) const PRIORITY_VERBS: &[&str] =
    &["摆在", "放在", "摆到", "放到", "置于", "摆上"];

/// Words of the environment panel: air, water, carbon, energy.
pub(in crate::draft) const ENVIRONMENT: &[&str] = &[
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
pub(in crate::draft) const LOWER_IS_BETTER: &[&str] = &[
    "浓度", "能耗", "排放", "事故", "劣", "污染", "死亡", "伤亡", "欠薪", "投诉", "失业", "亏损",
];

/// Verbs that say an honour was received, with the status each writes (获评 → awarded). A
/// chain of them (揭榜入选) is one verb: the title follows the last.
pub(in crate::draft) const HONOUR_VERBS: &[(&str, crate::model::Status)] = {
    use crate::model::Status::{Awarded, Recognised, Selected, Shortlisted, WonListing};
    &[
        ("被评为", Awarded),
        ("评为", Awarded),
        ("获评", Awarded),
        ("荣获", Awarded),
        ("获得", Awarded),
        ("入选", Selected),
        ("列入", Selected),
        ("揭榜", WonListing),
        ("入围", Shortlisted),
        // 获…称号: a bare 获 only where a title follows that ends as an honour does.
        ("获", Awarded),
        ("被认定为", Recognised),
        ("认定为", Recognised),
    ]
};

/// How the title of an honour ends (国家级绿色工业园区, 智能制造示范工厂, A类): a title that ends
/// otherwise (获得较快增长) is no honour.
pub(in crate::draft) const HONOUR_ENDS: &[&str] = &[
    "园区",
    "产业园",
    "基地",
    "示范区",
    "示范",
    "工厂",
    "场景",
    "试点",
    "城市",
    "企业",
    "单位",
    "集群",
    "中心",
    "平台",
    "类",
    "奖",
    "标杆",
    "典型",
    "案例",
    "品牌",
    "小巨人",
    "冠军",
    "开发区",
    "高新区",
];

/// Words that make an honour an aim, not a fact (力争获评…, 积极申报…).
pub(in crate::draft) const NOT_YET_HONOURED: &[&str] = &[
    "力争", "争创", "争取", "申报", "推动", "目标", "计划", "确保", "积极",
];

/// What follows 首位 when it names a thing, not a place in a ranking (首位产业, 首位度, 首位城市).
pub(in crate::draft) const FIRST_PLACE_NAMES: &[char] = &['产', '度', '城'];

/// How what held over a streak starts when it is a ranking or an amount named before, not a
/// thing of its own (连续4年位居第一, 连续3年超千亿元, 连续5年进入前十).
pub(in crate::draft) const HELD_BY_WHAT_CAME_BEFORE: &[char] =
    &['第', '前', '超', '逾', '突', '迈'];

/// Words that make the words before an honour something other than a company's name (全区,
/// 新增, 园区企业).
pub(in crate::draft) const NOT_COMPANY_NAMES: &[&str] = &[
    "企业", "项目", "园区", "区", "平台", "产业", "集群", "我们", "全市", "新增", "其中", "累计",
];
