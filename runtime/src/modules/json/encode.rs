//! `json.dumps`: CPython's encoder, written into one Rust string.

use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::B;
use crate::obj::Kind;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Vm};

/// Nesting deeper than this raises RecursionError (the encoder recurses on the machine stack).
const MAX_DEPTH: usize = 200;

struct Encoder {
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
    check_circular: bool,
    default: Value,
    /// Containers being encoded (for the circular-reference check).
    active: Vec<Value>,
    out: String,
}

fn flag(vm: &mut Vm, kw: Kw, name: &str, default: bool) -> PyResult<bool> {
    match super::kwarg(vm, kw, name) {
        Some(v) => vm.truthy(v),
        None => Ok(default),
    }
}

fn text_of(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    if vm.is_str(v) {
        return Ok(String::from(vm.str_text(v)));
    }
    let msg = alloc::format!("{what} must be str, not {}", vm.type_name_of(v));
    Err(vm.raise_msg(B::TypeError, &msg))
}

pub(super) fn encode(vm: &mut Vm, obj: Value, kw: Kw) -> PyResult<String> {
    let indent = match super::kwarg(vm, kw, "indent") {
        None | Some(Value::NONE) => None,
        Some(v) if vm.is_str(v) => Some(String::from(vm.str_text(v))),
        Some(v) => match vm.int_value(v) {
            Some(n) => Some(" ".repeat(n.clamp(0, 1 << 16) as usize)),
            None => {
                let msg = alloc::format!("can't multiply sequence by non-int of type '{}'", vm.type_name_of(v));
                return Err(vm.raise_msg(B::TypeError, &msg));
            }
        },
    };
    let (item_sep, key_sep) = match super::kwarg(vm, kw, "separators") {
        None | Some(Value::NONE) => (String::from(if indent.is_some() { "," } else { ", " }), String::from(": ")),
        Some(s) => {
            let parts = vm.collect_iterable(s)?;
            if parts.len() != 2 {
                let msg = alloc::format!("expected 2 separators, got {}", parts.len());
                return Err(vm.raise_msg(B::ValueError, &msg));
            }
            (text_of(vm, parts[0], "item_separator")?, text_of(vm, parts[1], "key_separator")?)
        }
    };
    let mut e = Encoder {
        indent,
        item_sep,
        key_sep,
        sort_keys: flag(vm, kw, "sort_keys", false)?,
        skipkeys: flag(vm, kw, "skipkeys", false)?,
        ensure_ascii: flag(vm, kw, "ensure_ascii", true)?,
        allow_nan: flag(vm, kw, "allow_nan", true)?,
        check_circular: flag(vm, kw, "check_circular", true)?,
        default: super::kwarg(vm, kw, "default").unwrap_or(Value::NONE),
        active: Vec::new(),
        out: String::new(),
    };
    let r = vm.rooted(&[obj], |vm| e.value(vm, obj, 0));
    r.map(|_| e.out)
}

/// A JSON string literal for `s`.
fn quote(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ensure_ascii && c as u32 > 0x7e) => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&alloc::format!("\\u{:04x}", unit));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Encoder {
    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    fn float(&mut self, vm: &mut Vm, f: f64) -> PyResult<()> {
        if f.is_finite() {
            let mut s = String::new();
            crate::vm::write_float_repr(&mut s, f);
            self.out.push_str(&s);
            return Ok(());
        }
        let text = if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        };
        if !self.allow_nan {
            return Err(vm.raise_msg(B::ValueError, "Out of range float values are not JSON compliant"));
        }
        self.out.push_str(text);
        Ok(())
    }

    /// An int as decimal text (big ints through `repr`).
    fn int(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        match vm.int_value(v) {
            Some(i) => self.out.push_str(&alloc::format!("{i}")),
            None => {
                let r = vm.repr_of(v)?;
                self.out.push_str(vm.str_text(r));
            }
        }
        Ok(())
    }

    fn value(&mut self, vm: &mut Vm, v: Value, level: usize) -> PyResult<()> {
        // An instance of a subclass of a builtin type is encoded as its builtin value.
        let v = vm.unwrap_builtin(v);
        match v {
            Value::NONE => self.out.push_str("null"),
            Value::TRUE => self.out.push_str("true"),
            Value::FALSE => self.out.push_str("false"),
            _ if vm.is_str(v) => quote(&mut self.out, vm.str_text(v), self.ensure_ascii),
            _ if vm.isinstance(v, B::Int.value()) && !vm.is_instance_obj(v) => self.int(vm, v)?,
            _ if vm.float_value(v).is_some() => self.float(vm, vm.float_value(v).unwrap_or(0.0))?,
            _ if vm.is_kind(v, Kind::List) || vm.is_kind(v, Kind::Tuple) => {
                self.enter(vm, v, level)?;
                let r = self.array(vm, v, level);
                self.active.pop();
                r?
            }
            _ if vm.is_kind(v, Kind::Dict) => {
                self.enter(vm, v, level)?;
                let r = self.object(vm, v, level);
                self.active.pop();
                r?
            }
            _ => {
                if self.default == Value::NONE {
                    let msg = alloc::format!("Object of type {} is not JSON serializable", vm.type_name_of(v));
                    return Err(vm.raise_msg(B::TypeError, &msg));
                }
                self.enter(vm, v, level)?;
                let r = vm.call(self.default, &[v]).and_then(|x| vm.rooted(&[x], |vm| self.value(vm, x, level)));
                self.active.pop();
                r?
            }
        }
        Ok(())
    }

    /// Note `v` as being encoded: a second visit is a cycle; too deep is a RecursionError.
    fn enter(&mut self, vm: &mut Vm, v: Value, level: usize) -> PyResult<()> {
        if self.check_circular && self.active.contains(&v) {
            return Err(vm.raise_msg(B::ValueError, "Circular reference detected"));
        }
        if self.active.len() >= MAX_DEPTH || level >= MAX_DEPTH {
            return Err(
                vm.raise_msg(B::RecursionError, "maximum recursion depth exceeded while encoding a JSON object")
            );
        }
        self.active.push(v);
        Ok(())
    }

    fn array(&mut self, vm: &mut Vm, v: Value, level: usize) -> PyResult<()> {
        let n = vm.seq_len(v);
        if n == 0 {
            self.out.push_str("[]");
            return Ok(());
        }
        self.out.push('[');
        self.newline(level + 1);
        let mut i = 0;
        // The list may change under a `default` call: read it afresh each time.
        while i < vm.seq_len(v) {
            if i > 0 {
                let sep = self.item_sep.clone();
                self.out.push_str(&sep);
                self.newline(level + 1);
            }
            let x = vm.seq_item(v, i);
            self.value(vm, x, level + 1)?;
            i += 1;
        }
        self.newline(level);
        self.out.push(']');
        Ok(())
    }

    /// A dict key as JSON text, or `None` to skip it (`skipkeys`).
    fn key(&mut self, vm: &mut Vm, k: Value) -> PyResult<Option<String>> {
        let k = vm.unwrap_builtin(k);
        if vm.is_str(k) {
            return Ok(Some(String::from(vm.str_text(k))));
        }
        let mut s = String::new();
        match k {
            Value::TRUE => s.push_str("true"),
            Value::FALSE => s.push_str("false"),
            Value::NONE => s.push_str("null"),
            _ if vm.float_value(k).is_some() => {
                let saved = core::mem::take(&mut self.out);
                let r = self.float(vm, vm.float_value(k).unwrap_or(0.0));
                s = core::mem::replace(&mut self.out, saved);
                r?;
            }
            _ if vm.isinstance(k, B::Int.value()) => {
                let saved = core::mem::take(&mut self.out);
                let r = self.int(vm, k);
                s = core::mem::replace(&mut self.out, saved);
                r?;
            }
            _ if self.skipkeys => return Ok(None),
            _ => {
                let msg = alloc::format!("keys must be str, int, float, bool or None, not {}", vm.type_name_of(k));
                return Err(vm.raise_msg(B::TypeError, &msg));
            }
        }
        Ok(Some(s))
    }

    fn object(&mut self, vm: &mut Vm, d: Value, level: usize) -> PyResult<()> {
        if vm.dict_len(d) == 0 {
            self.out.push_str("{}");
            return Ok(());
        }
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        for i in 0..vm.dict_used(d) {
            if let Some(p) = vm.dict_entry(d, i) {
                pairs.push(p);
            }
        }
        vm.rooted(&[], |vm| {
            for (k, x) in &pairs {
                vm.root(*k);
                vm.root(*x);
            }
            self.object_items(vm, &mut pairs, level)
        })
    }

    fn object_items(&mut self, vm: &mut Vm, pairs: &mut Vec<(Value, Value)>, level: usize) -> PyResult<()> {
        if self.sort_keys {
            let mut keys: Vec<Value> = pairs.iter().map(|p| p.0).collect();
            vm.sort_values(&mut keys, Value::NULL, false)?;
            let sorted: Vec<(Value, Value)> =
                keys.iter().filter_map(|k| pairs.iter().find(|p| p.0 == *k).copied()).collect();
            *pairs = sorted;
        }
        self.out.push('{');
        self.newline(level + 1);
        let mut first = true;
        for (k, x) in pairs.iter() {
            let Some(key) = self.key(vm, *k)? else { continue };
            if !first {
                let sep = self.item_sep.clone();
                self.out.push_str(&sep);
                self.newline(level + 1);
            }
            first = false;
            quote(&mut self.out, &key, self.ensure_ascii);
            let sep = self.key_sep.clone();
            self.out.push_str(&sep);
            self.value(vm, *x, level + 1)?;
        }
        self.newline(level);
        self.out.push('}');
        Ok(())
    }
}
