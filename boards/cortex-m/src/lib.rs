//! What every frostpy Cortex-M board shares. A board crate supplies its
//! console (a UART), its clock and its memory sizes, and calls [`start`]:
//!
//! 1. the frozen table linked into flash is checked once;
//! 2. the frozen module `main` runs as `__main__`, in place from flash;
//! 3. the firmware ends with the program's exit status, which reaches the
//!    host through semihosting (QEMU exits with it).
//!
//! With the `suite` feature the firmware instead runs every frozen module
//! in turn with a fresh VM and frames each result for a host-side checker
//! (`tools/firmware-tests.py`).
//!
//! The crate is empty unless built for a bare-metal target, so that a host
//! build of the whole workspace (`cargo test --workspace`) passes over it.
#![cfg(target_os = "none")]
#![no_std]

extern crate alloc;

mod platform;
mod stats;
#[cfg(feature = "suite")]
mod suite;

use core::fmt::Write as _;

pub use platform::{BoardPlatform, Clock, Console};
use runtime::frozen::FrozenTable;
use runtime::Config;

/// Exit status of a firmware whose own machinery failed (not the Python program): a panic,
/// a fault, an unusable frozen table. Same as the host's internal error.
pub const INTERNAL_ERROR: i32 = 70;

/// The Rust heap (the VM's stack and frames, and scratch strings); the Python heap is the arena.
#[global_allocator]
static ALLOCATOR: stats::Counting = stats::Counting::new();

/// What a board hands to [`start`].
pub struct Board<C: Console, K: Clock> {
    pub name: &'static str,
    pub console: C,
    pub clock: K,
    /// The frozen table linked into flash (`frostpy_frozen`).
    pub frozen: &'static [u8],
    /// The Python heap (garbage-collected arena).
    pub arena: &'static mut [u32],
    /// Memory for the Rust allocator.
    pub system_heap: &'static mut [u8],
    /// Python call depth at which RecursionError is raised (bounded by the Rust heap the board has).
    pub recursion_limit: usize,
    /// Bytes of native stack kept free: nesting deeper raises RecursionError (`Platform::stack_low`).
    pub stack_reserve: usize,
}

/// Leave the emulator (or stop a real chip at a breakpoint) with `code` as the exit status.
pub fn exit(code: i32) -> ! {
    semihosting::process::exit(code)
}

/// Boot: run the frozen `main` and exit with its status.
pub fn start<C: Console, K: Clock>(board: Board<C, K>) -> ! {
    let Board { name, mut console, clock, frozen, arena, system_heap, recursion_limit, stack_reserve } = board;
    platform::set_stack_reserve(stack_reserve);
    // SAFETY: called once, before any allocation, with memory nothing else uses.
    unsafe { ALLOCATOR.init(system_heap.as_mut_ptr() as usize, system_heap.len()) }
    let table = match FrozenTable::new(frozen) {
        Ok(t) => t,
        Err(e) => {
            let mut msg = alloc::string::String::new();
            let _ = writeln!(msg, "frostpy: {e}");
            console.write(msg.as_bytes());
            exit(INTERNAL_ERROR)
        }
    };
    let config = Config { recursion_limit, ..Config::default() };
    #[cfg(feature = "suite")]
    suite::run(name, console, clock, table, arena, config);
    #[cfg(not(feature = "suite"))]
    {
        let platform = BoardPlatform::new(console, clock, table);
        let mut vm = runtime::Vm::new(arena, alloc::boxed::Box::new(platform), config);
        match runtime::boot::run_frozen_main(&mut vm, &table, "main") {
            Some(status) => {
                stats::report(&mut console, &vm);
                exit(status as i32)
            }
            None => {
                let msg = alloc::format!(
                    "frostpy on {name}: no module 'main' is frozen into this firmware (frozen: {})\r\n",
                    table.len()
                );
                console.write(msg.as_bytes());
                exit(1)
            }
        }
    }
}

/// Bytes the Rust allocator has handed out now (for heap reports).
pub fn system_heap_used() -> usize {
    ALLOCATOR.used()
}

/// The most bytes the Rust allocator had handed out at once.
pub fn system_heap_peak() -> usize {
    ALLOCATOR.peak()
}

/// `core::fmt::Write` straight to a console, without allocating.
pub struct ConsoleWriter<'a, C: Console>(pub &'a mut C);

impl<C: Console> core::fmt::Write for ConsoleWriter<'_, C> {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        self.0.write(s.as_bytes());
        Ok(())
    }
}

/// Print a panic on the console (through `console`) and exit with [`INTERNAL_ERROR`].
/// Boards call this from their `#[panic_handler]`, which knows the console.
pub fn panic_exit(console: &mut impl Console, info: &core::panic::PanicInfo) -> ! {
    let _ = write!(ConsoleWriter(console), "\r\nfrostpy: internal error: {info}\r\n");
    exit(INTERNAL_ERROR)
}
