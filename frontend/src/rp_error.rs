//! Translation of rustpython-parser's errors into CPython's wording (host
//! only, with the `rustpython` feature).

use rustpython_parser::lexer::{self, LexicalErrorType};
use rustpython_parser::{Mode, ParseError, ParseErrorType, Tok};

use crate::source::SourceFile;
use crate::{SyntaxError, TextSize};

/// rustpython's offsets as frostpy's.
fn ts(t: rustpython_parser::text_size::TextSize) -> TextSize {
    TextSize::from(u32::from(t))
}

/// Translate a parse error into a `SyntaxError` with CPython's wording where
/// we know it.
pub(crate) fn from_parse_error(src: &SourceFile, err: &ParseError) -> SyntaxError {
    let at = ts(err.offset);
    let char_at = |o: TextSize| src.text()[u32::from(o) as usize..].chars().next();
    match &err.error {
        ParseErrorType::Eof | ParseErrorType::Lexical(LexicalErrorType::Eof) => {
            if let Some((c, open)) = unclosed_bracket(src.text()) {
                return src.error(open, format!("'{c}' was never closed"));
            }
            if let ParseErrorType::Lexical(_) = err.error {
                if let Some(start) = unterminated_triple_quote(src.text()) {
                    let len = src.text().len() as u32;
                    let last = if src.text().ends_with('\n') { len - 1 } else { len };
                    let (line, _) = src.location(TextSize::from(last));
                    return src
                        .error(start, format!("unterminated triple-quoted string literal (detected at line {line})"));
                }
            }
            src.error(at, "unexpected EOF while parsing")
        }
        ParseErrorType::ExtraToken(_) | ParseErrorType::InvalidToken => invalid_syntax(src, at),
        ParseErrorType::UnrecognizedToken(tok, expected) => {
            if *tok == Tok::Indent {
                let (line, _) = src.location(at);
                let text = src.line_text(line);
                let indent = text.len() - text.trim_start().len();
                let mut e = src.error(at, "unexpected indent");
                e.column = (indent as u32).max(1);
                e
            } else if expected.as_deref() == Some("Indent") {
                src.error(at, expected_indented_block(src, at))
            } else {
                invalid_syntax(src, at)
            }
        }
        ParseErrorType::Lexical(lex) => {
            let message = match lex {
                LexicalErrorType::OtherError(m) if m == "EOL while scanning string literal" => {
                    return unterminated_string(src, at);
                }
                LexicalErrorType::StringError => return unterminated_string(src, at),
                LexicalErrorType::NestingError => {
                    // The lexer reports the offset just after the bracket.
                    let before = &src.text()[..u32::from(at) as usize];
                    match before.char_indices().next_back() {
                        Some((i, c)) if matches!(c, ')' | ']' | '}') => {
                            return src.error(TextSize::from(i as u32), format!("unmatched '{c}'"));
                        }
                        _ => match char_at(at) {
                            Some(c) if matches!(c, ')' | ']' | '}') => format!("unmatched '{c}'"),
                            _ => "invalid syntax".to_string(),
                        },
                    }
                }
                LexicalErrorType::UnrecognizedToken { tok } => {
                    // The lexer may report the offset just after the character.
                    let mut at = at;
                    if char_at(at) != Some(*tok) {
                        let before = &src.text()[..u32::from(at) as usize];
                        if before.ends_with(*tok) {
                            at -= TextSize::from(tok.len_utf8() as u32);
                        }
                    }
                    let message = if tok.is_ascii() {
                        "invalid syntax".to_string()
                    } else {
                        format!("invalid character '{tok}' (U+{:04X})", *tok as u32)
                    };
                    return src.error(at, message);
                }
                LexicalErrorType::OtherError(m) if m == "Invalid Syntax" || m == "Invalid Token" => {
                    "invalid syntax".to_string()
                }
                LexicalErrorType::OtherError(m) if m == "Invalid decimal literal" => {
                    "invalid decimal literal".to_string()
                }
                LexicalErrorType::IndentationError => {
                    // CPython puts the column at the end of the line.
                    let (line, _) = src.location(at);
                    let mut e = src.error(at, lex.to_string());
                    e.column = src.line_text(line).chars().count() as u32 + 1;
                    return e;
                }
                other => other.to_string(),
            };
            src.error(at, message)
        }
    }
}

/// A generic syntax error at `at`. As CPython: if a bracket opened on an
/// earlier line is still open there, report that bracket instead; else
/// report the first tokenizer error in the whole file, if any.
fn invalid_syntax(src: &SourceFile, at: TextSize) -> SyntaxError {
    // The tokenizer runs ahead of the parser: its errors up to here win.
    let tokenizer = tokenizer_error(src);
    if let Some((offset, e)) = &tokenizer {
        if *offset <= at {
            return e.clone();
        }
    }
    let (line, _) = src.location(at);
    let mut stack: Vec<(char, TextSize)> = Vec::new();
    for item in lexer::lex(src.text(), Mode::Module) {
        let Ok((tok, range)) = item else { break };
        if ts(range.start()) >= at {
            break;
        }
        bracket(&mut stack, &tok, ts(range.start()));
    }
    if let Some(&(c, open)) = stack.last() {
        if src.location(open).0 < line {
            return src.error(open, format!("'{c}' was never closed"));
        }
    }
    match tokenizer {
        Some((_, e)) => e,
        None => src.error(at, "invalid syntax"),
    }
}

/// Push or pop the bracket stack; returns the opener a closing bracket
/// matched (None if nothing was open), or None for other tokens.
fn bracket(stack: &mut Vec<(char, TextSize)>, tok: &Tok, at: TextSize) -> Option<Option<(char, TextSize)>> {
    match tok {
        Tok::Lpar => stack.push(('(', at)),
        Tok::Lsqb => stack.push(('[', at)),
        Tok::Lbrace => stack.push(('{', at)),
        Tok::Rpar | Tok::Rsqb | Tok::Rbrace => return Some(stack.pop()),
        _ => {}
    }
    None
}

/// The first error a tokenizer finds in the whole file: a lexical error or
/// mismatched brackets (not brackets left open at the end).
fn tokenizer_error(src: &SourceFile) -> Option<(TextSize, SyntaxError)> {
    let mut stack = Vec::new();
    for item in lexer::lex(src.text(), Mode::Module) {
        match item {
            Err(e) if e.error == LexicalErrorType::Eof => return None,
            Err(e) => {
                let err = ParseError {
                    error: ParseErrorType::Lexical(e.error),
                    offset: e.location,
                    source_path: src.name().to_string(),
                };
                return Some((ts(e.location), from_parse_error(src, &err)));
            }
            Ok((tok, range)) => {
                let close = match tok {
                    Tok::Rpar => ')',
                    Tok::Rsqb => ']',
                    Tok::Rbrace => '}',
                    _ => ' ',
                };
                match bracket(&mut stack, &tok, ts(range.start())) {
                    Some(None) => {
                        let e = src.error(ts(range.start()), format!("unmatched '{close}'"));
                        return Some((ts(range.start()), e));
                    }
                    Some(Some((open, at))) if !matches!((open, close), ('(', ')') | ('[', ']') | ('{', '}')) => {
                        let (open_line, _) = src.location(at);
                        let (close_line, _) = src.location(ts(range.start()));
                        let mut msg =
                            format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'");
                        if open_line != close_line {
                            msg.push_str(&format!(" on line {open_line}"));
                        }
                        return Some((ts(range.start()), src.error(ts(range.start()), msg)));
                    }
                    _ => {}
                }
            }
        }
    }
    None
}

/// CPython's "expected an indented block after 'if' statement on line 3":
/// names the compound statement whose body is missing.
fn expected_indented_block(src: &SourceFile, at: TextSize) -> String {
    let (error_line, _) = src.location(at);
    for line in (1..error_line).rev() {
        let text = src.line_text(line).trim_start();
        let word: String = text.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let what = match word.as_str() {
            "if" | "elif" | "else" | "for" | "while" | "with" | "try" | "except" | "finally" | "match" | "case" => {
                format!("'{word}' statement")
            }
            "def" => "function definition".to_string(),
            "class" => "class definition".to_string(),
            "async" => {
                let rest = text[5..].trim_start();
                if rest.starts_with("def") {
                    "function definition".to_string()
                } else if rest.starts_with("for") {
                    "'for' statement".to_string()
                } else {
                    "'with' statement".to_string()
                }
            }
            _ => continue,
        };
        return format!("expected an indented block after {what} on line {line}");
    }
    "expected an indented block".to_string()
}

/// The innermost bracket still open when the token stream ends, if the lexer
/// gets that far.
fn unclosed_bracket(text: &str) -> Option<(char, TextSize)> {
    let mut stack: Vec<(char, TextSize)> = Vec::new();
    for item in lexer::lex(text, Mode::Module) {
        let Ok((tok, range)) = item else { break };
        bracket(&mut stack, &tok, ts(range.start()));
    }
    stack.last().copied()
}

/// Start of a triple-quoted string that runs to the end of the text: the last
/// `'''` or `"""` that the lexer could not close.
fn unterminated_triple_quote(text: &str) -> Option<TextSize> {
    let mut last_end = TextSize::from(0);
    for item in lexer::lex(text, Mode::Module) {
        match item {
            Ok((_, range)) => last_end = ts(range.end()),
            Err(_) => break,
        }
    }
    let rest = &text[u32::from(last_end) as usize..];
    let i = [rest.find("'''"), rest.find("\"\"\"")].into_iter().flatten().min()?;
    // Include a string prefix such as r or b just before the quotes.
    let prefix = rest[..i].chars().rev().take_while(|c| c.is_ascii_alphabetic()).count();
    Some(last_end + TextSize::from((i - prefix) as u32))
}

/// An unterminated single-quoted string, reported at the end of its line
/// (or just after it); CPython points at the opening quote.
fn unterminated_string(src: &SourceFile, at: TextSize) -> SyntaxError {
    let before = &src.text()[..u32::from(at) as usize];
    let eol = before.len() - before.trim_end_matches(['\n', '\r']).len();
    let (line, _) = src.location(at - TextSize::from(eol.min(1) as u32));
    let start = unterminated_quote_on_line(src, line).unwrap_or(at);
    src.error(start, format!("unterminated string literal (detected at line {line})"))
}

/// Start of the opening quote of an unterminated single-line string on `line`.
fn unterminated_quote_on_line(src: &SourceFile, line: u32) -> Option<TextSize> {
    let text = src.line_text(line);
    let line_start = u32::from(src.line_start(line)) as usize;
    let mut quote: Option<(char, usize)> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match quote {
            None => match c {
                '#' => return None,
                '\'' | '"' => quote = Some((c, i)),
                _ => {}
            },
            Some((q, _)) => {
                if c == '\\' {
                    chars.next();
                } else if c == q {
                    quote = None;
                }
            }
        }
    }
    let (_, i) = quote?;
    let prefix = text[..i].chars().rev().take_while(|c| c.is_ascii_alphabetic()).count();
    Some(TextSize::from((line_start + i - prefix) as u32))
}
