//! Big integers in the VM (feature `bigint`): reading any int into a
//! temporary `Int`, storing results back into the arena as `Kind::BigInt`
//! (normalized: values that fit i64 become small ints or `Int64`), and the
//! operators for operands or results outside i64.

use alloc::string::String;
use core::cmp::Ordering;

use super::{PyResult, Vm};
use crate::bigint::{Bit, Int, TrueDivError};
use crate::builtins::B;
use crate::layout::range_iter;
use crate::obj::{header, Kind};
use crate::opcode::Op;
use crate::value::Value;

/// Limb counts live in 23 bits of the header.
const MAX_LIMBS: usize = (1 << 23) - 1;

impl Vm {
    /// Any int (bool included) as an `Int`.
    pub(crate) fn int_of(&self, v: Value) -> Option<Int> {
        if let Some(i) = self.int_value(v) {
            return Some(Int::from_i64(i));
        }
        if self.is_kind(v, Kind::BigInt) {
            let aux = self.aux(v);
            let n = (aux >> 1) as usize;
            let limbs = self.heap.words(v.heap_index() + 1, n).to_vec();
            return Some(Int::from_limbs(aux & 1 == 1, limbs));
        }
        None
    }

    /// Store an `Int`: a small int or `Int64` when it fits i64, else a `BigInt` object.
    pub(crate) fn new_big(&mut self, i: &Int) -> PyResult<Value> {
        if let Some(x) = i.to_i64() {
            return self.new_int(x);
        }
        let limbs = i.limbs();
        if limbs.len() > MAX_LIMBS {
            return Err(self.too_big());
        }
        let aux = (limbs.len() as u32) << 1 | i.is_neg() as u32;
        let w = self.alloc(1 + limbs.len(), header(Kind::BigInt, aux))?;
        self.heap.words_mut(w + 1, limbs.len()).copy_from_slice(limbs);
        Ok(Value::from_heap_index(w))
    }

    /// MemoryError up front for a result of `limbs` limbs that could never fit
    /// the arena, rather than building it in a temporary first.
    pub(crate) fn int_room(&mut self, limbs: u64) -> PyResult<()> {
        if limbs.saturating_mul(4) > self.heap.total_bytes() as u64 {
            return Err(self.too_big());
        }
        Ok(())
    }

    /// MemoryError for a number too large for the arena (which itself still has room).
    fn too_big(&mut self) -> super::Raised {
        self.raise_empty(B::MemoryError)
    }

    pub(crate) fn big_to_float(&mut self, x: &Int) -> PyResult<f64> {
        match x.to_f64() {
            Some(f) => Ok(f),
            None => Err(self.raise_msg(B::OverflowError, "int too large to convert to float")),
        }
    }

    /// `a op b` on ints of any size.
    pub(crate) fn big_int_op(&mut self, op: Op, a: &Int, b: &Int) -> PyResult<Value> {
        let r = match op {
            Op::Add => a.add(b),
            Op::Sub => a.sub(b),
            Op::Mul => {
                self.int_room((a.limbs().len() + b.limbs().len()) as u64)?;
                a.mul(b)
            }
            Op::FloorDiv | Op::Mod => match a.divmod(b) {
                Some((q, r)) => {
                    if op == Op::Mod {
                        r
                    } else {
                        q
                    }
                }
                None => {
                    let msg =
                        if op == Op::Mod { "integer modulo by zero" } else { "integer division or modulo by zero" };
                    return Err(self.raise_msg(B::ZeroDivisionError, msg));
                }
            },
            Op::TrueDiv => {
                return match a.true_div(b) {
                    Ok(f) => self.new_float(f),
                    Err(TrueDivError::ZeroDivision) => Err(self.raise_msg(B::ZeroDivisionError, "division by zero")),
                    Err(TrueDivError::Overflow) => {
                        Err(self.raise_msg(B::OverflowError, "integer division result too large for a float"))
                    }
                }
            }
            Op::Pow => return self.big_pow(a, b),
            Op::LShift | Op::RShift => {
                if b.is_neg() {
                    return Err(self.raise_msg(B::ValueError, "negative shift count"));
                }
                if op == Op::RShift {
                    a.shr(b.to_i64().unwrap_or(i64::MAX) as u64)
                } else if a.is_zero() {
                    Int::zero()
                } else {
                    let Some(n) = b.to_i64() else {
                        return Err(self.raise_msg(B::OverflowError, "too many digits in integer"));
                    };
                    self.int_room(a.limbs().len() as u64 + n as u64 / 32 + 1)?;
                    a.shl(n as u64)
                }
            }
            Op::BitAnd => a.bitwise(Bit::And, b),
            Op::BitOr => a.bitwise(Bit::Or, b),
            Op::BitXor => a.bitwise(Bit::Xor, b),
            _ => return Err(self.raise_msg(B::TypeError, "unsupported operand")),
        };
        self.new_big(&r)
    }

    fn big_pow(&mut self, a: &Int, b: &Int) -> PyResult<Value> {
        if b.is_neg() {
            // A negative exponent makes a float, from the operands as floats (CPython's order of errors).
            let x = self.big_to_float(a)?;
            let y = self.big_to_float(b)?;
            if x == 0.0 {
                return Err(self.raise_msg(B::ZeroDivisionError, "0.0 cannot be raised to a negative power"));
            }
            return self.new_float(super::ops::libm_pow(x, y));
        }
        let one = Int::from_i64(1);
        if a.is_zero() || *a == one || b.is_zero() {
            return self.new_big(&if b.is_zero() { one } else { a.clone() });
        }
        if *a == Int::from_i64(-1) {
            return Ok(Value::small(if b.is_odd() { -1 } else { 1 }));
        }
        // |a| >= 2: the result has about bit_length(a) * b bits.
        let e = b.to_i64().unwrap_or(i64::MAX) as u64;
        let bits = (a.bit_length() - 1).saturating_mul(e);
        self.int_room(bits / 32 + 1)?;
        let r = a.pow(e);
        self.new_big(&r)
    }

    /// Unary `-`, `+`, `~` and `not` of a big int.
    pub(crate) fn big_unary(&mut self, op: Op, v: Value, x: Int) -> PyResult<Value> {
        match op {
            Op::Neg => self.new_big(&x.negate()),
            Op::Pos => Ok(v),
            Op::Invert => self.new_big(&x.invert()),
            _ => Ok(Value::bool(x.is_zero())),
        }
    }

    /// `pow(b, e, m)` on ints of any size.
    #[cfg(feature = "pow_mod")]
    pub(crate) fn big_pow_mod(&mut self, b: &Int, e: &Int, m: &Int) -> PyResult<Value> {
        if m.is_zero() {
            return Err(self.raise_msg(B::ValueError, "pow() 3rd argument cannot be 0"));
        }
        let (b, e) = if e.is_neg() {
            match b.mod_inverse(m) {
                Some(inv) => (inv, e.clone().negate()),
                None => return Err(self.raise_msg(B::ValueError, "base is not invertible for the given modulus")),
            }
        } else {
            (b.clone(), e.clone())
        };
        let r = b.pow_mod(&e, m);
        self.new_big(&r)
    }

    /// Digits of a big int's magnitude in `radix`; decimal text longer than the
    /// VM's limit (CPython's `sys.get_int_max_str_digits()`) raises ValueError.
    pub(crate) fn big_digits(&mut self, x: &Int, radix: u32) -> PyResult<String> {
        if radix == 10 && self.int_max_str_digits > 0 {
            // A lower bound of the digit count avoids converting hopeless cases.
            let min_digits = (x.bit_length().saturating_sub(1) as f64 * core::f64::consts::LOG10_2) as u64 + 1;
            if min_digits > self.int_max_str_digits as u64 {
                return Err(self.str_digits_error(None));
            }
        }
        let bits = x.bit_length();
        let est_bytes = if radix == 10 { bits / 3 + 1 } else { bits / radix.trailing_zeros().max(1) as u64 + 1 };
        if est_bytes > self.heap.total_bytes() as u64 {
            return Err(self.too_big());
        }
        let s = x.to_radix(radix);
        if radix == 10 && self.int_max_str_digits > 0 && s.len() > self.int_max_str_digits {
            return Err(self.str_digits_error(None));
        }
        Ok(s)
    }

    /// An int from digit values (already checked against `radix`).
    pub(crate) fn big_from_digits(&mut self, neg: bool, digits: &[u8], radix: u32) -> PyResult<Value> {
        let x = Int::from_digits(digits, radix);
        let x = if neg { x.negate() } else { x };
        self.new_big(&x)
    }

    /// An exact int from the integral part of a finite float.
    pub(crate) fn big_from_float(&mut self, f: f64) -> PyResult<Value> {
        self.new_big(&Int::from_f64(f))
    }

    /// Compare a big int with a float exactly (`None` for NaN).
    pub(crate) fn big_cmp_float(x: &Int, f: f64) -> Option<Ordering> {
        if f.is_nan() {
            return None;
        }
        if f.is_infinite() {
            return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
        }
        let t = libm::trunc(f);
        match x.cmp(&Int::from_f64(t)) {
            Ordering::Equal => t.partial_cmp(&f),
            o => Some(o),
        }
    }

    /// `round(x, -n)` for `n > 0`: to a multiple of `10**n`, ties to even.
    pub(crate) fn big_round(&mut self, x: &Int, n: u64) -> PyResult<Value> {
        // 10**n > 2|x| rounds everything to zero; 10**n >= 8**n settles it without computing 10**n.
        if n > x.bit_length() / 3 + 2 {
            return Ok(Value::small(0));
        }
        let p = Int::pow10(n);
        let (q, r) = x.divmod(&p).unwrap_or_default();
        let twice = r.add(&r);
        let up = match twice.cmp(&p) {
            Ordering::Greater => true,
            Ordering::Equal => q.is_odd(),
            Ordering::Less => false,
        };
        let q = if up { q.add(&Int::from_i64(1)) } else { q };
        self.new_big(&q.mul(&p))
    }
}

/// Ranges with a bound outside i64.
impl Vm {
    /// Start, stop and step of a range (or range iterator).
    fn range_ints(&self, r: Value) -> (Int, Int, Int) {
        let f = |i| self.int_of(self.field(r, i)).unwrap_or_default();
        (f(1), f(2), f(3))
    }

    pub(crate) fn big_range_len(&self, r: Value) -> Int {
        let (a, b, s) = self.range_ints(r);
        let (lo, hi, s) = if s.is_neg() { (b, a, s.negate()) } else { (a, b, s) };
        if lo.cmp(&hi) != Ordering::Less {
            return Int::zero();
        }
        let one = Int::from_i64(1);
        let (q, _) = hi.sub(&lo).sub(&one).divmod(&s).unwrap_or_default();
        q.add(&one)
    }

    pub(crate) fn big_range_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let (c, stop, step) = self.range_ints(it);
        let o = c.cmp(&stop);
        if (!step.is_neg() && o != Ordering::Less) || (step.is_neg() && o != Ordering::Greater) {
            return Ok(None);
        }
        // The current value stays reachable through the iterator until it is replaced.
        let cur = self.field(it, range_iter::NEXT);
        let next = self.new_big(&c.add(&step))?;
        self.set_field(it, range_iter::NEXT, next);
        Ok(Some(cur))
    }

    pub(crate) fn big_range_contains(&self, r: Value, x: &Int) -> bool {
        let (a, b, s) = self.range_ints(r);
        let inside = if s.is_neg() {
            x.cmp(&a) != Ordering::Greater && x.cmp(&b) == Ordering::Greater
        } else {
            x.cmp(&a) != Ordering::Less && x.cmp(&b) == Ordering::Less
        };
        inside && x.sub(&a).divmod(&s).is_some_and(|(_, m)| m.is_zero())
    }

    pub(crate) fn big_range_eq(&self, x: Value, y: Value) -> bool {
        let (n, m) = (self.big_range_len(x), self.big_range_len(y));
        if n != m {
            return false;
        }
        let (xa, _, xs) = self.range_ints(x);
        let (ya, _, ys) = self.range_ints(y);
        let one = Int::from_i64(1);
        n.is_zero() || (xa == ya && (n == one || xs == ys))
    }

    /// `r[k]` for an index or slice when the range or the index is outside i64.
    pub(crate) fn big_range_item(&mut self, r: Value, k: Value) -> PyResult<Value> {
        let (a, _, s) = self.range_ints(r);
        let len = self.big_range_len(r);
        if self.is_kind(k, Kind::Slice) {
            let Some(n) = len.to_i64().and_then(|n| usize::try_from(n).ok()) else {
                return Err(self.raise_msg(B::OverflowError, "Python int too large to convert to C ssize_t"));
            };
            let b = self.slice_bounds(k, n)?;
            let (bs, be, bst) = (Int::from_i64(b.start), Int::from_i64(b.stop), Int::from_i64(b.step));
            let start = a.add(&bs.mul(&s));
            let stop = a.add(&be.mul(&s));
            let step = s.mul(&bst);
            return self.rooted(&[], |vm| {
                let x = vm.new_big(&start)?;
                vm.root(x);
                let y = vm.new_big(&stop)?;
                vm.root(y);
                let z = vm.new_big(&step)?;
                vm.new_range(x, y, z)
            });
        }
        let Some(i) = self.int_of(k) else {
            return Err(self.raise_type_error(alloc::format!(
                "range indices must be integers or slices, not {}",
                self.type_name_of(k)
            )));
        };
        let i = if i.is_neg() { i.add(&len) } else { i };
        if i.is_neg() || i.cmp(&len) != Ordering::Less {
            return Err(self.raise_msg(B::IndexError, "range object index out of range"));
        }
        self.new_big(&a.add(&i.mul(&s)))
    }
}
