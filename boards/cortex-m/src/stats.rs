//! Memory statistics for sizing a board: the Rust allocator counts what it
//! hands out, and with the `stats` feature the firmware prints, before it
//! exits, the peaks of both heaps and of the stack (cortex-m-rt paints the
//! stack at boot; the painted words left are the ones never used).

use core::alloc::{GlobalAlloc, Layout};
use core::sync::atomic::{AtomicUsize, Ordering};

use crate::Console;

/// The board's allocator with a count of bytes in use and their peak.
/// (Load and store only: the Cortex-M0 has no atomic add, and nothing
/// allocates in interrupt handlers.)
pub struct Counting {
    heap: embedded_alloc::LlffHeap,
    used: AtomicUsize,
    peak: AtomicUsize,
}

impl Counting {
    pub const fn new() -> Counting {
        Counting { heap: embedded_alloc::LlffHeap::empty(), used: AtomicUsize::new(0), peak: AtomicUsize::new(0) }
    }
    /// # Safety
    /// Once, before any allocation, with memory nothing else uses.
    pub unsafe fn init(&self, start: usize, size: usize) {
        unsafe { self.heap.init(start, size) }
    }
    pub fn used(&self) -> usize {
        self.used.load(Ordering::Relaxed)
    }
    pub fn peak(&self) -> usize {
        self.peak.load(Ordering::Relaxed)
    }
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { self.heap.alloc(layout) };
        if !p.is_null() {
            let used = self.used.load(Ordering::Relaxed) + layout.size();
            self.used.store(used, Ordering::Relaxed);
            if used > self.peak.load(Ordering::Relaxed) {
                self.peak.store(used, Ordering::Relaxed);
            }
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { self.heap.dealloc(ptr, layout) };
        self.used.store(self.used.load(Ordering::Relaxed).saturating_sub(layout.size()), Ordering::Relaxed);
    }
}

/// Bytes of the stack ever used (0 if the stack was not painted).
#[cfg(feature = "stats")]
fn stack_used() -> (usize, usize) {
    unsafe extern "C" {
        static _stack_start: u32;
        static _stack_end: u32;
    }
    // SAFETY: the linker's stack bounds; the words between them are plain RAM.
    unsafe {
        let lo = &raw const _stack_end as usize;
        let hi = &raw const _stack_start as usize;
        let mut p = lo;
        while p < hi && core::ptr::read_volatile(p as *const u32) == 0xcccc_cccc {
            p += 4;
        }
        (hi - p, hi - lo)
    }
}

/// Print the peaks (with the `stats` feature).
#[cfg_attr(feature = "suite", allow(dead_code))]
pub fn report(console: &mut impl Console, vm: &runtime::Vm) {
    #[cfg(feature = "stats")]
    {
        let (stack, stack_size) = stack_used();
        // Written straight to the console: the heaps may be full.
        let _ = core::fmt::Write::write_fmt(
            &mut crate::ConsoleWriter(console),
            format_args!(
                "frostpy stats: python heap peak {} of {} bytes; system heap peak {} bytes (in use at exit {}); stack peak {} of {} bytes\r\n",
                vm.heap.peak_bytes(),
                vm.heap.total_bytes(),
                super::ALLOCATOR.peak(),
                super::ALLOCATOR.used(),
                stack,
                stack_size
            ),
        );
    }
    let _ = (console, vm);
}
