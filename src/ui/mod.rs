//! Drawing the dashboard from `&App`: layout, panels, header, footer, detail, help, headless text.

pub mod cells;
pub mod chrome;
pub mod compare;
pub mod definition;
pub mod detail;
pub mod headless;
pub mod help;

pub mod opening;
pub mod panels;
pub mod picker;
pub mod search;
pub mod text;
pub mod theme;

/// Words of a figure, shared with the state's popup geometry.
pub use crate::view::figure;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::app::{App, Overlay, Screen};
use crate::lang::Lang;
use crate::layout::{self, Grid, screen, too_small};
use crate::view::PanelId;
use panels::{PanelProps, render_panel};
use theme::Theme;

/// The dashboard as a widget: the state to draw and the styles to draw it in.
#[derive(Clone, Copy)]
pub struct Dashboard<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for Dashboard<'_> {
    /// Draws one frame. Reads the state only; nothing from one frame is kept for the next.
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Dashboard { app, theme } = self;
        if area.is_empty() {
            return;
        }
        if too_small(area) {
            render_too_small(app.lang, area, buf);
            return;
        }
        let regions = screen(area);
        let doc = app.doc();
        chrome::render_header(app, theme, regions.header, buf);
        if let Screen::Picker(state) = &app.screen {
            picker::render(app, state, theme, regions.body, buf);
        } else if let Screen::Compare(state) = &app.screen {
            compare::render(app, state, theme, regions.body, buf);
        } else if let Screen::Search(state) = &app.screen {
            search::render(app, state, theme, regions.body, buf);
        } else if doc.zoomed {
            let props = panel_props(app, theme, doc.focus, None);
            render_panel(&doc.view, props, regions.body, buf);
        } else {
            let grid = Grid::for_size(area.width, area.height);
            // The column's scroll is kept for the app's own size; at another size it is shown again.
            let shown = doc.view.shown();
            let first =
                layout::column_first((area.width, area.height), doc.focus, app.column_top, shown);
            let placed = layout::panels(grid, regions.body, first, shown);
            let of = (grid == Grid::Column).then_some(shown.len());
            for (panel, rect) in placed {
                let props = panel_props(app, theme, panel, of);
                render_panel(&doc.view, props, rect, buf);
            }
        }
        // The selected figure's summary and quote, wherever one is selected.
        if matches!(
            app.screen,
            Screen::Dashboard | Screen::Compare(_) | Screen::Search(_)
        ) {
            detail::render_line(app, theme, regions.detail, buf);
        }
        chrome::render_footer(app, theme, regions.footer, buf);
        match app.overlay {
            Overlay::Source { scroll } => detail::render_popup(app, theme, scroll, buf),
            Overlay::Definition => definition::render(app, theme, regions.body, buf),
            Overlay::Help { scroll } => help::render(app, theme, scroll, area, buf),
            Overlay::None => {}
        }
    }
}

/// What panel `panel` borrows to draw itself.
fn panel_props<'a>(
    app: &'a App,
    theme: &'a Theme,
    panel: PanelId,
    of: Option<usize>,
) -> PanelProps<'a> {
    let doc = app.doc();
    PanelProps {
        data: &doc.data,
        lang: app.lang,
        theme,
        panel,
        focused: panel == doc.focus,
        zoomed: doc.zoomed,
        selected: doc.selected[panel],
        number: doc.view.number(panel),
        of,
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
// Out of line: not run at start, so kept out of the code every start runs (build.rs).
#[inline(never)]
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
