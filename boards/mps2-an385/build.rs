//! Freeze the manifest (`manifest.toml`, or `FROSTPY_MANIFEST`), lay out
//! memory and size the heaps. Sizes come from the environment when set:
//! `FROSTPY_HEAP` (Python heap), `FROSTPY_SYSTEM_HEAP` (Rust heap: VM stack
//! and frames), `FROSTPY_STACK`, `FROSTPY_STACK_RESERVE` (native stack kept free when
//! nesting), `FROSTPY_RECURSION_LIMIT`.

fn main() {
    if let Err(e) = run() {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

fn run() -> freeze::Result<()> {
    use freeze::build::{size_env, write_memory_x, Layout};
    let target = std::env::var("TARGET").unwrap_or_default();
    if !target.starts_with("thumb") {
        // A host build of the workspace: nothing to link.
        return Ok(());
    }
    freeze::build::try_board("manifest.toml")?;
    // The AN385 FPGA image has 4 MiB of code memory at 0 and 4 MiB of data memory at 0x2000_0000.
    let stack = size_env("FROSTPY_STACK", 32 * 1024)?;
    write_memory_x(&Layout { flash_origin: 0, flash: 4 << 20, ram_origin: 0x2000_0000, ram: 4 << 20, stack })?;
    let heap = size_env("FROSTPY_HEAP", 64 * 1024)?;
    let system = size_env("FROSTPY_SYSTEM_HEAP", 64 * 1024)?;
    let reserve = size_env("FROSTPY_STACK_RESERVE", 2048)?;
    let limit = size_env("FROSTPY_RECURSION_LIMIT", 200)?;
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let cfg = format!(
        "pub const ARENA_WORDS: usize = {};\npub const SYSTEM_HEAP_BYTES: usize = {system};\npub const RECURSION_LIMIT: usize = {limit};\npub const STACK_RESERVE: usize = {reserve};\n",
        heap / 4
    );
    std::fs::write(out.join("config.rs"), cfg).map_err(|e| freeze::Error(format!("cannot write config.rs: {e}")))?;
    println!("cargo:rustc-link-arg-bins=-Tlink.x");
    Ok(())
}
