//! The terminal loop: set up, draw, block on the next event, update, draw; restore on every way out.

use std::io::{self, IsTerminal, Write, stdout};
use std::time::{Duration, Instant};

use anyhow::{Result, bail};
use ratatui::DefaultTerminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, Event, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::crossterm::execute;

use crate::app::{Action, App, keymap, update};
use crate::ui::Dashboard;
use crate::ui::theme::Theme;

/// Two clicks on one cell within this time are a double click.
const DOUBLE_CLICK: Duration = Duration::from_millis(400);

/// Runs the dashboard until the user quits. Refuses, writing nothing to stdout, when stdout is
/// not a terminal. Keys are read from the terminal itself, so stdin may be redirected.
pub fn run(mut app: App, theme: &Theme) -> Result<()> {
    if !io::stdout().is_terminal() {
        bail!(
            "standard output is not a terminal; to print the dashboard as text, use `zonedash render`"
        );
    }
    // Watched before the terminal changes, so no failure can leave it changed unrestored.
    restore_on_signals()?;
    let mut terminal = ratatui::try_init()?;
    install_panic_hook();
    let outcome = execute!(stdout(), EnableClicksAndWheel)
        .map_err(anyhow::Error::from)
        .and_then(|()| event_loop(&mut terminal, &mut app, theme));
    restore();
    outcome
}

/// Mouse reporting of presses, releases and the wheel only (`?1000h`), in SGR encoding
/// (`?1006h`): crossterm's `EnableMouseCapture` also asks for every pointer motion, which
/// would wake the dashboard for events it has no use for.
struct EnableClicksAndWheel;

impl ratatui::crossterm::Command for EnableClicksAndWheel {
    fn write_ansi(&self, f: &mut impl std::fmt::Write) -> std::fmt::Result {
        f.write_str("\x1b[?1000h\x1b[?1006h")
    }
}

/// Leaves the terminal as it was found: mouse reporting off, raw mode off, main screen, cursor on.
/// Safe to call more than once and from a panic or signal path; errors have nowhere to go.
pub fn restore() {
    let _ = execute!(stdout(), DisableMouseCapture, Show);
    ratatui::restore();
    let _ = stdout().flush();
}

/// ratatui's hook restores raw mode and the screen; this one, installed after it, also turns
/// mouse reporting off and shows the cursor first.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture, Show);
        previous(info);
    }));
}

/// SIGTERM, SIGHUP (the terminal closed), SIGINT and SIGQUIT from outside restore the terminal
/// and exit with 128 + the signal's number, as a shell reports a signal death. The watcher
/// thread blocks on a pipe, so it never wakes an idle dashboard.
fn restore_on_signals() -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                restore();
                std::process::exit(128 + signal);
            }
        })?;
    Ok(())
}

/// Draws, then sleeps in `event::read` until input arrives: no timer, no polling, so an idle
/// dashboard never wakes.
fn event_loop(terminal: &mut DefaultTerminal, app: &mut App, theme: &Theme) -> Result<()> {
    let size = terminal.size()?;
    update(app, Action::Resize(size.width, size.height));
    let mut clicks = ClickTracker::default();
    terminal.draw(|frame| frame.render_widget(Dashboard { app, theme }, frame.area()))?;
    while !app.quit {
        let event = event::read()?;
        #[cfg(feature = "test-hooks")]
        test_hooks(&event)?;
        // Events that ask for nothing (focus changes, releases) leave the screen as it is.
        let Some(action) = action_for(event, app, &mut clicks) else {
            continue;
        };
        update(app, action);
        if !app.quit {
            terminal.draw(|frame| frame.render_widget(Dashboard { app, theme }, frame.area()))?;
        }
    }
    Ok(())
}

/// With the `test-hooks` feature only: F11 fails with an error, F12 panics, as a bug would.
#[cfg(feature = "test-hooks")]
fn test_hooks(event: &Event) -> Result<()> {
    use ratatui::crossterm::event::KeyCode;
    match event {
        Event::Key(key) if key.code == KeyCode::F(11) => bail!("test hook: an error while running"),
        Event::Key(key) if key.code == KeyCode::F(12) => panic!("test hook: a panic while running"),
        _ => Ok(()),
    }
}

/// The action an event asks for, if any.
fn action_for(event: Event, app: &App, clicks: &mut ClickTracker) -> Option<Action> {
    match event {
        Event::Key(key) => keymap::action_for(key, app.mode()),
        Event::Resize(width, height) => Some(Action::Resize(width, height)),
        Event::Mouse(mouse) => mouse_action(mouse, clicks),
        _ => None,
    }
}

/// Turns a mouse event into an action; the time between clicks is read here, not in `update`.
fn mouse_action(mouse: MouseEvent, clicks: &mut ClickTracker) -> Option<Action> {
    let (x, y) = (mouse.column, mouse.row);
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => Some(clicks.click(x, y, Instant::now())),
        MouseEventKind::ScrollDown => Some(Action::Scroll(x, y, 1)),
        MouseEventKind::ScrollUp => Some(Action::Scroll(x, y, -1)),
        _ => None,
    }
}

/// Remembers the last click to tell a double click from two single ones.
#[derive(Debug, Default)]
struct ClickTracker {
    last: Option<(u16, u16, Instant)>,
}

impl ClickTracker {
    fn click(&mut self, x: u16, y: u16, now: Instant) -> Action {
        let double = self.last.is_some_and(|(lx, ly, at)| {
            lx == x && ly == y && now.duration_since(at) <= DOUBLE_CLICK
        });
        self.last = if double { None } else { Some((x, y, now)) };
        if double {
            Action::DoubleClick(x, y)
        } else {
            Action::Click(x, y)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_click_soon_on_the_same_cell_is_a_double_click() {
        let mut clicks = ClickTracker::default();
        let start = Instant::now();
        assert_eq!(clicks.click(3, 4, start), Action::Click(3, 4));
        assert_eq!(
            clicks.click(3, 4, start + Duration::from_millis(200)),
            Action::DoubleClick(3, 4)
        );
        assert_eq!(
            clicks.click(3, 4, start + Duration::from_millis(300)),
            Action::Click(3, 4)
        );
        assert_eq!(
            clicks.click(3, 4, start + Duration::from_secs(2)),
            Action::Click(3, 4)
        );
        assert_eq!(
            clicks.click(5, 4, start + Duration::from_millis(2100)),
            Action::Click(5, 4)
        );
    }
}
