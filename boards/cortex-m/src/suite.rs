//! Test-suite firmware: run every frozen module as `__main__`, each in a
//! fresh VM on the same arena, and frame the results for
//! `tools/firmware-tests.py`:
//!
//! ```text
//! \x1e=== <module>\n
//! <the program's stdout>
//! \x1e--- exit <status>\n
//! <the program's stderr>
//! \x1e--- end\n
//! ```
//! and `\x1e=== done <count>\n` at the end. Output goes to the console as
//! is (no `\r\n`), so the checker compares bytes.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::RefCell;

use runtime::frozen::{FrozenModule, FrozenTable};
use runtime::{Config, Platform, Stream, Vm};

use crate::{exit, Clock, Console};

/// The stderr of the program running now, printed after its exit status.
struct Captured {
    err: RefCell<Vec<u8>>,
}

struct SuitePlatform<C: Console, K: Clock> {
    console: C,
    clock: K,
    frozen: FrozenTable<'static>,
    captured: &'static Captured,
}

impl<C: Console, K: Clock> Platform for SuitePlatform<C, K> {
    fn write(&mut self, stream: Stream, bytes: &[u8]) {
        match stream {
            Stream::Out => self.console.write(bytes),
            Stream::Err => self.captured.err.borrow_mut().extend_from_slice(bytes),
        }
    }

    fn frozen_module(&self, name: &str) -> Option<FrozenModule<'static>> {
        self.frozen.find(name)
    }

    fn stack_low(&self) -> bool {
        super::platform::stack_low()
    }

    fn ticks_us(&mut self) -> u64 {
        self.clock.ticks_us()
    }
}

pub fn run<C: Console, K: Clock>(
    name: &str,
    mut console: C,
    mut clock: K,
    table: FrozenTable<'static>,
    mut arena: &'static mut [u32],
    config: Config,
) -> ! {
    let captured: &'static Captured = Box::leak(Box::new(Captured { err: RefCell::new(Vec::new()) }));
    let start = clock.ticks_us();
    let mut count = 0;
    for m in table.iter() {
        // Modules named `_*` are helpers for the others to import, not programs.
        if m.name.starts_with('_') {
            continue;
        }
        let mut head = String::from("\x1e=== ");
        head.push_str(m.name);
        head.push('\n');
        console.write(head.as_bytes());
        let platform = SuitePlatform { console, clock, frozen: table, captured };
        let mut vm = Vm::new(arena, Box::new(platform), config);
        let status = runtime::boot::run_image(&mut vm, m.image, "__main__", true);
        let foot = alloc::format!("\x1e--- exit {status}\n");
        console.write(foot.as_bytes());
        let err = core::mem::take(&mut *captured.err.borrow_mut());
        console.write(&err);
        console.write(b"\x1e--- end\n");
        arena = vm.into_parts().0;
        count += 1;
    }
    let us = clock.ticks_us().wrapping_sub(start);
    let done = alloc::format!("\x1e=== done {count} on {name} in {} ms\n", us / 1000);
    console.write(done.as_bytes());
    exit(0)
}
