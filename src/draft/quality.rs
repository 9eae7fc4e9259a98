//! The draft measured on a folder of report texts with answer keys: recall, precision and
//! how many of the found figures have each field right.

use std::path::{Path, PathBuf};

use super::answer_key::{AnswerKey, FIELDS, FieldScore};
use super::score::{Score, score};

/// One text of the corpus, measured.
#[derive(Debug, Clone)]
pub struct Measured {
    pub name: String,
    pub figures: Score,
    pub fields: FieldScore,
}

/// The texts of `dir` that have an answer key beside them (`X.txt` and `X.key.json`), sorted.
pub fn keyed_texts(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut texts: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter(|p| p.with_extension("key.json").is_file())
        .collect();
    texts.sort();
    Ok(texts)
}

/// Drafts `text` and measures it against its key.
pub fn measure(text: &Path) -> anyhow::Result<Measured> {
    let key_path = text.with_extension("key.json");
    let key: AnswerKey = serde_json::from_str(&std::fs::read_to_string(&key_path)?)
        .map_err(|e| anyhow::anyhow!("{}: {e}", key_path.display()))?;
    let draft = super::draft_file(text)?;
    let decoded = super::read_report(text)?;
    Ok(Measured {
        name: text
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
        figures: score(&draft.dataset, &key.expected(), &decoded.text),
        fields: key.judge(&draft.dataset, &decoded.text),
    })
}

fn percent(a: usize, b: usize) -> String {
    if b == 0 {
        "—".to_owned()
    } else {
        format!("{:.1}%", a as f64 * 100.0 / b as f64)
    }
}

/// The table of `rows` and their total, as Markdown: figures found and right, then each field
/// as a share of the figures found.
pub fn field_table(rows: &[Measured]) -> String {
    let mut out = String::from("| text | key | found | recall | output | precision |");
    for field in FIELDS {
        out.push_str(&format!(" {field} |"));
    }
    out.push_str(" all fields | tags right | report |\n| --- |");
    out.push_str(&" ---: |".repeat(5 + FIELDS.len() + 3));
    out.push('\n');
    let mut total = Measured {
        name: "**all**".to_owned(),
        figures: Score::default(),
        fields: FieldScore::default(),
    };
    for row in rows {
        let (f, t) = (&row.figures, &mut total.figures);
        t.expected += f.expected;
        t.found += f.found;
        t.output += f.output;
        t.matched_output += f.matched_output;
        total.fields.add(&row.fields);
    }
    for row in rows.iter().chain([&total]) {
        let (f, s) = (&row.figures, &row.fields);
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |",
            row.name,
            f.expected,
            f.found,
            percent(f.found, f.expected),
            f.output,
            percent(f.matched_output, f.output)
        ));
        for right in s.right {
            out.push_str(&format!(" {} |", percent(right, s.found)));
        }
        let texts = if row.name == total.name {
            rows.len()
        } else {
            1
        };
        out.push_str(&format!(
            " {} | {} | {}/{} |\n",
            percent(s.all_right, s.found),
            percent(s.tagged_right, s.tagged),
            s.report_right,
            texts * 3
        ));
    }
    out
}
