//! Chart arithmetic with no terminal: bar lengths in eighths, axis positions, stacked segments, round axis ends.

/// Cells of a bar `value` long on a scale where `max` fills `width` cells, in eighths of a
/// cell, so bars can end in ▏▎▍▌▋▊▉. Never more than `width * 8`; 0 for a non-positive value.
pub fn bar_eighths(value: f64, max: f64, width: u16) -> u32 {
    let full = u32::from(width) * 8;
    // NaN and infinities fail `is_finite`; nothing to draw for them, for ≤ 0, or in no room.
    if !value.is_finite() || !max.is_finite() || value <= 0.0 || max <= 0.0 || full == 0 {
        return 0;
    }
    // A positive value never vanishes: at least one eighth shows it exists.
    ((value / max * f64::from(full)).round() as u32).clamp(1, full)
}

/// Where `value` falls on a scale of `width` cells from 0 to `max`, as a cell index.
pub fn scale_position(value: f64, max: f64, width: u16) -> u16 {
    if width == 0 || max.is_nan() || max <= 0.0 || !value.is_finite() {
        return 0;
    }
    let last = f64::from(width - 1);
    ((value / max).clamp(0.0, 1.0) * last).round() as u16
}

/// Cells of each segment of a stacked bar whose whole is `max` over `width` cells: the total is
/// scaled, then shared out by largest remainder so segments add up exactly and a non-empty
/// segment keeps at least one cell when there is room.
pub fn stack_cells(counts: &[usize], max: usize, width: u16) -> Vec<u16> {
    let total: usize = counts.iter().sum();
    if max == 0 || total == 0 || width == 0 {
        return vec![0; counts.len()];
    }
    let cells = ((total as f64 / max as f64) * f64::from(width))
        .round()
        .clamp(1.0, f64::from(width)) as usize;
    let exact: Vec<f64> = counts
        .iter()
        .map(|c| *c as f64 * cells as f64 / total as f64)
        .collect();
    let mut given: Vec<usize> = exact.iter().map(|e| e.floor() as usize).collect();
    let mut order: Vec<usize> = (0..counts.len()).collect();
    order.sort_by(|a, b| {
        (exact[*b] - exact[*b].floor()).total_cmp(&(exact[*a] - exact[*a].floor()))
    });
    let mut left = cells - given.iter().sum::<usize>();
    for i in order.iter().copied() {
        if left == 0 {
            break;
        }
        given[i] += 1;
        left -= 1;
    }
    // A segment that exists is drawn, taking a cell from the largest one.
    for i in 0..counts.len() {
        if counts[i] > 0 && given[i] == 0 {
            let (largest, _) = given
                .iter()
                .enumerate()
                .max_by_key(|(_, g)| **g)
                .unwrap_or((i, &0));
            if given[largest] > 1 {
                given[largest] -= 1;
                given[i] = 1;
            }
        }
    }
    given
        .into_iter()
        .map(|g| u16::try_from(g).unwrap_or(u16::MAX))
        .collect()
}

/// The smallest round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ⁿ) at or above `value`, for an axis end.
pub fn nice_ceiling(value: f64) -> f64 {
    if value.is_nan() || value <= 0.0 || !value.is_finite() {
        return 1.0;
    }
    let magnitude = libm::pow(10.0, libm::floor(libm::log10(value)));
    [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .iter()
        .map(|step| step * magnitude)
        .find(|candidate| *candidate >= value)
        .unwrap_or(10.0 * magnitude)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_width_in_eighths() {
        assert_eq!(bar_eighths(8.0, 8.0, 10), 80);
        assert_eq!(bar_eighths(4.0, 8.0, 10), 40);
        assert_eq!(bar_eighths(2.7, 9.4, 10), 23);
        assert_eq!(bar_eighths(0.001, 9.4, 10), 1, "a tiny value still shows");
        assert_eq!(bar_eighths(0.0, 9.4, 10), 0);
        assert_eq!(bar_eighths(-3.0, 9.4, 10), 0);
        assert_eq!(bar_eighths(5.0, 0.0, 10), 0);
        assert_eq!(bar_eighths(f64::NAN, 1.0, 10), 0);
        assert_eq!(bar_eighths(1e15, 1e15, 0), 0);
    }

    #[test]
    fn scale_positions_clamp_to_the_axis() {
        assert_eq!(scale_position(35.0, 40.0, 41), 35);
        assert_eq!(scale_position(5.0, 40.0, 41), 5);
        assert_eq!(scale_position(80.0, 40.0, 41), 40);
        assert_eq!(scale_position(-1.0, 40.0, 41), 0);
        assert_eq!(scale_position(1.0, 40.0, 0), 0);
    }

    #[test]
    fn stacked_segments_add_up_to_the_scaled_total() {
        assert_eq!(stack_cells(&[4, 2, 2], 8, 16), vec![8, 4, 4]);
        assert_eq!(stack_cells(&[4, 2, 2], 16, 16), vec![4, 2, 2]);
        let cells = stack_cells(&[5, 3, 1, 4], 13, 10);
        assert_eq!(cells.iter().sum::<u16>(), 10);
        assert!(cells.iter().all(|c| *c >= 1), "{cells:?}");
    }

    #[test]
    fn empty_and_degenerate_stacks_draw_nothing() {
        assert_eq!(stack_cells(&[0, 0], 5, 10), vec![0, 0]);
        assert_eq!(stack_cells(&[1, 2], 0, 10), vec![0, 0]);
        assert_eq!(stack_cells(&[1, 2], 3, 0), vec![0, 0]);
        assert_eq!(stack_cells(&[1, 1000], 1001, 3).iter().sum::<u16>(), 3);
    }

    #[test]
    fn axis_ends_are_round() {
        assert_eq!(nice_ceiling(38.5), 40.0);
        assert_eq!(nice_ceiling(41.0), 50.0);
        assert_eq!(nice_ceiling(20.0), 20.0);
        assert_eq!(nice_ceiling(21.0), 25.0);
        assert_eq!(nice_ceiling(0.7), 0.8);
        assert_eq!(nice_ceiling(0.0), 1.0);
        assert_eq!(nice_ceiling(f64::INFINITY), 1.0);
    }
}
