//! Freezing: compile the Python modules a manifest names into one frozen
//! table (`docs/frozen-format.md`) and wrap it in an ELF object that a
//! board links into flash. Used by `frostpy freeze` and by boards'
//! `build.rs` (see [`build`]).
//!
//! Every error is one line that names the file (and line) at fault.

pub mod build;
mod elf;
mod manifest;

use std::fmt;
use std::path::{Path, PathBuf};

pub use elf::{write_object, SECTION, SYMBOL, TARGETS};
pub use fpc::frozen_write::{write_table, TableModule};
pub use manifest::{Entry, Manifest};

/// A one-line error message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(pub String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

/// What was frozen.
#[derive(Debug, Clone)]
pub struct Frozen {
    /// The frozen table, ready to link or to hand to `fpc::frozen::FrozenTable`.
    pub table: Vec<u8>,
    /// (module name, source path, image bytes) in table order.
    pub modules: Vec<ModuleInfo>,
    /// Every manifest and source file read.
    pub inputs: Vec<PathBuf>,
}

/// (module name, source path, image bytes) of each frozen module.
pub type ModuleInfo = (String, PathBuf, usize);

/// Compile every entry and lay out the table.
pub fn freeze_entries(entries: &[Entry]) -> Result<(Vec<u8>, Vec<ModuleInfo>)> {
    let mut images = Vec::with_capacity(entries.len());
    for e in entries {
        let shown = e.path.display().to_string();
        let text = std::fs::read_to_string(&e.path).map_err(|err| Error(format!("{shown}: cannot read: {err}")))?;
        let module = frontend::parse_module(&text, &e.shown).map_err(|err| syntax(&shown, &err))?;
        let image = codegen::compile_module_with(&module, e.options).map_err(|err| syntax(&shown, &err))?;
        images.push(image);
    }
    let modules: Vec<TableModule> = entries
        .iter()
        .zip(&images)
        .map(|(e, img)| TableModule { name: &e.name, image: img, is_package: e.is_package })
        .collect();
    let table = write_table(&modules);
    let info = entries.iter().zip(&images).map(|(e, i)| (e.name.clone(), e.path.clone(), i.len())).collect();
    Ok((table, info))
}

/// Load a manifest and freeze it.
pub fn freeze_manifest(path: &Path) -> Result<Frozen> {
    let m = Manifest::load(path)?;
    let (table, modules) = freeze_entries(&m.entries)?;
    Ok(Frozen { table, modules, inputs: m.inputs })
}

/// `file:line:column: SyntaxError: message`, the one-line form of a compile error.
fn syntax(shown: &str, e: &codegen::SyntaxError) -> Error {
    Error(format!("{shown}:{}:{}: {}: {}", e.line, e.column, e.kind(), e.message))
}

#[cfg(test)]
mod tests;
