//! Methods of `str` (and `bytes.decode`).

use alloc::string::String;
use alloc::vec::Vec;

use super::funcs::{arity, int_arg, kwarg, only_kwargs};
use super::B;
use crate::value::Value;
use crate::vm::{find_bytes, Kw, Names, PyResult, Vm};

/// The receiver's text, or a TypeError for a non-str receiver.
pub(crate) fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<String> {
    match args.first().map(|s| vm.unwrap_builtin(*s)) {
        Some(s) if vm.is_str(s) => Ok(String::from(vm.str_text(s))),
        Some(s) => Err(vm.raise_type_error(alloc::format!(
            "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
            name,
            vm.type_name_of(s)
        ))),
        None => Err(vm.raise_type_error(alloc::format!("descriptor '{}' of 'str' object needs an argument", name))),
    }
}

pub(crate) fn str_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    if vm.is_str(v) {
        return Ok(String::from(vm.str_text(v)));
    }
    Err(vm.raise_type_error(alloc::format!("{} must be str, not {}", what, vm.type_name_of(v))))
}

fn map_text(vm: &mut Vm, args: &[Value], name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    arity(vm, name, &args[1..], 0, 0)?;
    vm.str_value(&f(&s))
}

pub fn str_upper(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    map_text(vm, args, "upper", |s| s.to_uppercase())
}

pub fn str_lower(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    map_text(vm, args, "lower", |s| s.to_lowercase())
}

pub fn str_swapcase(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    map_text(vm, args, "swapcase", |s| {
        s.chars()
            .flat_map(|c| {
                let v: Vec<char> =
                    if c.is_uppercase() { c.to_lowercase().collect() } else { c.to_uppercase().collect() };
                v
            })
            .collect()
    })
}

pub fn str_capitalize(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    map_text(vm, args, "capitalize", |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(c) => c.to_uppercase().chain(cs.flat_map(|c| c.to_lowercase())).collect(),
            None => String::new(),
        }
    })
}

pub fn str_title(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    map_text(vm, args, "title", |s| {
        let mut out = String::new();
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_cased = c.is_alphabetic();
        }
        out
    })
}

/// Build a list of str values from Rust strings.
pub(crate) fn str_list(vm: &mut Vm, parts: &[&str]) -> PyResult<Value> {
    let list = vm.new_list(&[])?;
    vm.rooted(&[list], |vm| {
        for p in parts {
            let s = vm.str_value(p)?;
            vm.list_push(list, s)?;
        }
        Ok(list)
    })
}

fn split_args(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<(String, Option<String>, i64)> {
    only_kwargs(vm, name, kw, &["sep", "maxsplit"])?;
    let s = this(vm, args, name)?;
    arity(vm, name, &args[1..], 0, 2)?;
    let sep = match args.get(1).copied().or_else(|| kwarg(vm, kw, "sep")) {
        None | Some(Value::NONE) => None,
        Some(v) => {
            let t = str_arg(vm, v, "must be str or None")?;
            if t.is_empty() {
                return Err(vm.raise_msg(B::ValueError, "empty separator"));
            }
            Some(t)
        }
    };
    let maxsplit = match args.get(2).copied().or_else(|| kwarg(vm, kw, "maxsplit")) {
        None => -1,
        Some(v) => int_arg(vm, v, "")?,
    };
    Ok((s, sep, maxsplit))
}

pub fn str_split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, sep, maxsplit) = split_args(vm, args, kw, "split")?;
    let parts: Vec<&str> = match (&sep, maxsplit) {
        (Some(sep), m) if m < 0 => s.split(sep.as_str()).collect(),
        (Some(sep), m) => s.splitn(m as usize + 1, sep.as_str()).collect(),
        (None, m) => {
            let mut out = Vec::new();
            let mut rest = s.trim_start();
            while !rest.is_empty() {
                if m >= 0 && out.len() as i64 == m {
                    out.push(rest);
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(&rest[..end]);
                rest = rest[end..].trim_start();
            }
            out
        }
    };
    str_list(vm, &parts)
}

pub fn str_rsplit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, sep, maxsplit) = split_args(vm, args, kw, "rsplit")?;
    let mut parts: Vec<&str> = match (&sep, maxsplit) {
        (Some(sep), m) if m < 0 => s.rsplit(sep.as_str()).collect(),
        (Some(sep), m) => s.rsplitn(m as usize + 1, sep.as_str()).collect(),
        (None, m) => {
            let mut out = Vec::new();
            let mut rest = s.trim_end();
            while !rest.is_empty() {
                if m >= 0 && out.len() as i64 == m {
                    out.push(rest);
                    break;
                }
                let start = rest
                    .rfind(char::is_whitespace)
                    .map(|i| i + rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1))
                    .unwrap_or(0);
                out.push(&rest[start..]);
                rest = rest[..start].trim_end();
            }
            out
        }
    };
    parts.reverse();
    str_list(vm, &parts)
}

pub fn str_join(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let sep = this(vm, args, "join")?;
    arity(vm, "join", &args[1..], 1, 1)?;
    let items = vm.collect_iterable(args[1])?;
    let mut out: Vec<u8> = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let x = vm.unwrap_builtin(*x);
        if !vm.is_str(x) {
            return Err(vm.raise_type_error(alloc::format!(
                "sequence item {}: expected str instance, {} found",
                i,
                vm.type_name_of(x)
            )));
        }
        if i > 0 {
            out.extend_from_slice(sep.as_bytes());
        }
        out.extend_from_slice(vm.str_bytes(x));
    }
    if items.len() == 1 {
        return Ok(vm.unwrap_builtin(items[0]));
    }
    vm.new_str(&out)
}

fn strip_impl(vm: &mut Vm, args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    arity(vm, name, &args[1..], 0, 1)?;
    let chars: Option<Vec<char>> = match args.get(1) {
        None | Some(&Value::NONE) => None,
        Some(v) => Some(str_arg(vm, *v, "strip arg")?.chars().collect()),
    };
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => c.is_whitespace(),
    };
    let mut t: &str = &s;
    if left {
        t = t.trim_start_matches(pred);
    }
    if right {
        t = t.trim_end_matches(pred);
    }
    if t.len() == s.len() {
        return Ok(vm.unwrap_builtin(args[0]));
    }
    vm.str_value(t)
}

pub fn str_strip(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

pub fn str_lstrip(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

pub fn str_rstrip(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

pub fn str_replace(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "replace")?;
    arity(vm, "replace", &args[1..], 2, 3)?;
    let old = str_arg(vm, args[1], "replace() argument 1")?;
    let new = str_arg(vm, args[2], "replace() argument 2")?;
    let count = match args.get(3) {
        Some(v) => int_arg(vm, *v, "")?,
        None => -1,
    };
    let out = if count < 0 { s.replace(&old, &new) } else { s.replacen(&old, &new, count as usize) };
    vm.str_value(&out)
}

/// Character offsets `start`/`end` (slice semantics) to byte offsets in `s`.
fn char_range(vm: &mut Vm, s: &str, args: &[Value]) -> PyResult<(usize, usize)> {
    let n = s.chars().count() as i64;
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
    let byte = |c: i64| s.char_indices().nth(c as usize).map(|(b, _)| b).unwrap_or(s.len());
    if start > end {
        return Ok((byte(start), byte(start).max(0)));
    }
    Ok((byte(start), byte(end)))
}

fn prefix_suffix(vm: &mut Vm, args: &[Value], name: &str, suffix: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    arity(vm, name, &args[1..], 1, 3)?;
    let (a, b) = char_range(vm, &s, &args[2..])?;
    let hay = if a <= b { &s[a..b] } else { "" };
    let pats: Vec<Value> =
        if vm.is_kind(args[1], crate::obj::Kind::Tuple) { vm.seq_to_vec(args[1]) } else { alloc::vec![args[1]] };
    for p in pats {
        if !vm.is_str(p) {
            return Err(vm.raise_type_error(alloc::format!(
                "{} first arg must be str or a tuple of str, not {}",
                name,
                vm.type_name_of(p)
            )));
        }
        let pt = vm.str_text(p);
        if (suffix && hay.ends_with(pt)) || (!suffix && hay.starts_with(pt)) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

pub fn str_startswith(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prefix_suffix(vm, args, "startswith", false)
}

pub fn str_endswith(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prefix_suffix(vm, args, "endswith", true)
}

/// find/rfind/index/rindex: a character index or -1.
fn find_impl(vm: &mut Vm, args: &[Value], name: &str, reverse: bool) -> PyResult<i64> {
    let s = this(vm, args, name)?;
    arity(vm, name, &args[1..], 1, 3)?;
    let sub = str_arg(vm, args[1], "must be str")?;
    // A start past the end finds nothing, not even the empty string.
    if let Some(start) = args.get(2).filter(|v| **v != Value::NONE) {
        let i = int_arg(vm, *start, "")?;
        if i > s.chars().count() as i64 {
            return Ok(-1);
        }
    }
    let (a, b) = char_range(vm, &s, &args[2..])?;
    if a > b || b - a < sub.len() {
        return Ok(if sub.is_empty() && a <= b { s[..a].chars().count() as i64 } else { -1 });
    }
    let hay = &s.as_bytes()[a..b];
    let found = if reverse {
        (0..=hay.len() - sub.len()).rev().find(|&i| &hay[i..i + sub.len()] == sub.as_bytes())
    } else {
        find_bytes(hay, sub.as_bytes(), 0)
    };
    Ok(match found {
        Some(i) => s[..a + i].chars().count() as i64,
        None => -1,
    })
}

pub fn str_find(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let i = find_impl(vm, args, "find", false)?;
    vm.new_int(i)
}

pub fn str_rfind(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let i = find_impl(vm, args, "rfind", true)?;
    vm.new_int(i)
}

pub fn str_index(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        -1 => Err(vm.raise_msg(B::ValueError, "substring not found")),
        i => vm.new_int(i),
    }
}

pub fn str_rindex(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        -1 => Err(vm.raise_msg(B::ValueError, "substring not found")),
        i => vm.new_int(i),
    }
}

pub fn str_count(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "count")?;
    arity(vm, "count", &args[1..], 1, 3)?;
    let sub = str_arg(vm, args[1], "must be str")?;
    let (a, b) = char_range(vm, &s, &args[2..])?;
    let hay = if a <= b { &s[a..b] } else { "" };
    let n = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(sub.as_str()).count() };
    vm.new_int(n as i64)
}

pub(crate) fn test_chars(vm: &mut Vm, args: &[Value], name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    Ok(Value::bool(f(&s)))
}

pub fn str_isdigit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    test_chars(vm, args, "isdigit", |s| !s.is_empty() && s.chars().all(super::str_more::is_digit))
}

pub fn str_isalpha(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    test_chars(vm, args, "isalpha", |s| !s.is_empty() && s.chars().all(char::is_alphabetic))
}

pub fn str_isalnum(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    test_chars(vm, args, "isalnum", |s| !s.is_empty() && s.chars().all(char::is_alphanumeric))
}

pub fn str_isspace(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    test_chars(vm, args, "isspace", |s| !s.is_empty() && s.chars().all(char::is_whitespace))
}

pub fn str_isupper(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    test_chars(vm, args, "isupper", |s| s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase))
}

pub fn str_islower(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    test_chars(vm, args, "islower", |s| s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase))
}

fn pad(vm: &mut Vm, args: &[Value], name: &str, align: char) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    arity(vm, name, &args[1..], 1, 2)?;
    let width = int_arg(vm, args[1], "")?.max(0) as usize;
    let fill = match args.get(2) {
        Some(v) => {
            let f = str_arg(vm, *v, "The fill character")?;
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return Err(vm.raise_msg(B::TypeError, "The fill character must be exactly one character long")),
            }
        }
        None => ' ',
    };
    let n = s.chars().count();
    if n >= width {
        return Ok(args[0]);
    }
    let total = width - n;
    let (left, right) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        // CPython centers with the extra space on the right when the string length is even... exactly:
        _ => {
            let left = total / 2 + (total & width & 1);
            (left, total - left)
        }
    };
    let mut out = String::new();
    out.extend(core::iter::repeat_n(fill, left));
    out.push_str(&s);
    out.extend(core::iter::repeat_n(fill, right));
    vm.str_value(&out)
}

pub fn str_center(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pad(vm, args, "center", '^')
}

pub fn str_ljust(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pad(vm, args, "ljust", '<')
}

pub fn str_rjust(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pad(vm, args, "rjust", '>')
}

pub fn str_zfill(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "zfill")?;
    arity(vm, "zfill", &args[1..], 1, 1)?;
    let width = int_arg(vm, args[1], "")?.max(0) as usize;
    let n = s.chars().count();
    if n >= width {
        return Ok(args[0]);
    }
    let (sign, digits) = match s.as_bytes().first() {
        Some(b'+') | Some(b'-') => s.split_at(1),
        _ => ("", s.as_str()),
    };
    let mut out = String::from(sign);
    out.extend(core::iter::repeat_n('0', width - n));
    out.push_str(digits);
    vm.str_value(&out)
}

fn partition_impl(vm: &mut Vm, args: &[Value], name: &str, reverse: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    arity(vm, name, &args[1..], 1, 1)?;
    let sep = str_arg(vm, args[1], "must be str")?;
    if sep.is_empty() {
        return Err(vm.raise_msg(B::ValueError, "empty separator"));
    }
    let found = if reverse { s.rfind(&sep) } else { s.find(&sep) };
    let parts: [&str; 3] = match found {
        Some(i) => [&s[..i], &sep, &s[i + sep.len()..]],
        None if reverse => ["", "", &s],
        None => [&s, "", ""],
    };
    let mut vals = [Value::NULL; 3];
    vm.rooted(&[], |vm| {
        for (i, p) in parts.iter().enumerate() {
            vals[i] = vm.str_value(p)?;
            vm.root(vals[i]);
        }
        vm.new_tuple(&vals)
    })
}

pub fn str_partition(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

pub fn str_rpartition(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

/// `str.format`: `{}`, `{0}`, `{name}`, `{0[1].x}`, conversions and nested format specs.
pub fn str_format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "format")?;
    vm.str_format(&s, &args[1..], Names::Kw(kw))
}

pub fn str_format_map(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "format_map")?;
    arity(vm, "format_map", &args[1..], 1, 1)?;
    vm.str_format(&s, &[], Names::Map(args[1]))
}
