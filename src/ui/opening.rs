//! The frame drawn while the report is read and checked: which file, how large, and that its
//! figures come once every one has passed its checks. It draws no figure.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::cells;
use super::text::{width, wrap_words};
use super::theme::Theme;
use crate::lang::Lang;
use crate::layout::screen;

/// What is being opened, as the opening frame names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opening {
    /// The file as named in messages, or the bundled dataset's name.
    pub name: String,
    /// Its size, when known.
    pub bytes: Option<u64>,
    /// How many more reports load behind the first.
    pub others: usize,
    pub lang: Lang,
}

/// The opening frame as a widget.
#[derive(Clone, Copy)]
pub struct OpeningScreen<'a> {
    pub opening: &'a Opening,
    pub theme: &'a Theme,
    /// The key that quits, as the footer shows it (`q`).
    pub quit_key: &'a str,
}

impl Opening {
    /// The line under the header: what is read, and why nothing is shown yet.
    pub fn message(&self) -> String {
        let size = self.bytes.map(size_words).unwrap_or_default();
        let others = self.others;
        match (self.lang, others) {
            (Lang::Zh, 0) => format!(
                "正在读取并核对 {}{size}:每个数字核对通过后才显示",
                self.name.replace(" (bundled)", "(内置)")
            ),
            (Lang::Zh, _) => format!(
                "正在读取并核对 {}{size}(另有 {others} 份随后载入):每个数字核对通过后才显示",
                self.name
            ),
            (Lang::En, 0) => format!(
                "reading and checking {}{size}: figures are shown once every one has passed its checks",
                self.name
            ),
            (Lang::En, _) => format!(
                "reading and checking {}{size} ({others} more load behind it): figures are shown once every one has passed its checks",
                self.name
            ),
        }
    }
}

/// ` (4.5 MB)`, or ` (820 kB)` for a small file.
fn size_words(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        format!(" ({:.1} MB)", bytes as f64 / 1e6)
    } else {
        format!(" ({} kB)", bytes.div_ceil(1000))
    }
}

impl Widget for OpeningScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let OpeningScreen {
            opening,
            theme,
            quit_key,
        } = self;
        if area.is_empty() {
            return;
        }
        let regions = screen(area);
        let columns = usize::from(area.width);
        buf.set_style(regions.header, theme.header);
        let header = opening
            .lang
            .pick(" zonedash · 打开中", " zonedash · opening");
        cells::put(buf, area.x, regions.header.y, columns, header, theme.header);
        let lines = wrap_words(&opening.message(), columns.saturating_sub(2).max(1));
        let rows = usize::from(regions.body.height);
        let top = regions.body.y + u16::try_from(rows.saturating_sub(lines.len()) / 2).unwrap_or(0);
        for (line, y) in lines.iter().zip(top..regions.body.bottom()) {
            let x = area.x + u16::try_from(columns.saturating_sub(width(line)) / 2).unwrap_or(0);
            cells::put(buf, x, y, columns, line, theme.text);
        }
        // With quit bound to no key, there is no hint to give.
        if quit_key.is_empty() {
            return;
        }
        let quit = opening.lang.pick("退出", "quit");
        let x = cells::put(
            buf,
            area.x + 1,
            regions.footer.y,
            columns,
            quit_key,
            theme.key,
        );
        cells::put(
            buf,
            area.x + 1 + u16::try_from(x).unwrap_or(0),
            regions.footer.y,
            columns,
            &format!(" {quit}"),
            theme.muted,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn drawn(width: u16, height: u16, lang: Lang) -> String {
        let opening = Opening {
            name: "real10000.json".into(),
            bytes: Some(4_512_345),
            others: 0,
            lang,
        };
        let theme = Theme::default();
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal
            .draw(|frame| {
                let screen = OpeningScreen {
                    opening: &opening,
                    theme: &theme,
                    quit_key: "q",
                };
                frame.render_widget(screen, frame.area());
            })
            .unwrap();
        crate::ui::headless::buffer_text(terminal.backend().buffer())
    }

    #[test]
    fn the_opening_frame_names_the_file_its_size_and_how_to_quit() {
        let text = drawn(80, 24, Lang::En);
        assert!(text.contains("zonedash · opening"), "{text}");
        assert!(text.contains("real10000.json (4.5 MB)"), "{text}");
        assert!(text.contains("q quit"), "{text}");
        let zh = drawn(80, 24, Lang::Zh);
        assert!(zh.contains("核对"), "{zh}");
    }

    #[test]
    fn the_opening_frame_draws_at_every_size_without_panicking() {
        for (w, h) in [(0, 0), (1, 1), (2, 1), (10, 3), (40, 5), (200, 60)] {
            for lang in [Lang::Zh, Lang::En] {
                drawn(w, h, lang);
            }
        }
    }
}
