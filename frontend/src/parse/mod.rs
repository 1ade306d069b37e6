//! frostpy's own parser: a hand-written `no_std` + `alloc` tokenizer and
//! recursive-descent parser for Python 3, small enough for a device to
//! compile its own source (the REPL).
//!
//! It builds the same tree, with the same byte ranges, as rustpython-parser
//! followed by the converter (`tests/parse_diff.rs` checks that on the whole
//! corpus), and reports CPython's syntax errors.
//!
//! Files: [`lexer`] (tokens, indentation, brackets), [`token`] (kinds),
//! [`strings`] (string, bytes and f-string literals), [`number`] (numeric
//! literals), [`expr`] and [`stmt`] (the grammar).
//!
//! # For a REPL
//!
//! [`parse_module`] gives a [`SyntaxError`] whose `incomplete` flag is set
//! when the text is a valid beginning of a program that ended too early:
//! inside an open bracket, inside a triple-quoted string, after a backslash
//! continuation, or right after a block opener (`if x:`) with no body yet.
//! A REPL then reads another line and parses the whole input again. A
//! compound statement that parses already (`for i in x:` + one body line)
//! may still get more lines (`else:`, more body): CPython's REPL reads until
//! an empty line after a compound statement; see [`needs_more_lines`].
//!
//! So a REPL loop is: append the line; if `needs_more_lines`, read more;
//! else parse: `Ok` runs, `Err(e)` with `e.incomplete` reads more, other
//! errors are reported and the input dropped.
//!
//! # Not supported
//!
//! `match` statements and `type` aliases (reported as "not supported yet",
//! as the converter does), `except*` (the same), type parameters (PEP 695),
//! complex literals (the AST has none: "complex numbers are not supported"),
//! `\N{...}` escapes other than the names in `strings::NAMED_CHARS` (others
//! are a SyntaxError naming the escape), and async comprehensions are parsed
//! but left to later passes. Identifiers may use any Unicode
//! letters and digits but are not NFKC-normalized.

use alloc::string::ToString;
use alloc::vec::Vec;

use crate::ast;
use crate::SyntaxError;

mod expr;
mod lexer;
mod number;
mod stmt;
mod strings;
#[cfg(test)]
mod tests;
mod token;

pub use lexer::{line_of, Error};
use lexer::{Lexer, Token};
use token::Tok;

/// Default limit on nesting: each bracket and each block counts 2, each
/// unary operator, lambda, conditional expression ... 1. Deeper input gives a
/// SyntaxError ("too many nested parentheses") instead of exhausting the
/// stack. On a Cortex-M3 (`opt-level = "s"`) one depth unit costs at most
/// about 0.6 KB of stack, plus about 1 KB for the statement: a board passes
/// `(stack_bytes - 2048) / 640` or so to [`parse_module_with`].
pub const DEFAULT_MAX_DEPTH: u32 = 200;

/// Parse a whole module.
pub fn parse_module(text: &str, filename: &str) -> Result<Vec<ast::Stmt>, SyntaxError> {
    parse_module_with(text, filename, DEFAULT_MAX_DEPTH)
}

/// Parse a whole module, with at most `max_depth` levels of nested
/// expressions (a board with a small stack passes less than the default).
pub fn parse_module_with(text: &str, filename: &str, max_depth: u32) -> Result<Vec<ast::Stmt>, SyntaxError> {
    let mut p = match Parser::new(text, max_depth) {
        Ok(p) => p,
        Err(e) => return Err(to_syntax_error(text, filename, e)),
    };
    match p.file() {
        Ok(body) => Ok(body),
        Err(e) => {
            let e = p.refine(e);
            Err(to_syntax_error(text, filename, e))
        }
    }
}

/// Parse and scope-analyse a module: what code generation takes.
pub fn parse_and_analyze(text: &str, filename: &str) -> Result<crate::Module, SyntaxError> {
    let body = parse_module(text, filename)?;
    crate::Module::analyze(body, crate::SourceFile::new(filename, text))
}

/// For a REPL: whether `text`, which parses, should still get more lines
/// before it runs. As in CPython's interactive mode, a compound statement
/// (`if`, `for`, `while`, `try`, `with`, `def`, `class`, a decorator, `async`)
/// ends only at an empty line, so that `else:` or more body lines can follow.
pub fn needs_more_lines(text: &str) -> bool {
    let first = match Lexer::new(text).next_token() {
        Ok(t) => t.tok,
        Err(_) => return false,
    };
    let compound = matches!(
        first,
        Tok::If | Tok::For | Tok::While | Tok::Try | Tok::With | Tok::Def | Tok::Class | Tok::At | Tok::Async
    );
    let last_line_empty = text.ends_with("\n\n") || text.ends_with("\r\n\r\n") || text.trim().is_empty();
    compound && !last_line_empty
}

fn to_syntax_error(text: &str, filename: &str, e: Error) -> SyntaxError {
    let at = (e.at as usize).min(text.len());
    let line = line_of(text, at as u32);
    let line_start = text[..at].rfind(['\n', '\r']).map(|i| i + 1).unwrap_or(0);
    let mut line_text = &text[line_start..];
    if let Some(end) = line_text.find(['\n', '\r']) {
        line_text = &line_text[..end];
    }
    let mut char_at = at;
    while !text.is_char_boundary(char_at) {
        char_at -= 1;
    }
    let column = e.column.unwrap_or(text[line_start..char_at].chars().count() as u32 + 1);
    let mut err = crate::source::syntax_error(filename, line, column, e.message, line_text.to_string());
    err.incomplete = e.incomplete;
    err
}

/// Parser state: the lexer, the current token and one more of lookahead.
#[derive(Clone)]
pub(crate) struct Parser<'s> {
    lx: Lexer<'s>,
    src: &'s str,
    tok: Token,
    peeked: Option<Token>,
    /// End of the last token consumed (where a node that ends there ends).
    prev_end: u32,
    depth: u32,
    max_depth: u32,
}

type PResult<T> = Result<T, Error>;

impl<'s> Parser<'s> {
    fn new(src: &'s str, max_depth: u32) -> PResult<Parser<'s>> {
        let mut lx = Lexer::new(src);
        let tok = lx.next_token()?;
        Ok(Parser { lx, src, tok, peeked: None, prev_end: 0, depth: 0, max_depth })
    }

    /// A parser for an f-string replacement field `src[start..end]`.
    fn sub(src: &'s str, start: usize, end: usize, depth: u32, max_depth: u32) -> PResult<Parser<'s>> {
        let mut lx = Lexer::sub(src, start, end);
        let tok = lx.next_token()?;
        Ok(Parser { lx, src, tok, peeked: None, prev_end: start as u32, depth, max_depth })
    }

    fn advance(&mut self) -> PResult<Token> {
        let t = self.tok;
        self.prev_end = t.end;
        self.tok = match self.peeked.take() {
            Some(p) => p,
            None => self.lx.next_token()?,
        };
        Ok(t)
    }

    fn peek(&mut self) -> PResult<Tok> {
        if self.peeked.is_none() {
            self.peeked = Some(self.lx.next_token()?);
        }
        Ok(self.peeked.unwrap().tok)
    }

    fn at(&self, tok: Tok) -> bool {
        self.tok.tok == tok
    }

    fn eat(&mut self, tok: Tok) -> PResult<bool> {
        if self.tok.tok == tok {
            self.advance()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn expect(&mut self, tok: Tok) -> PResult<Token> {
        if self.tok.tok == tok {
            self.advance()
        } else {
            Err(self.unexpected())
        }
    }

    /// `:` ending a compound statement's header: CPython says "expected ':'"
    /// when the line ends there.
    fn expect_colon(&mut self) -> PResult<()> {
        if self.at(Tok::Colon) {
            self.advance()?;
            Ok(())
        } else if self.at(Tok::Newline) {
            Err(Error::new(self.tok.start, "expected ':'"))
        } else {
            Err(self.unexpected())
        }
    }

    /// The error for an unexpected current token.
    fn unexpected(&self) -> Error {
        match self.tok.tok {
            Tok::Indent => {
                let mut e = Error::new(self.tok.end, "unexpected indent");
                e.column = Some((self.tok.end - self.tok.start).max(1));
                e
            }
            Tok::EndOfFile => {
                let mut e = Error::new(self.tok.start, "unexpected EOF while parsing");
                e.incomplete = true;
                e
            }
            _ => Error::new(self.tok.start, "invalid syntax"),
        }
    }

    /// Whether the current token was made at the end of the input (a REPL
    /// could still add lines).
    fn at_eof(&self) -> bool {
        matches!(self.tok.tok, Tok::Newline | Tok::Dedent | Tok::EndOfFile)
            && self.tok.start == self.tok.end
            && self.tok.start == self.lx.eof_offset()
    }

    /// Whether a block could still come: at the end of the input, and the
    /// input does not end with an empty line (which ends a REPL block).
    fn block_may_follow(&self) -> bool {
        let t = self.src.trim_end_matches([' ', '\t', '\x0c']);
        self.at_eof() && !(t.ends_with("\n\n") || t.ends_with("\r\n\r\n") || t.ends_with("\r\r"))
    }

    fn text(&self, t: Token) -> &'s str {
        &self.src[t.start as usize..t.end as usize]
    }

    fn range(&self, start: u32) -> ast::TextRange {
        ast::TextRange::from_offsets(start, self.prev_end)
    }

    fn ident(&mut self) -> PResult<ast::Identifier> {
        let t = self.expect(Tok::Name)?;
        Ok(self.text(t).to_string())
    }

    /// Enter one level of nesting; `leave` undoes it.
    fn enter(&mut self) -> PResult<()> {
        self.enter_by(1)
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Enter `units` levels at once (a block, which costs more stack);
    /// `leave_by(units)` undoes it.
    fn enter_by(&mut self, units: u32) -> PResult<()> {
        self.depth += units;
        if self.depth > self.max_depth {
            self.depth -= units;
            return Err(Error::new(self.tok.start, "too many nested parentheses"));
        }
        Ok(())
    }

    fn leave_by(&mut self, units: u32) {
        self.depth -= units;
    }

    /// As CPython, a generic "invalid syntax" gives way to a tokenizer error
    /// anywhere later in the file, or else to a bracket left open on an
    /// earlier line.
    fn refine(&mut self, e: Error) -> Error {
        if e.message != "invalid syntax" {
            return e;
        }
        let open = self.lx.brackets.last().copied();
        let error_line = line_of(self.src, e.at);
        // Tokenize the rest of the file.
        let mut later = None;
        let mut lx = self.lx.clone();
        for _ in 0..self.src.len() + 2 {
            match lx.next_token() {
                Ok(t) if t.tok == Tok::EndOfFile => break,
                Ok(_) => {}
                Err(err) => {
                    if !err.incomplete {
                        later = Some(err);
                    }
                    break;
                }
            }
        }
        if let Some(err) = &later {
            if err.at <= e.at {
                return err.clone();
            }
        }
        if let Some((b, at)) = open {
            if line_of(self.src, at) < error_line {
                return Error::new(at, alloc::format!("'{}' was never closed", b as char));
            }
        }
        later.unwrap_or(e)
    }
}
