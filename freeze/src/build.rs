//! For a board's `build.rs`: freeze the board's manifest (or the one named
//! by `FROSTPY_MANIFEST`) into `$OUT_DIR/frozen.o`, link it, and write
//! `$OUT_DIR/frozen.rs` with the table's length:
//!
//! ```ignore
//! // build.rs
//! fn main() { freeze::build::board("manifest.toml"); }
//! // firmware
//! include!(concat!(env!("OUT_DIR"), "/frozen.rs")); // pub const FROZEN_LEN: usize
//! unsafe extern "C" { static frostpy_frozen: [u8; FROZEN_LEN]; }
//! ```

use std::path::{Path, PathBuf};

use crate::{Error, Result};

/// The environment variable that overrides a board's manifest.
pub const MANIFEST_ENV: &str = "FROSTPY_MANIFEST";

/// Run from a board's `build.rs`; on error print one line and fail the build.
pub fn board(default_manifest: &str) {
    if let Err(e) = try_board(default_manifest) {
        eprintln!("error: {e}");
        println!("cargo:warning=frostpy freeze: {e}");
        std::process::exit(1);
    }
}

fn env(name: &str) -> Result<String> {
    std::env::var(name).map_err(|_| Error(format!("{name} is not set (run from a cargo build script)")))
}

/// The manifest to use: `FROSTPY_MANIFEST` (relative paths from the workspace
/// root, where the build command is normally run) or the board's own.
pub fn manifest_path(default_manifest: &str) -> Result<PathBuf> {
    let crate_dir = PathBuf::from(env("CARGO_MANIFEST_DIR")?);
    match std::env::var(MANIFEST_ENV) {
        Ok(p) if !p.is_empty() => {
            let p = PathBuf::from(p);
            if p.is_absolute() {
                return Ok(p);
            }
            let root = workspace_root(&crate_dir).unwrap_or(crate_dir);
            Ok(root.join(p))
        }
        _ => Ok(crate_dir.join(default_manifest)),
    }
}

/// The nearest ancestor holding `Cargo.lock`.
fn workspace_root(dir: &Path) -> Option<PathBuf> {
    dir.ancestors().find(|d| d.join("Cargo.lock").is_file()).map(Path::to_path_buf)
}

/// Freeze, write the object and the length constant, and tell cargo what to watch and link.
pub fn try_board(default_manifest: &str) -> Result<()> {
    println!("cargo:rerun-if-env-changed={MANIFEST_ENV}");
    let manifest = manifest_path(default_manifest)?;
    let out = PathBuf::from(env("OUT_DIR")?);
    let target = env("TARGET")?;
    // Watch the manifest even if it fails to load, so fixing it rebuilds.
    println!("cargo:rerun-if-changed={}", manifest.display());
    let frozen = crate::freeze_manifest(&manifest)?;
    for f in &frozen.inputs {
        println!("cargo:rerun-if-changed={}", f.display());
    }
    let obj = crate::write_object(&frozen.table, &target)?;
    let obj_path = out.join("frozen.o");
    std::fs::write(&obj_path, obj).map_err(|e| Error(format!("cannot write {}: {e}", obj_path.display())))?;
    let mut rs = format!(
        "/// Bytes in the frozen table `{}` (from {}).\npub const FROZEN_LEN: usize = {};\n",
        crate::SYMBOL,
        manifest.display(),
        frozen.table.len()
    );
    rs.push_str("/// Frozen modules, in table order.\npub const FROZEN_MODULES: &[&str] = &[");
    for (name, _, _) in &frozen.modules {
        rs.push_str(&format!("{name:?}, "));
    }
    rs.push_str("];\n");
    let rs_path = out.join("frozen.rs");
    std::fs::write(&rs_path, rs).map_err(|e| Error(format!("cannot write {}: {e}", rs_path.display())))?;
    println!("cargo:rustc-link-arg={}", obj_path.display());
    Ok(())
}

/// A size from the environment (`64k`, `1m`, or bytes), else `default`; watched by cargo.
pub fn size_env(name: &str, default: usize) -> Result<usize> {
    println!("cargo:rerun-if-env-changed={name}");
    match std::env::var(name) {
        Ok(s) if !s.trim().is_empty() => {
            parse_size(&s).ok_or_else(|| Error(format!("{name}={s:?} is not a size (try 16k or 1m)")))
        }
        _ => Ok(default),
    }
}

/// `16k`, `1m` or a number of bytes.
pub fn parse_size(s: &str) -> Option<usize> {
    let t = s.trim().to_ascii_lowercase();
    let (num, mult) = match t.as_bytes().last()? {
        b'k' => (&t[..t.len() - 1], 1024),
        b'm' => (&t[..t.len() - 1], 1024 * 1024),
        _ => (t.as_str(), 1),
    };
    num.trim().parse::<usize>().ok()?.checked_mul(mult)
}

/// A Cortex-M memory layout for cortex-m-rt's `link.x`.
pub struct Layout {
    pub flash_origin: usize,
    pub flash: usize,
    pub ram_origin: usize,
    pub ram: usize,
    /// The stack sits at the bottom of RAM, below the statics, so that an
    /// overflow faults (the address below RAM is unmapped) instead of
    /// silently overwriting the heaps.
    pub stack: usize,
}

/// Write `$OUT_DIR/memory.x` and put it on the linker's path.
pub fn write_memory_x(l: &Layout) -> Result<()> {
    let out = PathBuf::from(env("OUT_DIR")?);
    if !l.stack.is_multiple_of(8) || l.stack >= l.ram {
        return Err(Error(format!("stack size {} must be a multiple of 8 below the RAM size {}", l.stack, l.ram)));
    }
    let text = format!(
        "/* Written by build.rs (frostpy freeze::build::write_memory_x). */\n\
         MEMORY\n{{\n  FLASH : ORIGIN = {:#010x}, LENGTH = {}\n  STACK : ORIGIN = {:#010x}, LENGTH = {}\n  RAM : ORIGIN = {:#010x}, LENGTH = {}\n}}\n\
         _stack_start = ORIGIN(STACK) + LENGTH(STACK);\n_stack_end = ORIGIN(STACK);\n",
        l.flash_origin,
        l.flash,
        l.ram_origin,
        l.stack,
        l.ram_origin + l.stack,
        l.ram - l.stack
    );
    let p = out.join("memory.x");
    std::fs::write(&p, text).map_err(|e| Error(format!("cannot write {}: {e}", p.display())))?;
    println!("cargo:rustc-link-search={}", out.display());
    Ok(())
}
