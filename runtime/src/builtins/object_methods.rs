//! Methods of `object`, of `BaseException`, of `property`, and the dunder
//! methods of builtin types that subclasses reach through `super()`.

use super::funcs::arity;
use super::B;
use crate::layout::{exception, property};
use crate::obj::Kind;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Vm};

/// `object.__new__(cls, ...)` and `int.__new__(cls, ...)` alike: an instance of `cls`
/// carrying the builtin value its builtin base makes from the arguments.
pub fn object_new_method(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(&cls) = args.first() else {
        return Err(vm.raise_msg(B::TypeError, "object.__new__(): not enough arguments"));
    };
    if cls.is_builtin() {
        let ctor = match B::from_id(cls.builtin_id()).map(super::def) {
            Some(super::Def::Type { ctor: Some(c), .. }) => c,
            _ => return Err(vm.raise_msg(B::TypeError, "object.__new__(X): X is not a type object")),
        };
        return ctor(vm, &args[1..], kw);
    }
    if !vm.is_kind(cls, Kind::Class) {
        return Err(
            vm.raise_type_error(alloc::format!("object.__new__(X): X is not a type object ({})", vm.type_name_of(cls)))
        );
    }
    vm.new_instance_of(cls, &args[1..], kw)
}

pub fn object_init(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::NONE)
}

/// `object.__init_subclass__(cls)`: the end of a chain of `super().__init_subclass__()` calls.
pub fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        let cls = vm.str_text(vm.type_name(args[0]));
        let msg = alloc::format!("{}.__init_subclass__() takes no keyword arguments", cls);
        return Err(vm.raise_type_error(msg));
    }
    arity(vm, "__init_subclass__", args, 1, 1)?;
    Ok(Value::NONE)
}

fn attr_args(vm: &mut Vm, args: &[Value], name: &str, n: usize) -> PyResult<()> {
    arity(vm, name, args, n, n)?;
    if !vm.is_str(args[1]) {
        return Err(
            vm.raise_type_error(alloc::format!("attribute name must be string, not '{}'", vm.type_name_of(args[1])))
        );
    }
    Ok(())
}

pub fn object_setattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    attr_args(vm, args, "__setattr__", 3)?;
    vm.generic_set_attr(args[0], args[1], args[2])?;
    Ok(Value::NONE)
}

pub fn object_delattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    attr_args(vm, args, "__delattr__", 2)?;
    vm.generic_del_attr(args[0], args[1])?;
    Ok(Value::NONE)
}

pub fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    attr_args(vm, args, "__getattribute__", 2)?;
    let found = if matches!(vm.kind(args[0]), Some(Kind::Instance | Kind::Exception)) {
        vm.generic_get_attr(args[0], args[1])?
    } else {
        vm.try_get_attr(args[0], args[1])?
    };
    match found {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(args[0], args[1])),
    }
}

pub fn object_eq(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "__eq__", args, 2, 2)?;
    Ok(if args[0] == args[1] { Value::TRUE } else { Value::NOT_IMPLEMENTED })
}

pub fn object_ne(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "__ne__", args, 2, 2)?;
    // The negation of `__eq__`, which may be the user's.
    let e = match vm.lookup_special(args[0], "__eq__") {
        Some(f) => vm.call_method_value(f, args[0], &[args[1]])?,
        None => {
            if args[0] == args[1] {
                Value::TRUE
            } else {
                Value::NOT_IMPLEMENTED
            }
        }
    };
    if e == Value::NOT_IMPLEMENTED {
        return Ok(e);
    }
    Ok(Value::bool(!vm.truthy(e)?))
}

pub fn object_hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "__hash__", args, 1, 1)?;
    vm.new_int((args[0].0 >> 2) as i64)
}

pub fn object_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "__repr__", args, 1, 1)?;
    vm.default_repr(args[0])
}

pub fn object_str(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "__str__", args, 1, 1)?;
    vm.repr_of(args[0])
}

pub fn exception_init(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(&e) = args.first().filter(|e| vm.is_kind(**e, Kind::Exception)) else {
        return Err(vm.raise_msg(B::TypeError, "descriptor '__init__' requires a 'BaseException' object"));
    };
    let t = vm.new_tuple(&args[1..])?;
    vm.set_field(e, exception::ARGS, t);
    Ok(Value::NONE)
}

pub fn exception_str(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first() {
        Some(e) if vm.is_kind(*e, Kind::Exception) => vm.exception_default_text(*e, false),
        _ => Err(vm.raise_msg(B::TypeError, "descriptor '__str__' requires a 'BaseException' object")),
    }
}

pub fn exception_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first() {
        Some(e) if vm.is_kind(*e, Kind::Exception) => vm.exception_default_text(*e, true),
        _ => Err(vm.raise_msg(B::TypeError, "descriptor '__repr__' requires a 'BaseException' object")),
    }
}

pub fn exception_with_traceback(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "with_traceback", args, 2, 2)?;
    Ok(args[0])
}

// ---- dunders of builtin types, for `super().__getitem__(k)` and the like ----

/// The builtin value behind `self` (itself, or what a subclass instance carries).
fn inner(vm: &mut Vm, args: &[Value], n: usize, name: &str) -> PyResult<Value> {
    arity(vm, name, args, n, n)?;
    Ok(vm.unwrap_builtin(args[0]))
}

pub fn dunder_getitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = inner(vm, args, 2, "__getitem__")?;
    vm.get_item(o, args[1])
}

pub fn dunder_setitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = inner(vm, args, 3, "__setitem__")?;
    vm.set_item(o, args[1], args[2])?;
    Ok(Value::NONE)
}

pub fn dunder_delitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = inner(vm, args, 2, "__delitem__")?;
    vm.del_item(o, args[1])?;
    Ok(Value::NONE)
}

pub fn dunder_len(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = inner(vm, args, 1, "__len__")?;
    let n = vm.len_of(o)?;
    vm.new_int(n as i64)
}

pub fn dunder_contains(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = inner(vm, args, 2, "__contains__")?;
    Ok(Value::bool(vm.contains(o, args[1])?))
}

pub fn dunder_iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = inner(vm, args, 1, "__iter__")?;
    vm.get_iter(o)
}

/// `list.__init__(self, iterable=())` and the other mutable builtins: refill `self`.
pub fn builtin_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(&this) = args.first() else {
        return Err(vm.raise_msg(B::TypeError, "descriptor '__init__' needs an argument"));
    };
    let o = vm.unwrap_builtin(this);
    let t = vm.type_of(o);
    let Some(super::Def::Type { ctor: Some(ctor), .. }) = B::from_id(t.builtin_id()).map(super::def) else {
        return Ok(Value::NONE);
    };
    match vm.kind(o) {
        Some(Kind::List | Kind::Dict | Kind::Set | Kind::ByteArray) => {}
        _ => return Ok(Value::NONE),
    }
    let fresh = ctor(vm, &args[1..], kw)?;
    match vm.kind(o) {
        Some(Kind::List) => {
            let items = vm.seq_to_vec(fresh);
            vm.rooted(&[fresh], |vm| vm.list_replace(o, &items))?;
        }
        Some(Kind::ByteArray) => {
            let d = vm.bytes_data(fresh).unwrap_or_default().into_owned();
            vm.bytearray_set(o, &d)?;
        }
        _ => {
            // Dict and set: take over the fresh table.
            for i in 1..=4 {
                let f = vm.field(fresh, i);
                vm.set_field(o, i, f);
            }
        }
    }
    Ok(Value::NONE)
}

// ---- property ----

fn property_with(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    arity(vm, "property", args, 2, 2)?;
    let p = args[0];
    if !vm.is_kind(p, Kind::Property) {
        return Err(vm.raise_msg(B::TypeError, "descriptor requires a 'property' object"));
    }
    let mut f = [
        vm.field(p, property::GETTER),
        vm.field(p, property::SETTER),
        vm.field(p, property::DELETER),
        vm.field(p, property::DOC),
    ];
    f[which] = args[1];
    vm.new_object(Kind::Property, 0, &f)
}

pub fn property_getter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    property_with(vm, args, 0)
}

pub fn property_setter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    property_with(vm, args, 1)
}

pub fn property_deleter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    property_with(vm, args, 2)
}
