//! The string hash shared by the compiler (which stores it in images) and the runtime.

/// 32-bit FNV-1a. Cheap on a Cortex-M0 and good enough for dict probing.
pub const fn hash_bytes(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    h
}

/// CPython's modulus for numeric hashes on 64-bit builds: 2**61 - 1.
/// Numbers that compare equal hash equal across int and float.
pub const NUMERIC_MODULUS: u64 = (1 << 61) - 1;

/// `hash(i)` as CPython computes it: `i mod (2**61 - 1)` carrying `i`'s
/// sign, with -1 (C's error value) replaced by -2.
pub const fn hash_i64(i: i64) -> i64 {
    let h = (i.unsigned_abs() % NUMERIC_MODULUS) as i64;
    let h = if i < 0 { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(f)` for a finite or infinite float as CPython computes it: the
/// hash of the exact rational value (`None` for NaN, whose hash is its identity).
pub fn hash_f64(f: f64) -> Option<i64> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { 314159 } else { -314159 });
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let (m, e) =
        if exp == 0 { (bits & ((1 << 52) - 1), -1074) } else { ((bits & ((1 << 52) - 1)) | 1 << 52, exp - 1075) };
    // f = m * 2**e and 2**61 = 1 (mod 2**61 - 1): multiplying by 2**e rotates m's 61 bits.
    let r = e.rem_euclid(61) as u32;
    let h = if r == 0 { m } else { ((m << r) & NUMERIC_MODULUS) | m >> (61 - r) };
    let h = h as i64;
    let h = if f < 0.0 { -h } else { h };
    Some(if h == -1 { -2 } else { h })
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_values() {
        assert_eq!(super::hash_bytes(b""), 0x811c_9dc5);
        assert_eq!(super::hash_bytes(b"a"), 0xe40c_292c);
    }

    #[test]
    fn numeric_hashes_match_cpython() {
        // Values printed by CPython 3.11 (64-bit).
        use super::{hash_f64, hash_i64};
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(5), 5);
        assert_eq!(hash_i64(i64::MAX), 3);
        assert_eq!(hash_i64(i64::MIN), -4);
        assert_eq!(hash_f64(1.5), Some(1152921504606846977));
        assert_eq!(hash_f64(-0.5), Some(-1152921504606846976));
        assert_eq!(hash_f64(1e300), Some(1224995262755759164));
        assert_eq!(hash_f64(2f64.powi(100)), Some(549755813888));
        assert_eq!(hash_f64(f64::INFINITY), Some(314159));
        assert_eq!(hash_f64(-1.0), Some(-2));
        assert_eq!(hash_f64(3.0), Some(3));
        assert_eq!(hash_f64(0.0), Some(0));
        assert_eq!(hash_f64(5e-324), Some(16777216));
        assert_eq!(hash_f64(1e-300), Some(482449582752280463));
    }
}
