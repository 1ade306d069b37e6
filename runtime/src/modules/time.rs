//! `time`: CPython's clocks (`time`, `monotonic`, `perf_counter`, `sleep`,
//! with `_ns` forms) and MicroPython's ticks (`ticks_ms`, `ticks_us`,
//! `ticks_diff`, `ticks_add`, `sleep_ms`, `sleep_us`), from the board's
//! clock (`Platform::ticks_us`, `time_ns`, `sleep_us`).

use super::NativeModule;
use crate::builtins::B;
use crate::native::{Bound, FnDef};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub const MODULE: NativeModule = NativeModule {
    name: "time",
    functions: &[
        FnDef::none("monotonic", monotonic),
        FnDef::none("monotonic_ns", monotonic_ns),
        FnDef::none("perf_counter", monotonic),
        FnDef::none("perf_counter_ns", monotonic_ns),
        FnDef::positional("sleep", "secs", 1, 1, sleep),
        FnDef::positional("sleep_ms", "ms", 1, 1, sleep_ms),
        FnDef::positional("sleep_us", "us", 1, 1, sleep_us),
        FnDef::positional("ticks_add", "ticks delta", 2, 2, ticks_add),
        FnDef::none("ticks_cpu", ticks_us),
        FnDef::positional("ticks_diff", "ticks1 ticks2", 2, 2, ticks_diff),
        FnDef::none("ticks_ms", ticks_ms),
        FnDef::none("ticks_us", ticks_us),
        FnDef::none("time", time),
        FnDef::none("time_ns", time_ns),
    ],
    attrs: &[],
    consts: &[],
    methods: &[],
    init: None,
};

/// Ticks wrap at 2**30, so they stay small ints (as MicroPython's on 32-bit ports).
const TICKS_PERIOD: i64 = 1 << 30;
const TICKS_MASK: i64 = TICKS_PERIOD - 1;

fn wall_ns(vm: &mut Vm) -> u64 {
    match vm.platform.time_ns() {
        Some(ns) => ns,
        None => vm.platform.ticks_us().saturating_mul(1000),
    }
}

fn time(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    let ns = wall_ns(vm);
    vm.new_float(ns as f64 / 1e9)
}

fn time_ns(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    let ns = wall_ns(vm);
    vm.new_int(ns.min(i64::MAX as u64) as i64)
}

fn monotonic(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    let us = vm.platform.ticks_us();
    vm.new_float(us as f64 / 1e6)
}

fn monotonic_ns(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    let us = vm.platform.ticks_us();
    vm.new_int(us.saturating_mul(1000).min(i64::MAX as u64) as i64)
}

fn sleep(vm: &mut Vm, a: &Bound) -> PyResult<Value> {
    let s = a.float(vm, 0)?;
    if s.is_nan() {
        return Err(vm.raise_msg(B::ValueError, "Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(vm.raise_msg(B::ValueError, "sleep length must be non-negative"));
    }
    if s * 1e6 > u64::MAX as f64 {
        return Err(vm.raise_msg(B::OverflowError, "timestamp too large to convert to C _PyTime_t"));
    }
    vm.platform.sleep_us((s * 1e6) as u64);
    Ok(Value::NONE)
}

fn sleep_units(vm: &mut Vm, a: &Bound, scale: u64) -> PyResult<Value> {
    let n = a.int(vm, 0)?;
    if n > 0 {
        vm.platform.sleep_us((n as u64).saturating_mul(scale));
    }
    Ok(Value::NONE)
}

fn sleep_ms(vm: &mut Vm, a: &Bound) -> PyResult<Value> {
    sleep_units(vm, a, 1000)
}

fn sleep_us(vm: &mut Vm, a: &Bound) -> PyResult<Value> {
    sleep_units(vm, a, 1)
}

fn ticks_ms(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    let ms = vm.platform.ticks_us() / 1000;
    Ok(Value::small((ms as i64 & TICKS_MASK) as i32))
}

fn ticks_us(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    let us = vm.platform.ticks_us();
    Ok(Value::small((us as i64 & TICKS_MASK) as i32))
}

/// The signed distance from `b` to `a` on the ticks circle.
fn ticks_diff(vm: &mut Vm, a: &Bound) -> PyResult<Value> {
    let (a, b) = (a.int(vm, 0)?, a.int(vm, 1)?);
    let half = TICKS_PERIOD / 2;
    let d = (a.wrapping_sub(b).wrapping_add(half) & TICKS_MASK) - half;
    Ok(Value::small(d as i32))
}

fn ticks_add(vm: &mut Vm, a: &Bound) -> PyResult<Value> {
    let (t, delta) = (a.int(vm, 0)?, a.int(vm, 1)?);
    if !(-TICKS_PERIOD / 2..TICKS_PERIOD / 2).contains(&delta) {
        return Err(vm.raise_msg(B::OverflowError, "ticks interval overflow"));
    }
    Ok(Value::small((t.wrapping_add(delta) & TICKS_MASK) as i32))
}
