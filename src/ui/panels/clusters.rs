//! Industry clusters: totals and a stacked bar per cluster of the projects it names, by stage;
//! then each cluster's figures, then its projects with their status, a cluster's name once.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::PanelProps;
use super::rows::{RowPanel, figure_row, heading_row, row_value, legend_text, render_rows};
use crate::lang::Lang;
use crate::model::{MetricIx, ProjectIx, stack_cells};
use crate::ui::cells;
use crate::ui::figure;
use crate::ui::text::width;
use crate::view::PanelView;
use crate::view::clusters::{ClustersRow, ClustersSection, ClustersView, STAGE_ORDER};
use crate::view::window::Shape;

/// The clusters panel.
pub struct ClustersPanel<'a> {
    pub props: PanelProps<'a>,
    pub view: &'a ClustersView,
}

impl Widget for ClustersPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        render_rows(&self, &self.props, area, buf);
    }
}

/// Glyphs of the stacked bar: a stage each in [`STAGE_ORDER`] (running, building, attracted,
/// recognised), then plan targets.
const SEGMENTS: [&str; STAGE_ORDER.len() + 1] = ["█", "▓", "▒", "▚", "░"];
/// Columns a project row indents under its cluster's name.
const INDENT: usize = 2;

/// Widths shared by the shown rows.
pub struct Columns {
    /// Status column of the shown project rows, from their content.
    status: usize,
}

impl ClustersPanel<'_> {
    fn status(&self, ix: ProjectIx) -> String {
        let p = &self.props;
        let project = &p.data[ix];
        let status = crate::view::context_words::statuses(project.status, &project.also, p.lang);
        if project.planned {
            format!("{status} ({})", figure::plan_label(p.data, p.lang))
        } else {
            status
        }
    }

    fn value(&self, m: MetricIx) -> String {
        let p = &self.props;
        row_value(p.data, &p.data[m], &self.view.hedges, p.lang, p.zoomed)
    }

    fn label(&self, m: MetricIx) -> std::borrow::Cow<'_, str> {
        let p = &self.props;
        if p.zoomed {
            figure::label(&p.data[m], p.lang)
        } else {
            figure::short_label(&p.data[m], p.lang)
        }
    }

    /// `█running ▓building ░2023 plan · n = names counted`: only what some bar holds; in
    /// short words when the long ones do not fit in `columns`, so no part is cut off.
    fn stages_text(&self, columns: usize) -> String {
        let p = &self.props;
        let v = self.view;
        let text = |short: bool| {
            let mut parts: Vec<String> = STAGE_ORDER
                .iter()
                .enumerate()
                .filter(|(_, s)| v.stages_present[s.index()])
                .map(|(n, s)| {
                    let name = if short { short_stage(*s, p.lang) } else { p.lang.pick(s.zh(), s.en()) };
                    format!("{}{name}", SEGMENTS[n])
                })
                .collect();
            if v.planned_present {
                let plan = if short {
                    p.lang.pick("计划", "plan").to_owned()
                } else {
                    figure::plan_label(p.data, p.lang)
                };
                parts.push(format!("{}{plan}", SEGMENTS[STAGE_ORDER.len()]));
            }
            let note = match short {
                false => p.lang.pick("数为名称计数", "n = names counted"),
                true => p.lang.pick("数为名称数", "n = names"),
            };
            format!("{} · {note}", parts.join(" "))
        };
        let long = text(false);
        if width(&long) <= columns { long } else { text(true) }
    }

    fn render_tally(&self, t: usize, area: Rect, buf: &mut Buffer) {
        let p = &self.props;
        let v = self.view;
        let tally = &v.tallies[t];
        let cluster = &p.data[tally.cluster];
        let columns = usize::from(area.width);
        let label_width = v.label_width[usize::from(p.lang == Lang::En)].min(columns / 2);
        let count_width = v.max.to_string().len();
        let bar_width = columns.saturating_sub(label_width + count_width + 2);
        let name = p.lang.pick(&cluster.label_zh, &cluster.label_en);
        cells::put(buf, area.x, area.y, label_width, name, p.theme.text);
        let counts: Vec<usize> = STAGE_ORDER
            .iter()
            .map(|s| tally.by_stage[s.index()])
            .chain([tally.planned])
            .collect();
        let per = stack_cells(&counts, v.max, u16::try_from(bar_width).unwrap_or(u16::MAX));
        let styles: [_; STAGE_ORDER.len() + 1] =
            [p.theme.bar, p.theme.bar_alt, p.theme.bar, p.theme.bar_alt, p.theme.muted];
        let mut x = area.x.saturating_add(u16::try_from(label_width + 1).unwrap_or(u16::MAX));
        for ((glyph, n), style) in SEGMENTS.iter().zip(&per).zip(styles) {
            cells::fill(buf, x, area.y, usize::from(*n), glyph, style);
            x = x.saturating_add(*n);
        }
        let total = tally.total().to_string();
        cells::put_right(buf, area.right(), area.y, count_width, &total, p.theme.text);
    }
}

impl RowPanel for ClustersPanel<'_> {
    type Columns = Columns;

    fn shape(&self) -> Shape<'_> {
        self.view.shape(self.props.zoomed)
    }

    fn columns(&self, rows: &[usize], columns: usize) -> Columns {
        let status = rows
            .iter()
            .filter_map(|r| match self.view.rows.rows[*r] {
                ClustersRow::Project(ix) => Some(width(&self.status(ix))),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        // The status is whole while it takes at most half the row (zoomed: the name keeps 12).
        let cap = if self.props.zoomed {
            columns.saturating_sub(INDENT + 12 + 3)
        } else {
            columns.saturating_sub(INDENT) / 2
        };
        Columns {
            status: status.min(cap),
        }
    }

    fn legend(&self) -> Option<(usize, String)> {
        let row = self.view.rows.rows.iter().position(|r| *r == ClustersRow::Legend)?;
        Some((row, legend_text(&self.view.hedges, self.props.lang)))
    }

    fn draw_row(&self, row: usize, c: &Columns, area: Rect, buf: &mut Buffer) {
        let p = &self.props;
        let indented = Rect {
            x: area.x.saturating_add(INDENT as u16).min(area.right()),
            width: area.width.saturating_sub(INDENT as u16),
            ..area
        };
        match self.view.rows.rows[row] {
            ClustersRow::Total(m) => figure_row(area, &self.label(m), &self.value(m), p.theme.text, buf),
            ClustersRow::Tally(t) => self.render_tally(t, area, buf),
            ClustersRow::Stages => {
                heading_row(area, &self.stages_text(usize::from(area.width)), p.theme.muted, buf)
            }
            ClustersRow::Section(section) => {
                let text = match section {
                    ClustersSection::Figures => p.lang.pick("各集群数字", "Figures by cluster"),
                    ClustersSection::Projects => p.lang.pick("点名的企业与项目", "Named companies and projects"),
                };
                heading_row(area, text, p.theme.title, buf);
            }
            ClustersRow::Cluster(ix) => {
                let cluster = &p.data[ix];
                heading_row(area, p.lang.pick(&cluster.label_zh, &cluster.label_en), p.theme.key, buf);
            }
            ClustersRow::Figure(m) => figure_row(indented, &self.label(m), &self.value(m), p.theme.text, buf),
            ClustersRow::Project(ix) => {
                let project = &p.data[ix];
                let name = &crate::view::context_words::project_name(project, p.lang);
                let status = self.status(ix);
                let columns = usize::from(indented.width);
                let column_room = columns.saturating_sub(c.status + if p.zoomed { 3 } else { 1 });
                if p.zoomed && width(name) <= column_room {
                    // A column of statuses, left-aligned, as wide as the widest shown.
                    let x = indented.right().saturating_sub(u16::try_from(c.status).unwrap_or(0));
                    cells::put(buf, x, area.y, c.status, &status, p.theme.muted);
                    cells::put(buf, indented.x, area.y, column_room, name, p.theme.text);
                    if c.status > 0 {
                        let bar_x = x.saturating_sub(2);
                        cells::put(buf, bar_x, area.y, 1, "│", p.theme.border);
                    }
                } else {
                    // A name too long for the column takes all the room its own status leaves,
                    // so it is cut only when the row is truly full.
                    let own = width(&status).min(c.status);
                    cells::put_right(buf, indented.right(), area.y, own, &status, p.theme.muted);
                    let room = columns.saturating_sub(own + usize::from(own > 0) * 2);
                    cells::put(buf, indented.x, area.y, room, name, p.theme.text);
                }
            }
            ClustersRow::Legend => heading_row(area, &legend_text(&self.view.hedges, p.lang), p.theme.muted, buf),
        }
    }
}

/// A stage in a word short enough for a narrow legend.
fn short_stage(stage: crate::model::Stage, lang: Lang) -> &'static str {
    use crate::model::Stage;
    match stage {
        Stage::Attracted => lang.pick("引进", "attr."),
        Stage::Building => lang.pick("在建", "bldg"),
        Stage::Running => lang.pick("运营", "run"),
        Stage::Recognised => lang.pick("认可", "recog."),
    }
}
