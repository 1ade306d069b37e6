#!/usr/bin/env bash
# Code size of frostpy's own parser (frontend::parse) for thumbv7m-none-eabi.
#
# Builds a tiny no_std staticlib whose one exported function calls
# frontend::parse::parse_module, with the firmware's settings (LTO, one
# codegen unit, panic=abort, opt-level s or z), and sums the sizes of the
# symbols in its LTO object: those of frontend::parse, and the rest that
# parsing pulls in (alloc, core's float parsing, fmt, unicode tables).
#   tools/parser-size.sh [s|z]
set -euo pipefail
opt="${1:-s}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/src"
cat > "$dir/Cargo.toml" <<TOML
[package]
name = "parser-size"
version = "0.1.0"
edition = "2021"
[lib]
crate-type = ["staticlib"]
[dependencies]
frostpy-frontend = { path = "$root/frontend", default-features = false }
[profile.release]
opt-level = "$opt"
lto = true
codegen-units = 1
panic = "abort"
[workspace]
TOML
cat > "$dir/src/lib.rs" <<'RS'
#![no_std]
extern crate alloc;
use core::alloc::{GlobalAlloc, Layout};

/// A bump allocator (the library is only measured, never run). It must not
/// be trivially failing, or the optimizer removes everything after the first
/// allocation.
struct Bump;
static NEXT: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(0x2000_0000);
// SAFETY: hands out disjoint, aligned ranges of a region a board would own.
unsafe impl GlobalAlloc for Bump {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        use core::sync::atomic::Ordering::Relaxed;
        let p = (NEXT.load(Relaxed) + l.align() - 1) & !(l.align() - 1);
        NEXT.store(p + l.size(), Relaxed);
        p as *mut u8
    }
    unsafe fn dealloc(&self, _: *mut u8, _: Layout) {}
}
#[global_allocator]
static A: Bump = Bump;

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}

#[no_mangle]
pub extern "C" fn parse(ptr: *const u8, len: usize) -> u32 {
    // SAFETY: the caller passes `len` bytes of UTF-8 at `ptr`.
    let text = unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(ptr, len)) };
    match frontend::parse::parse_module(text, "<stdin>") {
        Ok(body) => body.len() as u32,
        Err(e) => 0x8000_0000 | e.line,
    }
}
RS
CARGO_TARGET_DIR="$root/target/parser-size-$opt" cargo build -q --release --target thumbv7m-none-eabi \
    --manifest-path "$dir/Cargo.toml"
lib="$root/target/parser-size-$opt/thumbv7m-none-eabi/release/libparser_size.a"
mkdir -p "$dir/obj" && (cd "$dir/obj" && ar x "$lib")
llvm-nm -S -C "$dir"/obj/parser_size-*.o | python3 -c '
import sys
parse = rest = 0
for line in sys.stdin:
    p = line.split(None, 3)
    if len(p) < 4:
        continue
    try:
        size = int(p[1], 16)
    except ValueError:
        continue
    if "frontend::parse" in p[3]:
        parse += size
    else:
        rest += size
print(f"opt-level '"$opt"': frontend::parse {parse} bytes; everything else parsing pulls in {rest} bytes")
'
