//! The file-finder rules (CPython's, for the module forms frostpy has), over any
//! directory a board can stat and read (`ModuleFiles`): the host's file system
//! today, a littlefs volume later. In each folder of the search path, in order:
//!
//! 1. a package folder `name/` with `__init__.py` (or `__init__.fpc`);
//! 2. `name.py`, then `name.fpc` (source wins over an image of the same name, as
//!    in MicroPython);
//! 3. a folder `name/` without `__init__` is a namespace package, chosen only when
//!    no folder of the path has the module.
//!
//! Source files count only on a board that compiles (`ModuleFiles::compile`);
//! elsewhere only `.fpc` images are found. Images read from files are verified by
//! the VM before they run; images the board just compiled are trusted.

use alloc::string::String;
use alloc::vec::Vec;

use crate::vm::{FoundModule, ImageBytes, LoadError};

/// What a path names.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Entry {
    File,
    Dir,
}

/// A directory tree modules are found in.
pub trait ModuleFiles {
    /// What `path` is, if it exists.
    fn kind(&mut self, path: &str) -> Option<Entry>;
    /// The whole file at `path`; the error is a one-line message (raised as ImportError).
    fn read(&mut self, path: &str) -> Result<Vec<u8>, String>;
    /// Compile the source of file `path` to a code image, if this board can (the host and
    /// the REPL boards carry the compiler); `None`: it cannot, and `.py` files are not looked at.
    fn compile(&mut self, path: &str, source: &str) -> Option<Result<Vec<u8>, LoadError>> {
        let _ = (path, source);
        None
    }
    /// Can this board compile source? (Whether `.py` files count.)
    fn compiles(&self) -> bool {
        false
    }
    /// `dir` joined with `name` (`name` alone for the empty folder, the current one).
    fn join(&self, dir: &str, name: &str) -> String {
        if dir.is_empty() {
            String::from(name)
        } else if dir.ends_with('/') {
            alloc::format!("{dir}{name}")
        } else {
            alloc::format!("{dir}/{name}")
        }
    }
}

/// Find module `name` (the full dotted name; its last component is looked for) in `dirs`.
pub fn find_module(files: &mut dyn ModuleFiles, name: &str, dirs: &[&str]) -> Result<Option<FoundModule>, LoadError> {
    let leaf = name.rsplit('.').next().unwrap_or(name);
    let exts: &[&str] = if files.compiles() { &["py", "fpc"] } else { &["fpc"] };
    let mut namespace: Option<String> = None;
    for dir in dirs {
        let base = files.join(dir, leaf);
        if files.kind(&base) == Some(Entry::Dir) {
            for ext in exts {
                let init = files.join(&base, &alloc::format!("__init__.{ext}"));
                if files.kind(&init) == Some(Entry::File) {
                    let (image, trusted) = load(files, &init)?;
                    return Ok(Some(FoundModule {
                        image: Some(image),
                        file: Some(init),
                        package_dir: Some(base),
                        trusted,
                    }));
                }
            }
            if namespace.is_none() {
                namespace = Some(base.clone());
            }
        }
        for ext in exts {
            let f = alloc::format!("{base}.{ext}");
            if files.kind(&f) == Some(Entry::File) {
                let (image, trusted) = load(files, &f)?;
                return Ok(Some(FoundModule { image: Some(image), file: Some(f), package_dir: None, trusted }));
            }
        }
    }
    Ok(namespace.map(|dir| FoundModule { image: None, file: None, package_dir: Some(dir), trusted: true }))
}

/// Read a module file: compile source (a trusted image), or take an image (verified later).
fn load(files: &mut dyn ModuleFiles, path: &str) -> Result<(ImageBytes, bool), LoadError> {
    let bytes = files.read(path).map_err(|e| LoadError::Import(alloc::format!("cannot read {path}: {e}")))?;
    if path.ends_with(".fpc") {
        return Ok((ImageBytes::from(bytes), false));
    }
    let text =
        String::from_utf8(bytes).map_err(|_| LoadError::Import(alloc::format!("{path}: the source is not UTF-8")))?;
    match files.compile(path, &text) {
        Some(image) => Ok((ImageBytes::from(image?), true)),
        None => Err(LoadError::Import(alloc::format!("{path}: this board cannot compile source"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::collections::BTreeMap;
    use alloc::string::ToString;

    /// An in-memory tree: files with contents, and folders. "Compiling" prefixes `compiled:`.
    struct Fake {
        files: BTreeMap<String, Vec<u8>>,
        dirs: Vec<String>,
        compiles: bool,
    }

    impl Fake {
        fn new(compiles: bool, files: &[(&str, &str)], dirs: &[&str]) -> Fake {
            Fake {
                files: files.iter().map(|(p, t)| (p.to_string(), t.as_bytes().to_vec())).collect(),
                dirs: dirs.iter().map(|d| d.to_string()).collect(),
                compiles,
            }
        }
    }

    impl ModuleFiles for Fake {
        fn kind(&mut self, path: &str) -> Option<Entry> {
            if self.files.contains_key(path) {
                Some(Entry::File)
            } else if self.dirs.iter().any(|d| d == path) {
                Some(Entry::Dir)
            } else {
                None
            }
        }
        fn read(&mut self, path: &str) -> Result<Vec<u8>, String> {
            self.files.get(path).cloned().ok_or_else(|| "no such file".to_string())
        }
        fn compile(&mut self, path: &str, source: &str) -> Option<Result<Vec<u8>, LoadError>> {
            if !self.compiles {
                return None;
            }
            if source.contains("syntax error") {
                return Some(Err(LoadError::Syntax {
                    message: "invalid syntax".to_string(),
                    file: path.to_string(),
                    line: 1,
                    column: 1,
                    text: source.to_string(),
                }));
            }
            Some(Ok(alloc::format!("compiled:{source}").into_bytes()))
        }
        fn compiles(&self) -> bool {
            self.compiles
        }
    }

    /// (file, package dir, trusted, image text) of what was found.
    fn find(fs: &mut Fake, name: &str, dirs: &[&str]) -> Option<(Option<String>, Option<String>, bool, String)> {
        let found = find_module(fs, name, dirs).ok()?;
        found.map(|f| {
            let text = f.image.as_ref().map_or(String::new(), |i| String::from_utf8_lossy(i.as_slice()).into_owned());
            (f.file, f.package_dir, f.trusted, text)
        })
    }

    #[test]
    fn source_wins_over_an_image_and_is_trusted() {
        let mut fs = Fake::new(true, &[("lib/m.py", "x = 1"), ("lib/m.fpc", "IMG")], &["lib"]);
        let (file, pkg, trusted, text) = find(&mut fs, "m", &["lib"]).unwrap();
        assert_eq!(file.as_deref(), Some("lib/m.py"));
        assert_eq!((pkg, trusted, text.as_str()), (None, true, "compiled:x = 1"));
    }

    #[test]
    fn an_image_file_is_untrusted() {
        let mut fs = Fake::new(true, &[("lib/m.fpc", "IMG")], &["lib"]);
        let (file, _, trusted, text) = find(&mut fs, "m", &["lib"]).unwrap();
        assert_eq!((file.as_deref(), trusted, text.as_str()), (Some("lib/m.fpc"), false, "IMG"));
    }

    #[test]
    fn without_a_compiler_only_images_count() {
        let mut fs =
            Fake::new(false, &[("a/m.py", "x = 1"), ("b/m.fpc", "IMG"), ("a/p/__init__.py", "")], &["a", "b", "a/p"]);
        let (file, _, trusted, _) = find(&mut fs, "m", &["a", "b"]).unwrap();
        assert_eq!((file.as_deref(), trusted), (Some("b/m.fpc"), false));
        // A package whose `__init__` is source only is a namespace package there.
        let (file, pkg, _, _) = find(&mut fs, "p", &["a"]).unwrap();
        assert_eq!((file, pkg.as_deref()), (None, Some("a/p")));
    }

    #[test]
    fn a_package_folder_comes_before_a_module_file() {
        let mut fs = Fake::new(true, &[("d/p/__init__.fpc", "INIT"), ("d/p.py", "mod")], &["d", "d/p"]);
        let (file, pkg, trusted, text) = find(&mut fs, "p", &["d"]).unwrap();
        assert_eq!(file.as_deref(), Some("d/p/__init__.fpc"));
        assert_eq!((pkg.as_deref(), trusted, text.as_str()), (Some("d/p"), false, "INIT"));
    }

    #[test]
    fn init_py_before_init_fpc() {
        let mut fs = Fake::new(true, &[("p/__init__.py", "src"), ("p/__init__.fpc", "IMG")], &["p"]);
        let (file, pkg, _, _) = find(&mut fs, "p", &[""]).unwrap();
        assert_eq!((file.as_deref(), pkg.as_deref()), (Some("p/__init__.py"), Some("p")));
    }

    #[test]
    fn a_namespace_package_only_when_no_folder_has_the_module() {
        let mut fs = Fake::new(true, &[("b/ns.py", "real")], &["a/ns", "c/ns"]);
        let (file, _, _, _) = find(&mut fs, "ns", &["a", "b"]).unwrap();
        assert_eq!(file.as_deref(), Some("b/ns.py"));
        // The first folder of the path with the namespace wins.
        let (file, pkg, _, _) = find(&mut fs, "ns", &["c", "a"]).unwrap();
        assert_eq!((file, pkg.as_deref()), (None, Some("c/ns")));
    }

    #[test]
    fn submodules_look_for_their_last_component_and_folders_join_once() {
        let mut fs = Fake::new(true, &[("pkg/sub.py", "s")], &["pkg"]);
        let (file, _, _, _) = find(&mut fs, "pkg.sub", &["pkg/"]).unwrap();
        assert_eq!(file.as_deref(), Some("pkg/sub.py"));
        assert!(find(&mut fs, "pkg.other", &["pkg"]).is_none());
    }

    #[test]
    fn errors_pass_through() {
        let mut fs = Fake::new(true, &[("bad.py", "syntax error")], &[]);
        assert!(matches!(find_module(&mut fs, "bad", &[""]), Err(LoadError::Syntax { line: 1, .. })));
        fs.files.insert("u.py".to_string(), alloc::vec![0xff, 0xfe]);
        match find_module(&mut fs, "u", &[""]) {
            Err(LoadError::Import(m)) => assert_eq!(m, "u.py: the source is not UTF-8"),
            _ => panic!("expected an ImportError"),
        }
    }
}
