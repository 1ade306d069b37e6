//! The tokenizer: source text to tokens, pulled one at a time by the parser.
//!
//! Follows CPython's tokenizer: INDENT/DEDENT from a stack of indentation
//! columns (tabs to the next multiple of 8, with the "tabs as one column"
//! consistency check that gives `TabError`), implicit line joining inside
//! brackets, backslash continuation, comments, blank lines. Tokens carry only
//! their kind and byte range: the parser reads names, numbers and strings
//! from the source slice (see `strings.rs` and `number.rs`).
//!
//! Errors are [`Error`]s: a byte offset, CPython's message, and whether the
//! input merely ended too early (see [`Error::incomplete`]).

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::token::{keyword, Tok};

/// A token: kind and byte range in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub tok: Tok,
    pub start: u32,
    pub end: u32,
}

/// A syntax error found while tokenizing or parsing, before it is given a
/// file name and line (see `mod.rs`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// Byte offset the error points at.
    pub at: u32,
    pub message: String,
    /// The input ended inside an open bracket, a triple-quoted string, after
    /// a backslash continuation or before a block's body: more input could
    /// make it valid (a REPL reads another line).
    pub incomplete: bool,
    /// For IndentationError "unexpected indent": the caret column CPython
    /// shows (the width of the indentation).
    pub column: Option<u32>,
}

impl Error {
    pub fn new(at: u32, message: impl Into<String>) -> Error {
        Error { at, message: message.into(), incomplete: false, column: None }
    }
    fn incomplete(at: u32, message: impl Into<String>) -> Error {
        Error { at, message: message.into(), incomplete: true, column: None }
    }
}

/// Deepest bracket nesting (CPython's MAXLEVEL is 200).
pub const MAX_BRACKETS: usize = 200;
/// Deepest indentation (CPython's MAXINDENT is 100).
const MAX_INDENT: usize = 100;

#[derive(Clone)]
pub struct Lexer<'s> {
    src: &'s str,
    bytes: &'s [u8],
    pos: usize,
    /// End of the text to tokenize (a sub-lexer for an f-string expression
    /// stops before the end of the source).
    limit: usize,
    /// Open brackets: the bracket byte and its offset.
    pub(super) brackets: Vec<(u8, u32)>,
    /// Indentation columns (tabs to multiples of 8) and the same with tabs
    /// counted as 1, for the consistency check.
    indents: Vec<(u32, u32)>,
    pending_dedents: u32,
    at_line_start: bool,
    /// Whether the current logical line has produced a token (so a NEWLINE
    /// is due at its end).
    line_has_tokens: bool,
    done: bool,
    /// Sub-lexers for f-string expressions start inside brackets and never
    /// emit NEWLINE/INDENT.
    nested: bool,
}

fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && (c.is_alphanumeric() || is_combining(c)))
}

/// Unicode combining marks (Mn/Mc ranges that matter for identifiers).
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

impl<'s> Lexer<'s> {
    pub fn new(src: &'s str) -> Lexer<'s> {
        let mut l = Lexer::sub(src, 0, src.len());
        l.nested = false;
        l.brackets.clear();
        l.at_line_start = true;
        // A byte order mark is ignored.
        if src.starts_with('\u{feff}') {
            l.pos = 3;
        }
        l
    }

    /// A lexer for `src[start..end]` as if inside brackets (an f-string
    /// replacement field); offsets stay those of `src`.
    pub fn sub(src: &'s str, start: usize, end: usize) -> Lexer<'s> {
        Lexer {
            src,
            bytes: src.as_bytes(),
            pos: start,
            limit: end,
            brackets: Vec::from([(b'(', start as u32)]),
            indents: Vec::from([(0, 0)]),
            pending_dedents: 0,
            at_line_start: false,
            line_has_tokens: false,
            done: false,
            nested: true,
        }
    }

    fn peek_byte(&self, ahead: usize) -> u8 {
        let i = self.pos + ahead;
        if i < self.limit {
            self.bytes[i]
        } else {
            0
        }
    }

    fn at_end(&self) -> bool {
        self.pos >= self.limit
    }

    fn tok(&mut self, tok: Tok, start: usize) -> Result<Token, Error> {
        self.line_has_tokens = true;
        Ok(Token { tok, start: start as u32, end: self.pos as u32 })
    }

    /// The next token. After `EndOfFile` every call gives `EndOfFile` again.
    pub fn next_token(&mut self) -> Result<Token, Error> {
        if self.pending_dedents > 0 {
            self.pending_dedents -= 1;
            return Ok(Token { tok: Tok::Dedent, start: self.pos as u32, end: self.pos as u32 });
        }
        if self.at_line_start && self.brackets.is_empty() {
            if let Some(t) = self.indentation()? {
                return Ok(t);
            }
        }
        loop {
            self.skip_blanks()?;
            if self.at_end() {
                return self.end_of_input();
            }
            let start = self.pos;
            let c = self.bytes[start];
            match c {
                b'\n' | b'\r' => {
                    self.pos += if c == b'\r' && self.peek_byte(1) == b'\n' { 2 } else { 1 };
                    if self.brackets.is_empty() && self.line_has_tokens {
                        self.line_has_tokens = false;
                        self.at_line_start = true;
                        return Ok(Token { tok: Tok::Newline, start: start as u32, end: self.pos as u32 });
                    }
                    if self.brackets.is_empty() {
                        // A blank line: measure the next one.
                        self.at_line_start = true;
                        if let Some(t) = self.indentation()? {
                            return Ok(t);
                        }
                    }
                    continue;
                }
                _ => return self.token(start, c),
            }
        }
    }

    /// Skip spaces, tabs, form feeds, comments and backslash continuations.
    fn skip_blanks(&mut self) -> Result<(), Error> {
        while !self.at_end() {
            match self.bytes[self.pos] {
                b' ' | b'\t' | b'\x0c' => self.pos += 1,
                b'#' => {
                    while !self.at_end() && !matches!(self.bytes[self.pos], b'\n' | b'\r') {
                        self.pos += 1;
                    }
                }
                b'\\' => {
                    let at = self.pos;
                    match self.peek_byte(1) {
                        b'\n' => self.pos += 2,
                        b'\r' => self.pos += if self.peek_byte(2) == b'\n' { 3 } else { 2 },
                        0 if self.pos + 1 >= self.limit => {
                            return Err(Error::incomplete(at as u32 + 1, "unexpected EOF while parsing"));
                        }
                        _ => {
                            return Err(Error::new(
                                at as u32 + 1,
                                "unexpected character after line continuation character",
                            ))
                        }
                    }
                    if self.at_end() && !self.nested {
                        return Err(Error::incomplete(self.pos as u32, "unexpected EOF while parsing"));
                    }
                }
                _ => break,
            }
        }
        Ok(())
    }

    /// At the start of a logical line: skip blank and comment-only lines, then
    /// compare the indentation with the stack (INDENT, DEDENTs or nothing).
    fn indentation(&mut self) -> Result<Option<Token>, Error> {
        loop {
            let line_start = self.pos;
            let (mut col, mut alt) = (0u32, 0u32);
            while !self.at_end() {
                match self.bytes[self.pos] {
                    b' ' => {
                        col += 1;
                        alt += 1;
                    }
                    b'\t' => {
                        col = (col / 8 + 1) * 8;
                        alt += 1;
                    }
                    b'\x0c' => {
                        col = 0;
                        alt = 0;
                    }
                    _ => break,
                }
                self.pos += 1;
            }
            match self.peek_byte(0) {
                b'#' | b'\n' | b'\r' => {
                    // Blank or comment-only line: no tokens, no indentation.
                    while !self.at_end() && !matches!(self.bytes[self.pos], b'\n' | b'\r') {
                        self.pos += 1;
                    }
                    if self.at_end() {
                        self.at_line_start = false;
                        return Ok(None);
                    }
                    self.pos += if self.bytes[self.pos] == b'\r' && self.peek_byte(1) == b'\n' { 2 } else { 1 };
                    continue;
                }
                0 if self.at_end() => {
                    self.at_line_start = false;
                    return Ok(None);
                }
                _ => {}
            }
            self.at_line_start = false;
            let (top, top_alt) = *self.indents.last().unwrap();
            let here = self.pos as u32;
            if col == top {
                if alt != top_alt {
                    return Err(self.tab_error(line_start));
                }
                return Ok(None);
            }
            if col > top {
                if alt <= top_alt {
                    return Err(self.tab_error(line_start));
                }
                if self.indents.len() >= MAX_INDENT {
                    return Err(Error::new(here, "too many levels of indentation"));
                }
                self.indents.push((col, alt));
                return Ok(Some(Token { tok: Tok::Indent, start: line_start as u32, end: here }));
            }
            let mut dedents = 0;
            while self.indents.len() > 1 && col < self.indents.last().unwrap().0 {
                self.indents.pop();
                dedents += 1;
            }
            let (top, top_alt) = *self.indents.last().unwrap();
            if col != top {
                let mut e = Error::new(here, "unindent does not match any outer indentation level");
                e.column = Some(self.line_end_column(line_start));
                return Err(e);
            }
            if alt != top_alt {
                return Err(self.tab_error(line_start));
            }
            self.pending_dedents = dedents - 1;
            return Ok(Some(Token { tok: Tok::Dedent, start: here, end: here }));
        }
    }

    /// CPython reports indentation errors with the caret after the line.
    fn line_end_column(&self, line_start: usize) -> u32 {
        let rest = &self.src[line_start..self.limit];
        let line = rest.split(['\n', '\r']).next().unwrap_or("");
        line.chars().count() as u32 + 1
    }

    fn tab_error(&self, line_start: usize) -> Error {
        let mut e = Error::new(line_start as u32, "inconsistent use of tabs and spaces in indentation");
        e.column = Some(self.line_end_column(line_start));
        e
    }

    fn end_of_input(&mut self) -> Result<Token, Error> {
        let at = self.limit as u32;
        if self.nested {
            return Ok(Token { tok: Tok::EndOfFile, start: at, end: at });
        }
        let at = self.eof_offset();
        if let Some(&(b, open)) = self.brackets.last() {
            return Err(Error::incomplete(open, format!("'{}' was never closed", b as char)));
        }
        if self.line_has_tokens {
            self.line_has_tokens = false;
            return Ok(Token { tok: Tok::Newline, start: at, end: at });
        }
        if self.indents.len() > 1 {
            self.indents.pop();
            return Ok(Token { tok: Tok::Dedent, start: at, end: at });
        }
        self.done = true;
        Ok(Token { tok: Tok::EndOfFile, start: at, end: at })
    }

    /// Where tokens made at the end of the input sit: the end of the last
    /// line (before a final line break), where CPython reports errors there.
    pub fn eof_offset(&self) -> u32 {
        let text = &self.src[..self.limit];
        let at = self.limit - (text.len() - text.trim_end_matches(['\n', '\r']).len()).min(1);
        (if text.ends_with("\r\n") { at - 1 } else { at }) as u32
    }

    fn token(&mut self, start: usize, c: u8) -> Result<Token, Error> {
        if c.is_ascii_digit() || (c == b'.' && self.peek_byte(1).is_ascii_digit()) {
            return self.number(start);
        }
        if c == b'\'' || c == b'"' {
            return self.string(start, start);
        }
        let ch = self.src[start..].chars().next().unwrap();
        if is_id_start(ch) {
            return self.name(start);
        }
        self.pos += 1;
        let next = self.peek_byte(0);
        let two = |l: &mut Self, t: Tok| {
            l.pos += 1;
            t
        };
        let tok = match c {
            b'(' | b'[' | b'{' => {
                if self.brackets.len() >= MAX_BRACKETS {
                    return Err(Error::new(start as u32, "too many nested parentheses"));
                }
                self.brackets.push((c, start as u32));
                match c {
                    b'(' => Tok::Lpar,
                    b'[' => Tok::Lsqb,
                    _ => Tok::Lbrace,
                }
            }
            b')' | b']' | b'}' => {
                let open = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match self.brackets.pop() {
                    None => return Err(Error::new(start as u32, format!("unmatched '{}'", c as char))),
                    Some((o, _)) if self.nested && self.brackets.is_empty() => {
                        // The closing bracket of the implicit group around an
                        // f-string expression: the expression text ended.
                        self.brackets.push((o, 0));
                        return Err(Error::new(start as u32, format!("unmatched '{}'", c as char)));
                    }
                    Some((o, at)) if o != open => {
                        let msg = format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, o as char
                        );
                        let msg = if self.line_of(at) != self.line_of(start as u32) {
                            format!("{msg} on line {}", self.line_of(at))
                        } else {
                            msg
                        };
                        return Err(Error::new(start as u32, msg));
                    }
                    Some(_) => {}
                }
                match c {
                    b')' => Tok::Rpar,
                    b']' => Tok::Rsqb,
                    _ => Tok::Rbrace,
                }
            }
            b':' if next == b'=' => two(self, Tok::ColonEqual),
            b':' => Tok::Colon,
            b',' => Tok::Comma,
            b';' => Tok::Semi,
            b'.' if next == b'.' && self.peek_byte(1) == b'.' => {
                self.pos += 2;
                Tok::Ellipsis
            }
            b'.' => Tok::Dot,
            b'~' => Tok::Tilde,
            b'+' if next == b'=' => two(self, Tok::PlusEqual),
            b'+' => Tok::Plus,
            b'-' if next == b'=' => two(self, Tok::MinusEqual),
            b'-' if next == b'>' => two(self, Tok::Rarrow),
            b'-' => Tok::Minus,
            b'*' if next == b'*' => {
                self.pos += 1;
                if self.peek_byte(0) == b'=' {
                    two(self, Tok::DoubleStarEqual)
                } else {
                    Tok::DoubleStar
                }
            }
            b'*' if next == b'=' => two(self, Tok::StarEqual),
            b'*' => Tok::Star,
            b'/' if next == b'/' => {
                self.pos += 1;
                if self.peek_byte(0) == b'=' {
                    two(self, Tok::DoubleSlashEqual)
                } else {
                    Tok::DoubleSlash
                }
            }
            b'/' if next == b'=' => two(self, Tok::SlashEqual),
            b'/' => Tok::Slash,
            b'%' if next == b'=' => two(self, Tok::PercentEqual),
            b'%' => Tok::Percent,
            b'@' if next == b'=' => two(self, Tok::AtEqual),
            b'@' => Tok::At,
            b'&' if next == b'=' => two(self, Tok::AmperEqual),
            b'&' => Tok::Amper,
            b'|' if next == b'=' => two(self, Tok::VbarEqual),
            b'|' => Tok::Vbar,
            b'^' if next == b'=' => two(self, Tok::CircumflexEqual),
            b'^' => Tok::Circumflex,
            b'=' if next == b'=' => two(self, Tok::EqEqual),
            b'=' => Tok::Equal,
            b'!' if next == b'=' => two(self, Tok::NotEqual),
            b'!' => Tok::Exclamation,
            b'<' if next == b'<' => {
                self.pos += 1;
                if self.peek_byte(0) == b'=' {
                    two(self, Tok::LeftShiftEqual)
                } else {
                    Tok::LeftShift
                }
            }
            b'<' if next == b'=' => two(self, Tok::LessEqual),
            b'<' => Tok::Less,
            b'>' if next == b'>' => {
                self.pos += 1;
                if self.peek_byte(0) == b'=' {
                    two(self, Tok::RightShiftEqual)
                } else {
                    Tok::RightShift
                }
            }
            b'>' if next == b'=' => two(self, Tok::GreaterEqual),
            b'>' => Tok::Greater,
            _ => {
                self.pos = start;
                let ch = self.src[start..].chars().next().unwrap();
                let msg = if ch.is_ascii() {
                    "invalid syntax".to_string()
                } else {
                    format!("invalid character '{ch}' (U+{:04X})", ch as u32)
                };
                return Err(Error::new(start as u32, msg));
            }
        };
        self.tok(tok, start)
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, at: u32) -> u32 {
        line_of(self.src, at)
    }

    fn name(&mut self, start: usize) -> Result<Token, Error> {
        let mut end = start;
        for (i, ch) in self.src[start..self.limit].char_indices() {
            if !is_id_continue(ch) {
                break;
            }
            end = start + i + ch.len_utf8();
        }
        let word = &self.src[start..end];
        // A string prefix directly followed by a quote.
        if end - start <= 2 && matches!(self.bytes.get(end).copied(), Some(b'\'' | b'"')) && end < self.limit {
            let lower = word.to_ascii_lowercase();
            if matches!(lower.as_str(), "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf") {
                return self.string(start, end);
            }
        }
        self.pos = end;
        let tok = keyword(word).unwrap_or(Tok::Name);
        self.tok(tok, start)
    }

    /// A string literal with its prefix; `quote_at` is the opening quote.
    fn string(&mut self, start: usize, quote_at: usize) -> Result<Token, Error> {
        let q = self.bytes[quote_at];
        let triple = self.bytes.get(quote_at + 1) == Some(&q) && self.bytes.get(quote_at + 2) == Some(&q);
        let triple = triple && quote_at + 2 < self.limit;
        let mut i = quote_at + if triple { 3 } else { 1 };
        loop {
            if i >= self.limit {
                let end_line = {
                    let t = &self.src[..self.limit];
                    let last = if t.ends_with('\n') || t.ends_with('\r') { self.limit - 1 } else { self.limit };
                    self.line_of(last as u32)
                };
                return Err(if triple {
                    Error::incomplete(
                        start as u32,
                        format!("unterminated triple-quoted string literal (detected at line {end_line})"),
                    )
                } else {
                    Error::new(start as u32, format!("unterminated string literal (detected at line {end_line})"))
                });
            }
            let b = self.bytes[i];
            if b == b'\\' {
                i += 2;
                // `\` CR LF counts as one line break.
                if i < self.limit && self.bytes[i - 1] == b'\r' && self.bytes[i] == b'\n' {
                    i += 1;
                }
                continue;
            }
            if b == q {
                if !triple {
                    i += 1;
                    break;
                }
                if self.bytes.get(i + 1) == Some(&q) && self.bytes.get(i + 2) == Some(&q) && i + 2 < self.limit {
                    i += 3;
                    break;
                }
            }
            if !triple && (b == b'\n' || b == b'\r') {
                let line = self.line_of(start as u32);
                return Err(Error::new(start as u32, format!("unterminated string literal (detected at line {line})")));
            }
            i += 1;
        }
        self.pos = i;
        self.tok(Tok::String, start)
    }

    fn digits(&mut self, ok: fn(u8) -> bool) -> Result<bool, Error> {
        let mut any = false;
        loop {
            let b = self.peek_byte(0);
            if ok(b) {
                any = true;
                self.pos += 1;
            } else if b == b'_' && any && ok(self.peek_byte(1)) {
                self.pos += 1;
            } else if b == b'_' {
                return Err(Error::new(self.pos as u32, "invalid decimal literal"));
            } else {
                return Ok(any);
            }
        }
    }

    fn number(&mut self, start: usize) -> Result<Token, Error> {
        let c = self.bytes[start];
        let radix = if c == b'0' { self.peek_byte(1).to_ascii_lowercase() } else { 0 };
        if matches!(radix, b'x' | b'o' | b'b') {
            self.pos += 2;
            if self.peek_byte(0) == b'_' {
                self.pos += 1;
            }
            let (ok, name): (fn(u8) -> bool, &str) = match radix {
                b'x' => (|b: u8| b.is_ascii_hexdigit(), "hexadecimal"),
                b'o' => (|b: u8| matches!(b, b'0'..=b'7'), "octal"),
                _ => (|b: u8| matches!(b, b'0' | b'1'), "binary"),
            };
            let any = self.digits(ok).map_err(|e| Error::new(e.at, format!("invalid {name} literal")))?;
            let next = self.peek_byte(0);
            if !any || next.is_ascii_digit() || self.ident_follows() {
                let at = if any { self.pos } else { start } as u32;
                let msg = if radix != b'x' && next.is_ascii_digit() {
                    format!("invalid digit '{}' in {name} literal", next as char)
                } else {
                    format!("invalid {name} literal")
                };
                return Err(Error::new(at, msg));
            }
            return self.tok(Tok::Int, start);
        }
        let mut tok = Tok::Int;
        self.digits(|b| b.is_ascii_digit())?;
        if self.peek_byte(0) == b'.' {
            self.pos += 1;
            tok = Tok::Float;
            self.digits(|b| b.is_ascii_digit())?;
        }
        if matches!(self.peek_byte(0), b'e' | b'E') {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek_byte(0), b'+' | b'-') {
                self.pos += 1;
            }
            if self.digits(|b| b.is_ascii_digit())? {
                tok = Tok::Float;
            } else {
                // Not an exponent: `0else` is `0 else` (CPython warns);
                // `1e` is caught as a letter after the number below.
                self.pos = save;
            }
        }
        if matches!(self.peek_byte(0), b'j' | b'J') {
            self.pos += 1;
            tok = Tok::Complex;
        }
        if tok == Tok::Int {
            let text = &self.src[start..self.pos];
            if text.len() > 1 && text.starts_with('0') && text.bytes().any(|b| b != b'0' && b != b'_') {
                return Err(Error::new(
                    start as u32,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                ));
            }
        }
        if self.ident_follows() {
            return Err(Error::new(start as u32, "invalid decimal literal"));
        }
        self.tok(tok, start)
    }

    /// An identifier character right after a number, other than the start of
    /// a keyword that may follow one (`1if x else 2`, `0in y`).
    fn ident_follows(&self) -> bool {
        let rest = &self.src[self.pos..self.limit];
        match rest.chars().next() {
            Some(ch) if is_id_continue(ch) => {
                !["and", "else", "for", "if", "in", "is", "not", "or"].iter().any(|k| rest.starts_with(k))
            }
            _ => false,
        }
    }
}

/// 1-based line of a byte offset in `src` (`\n`, `\r\n` and `\r` end lines).
pub fn line_of(src: &str, at: u32) -> u32 {
    let b = src.as_bytes();
    let at = (at as usize).min(b.len());
    let mut line = 1;
    for i in 0..at {
        if b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            line += 1;
        }
    }
    line
}
