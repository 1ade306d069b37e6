//! The virtual machine: the heap, the register stack, the frames, and the
//! way out to the board (`Platform`).
//!
//! Rooting rule: the collector runs inside allocation, so a heap value that
//! Rust code holds in a local across an allocation must also sit in a
//! register, in a rooted object, or be rooted by `Vm::rooted` (see there).

mod attr;
#[cfg(feature = "bigint")]
mod bigint;
mod bytes;
mod call;
mod class;
mod compare;
mod dict;
mod exc;
mod floatfmt;
mod format;
mod format_spec;
mod gen;
mod images;
mod import;
mod int;
mod interp;
mod items;
mod objects;
mod ops;
#[cfg(feature = "percent")]
mod percent;
mod sets;
mod str_format;
mod strings;
mod unpack;

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::heap::Heap;
use crate::image::{Code, Image, ImageError};
use crate::value::Value;
use crate::verify::VerifiedImage;
use images::Images;

pub use call::Kw;
pub use exc::Traceback;
#[allow(unused_imports)] // write_float_repr serves the json module.
pub(crate) use floatfmt::write_float_repr;
pub(crate) use format::{ascii_escape, is_printable, write_str_repr};
pub(crate) use gen::GenOutcome;
pub use images::{ImageBytes, LoadedImage, MAX_IMAGES};
pub use import::{FoundModule, LoadError};
pub(crate) use int::Parsed;
pub(crate) use ops::find_bytes;
pub(crate) use str_format::Names;

/// An error is raised: the exception object is in `Vm::exc`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised;

pub type PyResult<T> = Result<T, Raised>;

/// Output streams of the board's console.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Stream {
    Out,
    Err,
}

/// What the runtime needs from a board. Only `write` is required; the rest
/// have defaults for a board without modules, clock or randomness.
pub trait Platform {
    fn write(&mut self, stream: Stream, bytes: &[u8]);

    /// A frozen module by dotted name, executed in place from the board's
    /// frozen table (flash). Import looks for native modules first, then
    /// frozen ones, then `find_module` (the board's files).
    fn frozen_module(&self, name: &str) -> Option<crate::frozen::FrozenModule<'static>> {
        let _ = name;
        None
    }

    /// Find module `name` (the full dotted name) in the folders `dirs`
    /// (`sys.path` for a top-level module, the parent package's `__path__`
    /// for a submodule). A board with files returns a code image (loaded, or
    /// compiled from source by the board's toolchain; it must live as long as
    /// the VM). `Ok(None)`: there is no such module.
    fn find_module(&mut self, name: &str, dirs: &[&str]) -> Result<Option<FoundModule>, LoadError> {
        let _ = (name, dirs);
        Ok(None)
    }

    /// The board's own native modules (static descriptors in flash), found by import
    /// after the runtime's own and before frozen modules. Read once, when the VM is made.
    fn native_modules(&self) -> &'static [&'static crate::modules::NativeModule] {
        &[]
    }

    /// Microseconds from an arbitrary start, never going back (`time.ticks_us`, `time.monotonic`).
    fn ticks_us(&mut self) -> u64 {
        0
    }

    /// Nanoseconds since the Unix epoch from a real-time clock, if the board has one
    /// (else `time.time()` counts from the start of `ticks_us`).
    fn time_ns(&mut self) -> Option<u64> {
        None
    }

    /// Wait `us` microseconds (`time.sleep`). The default spins on `ticks_us`, if that clock runs.
    fn sleep_us(&mut self, us: u64) {
        let start = self.ticks_us();
        let mut last = start;
        let mut still = 0u32;
        // `saturating_sub`: a clock that steps back a little must not end the wait at once.
        while last.saturating_sub(start) < us {
            let now = self.ticks_us();
            // A board whose clock does not run cannot wait: give up rather than hang.
            still = if now == last { still + 1 } else { 0 };
            if still > 1_000_000 {
                return;
            }
            last = now;
        }
    }

    /// A seed for `random` when the program sets none (entropy if the board has any).
    fn random_seed(&mut self) -> u64 {
        self.ticks_us() ^ 0x9e37_79b9_7f4a_7c15
    }

    /// `sys.platform`.
    fn platform_name(&self) -> &str {
        "frostpy"
    }

    /// True when the native (Rust) stack is nearly used up. The runtime asks
    /// before it nests deeper in Rust (an interpreter loop inside a call from
    /// Rust, the repr or comparison of a nested container) and raises
    /// RecursionError instead of overflowing a board's small stack.
    fn stack_low(&self) -> bool {
        false
    }
}

/// Limits a board sets.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// Python frames deeper than this raise RecursionError.
    pub recursion_limit: usize,
    /// Collect before every allocation (finds rooting bugs; slow).
    pub gc_stress: bool,
    /// Bytes of code images (files, REPL inputs) the VM may load between collections
    /// before loading one more collects first: dead images wait for a collection in the
    /// board's allocator (not the arena), so this bounds the RAM they hold.
    pub image_budget: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config { recursion_limit: 1000, gc_stress: false, image_budget: 8 * 1024 }
    }
}

/// What to do with a frame's return value.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Ret {
    /// Store it in this absolute register of the caller.
    Reg(usize),
    /// `__init__` returned: store the instance (kept in the frame's `extra`) instead;
    /// `usize::MAX` hands it back to Rust code as `Native` does.
    Init(usize),
    /// A class body returned: build the class; the caller's registers from this one hold body, name, bases.
    Class { dest: usize, nbases: usize },
    /// Return to Rust code that called `Vm::call`.
    Native,
    /// A generator frame resumed by Rust code (`Vm::gen_send` and friends):
    /// a yield or return leaves the interpreter loop.
    GenNative,
    /// A generator frame resumed by `ForIter`: a yielded value goes to the
    /// caller's absolute register `dest`; exhaustion sends the caller to `exit`.
    GenFor { dest: usize, exit: usize },
}

#[derive(Clone, Copy)]
pub(crate) struct Frame {
    pub code: Code<'static>,
    pub image: u8,
    pub code_idx: u16,
    pub pc: usize,
    pub base: usize,
    pub globals: Value,
    /// Namespace dict of a class body, else NULL.
    pub locals: Value,
    pub func: Value,
    /// The instance under construction (for `Ret::Init`).
    pub extra: Value,
    pub ret: Ret,
}

pub struct Vm {
    pub heap: Heap,
    /// Loaded code images (`images.rs`); image 0 is a placeholder for the runtime's own
    /// strings (builtin names). The collector frees the ones nothing names.
    images: Images,
    /// Registers of all active frames, innermost last; `len()` is the top.
    stack: Vec<Value>,
    frames: Vec<Frame>,
    /// The exception being propagated when a `PyResult` is `Err`.
    pub exc: Value,
    /// Values Rust code holds across allocations (see the rooting rule): a stack
    /// that `Vm::rooted` scopes push onto and cut back.
    pub(crate) roots: Vec<Value>,
    /// `sys.modules`, `sys.path`, `sys.argv` and modules being imported.
    pub(crate) imports: import::ImportState,
    /// Automatic collection when the heap is full (`gc.disable()` turns it off).
    pub(crate) gc_enabled: bool,
    /// `micropython.heap_lock()` depth: while above 0, allocation fails.
    pub(crate) heap_locked: u32,
    /// (hash, id) of every builtin name, sorted by hash, for global lookups.
    builtin_index: Vec<(u32, u16)>,
    pub platform: Box<dyn Platform>,
    /// `Platform::native_modules`, numbered after `modules::MODULES`.
    pub(crate) board_modules: &'static [&'static crate::modules::NativeModule],
    pub config: Config,
    /// Nested interpreter loops (Rust code calling Python), bounded like frames.
    native_depth: usize,
    /// Set by `Reraise`: the next unwinding step must not add the frame to the traceback again.
    reraising: bool,
    /// Exceptions being handled (by `except` or `finally`), innermost last: (frame depth,
    /// register, exception). An entry holds while that register still holds the exception.
    handling: Vec<(usize, usize, Value)>,
    /// Traceback of a MemoryError raised when not even its instance fits: (image, code, line).
    emergency_tb: Vec<(u8, u16, u32)>,
    /// Longest decimal int text `str()` and `int()` accept (CPython's
    /// `sys.set_int_max_str_digits`); 0 means no limit.
    pub int_max_str_digits: usize,
    /// The global-name cache (see `GlobalCache`), direct-mapped by name and globals dict.
    gcache: Vec<GlobalCache>,
    /// Bumped by every collection and whenever a dict's outgrown entries are freed: a cached
    /// "not a global" answer holds only while it, the dict's entries object and its used-entry
    /// count are unchanged (an insertion changes the count or moves the entries, and entries
    /// can only move back to a cached address after a free).
    dict_epoch: u32,
    /// The instance-attribute cache: (class, name) -> entry number in the instance dict,
    /// direct-mapped. Instances of a class usually get their attributes in the same order,
    /// so one entry serves them all; every use checks the entry's key.
    acache: Vec<AttrCache>,
    /// Constants (boxed ones too: ints past 31 bits, floats, tuples, bytes) loaded since the last
    /// collection, direct-mapped by (image, constant): they are immutable, so one object serves
    /// every load. `collect` empties it, so it holds no object the collector might free.
    kcache: Vec<(u32, Value)>,
    /// The method cache: (builtin type, interned name) -> method of that type's table or of a
    /// builtin base's, direct-mapped (`Vm::builtin_method`). `collect` empties it.
    mcache: Vec<MethodCache>,
}

#[derive(Clone, Copy)]
pub(crate) struct MethodCache {
    name: Value,
    owner: u16,
    method: u16,
}

#[derive(Clone, Copy)]
pub(crate) struct AttrCache {
    class: Value,
    name: Value,
    slot: u32,
}

/// Entries of each cache: a power of two, 8 on boards with a heap under 48 KiB (a micro:bit
/// has 6 KiB, and its whole RAM is 16 KiB), where the four caches then take 416 bytes of the
/// board's allocator instead of about 2.8 KiB.
fn cache_size(heap_bytes: usize, big: usize) -> usize {
    if heap_bytes < 48 * 1024 {
        8
    } else {
        big
    }
}

/// One entry of the global-name cache for `GetGlobal`/`SetGlobal`. Either the name's entry
/// number in the globals dict (`slot`), checked on use by reading that entry's key, or, when
/// `builtin` is not NULL, the answer that the name is no global and is that builtin, kept
/// with the dict's entries object, used-entry count (in `slot`) and `dict_epoch`.
#[derive(Clone, Copy)]
pub(crate) struct GlobalCache {
    name: Value,
    dict: Value,
    slot: u32,
    epoch: u32,
    entries: Value,
    builtin: Value,
}

/// Frames a MemoryError's traceback keeps when the heap is full (innermost first).
const EMERGENCY_TRACEBACK: usize = 32;

impl Vm {
    pub fn new(arena: &'static mut [u32], platform: Box<dyn Platform>, config: Config) -> Vm {
        let mut builtin_index: Vec<(u32, u16)> = crate::builtins::NAMES
            .iter()
            .enumerate()
            .map(|(i, n)| (crate::hash::hash_bytes(n.as_bytes()), i as u16))
            .collect();
        // Insertion sort: a few hundred entries once at start-up; core's sort would add about
        // 2.5 KB of flash, which the micro:bit does not have.
        for i in 1..builtin_index.len() {
            let mut j = i;
            while j > 0 && builtin_index[j - 1] > builtin_index[j] {
                builtin_index.swap(j - 1, j);
                j -= 1;
            }
        }
        let heap = Heap::new(arena);
        let heap_bytes = heap.total_bytes();
        let board_modules = platform.native_modules();
        Vm {
            board_modules,
            heap,
            images: Images::new(),
            stack: Vec::new(),
            frames: Vec::new(),
            exc: Value::NULL,
            roots: Vec::new(),
            imports: import::ImportState::new(),
            gc_enabled: true,
            heap_locked: 0,
            builtin_index,
            platform,
            config,
            native_depth: 0,
            reraising: false,
            handling: Vec::new(),
            emergency_tb: Vec::with_capacity(EMERGENCY_TRACEBACK),
            int_max_str_digits: int::DEFAULT_MAX_STR_DIGITS,
            gcache: alloc::vec![
                GlobalCache { name: Value::NULL, dict: Value::NULL, slot: 0, epoch: 0, entries: Value::NULL, builtin: Value::NULL };
                cache_size(heap_bytes, 64)
            ],
            dict_epoch: 0,
            acache: alloc::vec![AttrCache { class: Value::NULL, name: Value::NULL, slot: 0 }; cache_size(heap_bytes, 64)],
            kcache: alloc::vec![(0, Value::NULL); cache_size(heap_bytes, 32)],
            mcache: alloc::vec![MethodCache { name: Value::NULL, owner: 0, method: 0 }; cache_size(heap_bytes, 32)],
        }
    }

    /// Give back the arena and the platform, e.g. for a soft reset that starts a fresh `Vm`.
    pub fn into_parts(self) -> (&'static mut [u32], Box<dyn Platform>) {
        (self.heap.into_words(), self.platform)
    }

    /// Register a code image: one that passed `verify::verify` (from a file, the network) or
    /// that the toolchain built (`VerifiedImage::trusted`: frozen, or just compiled). Owned
    /// bytes (`Vec<u8>`, `Box<[u8]>`) are freed once nothing names the image; static ones
    /// (flash) are never freed. The image is pinned until the handle is run.
    pub fn load_image(&mut self, image: VerifiedImage<ImageBytes>) -> Result<LoadedImage, ImageError> {
        let bytes = image.into_bytes();
        let owned = match &bytes {
            ImageBytes::Owned(b) => b.len(),
            ImageBytes::Static(_) => 0,
        };
        // Dead images cost RAM outside the arena: collect when the images loaded since the
        // last collection would exceed the board's budget, or when every slot is taken.
        let over = self.images.since_collect + owned > self.config.image_budget;
        if self.gc_enabled && (over || !self.images.has_room()) {
            self.collect();
        }
        self.images.insert(bytes).map(LoadedImage)
    }

    /// Let go of a loaded image without running it.
    pub fn release_image(&mut self, image: LoadedImage) {
        self.images.unpin(image.0);
    }

    /// Images in use (the runtime's own table included) and bytes of RAM they own, as of
    /// the last collection (`gc.collect()` first for a current figure).
    pub fn image_usage(&self) -> (usize, usize) {
        self.images.usage()
    }

    /// Run an image's module body as module `name` (`__main__` for the program).
    pub fn run_main(&mut self, image: LoadedImage, name: &str) -> PyResult<Value> {
        self.run_module(image, name, None)
    }

    /// The image numbered `i`: valid while something the collector sees names it (a frame,
    /// a rooted value holding one of its strings or code references, or a pin).
    #[inline(always)]
    pub(crate) fn image(&self, i: u8) -> Image<'static> {
        self.images.get(i)
    }

    /// Run `f` with `values` rooted (the rooting rule, ARCHITECTURE.md). Values that `f`
    /// roots with [`Vm::root`] stay rooted until `f` returns too; all are let go when it
    /// returns, by value or by `Err`. A closure and not a guard object, because the guard
    /// would hold the `&mut Vm` that `f` needs.
    #[inline(always)]
    pub fn rooted<T>(&mut self, values: &[Value], f: impl FnOnce(&mut Vm) -> T) -> T {
        let mark = self.roots.len();
        self.roots.extend_from_slice(values);
        let r = f(self);
        self.roots.truncate(mark);
        r
    }

    /// Root `v` until the innermost [`Vm::rooted`] around this call returns (outside
    /// one, it would stay rooted for good).
    #[inline(always)]
    pub fn root(&mut self, v: Value) {
        self.roots.push(v);
    }

    /// Allocate an object, collecting garbage first if the arena is full.
    pub(crate) fn alloc(&mut self, nwords: usize, header: u32) -> PyResult<usize> {
        if self.heap_locked > 0 {
            return Err(self.memory_error());
        }
        if self.config.gc_stress && self.gc_enabled {
            self.collect();
        }
        if let Some(w) = self.heap.try_alloc(nwords, header) {
            return Ok(w);
        }
        if !self.gc_enabled {
            return Err(self.memory_error());
        }
        self.collect();
        match self.heap.try_alloc(nwords, header) {
            Some(w) => Ok(w),
            None => Err(self.memory_error()),
        }
    }

    /// Mark everything reachable from the roots, then sweep.
    pub fn collect(&mut self) {
        self.dict_epoch = self.dict_epoch.wrapping_add(1);
        self.kcache.fill((0, Value::NULL));
        self.heap.clear_image_marks();
        self.mcache.fill(MethodCache { name: Value::NULL, owner: 0, method: 0 });
        for v in &self.stack {
            self.heap.mark(*v);
        }
        for f in &self.frames {
            self.heap.mark_image(f.image as usize);
            for v in [f.globals, f.locals, f.func, f.extra] {
                self.heap.mark(v);
            }
        }
        for &(image, _, _) in &self.emergency_tb {
            self.heap.mark_image(image as usize);
        }
        for v in self.roots.iter().copied().chain(self.imports.roots()) {
            self.heap.mark(v);
        }
        self.heap.mark(self.exc);
        for h in &self.handling {
            self.heap.mark(h.2);
        }
        self.heap.sweep();
        if self.images.sweep(&self.heap) {
            // Freed image numbers will be reused: no cache may still answer for their names.
            self.forget_names();
        }
    }

    /// Empty the caches keyed by names (interned strings carry image numbers).
    fn forget_names(&mut self) {
        self.gcache.fill(GlobalCache {
            name: Value::NULL,
            dict: Value::NULL,
            slot: 0,
            epoch: 0,
            entries: Value::NULL,
            builtin: Value::NULL,
        });
        self.acache.fill(AttrCache { class: Value::NULL, name: Value::NULL, slot: 0 });
        self.imports.forget_names();
    }

    /// RecursionError if the board's native stack is nearly used up (see `Platform::stack_low`).
    #[inline]
    pub(crate) fn check_stack(&mut self) -> PyResult<()> {
        if self.platform.stack_low() {
            return Err(self.raise_msg(crate::builtins::B::RecursionError, "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Python frames active now.
    pub fn depth(&self) -> usize {
        self.frames.len()
    }
}
