//! Drawing the dashboard from `&App`: layout, panels, header, footer, detail, help, headless text.

pub mod cells;
pub mod chrome;
pub mod detail;
pub mod figure;
pub mod headless;
pub mod help;

pub mod panels;
pub mod text;
pub mod theme;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::app::App;
use crate::lang::Lang;
use crate::layout::{self, Grid, screen, too_small};
use crate::model::Panel;
use panels::{PanelProps, render_panel};

impl Widget for &App {
    /// Draws one frame. Reads the state only; nothing from one frame is kept for the next.
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.is_empty() {
            return;
        }
        if too_small(area) {
            render_too_small(self.lang, area, buf);
            return;
        }
        let regions = screen(area);
        chrome::render_header(self, regions.header, buf);
        if self.zoomed {
            render_panel(self.panel_props(self.focus, None), regions.body, buf);
        } else {
            let grid = Grid::for_size(area.width, area.height);
            // The column's scroll is kept for the app's own size; at another size it is shown again.
            let first =
                layout::column_first((area.width, area.height), self.focus, self.column_top);
            let placed = layout::panels(grid, regions.body, first);
            let position = |panel: Panel| {
                let index = panel.index();
                (grid == Grid::Column).then_some((index + 1, Panel::ALL.len()))
            };
            for (panel, rect) in placed {
                render_panel(self.panel_props(panel, position(panel)), rect, buf);
            }
        }
        detail::render_line(self, regions.detail, buf);
        chrome::render_footer(self, regions.footer, buf);
        if self.detail {
            detail::render_popup(self, regions.body, buf);
        }
        if self.help {
            help::render(self, area, buf);
        }
    }
}

impl App {
    /// What panel `panel` borrows to draw itself.
    fn panel_props(&self, panel: Panel, position: Option<(usize, usize)>) -> PanelProps<'_> {
        PanelProps {
            data: &self.data,
            views: &self.views,
            lang: self.lang,
            theme: &self.theme,
            panel,
            focused: panel == self.focus,
            zoomed: self.zoomed,
            selected: self.selection(panel),
            position,
        }
    }
}

/// Clears `area` for an overlay. A wide glyph just left of it would hang into its first
/// column and eat the border, so it is blanked too.
pub fn clear_for_overlay(area: Rect, buf: &mut Buffer) {
    ratatui::widgets::Clear.render(area, buf);
    if area.x > buf.area.x {
        for y in area.top()..area.bottom() {
            let cell = &mut buf[(area.x - 1, y)];
            if text::width(cell.symbol()) > 1 {
                cell.set_symbol(" ");
            }
        }
    }
}

/// "enlarge the terminal (now W×H, need 40×12)", in the app's language, wrapped at words.
fn render_too_small(lang: Lang, area: Rect, buf: &mut Buffer) {
    let (w, h) = (area.width, area.height);
    let (min_w, min_h) = (layout::MIN_WIDTH, layout::MIN_HEIGHT);
    let message = match lang {
        Lang::Zh => format!("请放大终端 (现在 {w}×{h},需要 {min_w}×{min_h})"),
        Lang::En => format!("enlarge the terminal (now {w}×{h}, need {min_w}×{min_h})"),
    };
    // Wrapped by hand: ratatui 0.30's Paragraph wrap indexes past a 2-column buffer when a wide
    // glyph lands on its edge.
    let lines = text::wrap_words(&message, usize::from(area.width));
    for (line, y) in lines.iter().zip(area.top()..area.bottom()) {
        buf.set_stringn(
            area.x,
            y,
            line,
            usize::from(area.width),
            ratatui::style::Style::new(),
        );
    }
}
