//! `importlib.import_module(name, package=None)`: an import by a name known at run time.

use super::args::{arity, kwarg, only_kwargs, str_arg};
use super::NativeModule;
use crate::builtins::B;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Vm};

pub const MODULE: NativeModule = NativeModule {
    name: "importlib",
    attrs: &[("import_module", import_module)],
    consts: &[],
    methods: &[],
    init: None,
};

fn import_module(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs(vm, "import_module", kw, &["name", "package"])?;
    arity(vm, "import_module", args, 0, 2)?;
    let Some(name) = args.first().copied().or_else(|| kwarg(vm, kw, "name")) else {
        return Err(vm.raise_msg(B::TypeError, "import_module() missing 1 required positional argument: 'name'"));
    };
    let name = str_arg(vm, name, "import_module() argument 'name'")?;
    let level = name.bytes().take_while(|b| *b == b'.').count();
    if level == 0 {
        return vm.import(&name);
    }
    let package = match args.get(1).copied().or_else(|| kwarg(vm, kw, "package")) {
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
