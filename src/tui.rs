//! The terminal loop: set up, draw, wait for input, update, draw; restore once on every way out.

use std::io::{self, BufWriter, IsTerminal, Stdout, Write, stdout};
use std::sync::mpsc::{Receiver, channel};

use anyhow::{Result, bail};
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::{Hide, Show};
use ratatui::crossterm::event::{DisableMouseCapture, Event};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, disable_raw_mode, enable_raw_mode};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

mod clicks;
mod event_loop;
mod opening;

use event_loop::event_loop;

use crate::app::{Action, App, KeyTable, update};
use crate::input::Reader;
use crate::loader::Pending;
use crate::signals;
use crate::ui::opening::Opening;
use crate::ui::theme::Theme;

/// The terminal as the dashboard draws on it: frames buffered, written whole.
pub(crate) type Screen = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// Bytes of a frame gathered before a write: a 120×40 frame of the dashboard is about 12 kB;
/// a larger one takes a few writes.
const FRAME_BUFFER: usize = 16 * 1024;

/// Largest area drawn, in columns and rows: two frame buffers of a 4000×2000 terminal take
/// 750 MB. A larger terminal shows the dashboard in its top-left corner at this size.
pub const MAX_DRAWN: (u16, u16) = (1000, 500);

/// How the loop ended.
enum Ended {
    Quit,
    Signal(i32),
}

/// Runs the dashboard on the app `open` makes; the files it leaves pending load behind the
/// first frame, each added as it arrives. `open` reads and checks the report on this
/// thread while a helper thread sets the terminal up, so the report's data is in this thread's
/// heap (read on a second thread, it took a malloc arena of its own); a report that takes
/// longer than a few milliseconds gets a first frame naming what is opened (`opening`), and
/// the keys that quit (`keys`, as the dashboard binds them) work while it is. Without a
/// terminal, `open` runs first so a bad file is what is reported.
pub fn run_opening(
    open: impl FnOnce() -> Result<(App, Option<Pending>)>,
    opening: &Opening,
    keys: &KeyTable,
    theme: &Theme,
) -> Result<()> {
    let input = match open_terminal_input() {
        Ok(input) => input,
        Err(no_terminal) => {
            open()?;
            return Err(no_terminal);
        }
    };
    let waker = input.job_waker()?;
    let (sent, was_read) = channel();
    let wait = opening::Wait {
        theme,
        opening,
        keys,
    };
    let (app, set_up) = std::thread::scope(|scope| {
        let setting_up = scope.spawn(|| set_up_behind_frame(input, &wait, was_read));
        let app = {
            // Dropped when `open` returns or unwinds: the helper stops waiting either way.
            let _read = opening::ReadSignal { sent, waker };
            open()
        };
        let set_up = setting_up
            .join()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("setting the terminal up failed (a bug)")));
        (app, set_up)
    });
    let outcome = match (app, set_up) {
        (Ok((mut app, pending)), Ok((mut terminal, mut input, typed))) => {
            event_loop(&mut terminal, &mut app, theme, &mut input, pending, typed)
        }
        (Err(error), _) | (_, Err(error)) => Err(error),
    };
    // The one restore, after the last write of the loop.
    restore();
    match outcome? {
        Ended::Quit => Ok(()),
        Ended::Signal(signal) => signals::die_of(signal),
    }
}

/// Sets the terminal up and waits behind the opening frame until the report is read; returns
/// the keys typed meanwhile. A quit or a signal before that ends the process here: the
/// report's reader has nothing to finish. When the terminal cannot be set up, it is restored
/// at once and the signals that end the process still do while the report is read.
fn set_up_behind_frame(
    mut input: Reader,
    wait: &opening::Wait<'_>,
    was_read: Receiver<()>,
) -> Result<(Screen, Reader, Vec<Event>)> {
    let waited = set_up_terminal().and_then(|mut terminal| {
        let waited = opening::behind_frame(&mut terminal, &mut input, wait, &was_read)?;
        Ok((terminal, waited))
    });
    match waited {
        Ok((terminal, opening::Waited::Read(typed))) => Ok((terminal, input, typed)),
        Ok((_, opening::Waited::Ended(ended))) => end_now(ended),
        Err(error) => {
            restore();
            match opening::without_frame(&mut input, &was_read)? {
                Some(ended) => end_now(ended),
                None => Err(error),
            }
        }
    }
}

/// Ends the process as `ended` says, the terminal restored first.
fn end_now(ended: Ended) -> ! {
    restore();
    match ended {
        Ended::Quit => std::process::exit(0),
        Ended::Signal(signal) => signals::die_of(signal),
    }
}

/// The terminal's input, refused (writing nothing to stdout) when stdout is not a terminal or
/// there is no terminal to read keys from (stdin may be redirected: keys come from the
/// terminal itself).
fn open_terminal_input() -> Result<Reader> {
    if !io::stdout().is_terminal() {
        bail!(
            "standard output is not a terminal; to print the dashboard as text, use `zonedash render`"
        );
    }
    // Opened, and the signals watched, before the terminal changes, so no failure can leave
    // it changed unrestored.
    Reader::open().map_err(|e| {
        anyhow::anyhow!(
            "the dashboard needs a terminal to read keys from, and /dev/tty cannot be opened ({}); \
             to print the dashboard as text, use `zonedash render`",
            crate::sanitize::io_reason(&e)
        )
    })
}

/// Raw mode, the alternate screen, clicks and the wheel reported; the panic hook restores
/// them. The caller restores them on every other way out.
fn set_up_terminal() -> Result<Screen> {
    let area = drawn_area(ratatui::crossterm::terminal::size()?);
    install_panic_hook();
    enable_raw_mode()?;
    // A frame is written into one buffer and sent in one write when it is complete: through
    // `Stdout` itself, each of a frame's thousands of escape sequences would take its lock.
    let backend = CrosstermBackend::new(BufWriter::with_capacity(FRAME_BUFFER, stdout()));
    let terminal = Terminal::with_options(
        backend,
        TerminalOptions {
            viewport: Viewport::Fixed(area),
        },
    )?;
    execute!(stdout(), EnterAlternateScreen, EnableClicksAndWheel)?;
    Ok(terminal)
}

/// The area drawn for a terminal of `(width, height)`: all of it, up to [`MAX_DRAWN`].
pub fn drawn_area((width, height): (u16, u16)) -> Rect {
    Rect::new(0, 0, width.min(MAX_DRAWN.0), height.min(MAX_DRAWN.1))
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
/// Safe to call more than once and from a panic path; errors have nowhere to go.
pub fn restore() {
    let _ = execute!(stdout(), DisableMouseCapture, Show);
    ratatui::restore();
    let _ = stdout().flush();
}

/// Restores the terminal before the panic message is printed, so the message is readable and
/// the shell gets its terminal back. A frame half written into the buffer is dropped.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Sets the terminal up again after a stop: the shell may have put it back in line mode and on
/// the main screen while the dashboard was stopped. Then the next draw repaints everything.
fn resume(terminal: &mut Screen, app: &mut App) -> Result<()> {
    let area = reenter(terminal)?;
    update(app, Action::Resize(area.width, area.height));
    Ok(())
}

/// Raw mode, the alternate screen and mouse reporting again, and the whole area to repaint;
/// returns the area now drawn.
fn reenter(terminal: &mut Screen) -> Result<Rect> {
    // crossterm re-applies raw mode only once it has forgotten the mode it saved.
    let _ = disable_raw_mode();
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, EnableClicksAndWheel, Hide)?;
    let size = ratatui::crossterm::terminal::size()?;
    let area = drawn_area(size);
    terminal.resize(area)?;
    terminal.clear()?;
    Ok(area)
}

/// Ctrl-Z: gives the terminal back as it was found, stops, and sets it up again when continued.
fn suspend(terminal: &mut Screen, app: &mut App) -> Result<()> {
    stop()?;
    resume(terminal, app)
}

/// Gives the terminal back as it was found and stops until continued.
fn stop() -> Result<()> {
    restore();
    signal_hook::low_level::raise(signal_hook::consts::SIGSTOP)?;
    Ok(())
}
