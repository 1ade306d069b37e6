//! Where the host board's modules come from: the frozen `pylib` modules
//! (compiled into the binary by `build.rs`) and the files of `sys.path`, found
//! by the runtime's file-finder rules (`runtime::finder`) over the host's file
//! system, with the host's compiler for `.py` files.

use std::path::Path;

use runtime::finder::{Entry, ModuleFiles};
use runtime::frozen::FrozenModule;
use runtime::{FoundModule, LoadError};

include!(concat!(env!("OUT_DIR"), "/frozen.rs"));

/// A module of `runtime/pylib`, frozen into the host.
pub fn pylib(name: &str) -> Option<FrozenModule<'static>> {
    PYLIB.iter().find(|m| m.name == name).copied()
}

/// The host's folders as a tree of module files; it compiles source itself.
struct HostFiles;

impl ModuleFiles for HostFiles {
    fn kind(&mut self, path: &str) -> Option<Entry> {
        let meta = std::fs::metadata(path).ok()?;
        if meta.is_dir() {
            Some(Entry::Dir)
        } else if meta.is_file() {
            Some(Entry::File)
        } else {
            None
        }
    }

    fn read(&mut self, path: &str) -> Result<Vec<u8>, String> {
        std::fs::read(path).map_err(|e| e.to_string())
    }

    fn compile(&mut self, path: &str, source: &str) -> Option<Result<Vec<u8>, LoadError>> {
        Some(codegen::compile_source(source, path).map_err(|e| LoadError::Syntax {
            message: e.message.clone(),
            file: e.filename.clone(),
            line: e.line,
            column: e.column,
            text: e.source_line.clone(),
        }))
    }

    fn compiles(&self) -> bool {
        true
    }

    fn join(&self, dir: &str, name: &str) -> String {
        if dir.is_empty() {
            name.to_string()
        } else {
            Path::new(dir).join(name).to_string_lossy().into_owned()
        }
    }
}

/// Look for module `name` (its last component) in `dirs`.
pub fn find_module(name: &str, dirs: &[&str]) -> Result<Option<FoundModule>, LoadError> {
    runtime::finder::find_module(&mut HostFiles, name, dirs)
}
