//! Static descriptors of native modules: a module is a `ModuleDef` in flash
//! (its functions with their argument specs, its integer constants), and costs
//! no heap until it is imported. Its functions are immediates
//! (`Value::native(module, index)`); a call binds the arguments to the
//! function's [`ArgSpec`] with the shared binder, then runs the function on the
//! bound slots, so no function checks its own arguments.

use crate::native::args::{ArgSpec, Bound};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A native function on its bound arguments.
pub type BoundFn = fn(&mut Vm, &Bound) -> PyResult<Value>;

/// One native function: its argument spec (whose `name` is the attribute's name) and its body.
pub struct FnDef {
    pub spec: ArgSpec,
    pub call: BoundFn,
}

impl FnDef {
    /// A function of positional-only parameters (`params`: names separated by spaces),
    /// `min` of the `n` required.
    pub const fn positional(name: &'static str, params: &'static str, n: u8, min: u8, call: BoundFn) -> FnDef {
        FnDef { spec: ArgSpec::positional(name, params, n, min), call }
    }

    /// A function of no arguments.
    pub const fn none(name: &'static str, call: BoundFn) -> FnDef {
        FnDef { spec: ArgSpec::none(name), call }
    }

    pub fn name(&self) -> &'static str {
        self.spec.name
    }

    /// Bind `args` and `kw` and run the function.
    pub fn invoke(&'static self, vm: &mut Vm, args: &[Value], kw: crate::vm::Kw) -> PyResult<Value> {
        let b = crate::native::args::bind(vm, &self.spec, args, kw)?;
        (self.call)(vm, &b)
    }
}
