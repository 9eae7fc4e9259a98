//! Typed load errors: each names the file and, for bad content, the JSON path and line:col.

use std::fmt;

/// One problem in a dataset's content, placed in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path in `serde_path_to_error` notation (`metrics[3].value`); none for syntax errors.
    pub path: Option<String>,
    pub line: usize,
    pub column: usize,
    /// What is wrong, in both languages, with any data quoted and escaped.
    pub message: crate::lang::Text,
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
    #[error("{}", ProblemLines { file, problems, lang: crate::lang::Lang::En })]
    Invalid {
        file: String,
        problems: Vec<Problem>,
    },
}

/// Prints problems one per line, each with its file, place and path.
struct ProblemLines<'a> {
    file: &'a str,
    problems: &'a [Problem],
    lang: crate::lang::Lang,
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
                let at = self.lang.pick("位置", "at");
                write!(f, "{at} {}: ", crate::sanitize::escape(path))?;
            }
            let message = problem.message.get(self.lang);
            write!(f, "{}", crate::sanitize::escape(message))?;
        }
        Ok(())
    }
}

impl LoadError {
    /// The message in `lang`: file-level reasons and content problems alike (quoted data, JSON
    /// paths and field names read the same in both).
    pub fn in_lang(&self, lang: crate::lang::Lang) -> String {
        use crate::lang::Lang;
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            LoadError::Unreadable { file, reason } => {
                format!("{file}: 无法读取:{}", reason_zh(reason))
            }
            LoadError::Directory { file } => format!("{file}: 是文件夹,不是数据集文件"),
            LoadError::TooLarge { file, limit_mib } => {
                format!("{file}: 超过数据集 {limit_mib} MiB 的上限")
            }
            LoadError::Empty { file } => format!("{file}: 文件为空,应为 JSON 数据集"),
            LoadError::ByteOrderMark { file } => {
                format!("{file}:1:1: 以 UTF-8 字节顺序标记(BOM)开头;请去掉 BOM 再保存")
            }
            LoadError::NotUtf8 {
                file,
                line,
                column,
                byte,
            } => format!("{file}:{line}:{column}: 不是有效的 UTF-8(字节 0x{byte:02x})"),
            LoadError::Invalid { file, problems } => ProblemLines {
                file,
                problems,
                lang,
            }
            .to_string(),
        }
    }
}

/// The operating system's reason a file could not be read, in Chinese for the common ones.
fn reason_zh(reason: &str) -> String {
    let said = [
        ("No such file or directory", "没有这个文件或文件夹"),
        ("Permission denied", "没有权限"),
        ("Is a directory", "是文件夹"),
        ("Not a directory", "路径中有一段不是文件夹"),
        ("File name too long", "文件名太长"),
        ("Too many levels of symbolic links", "符号链接层数太多"),
    ];
    said.iter()
        .fold(reason.to_owned(), |text, (en, zh)| text.replace(en, zh))
}

/// The lines of `warnings` in `lang`, each `FILE:LINE:COL: at PATH: warning (schema 1): …`.
pub fn warning_lines(file: &str, warnings: &[Problem], lang: crate::lang::Lang) -> Vec<String> {
    let mark = lang.pick(
        "警告(schema 1,schema 2 不接受;用 zonedash upgrade 升级前请改正)",
        "warning (schema 1; schema 2 refuses it: fix it before zonedash upgrade)",
    );
    warnings
        .iter()
        .map(|w| {
            let mut w = w.clone();
            w.message = crate::lang::Text::new(
                format!("{mark}:{}", w.message.zh),
                format!("{mark}: {}", w.message.en),
            );
            LoadError::Invalid {
                file: file.to_owned(),
                problems: vec![w],
            }
            .in_lang(lang)
        })
        .collect()
}
