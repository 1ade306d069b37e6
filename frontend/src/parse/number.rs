//! Numeric literals: the lexer has checked their shape (digits, `_`
//! placement, prefixes); here they become constants.

use alloc::string::String;

use super::lexer::Error;
use super::token::Tok;
use crate::ast::Constant;

/// The constant for an `Int`, `Float` or `Complex` token's text.
#[inline(never)]
pub(super) fn constant(tok: Tok, text: &str, at: u32) -> Result<Constant, Error> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    match tok {
        Tok::Int => Ok(Constant::Int(int(&clean))),
        Tok::Float => Ok(Constant::Float(float(&clean, at)?)),
        _ => Err(Error::new(at, "complex numbers are not supported")),
    }
}

fn float(text: &str, at: u32) -> Result<f64, Error> {
    text.parse::<f64>().map_err(|_| Error::new(at, "invalid decimal literal"))
}

/// An integer literal of any size (base prefix allowed, no underscores).
fn int(text: &str) -> crate::ast::Int {
    let lower = text.as_bytes().get(1).map(|b| b.to_ascii_lowercase());
    let (radix, digits) = match lower {
        Some(b'x') if text.starts_with('0') => (16, &text[2..]),
        Some(b'o') if text.starts_with('0') => (8, &text[2..]),
        Some(b'b') if text.starts_with('0') => (2, &text[2..]),
        _ => (10, text),
    };
    // The lexer let only digits of the radix through.
    crate::ast::Int::from_str_radix(digits, radix).unwrap_or(crate::ast::Int::Small(0))
}
