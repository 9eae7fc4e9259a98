//! Typed load errors: each names the file and, for bad content, the JSON path and line:col.

use std::fmt;

/// One problem in a dataset's content, placed in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path in `serde_path_to_error` notation (`metrics[3].value`); none for syntax errors.
    pub path: Option<String>,
    pub line: usize,
    pub column: usize,
    /// What is wrong, with any data quoted and escaped.
    pub message: String,
}

/// Why a dataset could not be loaded. Every variant prints as lines of `FILE[:LINE:COL]: …`.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{file}: cannot read: {reason}")]
    Unreadable { file: String, reason: String },
    #[error("{file}: is a directory, not a dataset file")]
    Directory { file: String },
    #[error("{file}: larger than the {limit_mib} MiB limit for a dataset")]
    TooLarge { file: String, limit_mib: u64 },
    #[error("{file}: empty file, expected a JSON dataset")]
    Empty { file: String },
    #[error("{file}:1:1: starts with a UTF-8 byte-order mark (BOM); save the file without it")]
    ByteOrderMark { file: String },
    #[error("{file}:{line}:{column}: not valid UTF-8 (byte 0x{byte:02x})")]
    NotUtf8 {
        file: String,
        line: usize,
        column: usize,
        byte: u8,
    },
    #[error("{}", ProblemLines { file, problems })]
    Invalid {
        file: String,
        problems: Vec<Problem>,
    },
}

/// Prints problems one per line, each with its file, place and path.
struct ProblemLines<'a> {
    file: &'a str,
    problems: &'a [Problem],
}

impl fmt::Display for ProblemLines<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, problem) in self.problems.iter().enumerate() {
            if n > 0 {
                writeln!(f)?;
            }
            // Escaped here too, whoever built the message: a newline from the data must not
            // start a line of its own that reads like another problem.
            let file = crate::sanitize::escape(self.file);
            write!(f, "{file}:{}:{}: ", problem.line, problem.column)?;
            if let Some(path) = &problem.path {
                write!(f, "at {}: ", crate::sanitize::escape(path))?;
            }
            write!(f, "{}", crate::sanitize::escape(&problem.message))?;
        }
        Ok(())
    }
}
