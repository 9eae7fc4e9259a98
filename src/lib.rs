//! zonedash: load, check and show the figures of a development zone's work report.

pub mod app;
pub mod cli;
pub mod clipboard;
pub mod columns;
pub mod commands;
pub mod config;
pub mod draft;
pub mod errors;
pub mod export;
pub mod grid;
pub mod input;
pub mod inputs;
pub mod lang;
pub mod layout;
pub mod loader;
pub mod manpage;
pub mod model;
pub mod output;
pub mod picture;
pub mod sanitize;
pub mod settings;
pub mod signals;
pub mod synth;
pub mod tui;
pub mod ui;
pub mod view;
