//! The user's config file (`$XDG_CONFIG_HOME/zonedash/config.toml`): theme, language, keys.
//!
//! Reading it never stops the dashboard: every problem is a one-line message with the file,
//! line and column, and a config with problems is set aside for the defaults.

mod location;

pub use location::Location;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::lang::{Lang, Text};

/// The look the dashboard is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeName {
    /// Colours for a dark terminal.
    #[default]
    Dark,
    /// Colours for a light (white) terminal.
    Light,
    /// No colour: emphasis by bold, dim, reverse and underline (also what `NO_COLOR` gives).
    Mono,
}

impl ThemeName {
    /// Every theme, with the name the config file uses.
    pub const ALL: [(ThemeName, &'static str); 3] = [
        (ThemeName::Dark, "dark"),
        (ThemeName::Light, "light"),
        (ThemeName::Mono, "mono"),
    ];
}

/// One action's keys as the config file sets them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyOverride {
    /// The action's name (`quit`, `toggle_help`…), where it is written.
    pub action: String,
    pub action_at: Location,
    /// Each key (`q`, `Ctrl-c`, `F2`), where it is written.
    pub keys: Vec<(String, Location)>,
}

/// What a config file asks for; `None` leaves the default.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Config {
    pub theme: Option<ThemeName>,
    pub lang: Option<Lang>,
    /// Key overrides in file order; checked against the key table by the keymap.
    pub keys: Vec<KeyOverride>,
}

/// One problem in a config file, shown as `FILE:LINE:COL: message`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{at}: {message}")]
pub struct ConfigError {
    pub at: Location,
    /// What is wrong, in both languages (a TOML parser's own detail stays as it says it).
    pub message: crate::lang::Text,
}

impl ConfigError {
    /// `FILE:LINE:COL: message` in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        format!("{}: {}", self.at, self.message.get(lang))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    theme: Option<Spanned<String>>,
    language: Option<Spanned<String>>,
    #[serde(default)]
    keys: BTreeMap<Spanned<String>, Spanned<KeyList>>,
}

/// `"q"` or `["q", "Ctrl-c"]`. Read by hand: serde's untagged enums lose the spans.
#[derive(Debug)]
enum KeyList {
    One(String),
    Many(Vec<Spanned<String>>),
}

impl<'de> Deserialize<'de> for KeyList {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<KeyList, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = KeyList;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a key such as \"q\" or a list of keys such as [\"q\", \"Ctrl-c\"]")
            }
            fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<KeyList, E> {
                Ok(KeyList::One(key.to_owned()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<KeyList, A::Error> {
                let mut keys = Vec::new();
                while let Some(key) = seq.next_element()? {
                    keys.push(key);
                }
                Ok(KeyList::Many(keys))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// Where the config file is looked for: `$XDG_CONFIG_HOME/zonedash/config.toml`, else
/// `~/.config/zonedash/config.toml`; `None` when neither variable is set.
pub fn default_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .map(|home| PathBuf::from(home).join(".config"))
        })?;
    Some(base.join("zonedash").join("config.toml"))
}

/// Reads the config at `path`. A missing file is no config (`Ok(None)`) unless `required`
/// (the user named it with `--config`).
pub fn read(path: &Path, required: bool) -> Result<Option<Config>, Vec<ConfigError>> {
    let file = crate::sanitize::escape(&path.to_string_lossy()).into_owned();
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => parse(&file, &text).map(Some),
            Err(e) => {
                let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                let text = String::from_utf8_lossy(valid);
                Err(vec![ConfigError {
                    at: Location::at(&file, &text, valid.len()),
                    message: Text::new("文件不是 UTF-8 文本", "the file is not UTF-8 text"),
                }])
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => Ok(None),
        Err(e) => Err(vec![ConfigError {
            at: Location::file(&file),
            message: {
                let reason = crate::sanitize::io_reason(&e);
                Text::new(
                    format!("无法读取:{reason}"),
                    format!("cannot read it: {reason}"),
                )
            },
        }]),
    }
}

/// Parses a config's `text`; `file` names it in messages. Every problem found is returned.
pub fn parse(file: &str, text: &str) -> Result<Config, Vec<ConfigError>> {
    let raw: RawConfig = toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |span| span.start);
        vec![ConfigError {
            at: Location::at(file, text, offset),
            message: {
                let detail = first_line(e.message());
                Text::new(format!("TOML 语法:{detail}"), detail)
            },
        }]
    })?;
    let at = |span: std::ops::Range<usize>| Location::at(file, text, span.start);
    let mut errors = Vec::new();
    let theme = raw.theme.and_then(|theme| {
        let found = ThemeName::ALL
            .iter()
            .find(|(_, name)| name == theme.get_ref());
        if found.is_none() {
            errors.push(ConfigError {
                at: at(theme.span()),
                message: {
                    let name = crate::sanitize::quoted(theme.get_ref(), 40);
                    Text::new(
                        format!("未知主题 {name};应为 dark、light 或 mono"),
                        format!("unknown theme {name}; expected dark, light or mono"),
                    )
                },
            });
        }
        found.map(|(t, _)| *t)
    });
    let lang = raw.language.and_then(|lang| match lang.get_ref().as_str() {
        "zh" => Some(Lang::Zh),
        "en" => Some(Lang::En),
        other => {
            errors.push(ConfigError {
                at: at(lang.span()),
                message: {
                    let name = crate::sanitize::quoted(other, 40);
                    Text::new(
                        format!("未知语言 {name};应为 zh 或 en"),
                        format!("unknown language {name}; expected zh or en"),
                    )
                },
            });
            None
        }
    });
    let mut keys: Vec<KeyOverride> = raw
        .keys
        .into_iter()
        .map(|(action, list)| {
            let list_at = at(list.span());
            let keys = match list.into_inner() {
                KeyList::One(key) => vec![(key, list_at)],
                KeyList::Many(keys) => keys
                    .into_iter()
                    .map(|k| (k.get_ref().clone(), at(k.span())))
                    .collect(),
            };
            KeyOverride {
                action_at: at(action.span()),
                action: action.into_inner(),
                keys,
            }
        })
        .collect();
    keys.sort_by_key(|k| (k.action_at.line, k.action_at.column));
    if errors.is_empty() {
        Ok(Config { theme, lang, keys })
    } else {
        Err(errors)
    }
}

/// A parser's message on one line: its first line, which says what is wrong.
fn first_line(message: &str) -> String {
    crate::sanitize::escape(message.lines().next().unwrap_or("invalid TOML").trim()).into_owned()
}
