//! Numbers as people read them: no float noise, no negative zero, thousands kept plain.

/// `value` as written in exports and on screen: the shortest decimal that reads back as the
/// same number (`8`, `2.7`, `-8.6`, `1000000`, never an exponent); `-0` prints as `0`.
pub fn format_value(value: f64) -> String {
    if value == 0.0 {
        return "0".to_owned();
    }
    value.to_string()
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
            (1e-9, "0.000000001"),
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
