//! Where the host board's modules come from: the frozen `pylib` modules
//! (compiled into the binary by `build.rs`) and the files of `sys.path`.
//!
//! In each folder, as CPython's file finder: a package folder with an
//! `__init__.py` (or `__init__.fpc`), then `name.py`, then `name.fpc`. A
//! folder without `__init__` is a namespace package, chosen only when no
//! folder of the path has the module.

use std::path::{Path, PathBuf};

use runtime::frozen::FrozenModule;
use runtime::{FoundModule, LoadError};

include!(concat!(env!("OUT_DIR"), "/frozen.rs"));

/// A module of `runtime/pylib`, frozen into the host.
pub fn pylib(name: &str) -> Option<FrozenModule<'static>> {
    PYLIB.iter().find(|m| m.name == name).copied()
}

/// Look for module `name` (its last component) in `dirs`.
pub fn find_module(name: &str, dirs: &[&str]) -> Result<Option<FoundModule>, LoadError> {
    let leaf = name.rsplit('.').next().unwrap_or(name);
    let mut namespace: Option<PathBuf> = None;
    for dir in dirs {
        let base = if dir.is_empty() { PathBuf::from(leaf) } else { Path::new(dir).join(leaf) };
        if base.is_dir() {
            for init in ["__init__.py", "__init__.fpc"] {
                let f = base.join(init);
                if f.is_file() {
                    let (image, trusted) = load(&f)?;
                    return Ok(Some(FoundModule {
                        image: Some(image),
                        file: Some(display(&f)),
                        package_dir: Some(display(&base)),
                        trusted,
                    }));
                }
            }
            if namespace.is_none() {
                namespace = Some(base.clone());
            }
        }
        for ext in ["py", "fpc"] {
            let f = base.with_extension(ext);
            if f.is_file() {
                let (image, trusted) = load(&f)?;
                return Ok(Some(FoundModule {
                    image: Some(image),
                    file: Some(display(&f)),
                    package_dir: None,
                    trusted,
                }));
            }
        }
    }
    Ok(namespace.map(|dir| FoundModule { image: None, file: None, package_dir: Some(display(&dir)), trusted: true }))
}

fn display(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

/// Read a module file: compile source (a trusted image), or take an image (which the VM
/// verifies). The image lives as long as the process.
fn load(path: &Path) -> Result<(&'static [u8], bool), LoadError> {
    let bytes = std::fs::read(path).map_err(|e| LoadError::Import(format!("cannot read {}: {e}", path.display())))?;
    let is_image = path.extension().is_some_and(|e| e == "fpc");
    let image = if is_image {
        bytes
    } else {
        let text = String::from_utf8(bytes)
            .map_err(|_| LoadError::Import(format!("{}: the source is not UTF-8", path.display())))?;
        codegen::compile_source(&text, &display(path)).map_err(|e| LoadError::Syntax {
            message: e.message.clone(),
            file: e.filename.clone(),
            line: e.line,
            column: e.column,
            text: e.source_line.clone(),
        })?
    };
    Ok((Box::leak(image.into_boxed_slice()), !is_image))
}
