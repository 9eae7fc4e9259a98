//! The reports a command is given: files as named, folders read for their `.json` and `.txt`
//! files, datasets before report texts so a dataset is open before the text it quotes.

use std::path::{Path, PathBuf};

use crate::lang::Text;
use crate::sanitize;

/// A folder that could not be read, or that holds no report.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.en)]
pub struct InputError(pub Text);

impl InputError {
    /// The message in `lang`.
    pub fn in_lang(&self, lang: crate::lang::Lang) -> &str {
        self.0.get(lang)
    }
}

/// What a file is read as, by its name: a dataset (`.json`) or a report text (`.txt`).
fn kind(path: &Path) -> Option<u8> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    match extension.as_str() {
        "json" => Some(0),
        "txt" => Some(1),
        _ => None,
    }
}

/// `given` with each folder replaced by its `.json` files, then its `.txt` files, each by name
/// (hidden files and subfolders left out). Files are kept as named, whatever they are called:
/// a file that cannot be opened is reported when it is opened.
pub fn expand(given: &[PathBuf]) -> Result<Vec<PathBuf>, InputError> {
    expand_keeping(given, true)
}

/// [`expand`] for commands that read datasets only: a folder gives its `.json` files.
pub fn expand_datasets(given: &[PathBuf]) -> Result<Vec<PathBuf>, InputError> {
    expand_keeping(given, false)
}

fn expand_keeping(given: &[PathBuf], texts: bool) -> Result<Vec<PathBuf>, InputError> {
    let mut files = Vec::new();
    for path in given {
        if path.is_dir() {
            files.extend(folder(path, texts)?);
        } else {
            files.push(path.clone());
        }
    }
    // A file named twice (or given and in a folder given) is one report, opened once, where it
    // first comes.
    let mut seen = std::collections::HashSet::new();
    files.retain(|path| seen.insert(path.canonicalize().unwrap_or_else(|_| path.clone())));
    Ok(files)
}

/// The reports in `dir`, datasets first, each group by name; its texts only when `texts`.
fn folder(dir: &Path, texts: bool) -> Result<Vec<PathBuf>, InputError> {
    let name = sanitize::escape(&dir.to_string_lossy()).into_owned();
    let entries = std::fs::read_dir(dir).map_err(|e| {
        let reason = sanitize::io_reason(&e);
        InputError(Text::new(
            format!("{name}:无法读取文件夹({reason})"),
            format!("{name}: the folder cannot be read ({reason})"),
        ))
    })?;
    let mut reports: Vec<(u8, PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            let hidden = path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            !hidden && path.is_file()
        })
        .filter_map(|path| kind(&path).map(|k| (k, path)))
        .filter(|(k, _)| texts || *k == 0)
        .collect();
    if reports.is_empty() {
        return Err(InputError(Text::new(
            format!("{name}:文件夹里没有报告(.json 数据集或 .txt 报告原文)"),
            format!("{name}: the folder holds no report (a .json dataset or a .txt report text)"),
        )));
    }
    reports.sort();
    Ok(reports.into_iter().map(|(_, path)| path).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_gives_its_datasets_then_its_texts_each_by_name() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "b.txt",
            "a.json",
            "c.JSON",
            "notes.md",
            ".hidden.json",
            "a.txt",
        ] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        std::fs::create_dir(dir.path().join("sub.json")).unwrap();
        let single = dir.path().join("a.json");
        let files = expand(&[single.clone(), dir.path().to_path_buf(), single.clone()]).unwrap();
        let names: Vec<String> = files
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        // a.json given alone comes first, and once: the folder's copy of it is the same file.
        assert_eq!(names, ["a.json", "c.JSON", "a.txt", "b.txt"]);
    }

    #[test]
    fn a_folder_without_reports_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.md"), "x").unwrap();
        let error = expand(&[dir.path().to_path_buf()]).unwrap_err();
        assert!(error.to_string().contains("holds no report"), "{error}");
        assert!(error.in_lang(crate::lang::Lang::Zh).contains("没有报告"));
    }

    #[test]
    fn files_are_kept_as_named_even_when_missing() {
        let files = expand(&[PathBuf::from("missing.json"), PathBuf::from("r.TXT")]).unwrap();
        assert_eq!(
            files,
            [PathBuf::from("missing.json"), PathBuf::from("r.TXT")]
        );
    }
}
