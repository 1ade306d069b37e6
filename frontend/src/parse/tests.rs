//! Unit tests of the parser's REPL support and details the corpus misses.
//! (Trees are compared with rustpython's in `tests/parse_diff.rs`.)

use super::*;
use crate::ast::{Constant, Expr, Stmt};

fn err(src: &str) -> SyntaxError {
    parse_module(src, "x.py").expect_err(src)
}

fn expr(src: &str) -> Expr {
    match parse_module(src, "x.py").unwrap().pop() {
        Some(Stmt::Expr(e)) => *e.value,
        other => panic!("{other:?}"),
    }
}

#[test]
fn incomplete_input_is_flagged() {
    for src in [
        "x = (",
        "x = [1,\n 2,\n",
        "f(a,\n",
        "if x:\n",
        "if x:\n    if y:\n",
        "def f():\n",
        "class C:\n",
        "for x in y:  # comment\n",
        "s = '''abc\n",
        "s = f\"\"\"abc\n{x}\n",
        "x = 1 + \\\n",
        "try:\n    pass\n",
        "@d\n",
        "while x:\n    pass\nelse:\n",
    ] {
        let e = err(src);
        assert!(e.incomplete, "{src:?} should be incomplete: {e:?}");
    }
    for src in [
        "x = = 1\n",
        "x = (1,\n]\n",
        "x = 1)\n",
        "if x\n",
        "s = 'abc\n",
        "x = [1,\n 2 3\n",
        "try:\n    pass\nx = 1\n",
        "    x = 1\n",
        "x = 1 +\n",
        "def f(:\n",
        "if x:\n\n",
        "try:\n    pass\n\n",
    ] {
        let e = err(src);
        assert!(!e.incomplete, "{src:?} is an error, not incomplete: {e:?}");
    }
}

#[test]
fn repl_block_needs_more_lines() {
    assert!(needs_more_lines("if x:\n    pass\n"));
    assert!(needs_more_lines("for i in range(3):\n    print(i)\n"));
    assert!(needs_more_lines("@d\ndef f(): pass\n"));
    assert!(needs_more_lines("class C: pass\n"));
    assert!(needs_more_lines("  \n# c\nif x: pass\n"));
    assert!(!needs_more_lines("if x:\n    pass\n\n"));
    assert!(!needs_more_lines("x = 1\n"));
    assert!(!needs_more_lines("x = {1: 2}\n"));
    assert!(!needs_more_lines("print('a:')\n"));
}

#[test]
fn literals() {
    let c = |src: &str| match expr(src) {
        Expr::Constant(c) => c.value,
        other => panic!("{other:?}"),
    };
    assert_eq!(c("0x_ff\n"), Constant::Int(crate::ast::Int::Small(255)));
    assert_eq!(c("0o17\n"), Constant::Int(crate::ast::Int::Small(15)));
    assert_eq!(c("0b1_01\n"), Constant::Int(crate::ast::Int::Small(5)));
    assert_eq!(c("1_000.5e1_0\n"), Constant::Float(1000.5e10));
    assert_eq!(c(".5\n"), Constant::Float(0.5));
    assert_eq!(c("1.\n"), Constant::Float(1.0));
    let big = c("123456789012345678901234567890\n");
    assert_eq!(big, Constant::Int(crate::ast::Int::from_str_radix("123456789012345678901234567890", 10).unwrap()));
    assert_eq!(c("'a' \"b\" '''c'''\n"), Constant::Str("abc".into()));
    assert_eq!(c("r'\\n' R\"\\t\"\n"), Constant::Str("\\n\\t".into()));
    assert_eq!(c("'\\x41\\u00e9\\U0001F600\\101\\0'\n"), Constant::Str("Aé😀A\0".into()));
    assert_eq!(c("'\\N{EM DASH}\\N{degree sign}'\n"), Constant::Str("—°".into()));
    assert_eq!(c("'a\\\nb'\n"), Constant::Str("ab".into()));
    assert_eq!(c("'\\q'\n"), Constant::Str("\\q".into()));
    assert_eq!(c("b'\\xff\\n' rb'\\n' Br'x'\n"), Constant::Bytes(b"\xff\n\\nx".to_vec()));
    assert_eq!(c("u'x'\n"), Constant::Str("x".into()));
    assert_eq!(err("x = 1j\n").message, "complex numbers are not supported");
    assert!(err("'\\N{NO SUCH NAME}'\n").message.contains("NO SUCH NAME"));
}

#[test]
fn fstrings() {
    let Expr::JoinedStr(j) = expr("f'a{x!r:>{w}}b{y=}' 'c'\n") else { panic!() };
    assert_eq!(j.values.len(), 5);
    let Expr::FormattedValue(f) = &j.values[1] else { panic!() };
    assert_eq!(f.conversion, crate::ast::ConversionFlag::Repr);
    assert!(f.format_spec.is_some());
    let Expr::Constant(c) = &j.values[2] else { panic!() };
    assert_eq!(c.value, Constant::Str("by=".into()));
    assert_eq!(err("f'{x!z}'\n").message, "f-string: invalid conversion character");
    assert_eq!(err("f'}'\n").message, "f-string: single '}' is not allowed");
    assert_eq!(err("f'{}'\n").message, "f-string: empty expression not allowed");
}

#[test]
fn tabs_and_continuations() {
    assert!(parse_module("if x:\n\tpass\n\tpass\n", "x.py").is_ok());
    assert!(parse_module("if x:\n        pass\n\tpass\n", "x.py").is_err());
    assert!(parse_module("x = 1 + \\\n  2\n", "x.py").is_ok());
    assert!(parse_module("x = [1,\n# c\n\n 2]\n", "x.py").is_ok());
    assert!(parse_module("x = 1\r\nif x:\r\n    y = 2\r\n", "x.py").is_ok());
    assert!(parse_module("\u{feff}x = 1\n", "x.py").is_ok());
    assert!(parse_module("x = 1", "x.py").is_ok());
    assert!(parse_module("if x:\n    pass", "x.py").is_ok());
    assert!(parse_module("", "x.py").unwrap().is_empty());
    assert!(parse_module("# only\n\n", "x.py").unwrap().is_empty());
    assert_eq!(err("if x:\n\tpass\n        pass\n").message, "inconsistent use of tabs and spaces in indentation");
}

#[test]
fn error_display_has_caret() {
    let e = err("x = 1\nif x > 2\n    y\n");
    assert_eq!(e.to_string(), "  File \"x.py\", line 2\n    if x > 2\n            ^\nSyntaxError: expected ':'");
    let e = err("x = 1\n  y = 2\n");
    assert_eq!((e.kind(), e.line, e.column), ("IndentationError", 2, 2));
}
