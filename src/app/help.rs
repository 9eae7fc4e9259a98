//! The help's content as data: the key table grouped by when it applies, then the mouse. The UI
//! styles these lines, and `update` scrolls by their count, so the two cannot disagree.

use super::Action;
use super::keymap::{BINDINGS, Binding, HELP_GROUPS};
use crate::lang::Lang;
use crate::view::PanelId;

/// One line of the help.
#[derive(Debug, Clone, Copy)]
pub enum HelpLine {
    /// A group's heading.
    Heading(&'static str),
    /// A key binding.
    Binding(&'static Binding),
    /// A panel's number, under the binding that jumps to it (its title is the dataset's).
    Panel(PanelId),
    /// A line of prose.
    Text(&'static str),
    /// A muted aside.
    Note(&'static str),
}

/// The help's lines in `lang`, naming the panels `shown` under the keys that go to them.
pub fn help_lines(lang: Lang, shown: &[PanelId]) -> Vec<HelpLine> {
    let mut out = Vec::new();
    for (when, heading) in HELP_GROUPS {
        out.push(HelpLine::Heading(heading.get(lang)));
        for binding in BINDINGS.iter().filter(|b| b.when == when) {
            out.push(HelpLine::Binding(binding));
            if matches!(binding.action, Action::JumpTo(_)) {
                out.extend(shown.iter().map(|p| HelpLine::Panel(*p)));
            }
        }
    }
    out.push(HelpLine::Heading(lang.pick("鼠标", "Mouse")));
    out.push(HelpLine::Text(lang.pick(
        "  单击选中面板或一行 · 双击放大或还原 · 滚轮选择",
        "  click focuses a panel or selects a row · double-click zooms · wheel selects",
    )));
    out.push(HelpLine::Note(lang.pick(
        "  每个数字都有出处:选中后看底部,或按 s",
        "  every figure has a source: select it and read the bottom line, or press s",
    )));
    out
}

/// The largest useful help scroll on a terminal of `size`.
pub fn help_max_scroll(size: (u16, u16), lang: Lang, shown: &[PanelId]) -> u16 {
    let visible = crate::layout::help_area(size).height.saturating_sub(2);
    u16::try_from(help_lines(lang, shown).len())
        .unwrap_or(u16::MAX)
        .saturating_sub(visible)
}
