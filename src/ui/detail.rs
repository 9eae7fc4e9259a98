//! The selected figure traced to its source: a line above the footer, and the full popup (`s`).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Widget};

use super::cells;
use super::figure;
use super::text;
use super::theme::Theme;
use crate::app::App;
use crate::lang::Lang;
use crate::model::{Dataset, Item, format_value};
use crate::view::window::Window;

/// Draws the selected item's summary and source in one or two rows.
pub fn render_line(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some((doc, item)) = app.selected().and_then(|s| app.resolve(s)) else {
        return;
    };
    let (title, source) = (
        figure::title(&doc.data, item, app.lang),
        figure::source(&doc.data, item, app.lang),
    );
    let columns = usize::from(area.width);
    if area.height >= 2 {
        cells::put(
            buf,
            area.x,
            area.y,
            columns,
            &format!("▸ {title}"),
            theme.text,
        );
        cells::put(
            buf,
            area.x,
            area.y + 1,
            columns,
            &format!("  {source}"),
            theme.quote,
        );
    } else {
        let line = Line::from(vec![
            Span::raw(format!("▸ {title}  ")),
            Span::styled(source, theme.quote),
        ]);
        cells::put_line(buf, area.x, area.y, columns, &line);
    }
}

/// Where the source popup stands and what it holds, computed from the state alone so that
/// `update` can clamp its scroll to the same lines drawing shows.
pub struct SourcePopup {
    pub area: Rect,
    pub lines: Vec<Line<'static>>,
}

impl SourcePopup {
    /// The popup of the selected item on a screen of `screen`; `None` when there is no room
    /// or nothing is selected.
    pub fn of(app: &App, theme: &Theme, screen: Rect) -> Option<SourcePopup> {
        let (doc, item) = app.selected().and_then(|s| app.resolve(s))?;
        let body = crate::layout::screen(screen).body;
        let width = body.width.saturating_sub(4).min(100);
        if width < 10 {
            return None;
        }
        let lines = popup_lines(
            &fields(&doc.data, item, app.lang),
            usize::from(width - 2),
            theme,
        );
        let wanted = u16::try_from(lines.len())
            .unwrap_or(u16::MAX)
            .saturating_add(2);
        let (y, height) = popup_rows(body, selected_row_y(app), wanted);
        (height >= 3).then(|| SourcePopup {
            area: Rect::new(body.x + (body.width - width) / 2, y, width, height),
            lines,
        })
    }

    /// Lines shown at once.
    pub fn shown(&self) -> usize {
        usize::from(self.area.height.saturating_sub(2))
    }

    /// The largest scroll that still fills the popup.
    pub fn max_scroll(&self) -> u16 {
        u16::try_from(self.lines.len().saturating_sub(self.shown())).unwrap_or(u16::MAX)
    }
}

/// The largest scroll of the source popup of `app` now (0 when it has no room).
pub fn source_max_scroll(app: &App) -> u16 {
    let screen = Rect::new(0, 0, app.size.0, app.size.1);
    SourcePopup::of(app, &Theme::monochrome(), screen).map_or(0, |p| p.max_scroll())
}

/// Draws every field of the selected item, wrapped at words, above or below the selected row
/// so that row stays in sight when there is room; scrolled by `scroll` (kept in range by
/// `update`) when taller than the room.
pub fn render_popup(app: &App, theme: &Theme, scroll: u16, buf: &mut Buffer) {
    let Some(popup) = SourcePopup::of(app, theme, buf.area) else {
        return;
    };
    let area = popup.area.intersection(buf.area);
    super::clear_for_overlay(area, buf);
    let text = &popup.lines;
    let shown = popup.shown();
    let scroll = usize::from(scroll.min(popup.max_scroll()));
    let more = text.len() > shown;
    let title = match (more, app.lang) {
        (false, lang) => lang
            .pick(" 出处 · Esc 关闭 ", " Source · Esc closes ")
            .to_owned(),
        // Which lines are in view, of how many: `3–9 of 13`, not a position.
        (true, Lang::Zh) => format!(
            " 出处 · ↓↑滚动 第{}–{}行,共{} · Esc 关闭 ",
            scroll + 1,
            scroll + shown,
            text.len()
        ),
        (true, Lang::En) => format!(
            " Source · ↓↑ scroll · lines {}–{} of {} · Esc closes ",
            scroll + 1,
            scroll + shown,
            text.len()
        ),
    };
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(theme.focused_border)
        .title(title);
    let inner = block.inner(area);
    block.render(area, buf);
    for (line, y) in text.iter().skip(scroll).zip(inner.top()..inner.bottom()) {
        cells::put_line(buf, inner.x, y, usize::from(inner.width), line);
    }
}

/// `name: value`, the value wrapped at spaces (between glyphs in Chinese) and its continuation
/// lines indented under its start.
fn popup_lines(fields: &[(&str, String)], columns: usize, theme: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (name, value) in fields {
        let head = format!("{name}: ");
        let indent = text::width(&head).min(columns / 3);
        let mut rows = text::wrap_words(value, columns.saturating_sub(indent).max(1)).into_iter();
        let first = rows.next().unwrap_or_default();
        out.push(Line::from(vec![
            Span::styled(text::fit(&head, indent.max(1)).into_owned(), theme.muted),
            Span::raw(first),
        ]));
        out.extend(rows.map(|row| Line::raw(format!("{}{row}", " ".repeat(indent)))));
    }
    out
}

/// The popup's first row and height in `body`: below the selected row if it fits there, else
/// above it, else in the larger of the two; over the middle when no row is selected or neither
/// side has three rows.
pub(crate) fn popup_rows(body: Rect, selected: Option<u16>, wanted: u16) -> (u16, u16) {
    let centred = || {
        let height = wanted.min(body.height);
        (body.y + (body.height - height) / 2, height)
    };
    let Some(row) = selected.filter(|y| (body.top()..body.bottom()).contains(y)) else {
        return centred();
    };
    let above = row - body.y;
    let below = body.bottom() - row - 1;
    if wanted <= below {
        (row + 1, wanted)
    } else if wanted <= above {
        (row - wanted, wanted)
    } else if below.max(above) >= 3 {
        if below >= above {
            (row + 1, below)
        } else {
            (body.y, above)
        }
    } else {
        centred()
    }
}

/// The screen row of the selected item's row, as its panel draws it now.
pub(crate) fn selected_row_y(app: &App) -> Option<u16> {
    let doc = app.doc();
    let panel = doc.focus;
    let rect = crate::layout::panel_rect(app.size, panel, doc.zoomed, app.column_top, panel)?;
    let inner = rect.inner(ratatui::layout::Margin {
        vertical: 1,
        horizontal: 1,
    });
    let shape = doc.view.shape(panel, doc.zoomed);
    let selected = doc.selected[panel];
    let row = shape.row_of(selected)?;
    let window = Window::new(&shape, usize::from(inner.height), selected);
    let offset = window.rows().position(|r| r == row)?;
    Some(inner.y + u16::try_from(offset).ok()?)
}

/// `(field, value)` pairs describing `item` completely.
fn fields(d: &Dataset, item: Item, lang: Lang) -> Vec<(&'static str, String)> {
    let t = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    match item {
        Item::Metric(i) => {
            let m = &d[i];
            vec![
                (
                    t("名称", "label"),
                    format!(
                        "{} / {}",
                        m.label_zh,
                        Lang::En.label(&m.label_zh, &m.label_en)
                    ),
                ),
                (t("数值", "value"), value_line(d, m, lang)),
                (
                    t("时期", "period"),
                    lang.pick(&m.period.zh, &m.period.en).to_owned(),
                ),
                (
                    t("口径", "basis"),
                    figure::basis_words(m.basis, lang).to_owned(),
                ),
                (
                    t("限定", "qualifiers"),
                    or_none(figure::qualifier_words(m, lang), lang),
                ),
                (
                    t("方向", "direction"),
                    lang.pick(m.direction.zh(), m.direction.en()).to_owned(),
                ),
                (t("编号", "id"), m.id.clone()),
                (
                    t("章节", "section"),
                    figure::section_title(d, &m.source.section, lang).to_owned(),
                ),
                (t("原文", "quote"), format!("「{}」", m.source.quote)),
            ]
            .into_iter()
            .chain(
                m.source
                    .context
                    .as_ref()
                    .map(|c| (t("句首", "sentence opens"), format!("「{c}」"))),
            )
            .collect()
        }
        Item::Project(p) => {
            let project = &d[p];
            let cluster = &d[p.cluster];
            vec![
                (
                    t("名称", "name"),
                    format!(
                        "{} / {}",
                        project.name_zh,
                        Lang::En.label(&project.name_zh, &project.name_en)
                    ),
                ),
                (
                    t("状态", "status"),
                    lang.pick(project.status.zh(), project.status.en())
                        .to_owned(),
                ),
                (
                    t("计划", "planned"),
                    if project.planned {
                        format!("{} {}", t("是,", "yes:"), figure::plan_label(d, lang))
                    } else {
                        format!("{} {}", t("否,", "no:"), figure::review_label(d, lang))
                    },
                ),
                (
                    t("产业", "cluster"),
                    lang.pick(&cluster.label_zh, &cluster.label_en).to_owned(),
                ),
                (t("编号", "id"), project.id.clone()),
                (
                    t("章节", "section"),
                    figure::section_title(d, &project.source.section, lang).to_owned(),
                ),
                (t("原文", "quote"), format!("「{}」", project.source.quote)),
            ]
        }
        Item::Reference(r) => {
            let reference = &d[r];
            vec![
                (
                    t("名称", "label"),
                    format!("{} / {}", reference.label_zh, reference.label_en),
                ),
                (t("数值", "value"), figure::reference_value_text(d, r, lang)),
                (
                    t("对照", "compared with"),
                    compared_label(d, &reference.compares_to, lang),
                ),
                (
                    t("来源", "source"),
                    t("报告之外的参考值", "a reference from outside the report").to_owned(),
                ),
                (t("出处", "citation"), reference.citation.clone()),
            ]
        }
        Item::Section(s) => {
            let section = &d[s];
            vec![
                (t("标题", "title"), section.title_zh.clone()),
                (t("英文", "English"), section.title_en.clone()),
                (
                    t("所属", "part"),
                    section.parent.as_deref().map_or(String::new(), |p| {
                        figure::section_title(d, p, lang).to_owned()
                    }),
                ),
            ]
        }
    }
}

/// The value as shown, and for a fall its signed value too (`▼8.6% (-8.6)`).
fn value_line(d: &Dataset, m: &crate::model::Metric, lang: Lang) -> String {
    let shown = figure::value_text(d, m, lang);
    if figure::change_glyph(m).is_some() && m.value < 0.0 {
        format!("{shown} ({})", format_value(m.value))
    } else {
        shown
    }
}

/// The label of the figure with `id`, or the id.
fn compared_label(d: &Dataset, id: &str, lang: Lang) -> String {
    d.metrics
        .iter()
        .find(|m| m.id == id)
        .map_or(id.to_owned(), |m| figure::label(m, lang).into_owned())
}

fn or_none(text: String, lang: Lang) -> String {
    if text.is_empty() {
        lang.pick("无", "none").to_owned()
    } else {
        text
    }
}
