//! Prints a synthetic dataset that `zonedash validate` accepts, marked synthetic in its metadata:
//! `cargo run --release --example synth_dataset -- --figures 10000 --projects 1000 > big.json`;
//! with `--real-shaped`, the bundled report's own figures copied to that many (real quotes);
//! with `--reports N --folder DIR`, N copies of the bundled report as N zones' files in DIR.

use std::io::Write;

use clap::Parser;

/// Print a synthetic zonedash dataset of the given size as JSON.
#[derive(Parser)]
struct Args {
    /// How many figures
    #[arg(long, default_value_t = 10_000)]
    figures: usize,
    /// How many named projects
    #[arg(long, default_value_t = 1_000)]
    projects: usize,
    /// Copies of the bundled report's figures and projects instead of tidy synthetic ones
    #[arg(long)]
    real_shaped: bool,
    /// Write this many reports into --folder: the bundled report under as many zone names
    #[arg(long, requires = "folder")]
    reports: Option<usize>,
    /// The folder --reports writes into (made when missing)
    #[arg(long)]
    folder: Option<std::path::PathBuf>,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    if let (Some(count), Some(folder)) = (args.reports, &args.folder) {
        return write_reports(count, folder);
    }
    let dataset = if args.real_shaped {
        zonedash::synth::replicated(&zonedash::model::load_bundled()?, args.figures)
    } else {
        zonedash::synth::synthetic(args.figures, args.projects)
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    serde_json::to_writer(&mut out, &dataset)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

/// `count` copies of the bundled report, each marked synthetic under a zone of its own
/// (`zone-0001.json` is "合成园区 0001"), written into `folder`.
fn write_reports(count: usize, folder: &std::path::Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(folder)?;
    let bundled = zonedash::model::load_bundled()?;
    for n in 1..=count {
        let mut d = bundled.clone();
        d.report.synthetic = true;
        d.zone.id = format!("zone-{n:04}");
        d.zone.short_zh = format!("合成园区 {n:04}");
        d.zone.short_en = format!("Synthetic zone {n:04}");
        d.zone.name_zh = d.zone.short_zh.clone();
        d.zone.name_en = d.zone.short_en.clone();
        let file = folder.join(format!("zone-{n:04}.json"));
        std::fs::write(file, serde_json::to_string(&d)?)?;
    }
    Ok(())
}
