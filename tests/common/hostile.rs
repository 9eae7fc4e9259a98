//! Hostile datasets of up to 16 MiB, shaped to hit a cost per value or per pair of items; shared
//! by the memory tests and the benchmarks.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use serde_json::{Value, json};

/// The largest dataset file read, which every input here stays within.
pub const LIMIT: usize = 16 * 1024 * 1024;

fn minimal() -> Value {
    serde_json::from_str(include_str!("../fixtures/valid/minimal.json")).unwrap()
}

fn compact(value: &Value) -> String {
    let text = serde_json::to_string(value).unwrap();
    assert!(text.len() <= LIMIT, "{} bytes", text.len());
    text
}

/// One key of `key_len` characters holding `values` zeros: the first release kept the whole
/// path of every value (`kkk…k[i]`) to place a problem, 10 GB for 300 KB.
pub fn long_key_over_zeros(key_len: usize, values: usize) -> String {
    let zeros = vec!["0"; values].join(",");
    format!(
        "{{\"schema_version\": 1, \"{}\": [{zeros}]}}",
        "k".repeat(key_len)
    )
}

/// A `field` holding as many zeros as fit in 16 MiB: 80 bytes each as a `serde_json::Value`.
pub fn zeros_in(field: &str) -> String {
    let head = format!("{{\"schema_version\": 1, \"{field}\": [0");
    let count = (LIMIT - head.len() - 2) / 2;
    let mut text = String::with_capacity(LIMIT);
    text.push_str(&head);
    for _ in 0..count {
        text.push_str(",0");
    }
    text.push_str("]}");
    text
}

/// The minimal dataset with `n` more numbered sections under its first part.
pub fn sections_with_parent(n: usize) -> String {
    let mut d = minimal();
    let sections = d["sections"].as_array_mut().unwrap();
    let part = sections[0]["id"].clone();
    for i in 0..n {
        sections.push(json!({
            "id": format!("s{i}"), "parent": part, "number": 1,
            "title_zh": "节", "title_en": "S"
        }));
    }
    compact(&d)
}

/// The minimal dataset with `units` more units and `figures` more figures, each figure in one
/// of the new units (the last first, so a linear search walks far).
pub fn units_and_figures(units: usize, figures: usize) -> String {
    let mut d = minimal();
    let template = d["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| {
            m["source"]["quote"]
                .as_str()
                .is_some_and(|q| q.contains("52"))
        })
        .cloned()
        .unwrap();
    let kind = d["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["id"] == template["unit"])
        .unwrap()["kind"]
        .clone();
    let list = d["units"].as_array_mut().unwrap();
    for i in 0..units {
        list.push(json!({"id": format!("u{i}"), "kind": kind, "zh": "个", "en": "count"}));
    }
    let metrics = d["metrics"].as_array_mut().unwrap();
    for i in 0..figures {
        let mut m = template.clone();
        m["id"] = json!(format!("m{i}"));
        m["unit"] = json!(format!("u{}", units - 1 - i % units));
        metrics.push(m);
    }
    compact(&d)
}

/// The minimal dataset with `n` titles for one panel: every one past the first a problem.
pub fn panel_titles(n: usize) -> String {
    let mut d = minimal();
    let title = json!({"panel": "growth", "label_zh": "增", "label_en": "G"});
    d["panel_titles"] = Value::Array(vec![title; n]);
    compact(&d)
}

/// The minimal dataset with `n` more figures whose value is a string: a type problem each.
pub fn type_problems(n: usize) -> String {
    let mut d = minimal();
    let mut bad = d["metrics"][0].clone();
    bad["value"] = json!("8");
    let metrics = d["metrics"].as_array_mut().unwrap();
    for i in 0..n {
        let mut m = bad.clone();
        m["id"] = json!(format!("t{i}"));
        metrics.push(m);
    }
    compact(&d)
}
