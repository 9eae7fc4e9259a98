//! Under `--lang zh` every refusal of a bad dataset is said in Chinese: the file's place and the
//! JSON path, names and quoted data stay as written, but no English sentence is left.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

/// The message with what is quoted (`"…"`, `` `…` ``, 「…」) and the place before `位置 PATH:`
/// taken out: what remains is the sentence itself.
fn sentence(line: &str) -> String {
    let after_path = match line.split_once("位置 ") {
        Some((_, rest)) => rest.split_once(": ").map_or(rest, |(_, m)| m),
        None => line.splitn(4, ':').last().unwrap_or(line),
    };
    let mut out = String::new();
    let mut closing: Option<char> = None;
    for c in after_path.chars() {
        match closing {
            Some(end) if c == end => closing = None,
            Some(_) => {}
            None => match c {
                '"' => closing = Some('"'),
                '`' => closing = Some('`'),
                '「' => closing = Some('」'),
                _ => out.push(c),
            },
        }
    }
    out
}

/// Two English words in a row (`is not`, `needs one`): a sentence left untranslated. Field
/// and value names (`basis_from`, `snake_case`) and single words beside Chinese are allowed.
fn english_phrase(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split(' ').collect();
    words.windows(2).find_map(|w| {
        let wordy = |s: &str| s.len() >= 2 && s.chars().all(|c| c.is_ascii_lowercase());
        (wordy(w[0]) && wordy(w[1])).then(|| format!("{} {}", w[0], w[1]))
    })
}

#[test]
fn every_refusal_of_a_bad_dataset_is_said_in_chinese() {
    let mut fixtures: Vec<_> = std::fs::read_dir("tests/fixtures/invalid")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    fixtures.sort();
    assert!(fixtures.len() > 30, "the fixtures are found");
    let mut english = Vec::new();
    for fixture in &fixtures {
        let output = Command::new(env!("CARGO_BIN_EXE_zonedash"))
            .args(["--lang", "zh", "validate"])
            .arg(fixture)
            .env("LANG", "C")
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{}", fixture.display());
        let stderr = String::from_utf8_lossy(&output.stderr);
        for line in stderr.lines() {
            if let Some(phrase) = english_phrase(&sentence(line)) {
                english.push(format!("{line}   ← {phrase:?}"));
            }
        }
    }
    assert!(english.is_empty(), "English left:\n{}", english.join("\n"));
}

#[test]
fn the_checker_sees_an_english_sentence() {
    let line = "f.json:3:4: 位置 metrics[0].unit: unit \"mg\" is not known";
    assert_eq!(english_phrase(&sentence(line)).as_deref(), Some("is not"));
    let line = "f.json:3:4: 位置 metrics[0].unit: 未知单位 \"mg\"";
    assert_eq!(english_phrase(&sentence(line)), None);
}
