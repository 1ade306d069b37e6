//! Mutation fuzzing of code images: whatever bytes arrive, the verifier answers
//! without panicking, and an image it accepts runs to an exit code (0, 1) or is
//! stopped by the time limit: never a panic or a crash.
//!
//! Deterministic (seeded), so a failure reproduces; `FROSTPY_FUZZ_ITERS` raises the count
//! and `FROSTPY_FUZZ_SEED` picks another sequence.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Seeded, so that a failure can be replayed.
struct Rng(fastrand::Rng);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(fastrand::Rng::with_seed(seed))
    }
    fn next(&mut self) -> u64 {
        self.0.u64(..)
    }
    /// In `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        self.0.usize(..n.max(1))
    }
}

const SEEDS: &[&str] = &[
    "def f(a, b=2, *c, d=4, **e):\n    return a + b\nprint(f(1), [x * 2 for x in range(3)])\n",
    "class A:\n    def __init__(self):\n        self.x = 1\n    def m(self):\n        return self.x\nclass B(A):\n    def m(self):\n        return super().m() + 1\nprint(B().m())\n",
    "def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\ng = outer()\nprint(g(), g())\n",
    "try:\n    {}['k']\nexcept KeyError as e:\n    print('k', e)\nfinally:\n    print('done')\nd = {'a': (1, 2.5, 'x', None)}\nprint(d, f'{d!r}')\n",
];

/// Mutate: overwrite, insert or delete a few bytes; keep the header's length right most of the time.
fn mutate(rng: &mut Rng, image: &[u8]) -> Vec<u8> {
    let mut m = image.to_vec();
    for _ in 0..1 + rng.below(4) {
        match rng.below(10) {
            0 if m.len() > 41 => {
                let i = 40 + rng.below(m.len() - 40);
                m.remove(i);
            }
            1 => {
                let i = rng.below(m.len());
                m.insert(i, rng.next() as u8);
            }
            2 => {
                // A whole word: reaches offsets and counts, not only small values.
                let i = rng.below(m.len().saturating_sub(4)) & !3;
                let w = [0u32, 1, 0xff, 0xffff, 0x7fff_ffff, 0xffff_ffff, rng.next() as u32][rng.below(7)];
                m[i..i + 4].copy_from_slice(&w.to_le_bytes());
            }
            _ => {
                let i = rng.below(m.len());
                m[i] ^= 1 << rng.below(8);
            }
        }
    }
    if rng.below(8) != 0 && m.len() >= 12 {
        let len = m.len() as u32;
        m[8..12].copy_from_slice(&len.to_le_bytes());
    }
    m
}

fn run_image(path: &Path) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_frostpy"))
        .args(["run", "--heap", "64k", "--recursion-limit", "60"])
        .arg(path)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("frostpy starts");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut err = String::new();
            let _ = child.stderr.take().unwrap().read_to_string(&mut err);
            return (status.code(), err);
        }
        if start.elapsed() > Duration::from_secs(5) {
            // An endless loop is a legal program: stop it.
            let _ = child.kill();
            let _ = child.wait();
            return (Some(0), String::new());
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn mutated_images_never_panic() {
    let iters: usize = std::env::var("FROSTPY_FUZZ_ITERS").ok().and_then(|s| s.parse().ok()).unwrap_or(3000);
    let dir = std::env::temp_dir().join(format!("frostpy-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let seed =
        std::env::var("FROSTPY_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5eed_f00d_cafe_d00d_u64);
    let mut rng = Rng::new(seed | 1);
    let mut accepted = 0;
    let mut failures = Vec::new();
    for (s, src) in SEEDS.iter().enumerate() {
        let image = codegen::compile_source(src, "seed.py").expect("seed compiles");
        assert!(runtime::verify::verify(&image).is_ok(), "seed {s} must verify");
        for i in 0..iters / SEEDS.len() {
            let m = mutate(&mut rng, &image);
            if runtime::verify::verify(&m).is_err() {
                continue;
            }
            accepted += 1;
            // Running every accepted mutant would take minutes: run a sample.
            if accepted % 4 != 0 {
                continue;
            }
            let path = dir.join(format!("m{s}_{i}.fpc"));
            std::fs::write(&path, &m).unwrap();
            let (code, err) = run_image(&path);
            if !matches!(code, Some(0) | Some(1)) {
                failures.push(format!("{} exited {:?}: {}", path.display(), code, err.lines().last().unwrap_or("")));
            } else {
                let _ = std::fs::remove_file(&path);
            }
        }
    }
    println!("{iters} mutants, {accepted} accepted by the verifier");
    assert!(failures.is_empty(), "{} mutants crashed:\n{}", failures.len(), failures.join("\n"));
}
