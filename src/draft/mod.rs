//! Reads a report's plain text into a draft dataset: decode, outline, quantities, labels, projects.
//!
//! Every figure of a draft is machine-read and unreviewed; the dataset says so in its report
//! header, and the dashboard in its title line.

pub mod answer_key;
mod befell;
mod catalogue;
mod clauses;
mod dataset_clusters;
mod dataset_units;
mod decode;
mod doc;
mod drafted;
mod hedges;
mod honours;
mod indicator_tags;
pub mod ir;
mod label_kinds;
mod labels;
mod numerals;
mod outline;
mod periods;
mod plan_labels;
mod projects;
pub mod quality;
mod quotes;
mod rank_pools;
mod rank_scope;
mod reading;
mod recording;
mod repair;
mod respective;
mod rules;
mod run_in;
pub mod score;
mod segment_holder;
mod sentence_labels;
mod skip;
mod skip_classes;
mod stated;
mod subject;
mod title;
mod to_dataset;
mod topics;
mod units;
mod words;
mod year_parts;

use std::path::Path;

use crate::lang::plural;
pub use decode::{DecodeError, Decoded, decode};
pub use drafted::UNTRANSLATED;
pub use ir::{Ignored, Reading, SkipReason};

use crate::model::{Dataset, LoadError, MAX_BYTES};

/// A drafted dataset with what was skipped.
#[derive(Debug, Clone)]
pub struct Draft {
    pub dataset: Dataset,
    /// The intermediate reading the dataset was mapped from.
    pub reading: Reading,
    /// Figures read but dropped because the dataset's checks refused them, with the message.
    pub dropped: Vec<crate::lang::Text>,
}

/// Why a file could not be drafted.
#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    #[error("{file}: {problem}")]
    Decode { file: String, problem: DecodeError },
    #[error(transparent)]
    Read(#[from] LoadError),
    /// No year of report anywhere in the text: a draft would have to make one up.
    #[error(
        "{file}: the text names no year of its own (no 2023年 in its title, headings or sentences; a founding date is not one), and a draft does not make one up"
    )]
    NoYear { file: String },
}

impl DraftError {
    /// The message in `lang`.
    pub fn in_lang(&self, lang: crate::lang::Lang) -> String {
        match (self, lang) {
            (DraftError::NoYear { file }, crate::lang::Lang::Zh) => {
                format!(
                    "{file}:文中没有报告自身的年份(标题、小标题和句子里都没有“2023年”这样的年份;成立年份不算),草稿不编造年份"
                )
            }
            (DraftError::Read(load), _) => load.in_lang(lang),
            _ => self.to_string(),
        }
    }
}

/// `draft` when the text gave it a year of report; refused otherwise.
fn with_year(draft: Draft, file: &str) -> Result<Draft, DraftError> {
    match draft.reading.year {
        Some(_) => Ok(draft),
        None => Err(DraftError::NoYear {
            file: file.to_owned(),
        }),
    }
}

/// Drafts a dataset from a report text already decoded; `file` names its source file.
pub fn draft_text(text: &str, file: &str, encoding: &'static str) -> Draft {
    let doc = doc::Doc::new(text);
    let outline = outline::outline(&doc);
    let body = reading::read_body(&doc, &outline);
    let mut reading = Reading {
        encoding,
        title: outline.title,
        zone: outline.zone,
        year: outline.year,
        plan_year: outline.plan_year,
        part: outline.part,
        projects: projects::projects(&doc, &outline.sections),
        sections: outline.sections,
        quantities: body.quantities,
        pairs: body.pairs,
        ignored: body.ignored,
        unlisted: body.unlisted,
    };
    reading.ignored.sort_by_key(|i| i.line);
    let (mut dataset, anchors) = to_dataset::to_dataset(&doc, &reading, file);
    let dropped = repair::drop_refused(&mut dataset, text, &anchors);
    Draft {
        dataset,
        reading,
        dropped,
    }
}

/// What `zonedash draft` says on stderr: each numeral not taken with why, each figure the
/// checks refused, and a summary line; `file` names the report.
pub fn skipped_lines(draft: &Draft, file: &str, lang: crate::lang::Lang) -> Vec<String> {
    use crate::lang::Lang;
    let mut lines: Vec<String> = draft
        .reading
        .ignored
        .iter()
        .map(|i| {
            let why = i.reason.describe_in(lang);
            match lang {
                Lang::Zh => format!("{file}:{}:未取「{}」:{why}", i.line, i.text),
                Lang::En => format!("{file}:{}: not taken 「{}」: {why}", i.line, i.text),
            }
        })
        .collect();
    lines.extend(draft.dropped.iter().map(|d| match lang {
        Lang::Zh => format!("{file}:已舍弃,未通过检查:{}", d.zh),
        Lang::En => format!("{file}: dropped, the checks refuse it: {}", d.en),
    }));
    if draft.reading.unlisted > 0 {
        lines.push(match lang {
            Lang::Zh => format!(
                "{file}:另有 {} 个超出上限的数字既未列出也未保留",
                draft.reading.unlisted
            ),
            Lang::En => format!(
                "{file}: {} more numerals or figures past the limits were neither listed nor kept",
                draft.reading.unlisted
            ),
        });
    }
    let d = &draft.dataset;
    lines.push(match lang {
        Lang::Zh => format!(
            "{file}:按 {} 读取;{} 项数字、{} 个项目、{} 节;{} 个数字未取;机读草稿,未经审核:请逐项对照原文核对",
            draft.reading.encoding,
            d.metrics.len(),
            d.project_count(),
            d.sections.len(),
            draft.reading.ignored.len(),
        ),
        Lang::En => format!(
            "{file}: read as {}; {}, {}, {}; {} not taken; \
             machine-read and unreviewed: check every figure against the text",
            draft.reading.encoding,
            plural(d.metrics.len(), "figure", "figures"),
            plural(d.project_count(), "project", "projects"),
            plural(d.sections.len(), "section", "sections"),
            plural(draft.reading.ignored.len(), "numeral", "numerals"),
        ),
    });
    lines
}

/// Decodes `bytes` and drafts them.
pub fn draft_bytes(bytes: &[u8], file: &str) -> Result<Draft, DraftError> {
    let decoded = decode(bytes).map_err(|problem| DraftError::Decode {
        file: file.to_owned(),
        problem,
    })?;
    with_year(draft_text(&decoded.text, file, decoded.encoding), file)
}

/// Reads a report text file (at most 16 MiB) and decodes it, for drafting or for checking
/// quotes against it.
pub fn read_report(path: &Path) -> Result<Decoded, DraftError> {
    let file = crate::model::file_label(path);
    let bytes = read_capped(path, &file)?;
    decode(&bytes).map_err(|problem| DraftError::Decode { file, problem })
}

/// Reads and drafts the report text at `path`.
pub fn draft_file(path: &Path) -> Result<Draft, DraftError> {
    let file = crate::model::file_label(path);
    let decoded = read_report(path)?;
    let name = path.file_name().map_or_else(
        || file.clone(),
        |n| crate::sanitize::escape(&n.to_string_lossy()).into_owned(),
    );
    with_year(draft_text(&decoded.text, &name, decoded.encoding), &file)
}

/// True when the file at `path` looks like a JSON dataset rather than a report text: its name
/// ends in `.json`, or its first character other than white space or a BOM is `{`.
pub fn looks_like_json(path: &Path) -> bool {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
    {
        return true;
    }
    let mut head = [0u8; 512];
    let n = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read(&mut f, &mut head))
        .unwrap_or(0);
    let text = head[..n]
        .strip_prefix(&[0xef, 0xbb, 0xbf])
        .unwrap_or(&head[..n]);
    // A file that cannot be opened is left to the dataset loader, which says why.
    n == 0 || text.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

fn read_capped(path: &Path, file: &str) -> Result<Vec<u8>, DraftError> {
    use std::io::Read;
    let unreadable = |e: std::io::Error| LoadError::Unreadable {
        file: file.to_owned(),
        reason: e.to_string(),
    };
    if std::fs::metadata(path).map_err(unreadable)?.is_dir() {
        return Err(LoadError::Directory {
            file: file.to_owned(),
        }
        .into());
    }
    let handle = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::new();
    handle
        .take(MAX_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() > MAX_BYTES {
        return Err(LoadError::TooLarge {
            file: file.to_owned(),
            limit_mib: (MAX_BYTES / (1024 * 1024)) as u64,
        }
        .into());
    }
    Ok(bytes)
}
