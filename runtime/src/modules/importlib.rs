//! `importlib.import_module(name, package=None)`: an import by a name known at run time.

use super::args::str_arg;
use super::NativeModule;
use crate::builtins::B;
use crate::native::args::{ArgSpec, Bound, PY};
use crate::native::FnDef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub const MODULE: NativeModule = NativeModule {
    name: "importlib",
    functions: &[FnDef {
        // Written in Python in CPython: its wording.
        spec: ArgSpec {
            name: "import_module",
            params: "name package",
            npos: 2,
            posonly: 0,
            required: 1,
            flags: PY,
            defaults: &[],
        },
        call: import_module,
    }],
    attrs: &[],
    consts: &[],
    methods: &[],
    init: None,
};

fn import_module(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let name = str_arg(vm, bound.req(0), "import_module() argument 'name'")?;
    let level = name.bytes().take_while(|b| *b == b'.').count();
    if level == 0 {
        return vm.import(&name);
    }
    let package = match bound.get(1) {
        Some(p) if p != Value::NONE => str_arg(vm, p, "package")?,
        _ => {
            let msg = alloc::format!("the 'package' argument is required to perform a relative import for '{name}'");
            return Err(vm.raise_msg(B::TypeError, &msg));
        }
    };
    let mut base: &str = &package;
    for _ in 1..level {
        match base.rfind('.') {
            Some(i) => base = &base[..i],
            None => return Err(vm.raise_msg(B::ImportError, "attempted relative import beyond top-level package")),
        }
    }
    let rest = &name[level..];
    let full = if rest.is_empty() { alloc::string::String::from(base) } else { alloc::format!("{base}.{rest}") };
    vm.import(&full)
}
