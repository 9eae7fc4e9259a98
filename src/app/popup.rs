//! Where popups stand and what the source popup holds, from the state alone: `update` clamps
//! the popup's scroll to the same rows drawing shows.

use ratatui::layout::Rect;

use super::App;
use crate::columns;
use crate::view::fields::fields;
use crate::view::window::Window;

/// Where the source popup stands and what it holds, computed from the state alone so that
/// `update` can clamp its scroll to the same lines drawing shows.
pub struct SourcePopup {
    pub area: Rect,
    pub lines: Vec<PopupRow>,
}

/// One row of the popup: a field's name on its first row (empty on the rows it wraps onto),
/// then its text, continuation rows indented under the first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PopupRow {
    pub name: String,
    pub text: String,
}

impl SourcePopup {
    /// The popup of the selected item on a screen of `screen`; `None` when there is no room
    /// or nothing is selected.
    pub fn of(app: &App, screen: Rect) -> Option<SourcePopup> {
        let (doc, item) = app.selected().and_then(|s| app.resolve(s))?;
        let body = crate::layout::screen(screen).body;
        let width = body.width.saturating_sub(4).min(100);
        if width < 10 {
            return None;
        }
        let lines = popup_lines(&fields(&doc.data, item, app.lang), usize::from(width - 2));
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
    SourcePopup::of(app, screen).map_or(0, |p| p.max_scroll())
}

/// `name: value`, the value wrapped at spaces (between glyphs in Chinese) and its continuation
/// lines indented under its start.
fn popup_lines(fields: &[(&str, String)], columns: usize) -> Vec<PopupRow> {
    let mut out = Vec::new();
    for (name, value) in fields {
        let head = format!("{name}: ");
        let indent = columns::width(&head).min(columns / 3);
        let mut rows =
            columns::wrap_words(value, columns.saturating_sub(indent).max(1)).into_iter();
        let first = rows.next().unwrap_or_default();
        out.push(PopupRow {
            name: columns::fit(&head, indent.max(1)).into_owned(),
            text: first,
        });
        out.extend(rows.map(|row| PopupRow {
            name: String::new(),
            text: format!("{}{row}", " ".repeat(indent)),
        }));
    }
    out
}

/// The popup's first row and height in `body`: below the selected row if it fits there, else
/// above it, else in the larger of the two; over the middle when no row is selected or neither
/// side has three rows.
pub fn popup_rows(body: Rect, selected: Option<u16>, wanted: u16) -> (u16, u16) {
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
pub fn selected_row_y(app: &App) -> Option<u16> {
    let doc = app.doc();
    let panel = doc.focus;
    let rect = crate::layout::panel_rect(app.at(), panel)?;
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
