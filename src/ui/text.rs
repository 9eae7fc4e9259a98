//! Styled lines that fit: cut and wrapped at a glyph, never through one, each span keeping its style.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

use crate::columns::take_columns;
pub use crate::columns::{fit, pad, pad_left, width, wrap_words};
use crate::sanitize;

/// `line` cut to `max` columns, ending in `…` when cut, each span keeping its style.
pub fn fit_line<'a>(line: &Line<'a>, max: usize) -> Line<'a> {
    if line.width() <= max {
        return line.clone();
    }
    if max == 0 {
        return Line::default();
    }
    let budget = max - 1;
    let mut spans = Vec::new();
    let mut used = 0;
    for span in &line.spans {
        let span_width = width(&span.content);
        if used + span_width <= budget {
            spans.push(span.clone());
            used += span_width;
            continue;
        }
        let mut cut = take_columns(&span.content, budget - used);
        cut.push('…');
        spans.push(Span::styled(cut, span.style));
        break;
    }
    Line {
        spans,
        style: line.style,
        alignment: line.alignment,
    }
}

/// `line` broken between glyphs into lines at most `columns` wide, styles kept: Chinese has no
/// spaces to break at. A number (229, 1286.4) is not broken unless it is wider than a line, so
/// 位列全国229家 never reads 2 / 29. Used instead of ratatui's `Paragraph::wrap`, which in 0.30.2
/// can write past its area on wide glyphs and leading combining marks (ratatui issue #2679).
pub fn wrap_line(line: &Line<'_>, columns: usize) -> Vec<Line<'static>> {
    let columns = columns.max(2);
    let mut lines = Vec::new();
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for span in &line.spans {
        let mut piece = String::new();
        let text = sanitize::replace(&span.content);
        for token in tokens(&text) {
            let width: usize = token.chars().map(|c| c.width().unwrap_or(0)).sum();
            if used > 0 && used + width > columns && width <= columns {
                spans.push(Span::styled(std::mem::take(&mut piece), span.style));
                lines.push(Line::from(std::mem::take(&mut spans)).style(line.style));
                used = 0;
            }
            for c in token.chars() {
                let w = c.width().unwrap_or(0);
                if used + w > columns {
                    spans.push(Span::styled(std::mem::take(&mut piece), span.style));
                    lines.push(Line::from(std::mem::take(&mut spans)).style(line.style));
                    used = 0;
                }
                piece.push(c);
                used += w;
            }
        }
        spans.push(Span::styled(piece, span.style));
    }
    lines.push(Line::from(spans).style(line.style));
    lines
}

/// `text` as the pieces a line may break between: a run of digits (with its decimal point)
/// is one piece, any other character a piece of its own.
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let end = if first.is_ascii_digit() {
            rest.find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(rest.len())
        } else {
            first.len_utf8()
        };
        let (token, tail) = rest.split_at(end);
        rest = tail;
        Some(token)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_cut_with_an_ellipsis_across_spans() {
        let line = Line::from(vec![
            Span::raw("≥2项  "),
            Span::raw("全国、全市复制推广的创新制度"),
        ]);
        assert_eq!(fit_line(&line, 40), line);
        let cut = fit_line(&line, 20);
        assert_eq!(
            cut.width(),
            19,
            "a wide glyph that would straddle the edge is dropped"
        );
        assert_eq!(cut.spans[1].content, "全国、全市复…");
        assert_eq!(
            fit_line(&line, 7).spans.last().map(|s| s.content.as_ref()),
            Some("…")
        );
        assert_eq!(fit_line(&line, 0).width(), 0);
        for max in 0..30 {
            assert!(fit_line(&line, max).width() <= max, "{max}");
        }
    }

    #[test]
    fn lines_wrap_between_glyphs_within_the_width() {
        let line = Line::from(vec![
            Span::raw("原文: "),
            Span::raw("「亦庄新城预计全年地区生产总值同比增长8%」"),
        ]);
        let wrapped = wrap_line(&line, 10);
        assert!(wrapped.iter().all(|l| l.width() <= 10), "{wrapped:?}");
        let joined: String = wrapped
            .iter()
            .flat_map(|l| l.spans.iter().map(|s| s.content.to_string()))
            .collect();
        assert_eq!(joined, "原文: 「亦庄新城预计全年地区生产总值同比增长8%」");
        let number = wrap_line(&Line::raw("位列全国229家国家级经开区"), 10);
        assert_eq!(number[0].spans[0].content, "位列全国", "{number:?}");
        assert!(number[1].spans[0].content.starts_with("229家"));
        let wide = wrap_line(&Line::raw("123456789012"), 5);
        assert!(
            wide.iter().all(|l| l.width() <= 5),
            "a number wider than a line still wraps"
        );
        let marks = Line::raw("\u{301}a🌞b\u{301}\u{301}c");
        for columns in 0..6 {
            assert!(
                wrap_line(&marks, columns)
                    .iter()
                    .all(|l| l.width() <= columns.max(2))
            );
        }
    }
}
