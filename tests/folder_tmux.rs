//! A folder of reports of invented zones opened in a real terminal (tmux): every report loads
//! behind the first, the picker lists them and the file that failed, compare sets one indicator
//! side by side, search goes to a match in another report, and `y` copies a figure with its
//! citation to the clipboard.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Tmux, binary, tmux_available, wrapped};

/// A folder of four datasets (two with their report texts beside them), a report text with no
/// dataset (drafted in memory) and a file that is not a dataset.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for file in [
        "many/lanhu-2022.json",
        "many/lanhu-2023.json",
        "zones/qinglan-2023.json",
        "zones/qinglan-2023.zh.txt",
        "zones/wangshu-2022.json",
        "zones/wangshu-2022.zh.txt",
        "draft/yunxi-2023.gb18030.txt",
    ] {
        let from = std::path::Path::new("tests/fixtures").join(file);
        let name = from.file_name().unwrap();
        std::fs::copy(&from, dir.path().join(name)).unwrap();
    }
    std::fs::write(dir.path().join("broken.json"), "{\"schema_version\": 2,").unwrap();
    dir
}

#[test]
fn a_folder_of_reports_picked_compared_searched_and_copied_from() {
    if !tmux_available("a_folder_of_reports") {
        return;
    }
    let reports = folder();
    let script = wrapped(&format!(
        "'{}' --lang en '{}'",
        binary().display(),
        reports.path().display()
    ));
    let tmux = Tmux::start("folder", 120, 40, &script);
    tmux.tmux(&["set-option", "-g", "set-clipboard", "on"]);
    // Five reports open (the two texts beside their datasets are those reports); one file fails.
    tmux.wait_for("every report loaded", |s| {
        s.contains("report 1 of 5 · Lanhu") && !s.contains("loading")
    });

    tmux.keys(&["o"]);
    let picker = tmux.wait_for("the picker", |s| s.contains("Open reports: 5"));
    assert!(picker.contains("1 failed to open"), "{picker}");
    assert!(picker.contains("broken.json:1:21: JSON syntax"), "{picker}");
    assert!(
        picker.contains("draft"),
        "the drafted text is marked: {picker}"
    );
    assert!(!picker.contains("qinglan-2023.zh.txt"), "{picker}");
    tmux.keys(&["Escape"]);

    tmux.keys(&["c"]);
    let compare = tmux.wait_for("the comparison", |s| s.contains("Compare: GDP growth"));
    for zone in ["Lanhu", "Qinglan Lake ETDZ", "Wangshu Port EDZ"] {
        assert!(compare.contains(zone), "{zone} in\n{compare}");
    }
    assert!(compare.contains("year on year · targets"), "{compare}");
    tmux.keys(&["End", "y"]);
    tmux.wait_for("the copy confirmed", |s| {
        s.contains("copied with its citation")
    });
    let copied = tmux.paste_buffer();
    assert!(copied.contains("「地区生产总值增长6%左右」"), "{copied}");
    assert!(copied.contains("Qinglan"), "{copied}");
    tmux.keys(&["Escape"]);

    tmux.keys(&["/"]);
    tmux.wait_for("the search", |s| s.contains("Search 5 reports"));
    tmux.keys(&["t", "a", "x"]);
    tmux.wait_for("a match", |s| s.contains("1 match in 1 report"));
    tmux.keys(&["Enter"]);
    tmux.wait_for("Wangshu's report, its tax revenue selected", |s| {
        s.contains("report 4 of 5 · Wangshu") && s.contains("Tax revenue")
    });

    tmux.keys(&["q"]);
    tmux.wait_for("the shell after quitting", |s| s.contains("DONE"));
    assert_eq!(tmux.file("status").trim(), "0");
    assert_eq!(tmux.file("stty.before"), tmux.file("stty.after"));
    assert_eq!(tmux.pane_flag("alternate_on"), "0");
}
