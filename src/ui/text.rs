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
/// spaces to break at. Used instead of ratatui's `Paragraph::wrap`, which in 0.30.2 can write
/// past its area on wide glyphs and leading combining marks (ratatui issue #2679).
pub fn wrap_line(line: &Line<'_>, columns: usize) -> Vec<Line<'static>> {
    let columns = columns.max(2);
    let mut lines = Vec::new();
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for span in &line.spans {
        let mut piece = String::new();
        for c in sanitize::replace(&span.content).chars() {
            let w = c.width().unwrap_or(0);
            if used + w > columns {
                spans.push(Span::styled(std::mem::take(&mut piece), span.style));
                lines.push(Line::from(std::mem::take(&mut spans)).style(line.style));
                used = 0;
            }
            piece.push(c);
            used += w;
        }
        spans.push(Span::styled(piece, span.style));
    }
    lines.push(Line::from(spans).style(line.style));
    lines
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
