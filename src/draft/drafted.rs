//! What every part of a drafted dataset shares: the mark of an English field the text gives no
//! English for, and where each quote stands.

/// What marks an English field the text gives no English for: schema 1 requires one.
pub const UNTRANSLATED: &str = "(untranslated)";

/// The Chinese text, marked untranslated, for an English field.
pub(super) fn untranslated(zh: &str) -> String {
    format!("{zh} {UNTRANSLATED}")
}

/// Where each quote of a dataset stands in the text (byte offset), by the id of its figure,
/// project or cluster: the checks of a draft then need no search of the text.
pub type Anchors = rustc_hash::FxHashMap<String, usize>;
