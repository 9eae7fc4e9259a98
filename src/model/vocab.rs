//! Closed vocabularies of the dataset (panels, bases, qualifiers, statuses) with their zh/en names.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Declares a unit-only enum whose variants each carry a zh and an en name.
macro_rules! named_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $zh:literal, $en:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant,)+ }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// How many variants there are, to size arrays indexed by [`Self::index`].
            pub const COUNT: usize = Self::ALL.len();

            /// The position of this variant in [`Self::ALL`], for arrays indexed by it.
            pub fn index(self) -> usize {
                self as usize
            }

            /// The Chinese name.
            pub fn zh(self) -> &'static str {
                match self { $($name::$variant => $zh,)+ }
            }

            /// The English name.
            pub fn en(self) -> &'static str {
                match self { $($name::$variant => $en,)+ }
            }
        }
    };
}

// The dataset names topics, not panels: the view registry maps each topic to its panel.
named_enum! {
    /// What a group of figures is about; the dashboard shows each topic on a panel of its own.
    Topic {
        Growth => "增长", "Growth";
        Clusters => "产业集群", "Industry clusters";
        Environment => "生态环境", "Environment";
        Counts => "项目与数量", "Projects & counts";
        History => "历程", "History";
        Plan => "计划", "Plan";
    }
}

named_enum! {
    /// What a figure measures against.
    Basis {
        YearOnYear => "同比", "year on year";
        LikeForLike => "同口径", "like for like";
        MonthOnMonthAverage => "月均环比", "month-on-month average";
        Cumulative => "累计", "cumulative";
        Level => "水平", "level";
        Count => "数量", "count";
        Share => "占比", "share";
        Date => "时间", "date";
        Rank => "排名", "rank";
        /// 年均增长: average annual change over a period range (2016–2020, 十三五期间).
        AverageAnnual => "年均", "average annual";
        /// 完成目标任务的81.9%: the part of a target reached, in percent.
        ShareOfTarget => "完成目标比例", "share of target";
        /// 连续N年: how many years (or times) in a row.
        Streak => "连续", "streak";
        /// 环比增长6.3%: against the period just before (the month or quarter before).
        MonthOnMonth => "环比", "on the period before";
    }
}

/// The snake_case name serde gives a value of the vocabulary (`year_on_year`), as the dataset writes it.
pub fn snake_name(value: &impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

impl Basis {
    /// True for bases that measure a change (growth rates), which get ▲/▼ glyphs.
    pub fn is_change(self) -> bool {
        matches!(
            self,
            Basis::YearOnYear
                | Basis::LikeForLike
                | Basis::MonthOnMonthAverage
                | Basis::MonthOnMonth
                | Basis::AverageAnnual
        )
    }
}

named_enum! {
    /// Which way is good for a figure.
    Direction {
        HigherIsBetter => "越高越好", "higher is better";
        LowerIsBetter => "越低越好", "lower is better";
        Neutral => "中性", "neutral";
    }
}

named_enum! {
    /// The kind of a unit, used for range checks and for picking charts.
    UnitKind {
        Percent => "百分比", "percent";
        Money => "金额", "money";
        Area => "面积", "area";
        Concentration => "浓度", "concentration";
        Count => "数量", "count";
        Year => "年份", "year";
        Rank => "名次", "rank";
        Duration => "时长", "duration";
        /// 个百分点: a difference of two percentages, not a percentage.
        Points => "百分点", "percentage points";
        /// 倍: a multiple of something else.
        Multiple => "倍数", "multiple";
    }
}

named_enum! {
    /// What the report says happened to a named company or project.
    Status {
        Planning => "谋划研究", "being planned";
        Signed => "签约", "signed";
        Approved => "立项", "approved";
        LandWon => "摘牌拿地", "land won";
        Landed => "落地", "landed";
        Settled => "入驻", "moved in";
        Establishing => "组建", "being set up";
        Cooperating => "合作", "cooperating";
        Started => "开工", "construction started";
        UnderConstruction => "建设中", "under construction";
        Progressing => "进展顺利", "progressing";
        ToppedOut => "封顶", "topped out";
        Completed => "竣工", "completed";
        Done => "完成", "done";
        InProduction => "投产", "in production";
        Expanding => "扩产", "expanding";
        Operating => "运营", "operating";
        InUse => "使用", "in use";
        Upgrading => "提升", "being upgraded";
        GridConnected => "并网发电", "grid-connected";
        Launched => "发射成功", "launched";
        Contributed => "贡献", "contributed";
        Ranked => "位居", "ranked";
        Became => "成为", "became";
        Selected => "入选", "selected";
        Shortlisted => "入围", "shortlisted";
        WonListing => "揭榜", "won a listed task";
        Awarded => "获评", "awarded";
        Recognised => "认定", "recognised";
        Licensed => "授牌", "plaque granted";
        /// 获“省级智慧园区”称号: a title granted, said with 称号.
        Titled => "获称号", "granted the title";
        /// 获批教育部卓越工程师创新研究院: an approval granted, said with 获批.
        ApprovalGranted => "获批", "granted approval";
    }
}

named_enum! {
    /// The level of government that grants an honour or recognises a cluster.
    Level {
        International => "国际", "international";
        National => "国家级", "national";
        Provincial => "省级", "provincial";
        Municipal => "市级", "municipal";
        District => "区级", "district";
    }
}

impl Level {
    /// Words of which the quote must contain one, so a level is never guessed.
    pub fn keywords(self) -> &'static [&'static str] {
        match self {
            Level::International => &["国际", "全球", "世界"],
            Level::National => &["国家", "全国", "中国", "国字号"],
            Level::Provincial => &["省级", "省"],
            Level::Municipal => &["市级", "全市", "市"],
            Level::District => &["区级", "区"],
        }
    }
}

named_enum! {
    /// Three stages the statuses fall into, for the per-cluster chart.
    Stage {
        Attracted => "引进落地", "attracted";
        Building => "建设推进", "building";
        Running => "建成运营", "running";
        /// Ranked, selected, awarded: a standing, not a stage of building.
        Recognised => "获得认可", "recognised";
    }
}

impl Status {
    /// Words of which the quote must contain one, so a status is never guessed.
    pub fn keywords(self) -> &'static [&'static str] {
        match self {
            Status::Planning => &["谋划", "规划", "研究"],
            Status::Signed => &["签约"],
            Status::Approved => &["立项"],
            Status::LandWon => &["摘牌", "拿地"],
            Status::Landed => &["落地"],
            Status::Settled => &["入驻"],
            Status::Establishing => &["组建", "成立", "设立"],
            Status::Cooperating => &["合作"],
            Status::Started => &["开工"],
            Status::UnderConstruction => &["建设", "打造", "布局", "推进"],
            Status::Progressing => &["进展顺利"],
            Status::ToppedOut => &["封顶"],
            Status::Completed => &["竣工"],
            Status::Done => &["完成"],
            Status::InProduction => &["投产"],
            Status::Expanding => &["扩产"],
            Status::Operating => &["运营", "营业"],
            Status::InUse => &["投入使用", "用好"],
            Status::Upgrading => &["提升"],
            Status::GridConnected => &["并网"],
            Status::Launched => &["发射", "首飞"],
            Status::Contributed => &["贡献"],
            Status::Ranked => &["位居", "位列", "居", "排名", "排在"],
            Status::Became => &["成为"],
            Status::Selected => &["入选", "列入", "纳入"],
            Status::Shortlisted => &["入围"],
            Status::WonListing => &["揭榜"],
            Status::Awarded => &["获评", "荣获", "获得", "获批", "评为", "获颁"],
            Status::Recognised => &["认定", "认证", "命名"],
            Status::Licensed => &["授牌", "挂牌"],
            Status::Titled => &["称号"],
            Status::ApprovalGranted => &["获批"],
        }
    }

    /// The stage this status belongs to.
    pub fn stage(self) -> Stage {
        match self {
            Status::Planning
            | Status::Signed
            | Status::Approved
            | Status::LandWon
            | Status::Landed
            | Status::Settled
            | Status::Establishing
            | Status::Cooperating => Stage::Attracted,
            Status::Started
            | Status::UnderConstruction
            | Status::Progressing
            | Status::ToppedOut
            | Status::Upgrading => Stage::Building,
            Status::Completed
            | Status::Done
            | Status::InProduction
            | Status::Expanding
            | Status::Operating
            | Status::InUse
            | Status::GridConnected
            | Status::Launched
            | Status::Contributed => Stage::Running,
            Status::Ranked
            | Status::Became
            | Status::Selected
            | Status::Shortlisted
            | Status::WonListing
            | Status::Awarded
            | Status::Recognised
            | Status::Licensed
            | Status::Titled
            | Status::ApprovalGranted => Stage::Recognised,
        }
    }
}
