//! `zonedash REPORT.txt` in a real terminal (tmux): the dashboard opens on the draft at once,
//! its title line says the figures are machine-read and unreviewed, and `q` ends it cleanly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Tmux, binary, tmux_available, wrapped};

#[test]
fn a_report_text_opens_the_dashboard_on_its_draft() {
    if !tmux_available("a_report_text_opens_the_dashboard_on_its_draft") {
        return;
    }
    let text = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/draft/yunxi-2023.gb18030.txt");
    let script = wrapped(&format!(
        "'{}' --lang en '{}'",
        binary().display(),
        text.display()
    ));
    let tmux = Tmux::start("draft", 120, 40, &script);
    tmux.wait_for("the draft's dashboard", |s| {
        s.contains("DRAFT (machine-read) · ") && s.contains("▶ 1 Growth")
    });
    tmux.keys(&["q"]);
    tmux.wait_for("the shell after quitting", |s| s.contains("DONE"));
    assert_eq!(tmux.file("status").trim(), "0");
}
