//! The firmware side of the crate (bare-metal targets only): boot, the UART
//! platform, the allocator, the exit through semihosting.

#[path = "platform.rs"]
mod platform;
#[cfg(feature = "repl")]
#[path = "repl_fw.rs"]
pub mod repl_fw;
#[path = "stats.rs"]
mod stats;
#[cfg(feature = "suite")]
#[path = "suite.rs"]
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
        // Ctrl-C on the console raises KeyboardInterrupt (on boards whose UART receives by interrupt).
        crate::repl::set_running(true);
        let ran = runtime::boot::run_frozen_main(&mut vm, &table, "main");
        crate::repl::set_running(false);
        match ran {
            Some(status) => {
                stats::report(&mut console, &vm);
                exit(status as i32)
            }
            #[cfg(feature = "repl")]
            None => {
                let _ = table;
                let banner = repl_fw::banner(name);
                let mut repl =
                    crate::repl::Repl::new(repl_fw::DeviceCompiler, repl_fw::VmRunner::new(vm, config), banner);
                let crate::repl::End::Exit(code) = repl.run(&mut repl_fw::UartTerm(console));
                exit(code)
            }
            #[cfg(not(feature = "repl"))]
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

/// Report a panic on the console (through `console`) and exit with [`INTERNAL_ERROR`].
/// Boards call this from their `#[panic_handler]`, which knows the console.
///
/// The line is fixed: formatting `info` keeps every panic's message and location (file
/// names, lines) and core's formatting machinery in flash, 53 KB on the mps2-an385
/// (docs/boards.md, "Footprint"). The feature `panic-message` prints them, for debugging.
pub fn panic_exit(console: &mut impl Console, info: &core::panic::PanicInfo) -> ! {
    #[cfg(feature = "panic-message")]
    let _ = write!(ConsoleWriter(console), "\r\nfrostpy: internal error: {info}\r\n");
    #[cfg(not(feature = "panic-message"))]
    {
        let _ = info;
        console.write(b"\r\nfrostpy: internal error (a Rust panic; feature panic-message prints it)\r\n");
    }
    exit(INTERNAL_ERROR)
}
