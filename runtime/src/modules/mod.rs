//! Native modules: `sys`, `math`, `time`, ... written in Rust, each behind a
//! Cargo feature of the runtime (a board leaves a module out by turning its
//! feature off; the code is then not compiled at all).
//!
//! A native module costs no RAM until it is imported. Its functions are
//! immediates (`Value::native`) found in a static, name-sorted table; the
//! module's dict (made at import by `init`) holds only constants, classes
//! and state.

use crate::builtins::NativeFn;
use crate::layout::module;
pub use crate::native::FnDef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub(crate) mod args;
#[cfg(feature = "binascii")]
mod binascii;
#[cfg(feature = "errno")]
mod errno;
#[cfg(feature = "gc")]
mod gc;
#[cfg(feature = "hashlib")]
mod hashlib;
#[cfg(feature = "importlib")]
mod importlib;
#[cfg(feature = "json")]
mod json;
#[cfg(feature = "math")]
mod math;
#[cfg(feature = "micropython")]
mod micropython;
#[cfg(feature = "random")]
mod random;
#[cfg(feature = "struct")]
mod structmod;
#[cfg(feature = "sys")]
mod sys;
#[cfg(feature = "time")]
mod time;

/// One native module.
#[derive(Clone, Copy)]
pub struct NativeModule {
    pub name: &'static str,
    /// Module-level functions with argument specs, sorted by name (a unit test checks):
    /// `Value::native(m, FN_BASE + i, false)`.
    pub functions: &'static [FnDef],
    /// Module-level functions that bind their own arguments, sorted by name.
    pub attrs: &'static [(&'static str, NativeFn)],
    /// Integer constants, sorted by name: they cost no RAM (no dict entry).
    pub consts: &'static [(&'static str, i32)],
    /// Methods of the classes the module makes: `Value::native(m, METHOD_BASE + i, true)`.
    pub methods: &'static [(&'static str, NativeFn)],
    /// Fill the new module's dict: constants, classes, state.
    pub init: Option<fn(&mut Vm, Value) -> PyResult<()>>,
}

/// Function numbers from here on are methods (`NativeModule::methods`).
pub const METHOD_BASE: usize = 512;
/// Function numbers from here to `METHOD_BASE` are `NativeModule::functions`.
pub const FN_BASE: usize = 256;

/// The Rust behind a native function value.
#[derive(Clone, Copy)]
pub enum Native {
    /// Binds its own arguments.
    Raw(NativeFn),
    /// Described: the caller binds the arguments to its spec.
    Def(&'static FnDef),
}

impl Native {
    pub(crate) fn call(self, vm: &mut Vm, args: &[Value], kw: crate::vm::Kw) -> PyResult<Value> {
        match self {
            Native::Raw(f) => f(vm, args, kw),
            Native::Def(d) => d.invoke(vm, args, kw),
        }
    }
}

/// Every native module compiled in.
pub static MODULES: &[NativeModule] = &[
    #[cfg(feature = "sys")]
    sys::MODULE,
    #[cfg(feature = "math")]
    math::MODULE,
    #[cfg(feature = "gc")]
    gc::MODULE,
    #[cfg(feature = "time")]
    time::MODULE,
    #[cfg(feature = "struct")]
    structmod::MODULE,
    #[cfg(feature = "json")]
    json::MODULE,
    #[cfg(feature = "random")]
    random::MODULE,
    #[cfg(feature = "micropython")]
    micropython::MODULE,
    #[cfg(feature = "errno")]
    errno::MODULE,
    #[cfg(feature = "binascii")]
    binascii::MODULE,
    #[cfg(feature = "hashlib")]
    hashlib::MODULE,
    #[cfg(feature = "importlib")]
    importlib::MODULE,
];

/// The index of the runtime's own native module `name`.
pub fn find(name: &str) -> Option<usize> {
    MODULES.iter().position(|m| m.name == name)
}

/// The index of native module `name`: the runtime's own, then the board's
/// (`Platform::native_modules`, numbered after the runtime's).
pub fn find_any(vm: &Vm, name: &str) -> Option<usize> {
    find(name).or_else(|| vm.board_modules.iter().position(|m| m.name == name).map(|i| MODULES.len() + i))
}

/// The descriptor of native module `m`.
pub fn def(vm: &Vm, m: usize) -> Option<&'static NativeModule> {
    MODULES.get(m).or_else(|| vm.board_modules.get(m.checked_sub(MODULES.len())?).copied())
}

/// The module-level functions of module `m`.
pub fn attrs(vm: &Vm, m: usize) -> &'static [(&'static str, NativeFn)] {
    def(vm, m).map_or(&[], |m| m.attrs)
}

/// The described functions of module `m`.
pub fn functions(vm: &Vm, m: usize) -> &'static [FnDef] {
    def(vm, m).map_or(&[], |m| m.functions)
}

/// Every function of module `m`: (name, value).
pub fn function_values(vm: &Vm, m: usize) -> impl Iterator<Item = (&'static str, Value)> {
    let described =
        functions(vm, m).iter().enumerate().map(move |(i, f)| (f.name(), Value::native(m, FN_BASE + i, false)));
    described.chain(attrs(vm, m).iter().enumerate().map(move |(i, (n, _))| (*n, Value::native(m, i, false))))
}

/// Function or constant `name` of module `m`.
pub fn find_attr(vm: &Vm, m: usize, name: &str) -> Option<Value> {
    if let Ok(i) = functions(vm, m).binary_search_by(|f| f.name().cmp(name)) {
        return Some(Value::native(m, FN_BASE + i, false));
    }
    if let Ok(i) = attrs(vm, m).binary_search_by(|(n, _)| n.cmp(&name)) {
        return Some(Value::native(m, i, false));
    }
    let consts = consts(vm, m);
    consts.binary_search_by(|(n, _)| n.cmp(&name)).ok().map(|i| Value::small(consts[i].1))
}

/// The integer constants of module `m`.
pub fn consts(vm: &Vm, m: usize) -> &'static [(&'static str, i32)] {
    def(vm, m).map_or(&[], |m| m.consts)
}

fn entry(vm: &Vm, m: usize, i: usize) -> Option<(&'static str, Native)> {
    let module = def(vm, m)?;
    let (name, f) = if i >= METHOD_BASE {
        module.methods.get(i - METHOD_BASE).map(|e| (e.0, Native::Raw(e.1)))?
    } else if i >= FN_BASE {
        module.functions.get(i - FN_BASE).map(|d| (d.name(), Native::Def(d)))?
    } else {
        module.attrs.get(i).map(|e| (e.0, Native::Raw(e.1)))?
    };
    Some((name, f))
}

/// The Rust function behind `Value::native(m, i, _)`.
pub fn func(vm: &Vm, m: usize, i: usize) -> Option<Native> {
    entry(vm, m, i).map(|e| e.1)
}

pub fn func_name(vm: &Vm, m: usize, i: usize) -> &'static str {
    entry(vm, m, i).map_or("?", |e| e.0)
}

pub fn module_name(vm: &Vm, m: usize) -> &'static str {
    def(vm, m).map_or("?", |m| m.name)
}

/// Run module `m`'s `init` on its new module object.
pub(crate) fn init(vm: &mut Vm, m: usize, module: Value) -> PyResult<()> {
    match def(vm, m).and_then(|m| m.init) {
        Some(f) => f(vm, module),
        None => Ok(()),
    }
}

// Helpers for the modules; a board may compile none of those that use one.
#[allow(dead_code)]
impl Vm {
    /// Make a class named `name` for native module `m` whose methods are all of the module's
    /// methods whose names start with `prefix` (the prefix is dropped: `deque.append` -> `append`).
    pub(crate) fn native_class(&mut self, m: usize, name: &str, prefix: &str, bases: &[Value]) -> PyResult<Value> {
        let ns = self.new_dict()?;
        self.rooted(&[ns], |vm| {
            let module = vm.new_str(module_name(vm, m).as_bytes())?;
            vm.dict_set_str(ns, "__module__", module)?;
            if let Some(md) = def(vm, m) {
                for (i, (n, _)) in md.methods.iter().enumerate() {
                    if let Some(short) = n.strip_prefix(prefix) {
                        vm.dict_set_str(ns, short, Value::native(m, METHOD_BASE + i, true))?;
                    }
                }
            }
            let cname = vm.new_str(name.as_bytes())?;
            vm.root(cname);
            vm.make_class(cname, bases, ns, Value::NULL)
        })
    }

    /// The object of native module `name` (imported if it is not yet), for functions that
    /// keep state in their module.
    pub(crate) fn native_module(&mut self, name: &str) -> PyResult<Value> {
        self.import(name)
    }

    /// `module.__dict__[name]`, if the module object has it.
    pub(crate) fn module_get(&self, module: Value, name: &str) -> Option<Value> {
        if !self.is_kind(module, crate::obj::Kind::Module) {
            return None;
        }
        self.dict_get_str(self.field(module, module::DICT), name)
    }
}

/// An instance of a class with an empty dict (no `__init__` run).
#[allow(dead_code)]
pub(crate) fn new_instance(vm: &mut Vm, class: Value) -> PyResult<Value> {
    vm.rooted(&[class], |vm| {
        let d = vm.new_dict()?;
        vm.new_object(crate::obj::Kind::Instance, 0, &[class, d, Value::NULL])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_small() {
        for m in MODULES {
            for w in m.functions.windows(2) {
                assert!(w[0].name() < w[1].name(), "{}: {} before {}", m.name, w[0].name(), w[1].name());
            }
            for f in m.functions {
                assert!(f.spec.nparams() <= crate::native::args::MAX_PARAMS, "{}.{}", m.name, f.name());
            }
            for w in m.attrs.windows(2) {
                assert!(w[0].0 < w[1].0, "{}: {} before {}", m.name, w[0].0, w[1].0);
            }
            for w in m.consts.windows(2) {
                assert!(w[0].0 < w[1].0, "{}: {} before {}", m.name, w[0].0, w[1].0);
            }
            for c in m.consts {
                assert!(crate::value::Value::int_fits(c.1 as i64), "{}.{}", m.name, c.0);
            }
            assert!(m.attrs.len() < FN_BASE && m.functions.len() < METHOD_BASE - FN_BASE, "{}", m.name);
            assert!(m.methods.len() < 1024 - METHOD_BASE, "{}", m.name);
        }
        assert!(MODULES.len() < 256);
    }
}

impl Vm {
    /// `file.write(text)` (`print(..., file=f)`, `sys.print_exception(e, f)`).
    pub(crate) fn write_to_file(&mut self, file: Value, text: &str) -> PyResult<()> {
        let r = self.rooted(&[file], |vm| {
            let name = vm.new_str(b"write")?;
            let (f, s) = vm.get_method(file, name)?;
            vm.root(f);
            vm.root(s);
            let t = vm.new_str(text.as_bytes())?;
            if s.is_null() {
                vm.call(f, &[t])
            } else {
                vm.call(f, &[s, t])
            }
        });
        r.map(|_| ())
    }
}
