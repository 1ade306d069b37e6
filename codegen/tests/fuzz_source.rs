//! Mutation fuzzing of Python source: the parser, scope analysis and code
//! generator answer every input with an image or a SyntaxError, never a panic,
//! and every image they produce passes the verifier.
//!
//! Seeds are the corpus programs; mutations insert, delete and swap bytes and
//! splice in Python tokens. `FROSTPY_FUZZ_ITERS` raises the count.

use std::path::Path;

/// Seeded, so that a failure can be replayed.
struct Rng(fastrand::Rng);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(fastrand::Rng::with_seed(seed))
    }
    /// In `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        self.0.usize(..n.max(1))
    }
}

const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    "\n",
    "    ",
    "\t",
    "lambda ",
    "yield ",
    "def ",
    "class ",
    "return ",
    "global x",
    "nonlocal x",
    "*",
    "**",
    "=",
    ":=",
    "if ",
    "else",
    "for x in ",
    "async ",
    "await ",
    "f'{",
    "}'",
    "\"\"\"",
    "\\",
    "#",
    "@",
    "del ",
    "try:",
    "except",
    "finally:",
    "with ",
    " as ",
    "import ",
    "from . import ",
    "1e999",
    "0x",
    "9",
    "\u{e9}",
    "\u{1F600}",
    "break",
    "continue",
    ",",
    ".",
    "...",
    "->",
    "super()",
];

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut b = src.as_bytes().to_vec();
    for _ in 0..1 + rng.below(3) {
        let i = rng.below(b.len() + 1);
        match rng.below(4) {
            0 if !b.is_empty() => {
                let n = 1 + rng.below(8);
                let end = (i + n).min(b.len());
                b.drain(i.min(end)..end);
            }
            1 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                b.splice(i..i, t.bytes());
            }
            2 if b.len() > 2 => {
                let j = rng.below(b.len());
                let (x, y) = (i.min(b.len() - 1), j);
                b.swap(x, y);
            }
            _ => {
                let chars = b" ():=\n\t'\"xy0";
                b.insert(i, chars[rng.below(chars.len())]);
            }
        }
    }
    // Keep it text: the host reads source as UTF-8 before compiling.
    String::from_utf8_lossy(&b).into_owned()
}

fn seeds() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/cases");
    let mut out = Vec::new();
    let mut dirs = vec![root];
    while let Some(d) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                if let Ok(t) = std::fs::read_to_string(&p) {
                    out.push(t);
                }
            }
        }
    }
    out.sort();
    out
}

#[test]
fn mutated_sources_give_images_or_syntax_errors() {
    let iters: usize = std::env::var("FROSTPY_FUZZ_ITERS").ok().and_then(|s| s.parse().ok()).unwrap_or(4000);
    let seeds = seeds();
    assert!(seeds.len() > 100, "the corpus seeds are missing");
    let mut rng = Rng::new(0x0dd_ba11_5eed);
    let (mut ok, mut errors) = (0, 0);
    for _ in 0..iters {
        let seed = &seeds[rng.below(seeds.len())];
        let src = mutate(&mut rng, seed);
        let result = std::panic::catch_unwind(|| codegen::compile_source(&src, "fuzz.py"));
        match result {
            Ok(Ok(image)) => {
                ok += 1;
                if let Err(e) = runtime::verify::verify(&image) {
                    panic!("the compiler made an image the verifier refuses ({e}) from:\n{src}");
                }
            }
            Ok(Err(e)) => {
                errors += 1;
                assert!(e.line >= 1, "a SyntaxError without a line: {e}\n{src}");
            }
            Err(_) => panic!("the compiler panicked on:\n{src}"),
        }
    }
    println!("{iters} mutants: {ok} compiled, {errors} syntax errors");
}
