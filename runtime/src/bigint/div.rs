//! Long division of magnitudes: Knuth's algorithm D (TAOCP 4.3.1) on 32-bit limbs.

use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

use super::mag::{cmp, divrem_small, shl, shr, trim, trimmed};

/// `(a / b, a % b)` for a non-zero `b`.
pub fn divrem(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let (a, b) = (trimmed(a), trimmed(b));
    if b.is_empty() || cmp(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let mut q = a.to_vec();
        let r = divrem_small(&mut q, b[0]);
        return (q, if r == 0 { Vec::new() } else { vec![r] });
    }
    // Normalize so that the divisor's top bit is set: then each estimated
    // quotient digit is at most two too large.
    let s = b[b.len() - 1].leading_zeros() as usize;
    let v = shl(b, s);
    let mut u = shl(a, s);
    u.resize(a.len() + 1, 0);
    let n = v.len();
    let m = a.len() - n;
    let (vtop, vnext) = (v[n - 1] as u64, v[n - 2] as u64);
    let mut q = vec![0u32; m + 1];
    for j in (0..=m).rev() {
        let num = (u[j + n] as u64) << 32 | u[j + n - 1] as u64;
        let mut qhat = num / vtop;
        let mut rhat = num % vtop;
        while qhat >> 32 != 0 || qhat * vnext > (rhat << 32 | u[j + n - 2] as u64) {
            qhat -= 1;
            rhat += vtop;
            if rhat >> 32 != 0 {
                break;
            }
        }
        // u[j..=j+n] -= qhat * v
        let mut borrow = 0i64;
        let mut carry = 0u64;
        for i in 0..n {
            let p = qhat * v[i] as u64 + carry;
            carry = p >> 32;
            let t = u[i + j] as i64 - borrow - (p & 0xffff_ffff) as i64;
            u[i + j] = t as u32;
            borrow = (t < 0) as i64;
        }
        let t = u[j + n] as i64 - borrow - carry as i64;
        u[j + n] = t as u32;
        if t < 0 {
            // The estimate was one too large (rare): add the divisor back.
            qhat -= 1;
            let mut c = 0u64;
            for i in 0..n {
                let s = u[i + j] as u64 + v[i] as u64 + c;
                u[i + j] = s as u32;
                c = s >> 32;
            }
            u[j + n] = u[j + n].wrapping_add(c as u32);
        }
        q[j] = qhat as u32;
    }
    trim(&mut q);
    let r = shr(&u[..n], s);
    (q, r)
}
