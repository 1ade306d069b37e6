//! String, bytes and f-string literals: prefixes, escapes, implicit
//! concatenation of adjacent literals, and f-string replacement fields
//! (conversion `!r`/`!s`/`!a`, format specs with nested fields, and the
//! self-documenting `{x=}`).
//!
//! Ranges follow rustpython: a plain or concatenated literal spans all its
//! tokens; inside a concatenated f-string, the merged constant parts span
//! the whole literal, each `FormattedValue` spans its own token, and a
//! format spec's `JoinedStr` and parts span their token too.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::lexer::{Error, Token};
use super::{PResult, Parser};
use crate::ast::{self, ConversionFlag, Expr, TextRange};

/// `\N{...}` names understood (no Unicode name table fits a device). Others
/// are a SyntaxError naming the escape.
pub const NAMED_CHARS: &[(&str, char)] = &[
    ("BULLET", '\u{2022}'),
    ("DEGREE SIGN", '\u{b0}'),
    ("EM DASH", '\u{2014}'),
    ("EN DASH", '\u{2013}'),
    ("EURO SIGN", '\u{20ac}'),
    ("GREEK SMALL LETTER ALPHA", '\u{3b1}'),
    ("GREEK SMALL LETTER MU", '\u{3bc}'),
    ("GREEK SMALL LETTER PI", '\u{3c0}'),
    ("HORIZONTAL ELLIPSIS", '\u{2026}'),
    ("LATIN SMALL LETTER E WITH ACUTE", '\u{e9}'),
    ("MICRO SIGN", '\u{b5}'),
    ("NO-BREAK SPACE", '\u{a0}'),
    ("NULL", '\0'),
    ("OHM SIGN", '\u{2126}'),
    ("PLUS-MINUS SIGN", '\u{b1}'),
    ("POUND SIGN", '\u{a3}'),
    ("SPACE", ' '),
];

#[derive(Clone, Copy)]
struct Kind {
    raw: bool,
    bytes: bool,
    fstring: bool,
}

/// One literal token split into prefix kind and body.
struct Lit<'s> {
    kind: Kind,
    body: &'s str,
    /// Offset of `body` in the source.
    body_at: u32,
    range: TextRange,
}

fn split(src: &str, t: Token) -> Lit<'_> {
    let text = &src[t.start as usize..t.end as usize];
    let q = text.find(['\'', '"']).unwrap_or(0);
    let prefix = text[..q].to_ascii_lowercase();
    let kind = Kind { raw: prefix.contains('r'), bytes: prefix.contains('b'), fstring: prefix.contains('f') };
    let qc = text.as_bytes()[q];
    let triple = text.len() >= q + 6 && text.as_bytes()[q + 1] == qc && text.as_bytes()[q + 2] == qc;
    let n = if triple { 3 } else { 1 };
    let body = &text[q + n..text.len() - n];
    Lit { kind, body, body_at: t.start + (q + n) as u32, range: TextRange::new(t.start.into(), t.end.into()) }
}

fn constant(value: ast::Constant, range: TextRange) -> Expr {
    Expr::Constant(ast::ExprConstant { value, range })
}

/// Adjacent string tokens `toks` (at least one) as one expression.
#[inline(never)]
pub(super) fn parse_strings(p: &mut Parser<'_>, toks: &[Token]) -> PResult<Expr> {
    let src = p.src;
    let lits: Vec<Lit<'_>> = toks.iter().map(|&t| split(src, t)).collect();
    let whole = TextRange::new(toks[0].start.into(), toks[toks.len() - 1].end.into());
    let nbytes = lits.iter().filter(|l| l.kind.bytes).count();
    if nbytes > 0 && nbytes < lits.len() {
        return Err(Error::new(toks[0].start, "cannot mix bytes and nonbytes literals"));
    }
    if nbytes > 0 {
        let mut content = Vec::new();
        for l in &lits {
            let mut c = Cursor::new(l);
            while let Some(ch) = c.next() {
                if ch == '\\' && !l.kind.raw {
                    c.escape(&mut |ch| content.push(ch as u8), true)?;
                } else if !ch.is_ascii() {
                    return Err(Error::new(c.pos(), "bytes can only contain ASCII literal characters"));
                } else {
                    content.push(c.newline(ch) as u8);
                }
            }
        }
        return Ok(constant(ast::Constant::Bytes(content), whole));
    }
    if !lits.iter().any(|l| l.kind.fstring) {
        let mut content = String::new();
        for l in &lits {
            plain(l, &mut content)?;
        }
        return Ok(constant(ast::Constant::Str(content), whole));
    }
    // Merge adjacent constant parts into one spanning the whole literal.
    let mut values = Vec::new();
    let mut current = String::new();
    let mut have_current = false;
    for l in &lits {
        let parts = if l.kind.fstring {
            let mut c = Cursor::new(l);
            fstring(p, &mut c, 0)?
        } else {
            let mut content = String::new();
            plain(l, &mut content)?;
            Vec::from([constant(ast::Constant::Str(content), l.range)])
        };
        for part in parts {
            match part {
                Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(text), .. }) => {
                    current.push_str(&text);
                    have_current = true;
                }
                other => {
                    if have_current {
                        values.push(constant(ast::Constant::Str(core::mem::take(&mut current)), whole));
                        have_current = false;
                    }
                    values.push(other);
                }
            }
        }
    }
    if have_current {
        values.push(constant(ast::Constant::Str(current), whole));
    }
    Ok(Expr::JoinedStr(ast::ExprJoinedStr { values, range: whole }))
}

/// A plain string literal's value, appended to `out`.
fn plain(l: &Lit<'_>, out: &mut String) -> PResult<()> {
    if !l.body.contains('\r') && (l.kind.raw || !l.body.contains('\\')) {
        out.push_str(l.body);
        return Ok(());
    }
    let mut c = Cursor::new(l);
    while let Some(ch) = c.next() {
        if ch == '\\' && !l.kind.raw {
            c.escape(&mut |ch| out.push(ch), false)?;
        } else {
            out.push(c.newline(ch));
        }
    }
    Ok(())
}

/// A position in a literal's body.
struct Cursor<'a> {
    body: &'a str,
    i: usize,
    at: u32,
    kind: Kind,
    range: TextRange,
}

impl<'a> Cursor<'a> {
    fn new(l: &Lit<'a>) -> Cursor<'a> {
        Cursor { body: l.body, i: 0, at: l.body_at, kind: l.kind, range: l.range }
    }
    fn peek(&self) -> Option<char> {
        self.body[self.i..].chars().next()
    }
    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.i += c.len_utf8();
        Some(c)
    }
    fn pos(&self) -> u32 {
        self.at + self.i as u32
    }

    /// A line break in the source is `\n` in the value, whatever it was
    /// (`\r\n`, `\r`): CPython reads source with universal newlines.
    fn newline(&mut self, ch: char) -> char {
        if ch != '\r' {
            return ch;
        }
        if self.peek() == Some('\n') {
            self.next();
        }
        '\n'
    }

    /// After a backslash: the escape's value, given to `push`. Unknown
    /// escapes stay as written (CPython warns).
    fn escape(&mut self, push: &mut dyn FnMut(char), bytes: bool) -> PResult<()> {
        let start = self.i - 1;
        let Some(c) = self.next() else {
            return Err(Error::new(self.pos(), "unterminated string literal"));
        };
        let v = match c {
            '\\' => '\\',
            '\'' => '\'',
            '"' => '"',
            'a' => '\x07',
            'b' => '\x08',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            '\n' => return Ok(()),
            '\r' => {
                if self.peek() == Some('\n') {
                    self.next();
                }
                return Ok(());
            }
            '0'..='7' => {
                let mut v = c as u32 - '0' as u32;
                for _ in 0..2 {
                    match self.peek() {
                        Some(d @ '0'..='7') => {
                            self.next();
                            v = v * 8 + (d as u32 - '0' as u32);
                        }
                        _ => break,
                    }
                }
                char::from_u32(v).unwrap_or('\0')
            }
            'x' => self.hex(2, start, "\\xXX", bytes)?,
            'u' if !bytes => self.hex(4, start, "\\uXXXX", bytes)?,
            'U' if !bytes => self.hex(8, start, "\\UXXXXXXXX", bytes)?,
            'N' if !bytes => self.named(start)?,
            c => {
                if bytes && !c.is_ascii() {
                    return Err(Error::new(self.pos(), "bytes can only contain ASCII literal characters"));
                }
                push('\\');
                c
            }
        };
        push(v);
        Ok(())
    }

    fn unicode_error(&self, start: usize, what: &str, bytes: bool) -> Error {
        let codec = if bytes { "" } else { "(unicode error) 'unicodeescape' codec can't decode bytes in " };
        let msg = if bytes {
            format!("(value error) invalid {what} escape at position {start}")
        } else {
            format!("{codec}position {}-{}: {what}", start, self.i.saturating_sub(1).max(start))
        };
        Error::new(self.range.start().into(), msg)
    }

    fn hex(&mut self, n: usize, start: usize, what: &str, bytes: bool) -> PResult<char> {
        let mut v: u32 = 0;
        for _ in 0..n {
            match self.peek().and_then(|c| c.to_digit(16)) {
                Some(d) => {
                    self.next();
                    v = v * 16 + d;
                }
                None => {
                    let what = format!("truncated {what} escape");
                    return Err(self.unicode_error(start, if bytes { "\\x" } else { &what }, bytes));
                }
            }
        }
        match v {
            0xD800..=0xDFFF => Ok('\u{fffd}'),
            _ => char::from_u32(v).ok_or_else(|| self.unicode_error(start, "illegal Unicode character", false)),
        }
    }

    fn named(&mut self, start: usize) -> PResult<char> {
        if self.peek() != Some('{') {
            return Err(self.unicode_error(start, "malformed \\N character escape", false));
        }
        self.next();
        let name_start = self.i;
        while let Some(c) = self.next() {
            if c == '}' {
                let name = self.body[name_start..self.i - 1].to_ascii_uppercase();
                return match NAMED_CHARS.iter().find(|(n, _)| *n == name) {
                    Some(&(_, c)) => Ok(c),
                    None => Err(Error::new(
                        self.range.start().into(),
                        format!("(unicode error) \\N{{{name}}} is not a character name frostpy knows"),
                    )),
                };
            }
        }
        Err(self.unicode_error(start, "malformed \\N character escape", false))
    }
}

fn fstring_error(at: u32, msg: &str) -> Error {
    Error::new(at, format!("f-string: {msg}"))
}

/// The parts of an f-string body (or of a format spec when `nested > 0`):
/// constants and formatted values, all spanning the token.
fn fstring(p: &mut Parser<'_>, c: &mut Cursor<'_>, nested: u8) -> PResult<Vec<Expr>> {
    if nested >= 2 {
        return Err(fstring_error(c.pos(), "expressions nested too deeply"));
    }
    let mut content = String::new();
    let mut values = Vec::new();
    while let Some(ch) = c.peek() {
        match ch {
            '{' => {
                c.next();
                if nested == 0 {
                    match c.peek() {
                        Some('{') => {
                            c.next();
                            content.push('{');
                            continue;
                        }
                        None => return Err(fstring_error(c.pos(), "expecting '}'")),
                        _ => {}
                    }
                }
                if !content.is_empty() {
                    values.push(constant(ast::Constant::Str(core::mem::take(&mut content)), c.range));
                }
                formatted_value(p, c, nested, &mut values)?;
            }
            '}' => {
                if nested > 0 {
                    break;
                }
                c.next();
                if c.peek() == Some('}') {
                    c.next();
                    content.push('}');
                } else {
                    return Err(fstring_error(c.pos(), "single '}' is not allowed"));
                }
            }
            '\\' if !c.kind.raw => {
                c.next();
                if let Some('{' | '}') = c.peek() {
                    content.push('\\');
                } else {
                    c.escape(&mut |ch| content.push(ch), false)?;
                }
            }
            _ => {
                content.push(ch);
                c.next();
            }
        }
    }
    if !content.is_empty() {
        values.push(constant(ast::Constant::Str(content), c.range));
    }
    Ok(values)
}

/// After `{`: one replacement field up to and including its `}`.
fn formatted_value(p: &mut Parser<'_>, c: &mut Cursor<'_>, nested: u8, out: &mut Vec<Expr>) -> PResult<()> {
    let location = c.pos();
    let mut expr_end = None;
    let mut spec = None;
    let mut delimiters: Vec<char> = Vec::new();
    let mut conversion = ConversionFlag::None;
    let mut self_documenting = false;
    let mut trailing = String::new();
    while let Some(ch) = c.next() {
        // After `{expr=` only spaces, a conversion, a spec or `}` may come
        // (rustpython would splice more text into the expression).
        if self_documenting && !matches!(ch, ' ' | '!' | ':' | '}') {
            return Err(fstring_error(c.pos(), "expecting '}'"));
        }
        match ch {
            '!' | '=' | '>' | '<' if c.peek() == Some('=') => {
                c.next();
            }
            '!' if delimiters.is_empty() => {
                expr_end.get_or_insert(c.pos() - 1);
                if is_blank(p, location, expr_end) {
                    return Err(fstring_error(c.pos(), "empty expression not allowed"));
                }
                conversion = match c.next() {
                    Some('s') => ConversionFlag::Str,
                    Some('a') => ConversionFlag::Ascii,
                    Some('r') => ConversionFlag::Repr,
                    Some(_) => return Err(fstring_error(c.pos(), "invalid conversion character")),
                    None => return Err(fstring_error(c.pos(), "expecting '}'")),
                };
                if !matches!(c.peek(), Some('}' | ':')) {
                    return Err(fstring_error(c.pos(), "expecting '}'"));
                }
            }
            '=' if delimiters.is_empty() => {
                expr_end.get_or_insert(c.pos() - 1);
                self_documenting = true;
            }
            ':' if delimiters.is_empty() => {
                expr_end.get_or_insert(c.pos() - 1);
                let values = fstring(p, c, nested + 1)?;
                spec = Some(Box::new(Expr::JoinedStr(ast::ExprJoinedStr { values, range: c.range })));
            }
            '(' | '{' | '[' => delimiters.push(ch),
            ')' | ']' => {
                let open = if ch == ')' { '(' } else { '[' };
                match delimiters.pop() {
                    Some(d) if d == open => {}
                    Some(d) => {
                        return Err(fstring_error(
                            c.pos(),
                            &format!("closing parenthesis '{ch}' does not match opening parenthesis '{d}'"),
                        ))
                    }
                    None => return Err(fstring_error(c.pos(), &format!("unmatched '{ch}'"))),
                }
            }
            '}' if !delimiters.is_empty() => match delimiters.pop() {
                Some('{') => {}
                Some(d) => {
                    return Err(fstring_error(
                        c.pos(),
                        &format!("closing parenthesis '}}' does not match opening parenthesis '{d}'"),
                    ))
                }
                None => {}
            },
            '}' => {
                let end = *expr_end.get_or_insert(c.pos() - 1);
                if is_blank(p, location, Some(end)) {
                    return Err(fstring_error(c.pos(), "empty expression not allowed"));
                }
                let value = field_expr(p, location, end)?;
                if self_documenting {
                    let text = &p.src[location as usize..end as usize];
                    out.push(constant(ast::Constant::Str(format!("{text}=")), c.range));
                    out.push(constant(ast::Constant::Str(trailing), c.range));
                    if conversion == ConversionFlag::None && spec.is_none() {
                        conversion = ConversionFlag::Repr;
                    }
                }
                out.push(Expr::FormattedValue(ast::ExprFormattedValue {
                    value: Box::new(value),
                    conversion,
                    format_spec: spec,
                    range: c.range,
                }));
                return Ok(());
            }
            '"' | '\'' => loop {
                match c.next() {
                    None => return Err(fstring_error(c.pos(), "unterminated string")),
                    Some(q) if q == ch => break,
                    Some('\\') => return Err(no_backslash(c.pos() - 1)),
                    Some(_) => {}
                }
            },
            ' ' if self_documenting => trailing.push(' '),
            '#' => return Err(Error::new(c.pos() - 1, "f-string expression part cannot include '#'")),
            '\\' => return Err(no_backslash(c.pos() - 1)),
            _ => {
                if self_documenting {
                    return Err(fstring_error(c.pos(), "expecting '}'"));
                }
            }
        }
    }
    Err(fstring_error(c.pos(), "expecting '}'"))
}

fn no_backslash(at: u32) -> Error {
    Error::new(at, "f-string expression part cannot include a backslash")
}

fn is_blank(p: &Parser<'_>, start: u32, end: Option<u32>) -> bool {
    let end = end.unwrap_or(start);
    p.src[start as usize..end as usize].trim().is_empty()
}

/// Parse the expression `src[start..end]` of a replacement field, as
/// rustpython does: as if in parentheses, so a bare tuple spans from the
/// `{` to one past its end.
fn field_expr(p: &mut Parser<'_>, start: u32, end: u32) -> PResult<Expr> {
    let mut sub = Parser::sub(p.src, start as usize, end as usize, p.depth, p.max_depth)?;
    sub.enter()?;
    let g = sub.paren_contents()?;
    if !sub.at(super::Tok::EndOfFile) {
        return Err(fstring_error(sub.tok.start, "invalid syntax"));
    }
    if matches!(g, super::expr::Group::Empty) {
        return Err(fstring_error(start, "empty expression not allowed"));
    }
    sub.prev_end = end + 1;
    Ok(sub.group_expr(g, start - 1).unwrap())
}
