//! `gc`: the collector. MicroPython's API: `collect`, `mem_free`, `mem_alloc`,
//! `enable`/`disable` (disabled, a full heap raises MemoryError instead of
//! collecting, as in MicroPython), `isenabled`, `threshold`.

use super::args::arity;
use super::NativeModule;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Vm};

pub const MODULE: NativeModule = NativeModule {
    name: "gc",
    attrs: &[
        ("collect", collect),
        ("disable", disable),
        ("enable", enable),
        ("isenabled", isenabled),
        ("mem_alloc", mem_alloc),
        ("mem_free", mem_free),
        ("threshold", threshold),
    ],
    consts: &[],
    methods: &[],
    init: None,
};

fn collect(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "collect", args, 0, 1)?;
    vm.collect();
    Ok(Value::NONE)
}

fn enable(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "enable", args, 0, 0)?;
    vm.gc_enabled = true;
    Ok(Value::NONE)
}

fn disable(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "disable", args, 0, 0)?;
    vm.gc_enabled = false;
    Ok(Value::NONE)
}

fn isenabled(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "isenabled", args, 0, 0)?;
    Ok(Value::bool(vm.gc_enabled))
}

fn mem_alloc(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "mem_alloc", args, 0, 0)?;
    vm.new_int(vm.heap.used_bytes() as i64)
}

fn mem_free(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "mem_free", args, 0, 0)?;
    vm.new_int((vm.heap.total_bytes() - vm.heap.used_bytes().min(vm.heap.total_bytes())) as i64)
}

/// The collector runs only when the heap is full: there is no threshold to set (-1: none).
fn threshold(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "threshold", args, 0, 1)?;
    if let Some(v) = args.first() {
        super::args::int_arg(vm, *v)?;
        return Ok(Value::NONE);
    }
    Ok(Value::small(-1))
}
