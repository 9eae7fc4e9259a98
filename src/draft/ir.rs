//! The draft's intermediate reading of a report, independent of the dataset format.

use std::ops::Range;

/// A report text as read: its outline, quantities, named projects and what was skipped.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading {
    /// The encoding the bytes were decoded from, as a name (`UTF-8`, `GB18030`, `UTF-16LE`…).
    pub encoding: &'static str,
    /// The report's title line, verbatim, when one was found.
    pub title: Option<String>,
    /// The zone's name as the title writes it, when it does.
    pub zone: Option<String>,
    /// The year the report reviews, and whether the text states it (else inferred).
    pub year: Option<i32>,
    /// The year of the plan part, when there is one.
    pub plan_year: Option<i32>,
    /// The part of the year the report covers, when its title names one (上半年).
    pub part: Option<String>,
    /// Parts and numbered sections, in reading order.
    pub sections: Vec<SectionRead>,
    /// Every quantity taken, in reading order.
    pub quantities: Vec<Quantity>,
    /// Companies and projects named with a status.
    pub projects: Vec<ProjectRead>,
    /// Then → now pairs, as indices into `quantities`.
    pub pairs: Vec<(usize, usize)>,
    /// Every numeral not taken, with why (up to a limit).
    pub ignored: Vec<Ignored>,
    /// Numerals and figures past the limits, counted but not listed or kept.
    pub unlisted: usize,
}

/// A heading of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionRead {
    /// The heading exactly as printed (a whole line, or the run-in sentence that opens one).
    pub title: String,
    /// Index of the part this numbered section belongs to.
    pub parent: Option<usize>,
    /// The printed number: (三) = 3.
    pub number: Option<u32>,
    /// True for the part that plans the coming year.
    pub plan: bool,
    /// Where the heading starts, in characters of the text.
    pub at: usize,
}

/// How a figure relates to what it measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BasisRead {
    /// 同比, or a growth/fall without another basis.
    YearOnYear,
    /// 同口径.
    LikeForLike,
    /// 月均环比.
    MonthOnMonthAverage,
    /// 环比 (against the month or quarter before).
    MonthOnMonth,
    /// 年均 (average annual change).
    AverageAnnual,
    /// 累计.
    Cumulative,
    /// 占比, 比例, …率 in percent.
    Share,
    /// A ranking, 第N, with the pool it ranks in.
    Rank,
    /// 连续N年/次.
    Streak,
    /// 完成目标任务的81.9%, 年度投资完成率110.8%: the part of a target reached.
    ShareOfTarget,
    /// A year that a then → now pair starts from.
    Date,
    /// A number of things.
    Count,
    /// Any other amount.
    Level,
}

impl BasisRead {
    /// True for rates of change.
    pub fn is_change(self) -> bool {
        matches!(
            self,
            BasisRead::YearOnYear
                | BasisRead::LikeForLike
                | BasisRead::MonthOnMonthAverage
                | BasisRead::MonthOnMonth
                | BasisRead::AverageAnnual
        )
    }
}

/// A hedge the text puts on a figure, with the marker word that says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hedge {
    /// 预计.
    Expected,
    /// 超, 逾, 余, 多, 突破, 超过.
    MoreThan(&'static str),
    /// 以上, 不少于, 至少.
    AtLeast(&'static str),
    /// 不足, 不到, 少于.
    LessThan(&'static str),
    /// 以内, 不超过, 至多.
    AtMost(&'static str),
    /// 约, 左右, 近, 大约, or a round magnitude (百万).
    Approximate(&'static str),
    /// 按可比价格计算: a change at comparable prices.
    ComparablePrices,
    /// 剔除…因素, with what is left out (疫苗).
    Excluding(String),
}

/// What a figure is about, by rule: the dataset's own topics (the draft reads no clusters'
/// figures, so it never says `Clusters`).
pub use crate::model::Topic;

/// One quantity the text states.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The value as stated; a fall is negative.
    pub value: f64,
    /// The unit as written (亿元, 个, %, 个百分点).
    pub unit: String,
    /// The numeral's characters in the text.
    pub span: Range<usize>,
    /// The clause quoted, in characters of the text.
    pub quote: Range<usize>,
    /// A clause before the quote that holds a hedge covering it (预计 opening the sentence).
    pub context: Option<Range<usize>>,
    pub basis: BasisRead,
    /// The pool of a rank (全市, 全国), when the text names it.
    pub pool: Option<String>,
    pub hedges: Vec<Hedge>,
    /// True for a figure of the plan part (a target).
    pub planned: bool,
    /// Index into `sections` of the innermost section holding it.
    pub section: Option<usize>,
    /// The thing counted or measured, from the clause.
    pub label: String,
    /// The catalogue indicator the clause names, if any.
    pub indicator: Option<&'static str>,
    pub topic: Topic,
    /// Which way is good.
    pub direction: DirectionRead,
    /// The period the text gives (2022年, 全年), with its year.
    pub period: Option<(String, Option<i32>)>,
    /// First and last year, for an average over years (“十三五”期间年均增长) or a streak
    /// (连续8年) and what held over it.
    pub range: Option<(i32, i32)>,
    /// The sentence before the number names a year other than the figure's (比2020年,
    /// 2019年…): which period the number is of is in doubt.
    pub other_year: bool,
}

/// Which way is good for a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectionRead {
    Higher,
    Lower,
    Neutral,
}

/// A company or project named with what happened to it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectRead {
    /// The name as written.
    pub name: String,
    /// The status word as written (开工, 落地, 投产, 入选…).
    pub status_word: &'static str,
    /// The clause quoted.
    pub quote: Range<usize>,
    pub section: Option<usize>,
    pub planned: bool,
}

/// A numeral that was not taken as a figure, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Ignored {
    /// The numeral as written.
    pub text: String,
    /// 1-based line of the text.
    pub line: usize,
    pub reason: SkipReason,
}

/// Why a numeral is not a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// A date that places an event (4月, 一季度, 2020年以来).
    Date,
    /// The period of the report itself (2022年, 2023年工作).
    Period,
    /// An ordinal or edition (第十三次, 第二届, 首个).
    Ordinal,
    /// A congress (党的二十大).
    Congress,
    /// A name in quotation marks or title marks (“三城一区”, 《…》).
    QuotedName,
    /// A plan period or slogan written as numerals (十四五, 一区一策, 四位一体).
    Slogan,
    /// A phase or version (二期, 5.0版).
    Phase,
    /// A code or model with letters (5G, 8K, PM2.5, B20).
    Code,
    /// A plan's duration in its name (三年行动计划, 百日行动).
    PlanName,
    /// 一 as an article or inside a word (一批, 统一).
    Article,
    /// A grade or level (二级医院).
    Grade,
    /// An enumeration (一是, 二是).
    Enumeration,
    /// A numeral inside a word or name with no unit or measure word (十一学校, 930项目).
    NoUnit,
    /// A heading's number.
    Heading,
    /// The same quantity stated again.
    Repeated,
    /// Page clutter (breadcrumbs, 发布日期).
    Clutter,
    /// The dataset format could not hold it (checked and dropped).
    Unrepresentable,
    /// Past the most figures one text may give.
    OverLimit,
    /// An amount that bounds a class of things (10亿元以上项目).
    Threshold,
    /// The number of those ranked (全国217家国家级开发区中位列第13位): part of the rank.
    RankPool,
    /// A figure of another place given for comparison (全省平均增长4.5%).
    OtherPlace,
    /// The number of items of a list just named (A、B、C三大主导产业, 四个方面工作).
    ListCount,
    /// The size of a group the figures after it are counted in (37个项目中，竣工项目13个).
    Group,
    /// A stretch of time in passing (五年来, 转段后的3年里, 转段后经3年).
    Span,
    /// A priority, not a place in a ranking (把安全摆在首位).
    Priority,
}

impl SkipReason {
    /// A short English reason, as the `ignored` report prints it.
    /// Why, in `lang`.
    pub fn describe_in(self, lang: crate::lang::Lang) -> &'static str {
        lang.pick(self.describe_zh(), self.describe())
    }

    /// Why, in Chinese.
    pub fn describe_zh(self) -> &'static str {
        match self {
            SkipReason::Date => "标明事件时间的日期",
            SkipReason::Period => "报告自身的时期",
            SkipReason::Ordinal => "序数或届次",
            SkipReason::Congress => "会议的届次",
            SkipReason::QuotedName => "引号内名称的一部分",
            SkipReason::Slogan => "口号或规划期名称",
            SkipReason::Phase => "期数或版本",
            SkipReason::Code => "代号或型号",
            SkipReason::PlanName => "规划名称中的年限",
            SkipReason::Article => "作量词或词语一部分的「一」",
            SkipReason::Grade => "等级或级别",
            SkipReason::Enumeration => "列举序号",
            SkipReason::NoUnit => "没有单位或量词",
            SkipReason::Heading => "标题的序号",
            SkipReason::Repeated => "重复陈述的同一数量",
            SkipReason::Clutter => "页面杂项,不是报告正文",
            SkipReason::Unrepresentable => "数据集格式无法表达",
            SkipReason::OverLimit => "超过单个文本可给出的数字上限",
            SkipReason::Threshold => "指称一类事物的门槛",
            SkipReason::RankPool => "排名的比较范围,属于排名本身",
            SkipReason::OtherPlace => "别处的数字,用于比较",
            SkipReason::ListCount => "前面所列事项的个数",
            SkipReason::Group => "其后数字所属群体的大小",
            SkipReason::Span => "顺带提到的一段时间",
            SkipReason::Priority => "摆在首位之类的说法,不是排名",
        }
    }

    /// Why, in English.
    pub fn describe(self) -> &'static str {
        match self {
            SkipReason::Date => "a date that places an event",
            SkipReason::Period => "the report's own period",
            SkipReason::Ordinal => "an ordinal or edition",
            SkipReason::Congress => "a congress's ordinal",
            SkipReason::QuotedName => "part of a quoted name",
            SkipReason::Slogan => "a slogan or plan-period name",
            SkipReason::Phase => "a phase or version",
            SkipReason::Code => "a code or model name",
            SkipReason::PlanName => "a plan's duration in its name",
            SkipReason::Article => "一 as an article or inside a word",
            SkipReason::Grade => "a grade or level",
            SkipReason::Enumeration => "an enumeration",
            SkipReason::NoUnit => "no unit or measure word",
            SkipReason::Heading => "a heading's number",
            SkipReason::Repeated => "the same quantity stated again",
            SkipReason::Clutter => "page clutter, not report text",
            SkipReason::Unrepresentable => "not expressible in the dataset format",
            SkipReason::OverLimit => "past the most figures one text may give",
            SkipReason::Threshold => "a threshold that names a class of things",
            SkipReason::RankPool => "the pool of a rank, part of the rank",
            SkipReason::OtherPlace => "a figure of another place, given for comparison",
            SkipReason::ListCount => "the number of items of a list just named",
            SkipReason::Group => "the size of a group the figures after it are counted in",
            SkipReason::Span => "a stretch of time in passing",
            SkipReason::Priority => "a priority (摆在首位), not a place in a ranking",
        }
    }
}
