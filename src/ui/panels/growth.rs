//! Growth: the year's headline growth rates as a labelled bar chart, hedges as footnote marks.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Bar, BarChart, BarGroup, Widget};

use super::{PanelProps, item_line, render_item_list};
use crate::model::{Item, Qualifier, format_value};
use crate::ui::figure;
use crate::ui::text::fit;
use crate::view::PanelView;
use crate::view::growth::GrowthView;

/// The growth panel.
pub struct GrowthPanel<'a> {
    pub props: PanelProps<'a>,
    pub view: &'a GrowthView,
}

/// Bar heights are hundredths of a percent, as the chart takes whole numbers.
const SCALE: f64 = 100.0;
const GAP: u16 = 1;
/// The narrowest bar drawn; more bars than fit at this width scroll.
const MIN_BAR: u16 = 3;

impl Widget for GrowthPanel<'_> {
    /// Draws the bar chart and its legend; zoomed, also every figure with basis and hedges.
    fn render(self, area: Rect, buf: &mut Buffer) {
        let p = &self.props;
        let Some(inner) = p.frame(area, buf) else {
            return;
        };
        let list_rows = if p.zoomed {
            (inner.height / 2).min(
                u16::try_from(self.view.items().len())
                    .unwrap_or(u16::MAX)
                    .saturating_add(1),
            )
        } else {
            0
        };
        let [chart, legend, list] = inner.layout(&Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(u16::from(inner.height >= 4)),
            Constraint::Length(list_rows),
        ]));
        self.render_chart(chart, &self.view.marked, buf);
        let legend_text = fit(&self.legend(), usize::from(legend.width)).into_owned();
        Line::styled(legend_text, p.theme.muted).render(legend, buf);
        if !list.is_empty() {
            let below = Rect {
                y: list.y + 1,
                height: list.height.saturating_sub(1),
                ..list
            };
            let items = self.view.items();
            render_item_list(p, items, 0, |item| item_line(p, item), below, buf);
        }
    }
}

impl GrowthPanel<'_> {
    /// The bars, centred: ASCII values (the chart centres them by bytes) and labels pre-fitted to
    /// the bar width so a Chinese label is never cut through a glyph.
    fn render_chart(&self, area: Rect, marked: &[Qualifier], buf: &mut Buffer) {
        let p = &self.props;
        let all = &self.view.bars;
        if all.is_empty() || area.is_empty() {
            return;
        }
        // As many bars as fit at a readable width, scrolled to the selection.
        let fit_count = usize::from((area.width + GAP) / (MIN_BAR + GAP)).max(1);
        let start = super::window_start(p.selected.min(all.len() - 1), all.len(), fit_count);
        let shown = &all[start..(start + fit_count).min(all.len())];
        let count = u16::try_from(shown.len()).unwrap_or(u16::MAX);
        let bar_width = ((area.width + GAP) / count)
            .saturating_sub(GAP)
            .clamp(1, 12);
        let used = (bar_width + GAP)
            .saturating_mul(count)
            .saturating_sub(GAP)
            .min(area.width);
        let area = Rect {
            x: area.x + (area.width - used) / 2,
            width: used,
            ..area
        };
        let bars: Vec<Bar> = shown
            .iter()
            .map(|m| {
                let metric = &p.data[*m];
                // Marks go with the value (ASCII, so the chart centres it right), leaving the
                // label the whole width; the chart prints a value only if it is narrower than the
                // bar (or the bar is a cell high), so when they do not fit they join the label.
                let marks = figure::marks(metric, marked);
                let number = format!("{}%", format_value(metric.value));
                let (value_text, label_marks) =
                    if number.len() + marks.len() < usize::from(bar_width) {
                        (format!("{number}{marks}"), String::new())
                    } else {
                        (number, marks)
                    };
                let room = usize::from(bar_width).saturating_sub(label_marks.len());
                let label = format!(
                    "{}{label_marks}",
                    fit(figure::short_label(metric, p.lang), room)
                );
                let style = if p.is_selected(self.view.items(), Item::Metric(*m)) {
                    p.theme.selected
                } else {
                    p.theme.text
                };
                Bar::default()
                    .value((metric.value.max(0.0) * SCALE).round() as u64)
                    .text_value(value_text)
                    .label(Line::styled(label, style))
            })
            .collect();
        BarChart::default()
            .data(BarGroup::default().bars(&bars))
            .bar_width(bar_width)
            .bar_gap(GAP)
            .max((self.view.max.max(0.0) * SCALE).round().max(1.0) as u64)
            .bar_style(p.theme.bar)
            .value_style(p.theme.bar.reversed())
            .render(area, buf);
    }

    /// The basis, the hedges all bars share (worked out at load), and what each mark means.
    fn legend(&self) -> String {
        let p = &self.props;
        let name = |q: &Qualifier| q.label(p.lang);
        let mut parts = vec![p.lang.pick("增速%", "growth %").to_owned()];
        for q in &self.view.common {
            parts.push(format!("{}{}", p.lang.pick("均为", "all "), name(q)));
        }
        for (n, q) in self.view.marked.iter().enumerate() {
            parts.push(format!("{} {}", figure::mark(n), name(q)));
        }
        parts.join(" · ")
    }
}
