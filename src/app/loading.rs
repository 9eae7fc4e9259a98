//! Reports arriving from a background loader, as data: `receive` adds them to the state purely.

use super::{App, Doc};

/// A file that did not open, with its first error in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadFailure {
    /// The file as named in messages.
    pub name: String,
    pub error_zh: String,
    pub error_en: String,
}

/// How far the background loader has come: files finished of files asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

/// One finished file from the loader.
#[derive(Debug)]
pub enum Loaded {
    /// A report that opened, its panel models already built.
    Doc(Box<Doc>),
    /// A file that did not.
    Failed(LoadFailure),
}

impl App {
    /// Expects `total` more files from a loader; progress shows until they have all arrived.
    pub fn expect(&mut self, total: usize) {
        self.loading = (total > 0).then_some(Progress { done: 0, total });
    }

    /// Adds what the loader finished, in the order it arrives; the report on screen stays.
    pub fn receive(&mut self, loaded: Loaded) {
        match loaded {
            Loaded::Doc(doc) => self.docs.push(*doc),
            Loaded::Failed(failure) => self.failures.push(failure),
        }
        if let Some(progress) = &mut self.loading {
            progress.done += 1;
            if progress.done >= progress.total {
                self.loading = None;
            }
        }
    }
}
