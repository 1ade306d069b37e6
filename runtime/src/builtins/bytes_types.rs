//! Constructors of bytes, bytearray and memoryview, `str.encode`, and the codecs
//! they share (utf-8, ascii, latin-1).

use alloc::string::String;
use alloc::vec::Vec;

use super::funcs::{arity, kwarg, only_kwargs};
use super::B;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Vm};

pub(crate) fn codec(vm: &mut Vm, v: Option<Value>) -> PyResult<&'static str> {
    let Some(v) = v else { return Ok("utf-8") };
    if !vm.is_str(v) {
        return Err(
            vm.raise_type_error(alloc::format!("encode() argument 'encoding' must be str, not {}", vm.type_name_of(v)))
        );
    }
    let name = vm.str_text(v).to_ascii_lowercase().replace('_', "-");
    match name.as_str() {
        "utf-8" | "utf8" | "u8" => Ok("utf-8"),
        "ascii" | "us-ascii" => Ok("ascii"),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => Ok("latin-1"),
        _ => {
            let msg = alloc::format!("unknown encoding: {}", vm.str_text(v));
            Err(vm.raise_msg(B::LookupError, &msg))
        }
    }
}

pub(crate) fn errors_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<String> {
    match v {
        None => Ok(String::from("strict")),
        Some(v) if vm.is_str(v) => Ok(String::from(vm.str_text(v))),
        Some(v) => {
            Err(vm
                .raise_type_error(alloc::format!("encode() argument 'errors' must be str, not {}", vm.type_name_of(v))))
        }
    }
}

/// Encode text; raises UnicodeEncodeError as CPython words it.
pub(crate) fn encode_text(vm: &mut Vm, text: &str, codec: &str, errors: &str) -> PyResult<Vec<u8>> {
    if codec == "utf-8" {
        return Ok(Vec::from(text.as_bytes()));
    }
    let limit = if codec == "ascii" { 128 } else { 256 };
    let mut out = Vec::with_capacity(text.len());
    for (pos, c) in text.chars().enumerate() {
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            _ => {
                let mut r = String::new();
                crate::vm::write_str_repr(&mut r, c.encode_utf8(&mut [0; 4]));
                let r = crate::vm::ascii_escape(&r);
                let msg = alloc::format!(
                    "'{}' codec can't encode character {} in position {}: ordinal not in range({})",
                    if codec == "ascii" { "ascii" } else { "latin-1" },
                    r,
                    pos,
                    limit
                );
                return Err(vm.raise_msg(B::UnicodeEncodeError, &msg));
            }
        }
    }
    Ok(out)
}

/// Decode bytes; raises UnicodeDecodeError as CPython words it.
pub(crate) fn decode_bytes(vm: &mut Vm, b: &[u8], codec: &str, errors: &str) -> PyResult<String> {
    match codec {
        "latin-1" => return Ok(b.iter().map(|&c| c as char).collect()),
        "ascii" => {
            let mut out = String::new();
            for (i, &c) in b.iter().enumerate() {
                if c < 128 {
                    out.push(c as char);
                } else if errors == "ignore" {
                } else if errors == "replace" {
                    out.push('\u{fffd}');
                } else {
                    let msg = alloc::format!(
                        "'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                        c,
                        i
                    );
                    return Err(vm.raise_msg(B::UnicodeDecodeError, &msg));
                }
            }
            return Ok(out);
        }
        _ => {}
    }
    let mut out = String::new();
    let mut rest = b;
    let mut offset = 0;
    loop {
        match core::str::from_utf8(rest) {
            Ok(t) => {
                out.push_str(t);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(core::str::from_utf8(&rest[..good]).unwrap_or(""));
                let bad = e.error_len().unwrap_or(rest.len() - good);
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    _ => {
                        let pos = offset + good;
                        let lead = rest[good];
                        let reason = if e.error_len().is_none() {
                            "unexpected end of data"
                        } else if (0xc2..=0xf4).contains(&lead) {
                            "invalid continuation byte"
                        } else {
                            "invalid start byte"
                        };
                        let msg = if bad > 1 && e.error_len().is_none() {
                            alloc::format!(
                                "'utf-8' codec can't decode bytes in position {}-{}: {}",
                                pos,
                                pos + bad - 1,
                                reason
                            )
                        } else {
                            alloc::format!(
                                "'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
                                lead,
                                pos,
                                reason
                            )
                        };
                        return Err(vm.raise_msg(B::UnicodeDecodeError, &msg));
                    }
                }
                offset += good + bad;
                rest = &rest[good + bad..];
            }
        }
    }
}

// ---- constructors ----

/// The bytes `bytes(x)` / `bytearray(x)` would hold.
fn bytes_source(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<Vec<u8>> {
    only_kwargs(vm, name, kw, &["source", "encoding", "errors"])?;
    arity(vm, name, args, 0, 3)?;
    let src = args.first().copied().or_else(|| kwarg(vm, kw, "source"));
    let encoding = args.get(1).copied().or_else(|| kwarg(vm, kw, "encoding"));
    let errors = args.get(2).copied().or_else(|| kwarg(vm, kw, "errors"));
    let Some(x) = src else {
        if encoding.is_some() || errors.is_some() {
            let what = if encoding.is_some() { "encoding" } else { "errors" };
            return Err(vm.raise_type_error(alloc::format!("{} without a string argument", what)));
        }
        return Ok(Vec::new());
    };
    if vm.is_str(x) {
        if encoding.is_none() {
            return Err(vm.raise_msg(B::TypeError, "string argument without an encoding"));
        }
        let c = codec(vm, encoding)?;
        let e = errors_arg(vm, errors)?;
        let text = String::from(vm.str_text(x));
        return encode_text(vm, &text, c, &e);
    }
    if encoding.is_some() {
        return Err(vm.raise_msg(B::TypeError, "encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.raise_msg(B::TypeError, "errors without a string argument"));
    }
    if let Some(d) = vm.bytes_data(x) {
        return Ok(d.into_owned());
    }
    if let Some(n) = vm.int_value(x) {
        if n < 0 {
            return Err(vm.raise_msg(B::ValueError, "negative count"));
        }
        if n as usize > vm.heap.total_bytes() {
            return Err(vm.raise_empty(B::MemoryError));
        }
        return Ok(alloc::vec![0; n as usize]);
    }
    let items = match vm.collect_iterable(x) {
        Ok(items) => items,
        Err(e) => {
            if vm.exception_matches(vm.exc, B::TypeError.value()) {
                let msg = alloc::format!("cannot convert '{}' object to {}", vm.type_name_of(x), name);
                return Err(vm.raise_msg(B::TypeError, &msg));
            }
            return Err(e);
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        match vm.int_value(v) {
            Some(i) if (0..256).contains(&i) => out.push(i as u8),
            Some(_) => return Err(vm.raise_msg(B::ValueError, "bytes must be in range(0, 256)")),
            None => {
                return Err(vm.raise_type_error(alloc::format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name_of(v)
                )))
            }
        }
    }
    Ok(out)
}

pub fn bytes_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let [x] = args {
        if vm.is_bytes(*x) && kw.is_empty() {
            return Ok(*x);
        }
    }
    let b = bytes_source(vm, "bytes", args, kw)?;
    vm.new_bytes(&b)
}

pub fn bytearray_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = bytes_source(vm, "bytearray", args, kw)?;
    vm.new_bytearray(&b)
}

pub fn memoryview_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs(vm, "memoryview", kw, &["object"])?;
    arity(vm, "memoryview", args, 0, 1)?;
    let Some(x) = args.first().copied().or_else(|| kwarg(vm, kw, "object")) else {
        return Err(vm.raise_msg(B::TypeError, "memoryview() missing required argument 'object' (pos 1)"));
    };
    vm.new_memoryview(x)
}

// ---- methods shared by bytes and bytearray ----

pub fn str_encode(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs(vm, "encode", kw, &["encoding", "errors"])?;
    let Some(&s) = args.first().filter(|s| vm.is_str(**s)) else {
        return Err(vm.raise_msg(B::TypeError, "descriptor 'encode' for 'str' objects doesn't apply"));
    };
    arity(vm, "encode", &args[1..], 0, 2)?;
    let c = args.get(1).copied().or_else(|| kwarg(vm, kw, "encoding"));
    let c = codec(vm, c)?;
    let e = args.get(2).copied().or_else(|| kwarg(vm, kw, "errors"));
    let e = errors_arg(vm, e)?;
    let text = String::from(vm.str_text(s));
    let out = encode_text(vm, &text, c, &e)?;
    vm.new_bytes(&out)
}
