//! The indicator table itself: data only, one entry per standard indicator.

use super::Indicator;
use crate::model::vocab::Basis::{
    self, AverageAnnual, Cumulative, Level, LikeForLike, Share, YearOnYear,
};

const CHANGE: &[Basis] = &[YearOnYear, LikeForLike, AverageAnnual];
const AMOUNT: &[Basis] = &[Level, Cumulative];
const MONEY: &[&str] = &["元"];
const FOREIGN_MONEY: &[&str] = &["美元", "元"];
const PERCENT: &[&str] = &["%"];
const COMPANIES: &[&str] = &["家", "个"];

/// Shorthand for one entry.
const fn entry(
    id: &'static str,
    names: (&'static str, &'static str),
    units: &'static [&'static str],
    bases: &'static [Basis],
    definition_zh: &'static str,
    definition_en: &'static str,
) -> Indicator {
    Indicator {
        id,
        name_zh: names.0,
        name_en: names.1,
        units,
        bases,
        definition_zh,
        definition_en,
        written: &[],
    }
}

impl Indicator {
    /// The same entry, written in reports as `names` (longest first where one holds another).
    const fn written_as(mut self, names: &'static [&'static str]) -> Indicator {
        self.written = names;
        self
    }
}

/// The catalogue. Definitions say what is counted in a line; where two indicators are easy to
/// mix up (一般公共预算收入 and 地方级收入), each definition says how it differs.
#[rustfmt::skip]
pub(super) const INDICATORS: &[Indicator] = &[
    entry("gdp", ("地区生产总值", "Gross regional product (GDP)"), MONEY, AMOUNT,
        "一定时期内本地区所有常住单位生产活动创造的最终成果的价值。",
        "Value of the final output of all resident units of the area over the period.")
        .written_as(&["地区生产总值", "生产总值", "GDP", "经济总量"]),
    entry("gdp_growth", ("地区生产总值增速", "GDP growth"), PERCENT, CHANGE,
        "地区生产总值比上一时期的变化幅度,通常按可比价格计算。",
        "Change of GDP against the earlier period, usually at comparable prices."),
    entry("industrial_output", ("规模以上工业总产值", "Gross output of industry above designated size"), MONEY, AMOUNT,
        "年主营业务收入达到规定标准的工业企业在期内生产的全部工业产品价值。",
        "Value of everything made by industrial firms whose yearly revenue is above the statistical threshold.")
        .written_as(&["规模以上工业总产值", "规模以上工业产值", "规上工业总产值", "规上工业产值"]),
    entry("industrial_output_growth", ("规模以上工业总产值增速", "Growth of gross output of industry above designated size"), PERCENT, CHANGE,
        "规模以上工业总产值比上一时期的变化幅度。",
        "Change of the gross output of industry above designated size against the earlier period."),
    entry("gross_industrial_output", ("工业总产值", "Gross industrial output"), MONEY, AMOUNT,
        "全部工业企业(不限规模,或报告未写明规模)在期内生产的工业产品价值。",
        "Value of industrial products of all firms, or of firms whose size the report does not state.")
        .written_as(&["工业总产值", "工业产值"]),
    entry("gross_industrial_output_growth", ("工业总产值增速", "Gross industrial output growth"), PERCENT, CHANGE,
        "工业总产值比上一时期的变化幅度;报告未写“规模以上”时用此项。",
        "Change of gross industrial output; used when the report does not say “above designated size”."),
    entry("industrial_added_value", ("规模以上工业增加值", "Added value of industry above designated size"), MONEY, AMOUNT,
        "规模以上工业企业产出扣除中间投入后新增加的价值。",
        "What firms above designated size add to the value of their inputs.")
        .written_as(&["规模以上工业增加值", "规上工业增加值"]),
    entry("industrial_added_value_growth", ("规模以上工业增加值增速", "Growth of added value of industry above designated size"), PERCENT, CHANGE,
        "规模以上工业增加值比上一时期的变化幅度,按可比价格计算。",
        "Change of industrial added value above designated size, at comparable prices."),
    entry("fixed_asset_investment", ("固定资产投资", "Fixed-asset investment"), MONEY, AMOUNT,
        "期内建造和购置固定资产的投资额。",
        "Money spent over the period on building and buying fixed assets.")
        .written_as(&["固定资产投资"]),
    entry("fixed_asset_investment_growth", ("固定资产投资增速", "Fixed-asset investment growth"), PERCENT, CHANGE,
        "固定资产投资比上一时期的变化幅度。",
        "Change of fixed-asset investment against the earlier period."),
    entry("general_public_budget_revenue", ("一般公共预算收入", "General public budget revenue"), MONEY, AMOUNT,
        "纳入一般公共预算的税收和非税收入总额;不同于地方级收入。",
        "Tax and non-tax income entered in the general public budget; not the same as local-level revenue.")
        .written_as(&["一般公共预算收入"]),
    entry("general_public_budget_revenue_growth", ("一般公共预算收入增速", "General public budget revenue growth"), PERCENT, CHANGE,
        "一般公共预算收入比上一时期的变化幅度。",
        "Change of general public budget revenue against the earlier period."),
    entry("local_revenue", ("地方级收入", "Local-level revenue"), MONEY, AMOUNT,
        "财政收入中按分税制留归本级的部分;不含上划中央和上级的收入。",
        "The part of fiscal revenue the area keeps under tax sharing, without what goes up to higher levels.")
        .written_as(&["地方级收入"]),
    entry("local_revenue_growth", ("地方级收入增速", "Local-level revenue growth"), PERCENT, CHANGE,
        "地方级收入比上一时期的变化幅度。",
        "Change of local-level revenue against the earlier period."),
    entry("tax_revenue", ("税收收入", "Tax revenue"), MONEY, AMOUNT,
        "期内在本地区征收的各项税收合计,口径以报告所写为准。",
        "All taxes collected in the area over the period, on the scope the report gives.")
        .written_as(&["税收收入"]),
    entry("tax_revenue_growth", ("税收收入增速", "Tax revenue growth"), PERCENT, CHANGE,
        "税收收入比上一时期的变化幅度。",
        "Change of tax revenue against the earlier period."),
    entry("foreign_capital_actually_used", ("实际使用外资", "Foreign capital actually used"), FOREIGN_MONEY, AMOUNT,
        "外商实际投入本地区的资金,而非合同约定的金额。",
        "Foreign money that actually arrived in the area, not the amount contracted.")
        .written_as(&["实际使用外资", "实际利用外资"]),
    entry("foreign_capital_actually_used_growth", ("实际使用外资增速", "Growth of foreign capital actually used"), PERCENT, CHANGE,
        "实际使用外资比上一时期的变化幅度。",
        "Change of foreign capital actually used against the earlier period."),
    entry("total_import_export", ("进出口总额", "Total imports and exports"), FOREIGN_MONEY, AMOUNT,
        "期内经海关进出本地区的货物贸易额之和。",
        "Goods traded in and out of the area through customs over the period, both ways together.")
        .written_as(&["进出口总额", "外贸进出口", "进出口"]),
    entry("total_import_export_growth", ("进出口总额增速", "Growth of total imports and exports"), PERCENT, CHANGE,
        "进出口总额比上一时期的变化幅度。",
        "Change of total imports and exports against the earlier period."),
    entry("retail_sales", ("社会消费品零售总额", "Retail sales of consumer goods"), MONEY, AMOUNT,
        "期内售给个人和社会集团的消费品零售额。",
        "Consumer goods sold at retail to people and institutions over the period.")
        .written_as(&["社会消费品零售总额", "社零额"]),
    entry("retail_sales_growth", ("社会消费品零售总额增速", "Retail sales growth"), PERCENT, CHANGE,
        "社会消费品零售总额比上一时期的变化幅度。",
        "Change of retail sales of consumer goods against the earlier period."),
    entry("rd_intensity", ("研究与试验发展(R&D)经费投入强度", "R&D intensity"), PERCENT, &[Level, Share],
        "R&D经费支出占地区生产总值的百分比。",
        "Research and development spending as a percentage of GDP.")
        .written_as(&["研发投入强度", "研发经费投入强度", "R&D投入强度", "R&D经费投入强度", "R&D强度"]),
    entry("high_tech_enterprises", ("国家高新技术企业数", "National high-tech enterprises"), COMPANIES, &[Basis::Count, Cumulative],
        "经认定、在有效期内的国家高新技术企业家数。",
        "Firms holding a current national high-tech enterprise certification.")
        .written_as(&["国家高新技术企业", "高新技术企业"]),
    entry("listed_companies", ("上市公司数", "Listed companies"), COMPANIES, &[Basis::Count, Cumulative],
        "在境内外证券交易所挂牌上市的本地企业家数。",
        "Local firms whose shares trade on a stock exchange at home or abroad.")
        .written_as(&["上市企业", "上市公司"]),
    entry("pm25_concentration", ("PM2.5平均浓度", "PM2.5 concentration"), &["微克/立方米"], AMOUNT,
        "期内细颗粒物(PM2.5)浓度的平均值。",
        "Average concentration of fine particles (PM2.5) over the period.")
        .written_as(&["PM2.5", "细颗粒物"]),
    entry("pm25_concentration_change", ("PM2.5浓度变化", "Change of PM2.5 concentration"), PERCENT, CHANGE,
        "PM2.5平均浓度比上一时期的变化幅度,下降为负。",
        "Change of the PM2.5 concentration against the earlier period; a fall is negative."),
    entry("good_air_days_ratio", ("空气质量优良天数比例", "Share of days with good air"), PERCENT, &[Share, Level],
        "空气质量达到优或良的天数占有效监测天数的百分比。",
        "Days rated excellent or good for air quality, as a percentage of days measured.")
        .written_as(&["空气质量优良天数比例", "优良天数比例"]),
    entry("energy_per_gdp", ("单位地区生产总值能耗", "Energy use per unit of GDP"), &["吨标准煤/万元"], &[Level],
        "每万元地区生产总值消耗的能源,折合为标准煤。",
        "Energy used for each 10,000 yuan of GDP, in tonnes of standard coal.")
        .written_as(&["单位地区生产总值能耗", "单位GDP能耗"]),
    entry("energy_per_gdp_change", ("单位地区生产总值能耗变化", "Change of energy use per unit of GDP"), PERCENT, CHANGE,
        "单位地区生产总值能耗比上一时期的变化幅度,下降为负。",
        "Change of energy use per unit of GDP against the earlier period; a fall is negative."),
];
