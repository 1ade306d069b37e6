//! The data-driven corpus: every `tests/cases/<area>/<name>.py` of the
//! repository is run through the `frostpy` binary and checked against the
//! `<name>.exp` next to it, which `tests/regen.py` writes from CPython 3.11.
//!
//! `.exp` format: the program's exact stdout, then, only for a program that
//! exits with an error, three trailer lines:
//!
//! ```text
//! --- exit N
//! ValueError: bad value      (last line of CPython's stderr)
//! --- line L                 (innermost `File "...", line L` of stderr)
//! ```
//!
//! Checked: stdout exactly; the exit code; for an error, the last stderr line
//! (for SyntaxError and its subclasses only the exception name, because the
//! parser's messages differ from CPython's) and the innermost traceback line
//! number.
//!
//! Three tests run the corpus: `corpus_gc_stress` (`frostpy run --gc-stress name.py`),
//! `corpus_from_source` (`frostpy run name.py`) and
//! `corpus_compiled` (`frostpy compile name.py -o TMP/x.fpc`, then
//! `frostpy run TMP/x.fpc`; a syntax-error case fails to compile with exit 1
//! and the expected diagnostics, unless the error is in a module it imports).  Every process runs with the
//! case's folder as its working directory and has `TIMEOUT` to finish.
//!
//! Built without the `bigint` feature, the runner skips `bigint/` (those
//! cases need ints beyond 64 bits); `tests/differences.rs` (`int_overflow`) covers that build.
//! Files and folders whose names start with `_` are not cases: they are the
//! helper modules and packages that cases import (`tests/cases/imports/`).
//!
//! Environment:
//! * `FROSTPY_CASES=sub[,sub...]`: only cases whose path below `tests/cases/`
//!   contains one of the substrings (e.g. `errors/`, `str/split`).
//! * `FROSTPY_JOBS=n`: number of worker threads (default: available cores,
//!   at least 2).

use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const FROSTPY: &str = env!("CARGO_BIN_EXE_frostpy");
/// Generous: --gc-stress collects before every allocation, and CI machines may be loaded.
const TIMEOUT: Duration = Duration::from_secs(60);
/// Lines of context shown around the first difference of two outputs.
const CONTEXT: usize = 3;
/// Lines of stderr shown with a failure.
const STDERR_TAIL: usize = 12;

#[test]
fn corpus_from_source() {
    run_corpus(Mode::Source);
}

#[test]
fn corpus_compiled() {
    run_corpus(Mode::Compiled);
}

/// Collecting before every allocation must not change any result: this finds
/// heap values that Rust code forgot to root.
#[test]
fn corpus_gc_stress() {
    run_corpus(Mode::GcStress);
}

#[test]
fn exp_format() {
    let e = parse_exp("a\nb\n").unwrap();
    assert_eq!((e.stdout.as_str(), e.error.is_none()), ("a\nb\n", true));
    let e = parse_exp("no newline").unwrap();
    assert_eq!(e.stdout, "no newline");
    let e = parse_exp("out\n--- exit 1\nKeyError: 'k'\n--- line 7\n").unwrap();
    assert_eq!(e.stdout, "out\n");
    let err = e.error.unwrap();
    assert_eq!((err.exit, err.last_line.as_str(), err.line), (1, "KeyError: 'k'", 7));
    let e = parse_exp("--- exit 1\nIndentationError: unexpected indent\n--- line 3\n").unwrap();
    assert_eq!(e.stdout, "");
    assert!(e.error.unwrap().is_syntax());
    assert!(parse_exp("--- exit x\nE\n--- line 3\n").is_err());
    assert_eq!(
        innermost_line("Traceback (most recent call last):\n  File \"a.py\", line 9, in <module>\n    f()\n  File \"a.py\", line 2, in f\nE\n"),
        Some(2)
    );
    assert_eq!(innermost_line("  File \"a.py\", line 4\n    x = (\n        ^\nSyntaxError: x\n"), Some(4));
    assert_eq!(innermost_line("no traceback\n"), None);
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Source,
    Compiled,
    GcStress,
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::Source => "source",
            Mode::Compiled => "compiled",
            Mode::GcStress => "gc-stress",
        }
    }
}

struct Case {
    /// Path below `tests/cases/`, with `/` separators.
    rel: String,
    dir: PathBuf,
    file: String,
}

struct Expected {
    stdout: String,
    error: Option<ExpectedError>,
}

struct ExpectedError {
    exit: i32,
    last_line: String,
    line: u32,
}

impl ExpectedError {
    fn is_syntax(&self) -> bool {
        is_syntax_name(exception_name(&self.last_line))
    }
}

fn is_syntax_name(name: &str) -> bool {
    matches!(name, "SyntaxError" | "IndentationError" | "TabError")
}

/// `ValueError: msg` -> `ValueError`; `AssertionError` -> `AssertionError`.
fn exception_name(line: &str) -> &str {
    line.split(':').next().unwrap_or("").trim()
}

fn parse_exp(text: &str) -> Result<Expected, String> {
    let body = text.strip_suffix('\n').unwrap_or(text);
    let parts: Vec<&str> = body.rsplitn(4, '\n').collect();
    let has_trailer = parts.len() >= 3 && parts[2].starts_with("--- exit ") && parts[0].starts_with("--- line ");
    if !has_trailer {
        return Ok(Expected { stdout: text.to_string(), error: None });
    }
    let exit =
        parts[2]["--- exit ".len()..].trim().parse::<i32>().map_err(|_| format!("bad trailer line {:?}", parts[2]))?;
    let line =
        parts[0]["--- line ".len()..].trim().parse::<u32>().map_err(|_| format!("bad trailer line {:?}", parts[0]))?;
    let stdout = if parts.len() == 4 { format!("{}\n", parts[3]) } else { String::new() };
    Ok(Expected { stdout, error: Some(ExpectedError { exit, last_line: parts[1].to_string(), line }) })
}

/// The number N of the last `File "...", line N` in a traceback.
fn innermost_line(stderr: &str) -> Option<u32> {
    let mut found = None;
    for line in stderr.lines() {
        let Some(at) = line.find("File \"") else { continue };
        let rest = &line[at + 6..];
        let Some(at) = rest.find("\", line ") else { continue };
        let digits: String = rest[at + 8..].chars().take_while(|c| c.is_ascii_digit()).collect();
        if let Ok(n) = digits.parse() {
            found = Some(n);
        }
    }
    found
}

fn last_nonempty_line(text: &str) -> Option<&str> {
    text.lines().map(|l| l.trim_end()).rfind(|l| !l.is_empty())
}

fn cases_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases")
}

fn collect_cases(dir: &Path, root: &Path, out: &mut Vec<Case>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("read_dir entry").path())
        .collect();
    entries.sort();
    for path in entries {
        // Helper modules and packages that cases import are named `_*`: they are not cases.
        if path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('_')) {
            continue;
        }
        if path.is_dir() {
            collect_cases(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            let rel = path.strip_prefix(root).unwrap();
            let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            out.push(Case {
                rel,
                dir: path.parent().unwrap().to_path_buf(),
                file: path.file_name().unwrap().to_string_lossy().into_owned(),
            });
        }
    }
}

fn selected_cases() -> Vec<Case> {
    let root = cases_root();
    let mut cases = Vec::new();
    collect_cases(&root, &root, &mut cases);
    assert!(!cases.is_empty(), "no cases found under {}", root.display());
    // A frostpy without big ints (`--no-default-features`) cannot run the big-int area.
    if !cfg!(feature = "bigint") {
        cases.retain(|c| !c.rel.starts_with("bigint/"));
    }
    if let Ok(filter) = std::env::var("FROSTPY_CASES") {
        let subs: Vec<&str> = filter.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
        if !subs.is_empty() {
            cases.retain(|c| subs.iter().any(|s| c.rel.contains(s)));
            assert!(!cases.is_empty(), "FROSTPY_CASES={filter:?} matches no case");
        }
    }
    cases
}

fn jobs() -> usize {
    if let Some(n) = std::env::var("FROSTPY_JOBS").ok().and_then(|v| v.parse::<usize>().ok()) {
        return n.max(1);
    }
    thread::available_parallelism().map(|n| n.get()).unwrap_or(2).max(2)
}

struct Outcome {
    status: Option<ExitStatus>,
    timed_out: bool,
    stdout: String,
    stderr: String,
}

impl Outcome {
    fn describe_status(&self) -> String {
        if self.timed_out {
            format!("timed out after {} s (killed)", TIMEOUT.as_secs())
        } else {
            match self.status {
                Some(s) => match s.code() {
                    Some(c) => format!("exit {c}"),
                    None => format!("{s} (no exit code)"),
                },
                None => "no status".to_string(),
            }
        }
    }

    fn code(&self) -> Option<i32> {
        if self.timed_out {
            None
        } else {
            self.status.and_then(|s| s.code())
        }
    }
}

fn reader<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

fn wait_with_timeout(child: &mut Child) -> (Option<ExitStatus>, bool) {
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return (Some(status), false),
            Ok(None) => {}
            Err(_) => return (None, false),
        }
        if start.elapsed() >= TIMEOUT {
            let _ = child.kill();
            return (child.wait().ok(), true);
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// Runs `frostpy args...` in `dir`, killing it after `TIMEOUT`.
fn run_frostpy(dir: &Path, args: &[&std::ffi::OsStr]) -> Result<Outcome, String> {
    run_frostpy_env(dir, args, &[])
}

/// `run_frostpy` with extra environment variables.
fn run_frostpy_env(dir: &Path, args: &[&std::ffi::OsStr], env: &[(&str, &std::ffi::OsStr)]) -> Result<Outcome, String> {
    let mut child = Command::new(FROSTPY)
        .args(args)
        .env_remove("FROSTPYPATH")
        .envs(env.iter().copied())
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {FROSTPY}: {e}"))?;
    let out = reader(child.stdout.take());
    let err = reader(child.stderr.take());
    let (status, timed_out) = wait_with_timeout(&mut child);
    let stdout = String::from_utf8_lossy(&out.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err.join().unwrap_or_default()).into_owned();
    Ok(Outcome { status, timed_out, stdout, stderr })
}

/// Indented, numbered excerpt of `lines` around index `at`.
fn excerpt(out: &mut String, title: &str, lines: &[&str], at: usize) {
    if lines.is_empty() {
        let _ = writeln!(out, "  {title}: <empty>");
        return;
    }
    let from = at.saturating_sub(CONTEXT).min(lines.len() - 1);
    let to = (at + CONTEXT + 1).min(lines.len());
    let _ = writeln!(out, "  {title} (lines {}-{} of {}):", from + 1, to, lines.len());
    for (i, l) in lines.iter().enumerate().take(to).skip(from) {
        let mark = if i == at { '>' } else { ' ' };
        let _ = writeln!(out, "   {mark}{:4} | {}", i + 1, l.strip_suffix('\n').unwrap_or(l));
    }
}

/// Describes how `actual` differs from `expected` (both complete outputs).
fn stdout_diff(expected: &str, actual: &str) -> String {
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let act: Vec<&str> = actual.split_inclusive('\n').collect();
    let at = (0..exp.len().max(act.len())).find(|&i| exp.get(i) != act.get(i)).unwrap_or(0);
    let show = |l: Option<&&str>| match l {
        Some(l) => format!("{l:?}"),
        None => "<end of output>".to_string(),
    };
    let mut out = String::new();
    let _ = writeln!(out, "stdout differs at line {}:", at + 1);
    let _ = writeln!(out, "  expected: {}", show(exp.get(at)));
    let _ = writeln!(out, "  actual:   {}", show(act.get(at)));
    excerpt(&mut out, "expected stdout", &exp, at);
    excerpt(&mut out, "actual stdout", &act, at);
    out
}

fn stderr_tail(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    let mut out = String::new();
    if lines.is_empty() {
        out.push_str("stderr: <empty>\n");
        return out;
    }
    let from = lines.len().saturating_sub(STDERR_TAIL);
    let _ = writeln!(out, "stderr (last {} of {} lines):", lines.len() - from, lines.len());
    for l in &lines[from..] {
        let _ = writeln!(out, "    | {l}");
    }
    out
}

/// Compares one run against the expectation; returns the problems found.
fn check(exp: &Expected, got: &Outcome) -> Vec<String> {
    let mut problems = Vec::new();
    if got.timed_out {
        problems.push(format!("timed out after {} s (killed)\n", TIMEOUT.as_secs()));
    }
    if got.stdout != exp.stdout {
        problems.push(stdout_diff(&exp.stdout, &got.stdout));
    }
    let want_code = exp.error.as_ref().map_or(0, |e| e.exit);
    if !got.timed_out && got.code() != Some(want_code) {
        problems.push(format!("exit status: expected exit {want_code}, got {}\n", got.describe_status()));
    }
    if let Some(err) = &exp.error {
        let last = last_nonempty_line(&got.stderr).unwrap_or("");
        if err.is_syntax() {
            let want = exception_name(&err.last_line);
            if exception_name(last) != want || !last.starts_with(want) {
                problems.push(format!(
                    "last stderr line: expected {want} (CPython says {:?}), got {last:?}\n",
                    err.last_line
                ));
            }
        } else if last != err.last_line {
            problems.push(format!("last stderr line:\n  expected: {:?}\n  actual:   {last:?}\n", err.last_line));
        }
        match innermost_line(&got.stderr) {
            Some(n) if n == err.line => {}
            Some(n) => problems.push(format!("innermost traceback line: expected line {}, got line {n}\n", err.line)),
            None => problems.push(format!(
                "innermost traceback line: expected line {}, but stderr has no `File \"...\", line N`\n",
                err.line
            )),
        }
    }
    if !problems.is_empty() {
        problems.push(stderr_tail(&got.stderr));
    }
    problems
}

/// Runs one case in `mode`; `Err` holds the failure report.
fn run_case(case: &Case, mode: Mode, tmp: &Path) -> Result<(), String> {
    let exp_path = case.dir.join(case.file.replace(".py", ".exp"));
    let exp_text = fs::read_to_string(&exp_path)
        .map_err(|e| format!("cannot read {} ({e}); run `python3 tests/regen.py`\n", exp_path.display()))?;
    let exp = parse_exp(&exp_text).map_err(|e| format!("malformed {}: {e}\n", exp_path.display()))?;
    let syntax_error = exp.error.as_ref().is_some_and(|e| e.is_syntax());
    let file = std::ffi::OsStr::new(&case.file);
    let report = |what: &str, problems: Vec<String>| -> Result<(), String> {
        if problems.is_empty() {
            Ok(())
        } else {
            Err(format!("{what}\n{}", problems.concat()))
        }
    };
    match mode {
        Mode::Source => {
            let got = run_frostpy(&case.dir, &[std::ffi::OsStr::new("run"), file])?;
            report(&format!("$ frostpy run {}", case.file), check(&exp, &got))
        }
        Mode::GcStress => {
            let got =
                run_frostpy(&case.dir, &[std::ffi::OsStr::new("run"), std::ffi::OsStr::new("--gc-stress"), file])?;
            report(&format!("$ frostpy run --gc-stress {}", case.file), check(&exp, &got))
        }
        Mode::Compiled => {
            let fpc = tmp.join(case.rel.replace(".py", ".fpc").replace('/', "__"));
            let compile_args = [std::ffi::OsStr::new("compile"), file, std::ffi::OsStr::new("-o"), fpc.as_os_str()];
            let compile_cmd = format!("$ frostpy compile {} -o {}", case.file, fpc.display());
            let compiled = run_frostpy(&case.dir, &compile_args)?;
            // A syntax error fails the compile, unless it is in a module the case imports.
            if syntax_error && compiled.code() != Some(0) {
                return report(&format!("{compile_cmd}   (fails at compile time)"), check(&exp, &compiled));
            }
            if compiled.timed_out || compiled.code() != Some(0) {
                return Err(format!(
                    "{compile_cmd}\ncompile failed: {}\n{}",
                    compiled.describe_status(),
                    stderr_tail(&compiled.stderr)
                ));
            }
            // The image lies in a temporary folder: FROSTPYPATH lets it import the case's helpers.
            let got = run_frostpy_env(
                &case.dir,
                &[std::ffi::OsStr::new("run"), fpc.as_os_str()],
                &[("FROSTPYPATH", case.dir.as_os_str())],
            )?;
            let _ = fs::remove_file(&fpc);
            report(&format!("{compile_cmd}\n$ frostpy run {}", fpc.display()), check(&exp, &got))
        }
    }
}

fn temp_dir(mode: Mode) -> PathBuf {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("frostpy-corpus-{}-{}-{nanos}", mode.name(), std::process::id()));
    fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    dir
}

fn run_corpus(mode: Mode) {
    let cases = selected_cases();
    let tmp = temp_dir(mode);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Result<(), String>)>> = Mutex::new(Vec::with_capacity(cases.len()));
    let workers = jobs().min(cases.len());
    thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(case) = cases.get(i) else { break };
                let r = run_case(case, mode, &tmp);
                results.lock().unwrap().push((i, r));
            });
        }
    });
    let _ = fs::remove_dir_all(&tmp);

    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|(i, _)| *i);
    let mut report = String::new();
    let mut failed = Vec::new();
    for (i, r) in &results {
        if let Err(msg) = r {
            let case = &cases[*i];
            failed.push(case.rel.as_str());
            let _ = writeln!(report, "\n=== FAIL [{}] tests/cases/{}", mode.name(), case.rel);
            report.push_str(msg);
        }
    }
    let passed = results.len() - failed.len();
    let summary = format!("corpus [{}]: {passed} passed, {} failed", mode.name(), failed.len());
    println!("{summary}");
    if !failed.is_empty() {
        let _ = writeln!(report, "\n=== failed cases [{}]:", mode.name());
        for rel in &failed {
            let _ = writeln!(report, "  {rel}");
        }
        panic!("{report}\n{summary}");
    }
}
