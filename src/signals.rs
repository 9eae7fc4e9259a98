//! The signals whose default action ends the process, caught so the terminal and files are left clean.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use signal_hook::consts::signal::{
    SIGALRM, SIGHUP, SIGINT, SIGPROF, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGVTALRM, SIGXCPU,
    SIGXFSZ,
};

/// Every catchable signal that would end the process without a word: the terminal's own
/// (hang-up, interrupt, quit), `kill`'s default, the user and timer signals, the resource
/// limits, and on Linux `SIGIO`, `SIGPWR`, `SIGSTKFLT` and the real-time signals. The faults
/// (`SIGSEGV`, `SIGBUS`, `SIGILL`, `SIGFPE`, `SIGTRAP`, `SIGSYS`) and `SIGABRT` are left alone:
/// a handler that returns would run the faulting instruction again.
pub fn ending() -> Vec<i32> {
    #[allow(unused_mut)]
    let mut signals = vec![
        SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
        SIGXFSZ,
    ];
    #[cfg(target_os = "linux")]
    {
        // SIGSTKFLT, SIGIO, SIGPWR; glibc keeps 32 and 33 for itself, SIGRTMIN is 34.
        signals.extend([16, signal_hook::consts::signal::SIGIO, 30]);
        signals.extend(34..=64);
    }
    signals
}

/// Catches every [`ending`] signal from now on: the last one to arrive is kept in the returned
/// cell (0 while none has), for the code that is running to notice at its next step.
pub fn catch_ending() -> Arc<AtomicUsize> {
    let caught = Arc::new(AtomicUsize::new(0));
    for signal in ending() {
        let Ok(number) = usize::try_from(signal) else {
            continue;
        };
        // A signal this system does not have cannot arrive either.
        let _ = signal_hook::flag::register_usize(signal, Arc::clone(&caught), number);
    }
    caught
}

/// The signal caught by [`catch_ending`], if one has arrived.
pub fn caught(cell: &AtomicUsize) -> Option<i32> {
    match cell.load(Ordering::SeqCst) {
        0 => None,
        n => i32::try_from(n).ok(),
    }
}

/// Ends the process as `signal` would have, once everything is cleaned up: by the signal's own
/// default action where it has one, else with status 128 + its number, as a shell reports it.
pub fn die_of(signal: i32) -> ! {
    let _ = signal_hook::low_level::emulate_default_handler(signal);
    std::process::exit(128 + signal)
}
