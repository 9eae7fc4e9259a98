//! What a search finds in one report: every figure's labels and quote, every project's names
//! and quote, every reference and heading, and the zone's names, in one lowercased text built
//! when the report opens; a query is one pass over it.

use crate::model::{Dataset, Item, MetricIx, ProjectIx, ReferenceIx, SectionIx};

/// What a match points at: an item, or the report itself (its zone's names matched).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Report,
    Item(Item),
}

/// A report's searchable text: every entry's words, lowercased, one after another.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    /// The entries' texts, each ended by a NUL, which no query holds, so no match spans two.
    text: String,
    /// Where each entry starts in `text`, ascending, with what it is.
    entries: Vec<(u32, Target)>,
}

impl SearchIndex {
    /// The index of `d`.
    pub fn build(d: &Dataset) -> SearchIndex {
        let mut index = SearchIndex::default();
        let zone = [
            d.zone.name_zh.as_str(),
            &d.zone.name_en,
            &d.zone.short_zh,
            &d.zone.short_en,
        ];
        index.add(Target::Report, &zone);
        for (i, m) in d.metrics.iter().enumerate() {
            let short = [
                m.short_zh.as_deref().unwrap_or_default(),
                m.short_en.as_deref().unwrap_or_default(),
            ];
            let context = m.source.context.as_deref().unwrap_or_default();
            let words = [
                m.label_zh.as_str(),
                &m.label_en,
                short[0],
                short[1],
                &m.source.quote,
                context,
            ];
            index.add(Target::Item(Item::Metric(MetricIx(i))), &words);
        }
        for (c, cluster) in d.clusters.iter().enumerate() {
            for (p, project) in cluster.projects.iter().enumerate() {
                let ix = ProjectIx {
                    cluster: crate::model::ClusterIx(c),
                    index: p,
                };
                let words = [
                    project.name_zh.as_str(),
                    &project.name_en,
                    &project.source.quote,
                ];
                index.add(Target::Item(Item::Project(ix)), &words);
            }
        }
        for (i, r) in d.references.iter().enumerate() {
            let words = [r.label_zh.as_str(), &r.label_en, &r.citation];
            index.add(Target::Item(Item::Reference(ReferenceIx(i))), &words);
        }
        for (i, s) in d.sections.iter().enumerate() {
            let words = [s.title_zh.as_str(), &s.title_en];
            index.add(Target::Item(Item::Section(SectionIx(i))), &words);
        }
        for (i, h) in d.honours.iter().enumerate() {
            let company = h.holder.written_name().unwrap_or_default();
            let words = [
                h.title_zh.as_str(),
                h.title_en.as_deref().unwrap_or_default(),
                company,
                &h.source.quote,
            ];
            index.add(
                Target::Item(Item::Honour(crate::model::HonourIx(i))),
                &words,
            );
        }
        for (i, c) in d.claims.iter().enumerate() {
            let about = c.about.as_ref().map(crate::model::About::name);
            let words = [
                c.label_zh.as_str(),
                &c.label_en,
                about.unwrap_or_default(),
                &c.source.quote,
            ];
            index.add(Target::Item(Item::Claim(crate::model::ClaimIx(i))), &words);
        }
        index.text.shrink_to_fit();
        index.entries.shrink_to_fit();
        index
    }

    /// Adds an entry of `words`, lowercased (Latin letters; Chinese has no case).
    fn add(&mut self, target: Target, words: &[&str]) {
        let start = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        self.entries.push((start, target));
        for word in words.iter().filter(|w| !w.is_empty()) {
            self.text.extend(word.chars().flat_map(char::to_lowercase));
            self.text.push(' ');
        }
        self.text.push('\0');
    }

    /// Every entry that holds `needle` (already lowercased), each once, in the report's order.
    pub fn find(&self, needle: &str) -> Vec<Target> {
        let mut found: Vec<Target> = Vec::new();
        if needle.is_empty() || needle.contains('\0') {
            return found;
        }
        let mut last = None;
        for at in memchr::memmem::find_iter(self.text.as_bytes(), needle.as_bytes()) {
            let at = u32::try_from(at).unwrap_or(u32::MAX);
            let entry = self.entries.partition_point(|(start, _)| *start <= at) - 1;
            if last != Some(entry) {
                last = Some(entry);
                found.push(self.entries[entry].1);
            }
        }
        found
    }

    /// True when the entry of `target` holds `needle` (already lowercased).
    pub fn holds(&self, target: Target, needle: &str) -> bool {
        let Some(i) = self.entries.iter().position(|(_, t)| *t == target) else {
            return false;
        };
        let start = self.entries[i].0 as usize;
        let end = self
            .entries
            .get(i + 1)
            .map_or(self.text.len(), |(next, _)| *next as usize);
        self.text
            .get(start..end)
            .is_some_and(|entry| entry.contains(needle))
    }

    /// Bytes the index holds, for measuring.
    pub fn bytes(&self) -> usize {
        self.text.capacity() + self.entries.capacity() * std::mem::size_of::<(u32, Target)>()
    }
}

/// `query` as the index holds text: trimmed and lowercased.
pub fn needle(query: &str) -> String {
    query.trim().chars().flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_quotes_projects_and_zone_names_are_found_without_case() {
        let d = crate::model::load_bundled().unwrap();
        let index = SearchIndex::build(&d);
        assert!(
            index
                .find(&needle("pm2.5"))
                .iter()
                .any(|t| matches!(t, Target::Item(Item::Metric(_))))
        );
        assert_eq!(
            index.find(&needle("Yizhuang")).first(),
            Some(&Target::Report)
        );
        let projects = index.find(&needle("华海清科"));
        assert!(
            projects
                .iter()
                .any(|t| matches!(t, Target::Item(Item::Project(_)))),
            "{projects:?}"
        );
        assert!(index.find(&needle("no such words at all")).is_empty());
    }

    #[test]
    fn a_match_never_spans_two_entries_and_each_entry_is_found_once() {
        let d = crate::model::load_bundled().unwrap();
        let index = SearchIndex::build(&d);
        let hits = index.find("%");
        let mut unique = hits.clone();
        unique.dedup();
        assert_eq!(hits, unique);
        for hit in &hits {
            assert!(index.holds(*hit, "%"), "{hit:?}");
        }
        assert!(index.find("\0").is_empty());
    }
}
