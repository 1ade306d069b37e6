//! `micropython`: MicroPython's interpreter controls, for programs written
//! for it: `const`, `opt_level`, `mem_info`, `qstr_info`, `stack_use`,
//! `heap_lock`/`heap_unlock`/`heap_locked`, `kbd_intr`, `schedule`,
//! `alloc_emergency_exception_buf`, and the `native`/`viper` code-emitter decorators
//! (frostpy has no native emitter: the function stays bytecode, docs/differences.md).

use super::args::{arity, int_arg};
use super::NativeModule;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Stream, Vm};

pub const MODULE: NativeModule = NativeModule {
    name: "micropython",
    attrs: &[
        ("alloc_emergency_exception_buf", ignore_one),
        ("const", constant),
        ("heap_lock", heap_lock),
        ("heap_locked", heap_locked),
        ("heap_unlock", heap_unlock),
        ("kbd_intr", ignore_one),
        ("mem_info", mem_info),
        ("native", emitter),
        ("opt_level", opt_level),
        ("qstr_info", qstr_info),
        ("schedule", schedule),
        ("stack_use", stack_use),
        ("viper", emitter),
    ],
    consts: &[],
    methods: &[],
    init: None,
};

/// `const(x)` is `x` (the compiler may fold it; the value is the same).
fn constant(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "const", args, 1, 1)?;
    Ok(args[0])
}

/// The level is remembered and reported; frostpy compiles the same code at every level.
fn opt_level(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "opt_level", args, 0, 1)?;
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

fn mem_info(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "mem_info", args, 0, 1)?;
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

fn qstr_info(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "qstr_info", args, 0, 1)?;
    let text = alloc::format!("qstr pool: {} builtin names\n", crate::builtins::COUNT);
    vm.platform.write(Stream::Out, text.as_bytes());
    Ok(Value::NONE)
}

/// Python frames in use (frostpy's frames are not on the machine stack).
fn stack_use(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "stack_use", args, 0, 0)?;
    vm.new_int(vm.depth() as i64)
}

fn heap_lock(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "heap_lock", args, 0, 0)?;
    vm.heap_locked += 1;
    Ok(Value::NONE)
}

fn heap_unlock(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "heap_unlock", args, 0, 0)?;
    vm.heap_locked = vm.heap_locked.saturating_sub(1);
    Ok(Value::small(vm.heap_locked as i32))
}

fn heap_locked(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "heap_locked", args, 0, 0)?;
    Ok(Value::small(vm.heap_locked as i32))
}

/// `@micropython.native` / `@micropython.viper`: the function itself, run as bytecode.
fn emitter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "native", args, 1, 1)?;
    if !vm.is_kind(args[0], crate::obj::Kind::Function) {
        return Err(vm.raise_type_error(alloc::format!("'{}' object is not a function", vm.type_name_of(args[0]))));
    }
    Ok(args[0])
}

fn ignore_one(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "kbd_intr", args, 1, 1)?;
    Ok(Value::NONE)
}

/// There are no interrupts to defer from: the function runs now.
fn schedule(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "schedule", args, 2, 2)?;
    vm.call(args[0], &[args[1]])?;
    Ok(Value::NONE)
}
