//! Arithmetic on `Int` with Python's semantics.

use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

use super::div::divrem;
use super::mag;
use super::Int;

/// Which bitwise operator.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Bit {
    And,
    Or,
    Xor,
}

impl Ord for Int {
    fn cmp(&self, o: &Int) -> Ordering {
        match (self.neg, o.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => mag::cmp(&self.mag, &o.mag),
            (true, true) => mag::cmp(&o.mag, &self.mag),
        }
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, o: &Int) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl Int {
    /// `sa * |a| + sb * |b|` with signs given as "negative" flags.
    fn signed_add(a: &[u32], a_neg: bool, b: &[u32], b_neg: bool) -> Int {
        if a_neg == b_neg {
            return Int::from_limbs(a_neg, mag::add(a, b));
        }
        match mag::cmp(a, b) {
            Ordering::Less => Int::from_limbs(b_neg, mag::sub(b, a)),
            _ => Int::from_limbs(a_neg, mag::sub(a, b)),
        }
    }

    pub fn add(&self, o: &Int) -> Int {
        Int::signed_add(&self.mag, self.neg, &o.mag, o.neg)
    }
    pub fn sub(&self, o: &Int) -> Int {
        Int::signed_add(&self.mag, self.neg, &o.mag, !o.neg)
    }
    pub fn mul(&self, o: &Int) -> Int {
        Int::from_limbs(self.neg != o.neg, mag::mul(&self.mag, &o.mag))
    }

    /// Python's `divmod`: the quotient rounds toward minus infinity and the
    /// remainder takes the divisor's sign. `None` when dividing by zero.
    pub fn divmod(&self, o: &Int) -> Option<(Int, Int)> {
        if o.is_zero() {
            return None;
        }
        let (q, r) = divrem(&self.mag, &o.mag);
        if self.neg != o.neg && !r.is_empty() {
            let q = mag::add(&q, &[1]);
            let r = mag::sub(&o.mag, &r);
            Some((Int::from_limbs(true, q), Int::from_limbs(o.neg, r)))
        } else {
            Some((Int::from_limbs(self.neg != o.neg, q), Int::from_limbs(o.neg, r)))
        }
    }

    /// `self ** e` (the caller has checked that the result fits in memory).
    pub fn pow(&self, e: u64) -> Int {
        let mut acc = Int::from_i64(1);
        for i in (0..64 - e.leading_zeros()).rev() {
            acc = acc.mul(&acc);
            if e >> i & 1 == 1 {
                acc = acc.mul(self);
            }
        }
        acc
    }

    /// `pow(self, e, m)` for `e >= 0` and a non-zero `m`: the result has `m`'s sign.
    pub fn pow_mod(&self, e: &Int, m: &Int) -> Int {
        let modulus = Int::from_limbs(false, m.mag.clone());
        let reduce = |x: &Int| x.divmod(&modulus).map(|(_, r)| r).unwrap_or_default();
        let base = reduce(self);
        let mut acc = reduce(&Int::from_i64(1));
        for i in (0..e.bit_length()).rev() {
            acc = reduce(&acc.mul(&acc));
            if e.bit(i) {
                acc = reduce(&acc.mul(&base));
            }
        }
        if m.neg && !acc.is_zero() {
            acc = acc.add(m);
        }
        acc
    }

    /// The inverse of `self` modulo `|m|` in `0..|m|`, if there is one.
    pub fn mod_inverse(&self, m: &Int) -> Option<Int> {
        let m = Int::from_limbs(false, m.mag.clone());
        let (_, a) = self.divmod(&m)?;
        // Extended Euclid, keeping only the coefficient of `a`.
        let (mut r0, mut r1) = (m.clone(), a);
        let (mut t0, mut t1) = (Int::zero(), Int::from_i64(1));
        while !r1.is_zero() {
            let (q, r) = r0.divmod(&r1)?;
            let t = t0.sub(&q.mul(&t1));
            (r0, r1) = (r1, r);
            (t0, t1) = (t1, t);
        }
        if r0 != Int::from_i64(1) {
            return None;
        }
        t0.divmod(&m).map(|(_, r)| r)
    }

    /// Bit `i` of the magnitude.
    fn bit(&self, i: u64) -> bool {
        self.mag.get((i / 32) as usize).is_some_and(|l| l >> (i % 32) & 1 == 1)
    }

    pub fn shl(&self, n: u64) -> Int {
        Int::from_limbs(self.neg, mag::shl(&self.mag, n as usize))
    }

    /// Arithmetic shift right: floor division by `2**n`.
    pub fn shr(&self, n: u64) -> Int {
        let n = usize::try_from(n).unwrap_or(usize::MAX);
        let q = mag::shr(&self.mag, n);
        if self.neg && mag::low_bits_set(&self.mag, n as u64) {
            Int::from_limbs(true, mag::add(&q, &[1]))
        } else {
            Int::from_limbs(self.neg, q)
        }
    }

    /// `~self`, that is `-self - 1`.
    pub fn invert(&self) -> Int {
        Int::signed_add(&self.mag, !self.neg, &[1], true)
    }

    /// `&`, `|`, `^` on the infinite two's-complement representations.
    pub fn bitwise(&self, op: Bit, o: &Int) -> Int {
        let n = self.mag.len().max(o.mag.len()) + 1;
        let (a, b) = (self.twos(n), o.twos(n));
        let r: Vec<u32> = a
            .iter()
            .zip(&b)
            .map(|(x, y)| match op {
                Bit::And => x & y,
                Bit::Or => x | y,
                Bit::Xor => x ^ y,
            })
            .collect();
        Int::from_twos(r)
    }

    /// The low `n` limbs of the two's complement (`n` exceeds the magnitude's length).
    pub(super) fn twos(&self, n: usize) -> Vec<u32> {
        let mut v = if self.neg { mag::sub(&self.mag, &[1]) } else { self.mag.clone() };
        v.resize(n, 0);
        if self.neg {
            for l in v.iter_mut() {
                *l = !*l;
            }
        }
        v
    }

    fn from_twos(mut v: Vec<u32>) -> Int {
        if v.last().is_some_and(|top| top >> 31 == 1) {
            for l in v.iter_mut() {
                *l = !*l;
            }
            let m = mag::add(&v, &[1]);
            Int::from_limbs(true, m)
        } else {
            Int::from_limbs(false, v)
        }
    }

    /// `10 ** n`.
    pub fn pow10(n: u64) -> Int {
        Int::from_limbs(false, vec![10]).pow(n)
    }
}
