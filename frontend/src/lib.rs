//! frostpy's front end: its own AST ([`ast`], `no_std`), CPython-style
//! syntax errors, and scope analysis.
//!
//! On the host (feature `rustpython`, on by default) rustpython-parser
//! parses and [`convert`] turns its tree into frostpy's. Without that
//! feature the crate is `no_std` + `alloc`, for the device.
//!
//! Code generation walks the [`ast`] directly and asks the [`ScopeMap`] how
//! each name resolves.

#![cfg_attr(not(feature = "rustpython"), no_std)]

extern crate alloc;

pub mod ast;
#[cfg(feature = "rustpython")]
pub mod convert;
mod error;
pub mod parse;
#[cfg(feature = "rustpython")]
mod rp_error;
mod scope;
mod source;

use alloc::vec::Vec;

pub use ast::{Ranged, TextRange, TextSize};
pub use error::SyntaxError;
pub use scope::{analyze_module, Scope, ScopeId, ScopeKind, ScopeMap, Symbol};
pub use source::SourceFile;

/// A parsed and scope-analysed module.
#[derive(Debug, Clone)]
pub struct Module {
    pub body: Vec<ast::Stmt>,
    pub scopes: ScopeMap,
    pub source: SourceFile,
}

impl Module {
    /// Scope-analyse a parsed module body (from any parser).
    pub fn analyze(body: Vec<ast::Stmt>, source: SourceFile) -> Result<Module, SyntaxError> {
        let scopes = analyze_module(&body, &source)?;
        Ok(Module { body, scopes, source })
    }
}

/// Parse a module without scope analysis.
#[cfg(feature = "rustpython")]
pub fn parse_only(source: &SourceFile) -> Result<Vec<ast::Stmt>, SyntaxError> {
    use rustpython_parser::{ast::Mod, Mode};
    match rustpython_parser::parse(source.text(), Mode::Module, source.name()) {
        Ok(Mod::Module(m)) => convert::convert_module(&m.body, source),
        Ok(_) => unreachable!("Mode::Module always gives a module"),
        Err(e) => Err(rp_error::from_parse_error(source, &e)),
    }
}

/// Parse and scope-analyse a module.
#[cfg(feature = "rustpython")]
pub fn parse_module(text: &str, filename: &str) -> Result<Module, SyntaxError> {
    let source = SourceFile::new(filename, text);
    let body = parse_only(&source)?;
    Module::analyze(body, source)
}
#[cfg(all(test, feature = "rustpython"))]
mod tests {
    use super::*;

    fn err(src: &str) -> SyntaxError {
        match parse_module(src, "x.py") {
            Ok(_) => panic!("expected an error for {src:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn parse_error_display_is_cpython_format() {
        let e = err("a = 1\nif a:\n    x = = 1\n");
        assert_eq!((e.line, e.column), (3, 9));
        assert_eq!(e.source_line, "    x = = 1");
        assert_eq!(e.to_string(), "  File \"x.py\", line 3\n    x = = 1\n        ^\nSyntaxError: invalid syntax");
    }

    #[test]
    fn unclosed_bracket() {
        let e = err("x = 1\nprint(x,\n  2\n");
        assert_eq!(e.message, "'(' was never closed");
        assert_eq!((e.line, e.column), (2, 6));
    }

    #[test]
    fn bracket_errors_override_invalid_syntax() {
        let e = err("x = [1, 2\ny = 3\n");
        assert_eq!((e.message.as_str(), e.line, e.column), ("'[' was never closed", 1, 5));
        let e = err("x = (1,\n2]\n");
        assert_eq!(e.message, "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
        assert_eq!((e.line, e.column), (2, 2));
        // A tokenizer error later in the file wins over a generic error.
        let e = err("x = = 1\ny = 1 € 2\n");
        assert_eq!((e.message.as_str(), e.line), ("invalid character '€' (U+20AC)", 2));
        // But a bracket left open at the end does not.
        let e = err("x = = 1\ny = (\n");
        assert_eq!((e.message.as_str(), e.line, e.column), ("invalid syntax", 1, 5));
        let e = err("x = (1,\n [2,\n");
        assert_eq!((e.message.as_str(), e.line, e.column), ("'[' was never closed", 2, 2));
    }

    #[test]
    fn unmatched_bracket() {
        let e = err("x = 1)\n");
        assert_eq!(e.message, "unmatched ')'");
        assert_eq!((e.line, e.column), (1, 6));
    }

    #[test]
    fn indentation_errors() {
        let e = err("x = 1\n    y = 2\n");
        assert_eq!(e.message, "unexpected indent");
        assert_eq!(e.line, 2);
        let e = err("if x:\ny = 2\n");
        assert_eq!(e.message, "expected an indented block after 'if' statement on line 1");
        assert_eq!(e.line, 2);
        let e = err("@d\nasync def f():\nx\n");
        assert_eq!(e.message, "expected an indented block after function definition on line 2");
        let e = err("if x:\n    y = 2\n  z = 3\n");
        assert_eq!(e.message, "unindent does not match any outer indentation level");
    }

    #[test]
    fn unterminated_strings() {
        let e = err("x = 1\ny = 'abc\n");
        assert_eq!(e.message, "unterminated string literal (detected at line 2)");
        assert_eq!((e.line, e.column), (2, 5));
        let e = err("x = 1\ny = \"\"\"abc\n\n");
        assert_eq!(e.message, "unterminated triple-quoted string literal (detected at line 3)");
        assert_eq!((e.line, e.column), (2, 5));
    }

    #[test]
    fn invalid_character() {
        let e = err("x = 1 € 2\n");
        assert_eq!(e.message, "invalid character '€' (U+20AC)");
        assert_eq!((e.line, e.column), (1, 7));
    }

    #[test]
    fn invalid_targets() {
        let cases = [
            ("f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?"),
            ("1 = x\n", "cannot assign to literal here. Maybe you meant '==' instead of '='?"),
            ("None = 1\n", "cannot assign to None"),
            ("for f() in x: pass\n", "cannot assign to function call"),
            ("a, 1 = x\n", "cannot assign to literal"),
            ("del f()\n", "cannot delete function call"),
            ("f() += 1\n", "'function call' is an illegal expression for augmented assignment"),
            ("a, b += 1\n", "'tuple' is an illegal expression for augmented assignment"),
            ("*a = x\n", "starred assignment target must be in a list or tuple"),
            ("*a, *b = x\n", "multiple starred expressions in assignment"),
            ("with x as 1: pass\n", "cannot assign to literal"),
            ("f() = x = 1\n", "cannot assign to function call"),
            ("a < b = 1\n", "cannot assign to comparison"),
            ("f() = not x\n", "cannot assign to function call"),
            ("a if b else c = 1\n", "cannot assign to conditional expression"),
            ("x + 1 = 2\n", "cannot assign to expression here. Maybe you meant '==' instead of '='?"),
            ("[x for 1 in y]\n", "cannot assign to literal"),
        ];
        for (src, msg) in cases {
            assert_eq!(err(src).message, msg, "for {src:?}");
        }
    }

    #[test]
    fn module_keeps_body_and_source() {
        let m = parse_module("x = 1\ndef f(): return x\n", "m.py").unwrap();
        assert_eq!(m.body.len(), 2);
        assert_eq!(m.source.name(), "m.py");
        let f = m.scopes.scope_of_stmt(&m.body[1]).unwrap();
        assert_eq!(m.scopes.scope_at(m.body[1].start()), Some(f));
        assert_eq!(m.scopes.get(f).name, "f");
    }
}
