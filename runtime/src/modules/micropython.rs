//! `micropython`: MicroPython's interpreter controls, for programs written
//! for it: `const`, `opt_level`, `mem_info`, `qstr_info`, `stack_use`,
//! `heap_lock`/`heap_unlock`/`heap_locked`, `kbd_intr`, `schedule`,
//! `alloc_emergency_exception_buf`, and the `native`/`viper` code-emitter decorators
//! (frostpy has no native emitter: the function stays bytecode, docs/differences.md).

use super::args::int_arg;
use super::NativeModule;
use crate::native::{Bound, FnDef};
use crate::value::Value;
use crate::vm::{PyResult, Stream, Vm};

pub const MODULE: NativeModule = NativeModule {
    name: "micropython",
    functions: &[
        FnDef::positional("alloc_emergency_exception_buf", "size", 1, 1, ignore_one),
        FnDef::positional("const", "expr", 1, 1, constant),
        FnDef::none("heap_lock", heap_lock),
        FnDef::none("heap_locked", heap_locked),
        FnDef::none("heap_unlock", heap_unlock),
        FnDef::positional("kbd_intr", "chr", 1, 1, ignore_one),
        FnDef::positional("mem_info", "verbose", 1, 0, mem_info),
        FnDef::positional("native", "f", 1, 1, emitter),
        FnDef::positional("opt_level", "level", 1, 0, opt_level),
        FnDef::positional("qstr_info", "verbose", 1, 0, qstr_info),
        FnDef::positional("schedule", "func arg", 2, 2, schedule),
        FnDef::none("stack_use", stack_use),
        FnDef::positional("viper", "f", 1, 1, emitter),
    ],
    attrs: &[],
    consts: &[],
    methods: &[],
    init: None,
};

/// `const(x)` is `x` (the compiler may fold it; the value is the same).
fn constant(_vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    Ok(args[0])
}

/// The level is remembered and reported; frostpy compiles the same code at every level.
fn opt_level(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let m = vm.native_module("micropython")?;
    let d = vm.module_dict(m);
    match args.first() {
        Some(v) => {
            int_arg(vm, *v)?;
            vm.dict_set_str(d, "_opt_level", *v)?;
            Ok(Value::NONE)
        }
        None => Ok(vm.module_get(m, "_opt_level").unwrap_or(Value::small(0))),
    }
}

fn mem_info(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    let (total, used) = (vm.heap.total_bytes(), vm.heap.used_bytes());
    let text = alloc::format!(
        "stack: {} frames\nGC: total: {}, used: {}, free: {}\n",
        vm.depth(),
        total,
        used,
        total.saturating_sub(used)
    );
    vm.platform.write(Stream::Out, text.as_bytes());
    Ok(Value::NONE)
}

fn qstr_info(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    let text = alloc::format!("qstr pool: {} builtin names\n", crate::builtins::COUNT);
    vm.platform.write(Stream::Out, text.as_bytes());
    Ok(Value::NONE)
}

/// Python frames in use (frostpy's frames are not on the machine stack).
fn stack_use(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    vm.new_int(vm.depth() as i64)
}

fn heap_lock(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    vm.heap_locked += 1;
    Ok(Value::NONE)
}

fn heap_unlock(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    vm.heap_locked = vm.heap_locked.saturating_sub(1);
    Ok(Value::small(vm.heap_locked as i32))
}

fn heap_locked(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    Ok(Value::small(vm.heap_locked as i32))
}

/// `@micropython.native` / `@micropython.viper`: the function itself, run as bytecode.
fn emitter(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    if !vm.is_kind(args[0], crate::obj::Kind::Function) {
        return Err(vm.raise_type_error(alloc::format!("'{}' object is not a function", vm.type_name_of(args[0]))));
    }
    Ok(args[0])
}

fn ignore_one(_vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    Ok(Value::NONE)
}

/// There are no interrupts to defer from: the function runs now.
fn schedule(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    vm.call(args[0], &[args[1]])?;
    Ok(Value::NONE)
}
