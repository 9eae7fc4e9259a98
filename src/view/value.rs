//! A figure's value as read aloud: its number, bound sign, unit, change glyph and rank suffix.

use crate::lang::Lang;
use crate::model::{Dataset, Direction, Metric, UnitKind, format_value};
use crate::view::bound_sign;

/// `m`'s value with its unit and hedge as read aloud: `8%`, `>2800亿元`, `≥2项`, `~1000000 m²`,
/// `#1`; a change shows its size after ▲/▼ (`▼8.6%`), the glyph carrying the sign.
pub fn value_text(d: &Dataset, m: &Metric, lang: Lang) -> String {
    let unit = d.unit(&m.unit);
    let kind = unit.map(|u| u.kind);
    let prefix = m.qualifiers.iter().find_map(bound_sign).unwrap_or("");
    let shown = if m.basis.is_change() {
        m.value.abs()
    } else {
        m.value
    };
    let number = format!("{prefix}{}", format_value(shown));
    let glyph = change_glyph(m).map(|(g, _)| g).unwrap_or("");
    let unit_zh = unit.map_or("", |u| u.zh.as_str());
    let unit_en = unit.map_or("", |u| Lang::En.pick(&u.zh, &u.en));
    let with_unit = match (kind, lang) {
        (Some(UnitKind::Percent), _) if unit_zh == "%" => format!("{number}%"),
        // 较上年前移9位: a move in a ranking is a number of places, not a place.
        (Some(UnitKind::Rank), Lang::Zh) if m.basis.is_change() => format!("{number}位"),
        (Some(UnitKind::Rank), Lang::En) if m.basis.is_change() => format!("{number} places"),
        (Some(UnitKind::Rank), Lang::Zh) => {
            format!("第{number}{}", pool_size(m))
        }
        (Some(UnitKind::Rank), Lang::En) => {
            format!("{number}{}{}", ordinal_suffix(shown), pool_size(m))
        }
        (Some(UnitKind::Year), Lang::Zh) => format!("{number}年"),
        (Some(UnitKind::Year), Lang::En) => number,
        // In English the label names what is counted ("Listed companies"), so no unit word;
        // but a count in tens of thousands (8.6万辆) keeps its unit, or it reads 10⁴ too small.
        (Some(UnitKind::Count), Lang::En) if unit.is_none_or(|u| u.factor() == 1.0) => number,
        (_, Lang::Zh) => format!("{number}{unit_zh}"),
        // 亿元 has no short English name; "851 (100M yuan)" keeps the number and unit apart.
        (Some(UnitKind::Money | UnitKind::Count), Lang::En) => format!("{number} ({unit_en})"),
        (_, Lang::En) => format!("{number} {unit_en}"),
    };
    format!("{glyph}{with_unit}")
}

/// ▲ or ▼ for a change figure, with whether the change is for the better (none when the
/// direction is neutral or nothing changed).
pub fn change_glyph(m: &Metric) -> Option<(&'static str, Option<bool>)> {
    if !m.basis.is_change() {
        return None;
    }
    let glyph = if m.value > 0.0 {
        "▲"
    } else if m.value < 0.0 {
        "▼"
    } else {
        "="
    };
    let better = match m.direction {
        Direction::HigherIsBetter if m.value != 0.0 => Some(m.value > 0.0),
        Direction::LowerIsBetter if m.value != 0.0 => Some(m.value < 0.0),
        _ => None,
    };
    Some((glyph, better))
}

/// A rank's pool as it follows the rank: `/217` when the text gives the pool's size.
pub(crate) fn pool_size(m: &Metric) -> String {
    m.rank_of
        .as_ref()
        .and_then(|p| p.size)
        .map_or_else(String::new, |size| format!("/{size}"))
}

/// `st`, `nd`, `rd` or `th` for a rank in English (1st, 12th, 22nd); `th` for a non-whole rank.
pub fn ordinal_suffix(rank: f64) -> &'static str {
    if rank.fract() != 0.0 || !rank.is_finite() {
        return "th";
    }
    let n = rank.abs() as u64;
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}
