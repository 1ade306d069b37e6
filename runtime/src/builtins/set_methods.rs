//! Methods of set and frozenset.

use super::container_methods::key_error;
use super::funcs::arity;
use super::B;
use crate::obj::Kind;
use crate::opcode::Op;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Vm};

/// The receiver: any set (`mutable`: not a frozenset).
fn recv(vm: &mut Vm, args: &[Value], name: &str, mutable: bool) -> PyResult<Value> {
    match args.first().map(|v| vm.unwrap_builtin(*v)) {
        Some(v) if vm.is_kind(v, Kind::Set) && !(mutable && vm.is_frozenset(v)) => Ok(v),
        Some(v) => {
            let owner = if mutable { "set" } else { "frozenset" };
            Err(vm.raise_type_error(alloc::format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                name,
                owner,
                vm.type_name_of(v)
            )))
        }
        None => Err(vm.raise_type_error(alloc::format!("descriptor '{}' of 'set' object needs an argument", name))),
    }
}

pub fn set_add(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = recv(vm, args, "add", true)?;
    arity(vm, "add", &args[1..], 1, 1)?;
    vm.dict_set(s, args[1], Value::TRUE)?;
    Ok(Value::NONE)
}

pub fn set_remove(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = recv(vm, args, "remove", true)?;
    arity(vm, "remove", &args[1..], 1, 1)?;
    match vm.dict_del(s, args[1])? {
        Some(_) => Ok(Value::NONE),
        None => Err(key_error(vm, args[1])),
    }
}

pub fn set_discard(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = recv(vm, args, "discard", true)?;
    arity(vm, "discard", &args[1..], 1, 1)?;
    vm.dict_del(s, args[1])?;
    Ok(Value::NONE)
}

pub fn set_pop(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = recv(vm, args, "pop", true)?;
    arity(vm, "pop", &args[1..], 0, 0)?;
    let first = (0..vm.dict_used(s)).find_map(|i| vm.dict_entry(s, i));
    match first {
        Some((k, _)) => {
            vm.dict_del(s, k)?;
            Ok(k)
        }
        None => Err(vm.raise_msg(B::KeyError, "pop from an empty set")),
    }
}

pub fn set_clear(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = recv(vm, args, "clear", true)?;
    vm.dict_clear(s);
    Ok(Value::NONE)
}

pub fn set_copy(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = recv(vm, args, "copy", false)?;
    if vm.is_frozenset(s) {
        return Ok(s);
    }
    vm.set_of_iterable(s, false)
}

/// `s.union(*others)` and friends: fold the operation over every argument (any iterables).
fn fold(vm: &mut Vm, args: &[Value], name: &str, op: Op) -> PyResult<Value> {
    let s = recv(vm, args, name, false)?;
    let frozen = vm.is_frozenset(s);
    vm.rooted(&[], |vm| {
        let mut acc = vm.set_of_iterable(s, frozen)?;
        vm.root(acc);
        for o in &args[1..] {
            let other = vm.set_of_iterable(*o, false)?;
            vm.root(other);
            acc = vm.set_combine(op, acc, other, frozen)?;
            vm.root(acc);
        }
        Ok(acc)
    })
}

pub fn set_union(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    fold(vm, args, "union", Op::BitOr)
}

pub fn set_intersection(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    fold(vm, args, "intersection", Op::BitAnd)
}

pub fn set_difference(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    fold(vm, args, "difference", Op::Sub)
}

pub fn set_symmetric_difference(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "symmetric_difference", &args[1.min(args.len())..], 1, 1)?;
    fold(vm, args, "symmetric_difference", Op::BitXor)
}

/// `s.update(*others)` and the other in-place methods.
fn update(vm: &mut Vm, args: &[Value], name: &str, op: Op) -> PyResult<Value> {
    let s = recv(vm, args, name, true)?;
    vm.rooted(&[], |vm| {
        for o in &args[1..] {
            let other = vm.set_of_iterable(*o, false)?;
            vm.root(other);
            vm.set_update_op(op, s, other)?;
        }
        Ok(Value::NONE)
    })
}

pub fn set_update(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    update(vm, args, "update", Op::BitOr)
}

pub fn set_intersection_update(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    update(vm, args, "intersection_update", Op::BitAnd)
}

pub fn set_difference_update(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    update(vm, args, "difference_update", Op::Sub)
}

pub fn set_symmetric_difference_update(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "symmetric_difference_update", &args[1.min(args.len())..], 1, 1)?;
    update(vm, args, "symmetric_difference_update", Op::BitXor)
}

/// `issubset`, `issuperset`: the other operand may be any iterable.
fn subset(vm: &mut Vm, args: &[Value], name: &str, superset: bool) -> PyResult<Value> {
    let s = recv(vm, args, name, false)?;
    arity(vm, name, &args[1..], 1, 1)?;
    let other = vm.set_of_iterable(args[1], false)?;
    let r = vm.rooted(&[other], |vm| if superset { vm.set_is_subset(other, s) } else { vm.set_is_subset(s, other) });
    Ok(Value::bool(r?))
}

pub fn set_issubset(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    subset(vm, args, "issubset", false)
}

pub fn set_issuperset(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    subset(vm, args, "issuperset", true)
}

pub fn set_isdisjoint(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    // Keys and items views are set-like too.
    let s = match args.first() {
        Some(v) if vm.is_kind(*v, Kind::DictView) => vm.set_of_iterable(*v, false)?,
        _ => recv(vm, args, "isdisjoint", false)?,
    };
    arity(vm, "isdisjoint", &args[1..], 1, 1)?;
    vm.rooted(&[s], |vm| {
        let items = vm.collect_iterable(args[1])?;
        vm.rooted(&items, |vm| {
            for x in &items {
                if vm.dict_get(s, *x)?.is_some() {
                    return Ok(Value::FALSE);
                }
            }
            Ok(Value::TRUE)
        })
    })
}
