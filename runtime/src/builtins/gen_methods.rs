//! Methods of generator objects: `send`, `throw`, `close`, `__next__`, `__iter__`.
//! The receiver is the first argument (a generator: the method table is per type).

use super::funcs::arity;
use super::B;
use crate::obj::Kind;
use crate::value::Value;
use crate::vm::{GenOutcome, Kw, PyResult, Vm};

fn outcome(vm: &mut Vm, r: GenOutcome) -> PyResult<Value> {
    match r {
        GenOutcome::Yielded(v) => Ok(v),
        GenOutcome::Returned(v) => Err(vm.raise_stop(v)),
    }
}

pub fn generator_send(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "send", args, 2, 2)?;
    let r = vm.gen_send(args[0], args[1])?;
    outcome(vm, r)
}

pub fn generator_next(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "__next__", args, 1, 1)?;
    let r = vm.gen_send(args[0], Value::NONE)?;
    outcome(vm, r)
}

pub fn generator_iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "__iter__", args, 1, 1)?;
    Ok(args[0])
}

pub fn generator_close(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "close", args, 1, 1)?;
    vm.gen_close(args[0])?;
    Ok(Value::NONE)
}

/// `throw(exc)` or the older `throw(type[, value[, traceback]])`.
pub fn generator_throw(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "throw", args, 2, 4)?;
    let (g, typ) = (args[0], args[1]);
    let val = args.get(2).copied().unwrap_or(Value::NONE);
    let exc = if vm.is_kind(typ, Kind::Exception) {
        if val != Value::NONE {
            return Err(vm.raise_type_error("instance exception may not have a separate value".into()));
        }
        typ
    } else if vm.is_exception_class(typ) {
        if vm.is_kind(val, Kind::Exception) && vm.isinstance(val, typ) {
            val
        } else if val == Value::NONE {
            vm.call(typ, &[])?
        } else if vm.is_kind(val, Kind::Tuple) {
            let items = vm.seq_to_vec(val);
            vm.call(typ, &items)?
        } else {
            vm.call(typ, &[val])?
        }
    } else {
        return Err(vm.raise_type_error(alloc::format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name_of(typ)
        )));
    };
    if !vm.is_kind(exc, Kind::Exception) {
        return Err(vm.raise_msg(B::TypeError, "exceptions must derive from BaseException"));
    }
    let r = vm.gen_throw(g, exc)?;
    outcome(vm, r)
}
