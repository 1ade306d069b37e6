//! Keyboard interrupts. A board's console asks for one (Ctrl-C received on a
//! UART, from its receive interrupt); the interpreter raises `KeyboardInterrupt`
//! at the next backward jump (every loop iteration) or Python function call,
//! so any running Python code stops, and the program may catch it. A builtin
//! that runs long in Rust (`sum(range(10**8))`) is interrupted after it returns.
//!
//! The request is one flag shared by the whole program (a board has one console);
//! checking it costs a load and a branch on those two paths.

use core::sync::atomic::{AtomicBool, Ordering};

static PENDING: AtomicBool = AtomicBool::new(false);

/// Ask the running program to stop with `KeyboardInterrupt` (callable from an interrupt handler).
pub fn request() {
    PENDING.store(true, Ordering::Relaxed);
}

/// Drop a request not yet raised (a REPL does so before it runs a new input).
pub fn clear() {
    PENDING.store(false, Ordering::Relaxed);
}

/// Is a request waiting?
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed)
}

/// Take a waiting request: true once per `request`. (Load and store rather than a swap:
/// Cortex-M0 has no atomic read-modify-write; a request landing in between is one request.)
#[inline(always)]
pub(crate) fn take() -> bool {
    if PENDING.load(Ordering::Relaxed) {
        PENDING.store(false, Ordering::Relaxed);
        true
    } else {
        false
    }
}
