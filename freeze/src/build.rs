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
