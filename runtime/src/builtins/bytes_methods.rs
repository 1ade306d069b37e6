//! Methods shared by bytes and bytearray (and the read-only ones of memoryview).
// Without the `bytes_methods` feature the method table leaves these methods out (methods.rs).
#![cfg_attr(not(feature = "bytes_methods"), allow(dead_code, unused_imports))]

use alloc::string::String;
use alloc::vec::Vec;

use super::bytes_types::{codec, decode_bytes, errors_arg};
use super::funcs::{arity, int_arg, kwarg, only_kwargs};
use super::B;
use crate::obj::Kind;
use crate::value::Value;
use crate::vm::{find_bytes, Kw, PyResult, Vm};

pub(crate) fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Vec<u8>> {
    match args.first().map(|s| vm.unwrap_builtin(*s)) {
        Some(s) => match vm.bytes_data(s) {
            Some(d) => Ok(d.into_owned()),
            None => Err(vm.raise_type_error(alloc::format!(
                "descriptor '{}' for 'bytes' objects doesn't apply to a '{}' object",
                name,
                vm.type_name_of(s)
            ))),
        },
        None => Err(vm.raise_type_error(alloc::format!("descriptor '{}' of 'bytes' object needs an argument", name))),
    }
}

/// A bytes-like argument's contents.
pub(crate) fn bytes_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.bytes_data(v) {
        Some(d) => Ok(d.into_owned()),
        None => {
            Err(vm.raise_type_error(alloc::format!("a bytes-like object is required, not '{}'", vm.type_name_of(v))))
        }
    }
}

/// A subsequence argument: bytes-like or an int (one byte).
fn needle_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if vm.int_value(v).is_some() {
        return Ok(alloc::vec![vm.byte_value(v)?]);
    }
    if vm.is_bytes_like(v) {
        return bytes_arg(vm, v);
    }
    Err(vm.raise_type_error(alloc::format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name_of(v)
    )))
}

/// Encoding names frostpy knows, normalized.

pub fn bytes_decode(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs(vm, "decode", kw, &["encoding", "errors"])?;
    let b = this(vm, args, "decode")?;
    arity(vm, "decode", &args[1..], 0, 2)?;
    let c = args.get(1).copied().or_else(|| kwarg(vm, kw, "encoding"));
    let c = codec(vm, c)?;
    let e = args.get(2).copied().or_else(|| kwarg(vm, kw, "errors"));
    let e = errors_arg(vm, e)?;
    let text = decode_bytes(vm, &b, c, &e)?;
    vm.str_value(&text)
}

pub fn bytes_hex(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this(vm, args, "hex")?;
    arity(vm, "hex", &args[1..], 0, 2)?;
    let sep = match args.get(1) {
        Some(v) if vm.is_str(*v) || vm.is_bytes_like(*v) => {
            let s: Vec<u8> = if vm.is_str(*v) { Vec::from(vm.str_bytes(*v)) } else { bytes_arg(vm, *v)? };
            if s.len() != 1 {
                return Err(vm.raise_msg(B::ValueError, "sep must be length 1."));
            }
            Some(s[0] as char)
        }
        Some(v) => {
            return Err(vm.raise_type_error(alloc::format!("sep must be str or bytes, not {}", vm.type_name_of(*v))))
        }
        None => None,
    };
    let per = match args.get(2) {
        Some(v) => int_arg(vm, *v, "")?,
        None => 1,
    };
    let mut out = String::new();
    let n = b.len();
    for (i, c) in b.iter().enumerate() {
        if let Some(s) = sep {
            let g = per.unsigned_abs().max(1) as usize;
            // Positive groups count from the right, negative from the left.
            let boundary = if per > 0 { i > 0 && (n - i) % g == 0 } else { i > 0 && i % g == 0 };
            if boundary {
                out.push(s);
            }
        }
        out.push_str(&alloc::format!("{:02x}", c));
    }
    vm.str_value(&out)
}

pub fn bytes_fromhex(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    // Bound to the type (bytes or bytearray) by attribute lookup.
    arity(vm, "fromhex", args, 2, 2)?;
    let cls = args[0];
    if !vm.is_str(args[1]) {
        return Err(
            vm.raise_type_error(alloc::format!("fromhex() argument must be str, not {}", vm.type_name_of(args[1])))
        );
    }
    let text: Vec<u8> = Vec::from(vm.str_bytes(args[1]));
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if text[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = (text[i] as char).to_digit(16);
        let lo = text.get(i + 1).and_then(|c| (*c as char).to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let pos = if hi.is_some() { i + 1 } else { i };
                let msg = alloc::format!("non-hexadecimal number found in fromhex() arg at position {}", pos);
                return Err(vm.raise_msg(B::ValueError, &msg));
            }
        }
        i += 2;
    }
    if cls == B::ByteArray.value() {
        vm.new_bytearray(&out)
    } else {
        vm.new_bytes(&out)
    }
}

/// Byte offsets from optional `start`/`end` arguments (slice semantics).
fn byte_range(vm: &mut Vm, n: usize, args: &[Value]) -> PyResult<(usize, usize)> {
    let n = n as i64;
    let mut bound = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(&Value::NONE) => Ok(default),
            Some(v) => {
                let i = int_arg(vm, *v, "")?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let start = bound(args.first(), 0)?;
    let end = bound(args.get(1), n)?;
    Ok((start as usize, end.max(start) as usize))
}

fn find_impl(vm: &mut Vm, args: &[Value], name: &str, reverse: bool) -> PyResult<i64> {
    let b = this(vm, args, name)?;
    arity(vm, name, &args[1..], 1, 3)?;
    let needle = needle_arg(vm, args[1])?;
    let (s, e) = byte_range(vm, b.len(), &args[2..])?;
    let hay = &b[s..e.max(s)];
    let found = if reverse {
        if needle.len() > hay.len() {
            None
        } else {
            (0..=hay.len() - needle.len()).rev().find(|&i| hay[i..i + needle.len()] == needle[..])
        }
    } else {
        find_bytes(hay, &needle, 0)
    };
    Ok(found.map(|i| (i + s) as i64).unwrap_or(-1))
}

pub fn bytes_find(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let i = find_impl(vm, args, "find", false)?;
    vm.new_int(i)
}

pub fn bytes_rfind(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let i = find_impl(vm, args, "rfind", true)?;
    vm.new_int(i)
}

pub fn bytes_index(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let i = find_impl(vm, args, "index", false)?;
    if i < 0 {
        return Err(vm.raise_msg(B::ValueError, "subsection not found"));
    }
    vm.new_int(i)
}

pub fn bytes_rindex(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let i = find_impl(vm, args, "rindex", true)?;
    if i < 0 {
        return Err(vm.raise_msg(B::ValueError, "subsection not found"));
    }
    vm.new_int(i)
}

pub fn bytes_count(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this(vm, args, "count")?;
    arity(vm, "count", &args[1..], 1, 3)?;
    let needle = needle_arg(vm, args[1])?;
    let (s, e) = byte_range(vm, b.len(), &args[2..])?;
    let hay = &b[s..e];
    let n = if needle.is_empty() {
        hay.len() + 1
    } else {
        let mut c = 0;
        let mut i = 0;
        while let Some(p) = find_bytes(hay, &needle, i) {
            c += 1;
            i = p + needle.len();
        }
        c
    };
    vm.new_int(n as i64)
}

fn prefix_suffix(vm: &mut Vm, args: &[Value], name: &str, suffix: bool) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    arity(vm, name, &args[1..], 1, 3)?;
    let (s, e) = byte_range(vm, b.len(), &args[2..])?;
    let hay = &b[s..e];
    let pats: Vec<Value> = if vm.is_kind(args[1], Kind::Tuple) { vm.seq_to_vec(args[1]) } else { alloc::vec![args[1]] };
    for p in pats {
        if !vm.is_bytes_like(p) {
            return Err(vm.raise_type_error(alloc::format!(
                "{} first arg must be bytes or a tuple of bytes, not {}",
                name,
                vm.type_name_of(p)
            )));
        }
        let pt = bytes_arg(vm, p)?;
        if (suffix && hay.ends_with(&pt)) || (!suffix && hay.starts_with(&pt)) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

pub fn bytes_startswith(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prefix_suffix(vm, args, "startswith", false)
}

pub fn bytes_endswith(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prefix_suffix(vm, args, "endswith", true)
}

/// A list of bytes-like values of the receiver's family.
fn part_list(vm: &mut Vm, like: Value, parts: &[&[u8]]) -> PyResult<Value> {
    let list = vm.new_list(&[])?;
    vm.rooted(&[list, like], |vm| {
        for p in parts {
            let s = vm.new_bytes_as(like, p)?;
            vm.list_push(list, s)?;
        }
        Ok(list)
    })
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn split_common(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<(Vec<u8>, Option<Vec<u8>>, i64)> {
    only_kwargs(vm, name, kw, &["sep", "maxsplit"])?;
    let b = this(vm, args, name)?;
    arity(vm, name, &args[1..], 0, 2)?;
    let sep = match args.get(1).copied().or_else(|| kwarg(vm, kw, "sep")) {
        None | Some(Value::NONE) => None,
        Some(v) => {
            let s = bytes_arg(vm, v)?;
            if s.is_empty() {
                return Err(vm.raise_msg(B::ValueError, "empty separator"));
            }
            Some(s)
        }
    };
    let maxsplit = match args.get(2).copied().or_else(|| kwarg(vm, kw, "maxsplit")) {
        None => -1,
        Some(v) => int_arg(vm, v, "")?,
    };
    Ok((b, sep, maxsplit))
}

pub fn bytes_split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (b, sep, maxsplit) = split_common(vm, args, kw, "split")?;
    let mut parts: Vec<&[u8]> = Vec::new();
    match &sep {
        Some(sep) => {
            let mut i = 0;
            while maxsplit < 0 || (parts.len() as i64) < maxsplit {
                match find_bytes(&b, sep, i) {
                    Some(p) => {
                        parts.push(&b[i..p]);
                        i = p + sep.len();
                    }
                    None => break,
                }
            }
            parts.push(&b[i..]);
        }
        None => {
            let mut i = 0;
            loop {
                while i < b.len() && is_space(b[i]) {
                    i += 1;
                }
                if i >= b.len() {
                    break;
                }
                if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                    let mut end = b.len();
                    while end > i && is_space(b[end - 1]) {
                        end -= 1;
                    }
                    parts.push(&b[i..end]);
                    break;
                }
                let start = i;
                while i < b.len() && !is_space(b[i]) {
                    i += 1;
                }
                parts.push(&b[start..i]);
            }
        }
    }
    part_list(vm, vm.unwrap_builtin(args[0]), &parts)
}

pub fn bytes_rsplit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (b, sep, maxsplit) = split_common(vm, args, kw, "rsplit")?;
    let mut parts: Vec<&[u8]> = Vec::new();
    match &sep {
        Some(sep) => {
            let mut end = b.len();
            while maxsplit < 0 || (parts.len() as i64) < maxsplit {
                let hay = &b[..end];
                let found = if sep.len() > hay.len() {
                    None
                } else {
                    (0..=hay.len() - sep.len()).rev().find(|&i| hay[i..i + sep.len()] == sep[..])
                };
                match found {
                    Some(p) => {
                        parts.push(&b[p + sep.len()..end]);
                        end = p;
                    }
                    None => break,
                }
            }
            parts.push(&b[..end]);
        }
        None => {
            let mut end = b.len();
            loop {
                while end > 0 && is_space(b[end - 1]) {
                    end -= 1;
                }
                if end == 0 {
                    break;
                }
                if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                    let mut start = 0;
                    while start < end && is_space(b[start]) {
                        start += 1;
                    }
                    parts.push(&b[start..end]);
                    break;
                }
                let stop = end;
                while end > 0 && !is_space(b[end - 1]) {
                    end -= 1;
                }
                parts.push(&b[end..stop]);
            }
        }
    }
    parts.reverse();
    part_list(vm, vm.unwrap_builtin(args[0]), &parts)
}

pub fn bytes_join(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let sep = this(vm, args, "join")?;
    arity(vm, "join", &args[1..], 1, 1)?;
    let items = vm.collect_iterable(args[1])?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(d) = vm.bytes_data(*x) else {
            return Err(vm.raise_type_error(alloc::format!(
                "sequence item {}: expected a bytes-like object, {} found",
                i,
                vm.type_name_of(*x)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&d);
    }
    vm.new_bytes_as(vm.unwrap_builtin(args[0]), &out)
}

pub fn bytes_replace(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this(vm, args, "replace")?;
    arity(vm, "replace", &args[1..], 2, 3)?;
    let old = bytes_arg(vm, args[1])?;
    let new = bytes_arg(vm, args[2])?;
    let mut count = match args.get(3) {
        Some(v) => int_arg(vm, *v, "")?,
        None => -1,
    };
    let mut out = Vec::new();
    let mut i = 0;
    if old.is_empty() {
        // An empty pattern matches between every byte.
        for (k, c) in b.iter().enumerate() {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(*c);
            i = k + 1;
        }
        if count != 0 {
            out.extend_from_slice(&new);
        }
        let _ = i;
        return vm.new_bytes_as(vm.unwrap_builtin(args[0]), &out);
    }
    while count != 0 {
        match find_bytes(&b, &old, i) {
            Some(p) => {
                out.extend_from_slice(&b[i..p]);
                out.extend_from_slice(&new);
                i = p + old.len();
                count -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&b[i..]);
    vm.new_bytes_as(vm.unwrap_builtin(args[0]), &out)
}

fn strip_impl(vm: &mut Vm, args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    arity(vm, name, &args[1..], 0, 1)?;
    let chars: Option<Vec<u8>> = match args.get(1) {
        None | Some(&Value::NONE) => None,
        Some(v) => Some(bytes_arg(vm, *v)?),
    };
    let strip = |c: u8| match &chars {
        Some(cs) => cs.contains(&c),
        None => is_space(c),
    };
    let (mut s, mut e) = (0, b.len());
    if left {
        while s < e && strip(b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(b[e - 1]) {
            e -= 1;
        }
    }
    vm.new_bytes_as(vm.unwrap_builtin(args[0]), &b[s..e])
}

pub fn bytes_strip(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

pub fn bytes_lstrip(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

pub fn bytes_rstrip(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn map_bytes(vm: &mut Vm, args: &[Value], name: &str, f: fn(u8) -> u8) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    arity(vm, name, &args[1..], 0, 0)?;
    let out: Vec<u8> = b.iter().map(|c| f(*c)).collect();
    vm.new_bytes_as(vm.unwrap_builtin(args[0]), &out)
}

pub fn bytes_upper(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    map_bytes(vm, args, "upper", |c| c.to_ascii_uppercase())
}

pub fn bytes_lower(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    map_bytes(vm, args, "lower", |c| c.to_ascii_lowercase())
}

fn test_bytes(vm: &mut Vm, args: &[Value], name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    Ok(Value::bool(!b.is_empty() && f(&b)))
}

pub fn bytes_isdigit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    test_bytes(vm, args, "isdigit", |b| b.iter().all(u8::is_ascii_digit))
}

pub fn bytes_isalpha(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    test_bytes(vm, args, "isalpha", |b| b.iter().all(u8::is_ascii_alphabetic))
}

pub fn bytes_isalnum(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    test_bytes(vm, args, "isalnum", |b| b.iter().all(u8::is_ascii_alphanumeric))
}

pub fn bytes_isspace(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    test_bytes(vm, args, "isspace", |b| b.iter().all(|c| is_space(*c)))
}

pub fn bytes_isupper(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    test_bytes(vm, args, "isupper", |b| b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase))
}

pub fn bytes_islower(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    test_bytes(vm, args, "islower", |b| b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase))
}

pub fn bytes_partition(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this(vm, args, "partition")?;
    arity(vm, "partition", &args[1..], 1, 1)?;
    let sep = bytes_arg(vm, args[1])?;
    if sep.is_empty() {
        return Err(vm.raise_msg(B::ValueError, "empty separator"));
    }
    let parts: [&[u8]; 3] = match find_bytes(&b, &sep, 0) {
        Some(p) => [&b[..p], &sep, &b[p + sep.len()..]],
        None => [&b, b"", b""],
    };
    let list = part_list(vm, vm.unwrap_builtin(args[0]), &parts)?;
    let items = vm.seq_to_vec(list);
    vm.new_tuple(&items)
}
