//! Source mutation shared by the fuzz tests of the parser (frontend/tests/parse_fuzz.rs)
//! and of the compiler (codegen/tests/fuzz_source.rs), included by `#[path]`.

use std::path::Path;

/// Seeded, so that a failure can be replayed.
pub struct Rng(fastrand::Rng);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(fastrand::Rng::with_seed(seed))
    }
    /// In `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
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
    "'''",
    "\\",
    "\\\n",
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
    "0b1_0",
    "1_000",
    "9",
    "1.5j",
    "\u{e9}",
    "\u{1F600}",
    "break",
    "continue",
    ",",
    ".",
    "...",
    "->",
    "not ",
    " in ",
    " is ",
    "!r",
    "!=",
    "{x=}",
    "{x:>{w}}",
    "rb'",
    "b'\\x00'",
    "\\N{EM DASH}",
    "\\u00e9",
    "'",
    "\"",
    ";",
    "\r\n",
    "\x0c",
    "((((",
    "))))",
    "-",
    "~",
    "%",
    "//=",
    "<<",
    "|",
];

/// Delete, insert (a token or a character) or swap bytes a few times; the result stays UTF-8.
pub fn mutate(rng: &mut Rng, src: &str) -> String {
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
    String::from_utf8_lossy(&b).into_owned()
}

/// The text of every `.py` file below `dirs` (relative to the repository's root), sorted.
pub fn python_sources(dirs: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut out = Vec::new();
    let mut dirs: Vec<_> = dirs.iter().map(|d| root.join(d)).collect();
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
