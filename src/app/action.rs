//! Everything a user can ask of the dashboard, as data.

/// A direction on the panel grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Left,
    Right,
    Up,
    Down,
}

/// One thing to do; produced from keys and mouse events, applied by [`crate::app::update`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Focus the neighbouring panel in that direction.
    Focus(Move),
    NextPanel,
    PrevPanel,
    /// Focus the panel at this place in reading order (the key `1` is 0).
    JumpTo(usize),
    /// Zoom the focused panel to full screen, or back.
    ToggleZoom,
    /// Zoom in; in a zoomed panel, open the selected figure's detail.
    Open,
    /// The next item; in the source popup, the next item's source.
    SelectNext,
    SelectPrev,
    /// Scroll the text of the source popup by this many lines.
    ScrollText(i8),
    /// Save a picture (SVG) of the screen in the current folder; the loop does the writing.
    SavePicture,
    PageDown,
    PageUp,
    SelectFirst,
    SelectLast,
    ToggleDetail,
    ToggleLang,
    ToggleHelp,
    /// Close what is open: help, then detail, then zoom. Never quits.
    Back,
    Quit,
    /// Show or hide the definition of the selected figure's indicator.
    ToggleDefinition,
    /// Show the list of open reports.
    OpenPicker,
    /// Compare the selected figure's indicator across every open report, or close the
    /// comparison.
    OpenCompare,
    /// In the comparison: the next (1) or previous (-1) indicator some report has.
    ShiftIndicator(i8),
    /// Search every open report.
    OpenSearch,
    /// The next (1) or previous (-1) match of the last search.
    NextMatch(i8),
    /// Copy the selected figure with its citation to the terminal's clipboard; the loop
    /// writes it.
    CopyCitation,
    /// A character typed into the filter of the screen that has one.
    Type(char),
    /// Erase the last character of that filter.
    Erase,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// A click at column, row: focuses the panel there.
    Click(u16, u16),
    /// A double click at column, row: focuses and zooms the panel there.
    DoubleClick(u16, u16),
    /// Mouse wheel at column, row: positive scrolls down.
    Scroll(u16, u16, i8),
}
