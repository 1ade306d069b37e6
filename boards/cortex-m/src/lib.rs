//! What every frostpy Cortex-M board shares. A board crate supplies its
//! console (a UART), its clock and its memory sizes, and calls [`start`]:
//!
//! 1. the frozen table linked into flash is checked once;
//! 2. the frozen module `main` runs as `__main__`, in place from flash;
//! 3. the firmware ends with the program's exit status, which reaches the
//!    host through semihosting (QEMU exits with it).
//!
//! Without a frozen `main`, a board built with the `repl` feature runs the
//! interactive REPL on its console instead ([`repl`]); `SystemExit` ends it
//! with its status. Ctrl-C on the console raises `KeyboardInterrupt` in running
//! code on boards whose UART receives by interrupt (`repl::RxQueue`).
//!
//! With the `suite` feature the firmware instead runs every frozen module
//! in turn with a fresh VM and frames each result for a host-side checker
//! (`tools/firmware-tests.py`).
//!
//! Built for the host, the crate holds only the REPL's line editor and
//! session logic ([`repl`]), so that its tests run there
//! (`cargo test -p frostpy-cortex-m`); the rest needs a bare-metal target.
#![cfg_attr(not(test), no_std)]

extern crate alloc;

pub mod repl;

#[cfg(target_os = "none")]
mod firmware;
#[cfg(target_os = "none")]
pub use firmware::*;
