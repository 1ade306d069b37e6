//! Builtins that look at objects: isinstance, issubclass, callable, the
//! attribute functions, hash, id, format and ascii.

use alloc::string::String;

use super::B;
use crate::native::args::{check, ArgSpec};
use crate::obj::Kind;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Vm};

fn class_arg_error(vm: &mut Vm, fname: &str) -> crate::vm::Raised {
    vm.raise_type_error(alloc::format!("{}() arg 2 must be a type, a tuple of types, or a union", fname))
}

fn is_class(vm: &Vm, c: Value) -> bool {
    vm.is_kind(c, Kind::Class) || (c.is_builtin() && B::from_id(c.builtin_id()).map(|b| b.is_type()).unwrap_or(false))
}

/// `isinstance`/`issubclass` against a class or a (nested) tuple of classes, left to right
/// and stopping at the first match, as CPython does.
fn match_classes(vm: &mut Vm, t: Value, c: Value, fname: &str, depth: usize) -> PyResult<bool> {
    if vm.is_kind(c, Kind::Tuple) {
        if depth > 64 {
            return Err(vm.raise_msg(B::RecursionError, "maximum recursion depth exceeded"));
        }
        for i in 0..vm.seq_len(c) {
            let x = vm.seq_item(c, i);
            if match_classes(vm, t, x, fname, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !is_class(vm, c) {
        return Err(class_arg_error(vm, fname));
    }
    Ok(vm.is_subclass(t, c))
}

pub fn isinstance(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("isinstance", "obj class_or_tuple", 2, 2);
    check(vm, &SPEC, args, kw)?;
    let t = vm.type_of(args[0]);
    Ok(Value::bool(match_classes(vm, t, args[1], "isinstance", 0)?))
}

pub fn issubclass(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("issubclass", "cls class_or_tuple", 2, 2);
    check(vm, &SPEC, args, kw)?;
    if !is_class(vm, args[0]) {
        return Err(vm.raise_msg(B::TypeError, "issubclass() arg 1 must be a class"));
    }
    Ok(Value::bool(match_classes(vm, args[0], args[1], "issubclass", 0)?))
}

pub fn hash(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("hash", "obj", 1, 1);
    check(vm, &SPEC, args, kw)?;
    // Numbers hash as CPython's do, equal across int and float and any size.
    if let Some(h) = vm.num_hash(args[0]) {
        return vm.new_int(h);
    }
    if vm.is_instance_obj(args[0]) && vm.kind(args[0]) == Some(Kind::Instance) {
        let h = vm.hash_instance(args[0])?;
        return vm.new_int(if h == -1 { -2 } else { h });
    }
    let h = vm.hash_key(args[0])?;
    vm.new_int(h as i64)
}

pub fn id(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("id", "obj", 1, 1);
    check(vm, &SPEC, args, kw)?;
    vm.new_int(args[0].0 as i64)
}

pub fn callable(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("callable", "obj", 1, 1);
    check(vm, &SPEC, args, kw)?;
    Ok(Value::bool(is_callable(vm, args[0])))
}

pub(crate) fn is_callable(vm: &Vm, x: Value) -> bool {
    x.is_builtin()
        || x.is_method()
        || matches!(vm.kind(x), Some(Kind::Function | Kind::BoundMethod | Kind::Class))
        || (vm.is_instance_obj(x) && vm.lookup_special(x, "__call__").is_some())
}

pub fn delattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("delattr", "obj name", 2, 2);
    check(vm, &SPEC, args, kw)?;
    attr_name(vm, args[1])?;
    vm.del_attr(args[0], args[1])?;
    Ok(Value::NONE)
}

pub fn format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("format", "value format_spec", 2, 1);
    check(vm, &SPEC, args, kw)?;
    let spec = match args.get(1) {
        None => String::new(),
        Some(s) if vm.is_str(*s) => String::from(vm.str_text(*s)),
        Some(s) => {
            return Err(
                vm.raise_type_error(alloc::format!("format() argument 2 must be str, not {}", vm.type_name_of(*s)))
            )
        }
    };
    vm.format_with_spec(args[0], &spec)
}

pub fn ascii(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("ascii", "obj", 1, 1);
    check(vm, &SPEC, args, kw)?;
    let r = vm.repr_of(args[0])?;
    let text = String::from(vm.str_text(r));
    if text.is_ascii() {
        return Ok(r);
    }
    vm.new_str(crate::vm::ascii_escape(&text).as_bytes())
}

/// Check that `v` names an attribute (a str); the name is then used as it is, with no copy.
fn attr_name(vm: &mut Vm, v: Value) -> PyResult<()> {
    if !vm.is_str(v) {
        return Err(vm.raise_type_error(alloc::format!("attribute name must be string, not '{}'", vm.type_name_of(v))));
    }
    Ok(())
}

pub fn getattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("getattr", "object name default", 3, 2);
    check(vm, &SPEC, args, kw)?;
    attr_name(vm, args[1])?;
    let Some(d) = args.get(2) else { return vm.get_attr(args[0], args[1]) };
    match vm.try_get_attr(args[0], args[1]) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Ok(*d),
        Err(e) => {
            if vm.exception_matches(vm.exc, B::AttributeError.value()) {
                vm.exc = Value::NULL;
                return Ok(*d);
            }
            Err(e)
        }
    }
}

pub fn setattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("setattr", "obj name value", 3, 3);
    check(vm, &SPEC, args, kw)?;
    attr_name(vm, args[1])?;
    vm.set_attr(args[0], args[1], args[2])?;
    Ok(Value::NONE)
}

pub fn hasattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("hasattr", "obj name", 2, 2);
    check(vm, &SPEC, args, kw)?;
    attr_name(vm, args[1])?;
    match vm.try_get_attr(args[0], args[1]) {
        Ok(v) => Ok(Value::bool(v.is_some())),
        Err(e) => {
            if vm.exception_matches(vm.exc, B::AttributeError.value()) {
                vm.exc = Value::NULL;
                return Ok(Value::FALSE);
            }
            Err(e)
        }
    }
}
