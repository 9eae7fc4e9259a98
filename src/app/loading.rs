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

/// How far the opening has come: files finished (opened or failed) of every file given, those
/// opened before the loader started included, so the count ends at the number of files.
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
    /// Expects `more` files from a loader; progress shows until they have all arrived.
    pub fn expect(&mut self, more: usize) {
        let done = self.docs.len() + self.failures.len();
        self.loading = (more > 0).then_some(Progress {
            done,
            total: done + more,
        });
    }

    /// Adds what the loader finished, in the order it arrives; the report on screen stays. A
    /// draft of a text that an open dataset quotes is left out: the dataset is that report.
    pub fn receive(&mut self, loaded: Loaded) {
        match loaded {
            Loaded::Doc(doc) if self.is_text_of_open_dataset(&doc) => {}
            Loaded::Doc(doc) => {
                self.docs.push(*doc);
                // A screen over every report takes the new one in.
                self.refresh_compare();
                self.refresh_search();
            }
            Loaded::Failed(failure) => self.failures.push(failure),
        }
        if let Some(progress) = &mut self.loading {
            progress.done += 1;
            if progress.done >= progress.total {
                self.loading = None;
            }
        }
    }

    /// True when `doc` is a draft of the report text of a dataset already open (paths are
    /// made absolute when a file is opened, off the loop).
    fn is_text_of_open_dataset(&self, doc: &Doc) -> bool {
        let Some(path) = doc.path.as_deref().filter(|_| doc.draft) else {
            return false;
        };
        self.docs
            .iter()
            .any(|open| open.text.as_deref() == Some(path))
    }
}
