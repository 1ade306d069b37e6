//! Conversions: text in any base, floats (correctly rounded), bytes, hash.

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::div::divrem;
use super::mag;
use super::Int;

/// Why `true_div` has no float result.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TrueDivError {
    ZeroDivision,
    Overflow,
}

/// CPython's modulus for numeric hashes (on 64-bit builds): 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// The largest power of `radix` that fits a limb, and its exponent.
fn chunk(radix: u32) -> (u32, usize) {
    let (mut p, mut k) = (radix, 1);
    while let Some(n) = p.checked_mul(radix) {
        p = n;
        k += 1;
    }
    (p, k)
}

impl Int {
    /// Digits of the magnitude in `radix` (2..=36), lowercase, no sign or prefix.
    pub fn to_radix(&self, radix: u32) -> String {
        let mut out = Vec::new();
        if self.mag.is_empty() {
            out.push(b'0');
        } else if radix.is_power_of_two() {
            let bits = radix.trailing_zeros() as u64;
            let n = self.bit_length().div_ceil(bits);
            for i in (0..n).rev() {
                out.push(digit(self.bits_at(i * bits, bits as u32)));
            }
        } else {
            // Peel off chunks of k digits from the low end, then print them most significant first.
            let (p, k) = chunk(radix);
            let mut m = self.mag.clone();
            let mut chunks = Vec::with_capacity(m.len() * 32 / (k * 3) + 1);
            while !m.is_empty() {
                chunks.push(mag::divrem_small(&mut m, p));
            }
            for (i, &c) in chunks.iter().rev().enumerate() {
                let mut buf = [0u8; 32];
                let (mut c, mut n) = (c, 0);
                while c > 0 || (n < k && i > 0) || n == 0 {
                    buf[n] = digit(c % radix);
                    c /= radix;
                    n += 1;
                }
                out.extend(buf[..n].iter().rev());
            }
        }
        String::from_utf8(out).unwrap_or_default()
    }

    /// `count` (at most 32) bits of the magnitude from bit `at`.
    fn bits_at(&self, at: u64, count: u32) -> u32 {
        let (l, s) = ((at / 32) as usize, (at % 32) as u32);
        let lo =
            self.mag.get(l).copied().unwrap_or(0) as u64 | (self.mag.get(l + 1).copied().unwrap_or(0) as u64) << 32;
        ((lo >> s) & ((1u64 << count) - 1)) as u32
    }

    /// The value of digit values (each below `radix`), most significant first.
    pub fn from_digits(digits: &[u8], radix: u32) -> Int {
        let (p, k) = chunk(radix);
        let mut m = Vec::with_capacity(digits.len() / k + 1);
        for part in digits.chunks(k) {
            let v = part.iter().fold(0u32, |acc, &d| acc * radix + d as u32);
            let scale = if part.len() == k { p } else { radix.pow(part.len() as u32) };
            mag::mul_small_add(&mut m, scale, v);
        }
        Int::from_limbs(false, m)
    }

    /// The nearest float, ties to even; `None` if it overflows.
    pub fn to_f64(&self) -> Option<f64> {
        let n = self.bit_length();
        if n > 1100 {
            return None;
        }
        let f = if n <= 64 {
            ((self.bits_at(32, 32) as u64) << 32 | self.bits_at(0, 32) as u64) as f64
        } else {
            // The top 64 bits with a sticky bit for everything below round exactly once.
            let top = (self.bits_at(n - 32, 32) as u64) << 32 | self.bits_at(n - 64, 32) as u64;
            let sticky = mag::low_bits_set(&self.mag, n - 64) as u64;
            libm::ldexp((top | sticky) as f64, (n - 64) as i32)
        };
        if f.is_infinite() {
            return None;
        }
        Some(if self.neg { -f } else { f })
    }

    /// The integer part of a finite float.
    pub fn from_f64(f: f64) -> Int {
        let bits = f.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        if exp == 0 {
            return Int::zero(); // zero or subnormal: |f| < 1
        }
        let m = (bits & ((1 << 52) - 1)) | 1 << 52;
        let e = exp - 1075; // f = m * 2**e
        let r = Int::from_u64(m);
        let r = if e >= 0 { r.shl(e as u64) } else { Int::from_limbs(false, mag::shr(&r.mag, (-e) as usize)) };
        if f < 0.0 {
            r.negate()
        } else {
            r
        }
    }

    /// `a / b` as the correctly rounded float (CPython's `long_true_divide`).
    pub fn true_div(&self, o: &Int) -> Result<f64, TrueDivError> {
        if o.is_zero() {
            return Err(TrueDivError::ZeroDivision);
        }
        let neg = self.neg != o.neg;
        let sign = |f: f64| if neg { -f } else { f };
        let (na, nb) = (self.bit_length() as i64, o.bit_length() as i64);
        if na <= 53 && nb <= 53 {
            let (x, y) = (self.to_f64().unwrap_or(0.0), o.to_f64().unwrap_or(1.0));
            return Ok(x / y);
        }
        let diff = na - nb;
        if diff > 1025 {
            return Err(TrueDivError::Overflow);
        }
        if diff < -1080 {
            return Ok(sign(0.0));
        }
        // Scale so that the quotient has 55 or 56 bits when the result is
        // normal (two more than a double keeps), fewer when it is subnormal.
        let shift = diff.max(-1021) - 55;
        let mut inexact = false;
        let x = if shift >= 0 {
            inexact = mag::low_bits_set(&self.mag, shift as u64);
            mag::shr(&self.mag, shift as usize)
        } else {
            mag::shl(&self.mag, (-shift) as usize)
        };
        let (q, r) = divrem(&x, &o.mag);
        inexact |= !r.is_empty();
        let q = q.first().copied().unwrap_or(0) as u64 | (q.get(1).copied().unwrap_or(0) as u64) << 32;
        let qbits = 64 - q.leading_zeros() as i64;
        // Bits to drop: down to 53, or down to the subnormal grid 2**-1074.
        let extra = (qbits - 53).max(-1074 - shift).max(1) as u32;
        let low = q & ((1u64 << extra) - 1);
        let half = 1u64 << (extra - 1);
        let mut q = q >> extra;
        if low > half || (low == half && (inexact || q & 1 == 1)) {
            q += 1;
        }
        let f = libm::ldexp(q as f64, (shift + extra as i64) as i32);
        if f.is_infinite() {
            return Err(TrueDivError::Overflow);
        }
        Ok(sign(f))
    }

    /// `hash(n)` as CPython computes it: `n mod (2**61 - 1)` with the sign of
    /// `n`, and -1 (the C error value) replaced by -2.
    pub fn hash(&self) -> i64 {
        let mut h: u64 = 0;
        for &l in self.mag.iter().rev() {
            h = ((((h as u128) << 32) | l as u128) % HASH_MODULUS as u128) as u64;
        }
        let h = if self.neg { -(h as i64) } else { h as i64 };
        if h == -1 {
            -2
        } else {
            h
        }
    }

    /// `int.to_bytes`: `None` if the value does not fit `len` bytes.
    pub fn to_bytes(&self, len: usize, little: bool, signed: bool) -> Option<Vec<u8>> {
        if self.neg && !signed {
            return None;
        }
        let bits = if self.neg {
            // -2**(k-1) needs k bits in two's complement; other negatives one more than their magnitude.
            let m = Int::from_limbs(false, mag::sub(&self.mag, &[1]));
            m.bit_length() + 1
        } else {
            self.bit_length() + signed as u64
        };
        if bits > len as u64 * 8 {
            return None;
        }
        let n = len.div_ceil(4) + 1;
        let t = self.twos(n);
        let mut out: Vec<u8> = (0..len).map(|i| (t[i / 4] >> (8 * (i % 4))) as u8).collect();
        if !little {
            out.reverse();
        }
        Some(out)
    }

    /// `int.from_bytes`.
    pub fn from_bytes(bytes: &[u8], little: bool, signed: bool) -> Int {
        let mut limbs = vec![0u32; bytes.len().div_ceil(4)];
        for (i, &b) in bytes.iter().enumerate() {
            let at = if little { i } else { bytes.len() - 1 - i };
            limbs[at / 4] |= (b as u32) << (8 * (at % 4));
        }
        let v = Int::from_limbs(false, limbs);
        let top = if little { bytes.last() } else { bytes.first() };
        if signed && top.is_some_and(|b| b >> 7 == 1) {
            v.sub(&Int::from_i64(1).shl(bytes.len() as u64 * 8))
        } else {
            v
        }
    }
}

fn digit(d: u32) -> u8 {
    if d < 10 {
        b'0' + d as u8
    } else {
        b'a' + (d - 10) as u8
    }
}
