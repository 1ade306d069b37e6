//! The runtime's `Platform` on a Cortex-M board: console output on a UART,
//! frozen modules from the table in flash, ticks from the board's timer.

use core::sync::atomic::{AtomicUsize, Ordering};

use runtime::frozen::{FrozenModule, FrozenTable};
use runtime::{Platform, Stream};

/// A board's serial console (a UART). Implementations are small handles to
/// memory-mapped registers, so they are `Copy`.
pub trait Console: Copy + 'static {
    /// Send bytes, waiting while the transmitter is full.
    fn write(&mut self, bytes: &[u8]);
    /// A received byte, if one is waiting.
    fn read_byte(&mut self) -> Option<u8>;
}

/// A board's free-running clock.
pub trait Clock: Copy + 'static {
    /// Microseconds since boot, never going back.
    fn ticks_us(&mut self) -> u64;
}

pub struct BoardPlatform<C: Console, K: Clock> {
    pub console: C,
    pub clock: K,
    frozen: FrozenTable<'static>,
}

impl<C: Console, K: Clock> BoardPlatform<C, K> {
    pub fn new(console: C, clock: K, frozen: FrozenTable<'static>) -> Self {
        BoardPlatform { console, clock, frozen }
    }
}

/// Write `bytes` with each `\n` sent as `\r\n`, as serial terminals expect.
pub fn write_crlf(console: &mut impl Console, bytes: &[u8]) {
    for chunk in bytes.split_inclusive(|b| *b == b'\n') {
        match chunk.split_last() {
            Some((b'\n', line)) => {
                console.write(line);
                console.write(b"\r\n");
            }
            _ => console.write(chunk),
        }
    }
}

impl<C: Console, K: Clock> Platform for BoardPlatform<C, K> {
    fn write(&mut self, _stream: Stream, bytes: &[u8]) {
        // One console: stdout and stderr interleave on it, as on MicroPython boards.
        write_crlf(&mut self.console, bytes);
    }

    fn frozen_module(&self, name: &str) -> Option<FrozenModule<'static>> {
        self.frozen.find(name)
    }

    fn stack_low(&self) -> bool {
        stack_low()
    }

    fn ticks_us(&mut self) -> u64 {
        self.clock.ticks_us()
    }
}

/// Native stack the runtime keeps in hand when it nests: one more interpreter
/// level takes about 500 bytes on a Cortex-M, and raising the RecursionError
/// and the deepest leaf calls (formatting) some more. A board sets it
/// (`Board::stack_reserve`); only `start` writes it.
static STACK_RESERVE: AtomicUsize = AtomicUsize::new(2048);

pub(crate) fn set_stack_reserve(bytes: usize) {
    STACK_RESERVE.store(bytes, Ordering::Relaxed);
}

/// Is the stack within the reserve of its end? (The stack grows down to
/// `_stack_end`, the bottom of RAM; see `freeze::build::write_memory_x`.)
pub fn stack_low() -> bool {
    unsafe extern "C" {
        static _stack_end: u32;
    }
    let end = &raw const _stack_end as usize;
    // The address of a local is the stack pointer, near enough.
    let here = 0u8;
    let sp = core::hint::black_box(&here) as *const u8 as usize;
    sp < end + STACK_RESERVE.load(Ordering::Relaxed)
}
