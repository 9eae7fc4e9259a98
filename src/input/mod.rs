//! The dashboard's input: every byte the terminal has sent, and the signals that stop, suspend
//! or resize it, read by the one thread that draws, so that nothing writes to the terminal
//! behind it.

mod parse;

use std::fs::File;
use std::io::{self, ErrorKind, Read};
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::net::UnixStream;

use ratatui::crossterm::event::{Event, KeyCode, KeyModifiers};
use rustix::event::{PollFd, PollFlags, poll};
use signal_hook::consts::signal::{SIGCONT, SIGTSTP, SIGWINCH};
use signal_hook::iterator::backend::SignalDelivery;
use signal_hook::iterator::exfiltrator::SignalOnly;

pub use parse::{MAX_PENDING, Parser};

use crate::signals;

/// Most bytes read before the screen is drawn again: a flood of input still shows progress,
/// and a key typed after it is read within a frame or two.
const MAX_BYTES_PER_FRAME: usize = 64 * 1024;

/// What the loop is told, in the order it came.
#[derive(Debug, PartialEq)]
pub enum Input {
    /// A key, a mouse report or a resize.
    Terminal(Event),
    /// Ctrl-Z (the key, in raw mode) or `SIGTSTP`: the terminal is to be given back and the
    /// process stopped.
    Suspend,
    /// `SIGCONT`: back from a stop (ours or anyone's); the terminal is to be set up again.
    Resume,
    /// A signal whose default action ends the process.
    End(i32),
    /// Something woke the loop through [`Reader::job_waker`]: the report has been read, or the
    /// background loader has reports for the loop.
    Arrived,
}

/// The terminal's input and the watched signals, polled together.
pub struct Reader {
    tty: File,
    /// Written by background jobs through [`Reader::job_waker`]; read here.
    jobs: UnixStream,
    jobs_waker: UnixStream,
    /// The watched signals, each registered once; their pipe wakes the poll.
    signals: SignalDelivery<UnixStream, SignalOnly>,
    parser: Parser,
    buffer: Box<[u8]>,
}

impl Reader {
    /// Opens the controlling terminal for reading (its own file description, so making it
    /// non-blocking touches nothing of the shell's) and starts watching signals.
    pub fn open() -> io::Result<Reader> {
        let tty = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
            .open("/dev/tty")?;
        let (wake, waker) = UnixStream::pair()?;
        wake.set_nonblocking(true)?;
        waker.set_nonblocking(true)?;
        let (jobs, jobs_waker) = UnixStream::pair()?;
        jobs.set_nonblocking(true)?;
        jobs_waker.set_nonblocking(true)?;
        // One registration per signal: each one copies the process's whole table of handlers,
        // so registering a flag and a pipe for every signal cost four times as much at start.
        let signals = SignalDelivery::with_pipe(wake, waker, SignalOnly, [SIGWINCH])?;
        for signal in signals::ending().into_iter().chain([SIGTSTP, SIGCONT]) {
            // A signal this system does not have cannot arrive either.
            let _ = signals.handle().add_signal(signal);
        }
        Ok(Reader {
            tty,
            jobs,
            jobs_waker,
            signals,
            parser: Parser::default(),
            buffer: vec![0; 8 * 1024].into_boxed_slice(),
        })
    }

    /// A handle a background thread writes a byte to when it has something for the loop; the
    /// loop then gets [`Input::Arrived`]. Nothing wakes the loop unless a job writes.
    pub fn job_waker(&self) -> io::Result<UnixStream> {
        self.jobs_waker.try_clone()
    }

    /// Waits until there is input or a signal, then returns everything there is: all the
    /// bytes ready (up to [`MAX_BYTES_PER_FRAME`]) parsed into events, and the signals.
    pub fn next_batch(&mut self, out: &mut Vec<Input>) -> io::Result<()> {
        out.clear();
        while out.is_empty() {
            self.collect_signals(out);
            if !out.is_empty() {
                break;
            }
            let mut fds = [
                PollFd::new(&self.tty, PollFlags::IN),
                PollFd::new(self.signals.get_read(), PollFlags::IN),
                PollFd::new(&self.jobs, PollFlags::IN),
            ];
            match poll(&mut fds, None) {
                Ok(_) => {}
                Err(rustix::io::Errno::INTR) => continue,
                Err(e) => return Err(e.into()),
            }
            let (tty_ready, woken) = (fds[0].revents(), fds[1].revents());
            if !fds[2].revents().is_empty() {
                let mut drain = [0u8; 256];
                while matches!((&self.jobs).read(&mut drain), Ok(n) if n > 0) {}
                out.push(Input::Arrived);
            }
            if !woken.is_empty() {
                // Drains the pipe too.
                self.collect_signals(out);
            }
            if tty_ready.intersects(PollFlags::HUP | PollFlags::ERR)
                && !tty_ready.contains(PollFlags::IN)
            {
                return Err(io::Error::new(
                    ErrorKind::UnexpectedEof,
                    "the terminal closed",
                ));
            }
            if tty_ready.contains(PollFlags::IN) {
                self.read_ready(out)?;
            }
        }
        Ok(())
    }

    /// Reads until the read would block (or a frame's worth), so no byte waits in the kernel
    /// for a wake-up that never comes.
    fn read_ready(&mut self, out: &mut Vec<Input>) -> io::Result<()> {
        let mut events = Vec::new();
        let mut total = 0;
        loop {
            match self.tty.read(&mut self.buffer) {
                Ok(0) => {
                    self.parser.advance(&[], false, &mut events);
                    break;
                }
                Ok(n) => {
                    total += n;
                    let more = total < MAX_BYTES_PER_FRAME;
                    self.parser.advance(&self.buffer[..n], true, &mut events);
                    if !more {
                        break;
                    }
                }
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) if e.kind() == ErrorKind::WouldBlock => {
                    // All read: what is pending now is all there is (a lone ESC is the key).
                    self.parser.advance(&[], false, &mut events);
                    break;
                }
                Err(e) => return Err(e),
            }
        }
        out.extend(events.into_iter().map(|event| match event {
            // Ctrl-Z in raw mode is a key, not the terminal's stop signal: it means the same.
            Event::Key(key)
                if key.code == KeyCode::Char('z') && key.modifiers == KeyModifiers::CONTROL =>
            {
                Input::Suspend
            }
            other => Input::Terminal(other),
        }));
        Ok(())
    }

    /// The signals that arrived since last asked, in the order the loop acts on them: an end
    /// first, then a stop before a continue, then a resize.
    fn collect_signals(&mut self, out: &mut Vec<Input>) {
        let (mut ending, mut stopped, mut continued, mut resized) = (None, false, false, false);
        for signal in self.signals.pending() {
            match signal {
                SIGTSTP => stopped = true,
                SIGCONT => continued = true,
                SIGWINCH => resized = true,
                other => ending = Some(other),
            }
        }
        if let Some(signal) = ending {
            out.push(Input::End(signal));
        }
        if stopped {
            out.push(Input::Suspend);
        }
        if continued {
            out.push(Input::Resume);
        }
        if resized && let Ok((width, height)) = ratatui::crossterm::terminal::size() {
            out.push(Input::Terminal(Event::Resize(width, height)));
        }
    }
}
