//! `hashlib`: `sha256`, `sha1` and `md5` objects with `update`, `digest`,
//! `hexdigest`, `copy`, `name`, `digest_size`, `block_size`, and `new(name)`.
//! `digest()` leaves the object usable (CPython's behaviour).

mod digest;

use digest::Alg;

use super::args::{arity, kwarg, new_bytes, only_kwargs};
use super::NativeModule;
use crate::builtins::B;
use crate::layout::{class, instance};
use crate::obj::Kind;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Vm};

pub const MODULE: NativeModule = NativeModule {
    name: "hashlib",
    functions: &[],
    attrs: &[("new", new)],
    consts: &[],
    methods: &[
        ("md5___init__", init_md5),
        ("md5_copy", copy),
        ("md5_digest", digest),
        ("md5_hexdigest", hexdigest),
        ("md5_update", update),
        ("sha1___init__", init_sha1),
        ("sha1_copy", copy),
        ("sha1_digest", digest),
        ("sha1_hexdigest", hexdigest),
        ("sha1_update", update),
        ("sha256___init__", init_sha256),
        ("sha256_copy", copy),
        ("sha256_digest", digest),
        ("sha256_hexdigest", hexdigest),
        ("sha256_update", update),
    ],
    init: Some(init),
};

const ALGS: [Alg; 3] = [Alg::Sha256, Alg::Sha1, Alg::Md5];

fn init(vm: &mut Vm, m: Value) -> PyResult<()> {
    let me = super::find("hashlib").unwrap_or(0);
    let d = vm.module_dict(m);
    for alg in ALGS {
        let prefix = alloc::format!("{}_", alg.name());
        let class = vm.native_class(me, alg.name(), &prefix, &[])?;
        vm.rooted(&[class], |vm| {
            let cd = vm.field(class, class::DICT);
            let n = vm.new_str(alg.name().as_bytes())?;
            vm.dict_set_str(cd, "name", n)?;
            vm.dict_set_str(cd, "digest_size", Value::small(alg.digest_size() as i32))?;
            vm.dict_set_str(cd, "block_size", Value::small(64))?;
            vm.dict_set_str(d, alg.name(), class)
        })?;
    }
    Ok(())
}

/// The algorithm and state object of a hash object.
fn state_of(vm: &mut Vm, this: Value) -> PyResult<(Alg, Value)> {
    if vm.is_instance_obj(this) {
        let d = vm.field(this, instance::DICT);
        let alg = vm.dict_get_str(d, "_alg").and_then(|a| ALGS.get(a.small_value() as usize).copied());
        let st = vm.dict_get_str(d, "_state");
        if let (Some(alg), Some(st)) = (alg, st) {
            if vm.is_kind(st, Kind::Bytes) && vm.str_bytes(st).len() == alg.state_len() {
                return Ok((alg, st));
            }
        }
    }
    Err(vm.raise_msg(B::TypeError, "descriptor requires a hash object"))
}

fn data_arg(vm: &mut Vm, v: Value) -> PyResult<alloc::vec::Vec<u8>> {
    if vm.is_str(v) {
        return Err(vm.raise_msg(B::TypeError, "Strings must be encoded before hashing"));
    }
    match super::args::buffer_of(vm, v) {
        Some(b) => Ok(b.to_vec()),
        None => Err(vm.raise_msg(B::TypeError, "object supporting the buffer API required")),
    }
}

fn setup(vm: &mut Vm, alg: Alg, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(&this) = args.first() else {
        return Err(vm.raise_msg(B::TypeError, "descriptor '__init__' needs an argument"));
    };
    only_kwargs(vm, alg.name(), kw, &["data", "string", "usedforsecurity"])?;
    arity(vm, alg.name(), &args[1..], 0, 1)?;
    let mut st = digest::new_state(alg);
    if let Some(v) = args.get(1).copied().or_else(|| kwarg(vm, kw, "data")).or_else(|| kwarg(vm, kw, "string")) {
        let data = data_arg(vm, v)?;
        digest::update(alg, &mut st, &data);
    }
    let s = vm.new_bytes_like(Kind::Bytes, &st)?;
    let idx = ALGS.iter().position(|a| *a == alg).unwrap_or(0);
    vm.rooted(&[s], |vm| {
        vm.set_attr_str(this, "_alg", Value::small(idx as i32))?;
        vm.set_attr_str(this, "_state", s)
    })?;
    Ok(Value::NONE)
}

fn init_sha256(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    setup(vm, Alg::Sha256, args, kw)
}
fn init_sha1(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    setup(vm, Alg::Sha1, args, kw)
}
fn init_md5(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    setup(vm, Alg::Md5, args, kw)
}

fn update(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "update", args, 2, 2)?;
    let (alg, st) = state_of(vm, args[0])?;
    let data = data_arg(vm, args[1])?;
    digest::update(alg, vm.str_bytes_mut(st), &data);
    Ok(Value::NONE)
}

fn digest(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "digest", args, 1, 1)?;
    let (alg, st) = state_of(vm, args[0])?;
    let out = digest::finish(alg, vm.str_bytes(st));
    new_bytes(vm, &out)
}

fn hexdigest(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "hexdigest", args, 1, 1)?;
    let (alg, st) = state_of(vm, args[0])?;
    let out = digest::finish(alg, vm.str_bytes(st));
    let text: alloc::string::String = out.iter().map(|b| alloc::format!("{b:02x}")).collect();
    vm.new_str(text.as_bytes())
}

fn copy(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "copy", args, 1, 1)?;
    let this = args[0];
    let (alg, st) = state_of(vm, this)?;
    let bytes = alloc::vec::Vec::from(vm.str_bytes(st));
    let class = vm.type_of(this);
    let other = super::new_instance(vm, class)?;
    vm.rooted(&[other], |vm| {
        let s = vm.new_bytes_like(Kind::Bytes, &bytes)?;
        vm.root(s);
        let idx = ALGS.iter().position(|a| *a == alg).unwrap_or(0);
        vm.set_attr_str(other, "_alg", Value::small(idx as i32))?;
        vm.set_attr_str(other, "_state", s)
    })?;
    Ok(other)
}

/// `hashlib.new(name, data=b'')`.
fn new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs(vm, "new", kw, &["name", "data", "usedforsecurity"])?;
    arity(vm, "new", args, 0, 2)?;
    let Some(name) = args.first().copied().or_else(|| kwarg(vm, kw, "name")) else {
        return Err(vm.raise_msg(B::TypeError, "new() missing required argument 'name' (pos 1)"));
    };
    let text = super::args::str_arg(vm, name, "new() argument 'name'")?.to_ascii_lowercase();
    let Some(alg) = ALGS.iter().find(|a| a.name() == text) else {
        let msg = alloc::format!("unsupported hash type {}", super::args::str_arg(vm, name, "name")?);
        return Err(vm.raise_msg(B::ValueError, &msg));
    };
    let m = vm.native_module("hashlib")?;
    let Some(class) = vm.module_get(m, alg.name()) else {
        return Err(vm.raise_msg(B::ValueError, "hashlib is not initialised"));
    };
    match args.get(1).copied().or_else(|| kwarg(vm, kw, "data")) {
        Some(d) => vm.call(class, &[d]),
        None => vm.call(class, &[]),
    }
}
