//! Int helpers shared by the operators, builtins and formatting. Ints that
//! fit i64 take the fast paths here; the paths for bigger ones call
//! `vm/bigint.rs` and exist only with the `bigint` feature (without it,
//! i64 overflow raises OverflowError and no value is ever a `BigInt`).

use alloc::string::String;
use core::cmp::Ordering;

use super::{PyResult, Raised, Vm};
use crate::builtins::B;
use crate::obj::Kind;
use crate::opcode::Op;
use crate::value::Value;

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// Result of parsing int text: a value, or the text is not an int literal.
pub(crate) enum Parsed {
    Int(Value),
    Invalid,
}

impl Vm {
    /// Is `v` an int (bool included), of any size?
    #[inline]
    pub(crate) fn is_int(&self, v: Value) -> bool {
        self.int_value(v).is_some() || self.is_kind(v, Kind::BigInt)
    }

    /// i64 arithmetic overflowed: redo it with big ints, or raise OverflowError without them.
    pub(crate) fn int_overflow(&mut self, op: Op, a: i64, b: i64) -> PyResult<Value> {
        #[cfg(feature = "bigint")]
        {
            use crate::bigint::Int;
            self.big_int_op(op, &Int::from_i64(a), &Int::from_i64(b))
        }
        #[cfg(not(feature = "bigint"))]
        {
            let _ = (op, a, b);
            Err(self.overflow())
        }
    }

    /// A result that does not fit i64 (big ints) or OverflowError (no big ints).
    pub(crate) fn int_from_i128(&mut self, i: i128) -> PyResult<Value> {
        if let Ok(x) = i64::try_from(i) {
            return self.new_int(x);
        }
        #[cfg(feature = "bigint")]
        {
            let m = i.unsigned_abs();
            let limbs = (0..4).map(|k| (m >> (32 * k)) as u32).collect();
            self.new_big(&crate::bigint::Int::from_limbs(i < 0, limbs))
        }
        #[cfg(not(feature = "bigint"))]
        Err(self.overflow())
    }

    /// An int of any size as a float (OverflowError when too large); `None` for other values.
    pub(crate) fn int_as_float(&mut self, v: Value) -> PyResult<Option<f64>> {
        if let Some(i) = self.int_value(v) {
            return Ok(Some(i as f64));
        }
        #[cfg(feature = "bigint")]
        if let Some(x) = self.int_of(v) {
            return self.big_to_float(&x).map(Some);
        }
        Ok(None)
    }

    /// Both operands as floats when one is a float and the other a number.
    pub(crate) fn float_pair(&mut self, a: Value, b: Value) -> PyResult<Option<(f64, f64)>> {
        let (fa, fb) = (self.float_value(a), self.float_value(b));
        if fa.is_none() && fb.is_none() {
            return Ok(None);
        }
        let x = match fa {
            Some(f) => f,
            None => match self.int_as_float(a)? {
                Some(f) => f,
                None => return Ok(None),
            },
        };
        let y = match fb {
            Some(f) => f,
            None => match self.int_as_float(b)? {
                Some(f) => f,
                None => return Ok(None),
            },
        };
        Ok(Some((x, y)))
    }

    /// Exact comparison of two numbers (ints of any size, floats): `None` when
    /// they are not both numbers, `Some(None)` when unordered (NaN).
    pub(crate) fn num_cmp(&self, a: Value, b: Value) -> Option<Option<Ordering>> {
        match (self.float_value(a), self.float_value(b)) {
            (Some(x), Some(y)) => Some(x.partial_cmp(&y)),
            (Some(x), None) => self.int_cmp_float(b, x).map(|o| o.map(Ordering::reverse)),
            (None, Some(y)) => self.int_cmp_float(a, y),
            (None, None) => {
                if let (Some(x), Some(y)) = (self.int_value(a), self.int_value(b)) {
                    return Some(Some(x.cmp(&y)));
                }
                #[cfg(feature = "bigint")]
                if self.is_kind(a, Kind::BigInt) || self.is_kind(b, Kind::BigInt) {
                    if let (Some(x), Some(y)) = (self.int_of(a), self.int_of(b)) {
                        return Some(Some(x.cmp(&y)));
                    }
                }
                None
            }
        }
    }

    fn int_cmp_float(&self, v: Value, f: f64) -> Option<Option<Ordering>> {
        if let Some(i) = self.int_value(v) {
            return Some(cmp_i64_f64(i, f));
        }
        #[cfg(feature = "bigint")]
        if let Some(x) = self.int_of(v) {
            return Some(Vm::big_cmp_float(&x, f));
        }
        None
    }

    /// CPython's `hash()` of a number (int of any size, bool, float); `None` for other values.
    pub(crate) fn num_hash(&self, v: Value) -> Option<i64> {
        if let Some(i) = self.int_value(v) {
            return Some(crate::hash::hash_i64(i));
        }
        if let Some(f) = self.float_value(v) {
            // NaN hashes by identity, as in CPython.
            return Some(crate::hash::hash_f64(f).unwrap_or((v.0 >> 2) as i64));
        }
        #[cfg(feature = "bigint")]
        if let Some(x) = self.int_of(v) {
            return Some(x.hash());
        }
        None
    }

    /// Sign and digits (no prefix) of an int of any size in radix 2, 8, 10 or 16; `None` for other values.
    pub(crate) fn int_digits(&mut self, v: Value, radix: u32) -> PyResult<Option<(bool, String)>> {
        if let Some(i) = self.int_value(v) {
            let m = i.unsigned_abs();
            let s = match radix {
                16 => alloc::format!("{:x}", m),
                8 => alloc::format!("{:o}", m),
                2 => alloc::format!("{:b}", m),
                _ => alloc::format!("{}", m),
            };
            return Ok(Some((i < 0, s)));
        }
        #[cfg(feature = "bigint")]
        if let Some(x) = self.int_of(v) {
            let s = self.big_digits(&x, radix)?;
            return Ok(Some((x.is_neg(), s)));
        }
        Ok(None)
    }

    /// ValueError for int text beyond the limit of digits.
    pub(crate) fn str_digits_error(&mut self, digits: Option<usize>) -> Raised {
        let msg = match digits {
            Some(n) => alloc::format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                self.int_max_str_digits,
                n
            ),
            None => alloc::format!(
                "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                self.int_max_str_digits
            ),
        };
        self.raise_msg(B::ValueError, &msg)
    }

    /// Parse an int literal as `int(text, base)` does: surrounding spaces,
    /// sign, `0x`/`0o`/`0b` prefixes (base 0 or matching), single underscores between digits.
    pub(crate) fn parse_int_text(&mut self, text: &[u8], base: u32) -> PyResult<Parsed> {
        let t = text.trim_ascii();
        let (neg, t) = match t.first() {
            Some(b'-') => (true, &t[1..]),
            Some(b'+') => (false, &t[1..]),
            _ => (false, t),
        };
        let prefix = t.get(..2).map(|p| p.to_ascii_lowercase());
        let (base, body) = match (base, prefix.as_deref()) {
            (0 | 16, Some(b"0x")) => (16, &t[2..]),
            (0 | 8, Some(b"0o")) => (8, &t[2..]),
            (0 | 2, Some(b"0b")) => (2, &t[2..]),
            (0, _) => {
                // Base 0 refuses leading zeros on a non-zero decimal.
                if t.len() > 1 && t[0] == b'0' && t.iter().any(|&b| b != b'0' && b != b'_') {
                    return Ok(Parsed::Invalid);
                }
                (10, t)
            }
            (b, _) => (b, t),
        };
        // After a prefix one underscore may come first ("0x_ff").
        let body = if body.len() < t.len() && body.first() == Some(&b'_') { &body[1..] } else { body };
        if body.is_empty() || body[0] == b'_' || body[body.len() - 1] == b'_' || body.windows(2).any(|w| w == b"__") {
            return Ok(Parsed::Invalid);
        }
        let mut digits = alloc::vec::Vec::with_capacity(body.len());
        for &c in body.iter().filter(|&&c| c != b'_') {
            match (c as char).to_digit(base) {
                Some(d) => digits.push(d as u8),
                None => return Ok(Parsed::Invalid),
            }
        }
        if !base.is_power_of_two() && self.int_max_str_digits > 0 && digits.len() > self.int_max_str_digits {
            return Err(self.str_digits_error(Some(digits.len())));
        }
        let mut acc: i64 = 0;
        for &d in &digits {
            match acc.checked_mul(base as i64).and_then(|a| a.checked_add(d as i64)) {
                Some(a) => acc = a,
                None => {
                    #[cfg(feature = "bigint")]
                    return Ok(Parsed::Int(self.big_from_digits(neg, &digits, base)?));
                    #[cfg(not(feature = "bigint"))]
                    return Err(self.overflow());
                }
            }
        }
        Ok(Parsed::Int(self.new_int(if neg { -acc } else { acc })?))
    }

    /// `int(f)` for a float: its integral part, exactly.
    pub(crate) fn int_from_float(&mut self, f: f64) -> PyResult<Value> {
        if f.is_nan() {
            return Err(self.raise_msg(B::ValueError, "cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(self.raise_msg(B::OverflowError, "cannot convert float infinity to integer"));
        }
        let t = libm::trunc(f);
        if t.abs() < 9.223372036854775e18 {
            return self.new_int(t as i64);
        }
        #[cfg(feature = "bigint")]
        return self.big_from_float(t);
        #[cfg(not(feature = "bigint"))]
        Err(self.overflow())
    }

    /// An int used as a size or index: OverflowError for ints beyond i64
    /// (CPython's "cannot fit 'int' into an index-sized integer"); `None` for non-ints.
    pub(crate) fn index_value(&mut self, v: Value) -> PyResult<Option<i64>> {
        if let Some(i) = self.int_value(v) {
            return Ok(Some(i));
        }
        if self.is_kind(v, Kind::BigInt) {
            return Err(self.raise_msg(B::OverflowError, "cannot fit 'int' into an index-sized integer"));
        }
        Ok(None)
    }

    /// An int clamped to i64 (for slice bounds, where that changes nothing); `None` for non-ints.
    pub(crate) fn int_value_clamped(&self, v: Value) -> Option<i64> {
        if let Some(i) = self.int_value(v) {
            return Some(i);
        }
        if self.is_kind(v, Kind::BigInt) {
            return Some(if self.aux(v) & 1 == 1 { i64::MIN } else { i64::MAX });
        }
        None
    }
}

/// Exact comparison of an i64 with a float (`None` for NaN).
fn cmp_i64_f64(i: i64, f: f64) -> Option<Ordering> {
    const TWO63: f64 = (1u64 << 63) as f64;
    if f.is_nan() {
        return None;
    }
    if f >= TWO63 {
        return Some(Ordering::Less);
    }
    if f < -TWO63 {
        return Some(Ordering::Greater);
    }
    // |f| < 2**63: its integral part converts exactly.
    let t = libm::trunc(f);
    match i.cmp(&(t as i64)) {
        Ordering::Equal => t.partial_cmp(&f),
        o => Some(o),
    }
}
