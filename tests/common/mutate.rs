//! Turns a string of bytes into edits of a JSON dataset, so a fuzzer or proptest explores files
//! shaped like a dataset: values of the wrong type, missing and extra keys, hostile text,
//! extreme numbers, duplicated and deleted elements. Shared by `fuzz/` and `cargo test`.
#![allow(dead_code)]

use serde_json::{Map, Number, Value};

/// Text that has broken parsers and terminals before.
const STRINGS: &[&str] = &[
    "",
    " ",
    "8%",
    "NaN",
    "-0",
    "1e400",
    "亦庄",
    "三十",
    "百万",
    "下降",
    "预计",
    "review",
    "gdp_growth",
    "pct",
    "growth",
    "landed",
    "\u{1b}]0;owned\u{7}",
    "\u{1b}[31m",
    "\u{9b}31m",
    "\u{202e}evil",
    "e\u{301}",
    "👩\u{200d}💻",
    "\u{feff}",
    "\u{0}",
    "مرحبا",
    "\u{2028}",
];

/// Numbers at the edges.
const NUMBERS: &[f64] = &[
    0.0, -0.0, 1.0, -1.0, 2.7, 100.0, 150.0, 1e15, 1e16, 1e-9, -8.6, 1e308, -1e308, 0.5,
];

/// Applies the edits `choices` describes to `value`.
pub fn mutate(value: &mut Value, choices: &[u8]) {
    let mut bytes = choices.iter().copied();
    while let Some(op) = bytes.next() {
        let count = count_nodes(value);
        let target = usize::from(u16::from_le_bytes([
            bytes.next().unwrap_or(0),
            bytes.next().unwrap_or(0),
        ])) % count;
        match op % 6 {
            0 => {
                let new = make(&mut bytes, 2);
                if let Some(node) = node_mut(value, target) {
                    *node = new;
                }
            }
            1 => remove(value, target),
            2 => duplicate(value, target),
            3 => {
                let text = STRINGS[usize::from(bytes.next().unwrap_or(0)) % STRINGS.len()];
                if let Some(node) = node_mut(value, target) {
                    *node = Value::String(text.to_owned());
                }
            }
            4 => {
                let number = NUMBERS[usize::from(bytes.next().unwrap_or(0)) % NUMBERS.len()];
                if let Some(node) = node_mut(value, target) {
                    *node = Number::from_f64(number).map_or(Value::Null, Value::Number);
                }
            }
            _ => {
                let key = STRINGS[usize::from(bytes.next().unwrap_or(0)) % STRINGS.len()];
                if let Some(Value::Object(map)) = node_mut(value, target) {
                    map.insert(key.to_owned(), Value::Bool(true));
                }
            }
        }
    }
}

/// A value built from the next bytes, nested at most `depth` deep.
fn make(bytes: &mut impl Iterator<Item = u8>, depth: u8) -> Value {
    let pick = bytes.next().unwrap_or(0);
    match pick % 7 {
        0 => Value::Null,
        1 => Value::Bool(pick > 128),
        2 => Value::from(i64::from(bytes.next().unwrap_or(0)) - 64),
        3 => Number::from_f64(NUMBERS[usize::from(pick) % NUMBERS.len()])
            .map_or(Value::Null, Value::Number),
        4 => Value::String(
            STRINGS[usize::from(bytes.next().unwrap_or(0)) % STRINGS.len()].to_owned(),
        ),
        5 if depth > 0 => Value::Array((0..pick % 3).map(|_| make(bytes, depth - 1)).collect()),
        _ if depth > 0 => {
            let mut map = Map::new();
            for _ in 0..pick % 3 {
                let key = STRINGS[usize::from(bytes.next().unwrap_or(0)) % STRINGS.len()];
                map.insert(key.to_owned(), make(bytes, depth - 1));
            }
            Value::Object(map)
        }
        _ => Value::Null,
    }
}

fn count_nodes(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(count_nodes).sum(),
        Value::Object(map) => map.values().map(count_nodes).sum(),
        _ => 0,
    }
}

/// The `target`-th node in depth-first order.
fn node_mut(value: &mut Value, mut target: usize) -> Option<&mut Value> {
    let mut stack = vec![value];
    while let Some(node) = stack.pop() {
        if target == 0 {
            return Some(node);
        }
        target -= 1;
        match node {
            Value::Array(items) => stack.extend(items.iter_mut().rev()),
            Value::Object(map) => stack.extend(map.values_mut().rev()),
            _ => {}
        }
    }
    None
}

/// Removes the first child of the `target`-th node: an array element or an object key.
fn remove(value: &mut Value, target: usize) {
    match node_mut(value, target) {
        Some(Value::Array(items)) if !items.is_empty() => {
            items.remove(0);
        }
        Some(Value::Object(map)) => {
            if let Some(key) = map.keys().next().cloned() {
                map.shift_remove(&key);
            }
        }
        _ => {}
    }
}

/// Appends a copy of the first element of the `target`-th node, if it is a non-empty array.
fn duplicate(value: &mut Value, target: usize) {
    if let Some(Value::Array(items)) = node_mut(value, target)
        && let Some(first) = items.first().cloned()
    {
        items.push(first);
    }
}
