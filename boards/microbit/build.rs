//! Freeze the manifest (`manifest.toml`, or `FROSTPY_MANIFEST`), lay out
//! memory and size the heaps. The defaults fit the real nRF51822 (256 KiB of
//! flash, 16 KiB of RAM). From the environment when set: `FROSTPY_FLASH` and
//! `FROSTPY_RAM` (QEMU can emulate more, for test firmware), `FROSTPY_HEAP`
//! (Python heap), `FROSTPY_SYSTEM_HEAP` (Rust heap: VM stack and frames),
//! `FROSTPY_STACK`, `FROSTPY_STACK_RESERVE` (native stack kept free when
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
    // The real nRF51822's 256 KiB. The default features (core language, no float, no big ints,
    // no native modules, the less common methods left out) fit it; more features need QEMU's larger
    // emulated flash (FROSTPY_FLASH=512k).
    let flash = size_env("FROSTPY_FLASH", 256 * 1024)?;
    let ram = size_env("FROSTPY_RAM", 16 * 1024)?;
    let stack = size_env("FROSTPY_STACK", 5 * 1024)?;
    write_memory_x(&Layout { flash_origin: 0, flash, ram_origin: 0x2000_0000, ram, stack })?;
    let heap = size_env("FROSTPY_HEAP", 6 * 1024)?;
    let system = size_env("FROSTPY_SYSTEM_HEAP", 4 * 1024)?;
    let reserve = size_env("FROSTPY_STACK_RESERVE", 1280)?;
    let limit = size_env("FROSTPY_RECURSION_LIMIT", 16)?;
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let cfg = format!(
        "pub const ARENA_WORDS: usize = {};\npub const SYSTEM_HEAP_BYTES: usize = {system};\npub const RECURSION_LIMIT: usize = {limit};\npub const STACK_RESERVE: usize = {reserve};\n",
        heap / 4
    );
    std::fs::write(out.join("config.rs"), cfg).map_err(|e| freeze::Error(format!("cannot write config.rs: {e}")))?;
    println!("cargo:rustc-link-arg-bins=-Tlink.x");
    Ok(())
}
