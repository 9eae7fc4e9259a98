//! Checks of meaning on a typed dataset: ids, references, ranges, safe text, quotes that hold their numbers.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::types::{Dataset, SUPPORTED_SCHEMA_VERSIONS};
use crate::lang::Text;
use crate::model::path::DataPath;
use crate::sanitize;

mod figures;
mod forms;
mod hedges;
mod indicator;
mod reading;
mod records;

/// Longest quote, in characters: a clause, not a paragraph.
pub const MAX_QUOTE_CHARS: usize = 80;

/// Largest magnitude a figure may have; beyond it a value is a typo, not a statistic.
pub const MAX_MAGNITUDE: f64 = 1e15;

/// Most problems listed; past it they are counted in one closing line, so a file of 300,000
/// faults costs neither 300,000 messages in memory nor a screenful nobody reads.
pub const MAX_LISTED_PROBLEMS: usize = 1_000;

/// Every problem of meaning in `dataset`, as `(JSON path, message)`, in file order (the first
/// [`MAX_LISTED_PROBLEMS`], then a line counting the rest).
pub fn validate(dataset: &Dataset) -> Vec<(DataPath, Text)> {
    checked(dataset).problems
}

/// What a check found: problems that refuse the dataset, and warnings that do not.
#[derive(Debug, Default)]
pub struct Checked {
    pub problems: Vec<(DataPath, Text)>,
    /// For a schema-1 file, the readings of its quotes that schema 2 refuses (a bound's
    /// marker away from its number, a basis the quote does not write): schema 1 did not ask
    /// for them, so its files keep loading, each such figure named (at most
    /// [`MAX_LISTED_PROBLEMS`]). Schema 2's new fields are checked in full: schema 1 has none.
    pub warnings: Vec<(DataPath, Text)>,
}

/// [`validate`], with the warnings a schema-1 file gets instead of schema 2's refusals.
pub fn checked(dataset: &Dataset) -> Checked {
    let mut check = Checker {
        lenient: dataset.schema_version == 1,
        ..Checker::default()
    };
    // One namespace for every selectable id, sized once instead of rehashed as it fills.
    let ids = dataset.sections.len()
        + dataset.metrics.len()
        + dataset.references.len()
        + dataset.project_count()
        + dataset.honours.len()
        + dataset.claims.len();
    check.item_ids.reserve(ids);
    check.header(dataset);
    check.sections(dataset);
    check.groups_and_units(dataset);
    check.metrics(dataset);
    check.metric_forms(dataset);
    check.clusters(dataset);
    check.honours(dataset);
    check.claims(dataset);
    check.other_names(dataset);
    check.inferred(dataset);
    check.comparisons_and_references(dataset);
    if check.unlisted > 0 {
        check.problems.push((
            DataPath::root(),
            Text::new(
                format!(
                    "另有 {} 处问题未列出(只列前 {MAX_LISTED_PROBLEMS} 处)",
                    check.unlisted
                ),
                format!(
                    "{} more problems not listed (only the first {MAX_LISTED_PROBLEMS} are)",
                    check.unlisted
                ),
            ),
        ));
    }
    Checked {
        problems: check.problems,
        warnings: check.warnings,
    }
}

#[derive(Default)]
struct Checker<'a> {
    pub(super) problems: Vec<(DataPath, Text)>,
    /// True for a schema-1 file: schema 2's readings warn instead of refusing.
    lenient: bool,
    /// What schema 2 refuses in a schema-1 file.
    warnings: Vec<(DataPath, Text)>,
    /// Problems found past [`MAX_LISTED_PROBLEMS`].
    unlisted: usize,
    /// Ids of figures, references and projects, one namespace so `--select ID` is unambiguous.
    pub(super) item_ids: HashMap<&'a str, Place>,
    /// The numbers of the quote being checked, in buffers reused from figure to figure.
    pub(super) read: QuoteReadings<'a>,
    /// What stands beside each place the quote writes the value, reused the same way.
    pub(super) sides: Vec<reading::Beside<'a>>,
}

/// Every number a quote writes, and those that write the figure's value in its unit.
#[derive(Default)]
pub(super) struct QuoteReadings<'a> {
    pub(super) all: Vec<crate::model::readings::Reading<'a>>,
    pub(super) written: Vec<crate::model::readings::Reading<'a>>,
}

impl QuoteReadings<'_> {
    fn clear(&mut self) {
        self.all.clear();
        self.written.clear();
    }
}

/// Ids seen so far, with where each was first seen.
pub(super) type Seen<'a> = HashMap<&'a str, Place>;

/// Ids a reference may name.
pub(super) type Known<'a> = HashSet<&'a str>;

/// Where an id stands; its JSON path is only written out when a message needs it.
#[derive(Debug, Clone, Copy)]
pub(super) enum Place {
    /// `zone.id`
    Field(&'static str),
    /// `metrics[3].id`
    At(&'static str, usize),
    /// `clusters[1].projects[4].id`
    In(&'static str, usize, &'static str, usize),
}

impl Place {
    /// The path of this place's `field`.
    pub(super) fn path(self, field: &'static str) -> DataPath {
        match self {
            Place::Field(object) => DataPath::key(object),
            Place::At(list, i) => DataPath::item(list, i),
            Place::In(list, i, inner, j) => DataPath::item(list, i).at(inner, j),
        }
        .field(field)
    }
}

impl<'a> Checker<'a> {
    /// Runs `checks`, which are schema 2's readings of a quote: for a schema-1 file what they
    /// find is a warning, not a problem.
    pub(super) fn schema_two_readings(&mut self, checks: impl FnOnce(&mut Self)) {
        if !self.lenient {
            checks(self);
            return;
        }
        // Found into an empty list of their own, so they neither fill the problems' cap nor
        // are counted among the problems past it.
        let problems = std::mem::take(&mut self.problems);
        let unlisted = self.unlisted;
        checks(self);
        let found = std::mem::replace(&mut self.problems, problems);
        self.unlisted = unlisted;
        let room = MAX_LISTED_PROBLEMS.saturating_sub(self.warnings.len());
        self.warnings.extend(found.into_iter().take(room));
    }

    /// Records the problem `problem` makes. Its path and words are made only here, out of line
    /// and marked cold: the checks a valid dataset runs at every start stay small (the code
    /// that formats a message is most of a check's size).
    #[cold]
    #[inline(never)]
    pub(super) fn report(&mut self, problem: impl FnOnce() -> (DataPath, Text)) {
        if self.problems.len() < MAX_LISTED_PROBLEMS {
            let (path, message) = problem();
            self.problems.push((path, message));
        } else {
            // Only counted: its words would not be shown.
            self.unlisted += 1;
        }
    }

    /// A required text: not blank, no control or bidi characters. English fields (`*_en`,
    /// `*.en`) may be absent (empty): the screen then shows the Chinese, marked untranslated.
    pub(super) fn text(&mut self, path: impl Fn() -> DataPath, value: &str) {
        if value.is_empty() {
            let path = path();
            if !path.is_english() {
                self.report(|| (path, empty_text()));
            }
        } else if value.trim().is_empty() {
            self.report(|| (path(), empty_text()));
        } else if sanitize::all_stand_alone(value) {
            // The common case, decided in one pass: such characters are safe, of one width
            // everywhere and each its own cluster (a test in `sanitize` holds them to it).
        } else if value.chars().any(sanitize::is_unsafe) {
            self.report(|| {
                (
                    path(),
                    Text::new(
                        format!("{} 中有控制字符或双向字符", sanitize::quoted(value, 60)),
                        format!(
                            "control or bidirectional character in {}",
                            sanitize::quoted(value, 60)
                        ),
                    ),
                )
            });
        } else if let Some(c) = value.chars().find(|c| sanitize::is_width_ambiguous(*c)) {
            self.report(|| (
                path(),
                Text::new(
                    format!(
                        "{} 中的字符 U+{:04X} 在不同终端上宽度不同;请删去",
                        sanitize::quoted(value, 40),
                        u32::from(c)
                    ),
                    format!(
                        "character U+{:04X} in {} is drawn at different widths by different terminals; remove it",
                        u32::from(c),
                        sanitize::quoted(value, 40)
                    ),
                )));
        } else if let Some(length) = sanitize::overlong_cluster(value) {
            self.report(|| (
                path(),
                Text::new(
                    format!(
                        "{} 中有一个字符带 {} 个组合符或连接符;最多画 {} 个",
                        sanitize::quoted(value, 20),
                        length - 1,
                        sanitize::MAX_CLUSTER_CHARS - 1
                    ),
                    format!(
                        "a character with {} combining marks or joiners in {}; at most {} are drawn",
                        length - 1,
                        sanitize::quoted(value, 20),
                        sanitize::MAX_CLUSTER_CHARS - 1
                    ),
                )));
        }
    }

    /// An id: lowercase letters, digits and `_` (and `-` where `dash` allows), unique in `seen`.
    pub(super) fn id(&mut self, place: Place, id: &'a str, dash: bool, seen: &mut Seen<'a>) {
        let well_formed = id.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
            && id.chars().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || (dash && c == '-')
            });
        if !well_formed {
            let (form_zh, form) = if dash {
                ("snake_case 或 kebab-case", "snake_case or kebab-case")
            } else {
                ("snake_case", "snake_case")
            };
            let id = sanitize::quoted(id, 60);
            self.report(|| {
                (
                    place.path("id"),
                    Text::new(
                        format!("id {id} 不是 {form_zh} 形式"),
                        format!("id {id} is not {form}"),
                    ),
                )
            });
        } else if let Some(first) = seen.get(id) {
            let first = first.path("id");
            self.report(|| {
                (
                    place.path("id"),
                    Text::new(
                        format!("id \"{id}\" 重复(首次出现在 {first})"),
                        format!("duplicate id \"{id}\" (first at {first})"),
                    ),
                )
            });
        } else {
            seen.insert(id, place);
        }
    }

    /// A reference to an id that must exist in `known`.
    pub(super) fn reference(
        &mut self,
        path: impl Fn() -> DataPath,
        what: &str,
        id: &str,
        known: &Known<'_>,
    ) {
        self.text(&path, id);
        if !id.trim().is_empty() && !known.contains(id) {
            let what_zh = match what {
                "figure" => "数字",
                "section" => "章节",
                "group" => "分组",
                "cluster" => "产业集群",
                "unit" => "单位",
                other => other,
            };
            let id = sanitize::quoted(id, 60);
            self.report(|| {
                (
                    path(),
                    Text::new(
                        format!("没有 id 为 {id} 的{what_zh}"),
                        format!("unknown {what} {id}"),
                    ),
                )
            });
        }
    }

    fn header(&mut self, d: &'a Dataset) {
        if !SUPPORTED_SCHEMA_VERSIONS.contains(&d.schema_version) {
            self.report(|| (
                DataPath::key("schema_version"),
                Text::new(
                    format!(
                        "不支持的 schema_version {},本程序支持的版本是 {SUPPORTED_SCHEMA_VERSIONS:?}",
                        d.schema_version
                    ),
                    format!(
                        "unsupported schema_version {}, this build reads {SUPPORTED_SCHEMA_VERSIONS:?}",
                        d.schema_version
                    ),
                )));
        }
        let mut ids = Seen::default();
        self.id(Place::Field("zone"), &d.zone.id, true, &mut ids);
        self.id(Place::Field("report"), &d.report.id, true, &mut ids);
        let z = &d.zone;
        for (field, value) in [
            ("name_zh", &z.name_zh),
            ("name_en", &z.name_en),
            ("short_zh", &z.short_zh),
            ("short_en", &z.short_en),
        ] {
            self.text(|| DataPath::key("zone").field(field), value);
        }
        let r = &d.report;
        for (field, value) in [
            ("title_zh", &r.title_zh),
            ("title_en", &r.title_en),
            ("publisher_zh", &r.publisher_zh),
            ("publisher_en", &r.publisher_en),
            ("published_zh", &r.published_zh),
            ("published_en", &r.published_en),
            ("source_file", &r.source_file),
        ] {
            self.text(|| DataPath::key("report").field(field), value);
        }
        for (field, year) in [("year", Some(r.year)), ("plan_year", r.plan_year)] {
            if year.is_some_and(|y| !(1000..=9999).contains(&y)) {
                self.report(|| {
                    (
                        DataPath::key("report").field(field),
                        not_a_year(year.unwrap_or_default()),
                    )
                });
            }
        }
    }

    fn sections(&mut self, d: &'a Dataset) {
        // Section ids share the namespace of figures and projects: `--select` finds any of them.
        let mut ids = std::mem::take(&mut self.item_ids);
        for (i, s) in d.sections.iter().enumerate() {
            self.id(Place::At("sections", i), &s.id, false, &mut ids);
            self.text(
                || DataPath::item("sections", i).field("title_zh"),
                &s.title_zh,
            );
            self.text(
                || DataPath::item("sections", i).field("title_en"),
                &s.title_en,
            );
        }
        let figures = figure_ids(d);
        let sections: Known = ids.keys().copied().collect();
        // Numbered sections (those with a parent), looked up once per reference, not searched.
        let numbered: Known = d
            .sections
            .iter()
            .filter(|s| s.parent.is_some())
            .map(|s| s.id.as_str())
            .collect();
        for (i, s) in d.sections.iter().enumerate() {
            if let Some(parent) = &s.parent {
                self.reference(
                    || DataPath::item("sections", i).field("parent"),
                    "section",
                    parent,
                    &sections,
                );
                // Sections nest one level: a part and its numbered sections.
                if numbered.contains(parent.as_str()) {
                    self.report(|| {
                        (
                            DataPath::item("sections", i).field("parent"),
                            Text::new(
                                format!(
                                    "{} 本身是编号小节;上级须是部分",
                                    sanitize::quoted(parent, 40)
                                ),
                                format!(
                                    "{} is itself a numbered section; a parent must be a part",
                                    sanitize::quoted(parent, 40)
                                ),
                            ),
                        )
                    });
                }
            }
            if let Some(count) = &s.stated_count {
                self.reference(
                    || DataPath::item("sections", i).field("stated_count"),
                    "figure",
                    count,
                    &figures,
                );
            }
        }
        self.item_ids = ids;
    }

    fn groups_and_units(&mut self, d: &'a Dataset) {
        let mut ids = Seen::default();
        for (i, g) in d.groups.iter().enumerate() {
            self.id(Place::At("groups", i), &g.id, false, &mut ids);
            self.text(
                || DataPath::item("groups", i).field("label_zh"),
                &g.label_zh,
            );
            self.text(
                || DataPath::item("groups", i).field("label_en"),
                &g.label_en,
            );
        }
        let mut titled = HashSet::default();
        for (i, t) in d.panel_titles.iter().enumerate() {
            self.text(
                || DataPath::item("panel_titles", i).field("label_zh"),
                &t.label_zh,
            );
            self.text(
                || DataPath::item("panel_titles", i).field("label_en"),
                &t.label_en,
            );
            if !titled.insert(t.panel) {
                self.report(|| {
                    (
                        DataPath::item("panel_titles", i).field("panel"),
                        Text::new(
                            format!("{}面板的第二个标题", t.panel.zh()),
                            format!("a second title for the {} panel", t.panel.en()),
                        ),
                    )
                });
            }
        }
        let mut ids = Seen::default();
        for (i, u) in d.units.iter().enumerate() {
            self.id(Place::At("units", i), &u.id, false, &mut ids);
            self.text(|| DataPath::item("units", i).field("zh"), &u.zh);
            self.text(|| DataPath::item("units", i).field("en"), &u.en);
            self.unit_scale(i, u);
        }
    }
}

/// A required text left blank.
fn empty_text() -> Text {
    Text::new("文字为空", "empty text")
}

/// A year that is not four digits.
pub(super) fn not_a_year(year: impl std::fmt::Display) -> Text {
    Text::new(
        format!("年份 {year} 不是四位数"),
        format!("year {year} is not a four-digit year"),
    )
}

/// Ids of the figures (metrics) of `d`, for references to check against.
pub(super) fn figure_ids(d: &Dataset) -> Known<'_> {
    index(d.metrics.iter().map(|m| m.id.as_str()))
}

pub(super) fn index<'a>(ids: impl Iterator<Item = &'a str>) -> Known<'a> {
    ids.collect()
}
