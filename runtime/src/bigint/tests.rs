//! Property checks against `i128` arithmetic, edge values at limb
//! boundaries, and identities for numbers too large for `i128`.

extern crate std;
use super::ops::Bit;
use super::{Int, TrueDivError};
use alloc::format;
use alloc::vec::Vec;

/// Seeded random numbers, so that a failure can be replayed.
struct Rng(fastrand::Rng);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0.u64(..)
    }
    /// A value of random width (up to `max_bits`), often near a limb boundary.
    fn int(&mut self, max_bits: u32) -> i128 {
        let r = self.next();
        let v: i128 = match r % 8 {
            0 => {
                let e = EDGES[(self.next() % EDGES.len() as u64) as usize];
                if 128 - e.leading_zeros() <= max_bits {
                    e
                } else {
                    e >> (128 - max_bits)
                }
            }
            1 => (1i128 << (self.next() % max_bits as u64)) - (self.next() % 3) as i128,
            _ => {
                let bits = self.next() % max_bits as u64 + 1;
                let v = ((self.next() as u128) << 64 | self.next() as u128) >> (128 - bits);
                v as i128
            }
        };
        if self.next() & 1 == 1 {
            v.wrapping_neg()
        } else {
            v
        }
    }
}

const EDGES: [i128; 14] = [
    0,
    1,
    2,
    0x7fff_ffff,
    0x8000_0000,
    0xffff_ffff,
    0x1_0000_0000,
    0x1_0000_0001,
    0x7fff_ffff_ffff_ffff,
    0x8000_0000_0000_0000,
    0xffff_ffff_ffff_ffff,
    0x1_0000_0000_0000_0000,
    0xffff_ffff_ffff_ffff_ffff_ffff,
    1 << 100,
];

fn big(x: i128) -> Int {
    let m = x.unsigned_abs();
    Int::from_limbs(x < 0, (0..4).map(|i| (m >> (32 * i)) as u32).collect())
}

fn small(x: &Int) -> i128 {
    assert!(x.limbs().len() <= 4, "{x:?}");
    let m = x.limbs().iter().rev().fold(0u128, |acc, &l| acc << 32 | l as u128);
    if x.is_neg() {
        (m as i128).wrapping_neg()
    } else {
        m as i128
    }
}

#[test]
fn add_sub_mul_match_i128() {
    let mut r = Rng(fastrand::Rng::with_seed(0x1234_5678_9abc_def1));
    for _ in 0..20000 {
        let (a, b) = (r.int(126), r.int(126));
        assert_eq!(small(&big(a).add(&big(b))), a + b, "{a} + {b}");
        assert_eq!(small(&big(a).sub(&big(b))), a - b, "{a} - {b}");
        let (c, d) = (r.int(63), r.int(63));
        assert_eq!(small(&big(c).mul(&big(d))), c * d, "{c} * {d}");
        assert_eq!(big(a).cmp(&big(b)), a.cmp(&b));
    }
}

#[test]
fn floor_division_matches_python() {
    let mut r = Rng(fastrand::Rng::with_seed(99));
    for _ in 0..20000 {
        let (a, b) = (r.int(126), r.int(126));
        if b == 0 {
            assert!(big(a).divmod(&big(b)).is_none());
            continue;
        }
        let (q, m) = big(a).divmod(&big(b)).unwrap();
        // Python: q = floor(a / b), m = a - q*b has b's sign.
        let fq = {
            let q = a / b;
            if (a % b != 0) && ((a < 0) != (b < 0)) {
                q - 1
            } else {
                q
            }
        };
        assert_eq!((small(&q), small(&m)), (fq, a - fq * b), "divmod({a}, {b})");
    }
}

#[test]
fn bitwise_and_shifts_match_i128() {
    let mut r = Rng(fastrand::Rng::with_seed(7));
    for _ in 0..20000 {
        let (a, b) = (r.int(120), r.int(120));
        assert_eq!(small(&big(a).bitwise(Bit::And, &big(b))), a & b, "{a} & {b}");
        assert_eq!(small(&big(a).bitwise(Bit::Or, &big(b))), a | b, "{a} | {b}");
        assert_eq!(small(&big(a).bitwise(Bit::Xor, &big(b))), a ^ b, "{a} ^ {b}");
        assert_eq!(small(&big(a).invert()), !a);
        let s = (r.next() % 100) as u32;
        assert_eq!(small(&big(a).shr(s as u64)), a >> s, "{a} >> {s}");
        let c = r.int(60);
        assert_eq!(small(&big(c).shl(s.min(60) as u64)), c << s.min(60), "{c} << {s}");
    }
    assert_eq!(small(&big(-5).shr(1000)), -1);
    assert_eq!(small(&big(5).shr(1000)), 0);
}

#[test]
fn text_round_trips() {
    let mut r = Rng(fastrand::Rng::with_seed(3));
    for _ in 0..5000 {
        let a = r.int(127);
        let m = a.unsigned_abs();
        assert_eq!(big(a).to_radix(10), format!("{m}"));
        assert_eq!(big(a).to_radix(16), format!("{m:x}"));
        assert_eq!(big(a).to_radix(8), format!("{m:o}"));
        assert_eq!(big(a).to_radix(2), format!("{m:b}"));
        for radix in [3u32, 7, 10, 36] {
            let text = big(a).to_radix(radix);
            let digits: Vec<u8> = text.bytes().map(|c| (c as char).to_digit(36).unwrap() as u8).collect();
            assert_eq!(small(&Int::from_digits(&digits, radix)), m as i128, "{text} in base {radix}");
        }
    }
    // Chunks of nine decimal digits keep their inner zeros.
    let n = Int::pow10(40).add(&big(7));
    assert_eq!(n.to_radix(10), format!("1{}7", "0".repeat(39)));
}

#[test]
fn floats_round_correctly() {
    let mut r = Rng(fastrand::Rng::with_seed(11));
    for _ in 0..20000 {
        let a = r.int(127);
        assert_eq!(big(a).to_f64(), Some(a as f64), "{a}");
        let f = f64::from_bits(r.next() & !(0x7ff << 52) | ((r.next() % 1100) << 52));
        let t = libm::trunc(f);
        if t.abs() < 1e38 {
            assert_eq!(small(&Int::from_f64(f)), t as i128, "{f}");
        }
        assert_eq!(Int::from_f64(t).to_f64(), Some(t));
    }
    assert_eq!(Int::from_i64(1).shl(1024).to_f64(), None);
    // Just below 2**1024: rounds up to overflow only past the halfway point.
    let max = Int::from_f64(f64::MAX);
    assert_eq!(max.to_f64(), Some(f64::MAX));
    let half_ulp = Int::from_i64(1).shl(1023 - 53);
    assert_eq!(max.add(&half_ulp).sub(&big(1)).to_f64(), Some(f64::MAX));
    assert_eq!(max.add(&half_ulp).to_f64(), None);
    // Ties go to even.
    let two53 = Int::from_i64(1 << 53);
    assert_eq!(two53.add(&big(1)).to_f64(), Some(9007199254740992.0));
    assert_eq!(two53.add(&big(3)).to_f64(), Some(9007199254740996.0));
}

#[test]
fn true_division_is_correctly_rounded() {
    let mut r = Rng(fastrand::Rng::with_seed(5));
    for _ in 0..20000 {
        let (a, b) = (r.int(53), r.int(53));
        if b == 0 {
            assert_eq!(big(a).true_div(&big(b)), Err(TrueDivError::ZeroDivision));
            continue;
        }
        assert_eq!(big(a).true_div(&big(b)), Ok(a as f64 / b as f64));
        // Scaling both sides by a power of two (past the fast path) changes nothing.
        let k = r.next() % 200 + 60;
        assert_eq!(big(a).shl(k).true_div(&big(b).shl(k)), Ok(a as f64 / b as f64), "{a} / {b} << {k}");
        // Exact quotients of large numbers.
        let p = big(b).shl(k);
        assert_eq!(p.true_div(&Int::from_i64(1).shl(k)), Ok(b as f64));
    }
    assert_eq!(Int::pow10(400).true_div(&Int::pow10(399)), Ok(10.0));
    assert_eq!(Int::from_i64(1).shl(1024).true_div(&big(1)), Err(TrueDivError::Overflow));
    assert_eq!(big(1).true_div(&Int::from_i64(1).shl(1074)), Ok(f64::from_bits(1)));
    assert_eq!(big(1).true_div(&Int::from_i64(1).shl(1075)), Ok(0.0));
    assert_eq!(big(3).true_div(&Int::from_i64(1).shl(1076)), Ok(f64::from_bits(1)));
    assert_eq!(big(-1).true_div(&Int::from_i64(1).shl(2000)), Ok(-0.0));
    assert!(big(-1).true_div(&Int::from_i64(1).shl(2000)).unwrap().is_sign_negative());
}

#[test]
fn multiplication_and_division_agree_on_large_numbers() {
    let mut r = Rng(fastrand::Rng::with_seed(17));
    let rand = |r: &mut Rng, limbs: usize| -> Int {
        Int::from_limbs(r.next() & 1 == 1, (0..limbs).map(|_| r.next() as u32).collect())
    };
    for (la, lb) in [(1, 1), (2, 1), (3, 2), (40, 35), (70, 33), (200, 64), (150, 150), (300, 5), (1, 300)] {
        for _ in 0..5 {
            let (a, b) = (rand(&mut r, la), rand(&mut r, lb));
            if b.is_zero() {
                continue;
            }
            let c = rand(&mut r, lb).abs();
            let c = c.divmod(&b.clone().abs()).unwrap().1;
            // (a*b + c) divmod |b| = (a, c) for a >= 0 and 0 <= c < |b|.
            let a = a.abs();
            let b = b.abs();
            let p = a.mul(&b).add(&c);
            let (q, m) = p.divmod(&b).unwrap();
            assert_eq!((q, m), (a.clone(), c.clone()), "limbs {la} x {lb}");
            // Karatsuba against a product computed limb by limb.
            let mut slow = Int::zero();
            for (i, &l) in b.limbs().iter().enumerate() {
                slow = slow.add(&a.mul(&Int::from_u64(l as u64)).shl(32 * i as u64));
            }
            assert_eq!(a.mul(&b), slow);
        }
    }
}

#[test]
fn powers_and_modular_arithmetic() {
    assert_eq!(Int::from_i64(2).pow(100).to_radix(10), "1267650600228229401496703205376");
    assert_eq!(Int::from_i64(-3).pow(3), big(-27));
    assert_eq!(big(7).pow(0), big(1));
    let m = Int::pow10(30).add(&big(7));
    assert_eq!(big(2).pow_mod(&big(100), &m).to_radix(10), "267650600228229401496703205369");
    assert_eq!(big(3).pow_mod(&big(5), &big(-7)), big(243 % 7 - 7));
    assert_eq!(big(3).mod_inverse(&big(7)), Some(big(5)));
    assert_eq!(big(-3).mod_inverse(&big(7)), Some(big(2)));
    assert_eq!(big(6).mod_inverse(&big(9)), None);
    let mut r = Rng(fastrand::Rng::with_seed(23));
    for _ in 0..2000 {
        let (b, e, md) = (r.int(40) % (1 << 40), (r.next() % 3000) as i128, r.int(40) % (1 << 40));
        if md == 0 {
            continue;
        }
        let mut acc: i128 = 1 % md.abs();
        let bm = b.rem_euclid(md.abs());
        for _ in 0..e {
            acc = acc * bm % md.abs();
        }
        if md < 0 && acc != 0 {
            acc += md;
        }
        assert_eq!(small(&big(b).pow_mod(&big(e), &big(md))), acc, "pow({b}, {e}, {md})");
    }
}

#[test]
fn hashes_match_cpython() {
    // Values printed by CPython 3.11 on a 64-bit build.
    assert_eq!(big(1 << 100).hash(), 549755813888);
    assert_eq!(big(-1).hash(), -2);
    assert_eq!(big((1 << 61) - 1).hash(), 0);
    assert_eq!(big(1 << 61).hash(), 1);
    assert_eq!(big(-(1 << 61)).hash(), -2);
    assert_eq!(big(12345).hash(), 12345);
}

#[test]
fn bytes_round_trip() {
    assert_eq!(big(1 << 100).to_bytes(13, false, false).unwrap()[0], 0x10);
    assert_eq!(big(1 << 100).to_bytes(12, false, false), None);
    assert_eq!(big(-1).to_bytes(2, true, true), Some(alloc::vec![0xff, 0xff]));
    assert_eq!(big(-1).to_bytes(2, true, false), None);
    assert_eq!(big(-128).to_bytes(1, true, true), Some(alloc::vec![0x80]));
    assert_eq!(big(-129).to_bytes(1, true, true), None);
    assert_eq!(big(128).to_bytes(1, true, true), None);
    assert_eq!(big(255).to_bytes(1, true, false), Some(alloc::vec![0xff]));
    let mut r = Rng(fastrand::Rng::with_seed(29));
    for _ in 0..5000 {
        let a = r.int(100);
        let (little, signed) = (r.next() & 1 == 1, r.next() & 1 == 1 || a < 0);
        let b = big(a).to_bytes(16, little, signed).unwrap();
        assert_eq!(small(&Int::from_bytes(&b, little, signed)), a);
        let expect = if little { a.to_le_bytes() } else { a.to_be_bytes() };
        assert_eq!(b, expect.to_vec());
    }
}

#[test]
fn i64_boundaries() {
    for v in [0i64, 1, -1, i64::MAX, i64::MIN, i64::MIN + 1, 1 << 32, -(1 << 32)] {
        assert_eq!(Int::from_i64(v).to_i64(), Some(v));
    }
    assert_eq!(big(1 << 63).to_i64(), None);
    assert_eq!(big(-(1 << 63) - 1).to_i64(), None);
    assert_eq!(big(1 << 100).bit_length(), 101);
    assert_eq!(big((1 << 100) - 1).bit_count(), 100);
}

/// Timings of the heavy operations on 10,000-digit numbers:
/// `cargo test --release -p frostpy-runtime bench_ten_thousand_digits -- --ignored --nocapture`.
#[test]
#[ignore]
fn bench_ten_thousand_digits() {
    use std::time::Instant;
    let x = Int::from_i64(7).pow(11834); // 10,001 digits
    let t = Instant::now();
    let s = x.to_radix(10);
    std::println!("str(): {} digits in {:?}", s.len(), t.elapsed());
    let digits: Vec<u8> = s.bytes().map(|c| c - b'0').collect();
    let t = Instant::now();
    let y = Int::from_digits(&digits, 10);
    std::println!("int(str): {:?}", t.elapsed());
    assert_eq!(x, y);
    let t = Instant::now();
    let p = x.mul(&y);
    std::println!("10k x 10k digit multiply: {:?}", t.elapsed());
    let t = Instant::now();
    let (q, r) = p.add(&big(12345)).divmod(&x).unwrap();
    std::println!("20k / 10k digit divmod: {:?}", t.elapsed());
    assert_eq!((q, r), (y, big(12345)));
}
