//! The SVG picture with real parts: an XML parser reads it, its text is the text render, a
//! real SVG renderer (resvg) draws it, CJK glyphs and all; hostile data cannot inject markup.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;

/// Geometry of the picture (see `src/picture/svg.rs`): cell size and margin in pixels.
const CELL_W: u32 = 10;
const CELL_H: u32 = 20;
const PAD: u32 = 10;

fn render(format: &str, args: &[&str]) -> String {
    let output = Command::cargo_bin("zonedash")
        .unwrap()
        .env_remove("NO_COLOR")
        .args(["render", "--format", format])
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// The text of each row's `<text>` element, in order.
fn row_texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).expect("the SVG is well-formed XML");
    doc.root_element()
        .children()
        .filter(|n| n.has_tag_name("text"))
        .map(|text| {
            text.descendants()
                .filter(|n| n.is_text())
                .filter_map(|n| n.text())
                .collect()
        })
        .collect()
}

#[test]
fn the_text_of_the_svg_is_the_text_render() {
    for args in [
        &["--size", "100x30", "--lang", "en"][..],
        &[
            "--size", "100x30", "--lang", "zh", "--panel", "clusters", "--zoom",
        ],
        &["--size", "80x24", "--lang", "zh", "--detail"],
        &["--size", "120x40", "--lang", "en", "--show-help"],
    ] {
        let text = render("text", args);
        let svg = render("svg", args);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(row_texts(&svg), lines, "{args:?}");
    }
}

#[test]
fn the_svg_names_the_report() {
    let svg = render("svg", &["--size", "100x30", "--lang", "en"]);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let child = |tag: &str| {
        doc.root_element()
            .children()
            .find(|n| n.has_tag_name(tag))
            .and_then(|n| n.text())
            .unwrap_or_default()
            .to_owned()
    };
    assert!(child("title").contains("Work report of the BDA Management Committee, 2022"));
    assert!(child("desc").contains("bda-2022-work-report.zh.txt"));
    assert_eq!(doc.root_element().attribute("width"), Some("1020"));
}

fn options() -> resvg::usvg::Options<'static> {
    let mut options = resvg::usvg::Options::default();
    options.fontdb_mut().load_system_fonts();
    options
}

fn rasterise(svg: &str, options: &resvg::usvg::Options) -> resvg::tiny_skia::Pixmap {
    let tree = resvg::usvg::Tree::from_str(svg, options).expect("resvg reads the SVG");
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height()).unwrap();
    resvg::render(&tree, Default::default(), &mut pixmap.as_mut());
    if let Some(path) = std::env::var_os("ZONEDASH_SAVE_PNG") {
        pixmap.save_png(path).unwrap();
    }
    pixmap
}

/// The pixels of the cell box at column, row, `cells` wide, as RGBA.
fn cell_pixels(
    pixmap: &resvg::tiny_skia::Pixmap,
    column: u32,
    row: u32,
    cells: u32,
) -> Vec<[u8; 4]> {
    let (x0, y0) = (PAD + column * CELL_W, PAD + row * CELL_H);
    let mut out = Vec::new();
    for y in y0..y0 + CELL_H {
        for x in x0..x0 + cells * CELL_W {
            let p = pixmap.pixel(x, y).unwrap();
            out.push([p.red(), p.green(), p.blue(), p.alpha()]);
        }
    }
    out
}

/// Where the first character of `wanted` is drawn in the text render: its column and row.
fn find_cell(text: &str, wanted: char) -> (u32, u32) {
    for (row, line) in text.lines().enumerate() {
        let mut column = 0;
        for c in line.chars() {
            if c == wanted {
                return (column, row as u32);
            }
            column += unicode_width(c);
        }
    }
    panic!("{wanted} is not on screen");
}

fn unicode_width(c: char) -> u32 {
    zonedash::ui::text::width(&c.to_string()).clamp(1, 2) as u32
}

#[test]
fn resvg_draws_the_frame_with_its_cjk_glyphs() {
    let args = ["--size", "100x30", "--lang", "zh"];
    let text = render("text", &args);
    let svg = render("svg", &args);
    let options = options();
    let pixmap = rasterise(&svg, &options);
    let background = pixmap.pixel(1, 1).unwrap();
    let inked = pixmap.pixels().iter().filter(|p| **p != background).count();
    let total = pixmap.pixels().len();
    assert!(inked * 10 > total, "only {inked} of {total} pixels drawn");

    // The zone's name in the header: its first character's two cells carry ink...
    let (column, row) = find_cell(&text, '经');
    let drawn = cell_pixels(&pixmap, column, row, 2);
    let header_bg = drawn[0];
    let ink = drawn.iter().filter(|p| **p != header_bg).count();
    assert!(ink > 20, "the CJK cell has {ink} inked pixels");
    // ...and they are that glyph, not a box for a missing one: another character draws otherwise.
    let rows_start = svg.find("<text").unwrap();
    let other = format!(
        "{}{}",
        &svg[..rows_start],
        svg[rows_start..].replacen('经', "一", 1)
    );
    let changed = cell_pixels(&rasterise(&other, &options), column, row, 2);
    let differing = drawn.iter().zip(&changed).filter(|(a, b)| a != b).count();
    assert!(
        differing > 20,
        "经 and 一 draw the same ({differing} pixels differ): no CJK font? .ci/run installs one"
    );
    assert!(
        options.fontdb.faces().any(|face| face
            .families
            .iter()
            .any(|(name, _)| name.contains("Hei") || name.contains("CJK") || name.contains("Han"))),
        "no CJK font is installed"
    );
}

#[test]
fn box_lines_join_across_cells() {
    let svg = render("svg", &["--size", "100x30", "--lang", "en"]);
    let pixmap = rasterise(&svg, &options());
    // The bottom border of the first panel, from where its legend ends to the corner, and its
    // left side, top to bottom: every pixel along the middle of the line is drawn.
    let text = render("text", &["--size", "100x30", "--lang", "en"]);
    let (column, row) = find_cell(&text, '┗');
    let (end, _) = find_cell(&text, '┛');
    let bottom: Vec<char> = text.lines().nth(row as usize).unwrap().chars().collect();
    let line_from = (column..end)
        .rev()
        .take_while(|c| bottom[*c as usize] == '━')
        .last()
        .unwrap_or(end);
    assert!(end - line_from >= 5, "no run of border to test: {bottom:?}");
    let background = pixmap
        .pixel(PAD + column * CELL_W, PAD + row * CELL_H + 1)
        .unwrap();
    let y = PAD + row * CELL_H + CELL_H / 2;
    for x in (PAD + line_from * CELL_W + CELL_W / 2)..=(PAD + end * CELL_W + CELL_W / 2) {
        assert_ne!(
            pixmap.pixel(x, y).unwrap(),
            background,
            "a gap at x={x}, y={y}"
        );
    }
    let x = PAD + column * CELL_W + CELL_W / 2;
    for y in (PAD + CELL_H + CELL_H / 2)..(PAD + row * CELL_H + CELL_H / 2) {
        assert_ne!(
            pixmap.pixel(x, y).unwrap(),
            background,
            "a gap at x={x}, y={y}"
        );
    }
}

#[test]
fn no_color_pictures_are_monochrome() {
    let output = Command::cargo_bin("zonedash")
        .unwrap()
        .env("NO_COLOR", "1")
        .args([
            "render", "--format", "svg", "--size", "100x30", "--lang", "en",
        ])
        .output()
        .unwrap();
    let svg = String::from_utf8(output.stdout).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let mut colours: Vec<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("fill"))
        .filter(|fill| *fill != "none")
        .collect();
    colours.sort_unstable();
    colours.dedup();
    assert!(colours.len() <= 3, "{colours:?}");
    for colour in colours {
        let grey = |i: usize| &colour[i..i + 2];
        assert!(
            grey(1) == grey(3) && grey(3) == grey(5),
            "{colour} is not grey"
        );
    }
}

#[test]
fn svg_of_one_frame() {
    let svg = render(
        "svg",
        &[
            "--size",
            "60x16",
            "--lang",
            "zh",
            "--panel",
            "environment",
            "--zoom",
        ],
    );
    insta::assert_snapshot!("svg_environment_zh_60x16", svg);
}

/// A dataset whose texts are markup: SVG and HTML carry them as text. (A dataset cannot hold
/// escape codes at all, its loader refuses them; the picture module's own tests feed them.)
#[test]
fn hostile_text_cannot_inject_markup_or_codes() {
    let mut data: serde_json::Value = serde_json::from_str(zonedash::model::BUNDLED_JSON).unwrap();
    let hostile = "</tspan></text><script>alert(1)</script>&amp;\"'";
    data["zone"]["short_en"] = hostile.into();
    data["zone"]["name_en"] = hostile.into();
    data["report"]["title_en"] = format!("]]><!--{hostile}").into();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.json");
    std::fs::write(&path, data.to_string()).unwrap();
    let path = path.to_str().unwrap();
    for format in ["svg", "html"] {
        let out = render(
            format,
            &["--data", path, "--size", "100x30", "--lang", "en"],
        );
        assert!(!out.contains("<script"), "{format}");
        assert!(out.contains("&lt;script&gt;"), "{format}");
        if format == "svg" {
            let doc = roxmltree::Document::parse(&out).expect("still well-formed");
            let title = doc.descendants().find(|n| n.has_tag_name("title")).unwrap();
            assert!(title.text().unwrap().contains("<script>alert(1)</script>"));
            assert!(!doc.descendants().any(|n| n.has_tag_name("script")));
        }
    }
}
