//! Prints the draft's recall and precision on the seed report and on the corpus of invented
//! reports in tests/fixtures/draft/, with the misses and false figures of each; then, on the
//! evaluation corpus (tests/fixtures/draft-eval/, texts with a second reader's answer keys),
//! recall, precision and how many found figures have each field right.
//!
//! `cargo run --example draft_quality [-- --verbose] [--eval DIR]` (`--verbose` lists every
//! wrong field; `--eval DIR` measures the texts with keys in DIR instead)

use std::path::Path;

use zonedash::draft::score::{Expected, Score, expected_of, markdown_table, score};
use zonedash::draft::{draft_file, read_report};

fn main() -> anyhow::Result<()> {
    let verbose = std::env::args().any(|a| a == "--verbose");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut rows: Vec<(String, Score)> = Vec::new();
    let seed = root.join("tests/fixtures/source/bda-2022-work-report.zh.txt");
    let bundled = zonedash::model::load_bundled()?;
    rows.push((
        "seed: bda-2022-work-report.zh.txt".into(),
        measure(&seed, &expected_of(&bundled))?,
    ));
    let corpus = root.join("tests/fixtures/draft");
    let mut texts: Vec<_> = std::fs::read_dir(&corpus)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    texts.sort();
    for text in texts {
        let expected_path = text.with_extension("expected.json");
        let expected: Vec<Expected> =
            serde_json::from_str(&std::fs::read_to_string(&expected_path)?)?;
        let name = text
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        rows.push((name, measure(&text, &expected)?));
    }
    print!("{}", markdown_table(&rows));
    for (name, s) in &rows {
        if verbose || !s.misses.is_empty() || !s.false_figures.is_empty() {
            println!("\n{name}");
            s.misses.iter().for_each(|m| println!("  miss  {m}"));
            s.false_figures.iter().for_each(|f| println!("  false {f}"));
        }
    }
    // `--eval DIR` measures another folder of texts with keys (one held out from the rules).
    let args: Vec<String> = std::env::args().collect();
    let eval = args
        .iter()
        .position(|a| a == "--eval")
        .and_then(|i| args.get(i + 1))
        .map_or_else(
            || root.join("tests/fixtures/draft-eval"),
            std::path::PathBuf::from,
        );
    // The seed judged field by field against a second reader's key, as the corpus is.
    let seed_fields = zonedash::draft::quality::measure(&seed)?;
    println!("\nThe seed, with a second reader's key\n");
    print!(
        "{}",
        zonedash::draft::quality::field_table(std::slice::from_ref(&seed_fields))
    );
    if verbose {
        let f = &seed_fields.figures;
        f.misses.iter().for_each(|x| println!("  miss  {x}"));
        f.false_figures.iter().for_each(|x| println!("  false {x}"));
        seed_fields
            .fields
            .wrong
            .iter()
            .for_each(|x| println!("  wrong {x}"));
    }
    let measured = zonedash::draft::quality::keyed_texts(&eval)?
        .iter()
        .map(|t| zonedash::draft::quality::measure(t))
        .collect::<anyhow::Result<Vec<_>>>()?;
    println!(
        "\nEvaluation corpus ({} texts with answer keys)\n",
        measured.len()
    );
    print!("{}", zonedash::draft::quality::field_table(&measured));
    if verbose {
        for m in &measured {
            println!("\n{}", m.name);
            m.figures
                .misses
                .iter()
                .for_each(|x| println!("  miss  {x}"));
            m.figures
                .false_figures
                .iter()
                .for_each(|x| println!("  false {x}"));
            m.fields.wrong.iter().for_each(|x| println!("  wrong {x}"));
        }
    }
    Ok(())
}

fn measure(text: &Path, expected: &[Expected]) -> anyhow::Result<Score> {
    let draft = draft_file(text)?;
    let decoded = read_report(text)?;
    Ok(score(&draft.dataset, expected, &decoded.text))
}
