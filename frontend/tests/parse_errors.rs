//! Syntax errors: frostpy's own parser against the rustpython-based front
//! end (same line always; column, message and exception class where noted).

use frontend::{SourceFile, SyntaxError};

/// Broken programs. Each gives a SyntaxError from both parsers.
const BROKEN: &[&str] = &[
    "a = 1\nif a:\n    x = = 1\n",
    "x = 1\nprint(x,\n  2\n",
    "x = [1, 2\ny = 3\n",
    "x = (1,\n2]\n",
    "x = = 1\ny = 1 € 2\n",
    "x = = 1\ny = (\n",
    "x = (1,\n [2,\n",
    "x = 1)\n",
    "x = 1\n    y = 2\n",
    "if x:\ny = 2\n",
    "@d\nasync def f():\nx\n",
    "if x:\n    y = 2\n  z = 3\n",
    "x = 1\ny = 'abc\n",
    "x = 1\ny = \"\"\"abc\n\n",
    "x = 1 € 2\n",
    "a = 1\nb = a +* 2\nprint(b)\n",
    "x = 3\nif x > 2\n    print('big')\n",
    "a = 1\nb = [a, 2,\n     3, 4\n",
    "print('start')\nx = 1\ny = (x + 2\n",
    "def f():\n        a = 1\n    return a\n",
    "def f():\n    print('ok')\n\nif True:\nprint('x')\n",
    "print('one')\nx = 1\n    y = 2\n",
    "def f(:\n    pass\n",
    "def f(a, a): pass\n",
    "def f(a=1, b): pass\n",
    "f(a=1, 2)\n",
    "f(**k, *a)\n",
    "f(a=1, a=2)\n",
    "class C(:\n    pass\n",
    "for x in : pass\n",
    "while True print(1)\n",
    "x = 1 +\n",
    "x = (1 + \n",
    "return return\n",
    "import\n",
    "from x import\n",
    "from x import (a, b\n",
    "lambda x: yield\n",
    "x = [1, 2,, 3]\n",
    "x = {1: 2, 3}\n",
    "x = 0x\n",
    "x = 1__0\n",
    "x = 1_\n",
    "x = 09\n",
    "x = 1abc\n",
    "x = 'a' b'b'\n",
    "x = b'é'\n",
    "s = '\\x4'\n",
    "s = '\\u12'\n",
    "x = f'{}'\n",
    "x = f'{x!z}'\n",
    "x = f'}'\n",
    "x = f'{'\n",
    "x = f'{a b}'\n",
    "if x:\n\tpass\n        pass\n",
    "try:\n    pass\nx = 1\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "with a as : pass\n",
    "def f(*): pass\n",
    "del\n",
    "global\n",
    "x = 1 if 2\n",
    "print(*)\n",
    "(**a)\n",
    "(*a)\n",
    "a.1\n",
    "x = ]\n",
    "x = (}\n",
    "x = [)\n",
    "\\x\n",
    "x = 1 \\ 2\n",
    "x = $\n",
    "x = ?\n",
    "x = a!b\n",
    "@\ndef f(): pass\n",
    "@d\nx = 1\n",
    "class C:\npass\n",
    "def f():\n    '''doc\n",
    "x = (\n",
    "x = 1\\\n",
    "if x:\n    pass\n  else:\n    pass\n",
    "else:\n    pass\n",
    "x = 1 2\n",
    "print 'hello'\n",
    "x = {**a: 1}\n",
    "x: int, y: int = 1, 2\n",
    "nonlocal\n",
    "x = 1; ; y = 2\n",
    "pass pass\n",
    "if True:\n    pass\n   pass\n",
    "def f(a, /, b, /): pass\n",
    "def f(/, a): pass\n",
    "lambda: (yield)\nx = [i for i in]\n",
    "x = [i for in y]\n",
    "x = 5 not 6\n",
    "x = a is not not b\n",
    "f'{a:{b:{c}}}'\n",
    "s = '''a\nb\nc\n",
    "print('hi'\n\nx = 1\n",
    "x = 1e\n",
    "x = 1.2.3\n",
    "x = 0b2\n",
    "x = 0o8\n",
];

/// Where the rustpython front end's line or verdict differs from CPython's,
/// ours follows CPython 3.11: (source, line, message) from `compile()`.
const CPYTHON: &[(&str, u32, &str)] = &[
    ("def f(*, **k): pass\n", 1, "named arguments must follow bare *"),
    ("for x in y:\n# c\n", 2, "expected an indented block after 'for' statement on line 1"),
    ("while x:\n", 1, "expected an indented block after 'while' statement on line 1"),
    ("try:\n    pass\n", 2, "expected 'except' or 'finally' block"),
    ("x = 1e\n", 1, "invalid decimal literal"),
    ("x = 0x\n", 1, "invalid hexadecimal literal"),
    ("def g():\n    yield = 1\n", 2, "assignment to yield expression not possible"),
    ("def g():\n    yield x += 1\n", 2, "'yield expression' is an illegal expression for augmented assignment"),
    ("x = *a\n", 1, "can't use starred expression here"),
    ("*a\n", 1, "can't use starred expression here"),
    ("x += *a\n", 1, "can't use starred expression here"),
    ("def g():\n    return *a\n", 2, "can't use starred expression here"),
    ("def g():\n    x = yield = 1\n", 2, "assignment to yield expression not possible"),
    ("f(x for x in y, 1)\n", 1, "Generator expression must be parenthesized"),
    ("f(a, x for x in y)\n", 1, "Generator expression must be parenthesized"),
    ("f(x for x in y,)\n", 1, "Generator expression must be parenthesized"),
    ("x = 09\n", 1, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
];

/// Parsed by both (later passes or nobody reject them).
const ACCEPTED: &[&str] = &["a, b += 1\n"];

#[test]
fn cpython_lines_and_messages() {
    for (src, line, msg) in CPYTHON {
        let e = ours(src).expect_err(src);
        assert_eq!((e.line, e.message.as_str()), (*line, *msg), "for {src:?}");
    }
    for src in ACCEPTED {
        assert!(theirs(src).is_ok() && ours(src).is_ok(), "{src:?}");
    }
}

fn theirs(src: &str) -> Result<(), SyntaxError> {
    frontend::parse_only(&SourceFile::new("x.py", src)).map(|_| ())
}

fn ours(src: &str) -> Result<(), SyntaxError> {
    frontend::parse::parse_module(src, "x.py").map(|_| ())
}

#[test]
fn broken_snippets_match_lines() {
    let mut bad = Vec::new();
    let (mut same_msg, mut same_col, mut same_kind, mut n) = (0, 0, 0, 0);
    for src in BROKEN {
        let (a, b) = (theirs(src), ours(src));
        match (a, b) {
            (Err(a), Err(b)) => {
                n += 1;
                if a.line != b.line {
                    bad.push(format!("{src:?}: line {} vs ours {}\n  {a:?}\n  {b:?}", a.line, b.line));
                    continue;
                }
                if a.kind() == b.kind() {
                    same_kind += 1;
                } else {
                    eprintln!("kind differs for {src:?}: {} vs ours {}", a.kind(), b.kind());
                }
                if a.message == b.message {
                    same_msg += 1;
                } else {
                    eprintln!("message differs for {src:?}:\n  theirs {:?}\n  ours   {:?}", a.message, b.message);
                }
                if a.column == b.column {
                    same_col += 1;
                } else {
                    eprintln!("column differs for {src:?}: {} vs ours {} ({:?})", a.column, b.column, b.message);
                }
            }
            (a, b) => bad.push(format!("{src:?}: theirs {a:?}, ours {b:?}")),
        }
    }
    for b in &bad {
        eprintln!("{b}");
    }
    eprintln!("{n} errors: same message {same_msg}, same column {same_col}, same class {same_kind}");
    assert!(bad.is_empty(), "{} snippets differ", bad.len());
}
