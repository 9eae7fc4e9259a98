//! The definition popup (`d`): the selected figure's indicator from the catalogue — names,
//! definition, base unit and the bases it is reported on, each explained — in zh and en.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Widget};

use super::cells;
use super::text::{self, wrap_words};
use super::theme::Theme;
use crate::app::App;
use crate::lang::Words;
use crate::model::indicators::{self, Indicator};
use crate::model::{Basis, Item};

/// What a basis means, in one line.
fn basis_meaning(basis: Basis) -> Words {
    use Basis::*;
    match basis {
        YearOnYear => Words::new(
            "与上年同期相比",
            "against the same period of the year before",
        ),
        LikeForLike => Words::new(
            "按相同的统计范围和口径与上年相比(剔除范围或政策变化)",
            "against the year before on the same scope and definitions (changes of boundary or policy removed)",
        ),
        MonthOnMonthAverage => {
            Words::new("各月环比变化的平均", "the average of the monthly changes")
        }
        MonthOnMonth => Words::new(
            "与上一个月(或季度)相比",
            "against the month (or quarter) just before",
        ),
        Cumulative => Words::new("本期内累计的总量", "the total summed over the period"),
        Level => Words::new(
            "某一时点或时期的数量,不是变化",
            "an amount at a point or over a period, not a change",
        ),
        Count => Words::new("个数", "how many"),
        Share => Words::new("占整体的百分比", "a part of a whole, in percent"),
        Date => Words::new("发生的年份或日期", "the year or date something happened"),
        Rank => Words::new("在一组中的名次", "a place in a ranking"),
        AverageAnnual => Words::new(
            "一段时期内每年变化的平均",
            "the average yearly change over a span of years",
        ),
        ShareOfTarget => Words::new(
            "已完成目标的百分比",
            "the part of a target reached, in percent",
        ),
        Streak => Words::new("连续的年数或次数", "how many years or times in a row"),
    }
}

/// What 规模以上 means, for indicators that carry it in their name.
const ABOVE_SIZE: (&str, &str) = (
    "规模以上:年主营业务收入2000万元及以上的工业企业(国家统计口径,2011年起)",
    "above designated size: industrial companies with a main-business revenue of 20 million yuan or more a year (the national statistics threshold since 2011)",
);

/// The popup's lines for the indicator of the selected figure, or why there is none.
fn lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let doc = app.doc();
    let metric = match doc.current_item() {
        Some(Item::Metric(ix)) => doc.data.metric(ix),
        _ => None,
    };
    let Some(metric) = metric else {
        return vec![Line::raw(app.lang.pick(
            "所选的不是数字;选中一个数字再按 d",
            "the selection is not a figure; select a figure and press d",
        ))];
    };
    let found = metric.indicator.as_deref().and_then(indicators::lookup);
    let Some(indicator) = found else {
        return vec![Line::raw(app.lang.pick(
            "这个数字没有对应的标准指标(zonedash indicators 列出全部指标)",
            "this figure names no standard indicator (zonedash indicators lists them all)",
        ))];
    };
    indicator_lines(indicator, Some(metric.basis), theme)
}

/// Every line about `indicator`, both languages; the figure's own basis marked.
fn indicator_lines(i: &Indicator, basis: Option<Basis>, theme: &Theme) -> Vec<Line<'static>> {
    let field = |name: &'static str, value: String| {
        Line::from(vec![
            Span::styled(format!("{name}: "), theme.muted),
            Span::raw(value),
        ])
    };
    let mut out = vec![
        Line::styled(format!("{} · {}", i.name_zh, i.name_en), theme.title),
        field("id", i.id.to_owned()),
        field("定义", i.definition_zh.to_owned()),
        field("definition", i.definition_en.to_owned()),
        field("基本单位 · base unit", i.units.join(" / ")),
        Line::styled("口径 · bases:", theme.muted),
    ];
    for b in i.bases {
        let Words { zh, en } = basis_meaning(*b);
        let mark = if Some(*b) == basis { "▸" } else { " " };
        out.push(Line::raw(format!(
            " {mark} {} · {}: {zh}; {en}",
            b.zh(),
            b.en()
        )));
    }
    if i.name_zh.contains("规模以上") {
        out.push(Line::styled(ABOVE_SIZE.0, theme.muted));
        out.push(Line::styled(ABOVE_SIZE.1, theme.muted));
    }
    out
}

/// Draws the popup centred over `body`.
// Out of line: not run at start, so kept out of the code every start runs (build.rs).
#[inline(never)]
pub fn render(app: &App, theme: &Theme, body: Rect, buf: &mut Buffer) {
    let width = body.width.saturating_sub(4).min(100);
    if width < 10 {
        return;
    }
    let text: Vec<Line> = lines(app, theme)
        .iter()
        .flat_map(|line| wrap_at_words(line, usize::from(width - 2)))
        .collect();
    let height = u16::try_from(text.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2)
        .min(body.height);
    if height < 3 {
        return;
    }
    // Beside the selected row, as the source popup stands, so the figure stays in sight.
    let (y, height) =
        crate::app::popup::popup_rows(body, crate::app::popup::selected_row_y(app), height);
    if height < 3 {
        return;
    }
    let area = Rect::new(body.x + (body.width - width) / 2, y, width, height);
    super::clear_for_overlay(area, buf);
    let title = app
        .lang
        .pick(" 指标定义 · Esc 关闭 ", " Definition · Esc closes ");
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(theme.focused_border)
        .title(title);
    let inner = block.inner(area);
    block.render(area, buf);
    for (line, y) in text.iter().zip(inner.top()..inner.bottom()) {
        cells::put_line(buf, inner.x, y, usize::from(inner.width), line);
    }
}

/// `line` broken at words into lines at most `columns` wide; a line that starts with a field
/// name (`definition: …`) keeps the name on its first line and indents the rest under the value.
fn wrap_at_words(line: &Line<'_>, columns: usize) -> Vec<Line<'static>> {
    let (head, body): (Option<&Span>, String) = match line.spans.as_slice() {
        [head, rest @ ..] if !rest.is_empty() => (
            Some(head),
            rest.iter().map(|s| s.content.as_ref()).collect(),
        ),
        spans => (None, spans.iter().map(|s| s.content.as_ref()).collect()),
    };
    let style = line
        .spans
        .last()
        .map(|s| s.style)
        .unwrap_or_default()
        .patch(line.style);
    let indent = head.map_or(0, |h| text::width(&h.content).min(columns / 3));
    let mut rows = wrap_words(&body, columns.saturating_sub(indent).max(1)).into_iter();
    let first = rows.next().unwrap_or_default();
    let mut out = vec![match head {
        Some(h) => Line::from(vec![
            Span::styled(h.content.to_string(), h.style),
            Span::styled(first, style),
        ]),
        None => Line::styled(first, style),
    }];
    out.extend(rows.map(|row| Line::styled(format!("{}{row}", " ".repeat(indent)), style)));
    out
}
