//! Opening reports off the event loop: worker threads open files and send each finished one,
//! and [`Incoming`] hands them to the loop in the order the files were given.

use std::collections::BTreeMap;
use std::io::Write;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, channel};

use crate::app::{Doc, LoadFailure, Loaded};

/// Opens one file into what the app receives: a report with its panels built, or a failure.
pub type Opener = dyn Fn(&Path) -> Loaded + Send + Sync;

/// Files still to open and how to open each.
pub struct Pending {
    pub files: Vec<PathBuf>,
    pub open: Arc<Opener>,
}

/// The loop's end of the loader: finished files, in file order, as they arrive.
pub struct Incoming {
    receiver: Receiver<(usize, Loaded)>,
    /// Files that finished before an earlier one, held until it arrives.
    early: BTreeMap<usize, Loaded>,
    next: usize,
    total: usize,
}

/// Starts `workers` threads (at least one) opening `pending`'s files, each taking the next file
/// not yet taken, so a slow file holds up no other.
/// After each file a byte goes to `waker` (when there is one) so a sleeping loop wakes.
pub fn spawn(
    pending: Pending,
    workers: usize,
    waker: Option<UnixStream>,
) -> std::io::Result<Incoming> {
    let (sender, receiver) = channel();
    let total = pending.files.len();
    let files = Arc::new(pending.files);
    let taken = Arc::new(AtomicUsize::new(0));
    for n in 0..workers.clamp(1, total.max(1)) {
        let (files, taken, open, sender) = (
            Arc::clone(&files),
            Arc::clone(&taken),
            Arc::clone(&pending.open),
            sender.clone(),
        );
        let mut waker = match &waker {
            Some(w) => Some(w.try_clone()?),
            None => None,
        };
        std::thread::Builder::new()
            .name(format!("loader-{n}"))
            .spawn(move || {
                loop {
                    let ix = taken.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = files.get(ix) else { break };
                    // The loop has gone (the user quit): nothing is waiting for the rest.
                    if sender.send((ix, open(path))).is_err() {
                        break;
                    }
                    // A full pipe already holds a wake-up, so a failed write loses nothing.
                    if let Some(w) = waker.as_mut() {
                        let _ = w.write(&[1]);
                    }
                }
            })?;
    }
    Ok(Incoming {
        receiver,
        early: BTreeMap::new(),
        next: 0,
        total,
    })
}

impl Incoming {
    /// How many files were asked for.
    pub fn total(&self) -> usize {
        self.total
    }

    /// Every file finished since the last call whose predecessors have all finished, in file
    /// order; never blocks.
    pub fn drain(&mut self) -> Vec<Loaded> {
        while let Ok((ix, loaded)) = self.receiver.try_recv() {
            self.early.insert(ix, loaded);
        }
        let mut ready = Vec::new();
        while let Some(loaded) = self.early.remove(&self.next) {
            ready.push(loaded);
            self.next += 1;
        }
        ready
    }

    /// Whether every file has been handed over.
    pub fn finished(&self) -> bool {
        self.next >= self.total
    }

    /// Waits until every file has been handed over and returns them in order (for `render`
    /// and tests, which need them all before drawing).
    pub fn wait_all(mut self) -> Vec<Loaded> {
        let mut all = self.drain();
        while !self.finished() {
            match self.receiver.recv() {
                Ok((ix, loaded)) => {
                    self.early.insert(ix, loaded);
                    all.extend(self.drain());
                }
                // Every worker has stopped: whatever did not arrive never will.
                Err(_) => break,
            }
        }
        all
    }
}

/// Opens one file as the dashboard does: a JSON dataset, or a report text drafted in memory
/// (marked a draft); its panels are built here, off the loop.
pub fn open_doc(path: &Path) -> anyhow::Result<Doc> {
    let name = crate::model::file_label(path);
    let json = crate::draft::looks_like_json(path);
    let (data, warnings) = if json {
        crate::model::load_file_checked(path)?
    } else {
        (crate::draft::draft_file(path)?.dataset, Vec::new())
    };
    let mut doc = Doc::opened(data, name, !json).from_file(path);
    doc.warnings = warnings.len();
    Ok(doc)
}

/// [`open_doc`] as the loader hands it over: a failure keeps its first line in each language.
pub fn open_report(path: &Path) -> Loaded {
    match open_doc(path) {
        Ok(doc) => {
            // Built here, off the loop, so a search over many reports does not wait for it.
            doc.search_index();
            Loaded::Doc(Box::new(doc))
        }
        Err(error) => {
            let first = |lang| {
                let text = crate::errors::describe(&error, lang);
                text.lines().next().unwrap_or_default().to_owned()
            };
            Loaded::Failed(LoadFailure {
                name: crate::model::file_label(path),
                error_zh: first(crate::lang::Lang::Zh),
                error_en: first(crate::lang::Lang::En),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failing(path: &Path) -> Loaded {
        // Later files finish sooner, so the order has to be restored.
        let n: u64 = path.to_string_lossy().parse().unwrap_or(0);
        std::thread::sleep(std::time::Duration::from_millis(20u64.saturating_sub(n)));
        Loaded::Failed(LoadFailure {
            name: path.to_string_lossy().into_owned(),
            error_zh: String::new(),
            error_en: String::new(),
        })
    }

    #[test]
    fn files_arrive_in_the_order_given_whatever_order_they_finish_in() {
        let files: Vec<PathBuf> = (0..20).map(|n| PathBuf::from(n.to_string())).collect();
        let incoming = spawn(
            Pending {
                files,
                open: Arc::new(failing),
            },
            4,
            None,
        )
        .unwrap();
        assert_eq!(incoming.total(), 20);
        let names: Vec<String> = incoming
            .wait_all()
            .into_iter()
            .map(|l| match l {
                Loaded::Failed(f) => f.name,
                Loaded::Doc(_) => unreachable!(),
            })
            .collect();
        let expected: Vec<String> = (0..20).map(|n: i32| n.to_string()).collect();
        assert_eq!(names, expected);
    }

    #[test]
    fn nothing_to_load_is_finished_at_once() {
        let mut incoming = spawn(
            Pending {
                files: Vec::new(),
                open: Arc::new(failing),
            },
            2,
            None,
        )
        .unwrap();
        assert!(incoming.finished());
        assert!(incoming.drain().is_empty());
    }
}
