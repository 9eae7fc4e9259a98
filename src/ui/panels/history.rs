//! History: then → now with the multiple (computed, on a log bar), and the zone's milestones.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::PanelProps;
use super::rows::{RowPanel, render_rows};
use crate::view::PanelView;
use crate::view::window::Shape;
use crate::model::{Qualifier, UnitKind, format_multiple, format_value};
use crate::ui::cells;
use crate::ui::figure;
use crate::ui::text::{pad_left, width};
use crate::view::history::{Change, HistoryRow, HistoryView};

/// The history panel.
pub struct HistoryPanel<'a> {
    pub props: PanelProps<'a>,
    pub view: &'a HistoryView,
}

impl Widget for HistoryPanel<'_> {
    /// Draws what the multiples are (when there are pairs), a row per then → now pair, and the
    /// single figures.
    fn render(self, area: Rect, buf: &mut Buffer) {
        render_rows(&self, &self.props, area, buf);
    }
}

impl RowPanel for HistoryPanel<'_> {
    type Columns = Widths;

    fn shape(&self) -> Shape<'_> {
        self.view.shape(self.props.zoomed)
    }

    fn columns(&self, rows: &[usize], columns: usize) -> Widths {
        let p = &self.props;
        let changes: Vec<&Change> = rows
            .iter()
            .filter_map(|r| match self.view.rows.rows[*r] {
                HistoryRow::Change(c) => self.view.changes.get(c),
                _ => None,
            })
            .collect();
        let longest_label = changes
            .iter()
            .map(|c| width(comparison_label(p, c)))
            .max()
            .unwrap_or(0);
        let longest_span = changes
            .iter()
            .map(|c| width(&span_text(p, c)))
            .max()
            .unwrap_or(0);
        // Labels take the room a readable bar leaves them, and at least a quarter of the row.
        let room = columns.saturating_sub(longest_span + MULTIPLE + 3 + READABLE_BAR);
        let label = longest_label
            .min(room.max(columns / 4))
            .clamp(4, columns.max(4));
        let span = longest_span.min(columns.saturating_sub(label + MULTIPLE + 2));
        let value = rows
            .iter()
            .filter_map(|r| match self.view.rows.rows[*r] {
                HistoryRow::Metric(m) => Some(width(&figure::value_text(p.data, &p.data[m], p.lang))),
                _ => None,
            })
            .max()
            .unwrap_or(0)
            .min(columns / 2);
        let bar = columns.saturating_sub(label + span + MULTIPLE + 3);
        Widths {
            label,
            span,
            // A bar of a cell or three shows nothing of the scale: none, and the heading
            // then does not mention bars.
            bar: if bar < MIN_BAR { 0 } else { bar },
            value,
        }
    }

    fn legend(&self) -> Option<(usize, String)> {
        let row = self.view.rows.rows.iter().position(|r| *r == HistoryRow::Bounds)?;
        Some((row, figure::bounds_text(&self.view.bounds, self.props.lang)))
    }

    fn draw_row(&self, row: usize, widths: &Widths, area: Rect, buf: &mut Buffer) {
        let p = &self.props;
        match self.view.rows.rows[row] {
            HistoryRow::Heading => {
                // Each part in full if all fit, else in its short form, so none is cut off.
                let mut parts = vec![p.lang.choose(("倍数为计算值", "倍数系计算"), ("× computed", "× calc."))];
                if self.view.largest_multiple > 1.0 && widths.bar > 0 {
                    parts.push(p.lang.choose(("对数条形", "对数"), ("log bars", "log")));
                }
                if self.view.start_year_missing {
                    parts.push(p.lang.choose(("起点年份未载明", "无起点年"), ("no start year", "no start yr")));
                }
                let joined = |short: bool| {
                    let words: Vec<&str> = parts.iter().map(|(long, brief)| if short { *brief } else { *long }).collect();
                    words.join(p.lang.pick("·", " · "))
                };
                let long = joined(false);
                let text = if width(&long) <= usize::from(area.width) { long } else { joined(true) };
                cells::put(buf, area.x, area.y, usize::from(area.width), &text, p.theme.muted);
            }
            HistoryRow::Change(c) => {
                write_change(p, &self.view.changes[c], widths, self.view.largest_multiple, area, buf);
            }
            HistoryRow::Bounds => {
                let text = figure::bounds_text(&self.view.bounds, p.lang);
                cells::put(buf, area.x, area.y, usize::from(area.width), &text, p.theme.muted);
            }
            HistoryRow::Metric(m) => {
                let metric = &p.data[m];
                let line = Line::from(vec![
                    Span::styled(
                        pad_left(&figure::value_text(p.data, metric, p.lang), widths.value),
                        p.theme.key,
                    ),
                    Span::raw(format!("  {}", figure::label(metric, p.lang))),
                ]);
                cells::put_line(buf, area.x, area.y, usize::from(area.width), &line);
            }
        }
    }
}

/// Bars shorter than this are not drawn.
/// The bar length labels leave room for before they take their own full width.
const READABLE_BAR: usize = 12;

const MIN_BAR: usize = 4;

/// Width of the multiple column (`>×2800`).
const MULTIPLE: usize = 6;

/// Column widths of the shown rows.
pub struct Widths {
    label: usize,
    span: usize,
    bar: usize,
    /// The value column of single figures.
    value: usize,
}

/// `3.83 → 225平方公里`: the pair shares a unit (validated), so it is written once.
fn span_text(p: &PanelProps<'_>, change: &Change) -> String {
    let d = p.data;
    let start = &d[change.from];
    let percent = d
        .unit(&start.unit)
        .is_some_and(|u| u.kind == UnitKind::Percent);
    // The unit is written once, after the end; a bound on the start (不足5亿元) keeps its sign.
    let start_text = if percent {
        figure::value_text(d, start, p.lang)
    } else {
        let sign = start
            .qualifiers
            .iter()
            .find_map(crate::view::bound_sign)
            .unwrap_or("");
        format!("{sign}{}", format_value(start.value))
    };
    format!(
        "{start_text} → {}",
        figure::value_text(d, &d[change.to], p.lang)
    )
}

/// `面积  3.83 → 225平方公里  ×58.7 ████`, each column where it goes.
fn write_change(
    p: &PanelProps<'_>,
    change: &Change,
    widths: &Widths,
    largest: f64,
    row: Rect,
    buf: &mut Buffer,
) {
    let d = p.data;
    let more = d[change.to]
        .qualifiers
        .contains(&Qualifier::MoreThan);
    let multiple = change
        .multiple
        .map(|m| format!("{}{}", if more { ">" } else { "" }, format_multiple(m)))
        .unwrap_or_default();
    let cells = change
        .multiple
        .filter(|m| *m > 1.0 && largest > 1.0)
        .map_or(0, |m| {
            ((libm::log10(m) / libm::log10(largest)) * widths.bar as f64).round() as usize
        })
        .min(widths.bar);
    let at = |offset: usize| {
        row.x
            .saturating_add(u16::try_from(offset).unwrap_or(u16::MAX))
    };
    let y = row.y;
    cells::put(
        buf,
        row.x,
        y,
        widths.label,
        comparison_label(p, change),
        p.theme.text,
    );
    cells::put(
        buf,
        at(widths.label + 1),
        y,
        widths.span,
        &span_text(p, change),
        p.theme.text,
    );
    let multiple_end = at(widths.label + 1 + widths.span + 1 + MULTIPLE);
    cells::put_right(buf, multiple_end, y, MULTIPLE, &multiple, p.theme.key);
    cells::fill(
        buf,
        multiple_end.saturating_add(1),
        y,
        cells,
        "█",
        p.theme.bar,
    );
}

/// The pair's label: in full when zoomed, else the short one if the data gives it.
fn comparison_label<'a>(p: &PanelProps<'a>, change: &Change) -> &'a str {
    let c = &p.data.comparisons[change.comparison];
    let short = match p.lang {
        crate::lang::Lang::Zh => c.short_zh.as_deref(),
        crate::lang::Lang::En => c.short_en.as_deref(),
    };
    match short {
        Some(short) if !p.zoomed => short,
        _ => p.lang.pick(&c.label_zh, &c.label_en),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::PanelView;

    #[test]
    fn a_bound_on_a_history_start_keeps_its_sign() {
        let text = "松岚经济开发区2023年工作报告\n一、2022年工作回顾\n工业总产值由不足5亿元增长到1200余亿元。\n";
        let d = crate::draft::draft_text(text, "t.txt", "UTF-8").dataset;
        let view = crate::view::history::HistoryView::build(&d);
        let theme = crate::ui::theme::Theme::monochrome();
        let props = PanelProps {
            data: &d,
            lang: crate::lang::Lang::Zh,
            theme: &theme,
            panel: crate::view::PanelId::History,
            focused: false,
            zoomed: false,
            selected: 0,
            number: 1,
            of: None,
        };
        let change = view.changes.first().expect("the history is paired");
        assert_eq!(span_text(&props, change), "<5 → >1200亿元");
    }
}
