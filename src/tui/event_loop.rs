//! The dashboard's loop: draw, sleep until input or a signal, apply everything that came, draw.

use std::io::Write;
use std::path::Path;

use anyhow::Result;
use ratatui::crossterm::event::Event;

use super::clicks::{ClickTracker, mouse_action};
use super::{Ended, Screen, drawn_area, resume, suspend};
use crate::app::{Action, App, update};
use crate::input::{Input, Reader};
use crate::lang::Lang;
use crate::loader::{self, Incoming, Pending};
use crate::ui::Dashboard;
use crate::ui::theme::Theme;

/// Draws, then sleeps until input or a signal arrives: no timer, no polling, so an idle
/// dashboard never wakes. Everything that arrived together is applied before one draw, so a
/// burst of keys costs one frame and a `q` after it quits at once. `typed` are keys typed
/// while the report was read, applied before the first frame.
pub(super) fn event_loop(
    terminal: &mut Screen,
    app: &mut App,
    theme: &Theme,
    input: &mut Reader,
    pending: Option<Pending>,
    typed: Vec<Event>,
) -> Result<Ended> {
    let area = terminal.get_frame().area();
    update(app, Action::Resize(area.width, area.height));
    let mut clicks = ClickTracker::default();
    let mut batch = Vec::new();
    if let Some(pending) = &pending {
        app.expect(pending.files.len());
    }
    for event in typed {
        if apply(terminal, app, theme, event, &mut clicks)? == Applied::Quit {
            return Ok(Ended::Quit);
        }
    }
    terminal.draw(|frame| frame.render_widget(Dashboard { app, theme }, frame.area()))?;
    // Started after the first frame, so that frame waits for no file but the first.
    let mut incoming = match pending {
        Some(pending) => Some(loader::spawn(pending, workers(), Some(input.job_waker()?))?),
        None => None,
    };
    loop {
        input.next_batch(&mut batch)?;
        let mut changed = false;
        for item in batch.drain(..) {
            match item {
                Input::End(signal) => return Ok(Ended::Signal(signal)),
                Input::Suspend => {
                    suspend(terminal, app)?;
                    changed = true;
                }
                Input::Resume => {
                    resume(terminal, app)?;
                    changed = true;
                }
                Input::Arrived => {
                    // A wake-up with nothing behind it (the report reader's, say) draws nothing.
                    if let Some(arriving) = incoming.as_mut() {
                        changed |= take_arrived(app, arriving);
                        if arriving.finished() {
                            incoming = None;
                        }
                    }
                }
                Input::Terminal(event) => {
                    #[cfg(feature = "test-hooks")]
                    test_hooks(&event)?;
                    match apply(terminal, app, theme, event, &mut clicks)? {
                        Applied::Quit => return Ok(Ended::Quit),
                        Applied::Changed => changed = true,
                        Applied::Nothing => {}
                    }
                }
            }
        }
        if changed {
            terminal.draw(|frame| frame.render_widget(Dashboard { app, theme }, frame.area()))?;
        }
    }
}

/// What an event did to the app.
#[derive(Debug, PartialEq, Eq)]
enum Applied {
    /// It asked for nothing (a focus change, a key release).
    Nothing,
    Changed,
    Quit,
}

/// Applies a key, a mouse report or a resize to `app`.
fn apply(
    terminal: &mut Screen,
    app: &mut App,
    theme: &Theme,
    event: Event,
    clicks: &mut ClickTracker,
) -> Result<Applied> {
    let event = match event {
        Event::Resize(width, height) => {
            let area = drawn_area((width, height));
            terminal.resize(area)?;
            Event::Resize(area.width, area.height)
        }
        other => other,
    };
    let Some(action) = action_for(event, app, clicks) else {
        return Ok(Applied::Nothing);
    };
    update(app, action);
    if action == Action::SavePicture {
        // The one file the dashboard writes, done here so `update` stays pure.
        let saved = crate::picture::save_svg(app, theme, Path::new("."));
        app.notice = Some(crate::picture::save_notice(&saved, app.lang));
    }
    if action == Action::CopyCitation {
        copy_citation(terminal, app)?;
    }
    Ok(if app.quit {
        Applied::Quit
    } else {
        Applied::Changed
    })
}

/// `y`: the selected figure with its citation to the terminal's clipboard (OSC 52), and a
/// notice that says what was copied, or that nothing is selected.
fn copy_citation(terminal: &mut Screen, app: &mut App) -> Result<()> {
    let lang = app.lang;
    let Some((doc, item)) = app.selected().and_then(|s| app.resolve(s)) else {
        app.notice = Some(
            lang.pick("没有选中的项目可复制", "nothing selected to copy")
                .to_owned(),
        );
        return Ok(());
    };
    let text = crate::view::citation::citation(&doc.data, item, doc.draft, lang);
    let first = text.lines().next().unwrap_or_default().to_owned();
    let backend = terminal.backend_mut();
    backend.write_all(crate::clipboard::osc52(&text).as_bytes())?;
    backend.flush()?;
    app.notice = Some(match lang {
        Lang::Zh => format!("已复制(含出处):{first}"),
        Lang::En => format!("copied with its citation: {first}"),
    });
    Ok(())
}

/// Adds every report that has arrived to `app`; true when one had.
fn take_arrived(app: &mut App, incoming: &mut Incoming) -> bool {
    let mut any = false;
    for loaded in incoming.drain() {
        app.receive(loaded);
        any = true;
    }
    any
}

/// Loader threads: one per core; the loop's own thread sleeps while they work.
fn workers() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// With the `test-hooks` feature only: F11 fails with an error, F12 panics, as a bug would.
#[cfg(feature = "test-hooks")]
fn test_hooks(event: &Event) -> Result<()> {
    use anyhow::bail;
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
        Event::Key(key) => app.keys.action_for(key, app.mode()),
        Event::Resize(width, height) => Some(Action::Resize(width, height)),
        Event::Mouse(mouse) => mouse_action(mouse, clicks),
        _ => None,
    }
}
