//! Finds where in a JSON text the values at given paths start, so problems get a line:col.
//!
//! Only the paths asked for are tracked: they form a small tree, and one pass over the text
//! follows it, so memory grows with the number of problems, never with the file's size or its
//! keys' lengths, and time is one scan however many problems there are.

use rustc_hash::FxHashMap as HashMap;

/// Deeper values are skipped whole: serde_json stops at 128 levels, so no problem is ever
/// reported deeper, and a frame per level of a 16 MiB `[[[[…` would cost far more than the text.
const MAX_TRACKED_DEPTH: usize = 130;

/// The 1-based line and byte column where the value at each of `paths` starts in `text`, in
/// the order given; a path that does not exist is placed at its nearest enclosing value (a
/// missing field at its object). Paths are in `serde_path_to_error` notation (`metrics[12].value`,
/// `.` for the root). On malformed text, what was found before the fault is used.
pub fn locate_all(text: &str, paths: &[&str]) -> Vec<(usize, usize)> {
    let mut wanted = Wanted::default();
    let ends: Vec<u32> = paths.iter().map(|p| wanted.insert(p)).collect();
    scan(text.as_bytes(), &mut wanted);
    let offsets: Vec<usize> = ends.iter().map(|end| wanted.found_at(*end)).collect();
    line_columns(text.as_bytes(), &offsets)
}

/// One step of a path, borrowed from the path it was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Step<'p> {
    Key(&'p str),
    Index(usize),
}

/// The paths asked for, as a tree of steps from the root (node 0), each node with the offset of
/// its value once the scan meets it.
struct Wanted<'p> {
    /// Per node: its parent (none for the root) and its value's offset, if found.
    nodes: Vec<(Option<u32>, Option<usize>)>,
    children: HashMap<(u32, Step<'p>), u32>,
}

impl Default for Wanted<'_> {
    fn default() -> Self {
        Wanted {
            nodes: vec![(None, None)],
            children: HashMap::default(),
        }
    }
}

impl<'p> Wanted<'p> {
    /// Adds `path`; returns its last node.
    fn insert(&mut self, path: &'p str) -> u32 {
        let mut node = 0;
        for step in steps(path) {
            let next = u32::try_from(self.nodes.len()).unwrap_or(u32::MAX);
            node = *self.children.entry((node, step)).or_insert_with(|| {
                self.nodes.push((Some(node), None));
                next
            });
        }
        node
    }

    fn child(&self, parent: Option<u32>, step: Step<'_>) -> Option<u32> {
        self.children.get(&(parent?, step)).copied()
    }

    fn found(&mut self, node: Option<u32>, offset: usize) {
        if let Some(slot) = node.and_then(|n| self.nodes.get_mut(n as usize)) {
            slot.1.get_or_insert(offset);
        }
    }

    /// The offset of `node`'s value, or of its nearest ancestor's that was found, or 0.
    fn found_at(&self, mut node: u32) -> usize {
        loop {
            match self.nodes.get(node as usize) {
                Some((_, Some(offset))) => return *offset,
                Some((Some(parent), None)) => node = *parent,
                _ => return 0,
            }
        }
    }
}

/// The steps of a path: `a.b[3].c` is `a`, `b`, `[3]`, `c`; `.` is none.
fn steps(path: &str) -> impl Iterator<Item = Step<'_>> {
    let path = if path == "." { "" } else { path };
    let mut rest = path;
    std::iter::from_fn(move || {
        rest = rest.strip_prefix('.').unwrap_or(rest);
        if rest.is_empty() {
            return None;
        }
        if let Some(inner) = rest.strip_prefix('[')
            && let Some(close) = inner.find(']')
            && let Ok(index) = inner[..close].parse()
        {
            rest = &inner[close + 1..];
            return Some(Step::Index(index));
        }
        // A key runs to the next `.` or `[` (after its first character, so a stray `[` that is
        // not an index still moves on).
        let end = rest
            .char_indices()
            .skip(1)
            .find(|(_, c)| matches!(c, '.' | '['))
            .map_or(rest.len(), |(i, _)| i);
        let (key, after) = rest.split_at(end);
        rest = after;
        Some(Step::Key(key))
    })
}

/// An open object or array during the scan, with the wanted node of its own value.
#[derive(Clone, Copy)]
enum Frame {
    Object(Option<u32>),
    Array(Option<u32>, usize),
}

/// Walks `bytes` once, recording the offset of every wanted value. Iterative, so nesting cannot
/// overflow the stack.
fn scan(bytes: &[u8], wanted: &mut Wanted<'_>) {
    let mut frames: Vec<Frame> = Vec::new();
    let mut pos = 0;
    // Each turn starts at a value whose wanted node (if any) is `node`.
    let mut node = Some(0);
    'value: loop {
        pos = skip_space(bytes, pos);
        let Some(&first) = bytes.get(pos) else { return };
        wanted.found(node, pos);
        let mut ended = match first {
            b'{' | b'[' if frames.len() >= MAX_TRACKED_DEPTH => {
                pos = skip_value(bytes, pos);
                true
            }
            b'{' => {
                pos = skip_space(bytes, pos + 1);
                if bytes.get(pos) == Some(&b'}') {
                    pos += 1;
                    true
                } else {
                    let Some((child, next)) = enter_key(bytes, pos, node, wanted) else {
                        return;
                    };
                    frames.push(Frame::Object(node));
                    node = child;
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
                    frames.push(Frame::Array(node, 0));
                    node = wanted.child(node, Step::Index(0));
                    continue 'value;
                }
            }
            b'"' => {
                pos = skip_string(bytes, pos);
                true
            }
            _ => {
                pos = skip_scalar(bytes, pos);
                true
            }
        };
        // The value has ended: step out until a sibling follows.
        while ended {
            let Some(frame) = frames.pop() else { return };
            pos = skip_space(bytes, pos);
            match (frame, bytes.get(pos)) {
                (Frame::Object(parent), Some(b',')) => {
                    let at = skip_space(bytes, pos + 1);
                    let Some((child, next)) = enter_key(bytes, at, parent, wanted) else {
                        return;
                    };
                    frames.push(frame);
                    node = child;
                    pos = next;
                    ended = false;
                }
                (Frame::Array(parent, i), Some(b',')) => {
                    frames.push(Frame::Array(parent, i + 1));
                    node = wanted.child(parent, Step::Index(i + 1));
                    pos += 1;
                    ended = false;
                }
                (_, Some(b'}' | b']')) => pos += 1,
                _ => return,
            }
        }
    }
}

/// Reads `"key" :` at `pos` in an object whose wanted node is `parent`; returns the key's
/// wanted node and the offset after the colon. A key is decoded only when its object is wanted.
fn enter_key(
    bytes: &[u8],
    pos: usize,
    parent: Option<u32>,
    wanted: &Wanted<'_>,
) -> Option<(Option<u32>, usize)> {
    if bytes.get(pos) != Some(&b'"') {
        return None;
    }
    let end = skip_string(bytes, pos);
    let child = match parent {
        None => None,
        Some(_) => {
            let raw = bytes.get(pos + 1..end.checked_sub(1)?)?;
            if raw.contains(&b'\\') {
                let quoted = std::str::from_utf8(bytes.get(pos..end)?).ok()?;
                let key: String = serde_json::from_str(quoted).ok()?;
                wanted.child(parent, Step::Key(&key))
            } else {
                wanted.child(parent, Step::Key(std::str::from_utf8(raw).ok()?))
            }
        }
    };
    let colon = skip_space(bytes, end);
    (bytes.get(colon) == Some(&b':')).then_some((child, colon + 1))
}

fn skip_space(bytes: &[u8], mut pos: usize) -> usize {
    while bytes.get(pos).is_some_and(u8::is_ascii_whitespace) {
        pos += 1;
    }
    pos
}

fn skip_scalar(bytes: &[u8], mut pos: usize) -> usize {
    while bytes
        .get(pos)
        .is_some_and(|b| !matches!(b, b',' | b']' | b'}') && !b.is_ascii_whitespace())
    {
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

/// Skips the object or array starting at `pos`, counting brackets outside strings.
fn skip_value(bytes: &[u8], mut pos: usize) -> usize {
    let mut depth = 0usize;
    while let Some(&b) = bytes.get(pos) {
        match b {
            b'"' => {
                pos = skip_string(bytes, pos);
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return pos + 1;
                }
            }
            _ => {}
        }
        pos += 1;
    }
    pos
}

/// The 1-based line and byte column of each offset, counted in one pass over the text.
fn line_columns(bytes: &[u8], offsets: &[usize]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|i| offsets[*i]);
    let mut placed = vec![(1, 1); offsets.len()];
    let (mut line, mut line_start, mut counted) = (1, 0, 0);
    for i in order {
        let offset = offsets[i].min(bytes.len());
        for (at, b) in bytes[counted..offset].iter().enumerate() {
            if *b == b'\n' {
                line += 1;
                line_start = counted + at + 1;
            }
        }
        counted = offset;
        placed[i] = (line, offset - line_start + 1);
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c\": {\"d\": [], \"e\": {}}\n}";

    fn locate(text: &str, path: &str) -> (usize, usize) {
        locate_all(text, &[path])[0]
    }

    #[test]
    fn places_values_by_path() {
        let paths = [".", "a", "a[0]", "a[1].b", "c.e"];
        let places = locate_all(TEXT, &paths);
        assert_eq!(places, [(1, 1), (2, 8), (2, 9), (2, 18), (3, 23)]);
    }

    #[test]
    fn missing_paths_fall_back_to_their_parent() {
        assert_eq!(locate(TEXT, "a[1].missing"), (2, 12));
        assert_eq!(locate(TEXT, "zzz"), (1, 1));
        assert_eq!(locate(TEXT, "a[7]"), (2, 8));
    }

    #[test]
    fn escaped_keys_are_matched_decoded() {
        let text = "{\"x\\u0041y\": [0, 5]}";
        assert_eq!(locate(text, "xAy[1]"), (1, 18));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let text = "[".repeat(200_000) + &"]".repeat(200_000);
        assert_eq!(locate(&text, "[0][0][0]"), (1, 4));
        let after = format!(
            "{{\"a\": {}, \"b\": 2}}",
            "[".repeat(1000) + &"]".repeat(1000)
        );
        assert_eq!(locate(&after, "b"), (1, 2014));
    }

    #[test]
    fn malformed_text_keeps_what_it_found() {
        assert_eq!(locate("{\"a\": [1, 2", "a[1]"), (1, 11));
    }

    #[test]
    fn a_long_key_over_many_values_costs_one_scan() {
        // The first release kept the whole path of every value: 10⁵ × 10⁵ bytes here.
        let key = "k".repeat(100_000);
        let zeros = vec!["0"; 100_000].join(",");
        let text = format!("{{\"{key}\": [{zeros}]}}");
        let path = format!("{key}[99999]");
        assert_eq!(locate(&text, &path), (1, 100_007 + 2 * 99_999));
    }
}
