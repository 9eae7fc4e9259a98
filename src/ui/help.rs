//! The help overlay: every key from the keymap table, grouped by when it applies, and the mouse.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget};

use super::theme::Theme;
use crate::app::App;
use crate::app::help::{HelpLine, help_lines};
use crate::app::keymap::display_key;

/// The help's lines, styled, with panel numbers named after their titles.
fn lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let lang = app.lang;
    let doc = app.doc();
    help_lines(lang, doc.view.shown())
        .into_iter()
        .map(|line| match line {
            HelpLine::Heading(text) => Line::styled(text, theme.title),
            HelpLine::Text(text) => Line::raw(text),
            HelpLine::Note(text) => Line::styled(text, theme.muted),
            HelpLine::Binding(binding) => {
                let mut keys: Vec<String> = app
                    .keys
                    .keys_of(binding)
                    .iter()
                    .map(|k| display_key(k))
                    .collect();
                // The digits past the last panel go nowhere: the help offers only the panels'.
                if matches!(binding.action, crate::app::Action::JumpTo(_)) {
                    keys.truncate(doc.view.shown().len());
                }
                let keys = match keys.as_slice() {
                    [first, .., last] if keys.len() > 3 => format!("{first}…{last}"),
                    _ => keys.join(" "),
                };
                Line::from(vec![
                    Span::styled(format!("  {keys:<12}"), theme.key),
                    Span::raw(binding.help(lang)),
                ])
            }
            HelpLine::Panel(panel) => {
                let title = crate::sanitize::replace(panel.title(&doc.data, lang)).into_owned();
                Line::from(vec![
                    Span::styled(format!("    {:<10}", doc.view.number(panel)), theme.key),
                    Span::raw(title),
                ])
            }
        })
        .collect()
}

/// Draws the overlay, scrolled by `scroll` lines.
// Out of line: not run at start, so kept out of the code every start runs (build.rs).
#[inline(never)]
pub fn render(app: &App, theme: &Theme, scroll: u16, screen: Rect, buf: &mut Buffer) {
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
        .border_style(theme.focused_border)
        .title(title);
    Paragraph::new(lines(app, theme))
        .scroll((scroll, 0))
        .block(block)
        .render(area, buf);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn the_line_count_update_scrolls_by_is_the_help_drawn() {
        let app = App::new(crate::model::load_bundled().unwrap(), Lang::En, (80, 24));
        let drawn = lines(&app, &Theme::colour()).len();
        assert_eq!(drawn, help_lines(Lang::En, app.doc().view.shown()).len());
        assert_eq!(
            crate::app::help::help_max_scroll((80, 24), Lang::En, app.doc().view.shown()),
            u16::try_from(drawn).unwrap() - (crate::layout::help_area((80, 24)).height - 2)
        );
    }
}
