//! The floor zonedash is measured against: a bare ratatui app that draws one bordered block and
//! waits for a key. `cargo build --release --example bare`, then compare with `ttff` (PERFORMANCE.md).

use ratatui::crossterm::event::{self, Event};
use ratatui::widgets::Block;

fn main() -> std::io::Result<()> {
    ratatui::run(|terminal| {
        terminal
            .draw(|frame| frame.render_widget(Block::bordered().title("bare"), frame.area()))?;
        loop {
            if let Event::Key(_) = event::read()? {
                return Ok(());
            }
        }
    })
}
