//! The help overlay: every key from the keymap table, grouped by when it applies, and the mouse.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget};

use crate::app::keymap::{BINDINGS, HELP_GROUPS, display_key};
use crate::app::{Action, App};
use crate::lang::Lang;
use crate::ui::figure;

/// The help's lines in `lang`.
fn lines(app: &App) -> Vec<Line<'static>> {
    let lang = app.lang;
    let mut out = Vec::new();
    for (when, zh, en) in HELP_GROUPS {
        out.push(Line::styled(lang.pick(zh, en).to_owned(), app.theme.title));
        for binding in BINDINGS.iter().filter(|b| b.when == when) {
            let keys: Vec<String> = binding.keys.iter().map(|k| display_key(k)).collect();
            let text = match binding.action {
                Action::JumpTo(panel) => {
                    let title =
                        crate::sanitize::replace(figure::panel_title(&app.data, panel, lang))
                            .into_owned();
                    format!("{} · {title}", binding.help(lang))
                }
                _ => binding.help(lang).to_owned(),
            };
            out.push(Line::from(vec![
                Span::styled(format!("  {:<12}", keys.join(" ")), app.theme.key),
                Span::raw(text),
            ]));
        }
    }
    out.push(Line::styled(
        lang.pick("鼠标", "Mouse").to_owned(),
        app.theme.title,
    ));
    out.push(Line::raw(
        lang.pick(
            "  单击选中面板 · 双击放大或还原 · 滚轮选择",
            "  click focuses a panel · double-click zooms · wheel selects",
        )
        .to_owned(),
    ));
    out.push(Line::styled(mouse_note(lang).to_owned(), app.theme.muted));
    out
}

fn mouse_note(lang: Lang) -> &'static str {
    lang.pick(
        "  每个数字都有出处:选中后看底部,或按 s",
        "  every figure has a source: select it and read the bottom line, or press s",
    )
}

/// Draws the overlay, scrolled by `app.help_scroll`.
pub fn render(app: &App, screen: Rect, buf: &mut Buffer) {
    let area = crate::layout::help_area((screen.width, screen.height)).intersection(screen);
    if area.width < 10 || area.height < 3 {
        return;
    }
    super::clear_for_overlay(area, buf);
    let title = app.lang.pick(
        " 帮助 · ?或Esc关闭 · ↑↓滚动 ",
        " Help · ? or Esc closes · ↑↓ scroll ",
    );
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(app.theme.focused_border)
        .title(title);
    Paragraph::new(lines(app))
        .scroll((app.help_scroll, 0))
        .block(block)
        .render(area, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_count_update_scrolls_by_is_the_help_drawn() {
        let app = App::new(
            crate::model::load_bundled().unwrap(),
            Lang::En,
            crate::ui::theme::Theme::colour(),
            (80, 24),
        );
        assert_eq!(lines(&app).len(), crate::app::keymap::help_line_count());
    }
}
