//! Methods of list, tuple, dict and set, and of `object` / `BaseException`.

use super::funcs::{arity, int_arg, kwarg, only_kwargs};
use super::B;
use crate::obj::Kind;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Raised, Vm};

/// Check the receiver's kind.
pub(crate) fn recv(vm: &mut Vm, args: &[Value], kinds: &[Kind], name: &str) -> PyResult<Value> {
    match args.first().map(|v| vm.unwrap_builtin(*v)) {
        Some(v) if kinds.iter().any(|k| vm.is_kind(v, *k)) => Ok(v),
        Some(v) => Err(vm.raise_type_error(alloc::format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            name,
            kind_name(kinds[0]),
            vm.type_name_of(v)
        ))),
        None => Err(vm.raise_type_error(alloc::format!("descriptor '{}' needs an argument", name))),
    }
}

fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::List => "list",
        Kind::Tuple => "tuple",
        Kind::Dict => "dict",
        _ => "set",
    }
}

// ---- list ----

pub fn list_append(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = recv(vm, args, &[Kind::List], "append")?;
    arity(vm, "list.append", &args[1..], 1, 1)?;
    vm.list_push(l, args[1])?;
    Ok(Value::NONE)
}

pub fn list_pop(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = recv(vm, args, &[Kind::List], "pop")?;
    arity(vm, "pop", &args[1..], 0, 1)?;
    let n = vm.seq_len(l);
    if n == 0 {
        return Err(vm.raise_msg(B::IndexError, "pop from empty list"));
    }
    let i = match args.get(1) {
        Some(v) => vm.seq_index(*v, n, "pop")?,
        None => n - 1,
    };
    let mut items = vm.seq_to_vec(l);
    let x = items.remove(i);
    vm.rooted(&[x], |vm| vm.list_replace(l, &items))?;
    Ok(x)
}

pub fn list_insert(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = recv(vm, args, &[Kind::List], "insert")?;
    arity(vm, "insert", &args[1..], 2, 2)?;
    let n = vm.seq_len(l) as i64;
    let i = int_arg(vm, args[1], "")?;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let mut items = vm.seq_to_vec(l);
    items.insert(i, args[2]);
    vm.list_replace(l, &items)?;
    Ok(Value::NONE)
}

pub fn list_remove(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = recv(vm, args, &[Kind::List], "remove")?;
    arity(vm, "remove", &args[1..], 1, 1)?;
    for i in 0..vm.seq_len(l) {
        let y = vm.seq_item(l, i);
        if vm.eq(y, args[1])? {
            let mut items = vm.seq_to_vec(l);
            items.remove(i);
            vm.list_replace(l, &items)?;
            return Ok(Value::NONE);
        }
    }
    Err(vm.raise_msg(B::ValueError, "list.remove(x): x not in list"))
}

pub fn seq_index_method(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = recv(vm, args, &[Kind::List, Kind::Tuple], "index")?;
    arity(vm, "index", &args[1..], 1, 3)?;
    let n = vm.seq_len(s) as i64;
    let bound = |vm: &mut Vm, v: Option<&Value>, d: i64| -> PyResult<i64> {
        match v {
            None => Ok(d),
            Some(v) => {
                let i = int_arg(vm, *v, "")?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let start = bound(vm, args.get(2), 0)?;
    let end = bound(vm, args.get(3), n)?;
    for i in start..end {
        let y = vm.seq_item(s, i as usize);
        if vm.eq(y, args[1])? {
            return vm.new_int(i);
        }
    }
    if vm.is_kind(s, Kind::List) {
        let r = vm.repr_of(args[1])?;
        let msg = alloc::format!("{} is not in list", vm.str_text(r));
        return Err(vm.raise_msg(B::ValueError, &msg));
    }
    Err(vm.raise_msg(B::ValueError, "tuple.index(x): x not in tuple"))
}

pub fn seq_count(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = recv(vm, args, &[Kind::List, Kind::Tuple], "count")?;
    arity(vm, "count", &args[1..], 1, 1)?;
    let mut c = 0;
    for i in 0..vm.seq_len(s) {
        let y = vm.seq_item(s, i);
        if vm.eq(y, args[1])? {
            c += 1;
        }
    }
    vm.new_int(c)
}

pub fn list_extend_method(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = recv(vm, args, &[Kind::List], "extend")?;
    arity(vm, "extend", &args[1..], 1, 1)?;
    vm.list_extend(l, args[1])?;
    Ok(Value::NONE)
}

pub fn list_reverse(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = recv(vm, args, &[Kind::List], "reverse")?;
    let mut items = vm.seq_to_vec(l);
    items.reverse();
    vm.list_replace(l, &items)?;
    Ok(Value::NONE)
}

pub fn list_sort(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = recv(vm, args, &[Kind::List], "sort")?;
    only_kwargs(vm, "sort", kw, &["key", "reverse"])?;
    if args.len() > 1 {
        return Err(vm.raise_msg(B::TypeError, "sort() takes no positional arguments"));
    }
    let key = kwarg(vm, kw, "key").unwrap_or(Value::NONE);
    let reverse = match kwarg(vm, kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let mut items = vm.seq_to_vec(l);
    vm.sort_values(&mut items, key, reverse)?;
    vm.list_replace(l, &items)?;
    Ok(Value::NONE)
}

pub fn list_copy(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = recv(vm, args, &[Kind::List], "copy")?;
    let items = vm.seq_to_vec(l);
    vm.new_list(&items)
}

pub fn list_clear(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = recv(vm, args, &[Kind::List], "clear")?;
    vm.list_set_len(l, 0);
    Ok(Value::NONE)
}

// ---- dict ----

pub fn dict_get_method(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = recv(vm, args, &[Kind::Dict], "get")?;
    arity(vm, "get", &args[1..], 1, 2)?;
    Ok(vm.dict_get(d, args[1])?.unwrap_or(args.get(2).copied().unwrap_or(Value::NONE)))
}

pub fn dict_keys(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = recv(vm, args, &[Kind::Dict], "keys")?;
    vm.dict_view(d, 0)
}

pub fn dict_values(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = recv(vm, args, &[Kind::Dict], "values")?;
    vm.dict_view(d, 1)
}

pub fn dict_items(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = recv(vm, args, &[Kind::Dict], "items")?;
    vm.dict_view(d, 2)
}

pub(crate) fn key_error(vm: &mut Vm, k: Value) -> Raised {
    match vm.new_exception(B::KeyError.value(), &[k]) {
        Ok(e) => {
            vm.exc = e;
            Raised
        }
        Err(r) => r,
    }
}

pub fn dict_pop(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = recv(vm, args, &[Kind::Dict], "pop")?;
    arity(vm, "pop", &args[1..], 1, 2)?;
    match vm.dict_del(d, args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(v) => Ok(*v),
            None => Err(key_error(vm, args[1])),
        },
    }
}

pub fn dict_popitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = recv(vm, args, &[Kind::Dict], "popitem")?;
    let last = (0..vm.dict_used(d)).rev().find_map(|i| vm.dict_entry(d, i));
    let Some((k, v)) = last else {
        return Err(vm.raise_msg(B::KeyError, "popitem(): dictionary is empty"));
    };
    let t = vm.new_tuple(&[k, v])?;
    vm.dict_del(d, k)?;
    Ok(t)
}

pub fn dict_setdefault(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = recv(vm, args, &[Kind::Dict], "setdefault")?;
    arity(vm, "setdefault", &args[1..], 1, 2)?;
    if let Some(v) = vm.dict_get(d, args[1])? {
        return Ok(v);
    }
    let v = args.get(2).copied().unwrap_or(Value::NONE);
    vm.dict_set(d, args[1], v)?;
    Ok(v)
}

pub fn dict_update_method(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = recv(vm, args, &[Kind::Dict], "update")?;
    arity(vm, "update", &args[1..], 0, 1)?;
    if let Some(src) = args.get(1) {
        vm.dict_update(d, *src)?;
    }
    for (k, v) in kw {
        vm.dict_set(d, *k, *v)?;
    }
    Ok(Value::NONE)
}

pub fn dict_copy(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = recv(vm, args, &[Kind::Dict], "copy")?;
    let n = vm.new_dict()?;
    vm.rooted(&[n], |vm| vm.dict_update(n, d))?;
    Ok(n)
}

pub fn dict_clear_method(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = recv(vm, args, &[Kind::Dict, Kind::Set], "clear")?;
    vm.dict_clear(d);
    Ok(Value::NONE)
}

pub fn dict_fromkeys(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    // Bound to the class by attribute lookup.
    arity(vm, "fromkeys", args, 2, 3)?;
    let (cls, keys) = (args[0], args[1]);
    let v = args.get(2).copied().unwrap_or(Value::NONE);
    let items = vm.collect_iterable(keys)?;
    vm.rooted(&items, |vm| {
        let d = if cls == B::Dict.value() { vm.new_dict()? } else { vm.call(cls, &[])? };
        vm.root(d);
        for k in &items {
            vm.set_item(d, *k, v)?;
        }
        Ok(d)
    })
}
