//! Growth: rates as bars from a zero line, grouped under their basis, on one labelled scale;
//! levels and amounts after them as values; each hedge mark right after its value.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::PanelProps;
use super::rows::{
    RowPanel, bar, bar_left, figure_row, heading_row, row_value, legend_text, render_rows,
};
use crate::model::{MetricIx, format_value};
use crate::ui::cells;
use crate::ui::figure;
use crate::ui::text::width;
use crate::view::PanelView;
use crate::view::growth::{GrowthRow, GrowthView};
use crate::view::window::Shape;

/// The growth panel.
pub struct GrowthPanel<'a> {
    pub props: PanelProps<'a>,
    pub view: &'a GrowthView,
}

impl Widget for GrowthPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        render_rows(&self, &self.props, area, buf);
    }
}

/// Where the columns of the shown rows go.
pub struct Columns {
    label: usize,
    /// The levels beside the rates (412.6亿元), when any shown rate has one.
    level: usize,
    value: usize,
    /// Cells of the bars left of the zero line (falls), and right of it (rises).
    below: usize,
    above: usize,
}

/// Bars narrower than this are not drawn; the room goes to the labels.
const MIN_BAR: usize = 6;
/// The length labels make room for before they take their own full width.
const READABLE_BAR: usize = 12;

impl GrowthPanel<'_> {
    fn value(&self, m: MetricIx) -> String {
        let p = &self.props;
        row_value(p.data, &p.data[m], &self.view.hedges, p.lang, p.zoomed)
    }

    /// The level `m` is the growth of, as its value, if the report gives it.
    fn level(&self, m: MetricIx) -> Option<String> {
        self.view.level_of.get(&m).map(|l| self.value(*l))
    }

    /// A rate beside its level is named as the level is (GDP 612.5 ▲6.8%, not GDP growth).
    fn label(&self, m: MetricIx) -> std::borrow::Cow<'_, str> {
        let p = &self.props;
        let m = self.view.level_of.get(&m).copied().unwrap_or(m);
        if p.zoomed {
            figure::label(&p.data[m], p.lang)
        } else {
            figure::short_label(&p.data[m], p.lang)
        }
    }
}

impl RowPanel for GrowthPanel<'_> {
    type Columns = Columns;

    fn shape(&self) -> Shape<'_> {
        self.view.shape(self.props.zoomed)
    }

    fn columns(&self, rows: &[usize], columns: usize) -> Columns {
        // Levels and amounts are written whole at the right; the columns are the rates'.
        let figures = rows.iter().filter_map(|r| match self.view.rows.rows[*r] {
            GrowthRow::Bar(m) => Some(m),
            _ => None,
        });
        let (mut value, mut label, mut level) = (0, 0, 0);
        for m in figures {
            value = value.max(width(&self.value(m)));
            label = label.max(width(&self.label(m)));
            level = level.max(self.level(m).map_or(0, |l| width(&l) + 1));
        }
        let value = value.min(columns);
        // A level is kept only where the label keeps a few columns of its own beside it.
        let level = if level + value + 8 <= columns { level } else { 0 };
        let columns = columns - level;
        // The scale row writes its basis left of the zero line, over the label and value
        // columns: the labels make room for it, so `year on year` is not cut beside short labels.
        let caption = rows.iter().find_map(|r| match self.view.rows.rows[*r] {
            GrowthRow::Scale(basis) => Some(width(figure::basis_words(basis, self.props.lang))),
            _ => None,
        });
        if let Some(caption) = caption {
            label = label.max(caption.saturating_sub(value + 1));
        }
        let rest = columns.saturating_sub(value + 2);
        // Labels give way first, down to half the room, so the bars keep a readable length.
        let label = label.min(rest.saturating_sub(READABLE_BAR + 1).max(rest / 2));
        let bars = rest.saturating_sub(label + 1);
        let (lo, hi) = self.view.scale;
        let (below, above) = if bars < MIN_BAR || hi <= lo {
            (0, 0)
        } else {
            let below = ((bars as f64) * (-lo / (hi - lo))).round() as usize;
            (below, bars - 1 - below.min(bars - 1))
        };
        // The scale's high end is written over the rises' cells: with fewer cells than it has
        // characters it would be cut (9.…), so the bars go, and the scale with them.
        let high = width(&format!("{}%", format_value(hi)));
        let (below, above) = if above > 0 && above < high {
            (0, 0)
        } else {
            (below, above)
        };
        let label = if below + above == 0 {
            columns.saturating_sub(value + 1)
        } else {
            label
        };
        Columns {
            label,
            level,
            value,
            below,
            above,
        }
    }

    fn legend(&self) -> Option<(usize, String)> {
        let row = self.view.rows.rows.iter().position(|r| *r == GrowthRow::Legend)?;
        Some((row, legend_text(&self.view.hedges, self.props.lang)))
    }

    fn draw_row(&self, row: usize, c: &Columns, area: Rect, buf: &mut Buffer) {
        let p = &self.props;
        let at = |offset: usize| area.x.saturating_add(u16::try_from(offset).unwrap_or(u16::MAX));
        let zero = at(c.label + c.level + 1 + c.value + 1 + c.below);
        let (lo, hi) = self.view.scale;
        match self.view.rows.rows[row] {
            GrowthRow::Scale(basis) => {
                let words = figure::basis_words(basis, p.lang);
                if c.below + c.above == 0 {
                    // No bars, so no scale: a range over nothing drawn would be a caption that
                    // does not apply. The rows' own values say the rest.
                    heading_row(area, words, p.theme.title, buf);
                    return;
                }
                // The low end ends just left of the zero line, into the empty value column if
                // it needs to, so a negative end is never cut.
                let low = (c.below > 0).then(|| format!("{}%", format_value(lo)));
                let low_start = low.as_ref().map_or(zero, |text| {
                    let far_end = zero.saturating_sub(u16::try_from(c.below).unwrap_or(0));
                    let fitted = zero.saturating_sub(u16::try_from(width(text) + 1).unwrap_or(0));
                    far_end.min(fitted).max(area.x)
                });
                let room = usize::from(low_start.saturating_sub(area.x)).saturating_sub(1);
                cells::put(buf, area.x, area.y, room, words, p.theme.title);
                if let Some(text) = low {
                    let room = usize::from(zero - low_start).saturating_sub(1);
                    cells::put(buf, low_start, area.y, room, &text, p.theme.muted);
                }
                cells::put(buf, zero, area.y, 1, "0", p.theme.muted);
                let text = format!("{}%", format_value(hi));
                cells::put_right(buf, area.right(), area.y, c.above, &text, p.theme.muted);
            }
            GrowthRow::Basis(basis) => {
                heading_row(area, figure::basis_words(basis, p.lang), p.theme.title, buf);
            }
            GrowthRow::Figure(m) => figure_row(area, &self.label(m), &self.value(m), p.theme.text, buf),
            GrowthRow::Bar(m) => {
                cells::put(buf, area.x, area.y, c.label, &self.label(m), p.theme.text);
                if let Some(level) = self.level(m).filter(|_| c.level > 0) {
                    let end = at(c.label + c.level);
                    cells::put_right(buf, end, area.y, c.level - 1, &level, p.theme.muted);
                }
                let value = self.value(m);
                let end = at(c.label + c.level + 1 + c.value);
                cells::put_right(buf, end, area.y, c.value, &value, p.theme.text);
                if c.below + c.above == 0 {
                    return;
                }
                cells::fill(buf, zero, area.y, 1, "│", p.theme.muted);
                let v = p.data[m].value;
                if v > 0.0 {
                    bar(buf, zero + 1, area.y, v, hi, c.above, p.theme.bar);
                } else if v < 0.0 {
                    bar_left(buf, zero, area.y, -v, -lo, c.below, p.theme.bad);
                }
            }
            GrowthRow::Legend => {
                heading_row(area, &legend_text(&self.view.hedges, p.lang), p.theme.muted, buf);
            }
        }
    }
}
