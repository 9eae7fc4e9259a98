//! `zonedash man`: the manual page, every subcommand in it (there are no pages of their own).

use std::io::{self, Write};

use clap::CommandFactory;

use crate::app::keymap::{BINDINGS, display_key};
use crate::cli::Cli;

/// Writes the manual page in roff.
pub fn write(out: &mut dyn Write) -> io::Result<()> {
    let command = Cli::command();
    let man = clap_mangen::Man::new(command.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    writeln!(out, ".SH COMMANDS")?;
    for sub in command.get_subcommands() {
        let args: Vec<String> = sub
            .get_positionals()
            .map(|a| {
                format!(
                    "[{}]",
                    a.get_value_names()
                        .map_or_else(|| a.get_id().to_string(), |v| v.join(" "))
                )
            })
            .collect();
        writeln!(
            out,
            ".TP\n\\fBzonedash {}\\fR {}",
            sub.get_name(),
            roff(&args.join(" "))
        )?;
        writeln!(
            out,
            "{}",
            roff(&sub.get_about().map(|a| a.to_string()).unwrap_or_default())
        )?;
        let options: Vec<_> = sub
            .get_arguments()
            .filter(|a| !a.is_global_set() && !a.is_hide_set() && a.get_id() != "help")
            .collect();
        if options.is_empty() {
            continue;
        }
        writeln!(out, ".RS")?;
        for arg in options {
            let name = match (arg.get_long(), arg.get_short()) {
                (Some(long), Some(short)) => format!("-{short}, --{long}"),
                (Some(long), None) => format!("--{long}"),
                _ => arg
                    .get_value_names()
                    .map_or_else(|| arg.get_id().to_string(), |v| v.join(" ")),
            };
            let mut help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            let values: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_owned())
                .collect();
            if !values.is_empty() && !help.contains(&values.join(", ")) {
                help.push_str(&format!(" [values: {}]", values.join(", ")));
            }
            writeln!(out, ".TP\n\\fB{}\\fR\n{}", roff(&name), roff(&help))?;
        }
        writeln!(out, ".RE")?;
    }
    writeln!(out, ".SH KEYS")?;
    writeln!(out, "In the dashboard (press ? for this list there):")?;
    // Grouped by where the keys apply, as the help groups them: ↓ moves the focus in the grid
    // and the selection in a zoomed panel.
    for (when, heading) in crate::app::keymap::HELP_GROUPS {
        let heading = heading.en;
        writeln!(out, ".SS {}", roff(heading))?;
        for binding in BINDINGS.iter().filter(|b| b.when == when) {
            let keys: Vec<String> = binding.keys.iter().map(|k| display_key(k)).collect();
            writeln!(
                out,
                ".TP\n\\fB{}\\fR\n{}",
                roff(&keys.join(" ")),
                roff(binding.help.en)
            )?;
        }
    }
    writeln!(
        out,
        ".SH CONFIGURATION\n{}",
        roff(
            "The config file is $XDG_CONFIG_HOME/zonedash/config.toml, else \
             ~/.config/zonedash/config.toml (or --config FILE, or ZONEDASH_CONFIG). It sets \
             theme = \"dark\"|\"light\"|\"mono\", language = \"zh\"|\"en\", and under [keys] \
             an action's keys, such as quit = [\"x\"]. zonedash config --print shows every \
             action's name and keys. A setting on the command line wins over the environment \
             (ZONEDASH_THEME, ZONEDASH_LANG), which wins over the file, which wins over the \
             default. A file with a problem is reported as FILE:LINE:COL and set aside whole."
        )
    )?;
    writeln!(
        out,
        ".SH ENVIRONMENT\n{}",
        roff(
            "ZONEDASH_CONFIG, ZONEDASH_THEME, ZONEDASH_LANG as above; NO_COLOR (any value) \
             draws without colour; LC_ALL, LC_MESSAGES, LANG choose the language when nothing \
             else does (zh* gives Chinese)."
        )
    )?;
    writeln!(
        out,
        ".SH EXIT STATUS\n{}",
        roff(
            "0 on success, and when a reader closes the pipe early; 1 when a file is invalid or cannot be read or written; 2 for a mistake on the command line; 101 if zonedash itself fails (a bug: the terminal is restored first); 128+N when signal N ends it (the terminal is restored first)."
        )
    )?;
    man.render_version_section(out)
}

/// `text` safe in roff: backslashes doubled, a leading dot or quote escaped.
fn roff(text: &str) -> String {
    let text = text.replace('\\', "\\\\");
    text.lines()
        .map(|line| {
            if line.starts_with(['.', '\'']) {
                format!("\\&{line}")
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
