//! Differential test: frostpy's own parser (`frontend::parse`) against
//! rustpython-parser + the converter (`frontend::parse_only`). Trees must be
//! equal, ranges included; where both fail, the line and exception class must
//! agree, also after scope analysis (the corpus's syntax-error cases).

use std::path::{Path, PathBuf};

fn corpus() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut out = Vec::new();
    for dir in ["tests/cases", "bench/programs", "runtime/pylib", "examples"] {
        walk(&root.join(dir), &mut out);
    }
    out.sort();
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

/// Snippets that exercise corners of the grammar and of the range rules.
const TRICKY: &[&str] = &[
    "x = (a)\ny = ((a, b))\nz = (yield)\n",
    "a[1:2, ::3, x:, :y, *z]\na[()]\na[1,]\na[b:=1]\n",
    "f(x for x in y)\nf((x for x in y), 1)\nf(*a, *b, k=1, **c, **d)\nf(a)(b)[c].d\n",
    "@a.b(c)\n@d\nclass C(B, metaclass=M, **kw):\n    x: int = 1\n    z.w: str\n",
    "@dec\nasync def f(a, /, b=1, *args, c, d=2, **kw) -> R:\n    await x\n    async for i in y: pass\n    async with a as b, c: pass\n",
    "def f(a: int = 1, *, b: 'x' = 2): pass\ndef g(*args: int, **kw: str): pass\ndef h(a, b, /): pass\n",
    "lambda: 0\nlambda a, b=1, *c, d, **e: a\nlambda *, a: a\nlambda a, /, b: b\n",
    "x = [i for i in range(3) if i if i > 0 for j in i]\ny = {k: v for k, v in z}\ns = {a for a in b}\n",
    "g = (x async for x in y)\n",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    x = 1\nelse:\n    y = 2\n# trailing\n\n",
    "try:\n    a\nexcept (A, B) as e:\n    b\nexcept C:\n    pass\nexcept:\n    c\nelse:\n    d\nfinally:\n    e\n",
    "try:\n    pass\nfinally:\n    pass\nwhile x:\n    break\nelse:\n    continue\nfor a, *b in c: pass\nelse: pass\n",
    "with (a as b, c as d,):\n    pass\nwith (a, b):\n    pass\nwith (a, b) as c:\n    pass\nwith (a):\n    pass\n",
    "with a as (b, c), d as [e]:\n    pass\nwith a() as b.c, d as e[0]: pass\n",
    "import a.b.c as d, e\nfrom . import x\nfrom .. import (y, z,)\nfrom ...a.b import c as d\nfrom .... import e\nfrom x import *\n",
    "global a, b\nnonlocal c\nassert x, 'msg'\ndel a, b[0], c.d, (e, f), [g]\nraise\nraise E\nraise E from None\n",
    "return\nreturn 1, 2\nreturn *a, b\nyield\nyield 1, 2\nx = yield from y\nawait z\n",
    "x = y = z = 1\na, b = c, d = e\nx += 1; y -= 2; z **= 3; w //= 4; v @= 5; u >>= 6; t <<= 7; s ^= 8; r |= 9; q &= 10; p %= 11\n",
    "a if b else c if d else e\nnot a and b or not c\na < b <= c == d != e > f >= g in h not in i is j is not k\n",
    "-a ** -b\n~a + +b - -c\na | b ^ c & d << e >> f + g - h * i / j // k % l @ m\nx = a ** b ** c\n",
    "(x := 1)\n[y := 2, z]\nf(a := 1)\nif (n := len(a)) > 10: pass\nwhile chunk := read(): pass\n",
    "x = *a, *b\n*a, b = c\n[*a, b] = c\nprint(*a)\n{**a, 'b': 1, **c}\n{*a, *b}\n",
    "x = 'a' 'b'\ny = b'a' b'b'\nz = 'a' f'{b}' 'c'\nw = f'' f''\nv = f'{a}' ''\nu = '''x\ny''' \"z\"\n",
    "f'{a!r} {b!s:>10} {c!a} {d:{e}.{f}} {g=} {h = } {i=!r} {j=:>4} {{k}} {l:%Y-%m}'\n",
    "f'{a}{b}' f'{c}'\nf'''{\na\n}'''\nf'{\"x\" if y else \"z\"}'\nf'{x:{y}}' f'{[1, 2][0]}' f'{ {1: 2}[1] }'\n",
    "rf'\\d{x}' Rb'\\d' BR'x' u'y' F'{z}' fR'{w}\\n'\n",
    "'\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"\\x7f\\101\\u00e9\\U0001f600\\z'\nb'\\x00\\xff\\777'\n",
    "x = 0xFF + 0o17 + 0b101 + 1_000_000 + 123456789012345678901234567890 + 0x_dead_beef\ny = 1.5e-3 + .5 + 5. + 1_0.0_1 + 1e10 + 0e0\n",
    "x = 1 if y else 2; z = 3;\nif x: y; z\nclass A: pass\ndef f(): return\n",
    "x = [\n    1,  # one\n    2,\n\n    3\n]\ny = \\\n    4\nz = (1 +\n\t2)\n",
    "if x:\n\tif y:\n\t\tpass\n\telse:\n\t\tpass\n",
    "if True:\n    x = 1\n\n\n    # comment\n    y = 2\n  # odd comment\nz = 3\n",
    "x = 1\r\nif x:\r\n    y = 'a\\\r\nb'\r\n",
    "print(1)",
    "if x:\n    pass",
    "class C:\n    def f(self): pass\n    @property\n    def g(self): return self.x[1:-1]\n",
    "a.b.c = d[e][f] = g\n(a.b) = 1\n[a, (b, c)] = d\n",
    "x = {}\ny = {1: 2,}\nz = []\nw = ()\nv = (1,)\nu = [1,]\n",
    "def f():\n    '''doc'''\n    return (yield)\n",
    "é = 1\nnaïve = é + 1\nπ = 3.14\n",
    "x = a if b else(c)\ny = [a for b in(c)]\nz = 1if x else 2\n",
    "print(not x == y, -x ** 2, (-x) ** 2, x[1](2).y)\n",
    "match = 1\ncase = 2\ntype = 3\nprint(match, case, type)\n",
    "x = ...\ny = a[...]\nz = [..., ...]\n",
    "print(*args, sep='')\nclass A(): pass\ndef f(a, *, b): pass\na[::]; a[:]; a[1:2:]; a[::2]; a[x, y:z]\n",
    "def f(x=lambda: 1, y=lambda: a if b else c): pass\nx = not a\ny = a not in b in c\n",
    "s = 'abc\\\ndef'\nt = f\"{f'{x}'}\"\nu = f\"{x!r:^{width}.{prec}}\"\n",
    "global x; x = 1\nfor (a, b) in c: pass\nfor [a] in b: pass\ndel (a), [b]\nassert (a, b)\n",
    "def g():\n    return not x\n    yield from (a)\n    a = b = yield\n",
    "if x:  # c\n    pass\nif y: pass  # c\nx = (  # c\n    1)\ny = [1,\n\t2]\n",
    "print(a if b else c, d)\n{**a,}\n{1, *a}\nf(**{'a': 1})\n(a for b in c if d if e)\n",
    "- - 1\nnot not x\n1 if 2 else 3 if 4 else 5\nlambda x=(1, 2): x\n@property\ndef x(self): ...\n",
    "B\"x\"; U\"x\"; 0_0; 00; 0.0_1; 1_0e1_0\nfrom __future__ import annotations\nx = 1;\n",
    "x = 1j\n",
    "print(n := (len(a)))\nif (m := (yield)):\n    pass\n",
    "match x:\n    case 1:\n        pass\n",
    "match (a, b):\n    case _:\n        pass\n",
    "type X = int\n",
    "match = {}\nmatch['a'] = 1\nmatch(x)\ntype(x)\ntype = 3\n",
    "try:\n    pass\nexcept* E:\n    pass\n",
    "if x:\n    pass\nelif y: pass\nelse: pass\n",
    "x = (yield)\nclass C(object,): pass\nf(a,)(b,)\nx = [*a, *b,]\n",
    "x = 'a' \\\n    'b'\ny = ('a'\n     'b' f'{c}'\n     'd')\n",
    "async def f():\n    async with a as b:\n        await c\n    return [x async for x in y]\n",
    "def f(a, b=1, /, c=2, *d, e, f=3, **g): pass\nlambda a, /: a\n",
    "x = a.b.c.d(e)[f].g\nx = a[b][c](d)(e)\n",
    "while 1:\n    if a: break\n    elif b: continue\n    else: pass\nelse:\n    x = 1\n",
];

fn compare(name: &str, text: &str, failures: &mut Vec<String>) {
    let theirs = frontend::parse_only(&frontend::SourceFile::new("x.py", text));
    let ours = frontend::parse::parse_module(text, "x.py");
    match (theirs, ours) {
        (Ok(a), Ok(b)) => {
            if a != b {
                let (x, y) = (format!("{a:?}"), format!("{b:?}"));
                let i = x.bytes().zip(y.bytes()).position(|(p, q)| p != q).unwrap_or(0);
                let from = i.saturating_sub(250);
                failures.push(format!(
                    "{name}: trees differ\n theirs ...{}\n ours   ...{}",
                    &x[from..(i + 150).min(x.len())],
                    &y[from..(i + 150).min(y.len())]
                ));
                return;
            }
            // Same tree: scope analysis must agree too.
            let a = frontend::parse_module(text, "x.py");
            let b = frontend::parse::parse_and_analyze(text, "x.py");
            if let (Err(a), Err(b)) = (&a, &b) {
                if (a.line, a.kind(), &a.message) != (b.line, b.kind(), &b.message) {
                    failures.push(format!("{name}: analysis errors differ: {a:?} vs {b:?}"));
                }
            } else if a.is_ok() != b.is_ok() {
                failures.push(format!("{name}: analysis differs: {:?} vs {:?}", a.err(), b.err()));
            }
        }
        (Err(a), Err(b)) => {
            if a.line != b.line || a.kind() != b.kind() {
                failures.push(format!("{name}: errors differ: {a:?} vs {b:?}"));
            }
        }
        (a, b) => failures.push(format!("{name}: {:?} vs {:?}", a.err(), b.err())),
    }
}

#[test]
fn corpus_trees_match() {
    let mut failures = Vec::new();
    let files = corpus();
    let mut errors = 0;
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        compare(&path.display().to_string(), &text, &mut failures);
        errors += frontend::parse::parse_and_analyze(&text, "x.py").is_err() as usize;
    }
    for f in &failures {
        eprintln!("{f}\n");
    }
    eprintln!("{} files ({errors} with a SyntaxError), {} failures", files.len(), failures.len());
    assert!(files.len() > 500, "the corpus is missing");
    assert!(failures.is_empty());
}

/// `(y): int` is not "simple" (CPython's `ast` says so and so does
/// `ast::StmtAnnAssign`'s doc); rustpython, and so the converter, call it
/// simple. The one known difference between the trees, kept out of the
/// snippets above; it matters only to scope analysis (`global y` then
/// `(y): int` in a function is allowed, as in CPython).
#[test]
fn parenthesized_annotation_target_is_not_simple() {
    let body = frontend::parse::parse_module("(y): int\ny: int\n", "x.py").unwrap();
    let simple: Vec<bool> = body
        .iter()
        .map(|s| match s {
            frontend::ast::Stmt::AnnAssign(a) => a.simple,
            _ => panic!(),
        })
        .collect();
    assert_eq!(simple, [false, true]);
}

#[test]
fn tricky_snippets_match() {
    let mut failures = Vec::new();
    for (i, src) in TRICKY.iter().enumerate() {
        compare(&format!("snippet {i} {src:?}"), src, &mut failures);
    }
    for f in &failures {
        eprintln!("{f}\n");
    }
    assert!(failures.is_empty(), "{} snippets differ", failures.len());
}
