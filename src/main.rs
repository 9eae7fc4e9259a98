//! zonedash's entry point: parses arguments, runs a subcommand, maps errors to exit codes.

use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, bail};
use clap::Parser;
use zonedash::app::{App, Overlay};
use zonedash::cli::{Cli, Command};
use zonedash::lang::{Lang, plural};
use zonedash::model::{self, Dataset, LoadError};
use zonedash::picture::{self, Caption, Palette};
use zonedash::ui::headless::render_frame;
use zonedash::ui::opening::Opening;
use zonedash::ui::theme::Theme;
use zonedash::{draft, export, sanitize, settings, tui};

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

/// A mistake in the command line's words (exit 2), as opposed to a failure to do what it said.
#[derive(Debug)]
struct Usage(String);

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Usage {}

/// Fails with a command-line mistake.
fn usage(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Usage(message.into()))
}

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
    if let Some(file) = cli.file.take() {
        cli.data = Some(file);
    }
    if let (Some(name), Some(_)) = (cli.command.as_ref().and_then(takes_no_dataset), &cli.data) {
        return Err(usage(match lang {
            Lang::Zh => format!("`zonedash {name}` 不读数据集;请去掉 FILE 或 --data"),
            Lang::En => format!("`zonedash {name}` reads no dataset; leave out the FILE or --data"),
        }));
    }
    match cli.command {
        Some(Command::Validate { files, source }) => {
            validate(files, cli.data, source.as_deref(), lang)
        }
        Some(Command::Export {
            format,
            table,
            output,
            force,
        }) => {
            let dataset = load(cli.data.as_deref())?;
            match output {
                Some(path) => zonedash::output::write_atomically(&path, force, |out| {
                    export::write(&dataset, table, format, out)
                })?,
                None => stdout_with(|out| export::write(&dataset, table, format, out))?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Indicators) => {
            stdout_with(|out| write!(out, "{}", model::indicators::listing()))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Draft {
            report,
            output,
            force,
        }) => draft(&report, output.as_deref(), force, lang),
        Some(Command::Schema) => {
            stdout_with(|out| writeln!(out, "{}", model::schema_json()))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Render {
            format,
            size,
            panel,
            zoom,
            select,
            detail,
            show_help,
        }) => {
            let (min_w, min_h) = (zonedash::layout::MIN_WIDTH, zonedash::layout::MIN_HEIGHT);
            if size.0 < min_w || size.1 < min_h {
                let (w, h) = size;
                return Err(usage(match lang {
                    Lang::Zh => format!("--size {w}x{h} 太小:仪表盘至少需要 {min_w}x{min_h}"),
                    Lang::En => format!(
                        "--size {w}x{h} is too small: the dashboard needs at least {min_w}x{min_h}"
                    ),
                }));
            }
            let dataset = load(cli.data.as_deref())?;
            let mut app = App::new(dataset, lang, size);
            app.keys = settings.keys.clone();
            // The panel first, so that a selection moves the focus to the panel that has it.
            if let Some(panel) = panel {
                app.doc_mut().focus = panel;
            }
            if let Some(id) = select.as_deref()
                && !app.doc_mut().select_id(id)
            {
                let part = app.doc().data.sections.iter().any(|s| s.id == id);
                let id = sanitize::quoted(id, 60);
                return Err(usage(match (lang, part) {
                    (Lang::Zh, false) => {
                        format!("没有哪个数字、项目、参考值或编号小节的 id 是 {id}")
                    }
                    (Lang::Zh, true) => format!(
                        "没有哪个数字、项目、参考值或编号小节的 id 是 {id};它是一个部分,画作标题:请选其中的小节"
                    ),
                    (Lang::En, false) => {
                        format!("no figure, project, reference or numbered section has the id {id}")
                    }
                    (Lang::En, true) => format!(
                        "no figure, project, reference or numbered section has the id {id}; it names a part, which is drawn as a heading: select one of its sections"
                    ),
                }));
            }
            app.doc_mut().zoomed = zoom;
            app.overlay = if show_help {
                Overlay::Help { scroll: 0 }
            } else if detail {
                Overlay::Source { scroll: 0 }
            } else {
                Overlay::None
            };
            let theme = Theme::named(settings.theme.0, std::env::var_os("NO_COLOR").as_deref());
            let frame = render_frame(&app, &theme, size.0, size.1);
            let caption = Caption::for_dataset(&app.doc().data, app.lang);
            let text = picture::render(&frame, format, &caption, &Palette::for_theme(&theme));
            stdout_with(|out| out.write_all(text.as_bytes()))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Completions { shell }) => {
            let mut command = <Cli as clap::CommandFactory>::command();
            stdout_with(|out| {
                clap_complete::generate(shell, &mut command, "zonedash", out);
                Ok(())
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Man) => {
            stdout_with(|out| zonedash::manpage::write(out))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Config { print, path }) => {
            config_command(&settings, print || !path)?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let notice = settings
                .problems
                .first()
                .map(|p| p.in_lang(lang))
                .map(|first| {
                    print_config_problems(&settings);
                    let more = settings.problems.len() - 1;
                    match (lang, more) {
                        (Lang::Zh, 0) => format!("配置文件未用,用默认设置:{first}"),
                        (Lang::Zh, n) => {
                            format!("配置文件未用,用默认设置(另有 {n} 处问题):{first}")
                        }
                        (Lang::En, 0) => format!("config file set aside, defaults used: {first}"),
                        (Lang::En, n) => {
                            format!(
                                "config file set aside, defaults used ({n} more problems): {first}"
                            )
                        }
                    }
                });
            let opening = Opening {
                name: cli
                    .data
                    .as_deref()
                    .map_or_else(|| model::BUNDLED_NAME.to_owned(), model::file_label),
                bytes: match cli.data.as_deref() {
                    Some(path) => std::fs::metadata(path).ok().map(|m| m.len()),
                    None => Some(model::BUNDLED_JSON.len() as u64),
                },
                lang,
            };
            let keys = settings.keys.clone();
            let data = cli.data.clone();
            // Read and checked behind the first frame, which names the file.
            let open = move || {
                let mut app = App::new(load(data.as_deref())?, lang, (0, 0));
                app.keys = keys;
                app.notice = notice;
                Ok(app)
            };
            let theme = Theme::for_terminal_named(settings.theme.0);
            tui::run_opening(open, &opening, &settings.keys, &theme)?;
            Ok(ExitCode::SUCCESS)
        }
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

/// `config`: the path the file is read from (`--path`), or the settings in force (`--print`);
/// the file's problems on stderr, the command failing when there are any.
fn config_command(settings: &settings::Settings, print: bool) -> Result<()> {
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
fn config_set_aside(lang: Lang) -> &'static str {
    lang.pick(
        "配置文件有问题,已弃用,改用默认设置",
        "the config file has problems: it is set aside and the defaults are used",
    )
}

/// Each problem of the config file on stderr, one line each.
fn print_config_problems(settings: &settings::Settings) {
    let mut err = io::stderr().lock();
    for problem in &settings.problems {
        let _ = writeln!(
            err,
            "{}",
            sanitize::escape(&problem.in_lang(settings.lang.0))
        );
    }
}

/// Loads `--data FILE` or the bundled dataset; a file that is not a JSON dataset is read as a
/// report text and drafted in memory.
fn load(data: Option<&Path>) -> Result<Dataset> {
    match data {
        Some(path) if !draft::looks_like_json(path) => Ok(draft::draft_file(path)?.dataset),
        Some(path) => Ok(model::load_file(path)?),
        None => Ok(model::load_bundled()?),
    }
}

/// `draft`: the dataset as JSON on stdout or in FILE; what was skipped on stderr.
fn draft(report: &Path, output: Option<&Path>, force: bool, lang: Lang) -> Result<ExitCode> {
    let drafted = draft::draft_file(report)?;
    let json = serde_json::to_string_pretty(&drafted.dataset)?;
    match output {
        Some(path) => {
            zonedash::output::write_atomically(path, force, |out| writeln!(out, "{json}"))?
        }
        None => stdout_with(|out| writeln!(out, "{json}"))?,
    }
    let mut err = io::stderr().lock();
    for line in draft::skipped_lines(&drafted, &model::file_label(report), lang) {
        let _ = writeln!(err, "{}", sanitize::escape(&line));
    }
    Ok(ExitCode::SUCCESS)
}

/// `validate`: every file checked, each reported; success only when all are valid.
fn validate(
    files: Vec<std::path::PathBuf>,
    data: Option<std::path::PathBuf>,
    source: Option<&Path>,
    lang: Lang,
) -> Result<ExitCode> {
    if source.is_some() && files.len() > 1 {
        return Err(usage(
            "--source names one report text; give one dataset with it, or leave it out and let each dataset find its own text through report.source_file",
        ));
    }
    let report = match source {
        Some(path) => Some(draft::read_report(path)?.text),
        None => None,
    };
    let targets: Vec<Option<std::path::PathBuf>> = match (files.is_empty(), data) {
        (false, Some(_)) => {
            return Err(usage(
                "give the datasets to check either as FILE arguments or with --data, not both",
            ));
        }
        (false, None) => files.into_iter().map(Some).collect(),
        (true, data) => vec![data],
    };
    let mut all_valid = true;
    let count = targets.len();
    for (n, target) in targets.into_iter().enumerate() {
        let outcome = check_one(target.as_deref(), report.as_deref(), lang, n + 1 == count);
        match outcome {
            Ok(line) => stdout_with(|out| writeln!(out, "{line}"))?,
            Err(error) => {
                all_valid = false;
                print_error(&anyhow::Error::new(error));
            }
        }
    }
    Ok(if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Validates one dataset (and its quotes against `report`), returning its `ok:` line.
/// The last dataset is not dropped: the process ends next, and freeing a large dataset's
/// strings one by one costs more than a tenth of the whole check.
fn check_one(
    path: Option<&Path>,
    report: Option<&str>,
    lang: Lang,
    last: bool,
) -> Result<String, LoadError> {
    let (name, text) = match path {
        Some(path) => {
            let name = model::file_label(path);
            let text = model::read_text(path, &name)?;
            (name, std::borrow::Cow::Owned(text))
        }
        None => (
            model::BUNDLED_NAME.to_owned(),
            std::borrow::Cow::Borrowed(model::BUNDLED_JSON),
        ),
    };
    let dataset = model::parse(&name, &text)?;
    match (report, path) {
        (Some(report), _) => model::check_source(&name, &text, &dataset, report)?,
        // Each dataset is checked against its own text, found beside it.
        (None, Some(path)) => {
            let beside = model::source_path(path, &dataset);
            match beside.as_deref().filter(|p| p.is_file()) {
                Some(text_path) => {
                    let report = model::read_text(text_path, &model::file_label(text_path))?;
                    model::check_source(&name, &text, &dataset, &report)?;
                }
                None => {
                    let source = zonedash::sanitize::quoted(&dataset.report.source_file, 80);
                    match lang {
                        Lang::Zh => eprintln!(
                            "{name}: 注意:数据集旁没有报告原文 {source};未核对引文(可用 --source TEXT 指定)"
                        ),
                        Lang::En => eprintln!(
                            "{name}: note: report text {source} not found beside the dataset; quotes not checked (give --source TEXT)"
                        ),
                    }
                }
            }
        }
        (None, None) => {}
    }
    let projects = dataset.project_count();
    let line = match lang {
        Lang::Zh => format!(
            "通过:{} 中 {} 项数字、{projects} 个项目、{} 条参照",
            name.replace(" (bundled)", "(内置)"),
            dataset.metrics.len(),
            dataset.references.len()
        ),
        Lang::En => format!(
            "ok: {}, {}, {} in {name}",
            plural(dataset.metrics.len(), "figure", "figures"),
            plural(projects, "project", "projects"),
            plural(dataset.references.len(), "reference", "references")
        ),
    };
    if last {
        std::mem::forget(dataset);
        std::mem::forget(text);
    }
    Ok(line)
}

/// Runs `write` on a buffered, locked standard output and flushes it.
fn stdout_with(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    write(&mut out)?;
    out.flush()
}

/// Prints clap's help or version as is, and its errors with any control or bidi character of
/// the offending argument escaped (clap quotes arguments raw); exits 0 or 2 as clap would.
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

/// Prints an error to stderr: a dataset's problems one per line as `FILE:LINE:COL: …`, any
/// other error as `zonedash: …`; never a raw control character.
fn print_error(error: &anyhow::Error) {
    let lang = MESSAGE_LANG.get().copied().unwrap_or_else(Lang::from_env);
    let load = error.downcast_ref::<LoadError>().or_else(|| {
        error
            .downcast_ref::<draft::DraftError>()
            .and_then(|e| match e {
                draft::DraftError::Read(load) => Some(load),
                _ => None,
            })
    });
    let output = error.downcast_ref::<zonedash::output::OutputError>();
    let text = match (load, output) {
        (Some(load), _) => load.in_lang(lang),
        // The words are the output error's; what the system said, if anything, follows.
        (None, Some(output)) if lang == Lang::Zh => match error.root_cause().to_string() {
            root if root == output.to_string() => format!("zonedash: {}", output.in_lang(lang)),
            root => format!("zonedash: {}: {root}", output.in_lang(lang)),
        },
        _ => format!("zonedash: {error:#}"),
    };
    let text = sanitize::without_os_error(&text);
    let mut err = io::stderr().lock();
    for line in text.lines() {
        // A failed write to stderr has nowhere left to be reported.
        let _ = writeln!(err, "{}", sanitize::escape(line));
    }
}
