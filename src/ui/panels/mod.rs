//! The panels, each a borrowed view drawn into its own rectangle, and what they share.

pub mod rows;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, BorderType, Widget};

use super::theme::Theme;
use crate::lang::Lang;
use crate::model::Dataset;
use crate::view::{PanelId, PanelViews, with_panels};

/// Declares each registered panel's widget module and draws a panel by its id.
macro_rules! declare_widgets {
    ($($id:ident $module:ident $view:ident $widget:ident,)*) => {
        $(mod $module;)*

        /// Draws `props.panel` into `area`, from its model in `views`.
        pub fn render_panel(views: &PanelViews, props: PanelProps<'_>, area: Rect, buf: &mut Buffer) {
            match props.panel {
                $(PanelId::$id => $module::$widget { props, view: &views.$module }.render(area, buf),)*
            }
        }
    };
}

with_panels!(declare_widgets);

/// What every panel borrows to draw itself: the data, its place in the UI, and nothing else.
#[derive(Debug, Clone, Copy)]
pub struct PanelProps<'a> {
    pub data: &'a Dataset,
    pub lang: Lang,
    pub theme: &'a Theme,
    pub panel: PanelId,
    pub focused: bool,
    pub zoomed: bool,
    /// Selected item index of this panel.
    pub selected: usize,
    /// The panel's number: its place among the panels shown, from 1 (its number key).
    pub number: usize,
    /// How many panels there are, when the column shows only some (`3 of 5`).
    pub of: Option<usize>,
}

impl PanelProps<'_> {
    /// The panel's frame: thick border and ▶ when focused, so focus shows without colour.
    pub fn block(&self) -> Block<'static> {
        let number = self.number;
        let name = self.panel.title(self.data, self.lang);
        let marker = if self.focused { "▶ " } else { "" };
        // In the one-column layout the number also says how many panels there are, in words
        // (`1 of 6 Growth`), so it is not read as the item counter at the right edge (`1/6`).
        let number = match (self.of, self.lang) {
            (Some(of), crate::lang::Lang::En) => format!("{number} of {of}"),
            (Some(of), crate::lang::Lang::Zh) => format!("{number}(共{of})"),
            (None, _) => number.to_string(),
        };
        let title = crate::sanitize::replace(&format!(" {marker}{number} {name} ")).into_owned();
        let (border, border_style, title_style) = if self.focused {
            (
                BorderType::Thick,
                self.theme.focused_border,
                self.theme.focused_title,
            )
        } else {
            (BorderType::Plain, self.theme.border, self.theme.title)
        };
        Block::bordered()
            .border_type(border)
            .border_style(border_style)
            .title(Span::styled(title, title_style))
    }

    /// Draws the panel's frame over `area`; the room inside, unless there is none.
    pub fn frame(&self, area: Rect, buf: &mut Buffer) -> Option<Rect> {
        let block = self.block();
        let inner = block.inner(area);
        block.render(area, buf);
        (!inner.is_empty()).then_some(inner)
    }
}
