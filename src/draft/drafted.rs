//! What every part of a drafted dataset shares: the mark of an English field the text gives no
//! English for, where each quote stands, and where the text says it was published.

/// What marks an English field the text gives no English for: schema 1 requires one.
pub const UNTRANSLATED: &str = "(untranslated)";

/// The Chinese text, marked untranslated, for an English field.
pub(super) fn untranslated(zh: &str) -> String {
    format!("{zh} {UNTRANSLATED}")
}

/// Where each quote of a dataset stands in the text (byte offset), by the id of its figure,
/// project or cluster: the checks of a draft then need no search of the text.
pub type Anchors = rustc_hash::FxHashMap<String, usize>;

/// The web address a page's text gives as its source (source: https://…, 来源：http://…), kept
/// in the draft as where the report was published.
pub(super) fn source_address(doc: &super::doc::Doc) -> Option<String> {
    doc.lines.iter().find_map(|line| {
        let text = doc.verbatim(line.range.clone());
        let at = text.find("https://").or_else(|| text.find("http://"))?;
        // A line that says it names the source (source:, 来源：, 原文链接), not any address the
        // text mentions (企业可登录https://…办理).
        let marked = ["source", "Source", "来源", "原文", "链接", "网址"]
            .iter()
            .any(|w| text[..at].contains(w));
        if !marked {
            return None;
        }
        let address: String = text[at..]
            .chars()
            .take_while(|c| c.is_ascii_graphic())
            .take(300)
            .collect();
        (address.len() > "https://".len()).then_some(address)
    })
}

#[cfg(test)]
mod tests {
    use super::source_address;
    use crate::draft::doc::Doc;

    #[test]
    fn a_page_keeps_its_address() {
        let doc = Doc::new(
            "松岚新区2023年工作报告\n地区生产总值增长6%。\nsource: https://kfq.example.cn/a/1.html\n",
        );
        assert_eq!(
            source_address(&doc).as_deref(),
            Some("https://kfq.example.cn/a/1.html")
        );
        assert_eq!(source_address(&Doc::new("没有网址的文本\n")), None);
    }
}
