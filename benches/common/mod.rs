//! What the benchmarks share: the apps to draw, and the plain-ratatui reference frame.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::Line;
use ratatui::widgets::{
    Axis, Bar, BarChart, BarGroup, Block, Chart, Dataset, Gauge, GraphType, Paragraph, Row, Table,
    Widget,
};
use zonedash::app::App;
use zonedash::lang::Lang;
use zonedash::model;
use zonedash::view::PanelId as Panel;

/// Terminal sizes every frame is measured at.
pub const SIZES: [(u16, u16); 4] = [(80, 24), (120, 40), (160, 48), (300, 90)];

/// The dashboard on the bundled dataset.
pub fn bundled_app(lang: Lang, size: (u16, u16)) -> App {
    App::new(model::load_bundled().unwrap(), lang, size)
}

/// The dashboard on a synthetic dataset of 10,000 figures and 1,000 projects.
pub fn big_app(lang: Lang, size: (u16, u16)) -> App {
    App::new(zonedash::synth::synthetic(10_000, 1_000), lang, size)
}

/// The dashboard on a synthetic dataset of 1,000 figures and 100 projects: the panels as full as
/// with 10,000, so the two frames differ only in the size of the data behind them.
pub fn small_synthetic_app(lang: Lang, size: (u16, u16)) -> App {
    App::new(zonedash::synth::synthetic(1_000, 100), lang, size)
}

/// The same app with `panel` zoomed.
pub fn zoomed(mut app: App, panel: Panel) -> App {
    app.doc_mut().focus = panel;
    app.doc_mut().zoomed = true;
    app
}

/// The synthetic dataset as JSON text, to measure loading from text.
pub fn big_json() -> String {
    serde_json::to_string(&zonedash::synth::synthetic(10_000, 1_000)).unwrap()
}

/// One dashboard frame into `buf` (cleared first, as a terminal's back buffer is).
pub fn draw_app(app: &App, buf: &mut Buffer) {
    buf.reset();
    let area = buf.area;
    let theme = zonedash::ui::theme::Theme::colour();
    ratatui::widgets::Widget::render(zonedash::ui::Dashboard { app, theme: &theme }, area, buf);
}

/// Data of the reference frame, built once like an app's state.
pub struct Reference {
    bars: Vec<(String, u64)>,
    series: [Vec<(f64, f64)>; 2],
    rows: Vec<[String; 3]>,
    text: Vec<String>,
}

impl Reference {
    pub fn new() -> Reference {
        Reference {
            bars: (0..6).map(|i| (format!("B{i}"), 10 + i * 7)).collect(),
            series: [
                (0..30)
                    .map(|i| (f64::from(i), f64::from(i * i % 17)))
                    .collect(),
                (0..30)
                    .map(|i| (f64::from(i), f64::from(i * 3 % 11)))
                    .collect(),
            ],
            rows: (0..20)
                .map(|i| {
                    [
                        format!("row {i}"),
                        format!("{}", i * 13),
                        format!("项目{i}"),
                    ]
                })
                .collect(),
            text: (0..10)
                .map(|i| format!("第{i}行:北京经济技术开发区地区生产总值同比增长8%"))
                .collect(),
        }
    }

    /// A plain ratatui 4-panel frame: a 6-bar BarChart, a 2×30-point Chart, a 20-row Table,
    /// a Gauge and a 10-line Paragraph with Chinese text.
    pub fn draw(&self, buf: &mut Buffer) {
        buf.reset();
        let area = buf.area;
        let [top, bottom] = area.layout(&Layout::vertical([Constraint::Fill(1); 2]));
        let [bars, chart] = top.layout(&Layout::horizontal([Constraint::Fill(1); 2]));
        let [table, right] = bottom.layout(&Layout::horizontal([Constraint::Fill(1); 2]));
        let [gauge, text] = right.layout(&Layout::vertical([
            Constraint::Length(3),
            Constraint::Fill(1),
        ]));
        let bar_list: Vec<Bar> = self
            .bars
            .iter()
            .map(|(l, v)| Bar::default().value(*v).label(Line::raw(l.as_str())))
            .collect();
        BarChart::default()
            .block(Block::bordered().title("bars"))
            .data(BarGroup::default().bars(&bar_list))
            .bar_width(3)
            .render(bars, buf);
        let datasets = self
            .series
            .iter()
            .map(|s| {
                Dataset::default()
                    .marker(Marker::Braille)
                    .graph_type(GraphType::Line)
                    .data(s)
            })
            .collect();
        Chart::new(datasets)
            .block(Block::bordered().title("chart"))
            .x_axis(Axis::default().bounds([0.0, 30.0]))
            .y_axis(Axis::default().bounds([0.0, 17.0]))
            .render(chart, buf);
        let rows = self
            .rows
            .iter()
            .map(|r| Row::new(r.iter().map(String::as_str)));
        Table::new(
            rows,
            [
                Constraint::Length(8),
                Constraint::Length(6),
                Constraint::Fill(1),
            ],
        )
        .block(Block::bordered().title("table"))
        .render(table, buf);
        Gauge::default()
            .block(Block::bordered().title("gauge"))
            .gauge_style(Style::new().fg(Color::Cyan))
            .percent(62)
            .render(gauge, buf);
        let lines: Vec<Line> = self.text.iter().map(|t| Line::raw(t.as_str())).collect();
        Paragraph::new(lines)
            .block(Block::bordered().title("text"))
            .render(text, buf);
    }
}

/// A buffer of `size`.
pub fn buffer(size: (u16, u16)) -> Buffer {
    Buffer::empty(Rect::new(0, 0, size.0, size.1))
}
