//! The units of a drafted dataset: one entry per unit as written, with its kind and English.

use super::ir::{BasisRead, Quantity};
use super::units::UnitClass;
use crate::model::{Unit, UnitKind};

/// The id of `q`'s unit, adding the unit on first use.
pub(super) fn unit_id(units: &mut Vec<Unit>, q: &Quantity) -> String {
    let class = unit_class(q);
    let kind = match class {
        UnitClass::Percent => UnitKind::Percent,
        UnitClass::Money => UnitKind::Money,
        UnitClass::Area => UnitKind::Area,
        UnitClass::Concentration => UnitKind::Concentration,
        UnitClass::Count => UnitKind::Count,
        UnitClass::Rank => UnitKind::Rank,
        _ if q.basis == BasisRead::Date => UnitKind::Year,
        // Schema 1 has no kind for these; Duration is the one whose checks and display fit
        // any non-negative amount shown with its own unit.
        _ => UnitKind::Duration,
    };
    if let Some(u) = units.iter().find(|u| u.zh == q.unit && u.kind == kind) {
        return u.id.clone();
    }
    let id = format!("u{}", units.len() + 1);
    units.push(Unit {
        id: id.clone(),
        kind,
        zh: q.unit.clone(),
        en: unit_en(&q.unit, kind),
        base: None,
        factor: None,
    });
    id
}

pub(super) fn unit_class(q: &Quantity) -> UnitClass {
    match q.unit.as_str() {
        "%" | "‰" => UnitClass::Percent,
        // 第27位, and its move 较上年前移5位: places in a ranking.
        u if matches!(u, "名" | "位") && (q.basis == BasisRead::Rank || q.basis.is_change()) => {
            UnitClass::Rank
        }
        u if u.ends_with('元') => UnitClass::Money,
        u if ["平方公里", "平方千米", "平方米", "平米", "公顷", "亩"]
            .iter()
            .any(|a| u.ends_with(a)) =>
        {
            UnitClass::Area
        }
        u if u.contains("/立方米") || u.starts_with('μ') => UnitClass::Concentration,
        // 每万人口发明专利拥有量96.4件: a rate in a measure word is no count of things.
        u if q.basis == BasisRead::Count
            && q.value.fract() == 0.0
            && !u.starts_with(['十', '百', '千', '万', '亿']) =>
        {
            UnitClass::Count
        }
        _ => UnitClass::Scale,
    }
}

pub(super) fn unit_en(zh: &str, kind: UnitKind) -> String {
    let known = [
        ("%", "%"),
        ("亿元", "100M yuan"),
        ("万元", "10k yuan"),
        ("元", "yuan"),
        ("万亿元", "trillion yuan"),
        ("平方公里", "km²"),
        ("平方米", "m²"),
        ("万平方米", "10k m²"),
        ("平米", "m²"),
        ("亩", "mu"),
        ("微克/立方米", "µg/m³"),
        ("个百分点", "percentage points"),
        ("倍", "times"),
        ("成", "tenths"),
        ("家", "companies"),
        ("项", "items"),
        ("次", "times"),
        ("个", "count"),
        ("人", "people"),
        ("万人", "10k people"),
        ("公里", "km"),
        ("吨", "t"),
        ("万吨", "10k t"),
    ];
    match (kind, known.iter().find(|(z, _)| *z == zh)) {
        (UnitKind::Year, _) => "year".into(),
        (UnitKind::Rank, _) => "rank".into(),
        (UnitKind::Duration, _) if zh == "年" => "years".into(),
        (UnitKind::Duration, _) if zh == "周年" => "years (anniversary)".into(),
        (_, Some((_, en))) => (*en).into(),
        _ => zh.into(),
    }
}
