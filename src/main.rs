//! zonedash's entry point: parses arguments, runs a subcommand, maps errors to exit codes.

use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::Result;
use clap::Parser;
use zonedash::cli::{Cli, Command};
use zonedash::commands::{self, Usage, config_set_aside, print_config_problems, usage};
use zonedash::lang::Lang;
use zonedash::{sanitize, settings};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return command_line_error(&error),
    };
    match run(cli) {
        Ok(code) => code,
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        // A mistake on the command line exits 2, as clap's own do.
        Err(error) if error.downcast_ref::<Usage>().is_some() => {
            print_error(&error);
            ExitCode::from(2)
        }
        Err(error) => {
            print_error(&error);
            ExitCode::FAILURE
        }
    }
}

/// The language of error messages, once the settings are known.
static MESSAGE_LANG: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

fn run(mut cli: Cli) -> Result<ExitCode> {
    let settings = settings::resolve(
        &settings::Asked {
            lang: cli.lang,
            theme: cli.theme,
            config: cli.config.clone(),
        },
        &|name| std::env::var(name).ok(),
    );
    let lang = settings.lang.0;
    let _ = MESSAGE_LANG.set(lang);
    for warning in &settings.warnings {
        let _ = writeln!(io::stderr(), "zonedash: {}", sanitize::escape(warning));
    }
    // Every command that reads the settings says when the file it would have read was set
    // aside; `config` says so itself and the dashboard also shows it in its footer.
    let says_itself = matches!(cli.command, None | Some(Command::Config { .. }));
    if !settings.problems.is_empty() && !says_itself {
        print_config_problems(&settings);
        let _ = writeln!(io::stderr(), "zonedash: {}", config_set_aside(lang));
    }
    // `zonedash FILE` is `zonedash --data FILE`.
    let mut given = std::mem::take(&mut cli.files);
    given.append(&mut cli.data);
    if let Some(name) = cli.command.as_ref().and_then(takes_no_dataset)
        && !given.is_empty()
    {
        return Err(usage(match lang {
            Lang::Zh => format!("`zonedash {name}` 不读数据集;请去掉 FILE 或 --data"),
            Lang::En => format!("`zonedash {name}` reads no dataset; leave out the FILE or --data"),
        }));
    }
    match cli.command {
        Some(Command::Validate { files, source }) => {
            commands::validate(files, given, source.as_deref(), lang)
        }
        Some(Command::Export {
            files,
            compare,
            format,
            table,
            output,
            force,
        }) => {
            let asked = commands::ExportAsked {
                table,
                format,
                compare,
                output,
                force,
            };
            commands::export(&[files, given].concat(), &asked, lang)
        }
        Some(Command::Indicators) => commands::indicators(),
        Some(Command::Draft {
            report,
            output,
            force,
        }) => commands::draft(&report, output.as_deref(), force, lang),
        Some(Command::Upgrade {
            file,
            output,
            force,
        }) => commands::upgrade(&file, output.as_deref(), force, lang),
        Some(Command::Schema) => commands::schema(),
        Some(Command::Render(asked)) => commands::render(&asked, &given, &settings),
        Some(Command::Completions { shell }) => commands::completions(shell),
        Some(Command::Man) => commands::man(),
        Some(Command::Config { print, path }) => {
            commands::config(&settings, print || !path)?;
            Ok(ExitCode::SUCCESS)
        }
        None => commands::dashboard(&given, &settings),
    }
}

/// The subcommands that read no dataset, by name.
fn takes_no_dataset(command: &Command) -> Option<&'static str> {
    match command {
        Command::Schema => Some("schema"),
        Command::Indicators => Some("indicators"),
        Command::Completions { .. } => Some("completions"),
        Command::Man => Some("man"),
        Command::Config { .. } => Some("config"),
        _ => None,
    }
}

/// Prints clap's help or version as is, and its errors with any control or bidi character of
/// the offending argument escaped (clap quotes arguments raw); exits 0 or 2 as clap would.
// Out of line: not run at start, so kept out of the code every start runs (build.rs).
#[inline(never)]
fn command_line_error(error: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        // Help that could not be written (`--help > /dev/full`) is a failure, a closed pipe not.
        return match error.print().and_then(|()| io::stdout().flush()) {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                let _ = writeln!(io::stderr(), "zonedash: cannot write the help: {e}");
                ExitCode::FAILURE
            }
            _ => ExitCode::SUCCESS,
        };
    }
    let text = error.render().to_string();
    let mut err = io::stderr().lock();
    for line in text.lines() {
        let _ = writeln!(err, "{}", sanitize::escape(line));
    }
    ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error
        .chain()
        .filter_map(|cause| cause.downcast_ref::<io::Error>())
        .any(|e| e.kind() == io::ErrorKind::BrokenPipe)
}

/// Prints an error to stderr in the language of the settings (or the environment's, when the
/// settings were not read yet).
// Out of line: not run at start, so kept out of the code every start runs (build.rs).
#[inline(never)]
fn print_error(error: &anyhow::Error) {
    let lang = MESSAGE_LANG.get().copied().unwrap_or_else(Lang::from_env);
    commands::print_error(error, lang);
}
