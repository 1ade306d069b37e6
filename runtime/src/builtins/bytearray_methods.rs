//! Methods of bytearray alone (it is mutable) and of memoryview.
// Without the `bytes_methods` feature the method table leaves these methods out (methods.rs).
#![cfg_attr(not(feature = "bytes_methods"), allow(dead_code, unused_imports))]

use alloc::vec::Vec;

use super::bytes_methods::{bytes_arg, this};
use super::funcs::{arity, int_arg};
use super::B;
use crate::obj::Kind;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Vm};

// ---- bytearray only ----

fn bytearray(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first().map(|v| vm.unwrap_builtin(*v)) {
        Some(v) if vm.is_kind(v, Kind::ByteArray) => Ok(v),
        _ => Err(vm.raise_type_error(alloc::format!("descriptor '{}' requires a 'bytearray' object", name))),
    }
}

pub fn bytearray_append(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let ba = bytearray(vm, args, "append")?;
    arity(vm, "bytearray.append", &args[1..], 1, 1)?;
    let c = vm.byte_value(args[1])?;
    let mut d = vm.bytes_data(ba).unwrap_or_default().into_owned();
    d.push(c);
    vm.bytearray_set(ba, &d)?;
    Ok(Value::NONE)
}

pub fn bytearray_extend(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let ba = bytearray(vm, args, "extend")?;
    arity(vm, "extend", &args[1..], 1, 1)?;
    let extra = if vm.is_bytes_like(args[1]) {
        bytes_arg(vm, args[1])?
    } else {
        if vm.int_value(args[1]).is_some() || vm.is_kind(args[1], Kind::Float) {
            return Err(vm.raise_type_error(alloc::format!("can't extend bytearray with {}", vm.type_name_of(args[1]))));
        }
        let items = vm.collect_iterable(args[1])?;
        let mut out = Vec::new();
        for x in items {
            out.push(vm.byte_value(x)?);
        }
        out
    };
    let mut d = vm.bytes_data(ba).unwrap_or_default().into_owned();
    d.extend_from_slice(&extra);
    vm.bytearray_set(ba, &d)?;
    Ok(Value::NONE)
}

pub fn bytearray_pop(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let ba = bytearray(vm, args, "pop")?;
    arity(vm, "pop", &args[1..], 0, 1)?;
    let mut d = vm.bytes_data(ba).unwrap_or_default().into_owned();
    if d.is_empty() {
        return Err(vm.raise_msg(B::IndexError, "pop from empty bytearray"));
    }
    let i = match args.get(1) {
        Some(v) => vm.seq_index(*v, d.len(), "pop")?,
        None => d.len() - 1,
    };
    let c = d.remove(i);
    vm.bytearray_set(ba, &d)?;
    Ok(Value::small(c as i32))
}

pub fn bytearray_insert(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let ba = bytearray(vm, args, "insert")?;
    arity(vm, "insert", &args[1..], 2, 2)?;
    let mut d = vm.bytes_data(ba).unwrap_or_default().into_owned();
    let n = d.len() as i64;
    let i = int_arg(vm, args[1], "")?;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let c = vm.byte_value(args[2])?;
    d.insert(i, c);
    vm.bytearray_set(ba, &d)?;
    Ok(Value::NONE)
}

pub fn bytearray_remove(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let ba = bytearray(vm, args, "remove")?;
    arity(vm, "remove", &args[1..], 1, 1)?;
    let c = vm.byte_value(args[1])?;
    let mut d = vm.bytes_data(ba).unwrap_or_default().into_owned();
    match d.iter().position(|x| *x == c) {
        Some(i) => {
            d.remove(i);
            vm.bytearray_set(ba, &d)?;
            Ok(Value::NONE)
        }
        None => Err(vm.raise_msg(B::ValueError, "value not found in bytearray")),
    }
}

pub fn bytearray_clear(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let ba = bytearray(vm, args, "clear")?;
    vm.bytearray_set(ba, &[])?;
    Ok(Value::NONE)
}

pub fn bytearray_copy(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let ba = bytearray(vm, args, "copy")?;
    let d = vm.bytes_data(ba).unwrap_or_default().into_owned();
    vm.new_bytearray(&d)
}

pub fn bytearray_reverse(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let ba = bytearray(vm, args, "reverse")?;
    let mut d = vm.bytes_data(ba).unwrap_or_default().into_owned();
    d.reverse();
    vm.bytearray_set(ba, &d)?;
    Ok(Value::NONE)
}

// ---- memoryview ----

pub fn memoryview_tobytes(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this(vm, args, "tobytes")?;
    vm.new_bytes(&b)
}

pub fn memoryview_tolist(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this(vm, args, "tolist")?;
    let items: Vec<Value> = b.iter().map(|c| Value::small(*c as i32)).collect();
    vm.new_list(&items)
}

pub fn memoryview_release(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::NONE)
}
