//! The selected figure traced to its source: a line above the footer, and the full popup (`s`).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Widget};

use super::cells;
use super::figure;
use super::text::wrap_line;
use super::theme::Theme;
use crate::app::App;
use crate::lang::Lang;
use crate::model::{Dataset, Item, format_value};

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

/// Draws every field of the selected item, its quote wrapped in full, over the middle of `body`.
pub fn render_popup(app: &App, theme: &Theme, body: Rect, buf: &mut Buffer) {
    let Some((doc, item)) = app.selected().and_then(|s| app.resolve(s)) else {
        return;
    };
    let width = body.width.saturating_sub(4).min(100);
    if width < 10 {
        return;
    }
    let text: Vec<Line> = fields(&doc.data, item, app.lang)
        .into_iter()
        .flat_map(|(name, value)| {
            let line = Line::from(vec![
                Span::styled(format!("{name}: "), theme.muted),
                Span::raw(value),
            ]);
            wrap_line(&line, usize::from(width - 2))
        })
        .collect();
    let height = u16::try_from(text.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2)
        .min(body.height);
    if height < 3 {
        return;
    }
    let area = Rect::new(
        body.x + (body.width - width) / 2,
        body.y + (body.height - height) / 2,
        width,
        height,
    );
    super::clear_for_overlay(area, buf);
    let title = app.lang.pick(" 出处 · Esc 关闭 ", " Source · Esc closes ");
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
