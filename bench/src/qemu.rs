//! Instruction counts on the Cortex-M3 QEMU board (mps2-an385): fib(20) and an empty 10,000-iteration
//! `for i in range(10000)` loop, at module level (the loop variable is a global) and in a function.
//!
//! How: freeze a program into the board's firmware (`tools/fw.sh build mps2-an385 MANIFEST`), run it
//! in QEMU once per program, and count the guest instructions it executes. QEMU 7.2 as Debian ships it
//! has no TCG plugins, so the count comes from its execution log: with one instruction per translation
//! block (`-singlestep`) and no block chaining, `-d exec,nochain` logs one line per instruction
//! executed. An empty program's count is subtracted, leaving the work alone.
//!
//! Reference (MicroPython's firmware on the same board, `-icount shift=0`): fib(20) 14.0 M instructions
//! (~640 per call); ~209 instructions per empty loop iteration.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const FIB: &str = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nfib(20)\n";
const LOOP: &str = "for i in range(10000):\n    pass\n";
const LOOP_IN_FUNCTION: &str = "def f():\n    for i in range(10000):\n        pass\n\nf()\n";
const EMPTY: &str = "pass\n";
/// Calls fib(20) makes.
const FIB_CALLS: u64 = 21891;

/// Measure, print the table, and return it as markdown.
pub fn run(_frostpy: &Path) -> Result<String, String> {
    let root = bench::workspace_root();
    let fw = root.join("tools").join("fw.sh");
    if !fw.exists() || !root.join("boards").join("mps2-an385").exists() {
        return Err(format!(
            "the mps2-an385 board is not in this tree yet ({} is missing): once it lands, `--qemu` builds \
             firmware with it and counts instructions",
            fw.display()
        ));
    }
    let scratch = bench::scratch_dir("qemu")?;
    let mut counts = Vec::new();
    for (name, src) in [("empty", EMPTY), ("fib20", FIB), ("loop10k", LOOP), ("floop10k", LOOP_IN_FUNCTION)] {
        let elf = build_firmware(&fw, &scratch, name, src)?;
        let n = count_instructions(&elf)?;
        eprintln!("bench: {name}: {n} instructions");
        counts.push(n);
    }
    let _ = std::fs::remove_dir_all(&scratch);
    let (empty, fib, lp, flp) = (counts[0], counts[1], counts[2], counts[3]);
    let fib_work = fib.saturating_sub(empty);
    let loop_work = lp.saturating_sub(empty);
    let floop_work = flp.saturating_sub(empty);
    let mut t = String::new();
    let date = std::process::Command::new("date").args(["-u", "+%Y-%m-%d"]).output().ok();
    let date = date.map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default();
    t.push_str(&format!(
        "Measured {date} (`cargo run -p bench --release -- --qemu`, frostpy git {}, qemu-system-arm \
         -icount shift=0; boot and an empty program's {empty} instructions subtracted).\n\n",
        git_head()
    ));
    t.push_str("| Cortex-M3 (QEMU mps2-an385) | frostpy | MicroPython (reference) |\n|---|---:|---:|\n");
    t.push_str(&format!(
        "| fib(20) | {:.1} M instructions ({} per call) | 14.0 M (~640 per call) |\n",
        fib_work as f64 / 1e6,
        fib_work / FIB_CALLS
    ));
    t.push_str(&format!(
        "| empty `for i in range(10000)` loop at module level, per iteration | {} instructions | ~209 |\n",
        loop_work / 10_000
    ));
    t.push_str(&format!(
        "| the same loop inside a function, per iteration | {} instructions | – |\n",
        floop_work / 10_000
    ));
    print!("{t}");
    Ok(t)
}

fn git_head() -> String {
    std::process::Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default()
}

fn build_firmware(fw: &Path, dir: &Path, name: &str, src: &str) -> Result<PathBuf, String> {
    let d = dir.join(name);
    std::fs::create_dir_all(&d).map_err(|e| e.to_string())?;
    std::fs::write(d.join("main.py"), src).map_err(|e| e.to_string())?;
    let manifest = d.join("manifest.toml");
    std::fs::write(&manifest, "[[module]]\npath = \"main.py\"\n").map_err(|e| e.to_string())?;
    let out = Command::new("bash")
        .arg(fw)
        .args(["build", "mps2-an385"])
        .arg(&manifest)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", fw.display()))?;
    if !out.status.success() {
        return Err(format!("building the {name} firmware failed"));
    }
    // Each build overwrites the same output: keep a copy per program.
    let built = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim().to_string());
    let elf = d.join("fw.elf");
    std::fs::copy(&built, &elf).map_err(|e| format!("cannot copy {}: {e}", built.display()))?;
    Ok(elf)
}

/// Run the firmware in QEMU, counting executed instructions from the exec log.
fn count_instructions(elf: &Path) -> Result<u64, String> {
    let mut child = Command::new("qemu-system-arm")
        .args(["-cpu", "cortex-m3", "-machine", "mps2-an385", "-nographic", "-monitor", "none"])
        .args(["-serial", "null", "-semihosting-config", "enable=on,target=native"])
        .args(["-icount", "shift=0", "-singlestep", "-d", "exec,nochain", "-D", "/dev/stderr"])
        .arg("-kernel")
        .arg(elf)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run qemu-system-arm: {e}"))?;
    let mut n = 0u64;
    if let Some(err) = child.stderr.take() {
        for line in BufReader::new(err).split(b'\n').map_while(Result::ok) {
            if line.starts_with(b"Trace ") {
                n += 1;
            }
        }
    }
    let st = child.wait().map_err(|e| e.to_string())?;
    if !st.success() {
        return Err(format!("the firmware {} exited with {st}", elf.display()));
    }
    Ok(n)
}
