//! The import system: module objects, `sys.modules`, and the search for a
//! module by name. Search order (see `docs/imports.md`):
//!
//! 1. `sys.modules` (a module is loaded once);
//! 2. the native modules compiled into the runtime (`crate::modules`);
//! 3. the board's frozen modules (`Platform::frozen_module`);
//! 4. the board's files (`Platform::find_module`, given `sys.path` or the
//!    parent package's `__path__`).
//!
//! A module is entered in `sys.modules` before its body runs, so a circular
//! import sees the partially initialised module, as in CPython; a body that
//! raises removes it again.

use alloc::string::String;
use alloc::vec::Vec;

use super::{LoadedImage, PyResult, Vm};
use crate::builtins::B;
use crate::layout::{class, exception, module};
use crate::obj::Kind;
use crate::value::Value;

/// A module the board found in its files.
#[derive(Default)]
pub struct FoundModule {
    /// The code image (owned bytes are freed once the module and everything made from it are
    /// gone); `None` for a namespace package (a folder without `__init__`).
    pub image: Option<super::ImageBytes>,
    /// `__file__`.
    pub file: Option<String>,
    /// For a package: the folder its submodules are searched in (`__path__`).
    pub package_dir: Option<String>,
    /// The board's toolchain just built the image (compiled from source): no need to verify
    /// it. Images read from files are verified before they run.
    pub trusted: bool,
}

/// Why a module that exists cannot be loaded.
#[derive(Clone, Debug)]
pub enum LoadError {
    /// Its source does not compile (raised as SyntaxError, located in that file).
    Syntax { message: String, file: String, line: u32, column: u32, text: String },
    /// Anything else (unreadable file, bad image): raised as ImportError with this message.
    Import(String),
}

/// What the import system keeps between imports (all rooted by the collector).
pub(crate) struct ImportState {
    /// `sys.modules`: name -> module (NULL until first needed).
    pub modules: Value,
    /// `sys.path` and `sys.argv` (lists, NULL until set or first needed).
    pub path: Value,
    pub argv: Value,
    /// Modules whose body is running now (for CPython's circular-import messages).
    pub initializing: Vec<Value>,
    /// Recent native-module attribute lookups by name: (name, module, value). Values are
    /// immediates, so nothing here needs rooting; a collection that frees an image empties it
    /// (the image's number, and so its names' values, may be reused).
    pub native_cache: [(Value, usize, Value); NATIVE_CACHE],
}

const NATIVE_CACHE: usize = 32;

impl ImportState {
    pub fn new() -> ImportState {
        ImportState {
            modules: Value::NULL,
            path: Value::NULL,
            argv: Value::NULL,
            initializing: Vec::new(),
            native_cache: [(Value::NULL, 0, Value::NULL); NATIVE_CACHE],
        }
    }
    /// Empty the native-attribute cache (its names may belong to an image just freed).
    pub fn forget_names(&mut self) {
        self.native_cache = [(Value::NULL, 0, Value::NULL); NATIVE_CACHE];
    }
    pub fn roots(&self) -> impl Iterator<Item = Value> + '_ {
        [self.modules, self.path, self.argv].into_iter().chain(self.initializing.iter().copied())
    }
}

impl Vm {
    /// `sys.modules`.
    pub fn sys_modules(&mut self) -> PyResult<Value> {
        if self.imports.modules.is_null() {
            self.imports.modules = self.new_dict()?;
        }
        Ok(self.imports.modules)
    }

    fn str_list(&mut self, items: &[&str]) -> PyResult<Value> {
        let list = self.new_list(&[])?;
        self.rooted(&[list], |vm| {
            for s in items {
                let v = vm.new_str(s.as_bytes())?;
                vm.list_push(list, v)?;
            }
            Ok(list)
        })
    }

    /// Set `sys.path`, the folders searched for modules (the board decides the default).
    pub fn set_sys_path(&mut self, dirs: &[&str]) -> PyResult<()> {
        self.imports.path = self.str_list(dirs)?;
        Ok(())
    }

    /// Set `sys.argv`.
    pub fn set_argv(&mut self, args: &[&str]) -> PyResult<()> {
        self.imports.argv = self.str_list(args)?;
        Ok(())
    }

    /// `sys.path` (the list object, created empty if the board set none).
    pub(crate) fn sys_path(&mut self) -> PyResult<Value> {
        // `sys.path = [...]` rebinds the name: imports then follow the new list.
        if !self.imports.modules.is_null() {
            if let Some(sys) = self.dict_get_str(self.imports.modules, "sys") {
                if let Some(p) = self.module_get(sys, "path") {
                    if self.seq_slice(p).is_some() {
                        return Ok(p);
                    }
                }
            }
        }
        if self.imports.path.is_null() {
            self.imports.path = self.new_list(&[])?;
        }
        Ok(self.imports.path)
    }
    #[allow(dead_code)] // for the sys module
    pub(crate) fn sys_argv(&mut self) -> PyResult<Value> {
        if self.imports.argv.is_null() {
            self.imports.argv = self.new_list(&[])?;
        }
        Ok(self.imports.argv)
    }

    /// `d[key] = v` for a key given as text.
    pub(crate) fn dict_set_str(&mut self, d: Value, key: &str, v: Value) -> PyResult<()> {
        let k = self.rooted(&[d, v], |vm| vm.new_str(key.as_bytes()));
        self.dict_set(d, k?, v)
    }

    /// A new module object named `name` with `__name__` set; `native` is 1 + its native module index, or 0.
    pub(crate) fn new_module(&mut self, name: &str, native: u32) -> PyResult<Value> {
        let d = self.new_dict()?;
        self.rooted(&[d], |vm| {
            let n = vm.new_str(name.as_bytes())?;
            vm.root(n);
            vm.dict_set_str(d, "__name__", n)?;
            vm.new_object(Kind::Module, native, &[n, d])
        })
    }

    /// The globals dict of a module object.
    pub(crate) fn module_dict(&self, m: Value) -> Value {
        self.field(m, module::DICT)
    }

    /// Run a code image as the main program: a module named `name` (`"__main__"`) whose
    /// `__file__` is `file`, entered in `sys.modules`.
    pub fn run_module(&mut self, image: LoadedImage, name: &str, file: Option<&str>) -> PyResult<Value> {
        let m = match self.new_main_module(name, file) {
            Ok(m) => m,
            Err(e) => {
                self.release_image(image);
                return Err(e);
            }
        };
        self.run_in_module(image, m)
    }

    /// Create module `name` (`"__main__"`) whose `__file__` is `file` and enter it in
    /// `sys.modules` (which keeps it alive), ready for [`Vm::run_in_module`]: a program's,
    /// or a REPL's that runs every input in turn in the same globals.
    pub fn new_main_module(&mut self, name: &str, file: Option<&str>) -> PyResult<Value> {
        let m = self.new_module(name, 0)?;
        let r = self.rooted(&[m], |vm| {
            let d = vm.module_dict(m);
            if let Some(f) = file {
                let f = vm.new_str(f.as_bytes())?;
                vm.dict_set_str(d, "__file__", f)?;
            }
            vm.dict_set_str(d, "__package__", Value::NONE)?;
            let modules = vm.sys_modules()?;
            let key = vm.field(m, module::NAME);
            vm.dict_set(modules, key, m)
        });
        r.map(|_| m)
    }

    /// Run a code image's module body (code 0) in the globals of module `m`, e.g. one REPL
    /// input (`codegen::compile_interactive`) in the `__main__` of [`Vm::new_main_module`].
    /// A TypeError if `m` is not a module.
    pub fn run_in_module(&mut self, image: LoadedImage, m: Value) -> PyResult<Value> {
        let n = image.0;
        if !self.is_kind(m, Kind::Module) {
            self.release_image(image);
            return Err(self.raise_msg(B::TypeError, "run_in_module: not a module"));
        }
        self.rooted(&[m], |vm| {
            let d = vm.module_dict(m);
            let func = vm.new_function(n, 0, d, Value::NULL, Value::NULL, Value::NULL);
            // From here the function (rooted while it runs) keeps the image alive.
            vm.release_image(image);
            let f = func?;
            vm.rooted(&[f], |vm| vm.call(f, &[]))
        })
    }

    /// `Import`: the module `name` names (its last component); leading dots make it relative
    /// to the package of the module whose globals are `globals`.
    pub(crate) fn import_op(&mut self, name: Value, globals: Value) -> PyResult<Value> {
        let text = String::from(self.str_text(name));
        let level = text.bytes().take_while(|b| *b == b'.').count();
        if level == 0 {
            return self.import(&text);
        }
        let package = self.package_of(globals)?;
        if package.is_empty() {
            return Err(self.raise_msg(B::ImportError, "attempted relative import with no known parent package"));
        }
        let mut base: &str = &package;
        for _ in 1..level {
            match base.rfind('.') {
                Some(i) => base = &base[..i],
                None => {
                    return Err(self.raise_msg(B::ImportError, "attempted relative import beyond top-level package"))
                }
            }
        }
        let rest = &text[level..];
        let full = if rest.is_empty() { String::from(base) } else { alloc::format!("{base}.{rest}") };
        self.import(&full)
    }

    /// The package a module's relative imports start from: `__package__`, else derived from
    /// `__name__` (a package is its own).
    fn package_of(&mut self, globals: Value) -> PyResult<String> {
        if let Some(p) = self.dict_get_str(globals, "__package__") {
            if self.is_str(p) {
                return Ok(String::from(self.str_text(p)));
            }
        }
        let name = match self.dict_get_str(globals, "__name__") {
            Some(n) if self.is_str(n) => String::from(self.str_text(n)),
            _ => return Ok(String::new()),
        };
        if name == "__main__" {
            return Ok(String::new());
        }
        if self.dict_get_str(globals, "__path__").is_some() {
            return Ok(name);
        }
        Ok(match name.rfind('.') {
            Some(i) => String::from(&name[..i]),
            None => String::new(),
        })
    }

    /// Import a module by its absolute dotted name (parents first) and return it.
    pub fn import(&mut self, full: &str) -> PyResult<Value> {
        if full.is_empty() || full.split('.').any(|p| p.is_empty()) {
            return Err(self.raise_msg(B::ValueError, "Empty module name"));
        }
        if let Some(m) = self.cached_module(full)? {
            return Ok(m);
        }
        let (parent, leaf) = match full.rfind('.') {
            Some(i) => (Some(&full[..i]), &full[i + 1..]),
            None => (None, full),
        };
        let parent_mod = match parent {
            Some(p) => {
                let pm = self.import(p)?;
                // The parent's `__init__` may have imported this module already.
                if let Some(m) = self.cached_module(full)? {
                    return Ok(m);
                }
                Some(pm)
            }
            None => None,
        };
        self.rooted(&[], |vm| {
            if let Some(pm) = parent_mod {
                vm.root(pm);
            }
            let r = vm.load(full, parent_mod);
            let r = r.and_then(|m| {
                vm.root(m);
                if let Some(pm) = parent_mod {
                    if vm.is_kind(pm, Kind::Module) {
                        let d = vm.module_dict(pm);
                        vm.dict_set_str(d, leaf, m)?;
                    }
                }
                Ok(m)
            });
            r
        })
    }

    /// `sys.modules[name]` if present (`None` there stops the import, as in CPython).
    fn cached_module(&mut self, name: &str) -> PyResult<Option<Value>> {
        let modules = self.sys_modules()?;
        match self.dict_get_str(modules, name) {
            Some(Value::NONE) => {
                let msg = alloc::format!("import of {name} halted; None in sys.modules");
                Err(self.import_error(B::ModuleNotFoundError, &msg, name))
            }
            other => Ok(other),
        }
    }

    /// Raise ImportError (or a subclass) with CPython's `name` attribute set.
    fn import_error(&mut self, ty: B, msg: &str, name: &str) -> super::Raised {
        let r = self.raise_msg(ty, msg);
        let e = self.exc;
        if self.is_kind(e, Kind::Exception) {
            let set = self.rooted(&[e], |vm| vm.new_str(name.as_bytes()).and_then(|n| vm.set_attr_str(e, "name", n)));
            // Without memory for the attribute the ImportError itself still stands.
            let _ = set;
            self.exc = e;
        }
        r
    }

    /// Find module `full` and run it; the result is what `sys.modules` then holds.
    fn load(&mut self, full: &str, parent: Option<Value>) -> PyResult<Value> {
        if let Some(idx) = crate::modules::find_any(self, full) {
            return self.load_native(full, idx);
        }
        if let Some(f) = self.platform.frozen_module(full) {
            let found = FoundModule {
                image: Some(super::ImageBytes::Static(f.image)),
                file: None,
                package_dir: f.is_package.then(String::new),
                trusted: true,
            };
            return self.exec_found(full, found);
        }
        let dirs: Vec<String> = match parent {
            None => {
                let p = self.sys_path()?;
                self.str_items(p)
            }
            Some(pm) => {
                let path = if self.is_kind(pm, Kind::Module) {
                    self.dict_get_str(self.module_dict(pm), "__path__")
                } else {
                    None
                };
                match path {
                    Some(p) => self.str_items(p),
                    None => {
                        let pname = &full[..full.rfind('.').unwrap_or(0)];
                        let msg = alloc::format!("No module named '{full}'; '{pname}' is not a package");
                        return Err(self.import_error(B::ModuleNotFoundError, &msg, full));
                    }
                }
            }
        };
        let dir_refs: Vec<&str> = dirs.iter().map(|s| s.as_str()).collect();
        match self.platform.find_module(full, &dir_refs) {
            Ok(Some(found)) => self.exec_found(full, found),
            Ok(None) => {
                let msg = alloc::format!("No module named '{full}'");
                Err(self.import_error(B::ModuleNotFoundError, &msg, full))
            }
            Err(LoadError::Import(msg)) => Err(self.import_error(B::ImportError, &msg, full)),
            Err(LoadError::Syntax { message, file, line, column, text }) => {
                Err(self.raise_syntax_error(&message, &file, line, column, &text))
            }
        }
    }

    /// The str items of a list or tuple (others are skipped, as CPython skips them on `sys.path`).
    fn str_items(&self, seq: Value) -> Vec<String> {
        let mut out = Vec::new();
        if self.seq_slice(seq).is_some() {
            for i in 0..self.seq_len(seq) {
                let x = self.seq_item(seq, i);
                if self.is_str(x) {
                    out.push(String::from(self.str_text(x)));
                }
            }
        }
        out
    }

    /// Raise SyntaxError located in another file (an imported module that does not compile).
    pub(crate) fn raise_syntax_error(
        &mut self,
        msg: &str,
        file: &str,
        line: u32,
        column: u32,
        text: &str,
    ) -> super::Raised {
        let r = self.raise_msg(B::SyntaxError, msg);
        let e = self.exc;
        if self.is_kind(e, Kind::Exception) {
            let _ = self.rooted(&[e], |vm| {
                let f = vm.new_str(file.as_bytes())?;
                vm.set_attr_str(e, "filename", f)?;
                let t = vm.new_str(text.as_bytes())?;
                vm.set_attr_str(e, "text", t)?;
                vm.set_attr_str(e, "lineno", Value::small(line as i32))?;
                vm.set_attr_str(e, "offset", Value::small(column as i32))?;
                let m = vm.new_str(msg.as_bytes())?;
                vm.set_attr_str(e, "msg", m)
            });
            self.exc = e;
        }
        r
    }

    /// `obj.name = v` for a name given as text.
    pub(crate) fn set_attr_str(&mut self, obj: Value, name: &str, v: Value) -> PyResult<()> {
        let k = self.rooted(&[obj, v], |vm| vm.new_str(name.as_bytes()));
        self.set_attr(obj, k?, v)
    }

    /// Make a native module's object and enter it in `sys.modules`.
    fn load_native(&mut self, full: &str, idx: usize) -> PyResult<Value> {
        let m = self.new_module(full, idx as u32 + 1)?;
        self.rooted(&[m], |vm| {
            let modules = vm.sys_modules()?;
            vm.dict_set_str(modules, full, m)?;
            if let Err(e) = crate::modules::init(vm, idx, m) {
                vm.forget_module(full);
                return Err(e);
            }
            Ok(m)
        })
    }

    /// Remove a module that failed to load from `sys.modules` (keeping the pending exception).
    fn forget_module(&mut self, name: &str) {
        let e = self.exc;
        self.rooted(&[e], |vm| {
            if let Ok(modules) = vm.sys_modules() {
                if let Ok(k) = vm.new_str(name.as_bytes()) {
                    let _ = vm.dict_del(modules, k);
                }
            }
            vm.exc = e;
        })
    }

    /// Make the module object for a found module, enter it in `sys.modules`, run its body.
    fn exec_found(&mut self, full: &str, found: FoundModule) -> PyResult<Value> {
        let mut image = match found.image {
            Some(bytes) => match self.load_found_image(bytes, found.trusted) {
                Ok(i) => Some(i),
                Err(err) => {
                    let msg = alloc::format!("cannot load module '{full}': {err}");
                    return Err(self.import_error(B::ImportError, &msg, full));
                }
            },
            None => None,
        };
        let m = match self.new_module(full, 0) {
            Ok(m) => m,
            Err(e) => {
                if let Some(i) = image {
                    self.release_image(i);
                }
                return Err(e);
            }
        };
        let r = self.rooted(&[m], |vm| {
            let d = vm.module_dict(m);
            if let Some(f) = &found.file {
                let f = vm.new_str(f.as_bytes())?;
                vm.dict_set_str(d, "__file__", f)?;
            }
            let package = match &found.package_dir {
                Some(dir) => {
                    let dirs: Vec<&str> = if dir.is_empty() { Vec::new() } else { alloc::vec![dir.as_str()] };
                    let path = vm.str_list(&dirs)?;
                    vm.dict_set_str(d, "__path__", path)?;
                    full
                }
                None => full.rfind('.').map_or("", |i| &full[..i]),
            };
            let p = vm.new_str(package.as_bytes())?;
            vm.dict_set_str(d, "__package__", p)?;
            let modules = vm.sys_modules()?;
            vm.dict_set_str(modules, full, m)?;
            let Some(image) = image.take() else { return Ok(()) };
            vm.imports.initializing.push(m);
            let body = vm.new_function(image.0, 0, d, Value::NULL, Value::NULL, Value::NULL);
            // From here the function (rooted while it runs) keeps the image alive.
            vm.release_image(image);
            let ran = body.and_then(|f| vm.rooted(&[f], |vm| vm.call(f, &[])));
            if let Some(i) = vm.imports.initializing.iter().rposition(|x| *x == m) {
                vm.imports.initializing.remove(i);
            }
            ran.map(|_| ())
        });
        if let Some(i) = image {
            // The module's setup failed before its body had a function.
            self.release_image(i);
        }
        if let Err(e) = r {
            self.forget_module(full);
            return Err(e);
        }
        // The body may have replaced its own entry in sys.modules.
        Ok(self.cached_module(full)?.unwrap_or(m))
    }

    /// Register a module's image, verifying it unless the toolchain just made it.
    fn load_found_image(&mut self, bytes: super::ImageBytes, trusted: bool) -> Result<LoadedImage, String> {
        let image = if trusted {
            crate::verify::VerifiedImage::trusted(bytes).map_err(|e| alloc::format!("{e}"))?
        } else {
            crate::verify::verify(bytes).map_err(|e| alloc::format!("{e}"))?
        };
        self.load_image(image).map_err(|e| alloc::format!("{e}"))
    }

    /// Is module `m`'s body running now (a circular import reached it)?
    pub(crate) fn module_initializing(&self, m: Value) -> bool {
        self.imports.initializing.contains(&m)
    }

    /// `ImportFrom` (`from m import name`): the attribute, else the submodule `m.name`.
    pub(crate) fn import_from(&mut self, m: Value, name: Value) -> PyResult<Value> {
        let text = String::from(self.str_text(name));
        if let Some(v) = self.try_get_attr(m, name)? {
            return Ok(v);
        }
        if !self.is_kind(m, Kind::Module) {
            let msg = alloc::format!("cannot import name '{text}'");
            return Err(self.import_error(B::ImportError, &msg, ""));
        }
        let mname = String::from(self.str_text(self.field(m, module::NAME)));
        let d = self.module_dict(m);
        if self.dict_get_str(d, "__path__").is_some() {
            // A package: the name may be a submodule not imported yet.
            let sub = alloc::format!("{mname}.{text}");
            match self.import(&sub) {
                Ok(v) => {
                    let attr = self.rooted(&[v], |vm| vm.try_get_attr(m, name));
                    return Ok(attr?.unwrap_or(v));
                }
                Err(e) => {
                    // Only "no such submodule" falls through to the ImportError below.
                    let exc = self.exc;
                    let missing = self.isinstance(exc, B::ModuleNotFoundError.value())
                        && self.is_kind(exc, Kind::Exception)
                        && self.dict_get_str_attr(exc, "name").is_some_and(|n| self.str_text(n) == sub.as_str());
                    if !missing {
                        return Err(e);
                    }
                }
            }
        }
        let loc = match self.dict_get_str(d, "__file__") {
            Some(f) if self.is_str(f) => String::from(self.str_text(f)),
            _ => String::from("unknown location"),
        };
        let msg = if self.module_initializing(m) {
            alloc::format!(
                "cannot import name '{text}' from partially initialized module '{mname}' (most likely due to a circular import) ({loc})"
            )
        } else {
            alloc::format!("cannot import name '{text}' from '{mname}' ({loc})")
        };
        Err(self.import_error(B::ImportError, &msg, &mname))
    }

    /// An attribute stored in an exception's dict.
    fn dict_get_str_attr(&self, e: Value, name: &str) -> Option<Value> {
        let d = self.field(e, exception::DICT);
        if d.is_null() {
            return None;
        }
        self.dict_get_str(d, name)
    }

    /// `from m import *` into namespace `ns`: the names of `__all__`, else every global not
    /// starting with an underscore.
    pub(crate) fn import_star(&mut self, m: Value, ns: Value) -> PyResult<()> {
        if !self.is_kind(m, Kind::Module) {
            return Err(self.raise_msg(B::ImportError, "from-import-* needs a module"));
        }
        let d = self.module_dict(m);
        self.rooted(&[m, ns], |vm| {
            if let Some(all) = vm.dict_get_str(d, "__all__") {
                vm.root(all);
                let names = vm.collect_iterable(all)?;
                for n in names {
                    vm.root(n);
                    if !vm.is_str(n) {
                        let msg = alloc::format!(
                            "Item in {}.__all__ must be str, not {}",
                            vm.str_text(vm.field(m, module::NAME)),
                            vm.type_name_of(n)
                        );
                        return Err(vm.raise_type_error(msg));
                    }
                    let v = vm.get_attr(m, n)?;
                    vm.dict_set(ns, n, v)?;
                }
                return Ok(());
            }
            for i in 0..vm.dict_used(d) {
                if let Some((k, v)) = vm.dict_entry(d, i) {
                    if vm.is_str(k) && !vm.str_bytes(k).starts_with(b"_") {
                        vm.dict_set(ns, k, v)?;
                    }
                }
            }
            if let Some(idx) = vm.native_index(m) {
                for (name, f) in crate::modules::function_values(vm, idx) {
                    if !name.starts_with('_') && vm.dict_get_str(d, name).is_none() {
                        vm.dict_set_str(ns, name, f)?;
                    }
                }
                for (name, c) in crate::modules::consts(vm, idx) {
                    if !name.starts_with('_') && vm.dict_get_str(d, name).is_none() {
                        vm.dict_set_str(ns, name, Value::small(*c))?;
                    }
                }
            }
            Ok(())
        })
    }

    /// The native module index of a module object, if it is one.
    pub(crate) fn native_index(&self, m: Value) -> Option<usize> {
        if !self.is_kind(m, Kind::Module) {
            return None;
        }
        self.aux(m).checked_sub(1).map(|i| i as usize)
    }

    /// `m.name` from the module's dict or its native table (cached for names from code),
    /// without copying the name; `None` leaves the rest to `module_attr`.
    pub(crate) fn module_attr_fast(&mut self, m: Value, name: Value) -> PyResult<Option<Value>> {
        let d = self.module_dict(m);
        if let Some(v) = self.dict_get(d, name)? {
            return Ok(Some(v));
        }
        let Some(idx) = self.native_index(m) else { return Ok(None) };
        let slot = ((name.0 >> 4) as usize ^ idx) % NATIVE_CACHE;
        let (k, mi, v) = self.imports.native_cache[slot];
        if k == name && mi == idx && name.is_qstr() {
            return Ok(Some(v));
        }
        let found = crate::modules::find_attr(self, idx, self.str_text(name));
        if let (Some(v), true) = (found, name.is_qstr()) {
            self.imports.native_cache[slot] = (name, idx, v);
        }
        Ok(found)
    }

    /// `m.name` for a module: its dict, then its native functions, then a module `__getattr__`.
    pub(crate) fn module_attr(&mut self, m: Value, name: Value) -> PyResult<Option<Value>> {
        if let Some(v) = self.module_attr_fast(m, name)? {
            return Ok(Some(v));
        }
        let d = self.module_dict(m);
        match self.str_text(name) {
            "__dict__" => return Ok(Some(d)),
            "__getattr__" => return Ok(None),
            _ => {}
        }
        // PEP 562: a module-level `__getattr__` answers for missing names (its errors stand).
        if let Some(f) = self.dict_get_str(d, "__getattr__") {
            return self.call(f, &[name]).map(Some);
        }
        Ok(None)
    }

    /// The AttributeError message for a missing module attribute, as CPython words it.
    pub(crate) fn module_attr_error(&self, m: Value, text: &str) -> String {
        let name = self.str_text(self.field(m, module::NAME));
        if self.module_initializing(m) {
            alloc::format!(
                "partially initialized module '{name}' has no attribute '{text}' (most likely due to a circular import)"
            )
        } else {
            alloc::format!("module '{name}' has no attribute '{text}'")
        }
    }
}

impl Vm {
    /// `__module__` of a class, for reprs (`__main__` when unknown).
    pub(crate) fn class_module(&self, class: Value) -> &str {
        if self.is_kind(class, Kind::Class) {
            if let Some(m) = self.dict_get_str(self.field(class, class::DICT), "__module__") {
                if self.is_str(m) {
                    return self.str_text(m);
                }
            }
        }
        "__main__"
    }

    /// `<module 'm' from 'file'>`, `<module 'sys' (built-in)>`, `<module 'f' (frozen)>`.
    pub(crate) fn write_module_repr(&self, out: &mut String, m: Value) {
        let name = self.str_text(self.field(m, module::NAME));
        let d = self.module_dict(m);
        let how = if self.native_index(m).is_some() {
            String::from("(built-in)")
        } else if let Some(f) = self.dict_get_str(d, "__file__").filter(|f| self.is_str(*f)) {
            alloc::format!("from '{}'", self.str_text(f))
        } else if self.dict_get_str(d, "__path__").is_some_and(|p| self.seq_len(p) > 0) {
            String::from("(namespace)")
        } else {
            String::from("(frozen)")
        };
        out.push_str("<module '");
        out.push_str(name);
        out.push_str("' ");
        out.push_str(&how);
        out.push('>');
    }
}

impl Vm {
    /// For a SyntaxError raised by an import: its location in the other file, as CPython
    /// prints it under the traceback.
    pub(crate) fn write_syntax_location(&self, out: &mut String, e: Value) {
        if !self.is_kind(e, Kind::Exception) || !self.isinstance(e, B::SyntaxError.value()) {
            return;
        }
        let (Some(file), Some(line)) = (self.dict_get_str_attr(e, "filename"), self.dict_get_str_attr(e, "lineno"))
        else {
            return;
        };
        if !self.is_str(file) || !line.is_small() {
            return;
        }
        out.push_str(&alloc::format!("  File \"{}\", line {}\n", self.str_text(file), line.small_value()));
        let text = self.dict_get_str_attr(e, "text").filter(|t| self.is_str(*t)).map_or("", |t| self.str_text(t));
        let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
        if !stripped.is_empty() {
            out.push_str(&alloc::format!("    {stripped}\n"));
            let col = self.dict_get_str_attr(e, "offset").filter(|o| o.is_small()).map_or(0, |o| o.small_value());
            let skipped = (text.chars().count() - stripped.chars().count()) as i32;
            let at = col - 1 - skipped;
            if at >= 0 {
                let at = (at as usize).min(stripped.chars().count());
                out.push_str("    ");
                out.extend(core::iter::repeat(' ').take(at));
                out.push_str("^\n");
            }
        }
    }
}
