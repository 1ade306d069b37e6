//! `gc`: the collector. MicroPython's API: `collect`, `mem_free`, `mem_alloc`,
//! `enable`/`disable` (disabled, a full heap raises MemoryError instead of
//! collecting, as in MicroPython), `isenabled`, `threshold`.

use super::NativeModule;
use crate::native::{Bound, FnDef};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub const MODULE: NativeModule = NativeModule {
    name: "gc",
    functions: &[
        FnDef::positional("collect", "generation", 1, 0, collect),
        FnDef::none("disable", disable),
        FnDef::none("enable", enable),
        FnDef::none("isenabled", isenabled),
        FnDef::none("mem_alloc", mem_alloc),
        FnDef::none("mem_free", mem_free),
        FnDef::positional("threshold", "amount", 1, 0, threshold),
    ],
    attrs: &[],
    consts: &[],
    methods: &[],
    init: None,
};

fn collect(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    vm.collect();
    Ok(Value::NONE)
}

fn enable(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    vm.gc_enabled = true;
    Ok(Value::NONE)
}

fn disable(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    vm.gc_enabled = false;
    Ok(Value::NONE)
}

fn isenabled(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    Ok(Value::bool(vm.gc_enabled))
}

fn mem_alloc(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    vm.new_int(vm.heap.used_bytes() as i64)
}

fn mem_free(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    vm.new_int((vm.heap.total_bytes() - vm.heap.used_bytes().min(vm.heap.total_bytes())) as i64)
}

/// The collector runs only when the heap is full: there is no threshold to set (-1: none).
fn threshold(vm: &mut Vm, a: &Bound) -> PyResult<Value> {
    if a.get(0).is_some() {
        a.int(vm, 0)?;
        return Ok(Value::NONE);
    }
    Ok(Value::small(-1))
}
