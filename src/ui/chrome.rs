//! The header (zone, report, counts) and the footer (key hints from the keymap table).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::cells;
use super::text::width;
use super::theme::Theme;
use crate::app::keymap::{bindings_for, display_key};
use crate::app::{Action, App, Move};
use crate::layout::Grid;

/// Draws the zone and report on the left and what the data holds on the right.
pub fn render_header(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let d = &app.doc().data;
    let lang = app.lang;
    let left = format!(
        " {} · {}",
        lang.pick(&d.zone.short_zh, &d.zone.short_en),
        lang.pick(&d.report.title_zh, &d.report.title_en)
    );
    let projects = d.project_count();
    let synthetic = if d.report.synthetic {
        lang.pick(" · 合成数据", " · SYNTHETIC")
    } else {
        ""
    };
    let right = lang
        .pick(
            &format!("{}项数字 · {projects}个项目{synthetic} ", d.metrics.len()),
            &format!(
                "{} figures · {projects} projects{synthetic} ",
                d.metrics.len()
            ),
        )
        .to_owned();
    let columns = usize::from(area.width);
    let right = if width(&left) + width(&right) < columns {
        right
    } else {
        String::new()
    };
    buf.set_style(area, theme.header);
    cells::put(
        buf,
        area.x,
        area.y,
        columns.saturating_sub(width(&right)),
        &left,
        theme.header,
    );
    cells::put_right(
        buf,
        area.right(),
        area.y,
        width(&right),
        &right,
        theme.header,
    );
}

/// Draws the hints of the bindings that apply now, those sharing a label merged (`←↓↑→ move`),
/// as many as fit.
pub fn render_footer(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let mut hints: Vec<(String, &str)> = Vec::new();
    // In the one-column layout there is nothing to the left or right to move to.
    let column = Grid::for_size(app.size.0, app.size.1) == Grid::Column;
    for binding in bindings_for(app.mode()) {
        let Some(label) = binding.hint(app.lang) else {
            continue;
        };
        if column && matches!(binding.action, Action::Focus(Move::Left | Move::Right)) {
            continue;
        }
        let Some(first) = binding.keys.first() else {
            continue;
        };
        let key = display_key(first);
        match hints.last_mut() {
            Some((keys, last)) if *last == label => keys.push_str(&key),
            _ => hints.push((key, label)),
        }
    }
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for (keys, label) in hints {
        let cost = width(&keys) + width(label) + 3;
        if used + cost > usize::from(area.width) {
            break;
        }
        spans.push(Span::styled(keys, theme.key));
        spans.push(Span::styled(format!(" {label}  "), theme.muted));
        used += cost;
    }
    cells::put_line(
        buf,
        area.x,
        area.y,
        usize::from(area.width),
        &Line::from(spans),
    );
}
