//! `sys`: the interpreter's state as Python sees it.

use super::args::{arity, str_arg};
use super::NativeModule;
use crate::builtins::B;
use crate::native::args::{ArgSpec, Bound};
use crate::native::FnDef;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Stream, Vm};

pub const MODULE: NativeModule = NativeModule {
    name: "sys",
    functions: &[
        FnDef::positional("exit", "arg", 1, 0, exit),
        FnDef::none("getrecursionlimit", getrecursionlimit),
        FnDef::positional("intern", "string", 1, 1, intern),
        FnDef {
            spec: ArgSpec {
                name: "print_exception",
                params: "exc file",
                npos: 2,
                posonly: 1,
                required: 1,
                flags: 0,
                defaults: &[],
            },
            call: print_exception,
        },
        FnDef::positional("setrecursionlimit", "limit", 1, 1, setrecursionlimit),
    ],
    attrs: &[],
    consts: &[],
    methods: &[("io_flush", io_flush), ("io_write", io_write)],
    init: Some(init),
};

/// `sys.maxsize`: the largest container size on a 32-bit VM (as MicroPython on a 32-bit MCU).
pub const MAXSIZE: i64 = i32::MAX as i64;

fn init(vm: &mut Vm, m: Value) -> PyResult<()> {
    let d = vm.module_dict(m);
    let me = super::find("sys").unwrap_or(0);
    let modules = vm.sys_modules()?;
    vm.dict_set_str(d, "modules", modules)?;
    let path = vm.sys_path()?;
    vm.dict_set_str(d, "path", path)?;
    let argv = vm.sys_argv()?;
    vm.dict_set_str(d, "argv", argv)?;
    let maxsize = vm.new_int(MAXSIZE)?;
    vm.dict_set_str(d, "maxsize", maxsize)?;
    let little = vm.new_str(b"little")?;
    vm.dict_set_str(d, "byteorder", little)?;
    let platform = alloc::string::String::from(vm.platform.platform_name());
    let p = vm.new_str(platform.as_bytes())?;
    vm.dict_set_str(d, "platform", p)?;
    let version = alloc::format!("3.11.0 (frostpy {})", env!("CARGO_PKG_VERSION"));
    let v = vm.new_str(version.as_bytes())?;
    vm.dict_set_str(d, "version", v)?;
    let fin = vm.new_str(b"final")?;
    let vi = vm.new_tuple(&[Value::small(3), Value::small(11), Value::small(0), fin, Value::small(0)])?;
    vm.dict_set_str(d, "version_info", vi)?;
    let imp = implementation(vm, &platform)?;
    vm.dict_set_str(d, "implementation", imp)?;
    // sys.stdout / sys.stderr: objects whose write() goes to the board's console.
    let io = vm.native_class(me, "TextIOWrapper", "io_", &[])?;
    vm.rooted(&[io], |vm| {
        for (name, fd) in [("stdout", 1), ("stderr", 2)] {
            let inst = super::new_instance(vm, io)?;
            vm.rooted(&[inst], |vm| {
                vm.set_attr_str(inst, "_fd", Value::small(fd))?;
                vm.dict_set_str(d, name, inst)
            })?;
        }
        Ok(())
    })
}

/// `sys.implementation`: `name` is `'frostpy'`, `version` the runtime's version as a tuple.
fn implementation(vm: &mut Vm, machine: &str) -> PyResult<Value> {
    let me = super::find("sys").unwrap_or(0);
    let class = vm.native_class(me, "SimpleNamespace", "ns_", &[])?;
    let inst = super::new_instance(vm, class)?;
    vm.rooted(&[inst], |vm| {
        let name = vm.new_str(b"frostpy")?;
        vm.set_attr_str(inst, "name", name)?;
        let mut parts = env!("CARGO_PKG_VERSION").split('.').map(|p| p.parse::<i32>().unwrap_or(0));
        let (a, b, c) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0), parts.next().unwrap_or(0));
        let v = vm.new_tuple(&[Value::small(a), Value::small(b), Value::small(c)])?;
        vm.set_attr_str(inst, "version", v)?;
        let mach = vm.new_str(machine.as_bytes())?;
        vm.set_attr_str(inst, "_machine", mach)?;
        Ok(inst)
    })
}

fn exit(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let e = vm.new_exception(B::SystemExit.value(), args)?;
    vm.exc = e;
    Err(crate::vm::Raised)
}

fn getrecursionlimit(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    vm.new_int(vm.config.recursion_limit as i64)
}

fn setrecursionlimit(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let n = super::args::int_arg(vm, args[0])?;
    if n < 1 {
        return Err(vm.raise_msg(B::ValueError, "recursion limit must be greater or equal than 1"));
    }
    vm.config.recursion_limit = n.min(i32::MAX as i64) as usize;
    Ok(Value::NONE)
}

fn intern(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    str_arg(vm, args[0], "intern() argument")?;
    Ok(args[0])
}

/// MicroPython's `sys.print_exception(exc, file=sys.stdout)`.
fn print_exception(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let e = args[0];
    if !vm.isinstance(e, B::BaseException.value()) {
        return Err(vm.raise_msg(B::TypeError, "print_exception() argument must be an exception"));
    }
    let text = vm.exception_text(e);
    match bound.get(1) {
        None | Some(Value::NONE) => vm.platform.write(Stream::Out, text.as_bytes()),
        Some(f) => vm.write_to_file(f, &text)?,
    }
    Ok(Value::NONE)
}

/// The stream of a `sys.stdout`/`sys.stderr` object.
fn stream_of(vm: &mut Vm, this: Value) -> Stream {
    let name = vm.new_str(b"_fd");
    let fd = name.ok().and_then(|n| vm.get_attr(this, n).ok());
    if fd == Some(Value::small(2)) {
        Stream::Err
    } else {
        Stream::Out
    }
}

fn io_write(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "write", args, 2, 2)?;
    let (this, s) = (args[0], args[1]);
    if !vm.is_str(s) {
        let msg = alloc::format!("write() argument must be str, not {}", vm.type_name_of(s));
        return Err(vm.raise_msg(B::TypeError, &msg));
    }
    let stream = stream_of(vm, this);
    let n = vm.len_of(s)?;
    let text = alloc::vec::Vec::from(vm.str_bytes(s));
    vm.platform.write(stream, &text);
    vm.new_int(n as i64)
}

fn io_flush(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "flush", args, 1, 1)?;
    Ok(Value::NONE)
}
