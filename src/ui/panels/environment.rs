//! Environment: figures against reference thresholds on one axis, change glyphs that read by direction.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::PanelProps;
use super::rows::{RowPanel, render_rows};
use crate::ui::cells;
use crate::ui::text::width;
use crate::view::PanelView;
use crate::view::window::Shape;
use crate::model::{
    Basis, Direction, Metric, ReferenceIx, UnitKind, bar_eighths, format_value, nice_ceiling,
    scale_position,
};
use crate::ui::figure;
use crate::ui::text::{fit, pad};
use crate::view::environment::{EnvRow, EnvironmentView};

/// The environment panel.
pub struct EnvironmentPanel<'a> {
    pub props: PanelProps<'a>,
    pub view: &'a EnvironmentView,
}

/// Letters that mark reference thresholds on an axis.
const MARKERS: [char; 6] = ['A', 'B', 'C', 'D', 'E', 'F'];

impl Widget for EnvironmentPanel<'_> {
    /// Draws each figure; one with thresholds gets an axis with the figure (●) and each threshold
    /// (A, B…) placed on it, and a line saying which side of each it lies.
    fn render(self, area: Rect, buf: &mut Buffer) {
        render_rows(&self, &self.props, area, buf);
    }
}

impl RowPanel for EnvironmentPanel<'_> {
    /// The width of the label column.
    type Columns = usize;

    fn shape(&self) -> Shape<'_> {
        self.view.shape(self.props.zoomed)
    }

    fn columns(&self, _rows: &[usize], columns: usize) -> usize {
        if self.props.zoomed {
            (columns / 2).clamp(4, 44)
        } else {
            (columns * 2 / 5).clamp(4, 24)
        }
    }

    fn draw_row(&self, row: usize, label_width: &usize, area: Rect, buf: &mut Buffer) {
        let p = &self.props;
        let d = p.data;
        let columns = usize::from(area.width);
        let line = match self.view.rows(p.zoomed).rows[row] {
            EnvRow::Metric(m) => figure_line(p, &d[m], *label_width),
            EnvRow::Axis(e) => {
                let (m, refs) = &self.view.entries[e];
                axis_line(p, &d[*m], refs, columns)
            }
            EnvRow::Legend(e) => legend_line(p, &self.view.entries[e].1, columns),
            EnvRow::Reference {
                metric,
                reference,
                n,
            } => reference_line(p, &d[metric], reference, n, columns),
        };
        cells::put_line(buf, area.x, area.y, columns, &line);
    }
}

/// `label  value  ▼ better` with a 10-cell gauge for shares.
fn figure_line(p: &PanelProps<'_>, m: &Metric, label_width: usize) -> Line<'static> {
    let mut spans = vec![
        Span::raw(pad(
            &if p.zoomed {
                figure::label(m, p.lang)
            } else {
                figure::short_label(m, p.lang)
            },
            label_width,
        )),
        Span::raw(" "),
        Span::styled(figure::value_text(p.data, m, p.lang), p.theme.text),
    ];
    if let Some((_, Some(better))) = figure::change_glyph(m) {
        let style = if better { p.theme.good } else { p.theme.bad };
        spans.push(Span::styled(
            format!(" {}", figure::verdict(better, p.lang)),
            style,
        ));
    }
    let is_share = m.basis == Basis::Share
        && p.data
            .unit(&m.unit)
            .is_some_and(|u| u.kind == UnitKind::Percent);
    if is_share {
        let full = bar_eighths(m.value, 100.0, 10) as usize / 8;
        spans.push(Span::raw(" ▕"));
        spans.push(Span::styled("█".repeat(full), p.theme.bar));
        spans.push(Span::styled("░".repeat(10 - full.min(10)), p.theme.muted));
        spans.push(Span::raw("▏"));
    }
    Line::from(spans)
}

/// `0 ├──B─────────────●──A──┤ 40`: the figure and its thresholds on one scale.
fn axis_line(p: &PanelProps<'_>, m: &Metric, refs: &[ReferenceIx], columns: usize) -> Line<'static> {
    let values = refs
        .iter()
        .map(|r| p.data[*r].value)
        .chain(std::iter::once(m.value));
    let max = nice_ceiling(values.fold(0.0, f64::max) * 1.1);
    let end = format!(" {}", format_value(max));
    let axis_width = columns.saturating_sub(4 + end.len());
    if axis_width < 3 {
        return Line::default();
    }
    let width = u16::try_from(axis_width).unwrap_or(u16::MAX);
    let mut cells = vec!['─'; axis_width];
    for (n, r) in refs.iter().enumerate() {
        let at = usize::from(scale_position(p.data[*r].value, max, width));
        cells[at] = MARKERS[n % MARKERS.len()];
    }
    cells[usize::from(scale_position(m.value, max, width))] = '●';
    let axis: String = cells.into_iter().collect();
    Line::from(vec![
        Span::styled("0 ├", p.theme.muted),
        Span::styled(axis, p.theme.reference),
        Span::styled(format!("┤{end}"), p.theme.muted),
    ])
}

/// `A 35 国家二级… · B 5 世卫…` under the axis of a grid panel: every marker and value whole,
/// the labels sharing what room is left, so no threshold is pushed off the line.
fn legend_line(p: &PanelProps<'_>, refs: &[ReferenceIx], columns: usize) -> Line<'static> {
    let parts: Vec<(String, &str)> = refs
        .iter()
        .enumerate()
        .map(|(n, r)| {
            let reference = &p.data[*r];
            let head = format!("{} {} ", MARKERS[n % MARKERS.len()], format_value(reference.value));
            (head, p.lang.pick(&reference.label_zh, &reference.label_en))
        })
        .collect();
    let fixed: usize = parts.iter().map(|(head, _)| width(head)).sum::<usize>()
        + 3 * parts.len().saturating_sub(1);
    let wanted: Vec<usize> = parts.iter().map(|(_, label)| width(label)).collect();
    let shares = fair_shares(&wanted, columns.saturating_sub(fixed));
    let text: Vec<String> = parts
        .iter()
        .zip(shares)
        .map(|((head, label), share)| format!("{head}{}", fit(label, share)))
        .collect();
    Line::styled(fit(&text.join(" · "), columns).into_owned(), p.theme.muted)
}

/// Splits `room` among `wanted` widths: the short ones whole, the rest an equal share each.
fn fair_shares(wanted: &[usize], room: usize) -> Vec<usize> {
    let mut shares = vec![0; wanted.len()];
    let mut open: Vec<usize> = (0..wanted.len()).collect();
    let mut room = room;
    while !open.is_empty() {
        let each = room / open.len();
        let (fits, rest): (Vec<usize>, Vec<usize>) = open.iter().partition(|i| wanted[**i] <= each);
        if fits.is_empty() {
            for i in &rest {
                shares[*i] = each;
            }
            break;
        }
        for i in fits {
            shares[i] = wanted[i];
            room -= wanted[i];
        }
        open = rest;
    }
    shares
}

/// `A  35 µg/m³  label — below` in a zoomed panel: which side of the threshold the figure is.
fn reference_line(
    p: &PanelProps<'_>,
    m: &Metric,
    r: ReferenceIx,
    n: usize,
    columns: usize,
) -> Line<'static> {
    let reference = &p.data[r];
    let side = if m.value < reference.value {
        p.lang.pick("本区低于此值", "the zone is below")
    } else if m.value > reference.value {
        p.lang.pick("本区高于此值", "the zone is above")
    } else {
        p.lang.pick("本区等于此值", "the zone is at it")
    };
    let good = match m.direction {
        Direction::LowerIsBetter => Some(m.value <= reference.value),
        Direction::HigherIsBetter => Some(m.value >= reference.value),
        Direction::Neutral => None,
    };
    let style = match good {
        Some(true) => p.theme.good,
        Some(false) => p.theme.bad,
        None => p.theme.text,
    };
    let head = format!(
        "  {} {}  {}  ",
        MARKERS[n % MARKERS.len()],
        figure::reference_value_text(p.data, r, p.lang),
        p.lang.pick(&reference.label_zh, &reference.label_en)
    );
    let head = fit(&head, columns).into_owned();
    Line::from(vec![Span::raw(head), Span::styled(side, style)])
}
