//! `e` in the dashboard: the screen as an SVG file in a folder, under a name no file has yet.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::{Caption, Format, Palette};
use crate::app::App;
use crate::ui::headless::render_frame;
use crate::ui::theme::Theme;

/// The most numbered names tried before giving up (`zonedash-1.svg` … `zonedash-9999.svg`).
const MAX_TRIES: u32 = 9999;

/// Draws `app` at its size in `theme` and writes it as SVG to `dir/zonedash-N.svg`, N the
/// first number whose file does not exist; never replaces a file. Returns the path written.
// Out of line: not run at start, so kept out of the code every start runs (build.rs).
#[inline(never)]
pub fn save_svg(app: &App, theme: &Theme, dir: &Path) -> io::Result<PathBuf> {
    let frame = render_frame(app, theme, app.size.0, app.size.1);
    let caption = Caption::for_dataset(&app.doc().data, app.lang);
    let svg = super::render(&frame, Format::Svg, &caption, &Palette::for_theme(theme));
    for n in 1..=MAX_TRIES {
        let path = dir.join(format!("zonedash-{n}.svg"));
        // create_new: the check and the creation are one step, so no file is ever replaced.
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut file) => {
                file.write_all(svg.as_bytes())?;
                return Ok(path);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other(format!(
        "zonedash-1.svg to zonedash-{MAX_TRIES}.svg all exist"
    )))
}

/// The footer's line after a save: the file's name, or why it was not written.
pub fn notice(outcome: &io::Result<PathBuf>, lang: crate::lang::Lang) -> String {
    match outcome {
        Ok(path) => {
            let name = crate::sanitize::escape(&path.to_string_lossy()).into_owned();
            lang.pick(
                &format!("已保存图片 {name}"),
                &format!("picture saved as {name}"),
            )
            .to_owned()
        }
        Err(e) => {
            let reason = crate::sanitize::escape(&crate::sanitize::io_reason(e)).into_owned();
            lang.pick(
                &format!("图片未保存:{reason}"),
                &format!("picture not saved: {reason}"),
            )
            .to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_save_takes_a_new_name_and_keeps_other_files() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join("zonedash-1.svg"), "mine").unwrap_or_else(|e| panic!("{e}"));
        let data = crate::model::load_bundled().unwrap_or_else(|e| panic!("{e}"));
        let app = App::new(data, crate::lang::Lang::En, (80, 24));
        let theme = Theme::colour();
        let first = save_svg(&app, &theme, dir.path()).unwrap_or_else(|e| panic!("{e}"));
        let second = save_svg(&app, &theme, dir.path()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            first.file_name().and_then(|n| n.to_str()),
            Some("zonedash-2.svg")
        );
        assert_eq!(
            second.file_name().and_then(|n| n.to_str()),
            Some("zonedash-3.svg")
        );
        let kept = std::fs::read_to_string(dir.path().join("zonedash-1.svg"));
        assert_eq!(kept.ok().as_deref(), Some("mine"));
        let svg = std::fs::read_to_string(&first).unwrap_or_default();
        assert!(
            svg.starts_with("<svg") || svg.starts_with("<?xml"),
            "{}",
            &svg[..svg.len().min(80)]
        );
    }
}
