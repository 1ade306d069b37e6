//! Argument helpers shared by the native modules.
#![allow(dead_code)] // Each helper serves some native modules; a board may compile none of those.

use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::B;
use crate::layout::bytearray;
use crate::obj::Kind;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Vm};

#[allow(unused_imports)]
pub(crate) use crate::builtins::funcs::{arity, kwarg, only_kwargs};

/// A float argument (int and bool convert): `must be real number, not str` otherwise.
pub(crate) fn float_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match vm.number_value(v) {
        Some(f) => Ok(f),
        None => {
            if vm.is_instance_obj(v) {
                if let Some(f) = vm.lookup_special(v, "__float__") {
                    let r = vm.call_method_value(f, v, &[])?;
                    if let Some(x) = vm.float_value(r) {
                        return Ok(x);
                    }
                }
            }
            let msg = alloc::format!("must be real number, not {}", vm.type_name_of(v));
            Err(vm.raise_msg(B::TypeError, &msg))
        }
    }
}

/// An int argument (bool converts): CPython's `'float' object cannot be interpreted as an integer`.
pub(crate) fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match vm.int_value(v) {
        Some(i) => Ok(i),
        None => {
            let msg = alloc::format!("'{}' object cannot be interpreted as an integer", vm.type_name_of(v));
            Err(vm.raise_msg(B::TypeError, &msg))
        }
    }
}

/// The bytes of a bytes-like argument (a copy: the heap may move under later allocations).
pub(crate) fn bytes_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match buffer_of(vm, v) {
        Some(b) => Ok(b),
        None => {
            let msg = alloc::format!("a bytes-like object is required, not '{}'", vm.type_name_of(v));
            Err(vm.raise_msg(B::TypeError, &msg))
        }
    }
}

/// The bytes of a bytes-like object (bytes, bytearray, memoryview, or a subclass), if `v` is one.
pub(crate) fn buffer_of(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    let v = vm.unwrap_builtin(v);
    vm.bytes_data(v).map(|b| b.into_owned())
}

/// Is `v` a bytearray (a writable buffer)?
pub(crate) fn is_bytearray(vm: &Vm, v: Value) -> bool {
    vm.is_kind(vm.unwrap_builtin(v), Kind::ByteArray)
}

/// Copy `data` into a bytearray at `offset` (the caller checked the bounds).
pub(crate) fn write_buffer(vm: &mut Vm, buf: Value, offset: usize, data: &[u8]) {
    let ba = vm.unwrap_builtin(buf);
    if !vm.is_kind(ba, Kind::ByteArray) {
        return;
    }
    let len = vm.field(ba, bytearray::LEN).small_value() as usize;
    let store = vm.field(ba, bytearray::BUF);
    if offset + data.len() > len {
        return;
    }
    let w = store.heap_index() + crate::obj::size::STR_HEADER;
    vm.heap.bytes_mut(w, len)[offset..offset + data.len()].copy_from_slice(data);
}

/// A str argument's text.
pub(crate) fn str_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    if vm.is_str(v) {
        return Ok(String::from(vm.str_text(v)));
    }
    let msg = alloc::format!("{what} must be str, not {}", vm.type_name_of(v));
    Err(vm.raise_msg(B::TypeError, &msg))
}

/// Positional argument `i`, else keyword `name`, else `None`.
pub(crate) fn arg_or_kw(vm: &Vm, args: &[Value], i: usize, kw: Kw, name: &str) -> Option<Value> {
    args.get(i).copied().or_else(|| kwarg(vm, kw, name))
}

/// A new bytes object.
pub(crate) fn new_bytes(vm: &mut Vm, b: &[u8]) -> PyResult<Value> {
    vm.new_bytes_like(Kind::Bytes, b)
}

/// Refuse keyword arguments: `name() takes no keyword arguments`.
pub(crate) fn no_kwargs(vm: &mut Vm, name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    let msg = alloc::format!("{name}() takes no keyword arguments");
    Err(vm.raise_msg(B::TypeError, &msg))
}
