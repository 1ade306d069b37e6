//! Methods of int: `bit_length`, `bit_count`, `to_bytes`, `from_bytes`.

use alloc::vec::Vec;

use super::funcs::{int_arg, kwarg, only_kwargs};
use super::B;
use crate::obj::Kind;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Vm};

/// The receiver of an int method.
fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(&v) if vm.is_int(v) => Ok(v),
        Some(&v) => Err(vm.raise_type_error(alloc::format!(
            "descriptor '{}' for 'int' objects doesn't apply to a '{}' object",
            name,
            vm.type_name_of(v)
        ))),
        None => Err(vm.raise_type_error(alloc::format!("descriptor '{}' of 'int' object needs an argument", name))),
    }
}

/// Magnitude bits or set bits of an int of any size.
fn bits_of(vm: &mut Vm, v: Value, count_ones: bool) -> PyResult<Value> {
    if let Some(i) = vm.int_value(v) {
        let m = i.unsigned_abs();
        return Ok(Value::small(if count_ones { m.count_ones() } else { 64 - m.leading_zeros() } as i32));
    }
    #[cfg(feature = "bigint")]
    if let Some(x) = vm.int_of(v) {
        return vm.new_int(if count_ones { x.bit_count() } else { x.bit_length() } as i64);
    }
    Ok(Value::small(0))
}

pub fn int_bit_length(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = this(vm, args, "bit_length")?;
    bits_of(vm, v, false)
}

pub fn int_bit_count(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = this(vm, args, "bit_count")?;
    bits_of(vm, v, true)
}

/// `byteorder` (positional at `pos` or keyword, default "big") and `signed` (keyword only).
#[cfg_attr(not(feature = "bytes_methods"), allow(dead_code))]
fn order_and_sign(vm: &mut Vm, args: &[Value], pos: usize, kw: Kw, name: &str) -> PyResult<(bool, bool)> {
    only_kwargs(vm, name, kw, &["length", "bytes", "byteorder", "signed"])?;
    let order = args.get(pos).copied().or_else(|| kwarg(vm, kw, "byteorder"));
    let little = match order {
        None => false,
        Some(o) if vm.is_str(o) => match vm.str_bytes(o) {
            b"little" => true,
            b"big" => false,
            _ => return Err(vm.raise_msg(B::ValueError, "byteorder must be either 'little' or 'big'")),
        },
        Some(o) => {
            return Err(vm.raise_type_error(alloc::format!(
                "{}() argument 'byteorder' must be str, not {}",
                name,
                vm.type_name_of(o)
            )))
        }
    };
    let signed = match kwarg(vm, kw, "signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    Ok((little, signed))
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
#[cfg_attr(not(feature = "bytes_methods"), allow(dead_code))]
pub fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = this(vm, args, "to_bytes")?;
    if args.len() > 3 {
        let msg = alloc::format!("to_bytes() takes at most 2 positional arguments ({} given)", args.len() - 1);
        return Err(vm.raise_msg(B::TypeError, &msg));
    }
    let length = match args.get(1).copied().or_else(|| kwarg(vm, kw, "length")) {
        Some(l) => int_arg(vm, l, "")?,
        None => 1,
    };
    let (little, signed) = order_and_sign(vm, args, 2, kw, "to_bytes")?;
    if length < 0 {
        return Err(vm.raise_msg(B::ValueError, "length argument must be non-negative"));
    }
    if length as u64 > vm.heap.total_bytes() as u64 {
        return Err(vm.memory_error());
    }
    let bytes = match to_bytes(vm, v, length as usize, little, signed) {
        Ok(b) => b,
        Err(msg) => return Err(vm.raise_msg(B::OverflowError, msg)),
    };
    vm.new_bytes_like(Kind::Bytes, &bytes)
}

#[cfg_attr(not(feature = "bytes_methods"), allow(dead_code))]
fn to_bytes(vm: &Vm, v: Value, len: usize, little: bool, signed: bool) -> Result<Vec<u8>, &'static str> {
    const NEGATIVE: &str = "can't convert negative int to unsigned";
    const TOO_BIG: &str = "int too big to convert";
    #[cfg(feature = "bigint")]
    {
        let x = vm.int_of(v).unwrap_or_default();
        if x.is_neg() && !signed {
            return Err(NEGATIVE);
        }
        x.to_bytes(len, little, signed).ok_or(TOO_BIG)
    }
    #[cfg(not(feature = "bigint"))]
    {
        let i = vm.int_value(v).unwrap_or(0);
        if i < 0 && !signed {
            return Err(NEGATIVE);
        }
        // Bits needed in two's complement (with a sign bit when signed).
        let bits = if i < 0 { 65 - (!i).leading_zeros() } else { 64 - i.leading_zeros() + signed as u32 };
        if bits as usize > len * 8 {
            return Err(TOO_BIG);
        }
        let mut out: Vec<u8> = (0..len).map(|k| if k < 8 { (i >> (8 * k)) as u8 } else { (i >> 63) as u8 }).collect();
        if !little {
            out.reverse();
        }
        Ok(out)
    }
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
#[cfg_attr(not(feature = "bytes_methods"), allow(dead_code))]
pub fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    // Called on the type (`int.from_bytes(b)`) or on an int (`(0).from_bytes(b)`).
    let args = match args.first() {
        Some(&v) if vm.is_int(v) => &args[1..],
        _ => args,
    };
    if args.len() > 2 {
        let msg = alloc::format!("from_bytes() takes at most 2 positional arguments ({} given)", args.len());
        return Err(vm.raise_msg(B::TypeError, &msg));
    }
    let Some(src) = args.first().copied().or_else(|| kwarg(vm, kw, "bytes")) else {
        return Err(vm.raise_msg(B::TypeError, "from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let (little, signed) = order_and_sign(vm, args, 1, kw, "from_bytes")?;
    let bytes: Vec<u8> = if vm.is_bytes(src) {
        Vec::from(vm.str_bytes(src))
    } else if vm.is_str(src) {
        return Err(vm.raise_msg(B::TypeError, "cannot convert 'str' object to bytes"));
    } else {
        let items = vm.collect_iterable(src)?;
        let mut out = Vec::with_capacity(items.len());
        for x in items {
            match vm.int_value(x) {
                Some(b @ 0..=255) => out.push(b as u8),
                Some(_) => return Err(vm.raise_msg(B::ValueError, "bytes must be in range(0, 256)")),
                None => {
                    return Err(vm.raise_type_error(alloc::format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name_of(x)
                    )))
                }
            }
        }
        out
    };
    #[cfg(feature = "bigint")]
    {
        let x = crate::bigint::Int::from_bytes(&bytes, little, signed);
        vm.new_big(&x)
    }
    #[cfg(not(feature = "bigint"))]
    {
        let mut be = bytes;
        if little {
            be.reverse();
        }
        let neg = signed && be.first().is_some_and(|b| b >> 7 == 1);
        // Leading sign-extension bytes carry no value; at most 8 others fit an i64.
        let fill = if neg { 0xff } else { 0 };
        let rest = &be[be.iter().take_while(|&&b| b == fill).count()..];
        let mut v: i128 = if neg { -1 } else { 0 };
        for &b in rest.iter().take(9) {
            v = v << 8 | b as i128;
        }
        match i64::try_from(v) {
            Ok(v) if rest.len() <= 8 => vm.new_int(v),
            _ => Err(vm.overflow()),
        }
    }
}
