//! The settings in force: command line over environment over config file over default.

use std::path::PathBuf;
use std::sync::Arc;

use crate::app::KeyTable;
use crate::config::{self, ConfigError, ThemeName};
use crate::lang::Lang;

/// Where a setting's value came from, as `config --print` says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    CommandLine,
    Environment(&'static str),
    File,
    Default,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::CommandLine => f.write_str("command line"),
            Origin::Environment(name) => write!(f, "environment {name}"),
            Origin::File => f.write_str("config file"),
            Origin::Default => f.write_str("default"),
        }
    }
}

/// What the command line says about settings.
#[derive(Debug, Clone, Default)]
pub struct Asked {
    pub lang: Option<Lang>,
    pub theme: Option<ThemeName>,
    /// `--config FILE`: read this file, which must exist.
    pub config: Option<PathBuf>,
}

/// The settings in force, each with where it came from.
#[derive(Debug, Clone)]
pub struct Settings {
    pub lang: (Lang, Origin),
    pub theme: (ThemeName, Origin),
    pub keys: Arc<KeyTable>,
    /// The config file looked for, and whether it was there.
    pub path: Option<PathBuf>,
    pub file_found: bool,
    /// Problems of the config file; when there are any, none of the file is used.
    pub problems: Vec<ConfigError>,
    /// Environment variables whose value means nothing here, each said once.
    pub warnings: Vec<String>,
}

/// Resolves the settings from `asked` and the environment `env` (a lookup, so tests can give
/// their own). Environment: `ZONEDASH_LANG`, `ZONEDASH_THEME`, `ZONEDASH_CONFIG`; the language
/// falls back to the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
pub fn resolve(asked: &Asked, env: &dyn Fn(&str) -> Option<String>) -> Settings {
    let env = |name: &str| env(name).filter(|v| !v.is_empty());
    let (path, required) = match (&asked.config, env("ZONEDASH_CONFIG")) {
        (Some(path), _) => (Some(path.clone()), true),
        (None, Some(path)) => (Some(PathBuf::from(path)), true),
        (None, None) => (config::default_path(), false),
    };
    let (file, problems) = match path.as_deref().map(|p| config::read(p, required)) {
        Some(Ok(config)) => (config, Vec::new()),
        Some(Err(problems)) => (None, problems),
        None => (None, Vec::new()),
    };
    let file_found = file.is_some();
    let file = file.unwrap_or_default();
    let (keys, mut problems) = match KeyTable::with_overrides(&file.keys) {
        Ok(table) if problems.is_empty() => (Arc::new(table), problems),
        Ok(_) => (KeyTable::standard(), problems),
        Err(mut more) => {
            more.splice(0..0, problems);
            (KeyTable::standard(), more)
        }
    };
    // A file with problems is set aside whole: half a config is harder to reason about.
    let file = if problems.is_empty() {
        file
    } else {
        config::Config::default()
    };
    let env_lang = env("ZONEDASH_LANG").and_then(|v| match v.as_str() {
        "zh" => Some(Lang::Zh),
        "en" => Some(Lang::En),
        _ => None,
    });
    let env_theme = env("ZONEDASH_THEME").and_then(|v| {
        ThemeName::ALL
            .iter()
            .find(|(_, name)| *name == v)
            .map(|(t, _)| *t)
    });
    let lang = pick([
        (asked.lang, Origin::CommandLine),
        (env_lang, Origin::Environment("ZONEDASH_LANG")),
        (file.lang, Origin::File),
    ])
    .unwrap_or_else(|| {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].map(env);
        (Lang::from_locale(locale), Origin::Default)
    });
    let theme = pick([
        (asked.theme, Origin::CommandLine),
        (env_theme, Origin::Environment("ZONEDASH_THEME")),
        (file.theme, Origin::File),
    ])
    .unwrap_or((ThemeName::Dark, Origin::Default));
    problems.dedup();
    let mut warnings = Vec::new();
    for (name, value, known, expected) in [
        (
            "ZONEDASH_LANG",
            env("ZONEDASH_LANG"),
            env_lang.is_some(),
            "zh or en",
        ),
        (
            "ZONEDASH_THEME",
            env("ZONEDASH_THEME"),
            env_theme.is_some(),
            "dark, light or mono",
        ),
    ] {
        if let (Some(value), false) = (value, known) {
            warnings.push(format!(
                "{name}={} means nothing here (expected {expected}); it is left out",
                crate::sanitize::quoted(&value, 40)
            ));
        }
    }
    Settings {
        warnings,
        lang,
        theme,
        keys,
        path,
        file_found,
        problems,
    }
}

/// The first value given, with where it came from.
fn pick<T>(candidates: [(Option<T>, Origin); 3]) -> Option<(T, Origin)> {
    candidates
        .into_iter()
        .find_map(|(value, origin)| value.map(|v| (v, origin)))
}

impl Settings {
    /// The settings as a config file would write them, each with where it came from: what
    /// `zonedash config --print` shows (and a file it writes would reproduce).
    pub fn to_toml(&self) -> String {
        let theme = ThemeName::ALL
            .iter()
            .find(|(t, _)| *t == self.theme.0)
            .map_or("dark", |(_, name)| name);
        let lang = match self.lang.0 {
            Lang::Zh => "zh",
            Lang::En => "en",
        };
        let mut out = format!(
            "theme = \"{theme}\"  # {}\nlanguage = \"{lang}\"  # {}\n\n[keys]\n",
            self.theme.1, self.lang.1
        );
        for (name, action, when) in crate::app::ACTION_NAMES {
            let keys = self.keys.keys_of_name(*action, *when);
            if keys.is_empty() {
                continue;
            }
            let list: Vec<String> = keys.iter().map(|k| toml_string(k)).collect();
            out.push_str(&format!("{name} = [{}]\n", list.join(", ")));
        }
        out.push_str("# 1 to 9 go to the panel of that number; they cannot be rebound\n");
        out
    }
}

/// `text` as a TOML basic string.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
