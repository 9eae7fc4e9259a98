//! An error as the user reads it: a dataset's problems as `FILE:LINE:COL: …` lines, anything
//! else as one line, in the language of the screen, with no control character left raw.

use crate::inputs::InputError;
use crate::lang::Lang;
use crate::model::LoadError;
use crate::sanitize;

/// `error` in `lang`, a line per problem; a line says what went wrong and where.
pub fn describe(error: &anyhow::Error, lang: Lang) -> String {
    let load = error.downcast_ref::<LoadError>().or_else(|| {
        error
            .downcast_ref::<crate::draft::DraftError>()
            .and_then(|e| match e {
                crate::draft::DraftError::Read(load) => Some(load),
                _ => None,
            })
    });
    if let Some(draft @ crate::draft::DraftError::NoYear { .. }) =
        error.downcast_ref::<crate::draft::DraftError>()
    {
        return sanitize::escape(&draft.in_lang(lang)).into_owned();
    }
    let output = error.downcast_ref::<crate::output::OutputError>();
    let text = match (load, output, error.downcast_ref::<InputError>()) {
        (Some(load), _, _) => load.in_lang(lang),
        // It starts with the folder's name, as a file's problems start with the file's.
        (_, _, Some(input)) => input.in_lang(lang).to_owned(),
        // The words are the output error's; what the system said, if anything, follows.
        (None, Some(output), _) if lang == Lang::Zh => match error.root_cause().to_string() {
            root if root == output.to_string() => format!("zonedash: {}", output.in_lang(lang)),
            root => format!("zonedash: {}: {root}", output.in_lang(lang)),
        },
        _ => format!("zonedash: {error:#}"),
    };
    sanitize::without_os_error(&text)
        .lines()
        .map(|line| sanitize::escape(line).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}
