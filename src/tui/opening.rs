//! The wait for a report being read and checked: the terminal is set up meanwhile; a report
//! that takes longer than a few milliseconds gets a frame naming the file, and the keys that
//! quit work until it is read.

use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError};
use std::time::Duration;

use anyhow::Result;
use ratatui::crossterm::event::{Event, KeyCode, KeyModifiers};

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

/// Waits until `read` says the report has been read (the reader also wakes `input`): at once
/// if that takes less than [`GRACE`], otherwise behind the opening frame. `Ok(None)` once read;
/// `Ok(Some(ended))` when the user quit or a signal came first.
pub(super) fn behind_frame(
    terminal: &mut Screen,
    input: &mut Reader,
    wait: &Wait<'_>,
    read: &Receiver<()>,
) -> Result<Option<Ended>> {
    match read.recv_timeout(GRACE) {
        // A reader gone without a word has ended too (its result says how).
        Ok(()) | Err(RecvTimeoutError::Disconnected) => return Ok(None),
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
    let mut batch = Vec::new();
    loop {
        input.next_batch(&mut batch)?;
        for item in batch.drain(..) {
            match item {
                Input::End(signal) => return Ok(Some(Ended::Signal(signal))),
                Input::Arrived => match read.try_recv() {
                    Ok(()) | Err(TryRecvError::Disconnected) => return Ok(None),
                    Err(TryRecvError::Empty) => {}
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
                    if wait.keys.action_for(key, Mode::Grid) == Some(Action::Quit) =>
                {
                    return Ok(Some(Ended::Quit));
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
