//! Reads a dataset file within a size limit and turns it into a checked [`Dataset`].

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::Path;

use super::collect::{serde_message, type_problems, version_problem};
use super::error::{LoadError, Problem};
use super::path::DataPath;
use super::source_check::check_against_source;
use super::spans::locate_all;
use super::types::Dataset;
use crate::lang::Text;
use crate::sanitize;

/// Largest dataset file read, in bytes. Reading stops here, so `/dev/zero` or an endless FIFO
/// is refused after at most this much memory.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;

/// The bundled dataset: the 2022 work report of the Beijing Economic-Technological
/// Development Area.
pub const BUNDLED_JSON: &str = include_str!("../../assets/datasets/bda-2022.json");

/// How the bundled dataset is named in messages.
pub const BUNDLED_NAME: &str = "bda-2022.json (bundled)";

/// Loads and checks the bundled dataset.
pub fn load_bundled() -> Result<Dataset, LoadError> {
    parse(BUNDLED_NAME, BUNDLED_JSON)
}

/// Reads, parses and checks the dataset at `path`.
pub fn load_file(path: &Path) -> Result<Dataset, LoadError> {
    let file = file_label(path);
    let text = read_text(path, &file)?;
    parse(&file, &text)
}

/// Checks and parses a dataset from raw bytes, as a file's content would be (size limit, BOM,
/// UTF-8, emptiness, then JSON and meaning); `file` names it in messages. What the fuzzers feed.
pub fn load_bytes(file: &str, bytes: Vec<u8>) -> Result<Dataset, LoadError> {
    if bytes.len() > MAX_BYTES {
        return Err(LoadError::TooLarge {
            file: file.to_owned(),
            limit_mib: (MAX_BYTES / (1024 * 1024)) as u64,
        });
    }
    let text = decode(file, bytes)?;
    parse(file, &text)
}

/// How a path is named in messages: as given, with unsafe characters escaped.
pub fn file_label(path: &Path) -> String {
    sanitize::escape(&path.to_string_lossy()).into_owned()
}

/// Reads `path` as UTF-8 text of at most [`MAX_BYTES`], refusing directories, empty files
/// and byte-order marks.
pub fn read_text(path: &Path, file: &str) -> Result<String, LoadError> {
    let unreadable = |e: std::io::Error| LoadError::Unreadable {
        file: file.to_owned(),
        reason: sanitize::escape(&sanitize::io_reason(&e)).into_owned(),
    };
    let metadata = std::fs::metadata(path).map_err(unreadable)?;
    if metadata.is_dir() {
        return Err(LoadError::Directory {
            file: file.to_owned(),
        });
    }
    let mut handle = if metadata.file_type().is_fifo() {
        open_fifo(path).map_err(unreadable)?
    } else {
        File::open(path).map_err(unreadable)?
    };
    let expected = usize::try_from(metadata.len()).unwrap_or(MAX_BYTES);
    let bytes = read_capped(&mut handle, expected).map_err(|e| match e.kind() {
        ErrorKind::FileTooLarge => LoadError::TooLarge {
            file: file.to_owned(),
            limit_mib: (MAX_BYTES / (1024 * 1024)) as u64,
        },
        ErrorKind::IsADirectory => LoadError::Directory {
            file: file.to_owned(),
        },
        _ => unreadable(e),
    })?;
    decode(file, bytes)
}

/// How long a FIFO may stay silent before it is given up: opening one that no process writes
/// to would otherwise wait forever.
pub const FIFO_WAIT_SECONDS: u64 = 5;

/// Opens a FIFO without waiting for a writer, then waits at most [`FIFO_WAIT_SECONDS`] for its
/// first byte (or its end); after that it is read as any file.
fn open_fifo(path: &Path) -> std::io::Result<File> {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    use rustix::fs::OFlags;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(OFlags::NONBLOCK.bits() as i32)
        .open(path)?;
    let timeout = Timespec {
        tv_sec: FIFO_WAIT_SECONDS as i64,
        tv_nsec: 0,
    };
    loop {
        let mut fds = [PollFd::new(&file, PollFlags::IN)];
        match poll(&mut fds, Some(&timeout)) {
            Ok(0) => {
                return Err(std::io::Error::new(
                    ErrorKind::TimedOut,
                    format!(
                        "a FIFO that nothing was written to within {FIFO_WAIT_SECONDS} s (no writer?)"
                    ),
                ));
            }
            Ok(_) => break,
            Err(rustix::io::Errno::INTR) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    // A writer is there: blocking reads from now on, so a slow one is waited for.
    rustix::fs::fcntl_setfl(&file, OFlags::empty())?;
    Ok(file)
}

/// Reads until end of file, failing with `FileTooLarge` past [`MAX_BYTES`].
fn read_capped(reader: &mut impl Read, expected: usize) -> std::io::Result<Vec<u8>> {
    // Sized from the file's length when it has one, so a large file is not copied as it grows.
    let mut bytes = Vec::with_capacity(expected.min(MAX_BYTES) + 1);
    let mut chunk = [0u8; 64 * 1024];
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => return Ok(bytes),
            Ok(n) => n,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if bytes.len() + n > MAX_BYTES {
            return Err(ErrorKind::FileTooLarge.into());
        }
        bytes.extend_from_slice(&chunk[..n]);
    }
}

/// Turns bytes into text, placing the first invalid byte by line and column.
fn decode(file: &str, bytes: Vec<u8>) -> Result<String, LoadError> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        return Err(LoadError::ByteOrderMark {
            file: file.to_owned(),
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty {
            file: file.to_owned(),
        });
    }
    String::from_utf8(bytes).map_err(|e| {
        let good = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line_start = bytes[..good]
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |i| i + 1);
        LoadError::NotUtf8 {
            file: file.to_owned(),
            line: 1 + bytes[..good].iter().filter(|b| **b == b'\n').count(),
            column: good - line_start + 1,
            byte: bytes[good],
        }
    })
}

/// Parses and checks dataset `text`; `file` names it in messages. Reports every type problem
/// it can reach and the problems of meaning of everything that parsed.
pub fn parse(file: &str, text: &str) -> Result<Dataset, LoadError> {
    parse_checked(file, text).map(|(dataset, _)| dataset)
}

/// [`parse`], with the warnings of a schema-1 file (what schema 2 refuses), each placed.
pub fn parse_checked(file: &str, text: &str) -> Result<(Dataset, Vec<Problem>), LoadError> {
    // The fast path parses without tracking paths; only a file with a problem is parsed again
    // with serde_path_to_error to say where.
    let dataset = match serde_json::from_str::<Dataset>(text) {
        Ok(dataset) => dataset,
        Err(_) => schema_one_or_refusal(file, text)?,
    };
    let found = super::validate::checked(&dataset);
    if !found.problems.is_empty() {
        return Err(refusal(file, text, found.problems));
    }
    let warnings = if found.warnings.is_empty() {
        Vec::new()
    } else {
        place(text, printed(found.warnings))
    };
    Ok((dataset, warnings))
}

/// [`load_file`], with the warnings of a schema-1 file.
pub fn load_file_checked(path: &Path) -> Result<(Dataset, Vec<Problem>), LoadError> {
    let file = file_label(path);
    let text = read_text(path, &file)?;
    parse_checked(&file, &text)
}

/// The refusal of a dataset with problems of meaning, each placed by line and column. Kept out
/// of line: a valid file's start-up never runs it.
#[cold]
#[inline(never)]
fn refusal(file: &str, text: &str, found: Vec<(DataPath, Text)>) -> LoadError {
    invalid(file, place(text, printed(found)))
}

/// A refusal naming the file.
fn invalid(file: &str, problems: Vec<Problem>) -> LoadError {
    LoadError::Invalid {
        file: file.to_owned(),
        problems,
    }
}

/// A text that is not a schema-2 dataset: read as schema 1, or refused with every type problem
/// that can be found, placed. Kept out of line: a valid file's start-up never runs it.
#[cold]
#[inline(never)]
fn schema_one_or_refusal(file: &str, text: &str) -> Result<Dataset, LoadError> {
    let syntax = |path: Option<String>, error: serde_json::Error| {
        invalid(
            file,
            vec![Problem {
                path: path
                    // `?` is serde_path_to_error's segment for "somewhere not yet known".
                    .filter(|p| p != "." && p != "?")
                    .map(|p| sanitize::escape(&p).into_owned()),
                line: error.line(),
                column: error.column(),
                message: {
                    let detail = serde_message(&error);
                    Text::new(
                        format!("JSON 语法:{}", detail.zh),
                        format!("JSON syntax: {}", detail.en),
                    )
                },
            }],
        )
    };
    // A copy of the text as a value is made only for a file that may be schema 1 and is
    // small enough to copy (see MAX_COPY_BYTES).
    if super::compat::may_be_schema_one(text)
        && value_count(text).saturating_mul(VALUE_BYTES) <= MAX_COPY_BYTES
        && let Some(dataset) = super::compat::parse_schema_one(text)
    {
        return Ok(dataset);
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let typed = serde_path_to_error::deserialize::<_, Dataset>(&mut deserializer);
    Err(match typed {
        Err(error) if error.inner().is_data() => {
            invalid(file, place(text, bounded_type_problems(text, error)))
        }
        Err(error) => {
            let path = error.path().to_string().trim_end_matches(".?").to_owned();
            syntax(Some(path), error.into_inner())
        }
        Ok(_) => match deserializer.end() {
            Err(error) => syntax(None, error),
            Ok(()) => invalid(
                file,
                vec![Problem {
                    path: None,
                    line: 1,
                    column: 1,
                    message: Text::new(
                        "此文件无法读作数据集",
                        "the file could not be read as a dataset",
                    ),
                }],
            ),
        },
    })
}

/// Largest estimated size of the `serde_json::Value` copy that finding every type problem
/// takes. A copy costs about 80 bytes per JSON value, so 16 MiB of `[0,0,…]` would take 640 MiB;
/// past this, only the first type problem is reported, and a line says so.
const MAX_COPY_BYTES: usize = 64 * 1024 * 1024;

/// Bytes a `serde_json::Value` (with `preserve_order`) takes per value, map entry included.
const VALUE_BYTES: usize = 80;

/// [`type_problems`] when a copy of `text` fits [`MAX_COPY_BYTES`]; otherwise the first.
fn bounded_type_problems(
    text: &str,
    first: serde_path_to_error::Error<serde_json::Error>,
) -> Vec<(String, Text)> {
    let values = value_count(text);
    if values.saturating_mul(VALUE_BYTES) <= MAX_COPY_BYTES {
        return type_problems(text, first);
    }
    if let Some(problem) = version_problem_of(text) {
        return vec![problem];
    }
    vec![
        (first.path().to_string(), serde_message(first.inner())),
        (
            ".".into(),
            Text::new(
                format!(
                    "只报告第一处类型问题:文件有 {values} 个 JSON 值,太多,在内存上限内无法再找"
                ),
                format!(
                    "only the first type problem is reported: the file holds {values} JSON values, \
                     too many to search for more within the memory limit"
                ),
            ),
        ),
    ]
}

/// An unsupported `schema_version`, read without copying the rest of the text.
fn version_problem_of(text: &str) -> Option<(String, Text)> {
    #[derive(serde::Deserialize)]
    struct Version {
        schema_version: Option<serde_json::Value>,
    }
    let version: Version = serde_json::from_str(text).ok()?;
    let mut top = serde_json::Map::new();
    top.insert("schema_version".into(), version.schema_version?);
    version_problem(&serde_json::Value::Object(top))
}

/// About how many values a JSON text holds: its commas, colons and opening brackets outside
/// strings, counted in one pass.
fn value_count(text: &str) -> usize {
    let (mut count, mut in_string, mut escaped) = (1usize, false, false);
    for b in text.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b',' | b':' | b'[' | b'{' => count += 1,
                _ => {}
            }
        }
    }
    count
}

/// Gives each `(path, message)` its line and column in `text`.
fn place(text: &str, found: Vec<(String, Text)>) -> Vec<Problem> {
    let paths: Vec<&str> = found.iter().map(|(path, _)| path.as_str()).collect();
    let places = locate_all(text, &paths);
    found
        .into_iter()
        .zip(places)
        .map(|((path, message), (line, column))| Problem {
            path: (path != ".").then(|| sanitize::escape(&path).into_owned()),
            line,
            column,
            message,
        })
        .collect()
}

/// Where the report text of `dataset`, loaded from `dataset_path`, should be: its
/// `report.source_file` taken relative to the dataset file's folder. None for a source file
/// name that climbs out of that folder or is absolute, so a dataset cannot point at any file.
pub fn source_path(dataset_path: &Path, dataset: &Dataset) -> Option<std::path::PathBuf> {
    let name = Path::new(&dataset.report.source_file);
    let plain = name
        .components()
        .all(|c| matches!(c, std::path::Component::Normal(_)));
    if !plain {
        return None;
    }
    Some(dataset_path.parent().unwrap_or(Path::new("")).join(name))
}

/// Checks a loaded dataset (parsed from `text`, named `file`) against the report it quotes.
pub fn check_source(
    file: &str,
    text: &str,
    dataset: &Dataset,
    report: &str,
) -> Result<(), LoadError> {
    let found = check_against_source(dataset, report);
    if found.is_empty() {
        return Ok(());
    }
    Err(LoadError::Invalid {
        file: file.to_owned(),
        problems: place(text, printed(found)),
    })
}

/// Problems with their typed paths printed, as a file's type problems come.
fn printed(found: Vec<(DataPath, Text)>) -> Vec<(String, Text)> {
    found
        .into_iter()
        .map(|(path, message)| (path.to_string(), message))
        .collect()
}
