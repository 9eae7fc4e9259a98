//! Text made safe for XML and HTML: markup characters as entities, nothing XML forbids.

/// `text` escaped for an XML or HTML text node or a quoted attribute. Characters XML 1.0
/// cannot carry at all (controls, U+FFFE, U+FFFF) become U+FFFD, so data can neither inject
/// markup nor make the document unreadable.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if crate::sanitize::is_unsafe(c) || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {
                out.push('\u{FFFD}');
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_controls_are_neutralised() {
        assert_eq!(
            xml("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(
            xml("a\u{1b}[31m\u{0}\u{FFFF}b"),
            "a\u{FFFD}[31m\u{FFFD}\u{FFFD}b"
        );
        assert_eq!(xml("北京 ▲8%"), "北京 ▲8%");
    }
}
