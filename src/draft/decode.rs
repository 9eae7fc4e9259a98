//! Turns a report file's bytes into text: UTF-8 (with or without BOM), UTF-16, or GB18030/GBK.

use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE};

/// Why bytes are not a report text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is binary, not a report text (it holds NUL or control bytes)")]
    Binary,
    #[error("the file is not text in UTF-8, UTF-16 or GB18030/GBK")]
    UnknownEncoding,
}

/// Decoded text and the name of the encoding assumed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// `UTF-8`, `UTF-8 with BOM`, `UTF-16LE`, `UTF-16BE`, or `GB18030`.
    pub encoding: &'static str,
}

/// Decodes `bytes`: a BOM decides; else valid UTF-8; else UTF-16 if the bytes look like it;
/// else GB18030 (a superset of GBK and GB2312) when it decodes without error.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(DecodeError::Empty);
    }
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if had_errors && encoding != encoding_rs::UTF_8 {
            return Err(DecodeError::UnknownEncoding);
        }
        let name = match encoding.name() {
            "UTF-8" => "UTF-8 with BOM",
            "UTF-16LE" => "UTF-16LE with BOM",
            _ => "UTF-16BE with BOM",
        };
        return checked(text.into_owned(), name);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return checked(text.to_owned(), "UTF-8");
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        return checked(text.into_owned(), encoding.name());
    }
    if bytes.contains(&0) {
        return Err(DecodeError::Binary);
    }
    match GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => checked(text.into_owned(), "GB18030"),
        None => Err(DecodeError::UnknownEncoding),
    }
}

/// Text with NULs or many control characters is binary that happened to decode.
fn checked(text: String, encoding: &'static str) -> Result<Decoded, DecodeError> {
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if text.contains('\0') || controls * 100 > text.chars().count().max(1) {
        return Err(DecodeError::Binary);
    }
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(Decoded { text, encoding })
}

/// UTF-16 without a BOM: ASCII leaves a zero in every other byte; Chinese text decodes to
/// mostly CJK and punctuation one way and to noise the other.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(8192) & !1];
    let plausible = |encoding: &'static Encoding| {
        let (text, had_errors) = encoding.decode_without_bom_handling(sample);
        if had_errors {
            return 0;
        }
        let total = text.chars().count().max(1);
        let good = text.chars().filter(|c| plausible_char(*c)).count();
        good * 100 / total
    };
    let (le, be) = (plausible(UTF_16LE), plausible(UTF_16BE));
    if le >= 95 && le > be {
        Some(UTF_16LE)
    } else if be >= 95 && be > le {
        Some(UTF_16BE)
    } else {
        None
    }
}

fn plausible_char(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\t' | ' '..='~')
        || ('\u{4e00}'..='\u{9fff}').contains(&c)
        || ('\u{3000}'..='\u{303f}').contains(&c)
        || ('\u{ff00}'..='\u{ffef}').contains(&c)
        || ('\u{2010}'..='\u{2027}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "一、工作回顾\n全年地区生产总值增长6.5%。\n";

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(TEXT.as_bytes()).unwrap().encoding, "UTF-8");
        let mut bom = vec![0xef, 0xbb, 0xbf];
        bom.extend_from_slice(TEXT.as_bytes());
        let decoded = decode(&bom).unwrap();
        assert_eq!(
            (decoded.text.as_str(), decoded.encoding),
            (TEXT, "UTF-8 with BOM")
        );
    }

    #[test]
    fn gb18030_and_utf16() {
        let (gb, _, _) = GB18030.encode(TEXT);
        let decoded = decode(&gb).unwrap();
        assert_eq!((decoded.text.as_str(), decoded.encoding), (TEXT, "GB18030"));
        let le: Vec<u8> = TEXT.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&le).unwrap().encoding, "UTF-16LE");
        let be: Vec<u8> = TEXT.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be).unwrap().encoding, "UTF-16BE");
        let mut bom = vec![0xff, 0xfe];
        bom.extend_from_slice(&le);
        let decoded = decode(&bom).unwrap();
        assert_eq!(
            (decoded.text.as_str(), decoded.encoding),
            (TEXT, "UTF-16LE with BOM")
        );
    }

    #[test]
    fn bad_bytes_are_refused() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b"  \n "), Err(DecodeError::Empty));
        assert_eq!(
            decode(&[0u8, 1, 2, 3, 0xff, 0xfe, 0, 0]),
            Err(DecodeError::Binary)
        );
        let elf: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
        assert!(decode(&elf).is_err());
    }
}
