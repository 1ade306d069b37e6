//! Constructors of the builtin types (what calling `int`, `list`, ... does).

use alloc::string::String;

use super::funcs::{int_arg, int_check, only_kwargs};
use super::B;
use crate::layout::tuple;
use crate::native::args::{bind, check, ArgSpec, VARKW};
use crate::obj::Kind;
use crate::value::Value;
use crate::vm::Parsed;
use crate::vm::{Kw, PyResult, Vm};

pub fn object_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !args.is_empty() || !kw.is_empty() {
        return Err(vm.raise_msg(B::TypeError, "object() takes no arguments")); // CPython's own wording
    }
    let d = vm.new_dict()?;
    vm.new_object(Kind::Instance, 0, &[B::Object.value(), d, Value::NULL])
}

pub fn type_new(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.raise_msg(B::TypeError, "type() takes 1 argument (3-argument type() is not supported)"));
    }
    Ok(vm.type_of(args[0]))
}

pub fn int_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec =
        ArgSpec { name: "int", params: "x base", npos: 2, posonly: 1, required: 0, flags: 0, defaults: &[] };
    let b = bind(vm, &SPEC, args, kw)?;
    let base = b.get(1);
    let Some(x) = b.get(0) else {
        if base.is_some() {
            return Err(vm.raise_msg(B::TypeError, "int() missing string argument"));
        }
        return Ok(Value::small(0));
    };
    if let Some(b) = base {
        let b = int_arg(vm, b, "")?;
        if !(b == 0 || (2..=36).contains(&b)) {
            return Err(vm.raise_msg(B::ValueError, "int() base must be >= 2 and <= 36, or 0"));
        }
        if !vm.is_str(x) {
            return Err(vm.raise_msg(B::TypeError, "int() can't convert non-string with explicit base"));
        }
        return int_from_text(vm, x, b as u32);
    }
    let x = if vm.is_instance_obj(x) && vm.lookup_special(x, "__int__").is_none() { vm.unwrap_builtin(x) } else { x };
    if let Some(i) = vm.int_value(x) {
        return vm.new_int(i);
    }
    if vm.is_int(x) {
        return Ok(x);
    }
    if let Some(f) = vm.float_value(x) {
        return vm.int_from_float(f);
    }
    if vm.is_str(x) || vm.is_bytes(x) {
        return int_from_text(vm, x, 10);
    }
    if vm.is_instance_obj(x) {
        if let Some(f) = vm.lookup_special(x, "__int__") {
            return vm.call_method_value(f, x, &[]);
        }
    }
    Err(vm.raise_type_error(alloc::format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name_of(x)
    )))
}

fn int_from_text(vm: &mut Vm, x: Value, base: u32) -> PyResult<Value> {
    let text = alloc::vec::Vec::from(vm.str_bytes(x));
    match vm.parse_int_text(&text, base)? {
        Parsed::Int(v) => Ok(v),
        Parsed::Invalid => {
            let text = String::from_utf8_lossy(&text);
            let mut r = String::new();
            if vm.is_str(x) {
                crate::vm::write_str_repr(&mut r, &text);
            } else {
                let rv = vm.repr_of(x)?;
                r = String::from(vm.str_text(rv));
            }
            let msg = alloc::format!("invalid literal for int() with base {}: {}", base, r);
            Err(vm.raise_msg(B::ValueError, &msg))
        }
    }
}

pub fn bool_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("bool", "x", 1, 0);
    check(vm, &SPEC, args, kw)?;
    match args.first() {
        Some(x) => Ok(Value::bool(vm.truthy(*x)?)),
        None => Ok(Value::FALSE),
    }
}

pub fn float_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("float", "x", 1, 0);
    check(vm, &SPEC, args, kw)?;
    if !cfg!(feature = "float") {
        // Skip the parser below so that it is not linked.
        return vm.new_float(0.0);
    }
    let Some(&x) = args.first() else { return vm.new_float(0.0) };
    let x = if vm.is_instance_obj(x) && vm.lookup_special(x, "__float__").is_none() { vm.unwrap_builtin(x) } else { x };
    if let Some(f) = vm.float_value(x) {
        return Ok(if vm.is_kind(x, Kind::Float) { x } else { vm.new_float(f)? });
    }
    if let Some(f) = vm.int_as_float(x)? {
        return vm.new_float(f);
    }
    if vm.is_str(x) {
        let text = String::from(vm.str_text(x).trim());
        let lower = text.to_ascii_lowercase();
        let f = match lower.trim_start_matches(['+', '-']) {
            "inf" | "infinity" => Some(f64::INFINITY),
            "nan" => Some(f64::NAN),
            _ => None,
        };
        let f = match f {
            Some(v) => Some(if lower.starts_with('-') { -v } else { v }),
            None if !text.contains("__") && !text.starts_with('_') && !text.ends_with('_') => {
                text.replace('_', "").parse::<f64>().ok()
            }
            None => None,
        };
        return match f {
            Some(f) => vm.new_float(f),
            None => {
                let mut r = String::new();
                crate::vm::write_str_repr(&mut r, vm.str_text(x));
                let msg = alloc::format!("could not convert string to float: {}", r);
                Err(vm.raise_msg(B::ValueError, &msg))
            }
        };
    }
    if vm.is_instance_obj(x) {
        if let Some(f) = vm.lookup_special(x, "__float__") {
            return vm.call_method_value(f, x, &[]);
        }
    }
    Err(vm.raise_type_error(alloc::format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name_of(x)
    )))
}

pub fn str_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec {
        name: "str",
        params: "object encoding errors",
        npos: 3,
        posonly: 0,
        required: 0,
        flags: 0,
        defaults: &[],
    };
    let b = bind(vm, &SPEC, args, kw)?;
    let (x, encoding, errors) = (b.get(0), b.get(1), b.get(2));
    match x {
        None => vm.new_str(b""),
        Some(x) if encoding.is_some() || errors.is_some() => {
            if !vm.is_bytes_like(x) {
                return Err(vm.raise_type_error(alloc::format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name_of(x)
                )));
            }
            // bytes.decode does the work: str(b, enc, err) is b.decode(enc, err).
            let mut dargs = alloc::vec![x];
            dargs.push(encoding.unwrap_or(Value::NONE));
            if let Some(e) = errors {
                dargs.push(e);
            }
            if encoding.is_none() {
                dargs[1] = vm.str_value("utf-8")?;
            }
            super::bytes_methods::bytes_decode(vm, &dargs, &[])
        }
        Some(x) => vm.str_of(x),
    }
}

pub fn list_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("list", "iterable", 1, 0);
    check(vm, &SPEC, args, kw)?;
    let l = vm.new_list(&[])?;
    if let Some(x) = args.first() {
        vm.rooted(&[l], |vm| vm.list_extend(l, *x))?;
    }
    Ok(l)
}

pub fn tuple_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("tuple", "iterable", 1, 0);
    check(vm, &SPEC, args, kw)?;
    match args.first() {
        None => vm.new_tuple(&[]),
        Some(x) if vm.is_kind(*x, Kind::Tuple) => Ok(*x),
        Some(x) => {
            let items = vm.collect_iterable(*x)?;
            vm.new_tuple(&items)
        }
    }
}

pub fn dict_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec =
        ArgSpec { name: "dict", params: "iterable", npos: 1, posonly: 1, required: 0, flags: VARKW, defaults: &[] };
    check(vm, &SPEC, args, kw)?;
    let d = vm.new_dict()?;
    vm.rooted(&[d], |vm| {
        if let Some(src) = args.first() {
            vm.dict_update(d, *src)?;
        }
        for (k, v) in kw {
            vm.dict_set(d, *k, *v)?;
        }
        Ok(d)
    })
}

impl Vm {
    /// `d.update(src)`: from a dict or an iterable of pairs.
    pub(crate) fn dict_update(&mut self, d: Value, src: Value) -> PyResult<()> {
        let src = self.unwrap_builtin(src);
        if self.is_kind(src, Kind::Dict) {
            for i in 0..self.dict_used(src) {
                if let Some((k, v)) = self.dict_entry(src, i) {
                    self.dict_set(d, k, v)?;
                }
            }
            return Ok(());
        }
        // A mapping that is not a dict: its keys(), then src[key] (CPython's protocol).
        if self.is_instance_obj(src) && self.lookup_special(src, "keys").is_some() {
            let name = self.new_str(b"keys")?;
            let keys_fn = self.get_attr(src, name)?;
            let view = self.call(keys_fn, &[])?;
            return self.rooted(&[view], |vm| {
                let keys = vm.collect_iterable(view)?;
                vm.rooted(&keys, |vm| {
                    for &k in &keys {
                        let v = vm.get_item(src, k)?;
                        vm.dict_set(d, k, v)?;
                    }
                    Ok(())
                })
            });
        }
        let items = self.collect_iterable(src)?;
        self.rooted(&items, |vm| {
            for (n, item) in items.iter().enumerate() {
                let pair = vm.collect_iterable(*item);
                let pair = match pair {
                    Ok(p) => p,
                    Err(_) => {
                        let msg =
                            alloc::format!("cannot convert dictionary update sequence element #{} to a sequence", n);
                        return Err(vm.raise_msg(B::TypeError, &msg));
                    }
                };
                if pair.len() != 2 {
                    let msg = alloc::format!(
                        "dictionary update sequence element #{} has length {}; 2 is required",
                        n,
                        pair.len()
                    );
                    return Err(vm.raise_msg(B::ValueError, &msg));
                }
                vm.dict_set(d, pair[0], pair[1])?;
            }
            Ok(())
        })
    }
}

pub fn set_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("set", "iterable", 1, 0);
    check(vm, &SPEC, args, kw)?;
    match args.first() {
        Some(x) => vm.set_of_iterable(*x, false),
        None => vm.new_set_kind(false),
    }
}

pub fn frozenset_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("frozenset", "iterable", 1, 0);
    check(vm, &SPEC, args, kw)?;
    match args.first() {
        Some(x) if vm.is_frozenset(*x) => Ok(*x),
        Some(x) => vm.set_of_iterable(*x, true),
        None => vm.new_set_kind(true),
    }
}

pub fn map_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs(vm, "map", kw, &[])?;
    if args.len() < 2 {
        return Err(vm.raise_msg(B::TypeError, "map() must have at least two arguments."));
    }
    let its = iterators(vm, &args[1..])?;
    vm.new_object(Kind::Map, 0, &[args[0], its])
}

pub fn filter_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("filter", "function iterable", 2, 2);
    check(vm, &SPEC, args, kw)?;
    let it = vm.get_iter(args[1])?;
    vm.new_object(Kind::Filter, 0, &[args[0], it])
}

/// A tuple of iterators over each argument.
fn iterators(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let t = vm.new_tuple_uninit(args.len())?;
    vm.rooted(&[t], |vm| {
        for (i, a) in args.iter().enumerate() {
            let it = vm.get_iter(*a)?;
            vm.set_field(t, tuple::ITEMS + i, it);
        }
        Ok(t)
    })
}

pub fn classmethod_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("classmethod", "function", 1, 1);
    check(vm, &SPEC, args, kw)?;
    vm.new_object(Kind::ClassMethod, 0, &[args[0]])
}

pub fn staticmethod_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("staticmethod", "function", 1, 1);
    check(vm, &SPEC, args, kw)?;
    vm.new_object(Kind::StaticMethod, 0, &[args[0]])
}

pub fn property_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec {
        name: "property",
        params: "fget fset fdel doc",
        npos: 4,
        posonly: 0,
        required: 0,
        flags: 0,
        defaults: &[Value::NONE, Value::NONE, Value::NONE, Value::NONE],
    };
    let b = bind(vm, &SPEC, args, kw)?;
    let f = [b.req(0), b.req(1), b.req(2), b.req(3)];
    vm.new_object(Kind::Property, 0, &f)
}

pub fn range_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("range", "start stop step", 3, 1);
    check(vm, &SPEC, args, kw)?;
    for a in args {
        int_check(vm, *a)?;
    }
    let (start, stop, step) = match args.len() {
        1 => (Value::small(0), args[0], Value::small(1)),
        2 => (args[0], args[1], Value::small(1)),
        _ => (args[0], args[1], args[2]),
    };
    // Keep bools out of ranges: they print as ints. (No allocation here: nothing needs rooting.)
    let norm = |v: Value| match v {
        Value::TRUE => Value::small(1),
        Value::FALSE => Value::small(0),
        v => v,
    };
    let (start, stop, step) = (norm(start), norm(stop), norm(step));
    if step == Value::small(0) {
        return Err(vm.raise_msg(B::ValueError, "range() arg 3 must not be zero"));
    }
    vm.new_range(start, stop, step)
}

pub fn enumerate_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec {
        name: "enumerate",
        params: "iterable start",
        npos: 2,
        posonly: 0,
        required: 1,
        flags: 0,
        defaults: &[Value::small(0)],
    };
    let b = bind(vm, &SPEC, args, kw)?;
    let start = b.req(1);
    int_arg(vm, start, "")?;
    let it = vm.get_iter(b.req(0))?;
    vm.new_object(Kind::Enumerate, 0, &[it, start])
}

pub fn zip_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs(vm, "zip", kw, &[])?;
    let t = iterators(vm, args)?;
    vm.new_object(Kind::Zip, 0, &[t])
}

pub fn super_new(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.raise_msg(B::RuntimeError, "super(): no arguments"));
    }
    if !vm.is_kind(args[0], Kind::Class) {
        return Err(vm.raise_msg(B::TypeError, "super() argument 1 must be a type"));
    }
    vm.new_object(Kind::Super, 0, &[args[0], args[1]])
}
