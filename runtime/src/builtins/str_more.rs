//! More `str` methods: case folding, tabs, character classes, prefixes,
//! line splitting, translation.
// Without the `str_more` feature the method table leaves these methods out (methods.rs).
#![cfg_attr(not(feature = "str_more"), allow(dead_code, unused_imports))]

use alloc::string::String;
use alloc::vec::Vec;

use super::funcs::{arity, int_arg, kwarg, only_kwargs};
use super::str_methods::{str_arg, str_list, test_chars, this};
use super::B;
use crate::obj::Kind;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Vm};

/// Unicode decimal digits (category Nd) of the common scripts.
pub(crate) fn is_decimal(c: char) -> bool {
    let n = c as u32;
    c.is_ascii_digit()
        || [0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xff10]
            .iter()
            .any(|b| (*b..*b + 10).contains(&n))
}

/// Digits: decimals plus superscripts, subscripts and circled digits.
pub(crate) fn is_digit(c: char) -> bool {
    let n = c as u32;
    is_decimal(c)
        || matches!(n, 0xb2 | 0xb3 | 0xb9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x24ea)
}

pub fn str_casefold(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "casefold")?;
    let out: String = s
        .chars()
        .flat_map(|c| if c == 'ß' { "ss".chars().collect::<Vec<_>>() } else { c.to_lowercase().collect() })
        .collect();
    vm.str_value(&out)
}

pub fn str_expandtabs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs(vm, "expandtabs", kw, &["tabsize"])?;
    let s = this(vm, args, "expandtabs")?;
    arity(vm, "expandtabs", &args[1..], 0, 1)?;
    let size = match args.get(1).copied().or_else(|| kwarg(vm, kw, "tabsize")) {
        Some(v) => int_arg(vm, v, "")?,
        None => 8,
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    if n as usize + out.len() > vm.heap.total_bytes() {
                        return Err(vm.raise_empty(B::MemoryError));
                    }
                    out.extend(core::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    vm.str_value(&out)
}

pub fn str_isdecimal(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    test_chars(vm, args, "isdecimal", |s| !s.is_empty() && s.chars().all(is_decimal))
}

pub fn str_isnumeric(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    test_chars(vm, args, "isnumeric", |s| !s.is_empty() && s.chars().all(|c| c.is_numeric() || is_digit(c)))
}

pub fn str_isidentifier(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    test_chars(vm, args, "isidentifier", |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(c) if c == '_' || c.is_alphabetic() => cs.all(|c| c == '_' || c.is_alphanumeric()),
            _ => false,
        }
    })
}

pub fn str_isprintable(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    test_chars(vm, args, "isprintable", |s| s.chars().all(crate::vm::is_printable))
}

pub fn str_istitle(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    test_chars(vm, args, "istitle", |s| {
        let mut prev_cased = false;
        let mut any = false;
        for c in s.chars() {
            if c.is_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

pub fn str_isascii(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    test_chars(vm, args, "isascii", |s| s.is_ascii())
}

fn affix(vm: &mut Vm, args: &[Value], name: &str, suffix: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    arity(vm, name, &args[1..], 1, 1)?;
    let a = str_arg(vm, args[1], &alloc::format!("{}() argument", name))?;
    let out = if suffix { s.strip_suffix(a.as_str()) } else { s.strip_prefix(a.as_str()) };
    match out {
        Some(t) if !a.is_empty() => vm.str_value(t),
        _ => Ok(vm.unwrap_builtin(args[0])),
    }
}

pub fn str_removeprefix(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    affix(vm, args, "removeprefix", false)
}

pub fn str_removesuffix(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    affix(vm, args, "removesuffix", true)
}

/// Line boundaries as `str.splitlines` knows them.
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

pub fn str_splitlines(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs(vm, "splitlines", kw, &["keepends"])?;
    let s = this(vm, args, "splitlines")?;
    arity(vm, "splitlines", &args[1..], 0, 1)?;
    let keep = match args.get(1).copied().or_else(|| kwarg(vm, kw, "keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut parts: Vec<&str> = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(j, '\n')) = it.peek() {
                it.next();
                end = j + 1;
            }
        }
        parts.push(if keep { &s[start..end] } else { &s[start..i] });
        start = end;
    }
    if start < s.len() {
        parts.push(&s[start..]);
    }
    str_list(vm, &parts)
}

pub fn str_maketrans(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity(vm, "maketrans", args, 1, 3)?;
    let d = vm.new_dict()?;
    vm.rooted(&[d], |vm| {
        if args.len() == 1 {
            let src = args[0];
            if !vm.is_kind(src, Kind::Dict) {
                return Err(vm.raise_msg(B::TypeError, "if you give only one argument to maketrans it must be a dict"));
            }
            for i in 0..vm.dict_used(src) {
                let Some((k, v)) = vm.dict_entry(src, i) else { continue };
                let key = if vm.is_str(k) {
                    let mut cs = vm.str_text(k).chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::small(c as i32),
                        _ => {
                            return Err(
                                vm.raise_msg(B::ValueError, "string keys in translate table must be of length 1")
                            )
                        }
                    }
                } else if vm.int_value(k).is_some() {
                    k
                } else {
                    return Err(vm.raise_msg(B::TypeError, "keys in translate table must be strings or integers"));
                };
                vm.dict_set(d, key, v)?;
            }
            return Ok(d);
        }
        let from = str_arg(vm, args[0], "maketrans() argument 1")?;
        let to = str_arg(vm, args[1], "maketrans() argument 2")?;
        if from.chars().count() != to.chars().count() {
            return Err(vm.raise_msg(B::ValueError, "the first two maketrans arguments must have equal length"));
        }
        for (a, b) in from.chars().zip(to.chars()) {
            vm.dict_set(d, Value::small(a as i32), Value::small(b as i32))?;
        }
        if let Some(z) = args.get(2) {
            let gone = str_arg(vm, *z, "maketrans() argument 3")?;
            for c in gone.chars() {
                vm.dict_set(d, Value::small(c as i32), Value::NONE)?;
            }
        }
        Ok(d)
    })
}

pub fn str_translate(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "translate")?;
    arity(vm, "translate", &args[1..], 1, 1)?;
    let table = args[1];
    let mut out = String::new();
    for c in s.chars() {
        let r = match vm.get_item(table, Value::small(c as i32)) {
            Ok(v) => Some(v),
            Err(e) => {
                if vm.exception_matches(vm.exc, B::LookupError.value()) {
                    vm.exc = Value::NULL;
                    None
                } else {
                    return Err(e);
                }
            }
        };
        match r {
            None => out.push(c),
            Some(Value::NONE) => {}
            Some(v) if vm.is_str(v) => out.push_str(vm.str_text(v)),
            Some(v) => match vm.int_value(v).and_then(|i| u32::try_from(i).ok()).and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => return Err(vm.raise_msg(B::TypeError, "character mapping must return integer, None or str")),
            },
        }
    }
    vm.str_value(&out)
}
