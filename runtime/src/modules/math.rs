//! `math`: MicroPython's math functions and CPython's, on `libm`. Errors
//! follow CPython: a NaN from a non-NaN argument is `ValueError: math domain
//! error`, an infinity from a finite argument is `OverflowError: math range
//! error` for functions that can overflow (else a domain error).

use alloc::vec::Vec;

use super::args::{float_arg, int_arg};
use super::NativeModule;
use crate::builtins::B;
use crate::native::args::{ArgSpec, Bound, VARARGS};
use crate::native::FnDef;
use crate::opcode::Op;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

macro_rules! unary {
    ($($name:ident = $f:expr, $overflow:expr;)*) => {
        $(fn $name(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
            let args = bound.args();
            let x = float_arg(vm, args[0])?;
            let r: f64 = $f(x);
            checked(vm, x.is_finite(), x.is_nan(), r, $overflow)
        })*
    };
}

unary! {
    acos = libm::acos, false;
    acosh = libm::acosh, false;
    asin = libm::asin, false;
    asinh = libm::asinh, false;
    atan = libm::atan, false;
    atanh = libm::atanh, false;
    cbrt = libm::cbrt, false;
    cos = libm::cos, false;
    cosh = libm::cosh, true;
    erf = libm::erf, false;
    erfc = libm::erfc, false;
    exp = libm::exp, true;
    exp2 = libm::exp2, true;
    expm1 = libm::expm1, true;
    fabs = libm::fabs, false;
    log10 = libm::log10, false;
    log1p = libm::log1p, false;
    log2 = libm::log2, false;
    sin = libm::sin, false;
    sinh = libm::sinh, true;
    sqrt = libm::sqrt, false;
    tan = libm::tan, false;
    tanh = libm::tanh, false;
    degrees = |x: f64| x * (180.0 / core::f64::consts::PI), true;
    radians = |x: f64| x * (core::f64::consts::PI / 180.0), false;
}

pub const MODULE: NativeModule = NativeModule {
    name: "math",
    functions: &[
        FnDef::positional("acos", "x", 1, 1, acos),
        FnDef::positional("acosh", "x", 1, 1, acosh),
        FnDef::positional("asin", "x", 1, 1, asin),
        FnDef::positional("asinh", "x", 1, 1, asinh),
        FnDef::positional("atan", "x", 1, 1, atan),
        FnDef::positional("atan2", "y x", 2, 2, atan2),
        FnDef::positional("atanh", "x", 1, 1, atanh),
        FnDef::positional("cbrt", "x", 1, 1, cbrt),
        FnDef::positional("ceil", "x", 1, 1, ceil),
        FnDef::positional("comb", "n k", 2, 2, comb),
        FnDef::positional("copysign", "x y", 2, 2, copysign),
        FnDef::positional("cos", "x", 1, 1, cos),
        FnDef::positional("cosh", "x", 1, 1, cosh),
        FnDef::positional("degrees", "x", 1, 1, degrees),
        FnDef::positional("dist", "p q", 2, 2, dist),
        FnDef::positional("erf", "x", 1, 1, erf),
        FnDef::positional("erfc", "x", 1, 1, erfc),
        FnDef::positional("exp", "x", 1, 1, exp),
        FnDef::positional("exp2", "x", 1, 1, exp2),
        FnDef::positional("expm1", "x", 1, 1, expm1),
        FnDef::positional("fabs", "x", 1, 1, fabs),
        FnDef::positional("factorial", "n", 1, 1, factorial),
        FnDef::positional("floor", "x", 1, 1, floor),
        FnDef::positional("fmod", "x y", 2, 2, fmod),
        FnDef::positional("frexp", "x", 1, 1, frexp),
        FnDef::positional("fsum", "seq", 1, 1, fsum),
        FnDef::positional("gamma", "x", 1, 1, gamma),
        FnDef {
            spec: ArgSpec { name: "gcd", params: "", npos: 0, posonly: 0, required: 0, flags: VARARGS, defaults: &[] },
            call: gcd,
        },
        FnDef {
            spec: ArgSpec {
                name: "hypot",
                params: "",
                npos: 0,
                posonly: 0,
                required: 0,
                flags: VARARGS,
                defaults: &[],
            },
            call: hypot,
        },
        FnDef {
            spec: ArgSpec {
                name: "isclose",
                params: "a b rel_tol abs_tol",
                npos: 2,
                posonly: 0,
                required: 2,
                flags: 0,
                defaults: &[],
            },
            call: isclose,
        },
        FnDef::positional("isfinite", "x", 1, 1, isfinite),
        FnDef::positional("isinf", "x", 1, 1, isinf),
        FnDef::positional("isnan", "x", 1, 1, isnan),
        FnDef::positional("isqrt", "n", 1, 1, isqrt),
        FnDef {
            spec: ArgSpec { name: "lcm", params: "", npos: 0, posonly: 0, required: 0, flags: VARARGS, defaults: &[] },
            call: lcm,
        },
        FnDef::positional("ldexp", "x i", 2, 2, ldexp),
        FnDef::positional("lgamma", "x", 1, 1, lgamma),
        FnDef::positional("log", "x base", 2, 1, log),
        FnDef::positional("log10", "x", 1, 1, log10),
        FnDef::positional("log1p", "x", 1, 1, log1p),
        FnDef::positional("log2", "x", 1, 1, log2),
        FnDef::positional("modf", "x", 1, 1, modf),
        FnDef::positional("nextafter", "x y", 2, 2, nextafter),
        FnDef::positional("perm", "n k", 2, 1, perm),
        FnDef::positional("pow", "x y", 2, 2, pow),
        FnDef {
            spec: ArgSpec {
                name: "prod",
                params: "iterable start",
                npos: 1,
                posonly: 1,
                required: 1,
                flags: 0,
                defaults: &[],
            },
            call: prod,
        },
        FnDef::positional("radians", "x", 1, 1, radians),
        FnDef::positional("remainder", "x y", 2, 2, remainder),
        FnDef::positional("sin", "x", 1, 1, sin),
        FnDef::positional("sinh", "x", 1, 1, sinh),
        FnDef::positional("sqrt", "x", 1, 1, sqrt),
        FnDef::positional("tan", "x", 1, 1, tan),
        FnDef::positional("tanh", "x", 1, 1, tanh),
        FnDef::positional("trunc", "x", 1, 1, trunc),
        FnDef::positional("ulp", "x", 1, 1, ulp),
    ],
    attrs: &[],
    consts: &[],
    methods: &[],
    init: Some(init),
};

fn init(vm: &mut Vm, m: Value) -> PyResult<()> {
    let d = vm.module_dict(m);
    for (name, x) in [
        ("pi", core::f64::consts::PI),
        ("e", core::f64::consts::E),
        ("tau", core::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let v = vm.new_float(x)?;
        vm.dict_set_str(d, name, v)?;
    }
    Ok(())
}

fn domain_error(vm: &mut Vm) -> crate::vm::Raised {
    vm.raise_msg(B::ValueError, "math domain error")
}

/// CPython's result check for a libm call on finite/NaN arguments.
fn checked(vm: &mut Vm, finite_in: bool, nan_in: bool, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !nan_in {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && finite_in {
        if can_overflow {
            return Err(vm.raise_msg(B::OverflowError, "math range error"));
        }
        return Err(domain_error(vm));
    }
    vm.new_float(r)
}

fn two_floats(vm: &mut Vm, args: &[Value]) -> PyResult<(f64, f64)> {
    Ok((float_arg(vm, args[0])?, float_arg(vm, args[1])?))
}

fn atan2(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let (y, x) = two_floats(vm, args)?;
    vm.new_float(libm::atan2(y, x))
}

fn copysign(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let (x, y) = two_floats(vm, args)?;
    vm.new_float(libm::copysign(x, y))
}

fn fmod(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let (x, y) = two_floats(vm, args)?;
    if y.is_infinite() && x.is_finite() {
        return vm.new_float(x);
    }
    let r = libm::fmod(x, y);
    checked(vm, x.is_finite() && y.is_finite(), x.is_nan() || y.is_nan(), r, false)
}

fn remainder(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let (x, y) = two_floats(vm, args)?;
    if x.is_nan() || y.is_nan() {
        return vm.new_float(f64::NAN);
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error(vm));
    }
    if y.is_infinite() {
        return vm.new_float(x);
    }
    vm.new_float(libm::remainder(x, y))
}

fn pow(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let (x, y) = two_floats(vm, args)?;
    // Special cases of C99 Annex F that libm may not give exactly.
    if x == 1.0 || y == 0.0 {
        return vm.new_float(1.0);
    }
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain_error(vm));
    }
    let r = libm::pow(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        if x == 0.0 {
            return Err(domain_error(vm));
        }
        return Err(vm.raise_msg(B::OverflowError, "math range error"));
    }
    vm.new_float(r)
}

fn log(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let ln = |vm: &mut Vm, v: Value| -> PyResult<f64> {
        let x = float_arg(vm, v)?;
        if x.is_nan() || x == f64::INFINITY {
            return Ok(x);
        }
        if x <= 0.0 {
            return Err(domain_error(vm));
        }
        Ok(libm::log(x))
    };
    let num = ln(vm, args[0])?;
    if args.len() == 1 {
        return vm.new_float(num);
    }
    let den = ln(vm, args[1])?;
    if den == 0.0 {
        return Err(vm.raise_msg(B::ZeroDivisionError, "float division by zero"));
    }
    vm.new_float(num / den)
}

/// A float that is a whole number as an int (`floor`, `ceil`, `trunc`).
pub(crate) fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.raise_msg(B::ValueError, "cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.raise_msg(B::OverflowError, "cannot convert float infinity to integer"));
    }
    if f.abs() < 9.0e18 {
        return vm.new_int(f as i64);
    }
    // Beyond 64 bits: what int() does with it.
    let x = vm.new_float(f)?;
    vm.call(B::Int.value(), &[x])
}

fn rounding(vm: &mut Vm, args: &[Value], dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = args[0];
    if let Some(i) = vm.int_value(x) {
        return vm.new_int(i);
    }
    if let Some(v) = vm.float_value(x) {
        return float_to_int(vm, f(v));
    }
    if vm.is_instance_obj(x) {
        if let Some(m) = vm.lookup_special(x, dunder) {
            return vm.call_method_value(m, x, &[]);
        }
    }
    let v = float_arg(vm, x)?;
    float_to_int(vm, f(v))
}

fn floor(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    rounding(vm, args, "__floor__", libm::floor)
}
fn ceil(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    rounding(vm, args, "__ceil__", libm::ceil)
}
fn trunc(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    if vm.is_instance_obj(args[0]) && vm.lookup_special(args[0], "__trunc__").is_none() {
        let msg = alloc::format!("type {} doesn't define __trunc__ method", vm.type_name_of(args[0]));
        return Err(vm.raise_msg(B::TypeError, &msg));
    }
    rounding(vm, args, "__trunc__", libm::trunc)
}

fn frexp(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let x = float_arg(vm, args[0])?;
    let (m, e) = if x == 0.0 || !x.is_finite() { (x, 0) } else { libm::frexp(x) };
    let mv = vm.new_float(m)?;
    vm.rooted(&[mv], |vm| vm.new_tuple(&[mv, Value::small(e)]))
}

fn ldexp(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let x = float_arg(vm, args[0])?;
    if vm.float_value(args[1]).is_some() {
        return Err(vm.raise_msg(B::TypeError, "Expected an int as second argument to ldexp."));
    }
    let e = int_arg(vm, args[1])?.clamp(-100_000, 100_000) as i32;
    let r = libm::ldexp(x, e);
    checked(vm, x.is_finite(), x.is_nan(), r, true)
}

fn modf(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let x = float_arg(vm, args[0])?;
    let (frac, int) = if x.is_infinite() { (libm::copysign(0.0, x), x) } else { libm::modf(x) };
    let a = vm.new_float(frac)?;
    vm.rooted(&[a], |vm| {
        let b = vm.new_float(int)?;
        vm.rooted(&[b], |vm| vm.new_tuple(&[a, b]))
    })
}

fn isfinite(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    Ok(Value::bool(float_arg(vm, args[0])?.is_finite()))
}
fn isinf(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    Ok(Value::bool(float_arg(vm, args[0])?.is_infinite()))
}
fn isnan(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    Ok(Value::bool(float_arg(vm, args[0])?.is_nan()))
}

fn isclose(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let (a, b) = (float_arg(vm, args[0])?, float_arg(vm, args[1])?);
    let rel = match bound.get(2) {
        Some(v) => float_arg(vm, v)?,
        None => 1e-9,
    };
    let abs = match bound.get(3) {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.raise_msg(B::ValueError, "tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

fn gamma(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let x = float_arg(vm, args[0])?;
    if x.is_nan() || x == f64::INFINITY {
        return vm.new_float(x);
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && libm::floor(x) == x) {
        return Err(domain_error(vm));
    }
    let r = libm::tgamma(x);
    checked(vm, true, false, r, true)
}

fn lgamma(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let x = float_arg(vm, args[0])?;
    if x.is_nan() {
        return vm.new_float(x);
    }
    if x.is_infinite() {
        return vm.new_float(f64::INFINITY);
    }
    if x <= 0.0 && libm::floor(x) == x {
        return Err(domain_error(vm));
    }
    let r = libm::lgamma(x);
    checked(vm, true, false, r, true)
}

fn hypot(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let mut xs = Vec::with_capacity(args.len());
    for a in args {
        xs.push(float_arg(vm, *a)?);
    }
    vm.new_float(norm(&xs))
}

/// Euclidean norm, scaled against overflow; any infinity wins over NaN, as in CPython.
fn norm(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let max = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if max == 0.0 {
        return 0.0;
    }
    if xs.len() == 2 {
        return libm::hypot(xs[0], xs[1]);
    }
    let s: f64 = xs.iter().map(|x| (x / max) * (x / max)).sum();
    max * libm::sqrt(s)
}

fn dist(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let p = vm.collect_iterable(args[0])?;
    let d = vm.rooted(&p, |vm| {
        let q = vm.collect_iterable(args[1])?;
        vm.rooted(&q, |vm| {
            if p.len() != q.len() {
                return Err(vm.raise_msg(B::ValueError, "both points must have the same number of dimensions"));
            }
            let mut d = Vec::with_capacity(p.len());
            for (a, b) in p.iter().zip(q.iter()) {
                d.push(float_arg(vm, *a)? - float_arg(vm, *b)?);
            }
            Ok(d)
        })
    })?;
    vm.new_float(norm(&d))
}

/// Exactly rounded sum (Shewchuk's partials, as CPython's `fsum`).
fn fsum(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let items = vm.collect_iterable(args[0])?;
    let xs = vm.rooted(&items, |vm| items.iter().map(|&v| float_arg(vm, v)).collect::<PyResult<Vec<f64>>>())?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for mut x in xs {
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                core::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x.is_infinite() {
            return Err(vm.raise_msg(B::OverflowError, "intermediate overflow in fsum"));
        }
        partials.push(x);
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.raise_msg(B::ValueError, "-inf + inf in fsum"));
        }
        return vm.new_float(special);
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even correctly across the remaining partials.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    vm.new_float(hi)
}

fn gcd_i64(mut a: i64, mut b: i64) -> i64 {
    a = a.checked_abs().unwrap_or(i64::MAX);
    b = b.checked_abs().unwrap_or(i64::MAX);
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

fn gcd(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let mut g = 0i64;
    for a in args {
        g = gcd_i64(g, int_arg(vm, *a)?);
    }
    vm.new_int(g)
}

fn lcm(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let mut acc = Value::small(1);
    for a in args {
        let x = int_arg(vm, *a)?;
        let cur = vm.int_value(acc).unwrap_or(0);
        if x == 0 || cur == 0 {
            acc = Value::small(0);
            continue;
        }
        let g = gcd_i64(cur, x);
        acc = mul_int(vm, acc, (x / g).checked_abs().unwrap_or(i64::MAX))?;
    }
    let n = vm.int_value(acc).unwrap_or(0);
    vm.new_int(n.checked_abs().unwrap_or(n))
}

fn isqrt(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let n = int_arg(vm, args[0])?;
    if n < 0 {
        return Err(vm.raise_msg(B::ValueError, "isqrt() argument must be nonnegative"));
    }
    let mut r = libm::sqrt(n as f64) as i64;
    while r > 0 && r.checked_mul(r).is_none_or(|s| s > n) {
        r -= 1;
    }
    while (r + 1).checked_mul(r + 1).is_some_and(|s| s <= n) {
        r += 1;
    }
    vm.new_int(r)
}

/// `acc * k` for ints, with the VM's overflow rules (big ints when the VM has them).
fn mul_int(vm: &mut Vm, acc: Value, k: i64) -> PyResult<Value> {
    int_op(vm, Op::Mul, acc, k)
}

/// `acc <op> k` for ints (`acc` stays rooted while `k` is boxed).
fn int_op(vm: &mut Vm, op: Op, acc: Value, k: i64) -> PyResult<Value> {
    vm.rooted(&[acc], |vm| {
        vm.new_int(k).and_then(|kv| {
            vm.root(kv);
            vm.binary_op(op, acc, kv)
        })
    })
}

fn factorial(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let n = int_arg(vm, args[0])?;
    if n < 0 {
        return Err(vm.raise_msg(B::ValueError, "factorial() not defined for negative values"));
    }
    let mut acc = Value::small(1);
    for k in 2..=n {
        acc = mul_int(vm, acc, k)?;
    }
    Ok(acc)
}

fn non_negative(vm: &mut Vm, v: Value, what: &str) -> PyResult<i64> {
    let n = int_arg(vm, v)?;
    if n < 0 {
        let msg = alloc::format!("{what} must be a non-negative integer");
        return Err(vm.raise_msg(B::ValueError, &msg));
    }
    Ok(n)
}

fn perm(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let n = non_negative(vm, args[0], "n")?;
    let k = match args.get(1) {
        Some(v) if *v != Value::NONE => non_negative(vm, *v, "k")?,
        _ => n,
    };
    if k > n {
        return Ok(Value::small(0));
    }
    let mut acc = Value::small(1);
    for i in 0..k {
        acc = mul_int(vm, acc, n - i)?;
    }
    Ok(acc)
}

fn comb(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let n = non_negative(vm, args[0], "n")?;
    let k = non_negative(vm, args[1], "k")?;
    if k > n {
        return Ok(Value::small(0));
    }
    let k = k.min(n - k);
    // acc = acc * (n - i) // (i + 1) stays exact at every step.
    let mut acc = Value::small(1);
    for i in 0..k {
        acc = mul_int(vm, acc, n - i)?;
        acc = int_op(vm, Op::FloorDiv, acc, i + 1)?;
    }
    Ok(acc)
}

fn prod(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let items = vm.collect_iterable(args[0])?;
    let start = bound.get(1).unwrap_or(Value::small(1));
    vm.rooted(&items, |vm| {
        let mut acc = start;
        for &x in &items {
            acc = vm.rooted(&[acc], |vm| vm.binary_op(Op::Mul, acc, x))?;
        }
        Ok(acc)
    })
}

fn nextafter(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let (x, y) = two_floats(vm, args)?;
    vm.new_float(libm::nextafter(x, y))
}

fn ulp(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let args = bound.args();
    let x = float_arg(vm, args[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return vm.new_float(x);
    }
    let next = libm::nextafter(x, f64::INFINITY);
    if next.is_infinite() {
        let prev = libm::nextafter(x, 0.0);
        return vm.new_float(x - prev);
    }
    vm.new_float(next - x)
}
