//! The wait for a report being read and checked: the terminal is set up meanwhile; a report
//! that takes longer than a few milliseconds gets a frame naming the file, and the keys that
//! quit work until it is read.

use std::io::Write;
use std::os::unix::net::UnixStream;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::time::Duration;

use anyhow::Result;
use ratatui::crossterm::event::Event;

use super::{Ended, Screen, drawn_area, reenter, stop};
use crate::app::keymap::display_key;
use crate::app::{Action, KeyTable, Mode};
use crate::input::{Input, Reader};
use crate::ui::opening::{Opening, OpeningScreen};
use crate::ui::theme::Theme;

/// How long the first frame waits for a report before it names the file instead: a report
/// that is read and checked within this time shows at once, without a frame that flashes by.
pub(super) const GRACE: Duration = Duration::from_millis(5);

/// What the frame shows, and the keys that quit from it.
pub(super) struct Wait<'a> {
    pub theme: &'a Theme,
    pub opening: &'a Opening,
    pub keys: &'a KeyTable,
}

/// How the wait ended.
pub(super) enum Waited {
    /// The report was read: the keys typed meanwhile, for the dashboard to apply.
    Read(Vec<Event>),
    /// The user quit, or a signal came, first.
    Ended(Ended),
}

/// Says "the report has been read" when dropped, whether reading returned or panicked: the
/// message goes through the channel, then a byte wakes the terminal's thread.
pub(super) struct ReadSignal {
    pub sent: Sender<()>,
    pub waker: UnixStream,
}

impl Drop for ReadSignal {
    fn drop(&mut self) {
        let _ = self.sent.send(());
        // A full pipe already holds a wake-up, so a failed write loses nothing.
        let _ = self.waker.write(&[1]);
    }
}

/// Waits until `read` says the report has been read (the reader also wakes `input`): at once
/// if that takes less than [`GRACE`], otherwise behind the opening frame.
pub(super) fn behind_frame(
    terminal: &mut Screen,
    input: &mut Reader,
    wait: &Wait<'_>,
    read: &Receiver<()>,
) -> Result<Waited> {
    match read.recv_timeout(GRACE) {
        Ok(()) | Err(RecvTimeoutError::Disconnected) => return Ok(Waited::Read(Vec::new())),
        Err(RecvTimeoutError::Timeout) => {}
    }
    let quit_key = wait
        .keys
        .bindings_for(Mode::Grid)
        .find(|(binding, _)| binding.action == Action::Quit)
        .and_then(|(_, keys)| keys.first().map(|k| display_key(k)))
        .unwrap_or_default();
    let draw = |terminal: &mut Screen| -> Result<()> {
        let screen = OpeningScreen {
            opening: wait.opening,
            theme: wait.theme,
            quit_key: &quit_key,
        };
        terminal.draw(|frame| frame.render_widget(screen, frame.area()))?;
        Ok(())
    };
    draw(terminal)?;
    let (mut batch, mut typed) = (Vec::new(), Vec::new());
    loop {
        input.next_batch(&mut batch)?;
        // The whole batch is looked at before the report is taken as read: a signal, a quit
        // or a resize that came with the wake-up is not lost.
        let mut done = false;
        for item in batch.drain(..) {
            match item {
                Input::End(signal) => return Ok(Waited::Ended(Ended::Signal(signal))),
                Input::Arrived => {
                    done |= matches!(read.try_recv(), Ok(()) | Err(TryRecvError::Disconnected));
                }
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
                    if wait.keys.action_for(key, Mode::Grid) == Some(Action::Quit) =>
                {
                    return Ok(Waited::Ended(Ended::Quit));
                }
                Input::Terminal(Event::Key(key)) => typed.push(Event::Key(key)),
                Input::Terminal(Event::Resize(width, height)) => {
                    terminal.resize(drawn_area((width, height)))?;
                    draw(terminal)?;
                }
                // A click on the opening frame points at nothing the dashboard will show.
                Input::Terminal(_) => {}
            }
        }
        if done {
            return Ok(Waited::Read(typed));
        }
    }
}

/// After the terminal could not be set up (and was restored): waits for the report to be read,
/// still ending the process as the signals that end it would, and stopping on Ctrl-Z.
pub(super) fn without_frame(input: &mut Reader, read: &Receiver<()>) -> Result<Option<Ended>> {
    let mut batch = Vec::new();
    loop {
        if matches!(read.try_recv(), Ok(()) | Err(TryRecvError::Disconnected)) {
            return Ok(None);
        }
        input.next_batch(&mut batch)?;
        for item in batch.drain(..) {
            match item {
                Input::End(signal) => return Ok(Some(Ended::Signal(signal))),
                Input::Suspend => stop()?,
                _ => {}
            }
        }
    }
}
