//! Unit tests of the parser's REPL support and details the corpus misses.
//! (Trees are compared with rustpython's in `tests/parse_diff.rs`.)

use super::*;
use crate::ast::{Constant, Expr, Stmt};
use alloc::string::String;
use alloc::vec::Vec;

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
    // As CPython: a keyword may follow a number directly.
    assert!(parse_module("x = [1 if n == 0else 2]\ny = 1if x else 2\nz = 0x1f or 1\n", "x.py").is_ok());
    assert_eq!(err("x = 1e\n").message, "invalid decimal literal");
    assert_eq!(err("x = 3async\n").message, "invalid decimal literal");
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
    assert_eq!(err("f'{x#}'\n").message, "f-string expression part cannot include '#'");
    assert!(parse_module("f'{\"#\"}'\n", "x.py").is_ok());
    assert_eq!(err("f'{\"\\n\"}'\n").message, "f-string expression part cannot include a backslash");
    assert_eq!(err("f'{a\\b}'\n").message, "f-string expression part cannot include a backslash");
    assert_eq!(err("for x in *a: pass\n").message, "can't use starred expression here");
    assert_eq!(err("f'{}'\n").message, "f-string: empty expression not allowed");
    // Escapes in a format spec are decoded, as CPython (rustpython keeps them).
    let Expr::JoinedStr(j) = expr("f'{x:\\x3e5}'\n") else { panic!() };
    let Expr::FormattedValue(f) = &j.values[0] else { panic!() };
    let Some(Expr::JoinedStr(spec)) = f.format_spec.as_deref() else { panic!() };
    assert!(matches!(&spec.values[0], Expr::Constant(c) if c.value == Constant::Str(">5".into())));
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

/// The REPL protocol of the module docs, line by line: what each input
/// line leads to ("more" = read another line, "run", or "error").
fn repl(lines: &[&str]) -> Vec<&'static str> {
    let mut text = String::new();
    let mut out = Vec::new();
    for line in lines {
        text.push_str(line);
        text.push('\n');
        if needs_more_lines(&text) {
            out.push("more");
            continue;
        }
        match parse_and_analyze(&text, "<stdin>") {
            Ok(_) => {
                out.push("run");
                text.clear();
            }
            Err(e) if e.incomplete => out.push("more"),
            Err(_) => {
                out.push("error");
                text.clear();
            }
        }
    }
    out
}

#[test]
fn repl_protocol() {
    assert_eq!(repl(&["x = 1", "x"]), ["run", "run"]);
    assert_eq!(repl(&["x = (", "1,", "2)"]), ["more", "more", "run"]);
    assert_eq!(repl(&["if x:", "    y = 1", ""]), ["more", "more", "run"]);
    assert_eq!(
        repl(&["for i in range(3):", "    print(i)", "else:", "    pass", ""]),
        ["more", "more", "more", "more", "run"]
    );
    assert_eq!(repl(&["s = '''a", "b'''"]), ["more", "run"]);
    assert_eq!(repl(&["x = 1 +", "y = 2"]), ["error", "run"]);
    assert_eq!(repl(&["def f():", ""]), ["more", "error"]);
    assert_eq!(repl(&["try:", "    pass", "", "x"]), ["more", "more", "error", "run"]);
    assert_eq!(repl(&["@d", "def f(): pass", ""]), ["more", "more", "run"]);
    assert_eq!(repl(&["x = [1,", "", "2]"]), ["more", "more", "run"]);
    assert_eq!(repl(&["return 1"]), ["error"]);
    assert_eq!(repl(&["print('a' \\", "'b')"]), ["more", "run"]);
}

#[test]
fn unsupported_statements_say_so() {
    assert_eq!(err("match x:\n    case 1:\n        pass\n").message, "the 'match' statement is not supported yet");
    assert_eq!(err("type X = int\n").message, "the 'type' statement is not supported yet");
    assert_eq!(err("try:\n    pass\nexcept* E:\n    pass\n").message, "'except*' is not supported yet");
    assert!(parse_module("match = 1\nmatch(x)\ntype(x)\n", "x.py").is_ok());
}

#[test]
fn universal_newlines_in_strings() {
    let c = |src: &str| match expr(src) {
        Expr::Constant(c) => c.value,
        other => panic!("{other:?}"),
    };
    assert_eq!(c("'''a\r\nb\rc'''\n"), Constant::Str("a\nb\nc".into()));
    assert_eq!(c("r'''a\r\nb'''\n"), Constant::Str("a\nb".into()));
    assert_eq!(c("b'''a\r\nb'''\n"), Constant::Bytes(b"a\nb".to_vec()));
}
