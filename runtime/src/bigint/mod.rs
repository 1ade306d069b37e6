//! Arbitrary-precision integers (the `bigint` feature).
//!
//! `Int` is a sign and a magnitude of little-endian `u32` limbs in a
//! temporary `Vec`: the VM reads operands out of the arena into `Int`s,
//! computes, and stores the result back as one raw arena object
//! (`Kind::BigInt`, see `vm/bigint.rs`). Python semantics live here: floor
//! division, two's-complement bitwise operators, CPython's numeric hash,
//! correctly rounded conversions to float.
//!
//! Multiplication is schoolbook below 32 limbs and Karatsuba above;
//! division is Knuth's algorithm D; decimal output divides by 10^9 at a time.

mod conv;
mod div;
mod mag;
mod ops;
#[cfg(test)]
mod tests;

use alloc::vec::Vec;

pub use conv::TrueDivError;
pub use ops::Bit;

/// A signed integer of any size. Invariant: the magnitude has no high zero
/// limbs, and zero is never negative.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Int {
    neg: bool,
    mag: Vec<u32>,
}

impl Int {
    pub fn zero() -> Int {
        Int::default()
    }

    /// From a sign and limbs (least significant first); trims and fixes the sign of zero.
    pub fn from_limbs(neg: bool, mut mag: Vec<u32>) -> Int {
        mag::trim(&mut mag);
        let neg = neg && !mag.is_empty();
        Int { neg, mag }
    }

    pub fn from_i64(i: i64) -> Int {
        let mut r = Int::from_u64(i.unsigned_abs());
        r.neg = i < 0;
        r
    }

    pub fn from_u64(u: u64) -> Int {
        Int::from_limbs(false, alloc::vec![u as u32, (u >> 32) as u32])
    }

    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }
    pub fn is_neg(&self) -> bool {
        self.neg
    }
    /// The magnitude's limbs, least significant first.
    pub fn limbs(&self) -> &[u32] {
        &self.mag
    }
    pub fn is_odd(&self) -> bool {
        self.mag.first().is_some_and(|l| l & 1 == 1)
    }

    /// The value, if it fits an `i64`.
    pub fn to_i64(&self) -> Option<i64> {
        if self.mag.len() > 2 {
            return None;
        }
        let m = self.mag.first().copied().unwrap_or(0) as u64 | (self.mag.get(1).copied().unwrap_or(0) as u64) << 32;
        if self.neg {
            if m <= 1 << 63 {
                Some((m as i64).wrapping_neg())
            } else {
                None
            }
        } else {
            i64::try_from(m).ok()
        }
    }

    /// Bits of the magnitude (`int.bit_length()`).
    pub fn bit_length(&self) -> u64 {
        mag::bit_length(&self.mag)
    }

    /// Set bits of the magnitude (`int.bit_count()`).
    pub fn bit_count(&self) -> u64 {
        self.mag.iter().map(|l| l.count_ones() as u64).sum()
    }

    pub fn negate(mut self) -> Int {
        self.neg = !self.neg && !self.mag.is_empty();
        self
    }
    pub fn abs(mut self) -> Int {
        self.neg = false;
        self
    }
}

impl From<i64> for Int {
    fn from(i: i64) -> Int {
        Int::from_i64(i)
    }
}
