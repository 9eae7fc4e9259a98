//! Prints a synthetic dataset that `zonedash validate` accepts, marked synthetic in its metadata:
//! `cargo run --release --example synth_dataset -- --figures 10000 --projects 1000 > big.json`;
//! with `--real-shaped`, the bundled report's own figures copied to that many (real quotes).

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
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
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
