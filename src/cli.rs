//! Command-line definitions: global options and subcommands.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::lang::Lang;

/// A terminal dashboard for the figures of a development zone's work report.
///
/// With no subcommand, opens the dashboard on the bundled dataset (or --data FILE).
#[derive(Debug, Parser)]
#[command(name = "zonedash", version, about, long_about = None)]
pub struct Cli {
    /// Dataset file to use instead of the bundled one
    #[arg(long, global = true, value_name = "FILE")]
    pub data: Option<PathBuf>,
    /// Display language [default: from LC_ALL, LC_MESSAGES or LANG; zh* gives zh, else en]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
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
    /// Print the dataset's figures (or named projects) as CSV or JSON
    Export {
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
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Csv,
    Json,
}

/// Export tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Table {
    /// One row per figure (report figures, then reference thresholds)
    Figures,
    /// One row per named company or project
    Projects,
}
