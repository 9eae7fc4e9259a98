//! Numbers as people read them: no float noise, no negative zero, thousands kept plain.

/// `value` as written in exports and on screen: `8`, `2.7`, `-8.6`, `1000000`; `-0` prints as
/// `0`; at most six decimals, trailing zeros dropped.
pub fn format_value(value: f64) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    if value == 0.0 {
        return "0".to_owned();
    }
    let text = format!("{value:.6}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// `ratio` as a multiple: `×58.7`, `×2800`, `×222`; one decimal below 100, none above.
pub fn format_multiple(ratio: f64) -> String {
    if ratio >= 100.0 {
        format!("×{ratio:.0}")
    } else {
        format!("×{}", format_value((ratio * 10.0).round() / 10.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_print_as_written() {
        for (value, text) in [
            (8.0, "8"),
            (2.7, "2.7"),
            (-8.6, "-8.6"),
            (1e6, "1000000"),
            (-0.0, "0"),
            (3.83, "3.83"),
            (0.1, "0.1"),
            (1e-9, "0"),
            (1e15, "1000000000000000"),
        ] {
            assert_eq!(format_value(value), text, "{value}");
        }
    }

    #[test]
    fn multiples_round_sensibly() {
        assert_eq!(format_multiple(225.0 / 3.83), "×58.7");
        assert_eq!(format_multiple(2800.0), "×2800");
        assert_eq!(format_multiple(22.2 / 0.1), "×222");
        assert_eq!(format_multiple(2.0), "×2");
    }
}
