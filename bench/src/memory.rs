//! The smallest heap a benchmark completes in (correct checksum), found by bisection.

use std::path::Path;

use crate::interp::{self, Interp, Setup};

/// Stop when the bracket is within this factor (or 1 KiB).
const TOLERANCE: f64 = 1.03;
const MIN_HEAP: u64 = 4 * 1024;

/// The smallest heap in bytes (rounded up to KiB) at which `script` still prints `expected`,
/// knowing that it does at `known_good`. `None` if it fails even there.
pub fn min_heap(setup: &Setup, i: Interp, script: &Path, expected: &str, known_good: u64) -> Option<u64> {
    let fits = |heap: u64| {
        let o = interp::run(interp::command(setup, i, script, heap, false));
        o.ok && o.stdout == expected
    };
    let mut hi = known_good.div_ceil(1024) * 1024;
    if fits(MIN_HEAP) {
        return Some(MIN_HEAP);
    }
    let mut lo = MIN_HEAP;
    // Geometric bisection: the answers span KiB to tens of MiB.
    while (hi as f64) / (lo as f64) > TOLERANCE && hi - lo > 1024 {
        let mid = (((lo as f64) * (hi as f64)).sqrt() as u64).div_ceil(1024) * 1024;
        if mid <= lo || mid >= hi {
            break;
        }
        if fits(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Some(hi)
}
