//! Unsigned magnitudes: little-endian `u32` limbs. Results are trimmed (no
//! high zero limbs; zero is the empty vector); inputs may carry high zeros.

use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// Below this many limbs (of the shorter factor) schoolbook multiplication wins.
const KARATSUBA_MIN: usize = 32;

pub fn trim(v: &mut Vec<u32>) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

/// `a` without its high zero limbs.
pub fn trimmed(a: &[u32]) -> &[u32] {
    let mut n = a.len();
    while n > 0 && a[n - 1] == 0 {
        n -= 1;
    }
    &a[..n]
}

pub fn cmp(a: &[u32], b: &[u32]) -> Ordering {
    let (a, b) = (trimmed(a), trimmed(b));
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for i in (0..a.len()).rev() {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
    }
    Ordering::Equal
}

pub fn bit_length(a: &[u32]) -> u64 {
    let a = trimmed(a);
    match a.last() {
        Some(top) => (a.len() as u64 - 1) * 32 + (32 - top.leading_zeros()) as u64,
        None => 0,
    }
}

/// Is any of the lowest `bits` bits set?
pub fn low_bits_set(a: &[u32], bits: u64) -> bool {
    let whole = (bits / 32) as usize;
    if a.iter().take(whole).any(|&l| l != 0) {
        return true;
    }
    let rest = (bits % 32) as u32;
    rest != 0 && whole < a.len() && a[whole] & ((1u32 << rest) - 1) != 0
}

pub fn add(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut r = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u64;
    for (i, &x) in a.iter().enumerate() {
        let s = x as u64 + b.get(i).copied().unwrap_or(0) as u64 + carry;
        r.push(s as u32);
        carry = s >> 32;
    }
    r.push(carry as u32);
    trim(&mut r);
    r
}

/// `a - b`, where `a >= b`.
pub fn sub(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut r = a.to_vec();
    sub_at(&mut r, b, 0);
    trim(&mut r);
    r
}

/// `acc += b << (32 * at)`; `acc` has room for the result.
pub fn add_at(acc: &mut [u32], b: &[u32], at: usize) {
    let mut carry = 0u64;
    let mut i = 0;
    while i < b.len() || carry != 0 {
        let Some(slot) = acc.get_mut(at + i) else { return };
        let s = *slot as u64 + b.get(i).copied().unwrap_or(0) as u64 + carry;
        *slot = s as u32;
        carry = s >> 32;
        i += 1;
    }
}

/// `acc -= b << (32 * at)`, where the result is not negative.
pub fn sub_at(acc: &mut [u32], b: &[u32], at: usize) {
    let mut borrow = 0i64;
    let mut i = 0;
    while i < b.len() || borrow != 0 {
        let Some(slot) = acc.get_mut(at + i) else { return };
        let d = *slot as i64 - b.get(i).copied().unwrap_or(0) as i64 - borrow;
        *slot = d as u32;
        borrow = (d < 0) as i64;
        i += 1;
    }
}

pub fn mul(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = (trimmed(a), trimmed(b));
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let mut out = vec![0u32; a.len() + b.len()];
    mul_into(a, b, &mut out);
    trim(&mut out);
    out
}

/// `out += a * b`; `out` is long enough for the product.
fn mul_into(a: &[u32], b: &[u32], out: &mut [u32]) {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if b.len() < KARATSUBA_MIN {
        mul_school(a, b, out);
    } else if a.len() >= 2 * b.len() {
        // Lopsided: multiply `b` by slices of `a` that are as long as `b`.
        for (k, chunk) in a.chunks(b.len()).enumerate() {
            let p = mul(chunk, b);
            add_at(out, &p, k * b.len());
        }
    } else {
        // Karatsuba: (a1 X + a0)(b1 X + b0) with z1 = (a0 + a1)(b0 + b1) - z0 - z2.
        let m = a.len() / 2;
        let (a0, a1) = a.split_at(m);
        let (b0, b1) = b.split_at(m);
        let z0 = mul(a0, b0);
        let z2 = mul(a1, b1);
        let mut z1 = mul(&add(a0, a1), &add(b0, b1));
        sub_at(&mut z1, &z0, 0);
        sub_at(&mut z1, &z2, 0);
        trim(&mut z1);
        add_at(out, &z0, 0);
        add_at(out, &z1, m);
        add_at(out, &z2, 2 * m);
    }
}

fn mul_school(a: &[u32], b: &[u32], out: &mut [u32]) {
    for (i, &x) in a.iter().enumerate() {
        if x == 0 {
            continue;
        }
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            // At most (2^32-1)^2 + 2 (2^32-1) = 2^64 - 1: no overflow.
            let t = x as u64 * y as u64 + out[i + j] as u64 + carry;
            out[i + j] = t as u32;
            carry = t >> 32;
        }
        add_at(out, &[carry as u32], i + b.len());
    }
}

/// `a = a * m + add`.
pub fn mul_small_add(a: &mut Vec<u32>, m: u32, add: u32) {
    let mut carry = add as u64;
    for l in a.iter_mut() {
        let t = *l as u64 * m as u64 + carry;
        *l = t as u32;
        carry = t >> 32;
    }
    if carry != 0 {
        a.push(carry as u32);
    }
    trim(a);
}

/// `a = a / d`, returning the remainder (`d` non-zero).
pub fn divrem_small(a: &mut Vec<u32>, d: u32) -> u32 {
    let mut rem = 0u64;
    for l in a.iter_mut().rev() {
        let cur = rem << 32 | *l as u64;
        *l = (cur / d as u64) as u32;
        rem = cur % d as u64;
    }
    trim(a);
    rem as u32
}

pub fn shl(a: &[u32], bits: usize) -> Vec<u32> {
    let a = trimmed(a);
    if a.is_empty() {
        return Vec::new();
    }
    let (limbs, s) = (bits / 32, (bits % 32) as u32);
    let mut r = vec![0u32; limbs];
    r.reserve(a.len() + 1);
    if s == 0 {
        r.extend_from_slice(a);
    } else {
        let mut carry = 0u32;
        for &x in a {
            r.push(x << s | carry);
            carry = x >> (32 - s);
        }
        r.push(carry);
    }
    trim(&mut r);
    r
}

pub fn shr(a: &[u32], bits: usize) -> Vec<u32> {
    let (limbs, s) = (bits / 32, (bits % 32) as u32);
    let Some(a) = a.get(limbs..) else { return Vec::new() };
    let mut r: Vec<u32> = if s == 0 {
        a.to_vec()
    } else {
        (0..a.len()).map(|i| a[i] >> s | a.get(i + 1).map(|&h| h << (32 - s)).unwrap_or(0)).collect()
    };
    trim(&mut r);
    r
}
