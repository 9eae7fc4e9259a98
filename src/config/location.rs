//! A place in a config file, as `FILE:LINE:COL` (both counted from 1, columns in characters).

/// Where a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    /// 0 when the problem is the whole file.
    pub line: usize,
    pub column: usize,
}

impl Location {
    /// The whole `file`.
    pub fn file(file: &str) -> Location {
        Location {
            file: file.to_owned(),
            line: 0,
            column: 0,
        }
    }

    /// Byte `offset` of `text`, the contents of `file`.
    pub fn at(file: &str, text: &str, offset: usize) -> Location {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Location {
            file: file.to_owned(),
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            write!(f, "{}", self.file)
        } else {
            write!(f, "{}:{}:{}", self.file, self.line, self.column)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_from_one_in_characters() {
        let text = "a = 1\n亦庄 = 2\n";
        assert_eq!(Location::at("f", text, 0).to_string(), "f:1:1");
        assert_eq!(Location::at("f", text, 6).to_string(), "f:2:1");
        // After two three-byte characters and a space: the fourth character.
        assert_eq!(Location::at("f", text, 13).to_string(), "f:2:4");
        assert_eq!(Location::at("f", text, 999).to_string(), "f:3:1");
        assert_eq!(Location::file("f").to_string(), "f");
    }
}
