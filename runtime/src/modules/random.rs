//! `random`: CPython's functions on a small generator, xoshiro128** (state
//! 128 bits, seeded through SplitMix64). The sequences differ from CPython's
//! Mersenne Twister (a deliberate difference, see `docs/differences.md`);
//! the same seed gives the same sequence on every board.

use super::args::{arity, float_arg, int_arg, kwarg, only_kwargs};
use super::NativeModule;
use crate::builtins::B;
use crate::obj::Kind;
use crate::opcode::Op;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Vm};

pub const MODULE: NativeModule = NativeModule {
    name: "random",
    functions: &[],
    attrs: &[
        ("choice", choice),
        ("choices", choices),
        ("gauss", gauss),
        ("getrandbits", getrandbits),
        ("randint", randint),
        ("random", random),
        ("randrange", randrange),
        ("sample", sample),
        ("seed", seed),
        ("shuffle", shuffle),
        ("uniform", uniform),
    ],
    consts: &[],
    methods: &[],
    init: Some(init),
};

/// The state is 16 bytes in a bytes object of the module (`_state`), changed in place.
const STATE: &str = "_state";

fn init(vm: &mut Vm, m: Value) -> PyResult<()> {
    let s = vm.platform.random_seed();
    let state = vm.new_bytes_like(Kind::Bytes, &expand(s))?;
    let d = vm.module_dict(m);
    vm.dict_set_str(d, STATE, state)
}

/// SplitMix64 turns any seed into a well-mixed, nonzero xoshiro state.
fn expand(seed: u64) -> [u8; 16] {
    let mut x = seed;
    let mut out = [0u8; 16];
    for chunk in out.chunks_mut(8) {
        x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        chunk.copy_from_slice(&z.to_le_bytes());
    }
    out
}

/// The state object of the random module.
fn state(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.native_module("random")?;
    match vm.module_get(m, STATE) {
        Some(s) if vm.is_kind(s, Kind::Bytes) && vm.str_bytes(s).len() == 16 => Ok(s),
        _ => {
            // Someone replaced it: start again from a fresh seed.
            init(vm, m)?;
            vm.module_get(m, STATE).ok_or_else(|| vm.raise_msg(B::RuntimeError, "random state lost"))
        }
    }
}

/// The next 32 random bits (xoshiro128**).
fn next_u32(vm: &mut Vm) -> PyResult<u32> {
    let st = state(vm)?;
    let bytes = vm.str_bytes_mut(st);
    let mut s = [0u32; 4];
    for (i, w) in s.iter_mut().enumerate() {
        *w = u32::from_le_bytes([bytes[4 * i], bytes[4 * i + 1], bytes[4 * i + 2], bytes[4 * i + 3]]);
    }
    let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
    let t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = s[3].rotate_left(11);
    for (i, w) in s.iter().enumerate() {
        bytes[4 * i..4 * i + 4].copy_from_slice(&w.to_le_bytes());
    }
    Ok(result)
}

fn next_u64(vm: &mut Vm) -> PyResult<u64> {
    let hi = next_u32(vm)? as u64;
    Ok(hi << 32 | next_u32(vm)? as u64)
}

/// A float in [0, 1) with 53 random bits, as CPython builds it.
fn next_f64(vm: &mut Vm) -> PyResult<f64> {
    let a = (next_u32(vm)? >> 5) as f64;
    let b = (next_u32(vm)? >> 6) as f64;
    Ok((a * 67108864.0 + b) * (1.0 / 9007199254740992.0))
}

/// A uniform int in [0, n) for n > 0 (rejection sampling: no bias).
fn below(vm: &mut Vm, n: u64) -> PyResult<u64> {
    let bits = 64 - (n - 1).leading_zeros();
    if bits == 0 {
        return Ok(0);
    }
    loop {
        let r = next_u64(vm)? >> (64 - bits);
        if r < n {
            return Ok(r);
        }
    }
}

fn seed(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs(vm, "seed", kw, &["a", "version"])?;
    arity(vm, "seed", args, 0, 2)?;
    let a = args.first().copied().or_else(|| kwarg(vm, kw, "a")).unwrap_or(Value::NONE);
    let s = if a == Value::NONE {
        vm.platform.random_seed()
    } else if let Some(i) = vm.int_value(a) {
        i as u64
    } else if let Some(f) = vm.float_value(a) {
        f.to_bits()
    } else if let Some(bytes) =
        if vm.is_str(a) { Some(vm.str_bytes(a).to_vec()) } else { super::args::buffer_of(vm, a) }
    {
        // FNV-1a over the bytes, 64-bit.
        bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ *b as u64).wrapping_mul(0x100_0000_01b3))
    } else {
        return Err(vm.raise_msg(
            B::TypeError,
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
        ));
    };
    let st = state(vm)?;
    vm.str_bytes_mut(st).copy_from_slice(&expand(s));
    Ok(Value::NONE)
}

fn random(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "random", args, 0, 0)?;
    let f = next_f64(vm)?;
    vm.new_float(f)
}

fn uniform(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "uniform", args, 2, 2)?;
    let (a, b) = (float_arg(vm, args[0])?, float_arg(vm, args[1])?);
    let f = next_f64(vm)?;
    vm.new_float(a + (b - a) * f)
}

/// Normal distribution (Box-Muller on two uniforms).
fn gauss(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs(vm, "gauss", kw, &["mu", "sigma"])?;
    arity(vm, "gauss", args, 0, 2)?;
    let mu = match args.first().copied().or_else(|| kwarg(vm, kw, "mu")) {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    let sigma = match args.get(1).copied().or_else(|| kwarg(vm, kw, "sigma")) {
        Some(v) => float_arg(vm, v)?,
        None => 1.0,
    };
    let u1 = 1.0 - next_f64(vm)?;
    let u2 = next_f64(vm)?;
    let z = libm::sqrt(-2.0 * libm::log(u1)) * libm::cos(core::f64::consts::TAU * u2);
    vm.new_float(mu + sigma * z)
}

fn getrandbits(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "getrandbits", args, 1, 1)?;
    let k = int_arg(vm, args[0])?;
    if k < 0 {
        return Err(vm.raise_msg(B::ValueError, "number of bits must be non-negative"));
    }
    if k <= 62 {
        let r = if k == 0 { 0 } else { next_u64(vm)? >> (64 - k) };
        return vm.new_int(r as i64);
    }
    // Wider: 32 bits at a time through the VM's int operations (big ints where the VM has them).
    let mut acc = Value::small(0);
    let mut left = k;
    while left > 0 {
        let take = left.min(32);
        let chunk = (next_u32(vm)? as u64 >> (32 - take)) as i64;
        let s = vm.rooted(&[acc], |vm| vm.binary_op(Op::LShift, acc, Value::small(take as i32)))?;
        acc = vm.rooted(&[s], |vm| {
            let c = vm.new_int(chunk)?;
            vm.binary_op(Op::BitOr, s, c)
        })?;
        left -= take;
    }
    Ok(acc)
}

/// start + step * below(n) for randrange/randint.
fn pick(vm: &mut Vm, start: i64, step: i64, n: i64) -> PyResult<Value> {
    let r = below(vm, n as u64)? as i64;
    match step.checked_mul(r).and_then(|x| x.checked_add(start)) {
        Some(v) => vm.new_int(v),
        None => Err(vm.overflow()),
    }
}

fn index_arg(vm: &mut Vm, v: Value, which: &str) -> PyResult<i64> {
    if let Some(i) = vm.int_value(v) {
        return Ok(i);
    }
    if let Some(f) = vm.float_value(v) {
        if libm::trunc(f) == f && f.abs() < 9.0e18 {
            return Ok(f as i64);
        }
        let msg = alloc::format!("non-integer {which} for randrange()");
        return Err(vm.raise_msg(B::ValueError, &msg));
    }
    int_arg(vm, v)
}

fn randrange(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "randrange", args, 1, 3)?;
    let start = index_arg(vm, args[0], "arg 1")?;
    let stop = match args.get(1) {
        None | Some(&Value::NONE) => {
            if args.len() == 3 {
                return Err(vm.raise_msg(B::TypeError, "Missing a non-None stop argument"));
            }
            if start > 0 {
                return pick(vm, 0, 1, start);
            }
            return Err(vm.raise_msg(B::ValueError, "empty range for randrange()"));
        }
        Some(v) => index_arg(vm, *v, "stop")?,
    };
    let width = stop.checked_sub(start).ok_or_else(|| vm.overflow())?;
    let step = match args.get(2) {
        Some(v) => index_arg(vm, *v, "step")?,
        None => 1,
    };
    if step == 1 {
        if width > 0 {
            return pick(vm, start, 1, width);
        }
        let msg = alloc::format!("empty range for randrange() ({start}, {stop}, {width})");
        return Err(vm.raise_msg(B::ValueError, &msg));
    }
    let n = if step > 0 {
        (width + step - 1).div_euclid(step)
    } else if step < 0 {
        (width + step + 1).div_euclid(step)
    } else {
        return Err(vm.raise_msg(B::ValueError, "zero step for randrange()"));
    };
    if n <= 0 {
        return Err(vm.raise_msg(B::ValueError, "empty range for randrange()"));
    }
    pick(vm, start, step, n)
}

fn randint(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "randint", args, 2, 2)?;
    let a = index_arg(vm, args[0], "arg 1")?;
    let b = index_arg(vm, args[1], "stop")?;
    let stop = b.checked_add(1).ok_or_else(|| vm.overflow())?;
    let width = stop.checked_sub(a).ok_or_else(|| vm.overflow())?;
    if width <= 0 {
        let msg = alloc::format!("empty range for randrange() ({a}, {stop}, {width})");
        return Err(vm.raise_msg(B::ValueError, &msg));
    }
    pick(vm, a, 1, width)
}

fn choice(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "choice", args, 1, 1)?;
    let n = vm.len_of(args[0])?;
    if n == 0 {
        return Err(vm.raise_msg(B::IndexError, "Cannot choose from an empty sequence"));
    }
    let i = below(vm, n as u64)? as i64;
    let k = vm.new_int(i)?;
    vm.get_item(args[0], k)
}

fn shuffle(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "shuffle", args, 1, 1)?;
    let x = args[0];
    let n = vm.len_of(x)?;
    for i in (1..n).rev() {
        let j = below(vm, i as u64 + 1)? as usize;
        let (ki, kj) = (Value::small(i as i32), Value::small(j as i32));
        let a = vm.get_item(x, ki)?;
        vm.rooted(&[a], |vm| {
            vm.get_item(x, kj).and_then(|b| {
                vm.set_item(x, ki, b)?;
                vm.set_item(x, kj, a)
            })
        })?;
    }
    Ok(Value::NONE)
}

fn sample(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs(vm, "sample", kw, &["k"])?;
    arity(vm, "sample", args, 1, 2)?;
    let Some(kv) = args.get(1).copied().or_else(|| kwarg(vm, kw, "k")) else {
        return Err(vm.raise_msg(B::TypeError, "sample() missing 1 required positional argument: 'k'"));
    };
    let pop = args[0];
    if !(vm.is_kind(pop, Kind::List) || vm.is_kind(pop, Kind::Tuple) || vm.is_str(pop) || vm.is_kind(pop, Kind::Range))
    {
        return Err(vm.raise_msg(B::TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d)."));
    }
    let items = vm.collect_iterable(pop)?;
    let k = int_arg(vm, kv)?;
    if k < 0 || k as usize > items.len() {
        return Err(vm.raise_msg(B::ValueError, "Sample larger than population or is negative"));
    }
    let mut pool = items;
    vm.rooted(&[], |vm| {
        // Rooted by value: the shuffle below moves them around in `pool`.
        pool.iter().for_each(|&v| vm.root(v));
        let mut r = Ok(());
        // A partial Fisher-Yates: the first k places are the sample.
        for i in 0..k as usize {
            match below(vm, (pool.len() - i) as u64) {
                Ok(j) => pool.swap(i, i + j as usize),
                Err(e) => {
                    r = Err(e);
                    break;
                }
            }
        }
        r.and_then(|_| vm.new_list(&pool[..k as usize]))
    })
}

fn choices(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs(vm, "choices", kw, &["weights", "cum_weights", "k"])?;
    arity(vm, "choices", args, 1, 2)?;
    let pop = vm.collect_iterable(args[0])?;
    vm.rooted(&pop, |vm| {
        let k = match kwarg(vm, kw, "k") {
            Some(v) => int_arg(vm, v)?.max(0) as usize,
            None => 1,
        };
        let weights = args.get(1).copied().or_else(|| kwarg(vm, kw, "weights")).filter(|w| *w != Value::NONE);
        let cum = kwarg(vm, kw, "cum_weights").filter(|w| *w != Value::NONE);
        let mut cumulative: alloc::vec::Vec<f64> = alloc::vec::Vec::new();
        match (weights, cum) {
            (Some(_), Some(_)) => {
                return Err(vm.raise_msg(B::TypeError, "Cannot specify both weights and cumulative weights"))
            }
            (Some(w), None) => {
                let mut acc = 0.0;
                for x in vm.collect_iterable(w)? {
                    acc += float_arg(vm, x)?;
                    cumulative.push(acc);
                }
            }
            (None, Some(c)) => {
                for x in vm.collect_iterable(c)? {
                    cumulative.push(float_arg(vm, x)?);
                }
            }
            (None, None) => {}
        }
        let mut out = alloc::vec::Vec::with_capacity(k);
        if cumulative.is_empty() {
            if pop.is_empty() && k > 0 {
                return Err(vm.raise_msg(B::IndexError, "Cannot choose from an empty sequence"));
            }
            for _ in 0..k {
                let i = below(vm, pop.len() as u64)? as usize;
                out.push(pop[i]);
            }
        } else {
            if cumulative.len() != pop.len() {
                return Err(vm.raise_msg(B::ValueError, "The number of weights does not match the population"));
            }
            let total = cumulative[cumulative.len() - 1];
            if total <= 0.0 {
                return Err(vm.raise_msg(B::ValueError, "Total of weights must be greater than zero"));
            }
            if !total.is_finite() {
                return Err(vm.raise_msg(B::ValueError, "Total of weights must be finite"));
            }
            for _ in 0..k {
                let x = next_f64(vm)? * total;
                let i = cumulative.partition_point(|c| *c <= x).min(pop.len() - 1);
                out.push(pop[i]);
            }
        }
        vm.new_list(&out)
    })
}
