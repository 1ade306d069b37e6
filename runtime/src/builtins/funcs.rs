//! Builtin functions.

use alloc::string::String;
use alloc::vec::Vec;

use super::introspect::is_callable;
use super::B;
use crate::layout::dict_view;
use crate::native::args::{bind, check, ArgSpec, VARARGS};
use crate::obj::Kind;
use crate::opcode::Op;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Stream, Vm};

/// Check a positional argument count: `name() takes ...` TypeErrors as CPython words them.
pub(crate) fn arity(vm: &mut Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() >= min && args.len() <= max {
        return Ok(());
    }
    let msg = if min == max {
        alloc::format!(
            "{}() takes exactly {} argument{} ({} given)",
            name,
            min,
            if min == 1 { "" } else { "s" },
            args.len()
        )
    } else if args.len() < min {
        alloc::format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            if min == 1 { "" } else { "s" },
            args.len()
        )
    } else {
        alloc::format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            args.len()
        )
    };
    Err(vm.raise_msg(B::TypeError, &msg))
}

/// The value of keyword argument `name`, if given.
pub(crate) fn kwarg(vm: &Vm, kw: Kw, name: &str) -> Option<Value> {
    kw.iter().find(|(k, _)| vm.str_bytes(*k) == name.as_bytes()).map(|(_, v)| *v)
}

/// Refuse keyword arguments other than `allowed`.
pub(crate) fn only_kwargs(vm: &mut Vm, fname: &str, kw: Kw, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        let t = String::from(vm.str_text(*k));
        if !allowed.contains(&t.as_str()) {
            let msg = alloc::format!("'{}' is an invalid keyword argument for {}()", t, fname);
            return Err(vm.raise_msg(B::TypeError, &msg));
        }
    }
    Ok(())
}

pub(crate) fn int_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<i64> {
    match vm.int_value(v) {
        Some(i) => Ok(i),
        None if vm.is_int(v) => Err(vm.raise_msg(B::OverflowError, "Python int too large to convert to C ssize_t")),
        None if vm.is_instance_obj(v) => vm.index_of(v, what),
        None => Err(vm.raise_type_error(alloc::format!(
            "'{}' object cannot be interpreted as an integer{}",
            vm.type_name_of(v),
            what
        ))),
    }
}

/// TypeError unless `v` is an int (of any size).
pub(crate) fn int_check(vm: &mut Vm, v: Value) -> PyResult<()> {
    if vm.is_int(v) {
        return Ok(());
    }
    Err(vm.raise_type_error(alloc::format!("'{}' object cannot be interpreted as an integer", vm.type_name_of(v))))
}

pub fn print(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec {
        name: "print",
        params: "sep end file flush",
        npos: 0,
        posonly: 0,
        required: 0,
        flags: VARARGS,
        defaults: &[],
    };
    let b = bind(vm, &SPEC, args, kw)?;
    let text_of = |vm: &mut Vm, i: usize, name: &str, default: &str| -> PyResult<String> {
        match b.get(i) {
            None | Some(Value::NONE) => Ok(String::from(default)),
            Some(v) if vm.is_str(v) => Ok(String::from(vm.str_text(v))),
            Some(v) => Err(vm.raise_type_error(alloc::format!(
                "{} must be None or a string, not {}",
                name,
                vm.type_name_of(v)
            ))),
        }
    };
    let sep = text_of(vm, 0, "sep", " ")?;
    let end = text_of(vm, 1, "end", "\n")?;
    if let Some(f) = b.opt(2) {
        // To a file object, each piece is its own write() (as CPython does).
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                vm.write_to_file(f, &sep)?;
            }
            let mut text = String::new();
            vm.write_value(&mut text, *a, false, 0)?;
            vm.write_to_file(f, &text)?;
        }
        vm.write_to_file(f, &end)?;
        return Ok(Value::NONE);
    }
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        vm.write_value(&mut out, *a, false, 0)?;
    }
    out.push_str(&end);
    vm.platform.write(Stream::Out, out.as_bytes());
    Ok(Value::NONE)
}

pub fn len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("len", "obj", 1, 1);
    check(vm, &SPEC, args, kw)?;
    let n = vm.len_of(args[0])?;
    vm.new_int(n as i64)
}

impl Vm {
    /// `len(x)`.
    pub fn len_of(&mut self, x: Value) -> PyResult<usize> {
        if self.is_str(x) {
            return Ok(self.str_char_len(x));
        }
        match self.kind(x) {
            Some(Kind::List | Kind::Tuple) => Ok(self.seq_len(x)),
            Some(Kind::Dict | Kind::Set) => Ok(self.dict_len(x)),
            Some(Kind::DictView) => Ok(self.dict_len(self.field(x, dict_view::DICT))),
            Some(Kind::Bytes | Kind::ByteArray | Kind::MemoryView) => Ok(self.bytes_len(x)),
            Some(Kind::Range) => self.range_len(x),
            _ => {
                if self.is_instance_obj(x) {
                    if let Some(f) = self.lookup_special(x, "__len__") {
                        let r = self.call_method_value(f, x, &[])?;
                        return match self.int_value(r) {
                            Some(n) if n >= 0 => Ok(n as usize),
                            Some(_) => Err(self.raise_msg(B::ValueError, "__len__() should return >= 0")),
                            None => Err(self.raise_type_error(alloc::format!(
                                "'{}' object cannot be interpreted as an integer",
                                self.type_name_of(r)
                            ))),
                        };
                    }
                    let b = self.builtin_value(x);
                    if !b.is_null() {
                        return self.len_of(b);
                    }
                }
                Err(self.raise_type_error(alloc::format!("object of type '{}' has no len()", self.type_name_of(x))))
            }
        }
    }

    /// Stable merge sort of `items` (rooted by the caller) by `key` values, comparing with `<`.
    pub(crate) fn sort_values(&mut self, items: &mut Vec<Value>, key: Value, reverse: bool) -> PyResult<()> {
        let mut order: Vec<usize> = (0..items.len()).collect();
        self.rooted(items, |vm| {
            let keys: Vec<Value> = if key.is_null() || key == Value::NONE {
                items.clone()
            } else {
                items
                    .iter()
                    .map(|x| {
                        let k = vm.call(key, &[*x])?;
                        vm.root(k);
                        Ok(k)
                    })
                    .collect::<PyResult<_>>()?
            };
            vm.merge_sort(&mut order, &keys, reverse)
        })?;
        let sorted: Vec<Value> = order.iter().map(|&i| items[i]).collect();
        *items = sorted;
        Ok(())
    }

    fn merge_sort(&mut self, order: &mut [usize], keys: &[Value], reverse: bool) -> PyResult<()> {
        let n = order.len();
        if n < 2 {
            return Ok(());
        }
        let mid = n / 2;
        self.merge_sort(&mut order[..mid], keys, reverse)?;
        self.merge_sort(&mut order[mid..], keys, reverse)?;
        let mut merged = Vec::with_capacity(n);
        let (mut i, mut j) = (0, mid);
        while i < mid && j < n {
            // Take from the right only when it is strictly before the left: stability.
            let (l, r) = (keys[order[i]], keys[order[j]]);
            let right_first = if reverse { self.compare(Op::Lt, l, r)? } else { self.compare(Op::Lt, r, l)? };
            if right_first {
                merged.push(order[j]);
                j += 1;
            } else {
                merged.push(order[i]);
                i += 1;
            }
        }
        merged.extend_from_slice(&order[i..mid]);
        merged.extend_from_slice(&order[j..n]);
        order.copy_from_slice(&merged);
        Ok(())
    }

    /// min/max over arguments or one iterable, with `key` and `default`.
    fn min_max(&mut self, spec: &'static ArgSpec, args: &[Value], kw: Kw, op: Op) -> PyResult<Value> {
        let b = bind(self, spec, args, kw)?;
        let name = spec.name;
        let key = b.get(0).unwrap_or(Value::NONE);
        let default = b.get(1);
        // One iterable is walked item by item (a generator may be long); several arguments are a tuple.
        if args.len() > 1 && default.is_some() {
            let msg = alloc::format!("Cannot specify a default for {}() with multiple positional arguments", name);
            return Err(self.raise_msg(B::TypeError, &msg));
        }
        let src = match args.len() {
            0 => return Err(self.raise_type_error(alloc::format!("{} expected at least 1 argument, got 0", name))),
            1 => args[0],
            _ => self.new_tuple(args)?,
        };
        self.rooted(&[src], |vm| {
            let it = vm.get_iter(src)?;
            vm.root(it);
            // The best item and its key so far, rooted while the next ones are made.
            let mut best: Option<(Value, Value)> = None;
            loop {
                let [b, bk] = best.map_or([Value::NULL; 2], |(b, bk)| [b, bk]);
                let Some(x) = vm.rooted(&[b, bk], |vm| vm.iter_next(it))? else { break };
                let better = vm.rooted(&[b, bk, x], |vm| {
                    let k = if key == Value::NONE { x } else { vm.call(key, &[x])? };
                    let better = best.is_none() || vm.rooted(&[k], |vm| vm.compare(op, k, bk))?;
                    Ok(better.then_some(k))
                })?;
                if let Some(k) = better {
                    best = Some((x, k));
                }
            }
            match (best, default) {
                (Some((b, _)), _) => Ok(b),
                (None, Some(d)) => Ok(d),
                (None, None) => {
                    Err(vm.raise_msg(B::ValueError, &alloc::format!("{}() arg is an empty sequence", name)))
                }
            }
        })
    }
}

pub fn abs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("abs", "x", 1, 1);
    check(vm, &SPEC, args, kw)?;
    let x = args[0];
    // An instance of an int or float subclass without its own __abs__ uses its number's.
    let x = if vm.is_instance_obj(x) && vm.lookup_special(x, "__abs__").is_none() { vm.unwrap_builtin(x) } else { x };
    if let Some(i) = vm.int_value(x) {
        return match i.checked_abs() {
            Some(a) => vm.new_int(a),
            None => vm.int_overflow(Op::Sub, 0, i),
        };
    }
    #[cfg(feature = "bigint")]
    if let Some(i) = vm.is_int(x).then(|| vm.int_of(x)).flatten() {
        return vm.new_big(&i.abs());
    }
    if let Some(f) = vm.float_value(x) {
        return vm.new_float(f.abs());
    }
    if vm.is_instance_obj(x) {
        if let Some(f) = vm.lookup_special(x, "__abs__") {
            return vm.call_method_value(f, x, &[]);
        }
    }
    Err(vm.raise_type_error(alloc::format!("bad operand type for abs(): '{}'", vm.type_name_of(x))))
}

pub fn min(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec =
        ArgSpec { name: "min", params: "key default", npos: 0, posonly: 0, required: 0, flags: VARARGS, defaults: &[] };
    vm.min_max(&SPEC, args, kw, Op::Lt)
}

pub fn max(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec =
        ArgSpec { name: "max", params: "key default", npos: 0, posonly: 0, required: 0, flags: VARARGS, defaults: &[] };
    vm.min_max(&SPEC, args, kw, Op::Gt)
}

pub fn sum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec {
        name: "sum",
        params: "iterable start",
        npos: 2,
        posonly: 1,
        required: 1,
        flags: 0,
        defaults: &[Value::small(0)],
    };
    let b = bind(vm, &SPEC, args, kw)?;
    let start = b.req(1);
    if vm.is_str(start) {
        return Err(vm.raise_msg(B::TypeError, "sum() can't sum strings [use ''.join(seq) instead]"));
    }
    // Item by item: a generator may produce more than the heap could hold at once.
    let it = vm.get_iter(args[0])?;
    vm.rooted(&[it], |vm| {
        let mut acc = start;
        // The sum so far is rooted while the next item is made and added.
        while let Some(x) = vm.rooted(&[acc], |vm| vm.iter_next(it))? {
            acc = vm.rooted(&[acc, x], |vm| vm.binary_op(Op::Add, acc, x))?;
        }
        Ok(acc)
    })
}

pub fn repr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("repr", "obj", 1, 1);
    check(vm, &SPEC, args, kw)?;
    vm.repr_of(args[0])
}

pub fn sorted(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec {
        name: "sorted",
        params: "iterable key reverse",
        npos: 1,
        posonly: 1,
        required: 1,
        flags: 0,
        defaults: &[],
    };
    let b = bind(vm, &SPEC, args, kw)?;
    let key = b.get(1).unwrap_or(Value::NONE);
    let reverse = b.bool_or(vm, 2, false)?;
    let mut items = vm.collect_iterable(args[0])?;
    vm.sort_values(&mut items, key, reverse)?;
    vm.new_list(&items)
}

pub fn iter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("iter", "object sentinel", 2, 1);
    check(vm, &SPEC, args, kw)?;
    if let Some(sentinel) = args.get(1) {
        if !is_callable(vm, args[0]) {
            return Err(vm.raise_msg(B::TypeError, "iter(v, w): v must be callable"));
        }
        return vm.new_object(Kind::CallIter, 0, &[args[0], *sentinel]);
    }
    vm.get_iter(args[0])
}

pub fn next(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("next", "iterator default", 2, 1);
    check(vm, &SPEC, args, kw)?;
    let it = args[0];
    if vm.is_kind(it, Kind::Generator) {
        // A generator's return value travels in the StopIteration.
        return match vm.gen_send(it, Value::NONE)? {
            crate::vm::GenOutcome::Yielded(v) => Ok(v),
            crate::vm::GenOutcome::Returned(v) => match args.get(1) {
                Some(d) => Ok(*d),
                None => Err(vm.raise_stop(v)),
            },
        };
    }
    if !vm.is_iterator(it) {
        return Err(vm.raise_type_error(alloc::format!("'{}' object is not an iterator", vm.type_name_of(it))));
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(*d),
            None => Err(vm.raise_empty(B::StopIteration)),
        },
    }
}

pub fn chr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("chr", "i", 1, 1);
    check(vm, &SPEC, args, kw)?;
    if vm.is_int(args[0]) && vm.int_value(args[0]).and_then(|i| i32::try_from(i).ok()).is_none() {
        return Err(vm.raise_msg(B::OverflowError, "Python int too large to convert to C int"));
    }
    let i = int_arg(vm, args[0], "")?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf);
            vm.str_value(s)
        }
        None => Err(vm.raise_msg(B::ValueError, "chr() arg not in range(0x110000)")),
    }
}

pub fn ord(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("ord", "c", 1, 1);
    check(vm, &SPEC, args, kw)?;
    let x = args[0];
    if vm.is_bytes(x) && vm.str_bytes(x).len() == 1 {
        return Ok(Value::small(vm.str_bytes(x)[0] as i32));
    }
    if !vm.is_str(x) {
        return Err(
            vm.raise_type_error(alloc::format!("ord() expected string of length 1, but {} found", vm.type_name_of(x)))
        );
    }
    let mut chars = vm.str_text(x).chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Value::small(c as i32)),
        _ => {
            let n = vm.str_text(x).chars().count();
            Err(vm.raise_type_error(alloc::format!("ord() expected a character, but string of length {} found", n)))
        }
    }
}

fn any_all(vm: &mut Vm, args: &[Value], kw: Kw, spec: &ArgSpec, want: bool) -> PyResult<Value> {
    check(vm, spec, args, kw)?;
    let it = vm.get_iter(args[0])?;
    vm.rooted(&[it], |vm| {
        while let Some(x) = vm.iter_next(it)? {
            if vm.truthy(x)? == want {
                return Ok(Value::bool(want));
            }
        }
        Ok(Value::bool(!want))
    })
}

pub fn any(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("any", "iterable", 1, 1);
    any_all(vm, args, kw, &SPEC, true)
}

pub fn all(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("all", "iterable", 1, 1);
    any_all(vm, args, kw, &SPEC, false)
}

pub fn divmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("divmod", "x y", 2, 2);
    check(vm, &SPEC, args, kw)?;
    let q = vm.binary_op(Op::FloorDiv, args[0], args[1])?;
    let r = vm.rooted(&[q], |vm| vm.binary_op(Op::Mod, args[0], args[1]));
    let r = r?;
    vm.new_tuple(&[q, r])
}

pub fn pow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec =
        ArgSpec { name: "pow", params: "base exp mod", npos: 3, posonly: 0, required: 2, flags: 0, defaults: &[] };
    let b = bind(vm, &SPEC, args, kw)?;
    let args = &b.slots[..if b.get(2).is_some() { 3 } else { 2 }];
    if let Some(m) = args.get(2).copied().filter(|m| *m != Value::NONE) {
        // Instances of int subclasses take part as their ints.
        let num = |vm: &Vm, v: Value| if vm.is_instance_obj(v) { vm.unwrap_builtin(v) } else { v };
        let (b, e, m) = (num(vm, args[0]), num(vm, args[1]), num(vm, m));
        let args = [b, e, m];
        if !(vm.is_int(args[0]) && vm.is_int(args[1]) && vm.is_int(m)) {
            return Err(vm.raise_msg(B::TypeError, "pow() 3rd argument not allowed unless all arguments are integers"));
        }
        #[cfg(not(feature = "pow_mod"))]
        return Err(vm.raise_msg(
            B::NotImplementedError,
            "pow() with a modulus is not in this build of frostpy (runtime feature 'pow_mod')",
        ));
        #[cfg(feature = "pow_mod")]
        if let (Some(b), Some(e), Some(m)) = (vm.int_value(args[0]), vm.int_value(args[1]), vm.int_value(m)) {
            if e >= 0 {
                return pow_mod_i64(vm, b, e, m);
            }
        }
        #[cfg(all(feature = "pow_mod", feature = "bigint"))]
        {
            let (b, e, m) = (vm.int_of(args[0]), vm.int_of(args[1]), vm.int_of(m));
            let (Some(b), Some(e), Some(m)) = (b, e, m) else { return Err(vm.overflow()) };
            return vm.big_pow_mod(&b, &e, &m);
        }
        #[cfg(all(feature = "pow_mod", not(feature = "bigint")))]
        {
            let (b, e, m) = (vm.int_value(args[0]), vm.int_value(args[1]), vm.int_value(m));
            let (Some(b), Some(e), Some(m)) = (b, e, m) else { return Err(vm.overflow()) };
            if m == 0 {
                return pow_mod_i64(vm, b, e, m);
            }
            let Some(inv) = inverse_mod(b as i128, (m as i128).abs()) else {
                return Err(vm.raise_msg(B::ValueError, "base is not invertible for the given modulus"));
            };
            let Some(e) = e.checked_neg() else { return Err(vm.overflow()) };
            return pow_mod_i64(vm, inv as i64, e, m);
        }
    }
    vm.binary_op(Op::Pow, args[0], args[1])
}

/// `pow(b, e, m)` for `e >= 0` on i64s, through i128 products.
#[cfg(feature = "pow_mod")]
fn pow_mod_i64(vm: &mut Vm, b: i64, e: i64, m: i64) -> PyResult<Value> {
    if m == 0 {
        return Err(vm.raise_msg(B::ValueError, "pow() 3rd argument cannot be 0"));
    }
    let m128 = (m as i128).abs();
    let (mut acc, mut base, mut e) = (1 % m128, (b as i128).rem_euclid(m128), e);
    while e > 0 {
        if e & 1 == 1 {
            acc = acc * base % m128;
        }
        base = base * base % m128;
        e >>= 1;
    }
    let r = if m < 0 && acc != 0 { acc - m128 } else { acc };
    vm.new_int(r as i64)
}

/// The inverse of `a` modulo `m > 0`, by the extended Euclidean algorithm.
#[cfg(all(feature = "pow_mod", not(feature = "bigint")))]
fn inverse_mod(a: i128, m: i128) -> Option<i128> {
    let (mut r0, mut r1) = (m, a.rem_euclid(m));
    let (mut t0, mut t1) = (0i128, 1i128);
    while r1 != 0 {
        let q = r0 / r1;
        (r0, r1) = (r1, r0 - q * r1);
        (t0, t1) = (t1, t0 - q * t1);
    }
    (r0 == 1).then(|| t0.rem_euclid(m))
}

pub fn round(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec =
        ArgSpec { name: "round", params: "number ndigits", npos: 2, posonly: 0, required: 1, flags: 0, defaults: &[] };
    let b = bind(vm, &SPEC, args, kw)?;
    let args = &b.slots[..if b.get(1).is_some() { 2 } else { 1 }];
    let nd = match args.get(1) {
        None | Some(&Value::NONE) => None,
        Some(v) => Some(int_arg(vm, *v, "")?),
    };
    if vm.is_int(args[0]) {
        let x = args[0];
        return match (nd, vm.int_value(x)) {
            #[cfg(feature = "bigint")]
            (Some(n), _) if n < 0 => {
                let i = vm.int_of(x).unwrap_or_default();
                vm.big_round(&i, n.unsigned_abs())
            }
            #[cfg(not(feature = "bigint"))]
            (Some(n), Some(i)) if n < 0 => {
                // 10**19 exceeds every i64: beyond that everything rounds to 0.
                let Some(p) = u32::try_from(-n).ok().and_then(|k| 10i128.checked_pow(k)).filter(|p| *p <= 1 << 64)
                else {
                    return Ok(Value::small(0));
                };
                let i = i as i128;
                let (q, r) = (i.div_euclid(p), i.rem_euclid(p));
                let q = if r * 2 > p || (r * 2 == p && q % 2 != 0) { q + 1 } else { q };
                vm.int_from_i128(q * p)
            }
            (_, Some(i)) => vm.new_int(i),
            _ => Ok(x),
        };
    }
    let Some(f) = vm.float_value(args[0]) else {
        return Err(
            vm.raise_type_error(alloc::format!("type {} doesn't define __round__ method", vm.type_name_of(args[0])))
        );
    };
    match nd {
        None => {
            if !f.is_finite() {
                let msg = if f.is_nan() {
                    "cannot convert float NaN to integer"
                } else {
                    "cannot convert float infinity to integer"
                };
                return Err(vm.raise_msg(if f.is_nan() { B::ValueError } else { B::OverflowError }, msg));
            }
            vm.int_from_float(libm::rint(f))
        }
        Some(n) => {
            // Round through the decimal text, as CPython does, so 2.675 stays 2.67.
            if !f.is_finite() || n > 300 {
                return vm.new_float(f);
            }
            if n < -300 {
                return vm.new_float(0.0 * f);
            }
            let r = if n >= 0 {
                let s = alloc::format!("{:.*}", n as usize, f);
                s.parse::<f64>().unwrap_or(f)
            } else {
                let p = libm::pow(10.0, (-n) as f64);
                libm::rint(f / p) * p
            };
            vm.new_float(r)
        }
    }
}

fn int_text(vm: &mut Vm, args: &[Value], kw: Kw, spec: &ArgSpec, prefix: &str, radix: u32) -> PyResult<Value> {
    check(vm, spec, args, kw)?;
    int_check(vm, args[0])?;
    let (neg, digits) = vm.int_digits(args[0], radix)?.unwrap_or_default();
    let s = alloc::format!("{}{}{}", if neg { "-" } else { "" }, prefix, digits);
    vm.new_str(s.as_bytes())
}

pub fn hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("hex", "number", 1, 1);
    int_text(vm, args, kw, &SPEC, "0x", 16)
}

pub fn oct(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("oct", "number", 1, 1);
    int_text(vm, args, kw, &SPEC, "0o", 8)
}

pub fn bin(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("bin", "number", 1, 1);
    int_text(vm, args, kw, &SPEC, "0b", 2)
}

pub fn reversed(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::positional("reversed", "sequence", 1, 1);
    check(vm, &SPEC, args, kw)?;
    let x = args[0];
    let seq_like = matches!(
        vm.kind(vm.unwrap_builtin(x)),
        Some(Kind::List | Kind::Tuple | Kind::Range | Kind::Bytes | Kind::ByteArray | Kind::MemoryView | Kind::Dict)
    ) || vm.is_str(x);
    let mut items = if let Some(f) = vm.lookup_special(x, "__reversed__") {
        return vm.call_method_value(f, x, &[]);
    } else if seq_like && vm.lookup_special(x, "__iter__").is_none() {
        vm.collect_iterable(vm.unwrap_builtin(x))?
    } else if vm.is_kind(x, Kind::DictView) {
        vm.collect_iterable(x)?
    } else if vm.lookup_special(x, "__len__").is_some() && vm.lookup_special(x, "__getitem__").is_some() {
        let n = vm.len_of(x)?;
        let mut out = Vec::with_capacity(n);
        // Rooted while filled; `new_list` below roots the items itself.
        vm.rooted(&[], |vm| {
            for i in 0..n {
                let v = vm.get_item(x, Value::small(i as i32))?;
                vm.root(v);
                out.push(v);
            }
            Ok(())
        })?;
        out
    } else {
        return Err(vm.raise_type_error(alloc::format!("'{}' object is not reversible", vm.type_name_of(x))));
    };
    items.reverse();
    let l = vm.new_list(&items)?;
    vm.get_iter(l)
}
