//! The report opened behind the first frame: a thread reads and checks it while the terminal is
//! set up; a report that takes longer gets a frame naming the file, and the keys that quit.

use std::io::Write;
use std::os::unix::net::UnixStream;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, TryRecvError, channel};
use std::time::Duration;

use anyhow::{Result, bail};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{Event, KeyCode, KeyModifiers};

use super::{Ended, drawn_area, reenter, stop};
use crate::app::keymap::display_key;
use crate::app::{Action, App, KeyTable, Mode};
use crate::input::{Input, Reader};
use crate::ui::opening::{Opening, OpeningScreen};
use crate::ui::theme::Theme;

/// How the wait for the report ended.
pub(super) enum Opened {
    /// The report opened and passed its checks: the dashboard on it.
    App(Box<App>),
    /// The user quit, or a signal ended the program, first.
    Ended(Ended),
}

/// What the opening thread holds: the result goes through `result`, then the waker wakes the
/// loop. Fields drop in order, so the waker writes only once the sender is gone, whether
/// `open` returned or panicked: the loop then finds the result, or finds that none will come.
struct Done {
    result: Sender<Result<App>>,
    _waker: WakeOnDrop,
}

/// Writes one byte to the loop's job waker when dropped.
struct WakeOnDrop(UnixStream);

impl Drop for WakeOnDrop {
    fn drop(&mut self) {
        // A full pipe already holds a wake-up, so a failed write loses nothing.
        let _ = self.0.write(&[1]);
    }
}

/// How long the first frame waits for a report before it names the file instead: a report
/// that is read and checked within this time shows at once, without a frame that flashes by.
pub(super) const GRACE: Duration = Duration::from_millis(5);

/// A report being read and checked on its own thread.
pub(super) struct Job {
    result: Receiver<Result<App>>,
}

impl Job {
    /// Starts `open` on a thread, which writes to `waker` when it ends.
    pub(super) fn spawn(
        open: impl FnOnce() -> Result<App> + Send + 'static,
        waker: UnixStream,
    ) -> Result<Job> {
        let (sender, result) = channel();
        let done = Done {
            result: sender,
            _waker: WakeOnDrop(waker),
        };
        std::thread::Builder::new()
            .name("opening".into())
            .spawn(move || {
                let done = done;
                // The loop has gone (the user quit): nothing is waiting for the report.
                let _ = done.result.send(open());
            })?;
        Ok(Job { result })
    }
}

/// The dashboard's app once the job has opened the report: at once if it does so within
/// [`GRACE`]; otherwise behind a frame that names what is opened, the keys that quit working
/// until it is done.
pub(super) fn open_behind_frame(
    terminal: &mut DefaultTerminal,
    input: &mut Reader,
    theme: &Theme,
    opening: &Opening,
    keys: &KeyTable,
    job: Job,
) -> Result<Opened> {
    match job.result.recv_timeout(GRACE) {
        Ok(app) => return Ok(Opened::App(Box::new(app?))),
        Err(RecvTimeoutError::Timeout) => {}
        Err(RecvTimeoutError::Disconnected) => {
            bail!("opening the report stopped before it finished (a bug)")
        }
    }
    let receiver = job.result;
    let quit_key = keys
        .bindings_for(Mode::Grid)
        .find(|(binding, _)| binding.action == Action::Quit)
        .and_then(|(_, keys)| keys.first().map(|k| display_key(k)))
        .unwrap_or_default();
    let draw = |terminal: &mut DefaultTerminal| -> Result<()> {
        let screen = OpeningScreen {
            opening,
            theme,
            quit_key: &quit_key,
        };
        terminal.draw(|frame| frame.render_widget(screen, frame.area()))?;
        Ok(())
    };
    draw(terminal)?;
    let mut batch = Vec::new();
    loop {
        input.next_batch(&mut batch)?;
        for item in batch.drain(..) {
            match item {
                Input::End(signal) => return Ok(Opened::Ended(Ended::Signal(signal))),
                Input::Arrived => match receiver.try_recv() {
                    Ok(app) => return Ok(Opened::App(Box::new(app?))),
                    Err(TryRecvError::Empty) => {}
                    Err(TryRecvError::Disconnected) => {
                        bail!("opening the report stopped before it finished (a bug)")
                    }
                },
                Input::Suspend => {
                    stop()?;
                    reenter(terminal)?;
                    draw(terminal)?;
                }
                Input::Resume => {
                    reenter(terminal)?;
                    draw(terminal)?;
                }
                Input::Terminal(Event::Key(key))
                    if key.code == KeyCode::Char('z') && key.modifiers == KeyModifiers::CONTROL =>
                {
                    stop()?;
                    reenter(terminal)?;
                    draw(terminal)?;
                }
                Input::Terminal(Event::Key(key))
                    if keys.action_for(key, Mode::Grid) == Some(Action::Quit) =>
                {
                    return Ok(Opened::Ended(Ended::Quit));
                }
                Input::Terminal(Event::Resize(width, height)) => {
                    terminal.resize(drawn_area((width, height)))?;
                    draw(terminal)?;
                }
                // Other keys have nothing to act on yet.
                Input::Terminal(_) => {}
            }
        }
    }
}
