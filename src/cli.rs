//! Command-line definitions: global options and subcommands.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::export::{Format, Table};
use crate::lang::Lang;

/// A terminal dashboard for the figures of a development zone's work report.
///
/// With no subcommand, opens the dashboard on the reports given (datasets, report texts or
/// folders of them), or on the bundled dataset when none is.
#[derive(Debug, Parser)]
#[command(
    name = "zonedash",
    version,
    about,
    long_about = None,
    after_help = "In the dashboard, press ? for every key; q quits."
)]
pub struct Cli {
    /// Reports to open: datasets (.json), report texts to draft in memory (.txt), or folders
    /// of them; the first is shown, the others load behind it (the same as --data FILE)
    #[arg(value_name = "FILE|DIR")]
    pub files: Vec<PathBuf>,
    /// A report to use instead of the bundled one: a dataset, a report text or a folder; give it
    /// more than once for more reports
    #[arg(long, global = true, value_name = "FILE", action = clap::ArgAction::Append)]
    pub data: Vec<PathBuf>,
    /// Display language [default: ZONEDASH_LANG, else the config file, else LC_ALL, LC_MESSAGES
    /// or LANG (zh* gives zh, else en)]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    /// Colours: dark, light or mono [default: ZONEDASH_THEME, else the config file, else dark;
    /// NO_COLOR always gives mono]
    #[arg(long, global = true, value_parser = parse_theme, value_name = "THEME")]
    pub theme: Option<crate::config::ThemeName>,
    /// Config file to read [default: ZONEDASH_CONFIG, else $XDG_CONFIG_HOME/zonedash/config.toml,
    /// else ~/.config/zonedash/config.toml]
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check datasets and print `ok: N figures` or every problem, one per line
    Validate {
        /// Dataset files [default: the --data file, else the bundled dataset]
        files: Vec<PathBuf>,
        /// Also check every quote and heading verbatim against this report text
        #[arg(long, value_name = "TEXT")]
        source: Option<PathBuf>,
    },
    /// Print the dataset's figures (or named projects) as CSV or JSON; with --compare, one
    /// indicator across every report given
    Export {
        /// Reports to read (datasets, report texts or folders) [default: the --data files,
        /// else the bundled dataset]
        #[arg(value_name = "FILE|DIR")]
        files: Vec<PathBuf>,
        /// Compare the figures of this standard indicator (`zonedash indicators`) across every
        /// report given, a row per report and period
        #[arg(long, value_name = "ID")]
        compare: Option<String>,
        /// Output format: csv (RFC 4180) or json (an array of rows)
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
        /// Which table to print
        #[arg(long, value_enum, default_value_t = Table::Figures)]
        table: Table,
        /// Write to FILE (atomically) instead of standard output
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace FILE if it exists
        #[arg(long, requires = "output")]
        force: bool,
    },
    /// Print the dataset format as JSON Schema
    Schema,
    /// List the standard indicators a figure may name (id, names, unit, bases, definition)
    Indicators,
    /// Read a report's plain text into a draft dataset (machine-read, unreviewed); every
    /// numeral not taken is listed on stderr with why
    Draft {
        /// The report text: UTF-8 (with or without BOM), UTF-16 or GB18030/GBK
        report: PathBuf,
        /// Write the dataset to FILE (atomically) instead of standard output
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace FILE if it exists
        #[arg(long, requires = "output")]
        force: bool,
    },
    /// Write a dataset of an older schema (1) in the current one (2); refused, with what to
    /// fix, while it holds readings the current schema refuses
    Upgrade {
        /// The dataset to upgrade; it is never written over unless given as -o FILE --force
        file: PathBuf,
        /// Write the upgraded dataset to FILE (atomically) instead of standard output
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace FILE if it exists
        #[arg(long, requires = "output")]
        force: bool,
    },
    /// Print one frame of the dashboard as plain text (the default), ANSI, SVG or HTML
    Render(RenderArgs),
    /// Print a completion script for a shell: `source <(zonedash completions bash)`
    Completions {
        /// The shell to complete in
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `zonedash man | man -l -`
    Man,
    /// Show the settings in force (theme, language, keys) and where the config file is read
    Config {
        /// Print the settings in force as a config file, each with where it came from
        #[arg(long, conflicts_with = "path")]
        print: bool,
        /// Print the path the config file is read from
        #[arg(long)]
        path: bool,
    },
}

/// Parses a theme name as the config file writes it.
pub fn parse_theme(text: &str) -> Result<crate::config::ThemeName, String> {
    crate::config::ThemeName::ALL
        .iter()
        .find(|(_, name)| *name == text)
        .map(|(theme, _)| *theme)
        .ok_or_else(|| "expected dark, light or mono".to_owned())
}

/// The largest side `render --size` draws: far beyond any terminal, small enough to allocate.
pub const MAX_RENDER_SIDE: u16 = 2000;

/// Parses `120x40` (or `120×40`) into columns and rows, each at most `MAX_RENDER_SIDE`.
pub fn parse_size(text: &str) -> Result<(u16, u16), String> {
    let (w, h) = text
        .split_once(['x', 'X', '×'])
        .ok_or_else(|| format!("expected COLUMNSxROWS such as 120x40, got {text:?}"))?;
    let number = |s: &str| {
        s.trim()
            .parse::<u16>()
            .ok()
            .filter(|n| *n <= MAX_RENDER_SIDE)
            .ok_or_else(|| format!("{s:?} is not a size from 0 to {MAX_RENDER_SIDE}"))
    };
    Ok((number(w)?, number(h)?))
}

/// A panel by its registry name (`growth`, `standing`…): the help and the completions list
/// every registered panel, a seventh as soon as it is registered.
impl clap::ValueEnum for crate::view::PanelId {
    fn value_variants<'a>() -> &'a [Self] {
        crate::view::PanelId::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.key()))
    }
}

/// What `render` draws: the options of `zonedash render`.
#[derive(Debug, Clone, clap::Args)]
pub struct RenderArgs {
    /// Reports to read (datasets, report texts or folders); the first is drawn [default: the
    /// --data files, else the bundled dataset]
    #[arg(value_name = "FILE|DIR")]
    pub files: Vec<PathBuf>,
    /// Draw the comparison of this standard indicator across every report given
    #[arg(long, value_name = "ID", conflicts_with = "search")]
    pub compare: Option<String>,
    /// Draw the search of every report given for this text
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// What to print: text has no escape codes; ansi has colours as escape codes; svg and
    /// html are standalone pictures
    #[arg(long, value_enum, default_value_t = crate::picture::Format::Text)]
    pub format: crate::picture::Format,
    /// Terminal size to draw, COLUMNSxROWS
    #[arg(long, value_name = "WxH", default_value = "120x40", value_parser = parse_size)]
    pub size: (u16, u16),
    /// Panel to focus (standing: honours and claims)
    #[arg(long, value_name = "NAME", value_enum)]
    pub panel: Option<crate::view::PanelId>,
    /// Zoom the focused panel to the full screen
    #[arg(long)]
    pub zoom: bool,
    /// Select the figure, project or reference with this id (and focus its panel)
    #[arg(long, value_name = "ID")]
    pub select: Option<String>,
    /// Show the detail popup of the selection
    #[arg(long)]
    pub detail: bool,
    /// Show the help overlay
    #[arg(long)]
    pub show_help: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("120x40"), Ok((120, 40)));
        assert_eq!(parse_size("80×24"), Ok((80, 24)));
        assert_eq!(parse_size("0x0"), Ok((0, 0)));
        assert!(parse_size("120").is_err());
        assert!(parse_size("ax3").is_err());
        assert!(parse_size("70000x3").is_err());
        assert!(
            parse_size("65535x65535").is_err(),
            "a buffer that size cannot be allocated"
        );
        assert_eq!(parse_size("2000x2000"), Ok((2000, 2000)));
    }
}
