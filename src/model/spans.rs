//! Finds where in a JSON text each value starts, so problems found after parsing get a line:col.

use std::collections::HashMap;

/// Deeper values are scanned but not recorded: serde_json stops at 128 levels, so no problem is
/// ever reported deeper, and rendering very deep paths would cost quadratic time.
const MAX_RECORDED_DEPTH: usize = 130;

/// One step of a JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

/// Byte offsets of every value of a JSON text, keyed by path (`metrics[12].value`, `.` for the
/// root), in the same notation `serde_path_to_error` prints.
#[derive(Debug, Default)]
pub struct SpanIndex {
    offsets: HashMap<String, usize>,
    line_starts: Vec<usize>,
}

impl SpanIndex {
    /// Indexes `text`. Built only when there is a problem to place, so a good file pays nothing.
    /// Iterative, so nesting depth cannot overflow the stack; on malformed text it keeps what it
    /// found before the fault.
    pub fn new(text: &str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let mut index = SpanIndex {
            offsets: HashMap::new(),
            line_starts,
        };
        index.scan(text.as_bytes());
        index
    }

    /// The 1-based line and byte column where the value at `path` starts, or the nearest
    /// enclosing value that exists (a missing field is placed at its object).
    pub fn locate(&self, path: &str) -> (usize, usize) {
        let mut probe = path;
        loop {
            if let Some(&offset) = self.offsets.get(probe) {
                return self.line_col(offset);
            }
            match probe.rfind(['.', '[']) {
                Some(0) | None => {
                    return self.offsets.get(".").map_or((1, 1), |o| self.line_col(*o));
                }
                Some(cut) => probe = &probe[..cut],
            }
        }
    }

    fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|start| *start <= offset);
        let start = self
            .line_starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(0);
        (line.max(1), offset - start + 1)
    }

    fn scan(&mut self, bytes: &[u8]) {
        let mut path: Vec<Step> = Vec::new();
        let mut pos = 0;
        // Each turn starts at a value whose path is `path`.
        'value: loop {
            pos = skip_space(bytes, pos);
            let Some(&first) = bytes.get(pos) else { return };
            if path.len() <= MAX_RECORDED_DEPTH {
                self.offsets.insert(render(&path), pos);
            }
            let mut ended = match first {
                b'{' => {
                    pos = skip_space(bytes, pos + 1);
                    if bytes.get(pos) == Some(&b'}') {
                        pos += 1;
                        true
                    } else {
                        let Some((key, next)) = read_key(bytes, pos) else {
                            return;
                        };
                        path.push(Step::Key(key));
                        pos = next;
                        continue 'value;
                    }
                }
                b'[' => {
                    pos = skip_space(bytes, pos + 1);
                    if bytes.get(pos) == Some(&b']') {
                        pos += 1;
                        true
                    } else {
                        path.push(Step::Index(0));
                        continue 'value;
                    }
                }
                b'"' => {
                    pos = skip_string(bytes, pos);
                    true
                }
                _ => {
                    while bytes.get(pos).is_some_and(|b| {
                        !matches!(b, b',' | b']' | b'}') && !b.is_ascii_whitespace()
                    }) {
                        pos += 1;
                    }
                    true
                }
            };
            // The value at `path` has ended: step out until a sibling follows.
            while ended {
                let Some(step) = path.pop() else { return };
                pos = skip_space(bytes, pos);
                match (step, bytes.get(pos)) {
                    (Step::Key(_), Some(b',')) => {
                        let Some((key, next)) = read_key(bytes, skip_space(bytes, pos + 1)) else {
                            return;
                        };
                        path.push(Step::Key(key));
                        pos = next;
                        ended = false;
                    }
                    (Step::Index(i), Some(b',')) => {
                        path.push(Step::Index(i + 1));
                        pos += 1;
                        ended = false;
                    }
                    (_, Some(b'}' | b']')) => pos += 1,
                    _ => return,
                }
            }
        }
    }
}

fn render(path: &[Step]) -> String {
    if path.is_empty() {
        return ".".to_owned();
    }
    let mut out = String::new();
    for step in path {
        match step {
            Step::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

fn skip_space(bytes: &[u8], mut pos: usize) -> usize {
    while bytes.get(pos).is_some_and(u8::is_ascii_whitespace) {
        pos += 1;
    }
    pos
}

/// Skips the string starting at `pos` (its opening quote); returns the offset after it.
fn skip_string(bytes: &[u8], mut pos: usize) -> usize {
    pos += 1;
    while let Some(&b) = bytes.get(pos) {
        match b {
            b'\\' => pos += 2,
            b'"' => return pos + 1,
            _ => pos += 1,
        }
    }
    pos
}

/// Reads `"key" :` at `pos`; returns the decoded key and the offset after the colon.
fn read_key(bytes: &[u8], pos: usize) -> Option<(String, usize)> {
    if bytes.get(pos) != Some(&b'"') {
        return None;
    }
    let end = skip_string(bytes, pos);
    let raw = std::str::from_utf8(bytes.get(pos..end)?).ok()?;
    let key: String = serde_json::from_str(raw).ok()?;
    let colon = skip_space(bytes, end);
    (bytes.get(colon) == Some(&b':')).then_some((key, colon + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c\": {\"d\": [], \"e\": {}}\n}";

    #[test]
    fn places_values_by_path() {
        let index = SpanIndex::new(TEXT);
        assert_eq!(index.locate("."), (1, 1));
        assert_eq!(index.locate("a"), (2, 8));
        assert_eq!(index.locate("a[0]"), (2, 9));
        assert_eq!(index.locate("a[1].b"), (2, 18));
        assert_eq!(index.locate("c.e"), (3, 23));
    }

    #[test]
    fn missing_paths_fall_back_to_their_parent() {
        let index = SpanIndex::new(TEXT);
        assert_eq!(index.locate("a[1].missing"), (2, 12));
        assert_eq!(index.locate("zzz"), (1, 1));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let text = "[".repeat(200_000) + &"]".repeat(200_000);
        let index = SpanIndex::new(&text);
        assert_eq!(index.locate("[0][0][0]"), (1, 4));
    }

    #[test]
    fn malformed_text_keeps_what_it_found() {
        let index = SpanIndex::new("{\"a\": [1, 2");
        assert_eq!(index.locate("a[1]"), (1, 11));
    }
}
