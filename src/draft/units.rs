//! Reads the unit written after a number: 亿元, 平方公里, %, 个百分点, 成, 倍, and measure words.

/// What sort of quantity a unit measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitClass {
    Percent,
    /// 个百分点: percentage points.
    Points,
    /// 成: tenths (三成 = 30%).
    Tenths,
    /// 倍: a multiple.
    Multiple,
    Money,
    Area,
    Length,
    Weight,
    Energy,
    Volume,
    Concentration,
    /// A measure word or a counted noun (个, 家, 项, 镇).
    Count,
    /// 年, 个月, 天, 小时 after a small number.
    Duration,
    /// A bare magnitude (3.5万) with nothing after it.
    Scale,
    /// A place in a ranking (第一, 第13位).
    Rank,
}

/// A unit as written after a number.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitRead {
    /// The unit's characters as written (万余人 is read as 万人 with a hedge).
    pub written: String,
    pub class: UnitClass,
    /// Characters the unit takes in the text, including a 余/多 inside it.
    pub len: usize,
    /// True when 余 or 多 stands between the number and the unit (20余项).
    pub more_than: Option<&'static str>,
}

/// Base units, longest first within each class, and the class each measures.
const BASES: &[(&str, UnitClass)] = &[
    ("微克/立方米", UnitClass::Concentration),
    ("毫克/立方米", UnitClass::Concentration),
    ("μg/m³", UnitClass::Concentration),
    ("μg/m3", UnitClass::Concentration),
    ("个百分点", UnitClass::Points),
    // 9个多百分点: 多 inside the unit.
    ("个多百分点", UnitClass::Points),
    ("百分点", UnitClass::Points),
    ("%", UnitClass::Percent),
    ("‰", UnitClass::Percent),
    ("亿美元", UnitClass::Money),
    ("美元", UnitClass::Money),
    ("元", UnitClass::Money),
    ("平方公里", UnitClass::Area),
    ("平方千米", UnitClass::Area),
    ("平方米", UnitClass::Area),
    ("平米", UnitClass::Area),
    ("公顷", UnitClass::Area),
    ("亩", UnitClass::Area),
    ("立方米", UnitClass::Volume),
    ("公里", UnitClass::Length),
    ("千米", UnitClass::Length),
    ("米", UnitClass::Length),
    ("吨标准煤", UnitClass::Weight),
    ("吨标煤", UnitClass::Weight),
    ("吨", UnitClass::Weight),
    ("公斤", UnitClass::Weight),
    ("千克", UnitClass::Weight),
    ("千瓦时", UnitClass::Energy),
    ("千瓦", UnitClass::Energy),
    ("兆瓦", UnitClass::Energy),
    ("人次", UnitClass::Count),
    ("标准箱", UnitClass::Count),
    ("标箱", UnitClass::Count),
    ("个工作日", UnitClass::Duration),
    ("工作日", UnitClass::Duration),
    ("个月", UnitClass::Duration),
    ("小时", UnitClass::Duration),
    ("分钟", UnitClass::Duration),
    ("天", UnitClass::Duration),
    // 建区30周年: an anniversary, in years.
    ("周年", UnitClass::Duration),
    ("年", UnitClass::Duration),
    ("倍", UnitClass::Multiple),
    // 翻一番, 翻两番: doublings.
    ("番", UnitClass::Multiple),
    ("成", UnitClass::Tenths),
];

/// Measure words that count things.
const MEASURE_WORDS: &str =
    "个项家名人次件座条处户套台辆栋幢批支款种类位例宗块间场所只架艘颗枚份部门列单";

/// Measure words that Chinese numerals do not take before a name (工信部五所, 两级联动).
const NOT_AFTER_CHINESE: &str = "所级门部";

/// Nouns that count themselves after a numeral (八镇, 两旗).
const SELF_COUNTING: &str = "镇旗县乡";

/// True for a unit that is a counted noun itself (镇, 旗).
pub fn is_self_counting(unit: &str) -> bool {
    let mut chars = unit.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if SELF_COUNTING.contains(c))
}

/// Words that start with a measure word but are no measure (项目, 条例, 场景).
const FALSE_MEASURES: &[&str] = &[
    "项目",
    "名单",
    "名称",
    "名牌",
    "名片",
    "家庭",
    "家园",
    "家居",
    "条例",
    "条件",
    "处理",
    "处置",
    "台阶",
    "批准",
    "批复",
    "支持",
    "支撑",
    "支付",
    "种植",
    "类型",
    "位置",
    "位于",
    "例如",
    "场景",
    "场所",
    "场地",
    "门户",
    "部门",
    "部署",
    "部分",
    "所有",
    "所在",
    "所属",
    "人才",
    "人口",
    "户籍",
    "座谈",
    "间隔",
    "套餐",
    "款项",
    "只有",
    "只要",
    "个性",
    "个体",
    "次数",
    "件事",
    "成立",
    "成为",
    "成果",
    "成功",
    "成本",
    "成效",
    "成交",
    "成绩",
    "成熟",
    "成员",
    "成长",
    "成型",
    "成套",
    "成片",
    "成就",
    "年度",
    "年来",
    "元素",
    "元宇宙",
    "米粮",
    "天然",
    "天津",
    "天空",
    "天街",
    "天下",
    "位一体",
];

/// Reads the unit at `chars[at..]` after a numeral; `chinese` tells how the numeral is written.
pub fn read_unit(chars: &[char], at: usize, chinese: bool) -> Option<UnitRead> {
    let rest = |from: usize| chars.get(from..).unwrap_or_default();
    // 394.8 亿元: one space may stand between a number and its unit.
    let spaced = chars.get(at) == Some(&' ')
        && chars
            .get(at + 1)
            .is_some_and(|c| !c.is_ascii_digit() && !c.is_whitespace());
    let mut i = at + usize::from(spaced);
    let mut written = String::new();
    // A magnitude inside the unit: 3000万元, 2.5亿, 1.2万家; after a Chinese numeral only 万
    // and 亿 (三百亿元), as the numeral reader leaves them.
    let magnitude =
        |c: &&char| matches!(c, '万' | '亿') || !chinese && matches!(c, '十' | '百' | '千');
    // 11.6亿千瓦时: a magnitude that opens a base (千瓦时, 千米) is the base's.
    let opens_base = |from: usize| {
        BASES.iter().any(|(base, _)| {
            let w: Vec<char> = base.chars().collect();
            rest(from).starts_with(&w)
        })
    };
    while let Some(c) = chars.get(i).filter(magnitude) {
        if opens_base(i) {
            break;
        }
        written.push(*c);
        i += 1;
    }
    let mut more_than = None;
    if let Some(c) = chars.get(i).filter(|c| matches!(c, '余' | '多')) {
        more_than = Some(if *c == '余' { "余" } else { "多" });
        i += 1;
        // 1300余万台: a magnitude after 余 is the unit's too.
        while let Some(c) = chars.get(i).filter(|c| matches!(c, '万' | '亿')) {
            written.push(*c);
            i += 1;
        }
    }
    let starts = |word: &str| {
        let w: Vec<char> = word.chars().collect();
        rest(i).starts_with(&w)
    };
    if FALSE_MEASURES.iter().any(|w| starts(w)) {
        return scale_only(written, i - at, more_than);
    }
    for (base, class) in BASES {
        if starts(base) {
            written.push_str(base);
            let len = i - at + base.chars().count();
            return Some(UnitRead {
                written,
                class: *class,
                len,
                more_than,
            });
        }
    }
    let c = *chars.get(i)?;
    let counted = MEASURE_WORDS.contains(c) && !(chinese && NOT_AFTER_CHINESE.contains(c));
    if counted || SELF_COUNTING.contains(c) {
        written.push(c);
        return Some(UnitRead {
            written,
            class: UnitClass::Count,
            len: i - at + 1,
            more_than,
        });
    }
    // “五区”政策叠加, 三区叠加: the zones whose policies a zone holds at once, counted.
    if chinese && counts_stacked_zones(chars, i) {
        return Some(UnitRead {
            written: "个".into(),
            class: UnitClass::Count,
            len: i - at + 1,
            more_than,
        });
    }
    // 六大中心, 两大领域: 大 stands for the measure word 个.
    if chinese && c == '大' {
        return Some(UnitRead {
            written: "个".into(),
            class: UnitClass::Count,
            len: i - at + 1,
            more_than,
        });
    }
    scale_only(written, i - at, more_than)
}

/// True when `chars[at]` is the 区 of zones counted and what follows says they are stacked
/// (“五区”政策叠加, 三区叠加): the count of designations a zone holds at once, a figure even
/// inside quotation marks.
pub fn counts_stacked_zones(chars: &[char], at: usize) -> bool {
    if chars.get(at) != Some(&'区') {
        return false;
    }
    let rest: String = chars.iter().skip(at + 1).take(5).collect();
    let rest = rest.trim_start_matches(['”', '"', '’']);
    // “两区”叠加政策 names a package of policies; “五区”政策叠加 says what the zone holds.
    rest.starts_with("叠加") && !rest.starts_with("叠加政策") || rest.starts_with("政策叠加")
}

fn scale_only(written: String, len: usize, more_than: Option<&'static str>) -> Option<UnitRead> {
    (!written.is_empty()).then_some(UnitRead {
        written,
        class: UnitClass::Scale,
        len,
        more_than,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(text: &str, chinese: bool) -> Option<(String, UnitClass)> {
        let chars: Vec<char> = text.chars().collect();
        read_unit(&chars, 0, chinese).map(|u| (u.written, u.class))
    }

    #[test]
    fn reads_units_with_magnitudes() {
        assert_eq!(
            unit("亿元,", false),
            Some(("亿元".into(), UnitClass::Money))
        );
        assert_eq!(
            unit("万平方米", false),
            Some(("万平方米".into(), UnitClass::Area))
        );
        assert_eq!(
            unit("个百分点", false),
            Some(("个百分点".into(), UnitClass::Points))
        );
        assert_eq!(
            unit("微克/立方米", false),
            Some(("微克/立方米".into(), UnitClass::Concentration))
        );
        assert_eq!(
            unit("余项关键", false),
            Some(("项".into(), UnitClass::Count))
        );
        assert_eq!(unit("大中心", true), Some(("个".into(), UnitClass::Count)));
        assert_eq!(unit("镇责任", true), Some(("镇".into(), UnitClass::Count)));
    }

    #[test]
    fn refuses_words_that_only_look_like_units() {
        assert_eq!(unit("项目建设", false), None);
        assert_eq!(unit("所", true), None);
        assert_eq!(unit("级联动", true), None);
        assert_eq!(unit("学校", true), None);
        assert_eq!(unit("成立", true), None);
    }
}
