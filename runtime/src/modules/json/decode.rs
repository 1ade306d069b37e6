//! `json.loads`: an iterative parser (nesting costs heap, not machine
//! stack) with CPython's error messages and positions (in characters).

use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::B;
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// An open container and where it sits on `vm.roots` (a dict's key being parsed is
/// the root after it).
enum Open {
    List(Value, usize),
    Dict(Value, usize),
}

struct Parser<'a> {
    s: &'a [u8],
    pos: usize,
    strict: bool,
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }
    fn skip_ws(&mut self) {
        while self.peek().is_some_and(is_ws) {
            self.pos += 1;
        }
    }
    fn starts_with(&self, lit: &[u8]) -> bool {
        self.s.get(self.pos..self.pos + lit.len()) == Some(lit)
    }
}

/// Raise `json.JSONDecodeError(msg, doc, pos)` with CPython's message and attributes.
fn error(vm: &mut Vm, p: &Parser, msg: &str, at: usize) -> Raised {
    let before = p.s.get(..at).unwrap_or(p.s);
    // Positions count characters, not bytes.
    let pos = before.iter().filter(|b| (**b & 0xc0) != 0x80).count();
    let lineno = before.iter().filter(|b| **b == b'\n').count() + 1;
    let colno = match before.iter().rposition(|b| *b == b'\n') {
        Some(nl) => before[nl + 1..].iter().filter(|b| (**b & 0xc0) != 0x80).count() + 1,
        None => pos + 1,
    };
    let text = alloc::format!("{msg}: line {lineno} column {colno} (char {pos})");
    let class = vm.native_module("json").ok().and_then(|m| vm.module_get(m, "JSONDecodeError"));
    let Some(class) = class else { return vm.raise_msg(B::ValueError, &text) };
    let r = (|| {
        let t = vm.new_str(text.as_bytes())?;
        let e = vm.call(class, &[t])?;
        let r = vm.rooted(&[e], |vm| {
            let m = vm.new_str(msg.as_bytes())?;
            vm.set_attr_str(e, "msg", m)?;
            let doc = vm.new_str(p.s)?;
            vm.set_attr_str(e, "doc", doc)?;
            vm.set_attr_str(e, "pos", Value::small(pos as i32))?;
            vm.set_attr_str(e, "lineno", Value::small(lineno as i32))?;
            vm.set_attr_str(e, "colno", Value::small(colno as i32))
        });
        r.map(|_| e)
    })();
    match r {
        Ok(e) => {
            vm.exc = e;
            Raised
        }
        Err(e) => e,
    }
}

pub(super) fn decode(vm: &mut Vm, s: &[u8], hook: Option<Value>, strict: bool) -> PyResult<Value> {
    // A UTF-8 byte order mark is refused as CPython refuses it in str input.
    let mut p = Parser { s, pos: 0, strict };
    if p.starts_with("\u{feff}".as_bytes()) {
        return Err(error(vm, &p, "Unexpected UTF-8 BOM (decode using utf-8-sig)", 0));
    }
    let v = vm.rooted(&[], |vm| parse(vm, &mut p, hook))?;
    p.skip_ws();
    if p.pos != p.s.len() {
        return Err(error(vm, &p, "Extra data", p.pos));
    }
    Ok(v)
}

/// Parse one document inside `decode`'s rooted scope: open containers (and a dict's current
/// key) sit on `vm.roots` above the scope's start, which doubles as the parser's stack.
fn parse(vm: &mut Vm, p: &mut Parser, hook: Option<Value>) -> PyResult<Value> {
    let mut stack: Vec<Open> = Vec::new();
    'value: loop {
        p.skip_ws();
        let mut v = match p.peek() {
            Some(b'{') => {
                p.pos += 1;
                let d = vm.new_dict()?;
                let at = vm.roots.len();
                vm.roots.push(d);
                p.skip_ws();
                if p.peek() == Some(b'}') {
                    p.pos += 1;
                    vm.roots.truncate(at);
                    finish_dict(vm, d, hook)?
                } else {
                    let k = key(vm, p)?;
                    vm.roots.push(k);
                    stack.push(Open::Dict(d, at));
                    continue 'value;
                }
            }
            Some(b'[') => {
                p.pos += 1;
                let l = vm.new_list(&[])?;
                p.skip_ws();
                if p.peek() == Some(b']') {
                    p.pos += 1;
                    l
                } else {
                    stack.push(Open::List(l, vm.roots.len()));
                    vm.roots.push(l);
                    continue 'value;
                }
            }
            Some(b'"') => string(vm, p)?,
            _ => scalar(vm, p)?,
        };
        // Attach the value to the innermost open container (which roots it); close
        // containers that end.
        loop {
            match stack.last() {
                None => return Ok(v),
                Some(&Open::List(l, at)) => {
                    vm.list_push(l, v)?;
                    p.skip_ws();
                    match p.peek() {
                        Some(b',') => {
                            p.pos += 1;
                            continue 'value;
                        }
                        Some(b']') => {
                            p.pos += 1;
                            stack.pop();
                            vm.roots.truncate(at);
                            v = l;
                        }
                        _ => return Err(error(vm, p, "Expecting ',' delimiter", p.pos)),
                    }
                }
                Some(&Open::Dict(d, at)) => {
                    let k = vm.roots.get(at + 1).copied().unwrap_or(Value::NONE);
                    vm.dict_set(d, k, v)?;
                    p.skip_ws();
                    match p.peek() {
                        Some(b',') => {
                            p.pos += 1;
                            p.skip_ws();
                            let k = key(vm, p)?;
                            if let Some(slot) = vm.roots.get_mut(at + 1) {
                                *slot = k;
                            }
                            continue 'value;
                        }
                        Some(b'}') => {
                            p.pos += 1;
                            stack.pop();
                            vm.roots.truncate(at);
                            // The dict is an argument of the hook call, rooted there.
                            v = finish_dict(vm, d, hook)?;
                        }
                        _ => return Err(error(vm, p, "Expecting ',' delimiter", p.pos)),
                    }
                }
            }
        }
    }
}

fn finish_dict(vm: &mut Vm, d: Value, hook: Option<Value>) -> PyResult<Value> {
    match hook {
        Some(h) => vm.call(h, &[d]),
        None => Ok(d),
    }
}

/// A dict key and its `:` (at a `"`, after whitespace).
fn key(vm: &mut Vm, p: &mut Parser) -> PyResult<Value> {
    if p.peek() != Some(b'"') {
        return Err(error(vm, p, "Expecting property name enclosed in double quotes", p.pos));
    }
    let k = string(vm, p)?;
    p.skip_ws();
    if p.peek() != Some(b':') {
        return Err(error(vm, p, "Expecting ':' delimiter", p.pos));
    }
    p.pos += 1;
    Ok(k)
}

fn hex4(s: &[u8]) -> Option<u32> {
    if s.len() != 4 || s.iter().any(|b| matches!(b, b'x' | b'X')) {
        return None;
    }
    let t = core::str::from_utf8(s).ok()?;
    u32::from_str_radix(t, 16).ok()
}

/// A string literal at `"`.
fn string(vm: &mut Vm, p: &mut Parser) -> PyResult<Value> {
    let begin = p.pos;
    p.pos += 1;
    let mut out: Vec<u8> = Vec::new();
    loop {
        let Some(c) = p.peek() else {
            return Err(error(vm, p, "Unterminated string starting at", begin));
        };
        match c {
            b'"' => {
                p.pos += 1;
                break;
            }
            b'\\' => {
                let at = p.pos;
                let Some(e) = p.s.get(at + 1).copied() else {
                    return Err(error(vm, p, "Unterminated string starting at", begin));
                };
                let simple = match e {
                    b'"' => Some('"'),
                    b'\\' => Some('\\'),
                    b'/' => Some('/'),
                    b'b' => Some('\u{8}'),
                    b'f' => Some('\u{c}'),
                    b'n' => Some('\n'),
                    b'r' => Some('\r'),
                    b't' => Some('\t'),
                    b'u' => None,
                    _ => return Err(error(vm, p, "Invalid \\escape", at)),
                };
                let ch = match simple {
                    Some(ch) => {
                        p.pos = at + 2;
                        ch
                    }
                    None => {
                        let Some(mut u) = p.s.get(at + 2..at + 6).and_then(hex4) else {
                            return Err(error(vm, p, "Invalid \\uXXXX escape", at + 1));
                        };
                        p.pos = at + 6;
                        if (0xd800..0xdc00).contains(&u) && p.starts_with(b"\\u") {
                            if let Some(lo) = p.s.get(p.pos + 2..p.pos + 6).and_then(hex4) {
                                if (0xdc00..0xe000).contains(&lo) {
                                    u = 0x10000 + ((u - 0xd800) << 10 | (lo - 0xdc00));
                                    p.pos += 6;
                                }
                            }
                        }
                        // A lone surrogate cannot be held in UTF-8: it becomes U+FFFD.
                        char::from_u32(u).unwrap_or('\u{fffd}')
                    }
                };
                let mut buf = [0u8; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
            c if c < 0x20 && p.strict => {
                return Err(error(vm, p, "Invalid control character at", p.pos));
            }
            c => {
                out.push(c);
                p.pos += 1;
            }
        }
    }
    // Input bytes may not be UTF-8 (bytes documents): keep what decodes.
    let text = String::from_utf8_lossy(&out);
    vm.new_str(text.as_bytes())
}

/// A number, `true`, `false`, `null`, `NaN`, `Infinity` or `-Infinity`.
fn scalar(vm: &mut Vm, p: &mut Parser) -> PyResult<Value> {
    for (lit, v) in [(&b"null"[..], Value::NONE), (b"true", Value::TRUE), (b"false", Value::FALSE)] {
        if p.starts_with(lit) {
            p.pos += lit.len();
            return Ok(v);
        }
    }
    for (lit, f) in [(&b"NaN"[..], f64::NAN), (b"Infinity", f64::INFINITY), (b"-Infinity", f64::NEG_INFINITY)] {
        if p.starts_with(lit) {
            p.pos += lit.len();
            return vm.new_float(f);
        }
    }
    let start = p.pos;
    let s = p.s;
    let mut i = start;
    if s.get(i) == Some(&b'-') {
        i += 1;
    }
    let digits = |i: usize| s[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    match s.get(i) {
        Some(b'0') => i += 1,
        Some(b'1'..=b'9') => i += digits(i),
        _ => return Err(error(vm, p, "Expecting value", start)),
    }
    let mut is_float = false;
    if s.get(i) == Some(&b'.') && s.get(i + 1).is_some_and(|b| b.is_ascii_digit()) {
        i += 1 + digits(i + 1);
        is_float = true;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if s.get(j).is_some_and(|b| b.is_ascii_digit()) {
            i = j + digits(j);
            is_float = true;
        }
    }
    p.pos = i;
    let text = core::str::from_utf8(&s[start..i]).unwrap_or("0");
    if is_float {
        return vm.new_float(text.parse::<f64>().unwrap_or(f64::NAN));
    }
    match text.parse::<i64>() {
        Ok(n) => vm.new_int(n),
        // Beyond 64 bits: what int() makes of the digits.
        Err(_) => {
            let t = vm.new_str(text.as_bytes())?;
            vm.call(B::Int.value(), &[t])
        }
    }
}
