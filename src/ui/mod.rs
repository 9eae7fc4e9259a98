//! Drawing the dashboard from `&App`: layout, panels, header, footer, detail, help, headless text.

pub mod chrome;
pub mod detail;
pub mod figure;
pub mod headless;
pub mod help;
pub mod layout;
pub mod panels;
pub mod text;
pub mod theme;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use crate::app::App;
use crate::model::Panel;
use layout::{Grid, screen, too_small};
use panels::{PanelProps, render_panel};

impl Widget for &App {
    /// Draws one frame. Reads the state only; nothing from one frame is kept for the next.
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.is_empty() {
            return;
        }
        if too_small(area) {
            render_too_small(area, buf);
            return;
        }
        let regions = screen(area);
        chrome::render_header(self, regions.header, buf);
        if self.zoomed {
            render_panel(self.panel_props(self.focus, None), regions.body, buf);
        } else {
            let grid = Grid::for_size(area.width, area.height);
            let placed = layout::panels(grid, regions.body, self.focus);
            let position = |panel: Panel| {
                let index = Panel::ALL.iter().position(|p| *p == panel).unwrap_or(0);
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

/// "enlarge the terminal (now W×H, need 40×12)", wrapped into whatever room there is.
fn render_too_small(area: Rect, buf: &mut Buffer) {
    let message = format!(
        "enlarge the terminal (now {}×{}, need {}×{})",
        area.width,
        area.height,
        layout::MIN_WIDTH,
        layout::MIN_HEIGHT
    );
    let width = usize::from(area.width);
    let chars: Vec<char> = message.chars().collect();
    for (row, y) in chars.chunks(width.max(1)).zip(area.top()..area.bottom()) {
        let line: String = row.iter().collect();
        Line::raw(line).render(Rect::new(area.x, y, area.width, 1), buf);
    }
}
