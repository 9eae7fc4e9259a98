//! The help overlay: every key from the keymap table, grouped by when it applies, and the mouse.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget};

use crate::app::App;
use crate::app::keymap::{BINDINGS, When, display_key};
use crate::lang::Lang;

/// The help's lines in `lang`.
fn lines(app: &App) -> Vec<Line<'static>> {
    let lang = app.lang;
    let groups = [
        (When::Grid, "面板网格中", "In the grid"),
        (When::Zoomed, "放大的面板中", "In a zoomed panel"),
        (
            When::Panels,
            "网格或放大面板中",
            "In the grid or a zoomed panel",
        ),
        (When::Help, "帮助中", "In this help"),
        (When::Always, "随时", "Anywhere"),
    ];
    let mut out = Vec::new();
    for (when, zh, en) in groups {
        out.push(Line::styled(lang.pick(zh, en).to_owned(), app.theme.title));
        for binding in BINDINGS.iter().filter(|b| b.when == when) {
            let keys: Vec<String> = binding.keys.iter().map(|k| display_key(k)).collect();
            out.push(Line::from(vec![
                Span::styled(format!("  {:<12}", keys.join(" ")), app.theme.key),
                Span::raw(binding.help(lang).to_owned()),
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

/// Where the overlay goes on a terminal of `size`.
fn area_for(size: (u16, u16)) -> Rect {
    let width = size.0.saturating_sub(4).min(84);
    let height = size.1.saturating_sub(2);
    Rect::new(size.0.saturating_sub(width) / 2, 1, width, height)
}

/// The largest useful scroll for the help on `app`'s terminal.
pub fn max_scroll(app: &App) -> u16 {
    let visible = area_for(app.size).height.saturating_sub(2);
    u16::try_from(lines(app).len())
        .unwrap_or(u16::MAX)
        .saturating_sub(visible)
}

/// Draws the overlay, scrolled by `app.help_scroll`.
pub fn render(app: &App, screen: Rect, buf: &mut Buffer) {
    let area = area_for((screen.width, screen.height)).intersection(screen);
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
