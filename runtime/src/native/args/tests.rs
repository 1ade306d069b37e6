//! The binder's messages, each as python3 (CPython 3.11) words it for the function named.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use super::*;
use crate::vm::{Config, Platform, Stream};

struct Quiet;
impl Platform for Quiet {
    fn write(&mut self, _: Stream, _: &[u8]) {}
}

fn vm() -> Vm {
    let arena: &'static mut [u32] = Box::leak(alloc::vec![0u32; 16 * 1024].into_boxed_slice());
    Vm::new(arena, Box::new(Quiet), Config::default())
}

/// Bind `pos` and keywords `kw` (names) to `spec`: the slots, or the TypeError's text.
fn run(vm: &mut Vm, spec: &'static ArgSpec, pos: &[i32], kw: &[(&str, i32)]) -> Result<Vec<Option<i32>>, String> {
    let args: Vec<Value> = pos.iter().map(|&i| Value::small(i)).collect();
    let kws: Vec<(Value, Value)> =
        kw.iter().map(|(k, v)| (vm.new_str(k.as_bytes()).unwrap(), Value::small(*v))).collect();
    vm.roots.extend(kws.iter().map(|p| p.0));
    let r = match bind(vm, spec, &args, &kws) {
        Ok(b) => {
            let mut out: Vec<Option<i32>> = (0..spec.nparams()).map(|i| b.get(i).map(|v| v.small_value())).collect();
            out.extend(b.rest.iter().map(|v| Some(v.small_value())));
            Ok(out)
        }
        Err(_) => {
            assert!(vm.exception_matches(vm.exc, B::TypeError.value()));
            let mut s = String::new();
            let e = vm.exc;
            vm.write_value(&mut s, e, false, 0).unwrap();
            Err(s)
        }
    };
    vm.roots.clear();
    r
}

static F: ArgSpec = ArgSpec { name: "f", params: "x y", npos: 2, posonly: 0, required: 2, flags: PY, defaults: &[] };
static G: ArgSpec =
    ArgSpec { name: "g", params: "x y k", npos: 2, posonly: 0, required: 1, flags: PY, defaults: &[Value::small(7)] };
static H: ArgSpec = ArgSpec { name: "h", params: "x y z", npos: 3, posonly: 0, required: 3, flags: PY, defaults: &[] };
static LEN: ArgSpec = ArgSpec::positional("len", "obj", 1, 1);
static NOARGS: ArgSpec = ArgSpec::none("time.time");
static DIVMOD: ArgSpec = ArgSpec::positional("divmod", "x y", 2, 2);
static RANGE: ArgSpec = ArgSpec::positional("range", "start stop step", 3, 1);
static ENUMERATE: ArgSpec =
    ArgSpec { name: "enumerate", params: "iterable start", npos: 2, posonly: 0, required: 1, flags: 0, defaults: &[] };
static POW: ArgSpec =
    ArgSpec { name: "pow", params: "base exp mod", npos: 3, posonly: 0, required: 2, flags: 0, defaults: &[] };
static ISCLOSE: ArgSpec = ArgSpec {
    name: "isclose",
    params: "a b rel_tol abs_tol",
    npos: 2,
    posonly: 0,
    required: 2,
    flags: 0,
    defaults: &[],
};
static SORTED: ArgSpec = ArgSpec {
    name: "sorted",
    params: "iterable key reverse",
    npos: 1,
    posonly: 1,
    required: 1,
    flags: 0,
    defaults: &[],
};
static PRINT: ArgSpec = ArgSpec {
    name: "print",
    params: "sep end file flush",
    npos: 0,
    posonly: 0,
    required: 0,
    flags: VARARGS,
    defaults: &[],
};
static DICT: ArgSpec =
    ArgSpec { name: "dict", params: "iterable", npos: 1, posonly: 1, required: 0, flags: VARKW, defaults: &[] };

#[test]
fn python_wording() {
    let vm = &mut vm();
    assert_eq!(run(vm, &F, &[1, 2], &[]), Ok(alloc::vec![Some(1), Some(2)]));
    assert_eq!(run(vm, &F, &[1], &[("y", 5)]), Ok(alloc::vec![Some(1), Some(5)]));
    assert_eq!(run(vm, &F, &[1, 2, 3], &[]).unwrap_err(), "f() takes 2 positional arguments but 3 were given");
    assert_eq!(run(vm, &F, &[1], &[]).unwrap_err(), "f() missing 1 required positional argument: 'y'");
    assert_eq!(run(vm, &F, &[], &[]).unwrap_err(), "f() missing 2 required positional arguments: 'x' and 'y'");
    assert_eq!(run(vm, &H, &[], &[]).unwrap_err(), "h() missing 3 required positional arguments: 'x', 'y', and 'z'");
    assert_eq!(run(vm, &F, &[1, 2], &[("z", 3)]).unwrap_err(), "f() got an unexpected keyword argument 'z'");
    assert_eq!(run(vm, &F, &[1], &[("x", 2)]).unwrap_err(), "f() got multiple values for argument 'x'");
    assert_eq!(
        run(vm, &G, &[1, 2, 3], &[]).unwrap_err(),
        "g() takes from 1 to 2 positional arguments but 3 were given"
    );
    // Defaults fill what is not given; keyword-only parameters bind by name.
    assert_eq!(run(vm, &G, &[1], &[]), Ok(alloc::vec![Some(1), Some(7), None]));
    assert_eq!(run(vm, &G, &[1], &[("k", 4)]), Ok(alloc::vec![Some(1), Some(7), Some(4)]));
}

#[test]
fn builtin_wording() {
    let vm = &mut vm();
    assert_eq!(run(vm, &LEN, &[1], &[("foo", 2)]).unwrap_err(), "len() takes no keyword arguments");
    assert_eq!(run(vm, &LEN, &[], &[]).unwrap_err(), "len() takes exactly one argument (0 given)");
    assert_eq!(run(vm, &LEN, &[1, 2], &[]).unwrap_err(), "len() takes exactly one argument (2 given)");
    assert_eq!(run(vm, &NOARGS, &[1], &[]).unwrap_err(), "time.time() takes no arguments (1 given)");
    assert_eq!(run(vm, &DIVMOD, &[1], &[]).unwrap_err(), "divmod expected 2 arguments, got 1");
    assert_eq!(run(vm, &RANGE, &[], &[]).unwrap_err(), "range expected at least 1 argument, got 0");
    assert_eq!(run(vm, &RANGE, &[1, 2, 3, 4], &[]).unwrap_err(), "range expected at most 3 arguments, got 4");
    assert_eq!(run(vm, &RANGE, &[0, 3], &[("step", 1)]).unwrap_err(), "range() takes no keyword arguments");
    assert_eq!(run(vm, &ENUMERATE, &[1, 2, 3], &[]).unwrap_err(), "enumerate() takes at most 2 arguments (3 given)");
    assert_eq!(
        run(vm, &ENUMERATE, &[1], &[("start", 1), ("foo", 2)]).unwrap_err(),
        "enumerate() takes at most 2 arguments (3 given)"
    );
    assert_eq!(
        run(vm, &ENUMERATE, &[], &[("iterable", 1), ("foo", 2)]).unwrap_err(),
        "'foo' is an invalid keyword argument for enumerate()"
    );
    assert_eq!(run(vm, &ENUMERATE, &[], &[("iterable", 5)]), Ok(alloc::vec![Some(5), None]));
    assert_eq!(
        run(vm, &POW, &[1, 2], &[("exp", 3)]).unwrap_err(),
        "argument for pow() given by name ('exp') and position (2)"
    );
    assert_eq!(run(vm, &POW, &[1], &[]).unwrap_err(), "pow() missing required argument 'exp' (pos 2)");
    assert_eq!(
        run(vm, &ISCLOSE, &[1, 2, 3], &[]).unwrap_err(),
        "isclose() takes exactly 2 positional arguments (3 given)"
    );
    assert_eq!(run(vm, &ISCLOSE, &[1], &[]).unwrap_err(), "isclose() missing required argument 'b' (pos 2)");
    assert_eq!(run(vm, &SORTED, &[], &[]).unwrap_err(), "sorted expected 1 argument, got 0");
    assert_eq!(run(vm, &SORTED, &[1, 2], &[]).unwrap_err(), "sorted expected 1 argument, got 2");
    assert_eq!(run(vm, &SORTED, &[1], &[("x", 2)]).unwrap_err(), "'x' is an invalid keyword argument for sorted()");
    assert_eq!(run(vm, &SORTED, &[1], &[("reverse", 2)]), Ok(alloc::vec![Some(1), None, Some(2)]));
    assert_eq!(run(vm, &ISCLOSE, &[1, 2], &[("abs_tol", 3)]), Ok(alloc::vec![Some(1), Some(2), None, Some(3)]));
}

#[test]
fn varargs_and_varkw() {
    let vm = &mut vm();
    // print(*args, sep=, end=, file=, flush=): everything positional is `rest`.
    assert_eq!(run(vm, &PRINT, &[1, 2], &[("end", 0)]), Ok(alloc::vec![None, Some(0), None, None, Some(1), Some(2)]));
    assert_eq!(run(vm, &PRINT, &[], &[("foo", 0)]).unwrap_err(), "'foo' is an invalid keyword argument for print()");
    // dict(iterable, /, **kwargs): unknown keywords (and `iterable=`) are left to **kwargs.
    let k = vm.new_str(b"iterable").unwrap();
    vm.roots.push(k);
    let kw = [(k, Value::small(1))];
    let b = bind(vm, &DICT, &[], &kw).ok().unwrap();
    assert!(b.get(0).is_none());
    assert_eq!(b.extra_kw(vm).count(), 1);
}

#[test]
fn extractors_word_errors_as_cpython() {
    let vm = &mut vm();
    let s = vm.new_str(b"a").unwrap();
    vm.roots.push(s);
    let text = |vm: &mut Vm| {
        let mut t = String::new();
        let e = vm.exc;
        vm.write_value(&mut t, e, false, 0).unwrap();
        t
    };
    assert!(int(vm, s).is_err());
    assert_eq!(text(vm), "'str' object cannot be interpreted as an integer");
    assert!(float(vm, s).is_err());
    assert_eq!(text(vm), "must be real number, not str");
    assert!(bytes(vm, s).is_err());
    assert_eq!(text(vm), "a bytes-like object is required, not 'str'");
    assert_eq!(float(vm, Value::small(3)).ok(), Some(3.0));
    assert_eq!(int(vm, Value::TRUE).ok(), Some(1));
    static ENC: ArgSpec =
        ArgSpec { name: "encode", params: "encoding", npos: 1, posonly: 0, required: 0, flags: 0, defaults: &[] };
    let args = [Value::small(1)];
    let b = bind(vm, &ENC, &args, &[]).ok().unwrap();
    assert!(b.str(vm, 0).is_err());
    assert_eq!(text(vm), "encode() argument 'encoding' must be str, not int");
}
