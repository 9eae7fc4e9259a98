//! Copying text to the terminal's clipboard with OSC 52: the terminal (or tmux, with
//! `set-clipboard on`) takes the text from an escape sequence, so it works over ssh too.

use base64::Engine;

/// The escape sequence that asks the terminal to put `text` on its clipboard.
pub fn osc52(text: &str) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    format!("\x1b]52;c;{encoded}\x07")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_is_sent_base64_encoded_in_one_sequence() {
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
        let chinese = osc52("「地区生产总值」");
        let body = chinese
            .strip_prefix("\x1b]52;c;")
            .and_then(|s| s.strip_suffix('\x07'))
            .unwrap();
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(body)
            .unwrap();
        assert_eq!(String::from_utf8(decoded).unwrap(), "「地区生产总值」");
    }
}
