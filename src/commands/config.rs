//! `config`: where the config file is and what it sets; its problems, for every command.

use std::io::{self, Write};

use anyhow::{Result, bail};

use super::stdout_with;
use crate::lang::Lang;
use crate::sanitize;
use crate::settings;

/// `config`: the path the file is read from (`--path`), or the settings in force (`--print`);
/// the file's problems on stderr, the command failing when there are any.
#[inline(never)]
pub fn config(settings: &settings::Settings, print: bool) -> Result<()> {
    let path = settings.path.as_deref().map_or_else(
        || "(none: neither XDG_CONFIG_HOME nor HOME is set)".to_owned(),
        |p| sanitize::escape(&p.to_string_lossy()).into_owned(),
    );
    stdout_with(|out| {
        if print {
            let found = if !settings.problems.is_empty() {
                "set aside: it has problems"
            } else if settings.file_found {
                "read"
            } else {
                "not found"
            };
            writeln!(out, "# config file: {path} ({found})")?;
            write!(out, "{}", settings.to_toml())
        } else {
            writeln!(out, "{path}")
        }
    })?;
    if settings.problems.is_empty() {
        Ok(())
    } else {
        print_config_problems(settings);
        bail!("{}", config_set_aside(settings.lang.0))
    }
}

/// What is done with a config file that has problems, the same words for every command.
pub fn config_set_aside(lang: Lang) -> &'static str {
    lang.pick(
        "配置文件有问题,已弃用,改用默认设置",
        "the config file has problems: it is set aside and the defaults are used",
    )
}

/// Each problem of the config file on stderr, one line each.
pub fn print_config_problems(settings: &settings::Settings) {
    let mut err = io::stderr().lock();
    for problem in &settings.problems {
        let _ = writeln!(
            err,
            "{}",
            sanitize::escape(&problem.in_lang(settings.lang.0))
        );
    }
}
