//! The header (zone, report, counts) and the footer (key hints from the keymap table).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::cells;
use super::text::width;
use super::theme::Theme;
use crate::app::keymap::display_key;
use crate::app::{Action, App, Move};
use crate::lang::{Lang, plural};
use crate::layout::Grid;

/// The columns the header keeps for the zone and title before it names what the report lacks.
const MIN_TITLE: usize = 30;

/// Draws the zone and report on the left and what the data holds on the right.
pub fn render_header(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let d = &app.doc().data;
    let lang = app.lang;
    // A draft says so before anything else can be cut.
    let draft = if app.doc().draft {
        lang.pick("草稿(机读,未审核)· ", "DRAFT (machine-read) · ")
    } else {
        ""
    };
    let left = format!(
        " {}{draft}{} · {}{}",
        report_position(app),
        crate::view::context_words::zone_names(d, true, lang),
        lang.pick(&d.report.title_zh, &d.report.title_en),
        crate::view::context_words::report_marks(d, lang)
    );
    let projects = d.project_count();
    // The panels the report leaves empty are not drawn: the header says which.
    let empty: Vec<&str> = app.doc().view.empty().map(|p| p.title(d, lang)).collect();
    let lacks = match (empty.is_empty(), lang) {
        (true, _) => String::new(),
        (false, Lang::Zh) => format!(" · 无{}", empty.join("、")),
        (false, Lang::En) => format!(" · no {}", empty.join(", ")),
    };
    // The records beside the figures, each counted when there are any.
    let mut records = String::new();
    for (n, zh, one, many) in [
        (d.honours.len(), "项荣誉", "honour", "honours"),
        (d.claims.len(), "条表述", "claim", "claims"),
        (
            app.doc().warnings,
            "处警告(schema 1)",
            "warning (schema 1)",
            "warnings (schema 1)",
        ),
    ] {
        if n > 0 {
            records.push_str(&match lang {
                Lang::Zh => format!(" · {n}{zh}"),
                Lang::En => format!(" · {}", plural(n, one, many)),
            });
        }
    }
    let synthetic = if d.report.synthetic {
        lang.pick(" · 合成数据", " · SYNTHETIC")
    } else {
        ""
    };
    let right = lang
        .pick(
            &format!(
                "{}项数字 · {projects}个项目{records}{lacks}{synthetic} ",
                d.metrics.len()
            ),
            &format!(
                "{} · {}{records}{lacks}{synthetic} ",
                plural(d.metrics.len(), "figure", "figures"),
                plural(projects, "project", "projects")
            ),
        )
        .to_owned();
    let columns = usize::from(area.width);
    // What the report lacks outlasts the counts: the title is cut for it, down to a readable
    // start, since the title is in the source popup too.
    // Alone it needs no joining dot, and keeps a space from the cut title.
    let lacks_alone = format!(
        "  {} ",
        lacks.trim_start().trim_start_matches('·').trim_start()
    );
    let right = if width(&left) + width(&right) < columns {
        right
    } else if !lacks.is_empty() && width(&lacks_alone) + MIN_TITLE <= columns {
        lacks_alone
    } else {
        String::new()
    };
    buf.set_style(area, theme.header);
    cells::put(
        buf,
        area.x,
        area.y,
        columns.saturating_sub(width(&right)),
        &left,
        theme.header,
    );
    cells::put_right(
        buf,
        area.right(),
        area.y,
        width(&right),
        &right,
        theme.header,
    );
}

/// "report 2 of 4 · " when more than one report is open (or more are loading), else nothing.
fn report_position(app: &App) -> String {
    let open = app.docs.len();
    if open < 2 && app.loading.is_none() {
        return String::new();
    }
    let shown = app.current.0 + 1;
    let loading = match (app.loading, app.lang) {
        (Some(p), Lang::Zh) => format!(",载入中 {}/{}", p.done, p.total),
        (Some(p), Lang::En) => format!(", loading {}/{}", p.done, p.total),
        (None, _) => String::new(),
    };
    app.lang
        .pick(
            &format!("第 {shown}/{open} 份{loading} · "),
            &format!("report {shown} of {open}{loading} · "),
        )
        .to_owned()
}

/// Draws the hints of the bindings that apply now, those sharing a label merged (`←↓↑→ move`),
/// as many as fit.
pub fn render_footer(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if let Some(notice) = &app.notice {
        let line = Line::from(vec![
            Span::raw(" "),
            Span::styled(notice.as_str(), theme.key),
        ]);
        cells::put_line(buf, area.x, area.y, usize::from(area.width), &line);
        return;
    }
    let mut hints: Vec<(String, &str, u8)> = Vec::new();
    // In the one-column layout there is nothing to the left or right to move to.
    let column = Grid::for_size(app.size.0, app.size.1) == Grid::Column;
    for (binding, keys) in app.keys.bindings_for(app.mode()) {
        let Some(label) = binding.hint(app.lang) else {
            continue;
        };
        if column && matches!(binding.action, Action::Focus(Move::Left | Move::Right)) {
            continue;
        }
        let Some(first) = keys.first() else {
            continue;
        };
        let key = display_key(first);
        match hints.iter_mut().find(|(_, last, _)| *last == label) {
            Some((keys, _, _)) => keys.push_str(&key),
            None => hints.push((key, label, keep_rank(binding.action))),
        }
    }
    let cost = |(keys, label, _): &(String, &str, u8)| width(keys) + width(label) + 3;
    // Too narrow for all: the hint least needed goes first (Esc back before ? help and q quit).
    while 1 + hints.iter().map(cost).sum::<usize>() > usize::from(area.width) {
        let Some(least) = hints
            .iter()
            .enumerate()
            .min_by_key(|(_, h)| h.2)
            .map(|(i, _)| i)
        else {
            break;
        };
        hints.remove(least);
    }
    let mut spans = vec![Span::raw(" ")];
    for (keys, label, _) in hints {
        spans.push(Span::styled(keys, theme.key));
        spans.push(Span::styled(format!(" {label}  "), theme.muted));
    }
    cells::put_line(
        buf,
        area.x,
        area.y,
        usize::from(area.width),
        &Line::from(spans),
    );
}

/// How much a footer hint is needed: the lowest goes first when the footer is too narrow.
fn keep_rank(action: Action) -> u8 {
    match action {
        Action::Back => 0,
        Action::ToggleLang | Action::CopyCitation => 1,
        Action::ToggleDetail | Action::OpenPicker => 2,
        Action::OpenSearch | Action::OpenCompare => 3,
        Action::Open | Action::ToggleZoom | Action::Erase => 4,
        Action::SelectNext | Action::SelectPrev | Action::ShiftIndicator(_) => 5,
        Action::Focus(_) => 6,
        Action::ToggleHelp => 8,
        Action::Quit => 9,
        _ => 7,
    }
}

/// The rounded, focused box of a list screen (comparison, search) titled `title`, with where
/// the cursor is among `rows` in its bottom border, so rows out of view are known to be there;
/// the room inside it, none when there is none.
pub fn list_box(
    title: String,
    cursor: usize,
    rows: usize,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Rect> {
    use ratatui::widgets::{Block, BorderType, Widget};
    let count = match rows {
        0 => String::new(),
        _ => format!(" {}/{rows} ", cursor.min(rows - 1) + 1),
    };
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.focused_border)
        .title(title)
        .title_style(theme.focused_title)
        .title_bottom(Line::from(count).right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    (inner.height > 0 && inner.width > 0).then_some(inner)
}
