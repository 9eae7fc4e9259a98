//! The text as characters with full-width forms folded to ASCII, split into lines, clutter marked.

use std::ops::Range;

/// A report text prepared for reading: one folded character per original character, so a
/// character range maps back to the verbatim text.
#[derive(Debug, Clone)]
pub struct Doc<'a> {
    /// The decoded text, verbatim.
    pub text: &'a str,
    /// Characters with full-width ASCII folded (，→, （→( ％→% ０→0), the rest unchanged.
    pub chars: Vec<char>,
    /// Byte offset in `text` of each character, and `text.len()` at the end.
    offsets: Vec<usize>,
    /// Lines, without their line breaks.
    pub lines: Vec<Line>,
}

/// One line of the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Characters of the line, trimmed of surrounding white space.
    pub range: Range<usize>,
    /// 1-based line number.
    pub number: usize,
    /// True for breadcrumbs, publication data, navigation and the like.
    pub clutter: bool,
}

/// The last `n` characters of `text` (all of it when shorter), as a slice of it.
pub(super) fn last_chars(text: &str, n: usize) -> &str {
    let start = n
        .checked_sub(1)
        .and_then(|k| text.char_indices().rev().nth(k))
        .map_or(if n == 0 { text.len() } else { 0 }, |(at, _)| at);
    &text[start..]
}

impl<'a> Doc<'a> {
    /// Prepares `text`.
    pub fn new(text: &'a str) -> Doc<'a> {
        let mut chars = Vec::with_capacity(text.len() / 2);
        let mut offsets = Vec::with_capacity(text.len() / 2 + 1);
        for (at, c) in text.char_indices() {
            chars.push(fold(c));
            offsets.push(at);
        }
        offsets.push(text.len());
        let mut doc = Doc {
            text,
            chars,
            offsets,
            lines: Vec::new(),
        };
        doc.lines = doc.split_lines();
        doc
    }

    /// The verbatim text of a character range.
    pub fn verbatim(&self, range: Range<usize>) -> &'a str {
        let end = range.end.min(self.chars.len());
        let start = range.start.min(end);
        &self.text[self.offsets[start]..self.offsets[end]]
    }

    /// The byte offset in the text of character `at`.
    pub fn byte_at(&self, at: usize) -> usize {
        self.offsets[at.min(self.chars.len())]
    }

    /// The folded characters of a range as a string, for matching words.
    pub fn folded(&self, range: Range<usize>) -> String {
        let end = range.end.min(self.chars.len());
        self.chars[range.start.min(end)..end].iter().collect()
    }

    /// True when the folded text at `at` starts with `word`.
    pub fn has_at(&self, at: usize, word: &str) -> bool {
        (at..)
            .zip(word.chars())
            .all(|(i, w)| self.chars.get(i) == Some(&w))
    }

    /// True when the folded text ending just before `at` ends with `word`.
    pub fn has_before(&self, at: usize, word: &str) -> bool {
        let n = word.chars().count();
        at >= n && self.has_at(at - n, word)
    }

    /// The line holding character `at` (1-based number), for messages.
    pub fn line_number(&self, at: usize) -> usize {
        let i = self.lines.partition_point(|l| l.range.end < at);
        self.lines.get(i).map_or(self.lines.len(), |l| l.number)
    }

    fn split_lines(&self) -> Vec<Line> {
        let mut lines = Vec::new();
        let mut start = 0;
        let mut number = 1;
        for i in 0..=self.chars.len() {
            if i == self.chars.len() || self.chars[i] == '\n' {
                let mut s = start;
                let mut e = i;
                while s < e && self.chars[s].is_whitespace() {
                    s += 1;
                }
                while e > s && self.chars[e - 1].is_whitespace() {
                    e -= 1;
                }
                if e > s {
                    let clutter = is_clutter(&self.chars[s..e]);
                    lines.push(Line {
                        range: s..e,
                        number,
                        clutter,
                    });
                }
                start = i + 1;
                number += 1;
            }
        }
        lines
    }
}

/// Full-width ASCII to ASCII, the ideographic space to a space; everything else as it is.
fn fold(c: char) -> char {
    match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '\u{3000}' | '\u{a0}' => ' ',
        _ => c,
    }
}

/// Words that open a line of page furniture rather than report text.
const CLUTTER_OPENERS: &[&str] = &[
    "索引号",
    "发布日期",
    "发布时间",
    "发文日期",
    "成文日期",
    "发布机构",
    "发文机关",
    "信息来源",
    "来源:",
    "来源 :",
    "作者:",
    "字号",
    "浏览次数",
    "阅读次数",
    "访问量",
    "点击数",
    "主题分类",
    "责任编辑",
    "编辑:",
    "分享到",
    "分享:",
    "【打印】",
    "[打印]",
    "打印本页",
    "关闭窗口",
    "【关闭】",
    "上一篇",
    "下一篇",
    "相关新闻",
    "相关链接",
    "相关文件",
    "相关阅读",
    "扫一扫",
    "版权所有",
    "网站地图",
    "联系我们",
    "主办:",
    "承办:",
    "主办单位",
    "技术支持",
    "当前位置",
    "您的位置",
    "您现在的位置",
    "首页 ",
    "首页>",
    "返回顶部",
    "(未完",
    "(待续",
    "未完待续",
    "【字体",
    "[字体",
    "文章来源",
    "附件:",
    "Copyright",
    "copyright",
    "©",
];

/// True for breadcrumbs, publication data, navigation bars and "(未完…)" marks.
fn is_clutter(line: &[char]) -> bool {
    let text: String = line.iter().collect();
    if CLUTTER_OPENERS.iter().any(|w| text.starts_with(w)) {
        return true;
    }
    let separators = line
        .iter()
        .filter(|c| matches!(c, '>' | '›' | '»' | '|' | '/'))
        .count();
    let sentence_ends = line
        .iter()
        .filter(|c| matches!(c, '。' | ',' | ';'))
        .count();
    // A breadcrumb or menu: several separators, no sentence punctuation, short.
    if separators >= 2 && sentence_ends == 0 && line.len() <= 80 {
        return true;
    }
    // A date stamp opening a short line (2024-06-18 15:36 2155 浏览), or a view counter.
    let stamp = line.len() >= 10
        && line[..4].iter().all(char::is_ascii_digit)
        && matches!(line[4], '-' | '/' | '.')
        && line[5].is_ascii_digit();
    let counter = ["浏览", "阅读量", "点击量", "访问量"]
        .iter()
        .any(|w| text.contains(w));
    if line.len() <= 60 && sentence_ends == 0 && (stamp || counter) {
        return true;
    }
    // A time stamp on its own (2023-01-05 10:30).
    line.len() <= 30
        && line.iter().any(char::is_ascii_digit)
        && line.iter().all(|c| {
            c.is_ascii_digit() || matches!(c, '-' | ':' | ' ' | '/' | '.' | '年' | '月' | '日')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_characters_of_a_text_are_a_slice_of_it() {
        assert_eq!(last_chars("比上年同期增加", 4), "同期增加");
        assert_eq!(last_chars("增加", 8), "增加");
        assert_eq!(last_chars("增加", 0), "");
    }

    #[test]
    fn folds_full_width_and_maps_back() {
        let doc = Doc::new("增长８．５％（同比）");
        assert_eq!(doc.folded(0..doc.chars.len()), "增长8.5%(同比)");
        assert_eq!(doc.verbatim(2..6), "８．５％");
    }

    #[test]
    fn marks_clutter_lines() {
        let doc = Doc::new(
            "首页 > 政务公开 > 工作报告\n索引号:000/2023\n 全年增长5%。\n(未完待续)\n2023-01-05 10:30\n2024-06-18 15:36 2155 浏览\n",
        );
        let flags: Vec<bool> = doc.lines.iter().map(|l| l.clutter).collect();
        assert_eq!(flags, [true, true, false, true, true, true]);
        assert_eq!(doc.lines[2].number, 3);
        assert_eq!(doc.folded(doc.lines[2].range.clone()), "全年增长5%。");
    }
}
