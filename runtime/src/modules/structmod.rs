//! `struct`: packing values into bytes. Byte orders `@` (native: little
//! endian, sizes and alignment of a 32-bit MCU, so `l`, `n` and `P` are 4
//! bytes), `=`, `<`, `>`, `!`; codes `x c b B ? h H i I l L q Q n N e f d s p P`.

use alloc::vec::Vec;

use super::args::{arity, buffer_of, int_arg, is_bytearray, new_bytes};
use super::NativeModule;
use crate::builtins::B;
use crate::opcode::Op;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Raised, Vm};

pub const MODULE: NativeModule = NativeModule {
    name: "struct",
    functions: &[],
    attrs: &[
        ("calcsize", calcsize),
        ("iter_unpack", iter_unpack),
        ("pack", pack),
        ("pack_into", pack_into),
        ("unpack", unpack),
        ("unpack_from", unpack_from),
    ],
    consts: &[],
    methods: &[
        ("Struct___init__", struct_init),
        ("Struct_iter_unpack", struct_iter_unpack),
        ("Struct_pack", struct_pack),
        ("Struct_pack_into", struct_pack_into),
        ("Struct_unpack", struct_unpack),
        ("Struct_unpack_from", struct_unpack_from),
    ],
    init: Some(init),
};

/// `struct.error`, a subclass of Exception, and the class `struct.Struct`.
fn init(vm: &mut Vm, m: Value) -> PyResult<()> {
    let me = super::find("struct").unwrap_or(0);
    let d = vm.module_dict(m);
    let class = vm.native_class(me, "error", "-", &[B::Exception.value()])?;
    vm.dict_set_str(d, "error", class)?;
    let class = vm.native_class(me, "Struct", "Struct_", &[])?;
    vm.dict_set_str(d, "Struct", class)
}

/// `Struct(format)`: the format is parsed (and checked) once; `format` and `size` are attributes.
fn struct_init(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "Struct", args, 2, 2)?;
    let f = parse(vm, args[1])?;
    vm.set_attr_str(args[0], "format", args[1])?;
    let size = vm.new_int(f.size as i64)?;
    vm.set_attr_str(args[0], "size", size)?;
    Ok(Value::NONE)
}

/// A `Struct` method: the module function with the object's format first.
fn with_format(vm: &mut Vm, args: &[Value], kw: Kw, f: crate::builtins::NativeFn) -> PyResult<Value> {
    let Some(&this) = args.first() else {
        return Err(vm.raise_msg(B::TypeError, "descriptor needs a Struct object"));
    };
    let name = vm.new_str(b"format")?;
    let fmt = vm.get_attr(this, name)?;
    let mut all = Vec::with_capacity(args.len());
    all.push(fmt);
    all.extend_from_slice(&args[1..]);
    vm.rooted(&[fmt], |vm| f(vm, &all, kw))
}

fn struct_pack(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    with_format(vm, args, kw, pack)
}
fn struct_pack_into(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    with_format(vm, args, kw, pack_into)
}
fn struct_unpack(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    with_format(vm, args, kw, unpack)
}
fn struct_unpack_from(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    with_format(vm, args, kw, unpack_from)
}
fn struct_iter_unpack(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    with_format(vm, args, kw, iter_unpack)
}

fn error(vm: &mut Vm, msg: &str) -> Raised {
    let class = vm.native_module("struct").ok().and_then(|m| vm.module_get(m, "error"));
    let Some(class) = class else { return vm.raise_msg(B::ValueError, msg) };
    let r = vm.new_str(msg.as_bytes()).and_then(|s| vm.call(class, &[s]));
    match r {
        Ok(e) => {
            vm.exc = e;
            Raised
        }
        Err(e) => e,
    }
}

/// One item of a format: code, repeat count (the length for `s`/`p`), size, alignment.
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    size: usize,
    align: usize,
}

struct Format {
    little: bool,
    items: Vec<Item>,
    size: usize,
}

fn parse(vm: &mut Vm, fmt: Value) -> PyResult<Format> {
    let text: Vec<u8> = if vm.is_str(fmt) || vm.is_kind(fmt, crate::obj::Kind::Bytes) {
        vm.str_bytes(fmt).to_vec()
    } else {
        let msg = alloc::format!("Struct() argument 1 must be a str or bytes object, not {}", vm.type_name_of(fmt));
        return Err(vm.raise_msg(B::TypeError, &msg));
    };
    let (native, little, rest) = match text.first() {
        Some(b'@') => (true, true, &text[1..]),
        Some(b'=' | b'<') => (false, true, &text[1..]),
        Some(b'>' | b'!') => (false, false, &text[1..]),
        _ => (true, true, &text[..]),
    };
    let mut items = Vec::new();
    let mut size = 0usize;
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        while i < rest.len() && rest[i].is_ascii_digit() {
            let d = (rest[i] - b'0') as usize;
            count = Some(
                count
                    .unwrap_or(0)
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(d))
                    .ok_or_else(|| error(vm, "total struct size too long"))?,
            );
            i += 1;
        }
        let Some(&code) = rest.get(i) else {
            return Err(error(vm, "repeat count given without format specifier"));
        };
        i += 1;
        let s = match code {
            b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
            b'h' | b'H' | b'e' => 2,
            b'i' | b'I' | b'l' | b'L' | b'f' => 4,
            b'q' | b'Q' | b'd' => 8,
            b'n' | b'N' | b'P' if native => 4,
            _ => return Err(error(vm, "bad char in struct format")),
        };
        let count = count.unwrap_or(1);
        let align = if native { s } else { 1 };
        size = size.div_ceil(align) * align;
        let bytes = if matches!(code, b's' | b'p') { count } else { s.saturating_mul(count) };
        size = size
            .checked_add(bytes)
            .filter(|n| *n < (1 << 30))
            .ok_or_else(|| error(vm, "total struct size too long"))?;
        items.push(Item { code, count, size: s, align });
    }
    Ok(Format { little, items, size })
}

impl Format {
    /// Values a pack needs.
    fn n_values(&self) -> usize {
        self.items
            .iter()
            .map(|it| match it.code {
                b'x' => 0,
                b's' | b'p' => 1,
                _ => it.count,
            })
            .sum()
    }
}

fn calcsize(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "calcsize", args, 1, 1)?;
    let f = parse(vm, args[0])?;
    vm.new_int(f.size as i64)
}

fn put_uint(out: &mut Vec<u8>, v: u64, size: usize, little: bool) {
    let b = v.to_le_bytes();
    if little {
        out.extend_from_slice(&b[..size]);
    } else {
        out.extend(b[..size].iter().rev());
    }
}

fn range_error(vm: &mut Vm, code: u8, size: usize, signed: bool) -> Raised {
    let named = match (code, signed) {
        (b'b', _) => Some("byte"),
        (b'B', _) => Some("ubyte"),
        (b'h', _) => Some("short"),
        (b'H', _) => Some("ushort"),
        _ => None,
    };
    let (lo, hi): (i128, i128) = if signed {
        (-(1i128 << (8 * size - 1)), (1i128 << (8 * size - 1)) - 1)
    } else {
        (0, (1i128 << (8 * size)) - 1)
    };
    let msg = match named {
        Some(n) => alloc::format!("{n} format requires {lo} <= number <= {hi}"),
        None => alloc::format!("'{}' format requires {lo} <= number <= {hi}", code as char),
    };
    error(vm, &msg)
}

/// f64 to IEEE half precision, rounding to nearest even.
fn to_half(vm: &mut Vm, x: f64) -> PyResult<u16> {
    let bits = (x as f32).to_bits();
    let sign = ((bits >> 16) & 0x8000) as u16;
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    let a = x.abs();
    if a >= 65520.0 {
        return Err(vm.raise_msg(B::OverflowError, "float too large to pack with e format"));
    }
    // Scale into the half's integer significand and round half to even.
    let (m, e) = libm::frexp(a);
    let exp = e - 1;
    let (mant, biased) = if exp < -14 {
        (libm::rint(a * (1u64 << 24) as f64) as u32, 0u32)
    } else {
        let f = libm::rint((m * 2.0 - 1.0) * 1024.0) as u32;
        (f, (exp + 15) as u32)
    };
    let v = if exp < -14 { mant } else { (biased << 10) + mant };
    Ok(sign | v as u16)
}

fn from_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * libm::pow(2.0, -24.0),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * libm::pow(2.0, (e - 15) as f64),
    }
}

fn pack_values(vm: &mut Vm, f: &Format, vals: &[Value]) -> PyResult<Vec<u8>> {
    let need = f.n_values();
    if vals.len() != need {
        let msg = alloc::format!("pack expected {need} items for packing (got {})", vals.len());
        return Err(error(vm, &msg));
    }
    let mut out: Vec<u8> = Vec::with_capacity(f.size);
    let mut vi = 0;
    for it in &f.items {
        while out.len() % it.align != 0 {
            out.push(0);
        }
        match it.code {
            b'x' => out.resize(out.len() + it.count, 0),
            b's' | b'p' => {
                let v = vals[vi];
                vi += 1;
                let Some(data) = buffer_of(vm, v).map(|b| b.to_vec()) else {
                    let msg = alloc::format!("argument for '{}' must be a bytes object", it.code as char);
                    return Err(error(vm, &msg));
                };
                if it.code == b'p' {
                    if it.count == 0 {
                        continue;
                    }
                    let n = data.len().min(it.count - 1).min(255);
                    out.push(n as u8);
                    out.extend_from_slice(&data[..n]);
                    out.resize(out.len() + it.count - 1 - n, 0);
                } else {
                    let n = data.len().min(it.count);
                    out.extend_from_slice(&data[..n]);
                    out.resize(out.len() + it.count - n, 0);
                }
            }
            code => {
                for _ in 0..it.count {
                    let v = vals[vi];
                    vi += 1;
                    pack_one(vm, &mut out, code, it.size, f.little, v)?;
                }
            }
        }
    }
    Ok(out)
}

fn pack_one(vm: &mut Vm, out: &mut Vec<u8>, code: u8, size: usize, little: bool, v: Value) -> PyResult<()> {
    match code {
        b'c' => match buffer_of(vm, v) {
            Some(b) if b.len() == 1 => out.push(b[0]),
            _ => return Err(error(vm, "char format requires a bytes object of length 1")),
        },
        b'?' => {
            let t = vm.truthy(v)?;
            out.push(t as u8);
        }
        b'e' | b'f' | b'd' => {
            let Some(x) = vm.number_value(v) else {
                return Err(error(vm, "required argument is not a float"));
            };
            match code {
                b'e' => put_uint(out, to_half(vm, x)? as u64, 2, little),
                b'f' => {
                    if x.is_finite() && (x as f32).is_infinite() {
                        return Err(vm.raise_msg(B::OverflowError, "float too large to pack with f format"));
                    }
                    put_uint(out, (x as f32).to_bits() as u64, 4, little)
                }
                _ => put_uint(out, x.to_bits(), 8, little),
            }
        }
        _ => {
            let signed = code.is_ascii_lowercase();
            let Some(i) = vm.int_value(v) else {
                if vm.float_value(v).is_some() || !vm.is_instance_obj(v) {
                    return Err(error(vm, "required argument is not an integer"));
                }
                let Some(f) = vm.lookup_special(v, "__index__") else {
                    return Err(error(vm, "required argument is not an integer"));
                };
                let r = vm.call_method_value(f, v, &[])?;
                return pack_one(vm, out, code, size, little, r);
            };
            let ok = if signed {
                size == 8 || (-(1i64 << (8 * size - 1))..(1i64 << (8 * size - 1))).contains(&i)
            } else {
                i >= 0 && (size == 8 || i < (1i64 << (8 * size)))
            };
            if !ok {
                // CPython words a negative unsigned value (beyond B and H) this way.
                if !signed && i < 0 && size > 2 {
                    return Err(error(vm, "argument out of range"));
                }
                return Err(range_error(vm, code, size, signed));
            }
            put_uint(out, i as u64, size, little);
        }
    }
    Ok(())
}

fn pack(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.raise_msg(B::TypeError, "pack expected at least 1 argument, got 0"));
    }
    let f = parse(vm, args[0])?;
    let out = pack_values(vm, &f, &args[1..])?;
    new_bytes(vm, &out)
}

fn pack_into(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() < 3 {
        let msg = alloc::format!("pack_into expected at least 3 arguments, got {}", args.len());
        return Err(vm.raise_msg(B::TypeError, &msg));
    }
    let f = parse(vm, args[0])?;
    let buf = args[1];
    if !is_bytearray(vm, buf) {
        let msg = alloc::format!("argument must be read-write bytes-like object, not {}", vm.type_name_of(buf));
        return Err(vm.raise_msg(B::TypeError, &msg));
    }
    let data = pack_values(vm, &f, &args[3..])?;
    let len = buffer_of(vm, buf).map_or(0, |b| b.len());
    let mut off = int_arg(vm, args[2])?;
    if off < 0 {
        if off + (len as i64) < 0 {
            let msg = alloc::format!("offset {off} out of range for {len}-byte buffer");
            return Err(error(vm, &msg));
        }
        off += len as i64;
    }
    let off = off as usize;
    if len < off || len - off < data.len() {
        let msg = alloc::format!(
            "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
            data.len() + off,
            data.len(),
            off,
            len
        );
        return Err(error(vm, &msg));
    }
    super::args::write_buffer(vm, buf, off, &data);
    Ok(Value::NONE)
}

/// An unsigned 64-bit value as an int (above i64::MAX through the VM's int operations).
fn new_u64(vm: &mut Vm, u: u64) -> PyResult<Value> {
    if u <= i64::MAX as u64 {
        return vm.new_int(u as i64);
    }
    let hi = vm.new_int((u >> 32) as i64)?;
    let s = vm.rooted(&[hi], |vm| vm.binary_op(Op::LShift, hi, Value::small(32)))?;
    vm.rooted(&[s], |vm| {
        let lo = vm.new_int((u & 0xffff_ffff) as i64)?;
        vm.binary_op(Op::BitOr, s, lo)
    })
}

fn get_uint(b: &[u8], little: bool) -> u64 {
    let mut v = 0u64;
    if little {
        for (i, x) in b.iter().enumerate() {
            v |= (*x as u64) << (8 * i);
        }
    } else {
        for x in b {
            v = v << 8 | *x as u64;
        }
    }
    v
}

fn unpack_values(vm: &mut Vm, f: &Format, data: &[u8]) -> PyResult<Value> {
    let mut vals: Vec<Value> = Vec::new();
    vm.rooted(&[], |vm| {
        let mut pos = 0usize;
        for it in &f.items {
            pos = pos.div_ceil(it.align) * it.align;
            match it.code {
                b'x' => pos += it.count,
                b's' => {
                    let v = new_bytes(vm, &data[pos..pos + it.count])?;
                    vm.root(v);
                    vals.push(v);
                    pos += it.count;
                }
                b'p' => {
                    let v = if it.count == 0 {
                        new_bytes(vm, b"")?
                    } else {
                        let n = (data[pos] as usize).min(it.count - 1);
                        new_bytes(vm, &data[pos + 1..pos + 1 + n])?
                    };
                    vm.root(v);
                    vals.push(v);
                    pos += it.count;
                }
                code => {
                    for _ in 0..it.count {
                        let b = &data[pos..pos + it.size];
                        let u = get_uint(b, f.little);
                        let v = match code {
                            b'c' => new_bytes(vm, b)?,
                            b'?' => Value::bool(u != 0),
                            b'e' => vm.new_float(from_half(u as u16))?,
                            b'f' => vm.new_float(f32::from_bits(u as u32) as f64)?,
                            b'd' => vm.new_float(f64::from_bits(u))?,
                            c if c.is_ascii_lowercase() => {
                                let shift = 64 - 8 * it.size as u32;
                                vm.new_int(((u << shift) as i64) >> shift)?
                            }
                            _ => new_u64(vm, u)?,
                        };
                        vm.root(v);
                        vals.push(v);
                        pos += it.size;
                    }
                }
            }
        }
        vm.new_tuple(&vals)
    })
}

fn unpack(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "unpack", args, 2, 2)?;
    let f = parse(vm, args[0])?;
    let data = super::args::bytes_arg(vm, args[1])?;
    if data.len() != f.size {
        let msg = alloc::format!("unpack requires a buffer of {} bytes", f.size);
        return Err(error(vm, &msg));
    }
    unpack_values(vm, &f, &data)
}

fn unpack_from(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::args::only_kwargs(vm, "unpack_from", kw, &["offset"])?;
    arity(vm, "unpack_from", args, 2, 3)?;
    let f = parse(vm, args[0])?;
    let data = super::args::bytes_arg(vm, args[1])?;
    let mut off = match args.get(2).copied().or_else(|| super::args::kwarg(vm, kw, "offset")) {
        Some(v) => int_arg(vm, v)?,
        None => 0,
    };
    let len = data.len() as i64;
    if off < 0 {
        if off + len < 0 {
            let msg = alloc::format!("offset {off} out of range for {len}-byte buffer");
            return Err(error(vm, &msg));
        }
        off += len;
    }
    if off > len || (len - off) < f.size as i64 {
        let msg = alloc::format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
            f.size as i64 + off,
            f.size,
            off,
            len
        );
        return Err(error(vm, &msg));
    }
    let off = off as usize;
    unpack_values(vm, &f, &data[off..off + f.size])
}

fn iter_unpack(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "iter_unpack", args, 2, 2)?;
    let f = parse(vm, args[0])?;
    let data = super::args::bytes_arg(vm, args[1])?;
    if f.size == 0 {
        return Err(error(vm, "cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % f.size != 0 {
        let msg = alloc::format!("iterative unpacking requires a buffer of a multiple of {} bytes", f.size);
        return Err(error(vm, &msg));
    }
    let list = vm.new_list(&[])?;
    vm.rooted(&[list], |vm| {
        for chunk in data.chunks(f.size) {
            let t = unpack_values(vm, &f, chunk)?;
            vm.list_push(list, t)?;
        }
        vm.get_iter(list)
    })
}
