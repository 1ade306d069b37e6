//! Float text: CPython's `repr(float)` (shortest round trip) and the fixed,
//! exponent and general forms of format specs and `%` formatting.

use alloc::string::String;
use core::fmt::Write;

/// Shortest round-trip digits and decimal exponent of a finite positive float: (digits, exp)
/// where the value is 0.d1d2d3... * 10^(exp+1), i.e. d1 is at position 10^exp.
fn shortest_digits(f: f64) -> (String, i32) {
    let s = alloc::format!("{:e}", f);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, exp.parse().unwrap_or(0))
}

/// CPython's `repr(float)`.
pub(crate) fn write_float_repr(out: &mut String, f: f64) {
    if f.is_nan() {
        out.push_str("nan");
        return;
    }
    if f.is_infinite() {
        out.push_str(if f < 0.0 { "-inf" } else { "inf" });
        return;
    }
    if f.is_sign_negative() {
        out.push('-');
    }
    let a = f.abs();
    if a == 0.0 {
        out.push_str("0.0");
        return;
    }
    let (digits, exp) = shortest_digits(a);
    if (-4..16).contains(&exp) {
        write_positional(out, &digits, exp, true);
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
}

/// Place `digits` (first digit at 10^exp) positionally; `point_zero` adds ".0" to integers.
pub(crate) fn write_positional(out: &mut String, digits: &str, exp: i32, point_zero: bool) {
    if exp >= 0 {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            out.push_str(digits);
            out.extend(core::iter::repeat_n('0', int_len - digits.len()));
            if point_zero {
                out.push_str(".0");
            }
        } else {
            out.push_str(&digits[..int_len]);
            out.push('.');
            out.push_str(&digits[int_len..]);
        }
    } else {
        out.push_str("0.");
        out.extend(core::iter::repeat_n('0', (-exp - 1) as usize));
        out.push_str(digits);
    }
}

pub(crate) fn write_fixed(out: &mut String, a: f64, prec: usize) {
    if !a.is_finite() {
        out.push_str(if a.is_nan() { "nan" } else { "inf" });
        return;
    }
    let _ = write!(out, "{:.*}", prec, a);
}

pub(crate) fn write_exp(out: &mut String, a: f64, prec: usize, upper: bool) {
    if !a.is_finite() {
        out.push_str(if a.is_nan() { "nan" } else { "inf" });
        return;
    }
    let s = alloc::format!("{:.*e}", prec, a);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let _ = write!(out, "{}{}{}{:02}", m, if upper { 'E' } else { 'e' }, if e < 0 { '-' } else { '+' }, e.abs());
}

/// The `g` format: precision significant digits, positional unless the exponent is out of range.
/// `alt` (`#`) keeps trailing zeros and the point; `GENERAL_REPR` (no type letter) keeps one
/// digit after the point.
#[cfg_attr(not(feature = "percent"), allow(dead_code))]
pub(crate) fn write_general(out: &mut String, a: f64, prec: usize, alt: bool) {
    write_general_mode(out, a, prec, if alt { GENERAL_ALT } else { GENERAL_PLAIN })
}

pub(crate) const GENERAL_PLAIN: u8 = 0;
pub(crate) const GENERAL_ALT: u8 = 1;
pub(crate) const GENERAL_REPR: u8 = 2;

pub(crate) fn write_general_mode(out: &mut String, a: f64, prec: usize, mode: u8) {
    if !a.is_finite() {
        out.push_str(if a.is_nan() { "nan" } else { "inf" });
        return;
    }
    let p = prec.max(1);
    let s = alloc::format!("{:.*e}", p - 1, a);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = e.parse().unwrap_or(0);
    let mut digits: String = m.chars().filter(|c| c.is_ascii_digit()).collect();
    if mode != GENERAL_ALT {
        while digits.len() > 1 && digits.ends_with('0') {
            digits.pop();
        }
    }
    // With ".0" added to integers, CPython switches to exponents one digit earlier.
    let limit = if mode == GENERAL_REPR { p as i32 - 1 } else { p as i32 };
    if exp >= -4 && exp < limit {
        write_positional(out, &digits, exp, mode == GENERAL_REPR);
        if mode == GENERAL_ALT && !out.contains('.') {
            out.push('.');
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 || mode == GENERAL_ALT {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
}
