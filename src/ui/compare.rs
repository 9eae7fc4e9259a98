//! The comparison screen: one indicator across every open report, a group per basis (targets
//! apart), a row per report and period with its value in one unit, its hedges and a bar.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::cells;
use super::panels::rows::bar;
use super::text::{pad, pad_left, width};
use super::theme::Theme;
use crate::app::{App, CompareState};
use crate::lang::Lang;
use crate::model::{Basis, format_value};
use crate::view::bound_sign;
use crate::view::compare::{Comparison, Row};
use crate::view::figure::qualifier_words;

/// One line of the list: a group's heading, or a row by its place in listing order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Line {
    Heading(usize),
    Row(usize),
}

/// The list's lines: each group's heading, then its rows.
fn lines(c: &Comparison) -> Vec<Line> {
    let mut out = Vec::new();
    let mut row = 0;
    for (g, group) in c.groups.iter().enumerate() {
        out.push(Line::Heading(g));
        for _ in &group.rows {
            out.push(Line::Row(row));
            row += 1;
        }
    }
    out
}

/// Draws the comparison into `area` (the body of the screen).
// Out of line: not run at start, so kept out of the code every start runs (build.rs).
#[inline(never)]
pub fn render(app: &App, state: &CompareState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.lang;
    let c = &state.comparison;
    let title = title(c, app.docs.len(), lang);
    let Some(inner) = super::chrome::list_box(title, state.cursor, c.len(), theme, area, buf)
    else {
        return;
    };
    let columns = usize::from(inner.width);
    let present = app.indicators();
    let at = present
        .iter()
        .position(|id| *id == c.indicator.id)
        .map_or(0, |i| i + 1);
    let intro = match lang {
        Lang::Zh => format!(
            " 指标 {at}/{}(←→ 换)· 基准不同的数字分组列出,目标另列 · 草稿为机读未审核",
            present.len()
        ),
        Lang::En => format!(
            " indicator {at} of {} (←→ for another) · each basis its own group, targets apart · drafts are machine-read",
            present.len()
        ),
    };
    cells::put(buf, inner.x, inner.y, columns, &intro, theme.muted);
    let list = Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    };
    if c.is_empty() {
        let none = lang.pick(
            "  已打开的报告都没有这个指标的数字",
            "  no open report has a figure of this indicator",
        );
        cells::put(buf, list.x, list.y, columns, none, theme.muted);
        return;
    }
    let lines = lines(c);
    let cursor = state.cursor.min(c.len() - 1);
    let cursor_line = lines
        .iter()
        .position(|l| *l == Line::Row(cursor))
        .unwrap_or(0);
    let visible = usize::from(list.height);
    // The window keeps the selected row in view, starting as late as it must.
    let first = (cursor_line + 1).saturating_sub(visible);
    let widths = Widths::of(app, c, columns);
    let rows: Vec<&Row> = c.rows().collect();
    for (line, y) in lines[first..].iter().zip(list.top()..list.bottom()) {
        match *line {
            Line::Heading(g) => {
                let group = &c.groups[g];
                let heading = format!(" {} ({})", group.name(lang), group.rows.len());
                cells::put(buf, list.x, y, columns, &heading, theme.title);
            }
            Line::Row(r) => {
                let chosen = r == cursor;
                let style = if chosen { theme.selected } else { theme.text };
                if chosen {
                    buf.set_style(Rect::new(list.x, y, list.width, 1), style);
                }
                if let Some(row) = rows.get(r) {
                    let line = Rect::new(list.x, y, list.width, 1);
                    render_row(app, c, row, chosen, &widths, theme, line, buf);
                }
            }
        }
    }
}

/// The title: the indicator's name, the unit the values are in, and how many reports.
fn title(c: &Comparison, reports: usize, lang: Lang) -> String {
    let name = lang.pick(c.indicator.name_zh, c.indicator.name_en);
    match lang {
        Lang::Zh => format!(" 比较:{name} · 单位 {} · {reports} 份报告 ", c.unit_zh),
        Lang::En => format!(
            " Compare: {name} · in {} · {} ",
            c.unit_zh,
            crate::lang::plural(reports, "report", "reports")
        ),
    }
}

/// Column widths of the rows, from what they hold and the room there is.
struct Widths {
    zone: usize,
    period: usize,
    value: usize,
    bar: usize,
}

impl Widths {
    fn of(app: &App, c: &Comparison, columns: usize) -> Widths {
        let most = |f: &dyn Fn(&Row) -> usize| c.rows().map(f).max().unwrap_or(0);
        let zone = most(&|r| width(zone_name(app, r.doc))).min(columns / 4);
        let period = most(&|r| width(&period(app, r))).min(columns / 5);
        let value = most(&|r| width(&value_text(app, c, r)));
        let rest = columns.saturating_sub(zone + period + value + 8);
        let bar = (rest / 3).min(24);
        Widths {
            zone,
            period,
            value,
            bar,
        }
    }
}

/// Draws one row in `line`: mark, zone, period, value, bar, then draft and hedges, all within
/// the line (what does not fit is cut with `…`).
#[allow(clippy::too_many_arguments)]
fn render_row(
    app: &App,
    c: &Comparison,
    row: &Row,
    chosen: bool,
    w: &Widths,
    theme: &Theme,
    line: Rect,
    buf: &mut Buffer,
) {
    let lang = app.lang;
    let columns = usize::from(line.width);
    let base = if chosen { theme.selected } else { theme.text };
    let mark = if chosen { " ▸ " } else { "   " };
    let head = format!(
        "{mark}{}  {}  {}  ",
        pad(zone_name(app, row.doc), w.zone),
        pad(&period(app, row), w.period),
        pad_left(&value_text(app, c, row), w.value),
    );
    let used = cells::put(buf, line.x, line.y, columns, &head, base);
    let room = |from: u16| usize::from(line.right().saturating_sub(from));
    let bar_x = line
        .x
        .saturating_add(u16::try_from(used).unwrap_or(u16::MAX));
    let bar_style = if chosen { theme.selected } else { theme.bar };
    bar(
        buf,
        bar_x,
        line.y,
        row.bar,
        1.0,
        w.bar.min(room(bar_x)),
        bar_style,
    );
    let after = bar_x.saturating_add(u16::try_from(w.bar + 2).unwrap_or(u16::MAX));
    let Some((doc, metric)) = app
        .docs
        .get(row.doc)
        .and_then(|doc| Some((doc, doc.data.metric(row.metric)?)))
    else {
        return;
    };
    // The draft mark first: it must not be the part that is cut.
    let hedges = qualifier_words(metric, lang);
    let tail = match (doc.draft, hedges.is_empty()) {
        (false, _) => hedges,
        (true, true) => lang.pick("草稿", "draft").to_owned(),
        (true, false) => format!("{} · {hedges}", lang.pick("草稿", "draft")),
    };
    let style = if chosen { theme.selected } else { theme.muted };
    cells::put(
        buf,
        after,
        line.y,
        room(after),
        &super::text::fit(&tail, room(after)),
        style,
    );
}

/// The short name of the zone of report `doc`.
fn zone_name(app: &App, doc: usize) -> &str {
    app.docs.get(doc).map_or("", |d| {
        app.lang.pick(&d.data.zone.short_zh, &d.data.zone.short_en)
    })
}

/// The period of `row`'s figure as the report gives it, with its year when the words do not
/// say it (报告年度 is the report's own year): rows are compared by year.
fn period(app: &App, row: &Row) -> String {
    let Some(m) = app
        .docs
        .get(row.doc)
        .and_then(|d| d.data.metric(row.metric))
    else {
        return String::new();
    };
    let text = app.lang.pick(&m.period.zh, &m.period.en);
    // Words that mean the whole year the figure is of (the report's, for 报告年度).
    let whole_year =
        ["全年", "报告年度", "今年", "本年", "一年来", "过去一年"].contains(&m.period.zh.as_str());
    match (m.period.year, app.lang) {
        (Some(year), crate::lang::Lang::Zh) if whole_year => format!("{year}年"),
        (Some(year), crate::lang::Lang::En) if whole_year => year.to_string(),
        (Some(year), _) if !text.contains(&year.to_string()) => format!("{text} ({year})"),
        _ => text.to_owned(),
    }
}

/// The value in the comparison's unit, with the bound it is written with: `▲8%`, `▼3.2%`,
/// `4339 亿元`, `>500 亿元`, `▲≥10%`; a change carries its sign in its glyph, as the panels
/// show it.
fn value_text(app: &App, c: &Comparison, row: &Row) -> String {
    let metric = app
        .docs
        .get(row.doc)
        .and_then(|d| d.data.metric(row.metric));
    let basis = metric.map_or(Basis::Level, |m| m.basis);
    let bound = metric
        .and_then(|m| m.qualifiers.iter().find_map(bound_sign))
        .unwrap_or("");
    let shown = (row.value * 1e6).round() / 1e6;
    let (glyph, number) = if basis.is_change() {
        let glyph = match shown {
            v if v > 0.0 => "▲",
            v if v < 0.0 => "▼",
            _ => "=",
        };
        (glyph, format_value(shown.abs()))
    } else {
        ("", format_value(shown))
    };
    if c.unit_zh == "%" {
        format!("{glyph}{bound}{number}%")
    } else {
        format!("{glyph}{bound}{number} {}", c.unit_zh)
    }
}
