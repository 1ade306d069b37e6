//! `json`: `dumps`/`dump` with CPython's output (indent, separators,
//! sort_keys, skipkeys, ensure_ascii, allow_nan, default) and `loads`/`load`
//! with CPython's error messages (`json.JSONDecodeError`, a ValueError).

mod decode;
mod encode;

use super::args::{arity, kwarg, only_kwargs};
use super::NativeModule;
use crate::builtins::B;
use crate::obj::Kind;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Vm};

pub const MODULE: NativeModule = NativeModule {
    name: "json",
    functions: &[],
    attrs: &[("dump", dump), ("dumps", dumps), ("load", load), ("loads", loads)],
    consts: &[],
    methods: &[],
    init: Some(init),
};

fn init(vm: &mut Vm, m: Value) -> PyResult<()> {
    let me = super::find("json").unwrap_or(0);
    let class = vm.native_class(me, "JSONDecodeError", "-", &[B::ValueError.value()])?;
    let d = vm.module_dict(m);
    vm.dict_set_str(d, "JSONDecodeError", class)
}

const DUMP_KWARGS: &[&str] =
    &["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys"];

fn dumps(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs(vm, "dumps", kw, DUMP_KWARGS)?;
    if args.len() != 1 {
        return Err(positional_error(vm, "dumps", 1, args.len()));
    }
    let text = encode::encode(vm, args[0], kw)?;
    vm.new_str(text.as_bytes())
}

fn dump(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs(vm, "dump", kw, DUMP_KWARGS)?;
    if args.len() != 2 {
        return Err(positional_error(vm, "dump", 2, args.len()));
    }
    let text = encode::encode(vm, args[0], kw)?;
    vm.write_to_file(args[1], &text)?;
    Ok(Value::NONE)
}

fn positional_error(vm: &mut Vm, name: &str, want: usize, got: usize) -> crate::vm::Raised {
    let msg = if got < want {
        let which = if want == 1 { "'obj'" } else { "'obj' and 'fp'" };
        alloc::format!(
            "{name}() missing {} required positional argument{}: {which}",
            want - got,
            if want - got == 1 { "" } else { "s" }
        )
    } else {
        alloc::format!(
            "{name}() takes {want} positional argument{} but {got} were given",
            if want == 1 { "" } else { "s" }
        )
    };
    vm.raise_msg(B::TypeError, &msg)
}

fn loads(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs(vm, "loads", kw, &["cls", "object_hook", "parse_float", "parse_int", "parse_constant", "strict"])?;
    arity(vm, "loads", args, 1, 1)?;
    let s = args[0];
    let text = if vm.is_str(s) {
        alloc::vec::Vec::from(vm.str_bytes(s))
    } else if vm.is_kind(vm.unwrap_builtin(s), Kind::Bytes) || super::args::is_bytearray(vm, s) {
        super::args::buffer_of(vm, s).unwrap_or_default()
    } else {
        let msg = alloc::format!("the JSON object must be str, bytes or bytearray, not {}", vm.type_name_of(s));
        return Err(vm.raise_msg(B::TypeError, &msg));
    };
    let hook = kwarg(vm, kw, "object_hook").filter(|h| *h != Value::NONE);
    let strict = match kwarg(vm, kw, "strict") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    decode::decode(vm, &text, hook, strict)
}

fn load(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    arity(vm, "load", args, 1, 1)?;
    let name = vm.new_str(b"read")?;
    let read = vm.get_attr(args[0], name)?;
    let text = vm.call(read, &[])?;
    vm.rooted(&[text], |vm| loads(vm, &[text], kw))
}
