//! `str()`, `repr()` and format specs, written into a Rust `String` and
//! then copied into one heap string.

use alloc::string::String;
use alloc::vec::Vec;

use super::floatfmt::write_float_repr;
use core::fmt::Write;

use super::{PyResult, Vm};
use crate::builtins::B;
use crate::layout::{bound_method, class, dict_view, generator, range};
use crate::obj::Kind;
use crate::value::Value;

/// Nesting bound for repr of containers that contain themselves or are very deep.
const MAX_REPR_DEPTH: usize = 64;

impl Vm {
    /// `str(v)` as a str value.
    pub fn str_of(&mut self, v: Value) -> PyResult<Value> {
        if self.is_str(v) {
            return Ok(v);
        }
        let mut s = String::new();
        self.write_value(&mut s, v, false, 0)?;
        self.new_str(s.as_bytes())
    }

    /// `repr(v)` as a str value.
    pub fn repr_of(&mut self, v: Value) -> PyResult<Value> {
        let mut s = String::new();
        self.write_value(&mut s, v, true, 0)?;
        self.new_str(s.as_bytes())
    }

    /// Append `str(v)` (or `repr(v)`) to `out`.
    pub fn write_value(&mut self, out: &mut String, v: Value, repr: bool, depth: usize) -> PyResult<()> {
        if depth > MAX_REPR_DEPTH {
            return Err(self
                .raise_msg(B::RecursionError, "maximum recursion depth exceeded while getting the repr of an object"));
        }
        if depth > 0 && self.platform.stack_low() {
            return Err(self
                .raise_msg(B::RecursionError, "maximum recursion depth exceeded while getting the repr of an object"));
        }
        if v.is_small() {
            let _ = write!(out, "{}", v.small_value());
            return Ok(());
        }
        if self.is_str(v) {
            if repr {
                write_str_repr(out, self.str_text(v));
            } else {
                out.push_str(self.str_text(v));
            }
            return Ok(());
        }
        match v {
            Value::NONE => out.push_str("None"),
            Value::TRUE => out.push_str("True"),
            Value::FALSE => out.push_str("False"),
            Value::ELLIPSIS => out.push_str("Ellipsis"),
            Value::NOT_IMPLEMENTED => out.push_str("NotImplemented"),
            _ if v.native_parts().is_some() => {
                let (m, i) = v.native_parts().unwrap_or((0, 0));
                let name = crate::modules::func_name(self, m, i);
                if v.is_method() {
                    let _ = write!(out, "<method '{}' of '{}' objects>", name, crate::modules::module_name(self, m));
                } else {
                    let _ = write!(out, "<built-in function {}>", name);
                }
            }
            _ if v.is_builtin() => {
                let b = B::from_id(v.builtin_id()).unwrap_or(B::Object);
                if b.is_type() {
                    let _ = write!(out, "<class '{}'>", b.name());
                } else {
                    let _ = write!(out, "<built-in function {}>", b.name());
                }
            }
            _ if v.is_method() => {
                let name = crate::builtins::methods::def(v).map(|m| m.name).unwrap_or("?");
                let _ = write!(out, "<method '{}' of '{}' objects>", name, crate::builtins::methods::owner(v).name());
            }
            _ => return self.write_heap_value(out, v, repr, depth),
        }
        Ok(())
    }

    fn write_heap_value(&mut self, out: &mut String, v: Value, repr: bool, depth: usize) -> PyResult<()> {
        match self.kind(v) {
            Some(Kind::Int64 | Kind::BigInt) => {
                let (neg, digits) = self.int_digits(v, 10)?.unwrap_or_default();
                if neg {
                    out.push('-');
                }
                out.push_str(&digits);
            }
            Some(Kind::Float) => write_float_repr(out, self.float_value(v).unwrap_or(0.0)),
            Some(Kind::Bytes) => write_bytes_repr(out, self.str_bytes(v)),
            Some(Kind::ByteArray) => {
                out.push_str("bytearray(");
                write_bytearray_repr(out, &self.bytes_data(v).unwrap_or_default());
                out.push(')');
            }
            Some(Kind::List | Kind::Tuple) => {
                let is_list = self.is_kind(v, Kind::List);
                out.push(if is_list { '[' } else { '(' });
                let n = self.seq_len(v);
                for i in 0..n {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    let x = self.seq_item(v, i);
                    self.write_value(out, x, true, depth + 1)?;
                }
                if !is_list && n == 1 {
                    out.push(',');
                }
                out.push(if is_list { ']' } else { ')' });
            }
            Some(Kind::Dict) => {
                out.push('{');
                let mut first = true;
                for i in 0..self.dict_used(v) {
                    if let Some((k, x)) = self.dict_entry(v, i) {
                        if !first {
                            out.push_str(", ");
                        }
                        first = false;
                        self.write_value(out, k, true, depth + 1)?;
                        out.push_str(": ");
                        self.write_value(out, x, true, depth + 1)?;
                    }
                }
                out.push('}');
            }
            Some(Kind::Set) => {
                let frozen = self.is_frozenset(v);
                if self.dict_len(v) == 0 {
                    out.push_str(if frozen { "frozenset()" } else { "set()" });
                    return Ok(());
                }
                if frozen {
                    out.push_str("frozenset(");
                }
                out.push('{');
                let mut first = true;
                for i in 0..self.dict_used(v) {
                    if let Some((k, _)) = self.dict_entry(v, i) {
                        if !first {
                            out.push_str(", ");
                        }
                        first = false;
                        self.write_value(out, k, true, depth + 1)?;
                    }
                }
                out.push('}');
                if frozen {
                    out.push(')');
                }
            }
            Some(Kind::DictView) => {
                let d = self.field(v, dict_view::DICT);
                let which = self.aux(v);
                out.push_str(["dict_keys([", "dict_values([", "dict_items(["][which as usize]);
                let mut first = true;
                for i in 0..self.dict_used(d) {
                    if let Some((k, x)) = self.dict_entry(d, i) {
                        if !first {
                            out.push_str(", ");
                        }
                        first = false;
                        match which {
                            0 => self.write_value(out, k, true, depth + 1)?,
                            1 => self.write_value(out, x, true, depth + 1)?,
                            _ => {
                                out.push('(');
                                self.write_value(out, k, true, depth + 1)?;
                                out.push_str(", ");
                                self.write_value(out, x, true, depth + 1)?;
                                out.push(')');
                            }
                        }
                    }
                }
                out.push_str("])");
            }
            Some(Kind::Range) => {
                out.push_str("range(");
                let step = self.field(v, range::STEP);
                for i in 1..=if step == Value::small(1) { 2 } else { 3 } {
                    if i > 1 {
                        out.push_str(", ");
                    }
                    let x = self.field(v, i);
                    self.write_value(out, x, true, depth + 1)?;
                }
                out.push(')');
            }
            Some(Kind::Slice) => {
                out.push_str("slice(");
                for i in 1..=3 {
                    if i > 1 {
                        out.push_str(", ");
                    }
                    let x = self.field(v, i);
                    self.write_value(out, x, true, depth + 1)?;
                }
                out.push(')');
            }
            Some(Kind::Function) => {
                let (image, code) = self.function_code(v);
                let _ = write!(out, "<function {} at 0x{:08x}>", self.image(image).code(code).name(), v.0);
            }
            Some(Kind::Class) => {
                let module = self.class_module(v);
                let _ = write!(out, "<class '{}.{}'>", module, self.str_text(self.field(v, class::NAME)));
            }
            Some(Kind::BoundMethod) => {
                out.push_str("<bound method ");
                let f = self.field(v, bound_method::FUNCTION);
                if self.is_kind(f, Kind::Function) {
                    let (image, code) = self.function_code(f);
                    out.push_str(self.image(image).code(code).name());
                } else if let Some((m, i)) = f.native_parts() {
                    out.push_str(crate::modules::func_name(self, m, i));
                } else if let Some(m) = crate::builtins::methods::def(f) {
                    out.push_str(m.name);
                }
                out.push_str(" of ");
                let s = self.field(v, bound_method::SELF);
                self.write_value(out, s, true, depth + 1)?;
                out.push('>');
            }
            Some(Kind::Exception) => {
                if let Some(r) = self.call_user_str(v, repr)? {
                    out.push_str(self.str_text(r));
                    return Ok(());
                }
                self.write_exception(out, v, repr, depth)?;
            }
            Some(Kind::Instance) => {
                if let Some(r) = self.call_user_str(v, repr)? {
                    out.push_str(self.str_text(r));
                    return Ok(());
                }
                let b = self.builtin_value(v);
                if !b.is_null() {
                    // Sets and bytearrays show their subclass's name, as CPython's reprs do.
                    if self.is_kind(b, Kind::Set) || self.is_kind(b, Kind::ByteArray) {
                        let name = String::from(self.type_name_of(v));
                        out.push_str(&name);
                        out.push('(');
                        if self.is_kind(b, Kind::ByteArray) {
                            write_bytearray_repr(out, &self.bytes_data(b).unwrap_or_default());
                        } else if self.dict_len(b) > 0 {
                            let mut inner = String::new();
                            self.write_value(&mut inner, b, true, depth + 1)?;
                            // `{...}` of a set, without a frozenset's own wrapper.
                            let start = inner.find('{').unwrap_or(0);
                            let end = inner.rfind('}').map(|e| e + 1).unwrap_or(inner.len());
                            out.push_str(&inner[start..end]);
                        }
                        out.push(')');
                        return Ok(());
                    }
                    return self.write_value(out, b, repr, depth + 1);
                }
                let name = String::from(self.type_name_of(v));
                let module = self.class_module(self.type_of(v));
                let _ = write!(out, "<{}.{} object at 0x{:08x}>", module, name, v.0);
            }
            Some(Kind::Cell) => {
                let _ = write!(out, "<cell at 0x{:08x}>", v.0);
            }
            Some(Kind::Module) => self.write_module_repr(out, v),
            Some(Kind::MemoryView) => {
                let _ = write!(out, "<memory at 0x{:08x}>", v.0);
            }
            Some(Kind::Generator) => {
                let (image, code) = self.function_code(self.field(v, generator::FUNCTION));
                let name = self.image(image).code(code).name();
                let _ = write!(out, "<generator object {} at 0x{:08x}>", name, v.0);
            }
            _ => {
                let name = String::from(self.type_name_of(v));
                let _ = write!(out, "<{} object at 0x{:08x}>", name, v.0);
            }
        }
        Ok(())
    }

    /// `BaseException.__str__` / `__repr__`: from the args, ignoring user methods.
    fn write_exception(&mut self, out: &mut String, v: Value, repr: bool, depth: usize) -> PyResult<()> {
        let args = self.exception_args(v);
        let n = self.seq_len(args);
        if !repr && n >= 2 && self.isinstance(v, B::OSError.value()) {
            let errno = self.seq_item(args, 0);
            if self.int_value(errno).is_some() {
                out.push_str("[Errno ");
                self.write_value(out, errno, false, depth + 1)?;
                out.push_str("] ");
                let msg = self.seq_item(args, 1);
                self.write_value(out, msg, false, depth + 1)?;
                if n >= 3 {
                    out.push_str(": ");
                    let f = self.seq_item(args, 2);
                    self.write_value(out, f, true, depth + 1)?;
                }
                return Ok(());
            }
        }
        if repr {
            let name = String::from(self.str_text(self.type_name(self.type_of(v))));
            out.push_str(&name);
            if n == 1 {
                out.push('(');
                let a = self.seq_item(args, 0);
                self.write_value(out, a, true, depth + 1)?;
                out.push(')');
            } else {
                self.write_value(out, args, true, depth + 1)?;
            }
        } else if n == 1 {
            let a = self.seq_item(args, 0);
            // KeyError shows its key as a repr, as CPython does.
            let key_error = self.isinstance(v, B::KeyError.value());
            self.write_value(out, a, key_error, depth + 1)?;
        } else if n > 1 {
            self.write_value(out, args, true, depth + 1)?;
        }
        Ok(())
    }

    /// `object.__repr__`: no user `__repr__` consulted.
    pub(crate) fn default_repr(&mut self, v: Value) -> PyResult<Value> {
        if self.is_kind(v, Kind::Instance) {
            let b = self.builtin_value(v);
            if !b.is_null() {
                return self.repr_of(b);
            }
            let name = String::from(self.type_name_of(v));
            let s = alloc::format!("<__main__.{} object at 0x{:08x}>", name, v.0);
            return self.new_str(s.as_bytes());
        }
        if self.is_kind(v, Kind::Exception) {
            return self.exception_default_text(v, true);
        }
        self.repr_of(v)
    }

    /// The text `BaseException.__str__` (or `__repr__`) gives.
    pub(crate) fn exception_default_text(&mut self, e: Value, repr: bool) -> PyResult<Value> {
        let mut out = String::new();
        self.write_exception(&mut out, e, repr, 0)?;
        self.new_str(out.as_bytes())
    }

    /// Run a user `__str__`/`__repr__` if the class defines one.
    fn call_user_str(&mut self, v: Value, repr: bool) -> PyResult<Option<Value>> {
        let f = if repr {
            self.lookup_special(v, "__repr__")
        } else {
            self.lookup_special(v, "__str__").or_else(|| self.lookup_special(v, "__repr__"))
        };
        let Some(f) = f else { return Ok(None) };
        let r = self.call_method_value(f, v, &[])?;
        if !self.is_str(r) {
            let which = if repr { "__repr__" } else { "__str__" };
            return Err(self.raise_type_error(alloc::format!(
                "{} returned non-string (type {})",
                which,
                self.type_name_of(r)
            )));
        }
        Ok(Some(r))
    }

    /// Join str values into one string.
    pub(crate) fn concat_strs(&mut self, parts: &[Value]) -> PyResult<Value> {
        let mut buf: Vec<u8> = Vec::new();
        for p in parts {
            buf.extend_from_slice(self.str_bytes(*p));
        }
        self.new_str(&buf)
    }
}

/// CPython's `repr(str)`: quotes chosen to avoid escaping, control characters escaped.
pub(crate) fn write_str_repr(out: &mut String, s: &str) {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    let _ = write!(out, "\\x{:02x}", n);
                } else if n < 0x10000 {
                    let _ = write!(out, "\\u{:04x}", n);
                } else {
                    let _ = write!(out, "\\U{:08x}", n);
                }
            }
            c => out.push(c),
        }
    }
    out.push(q);
}

/// Printable as `str.isprintable` and `repr` see it: not a control, format, separator
/// (other than space) or private-use character.
pub(crate) fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x7f {
        return n >= 0x20;
    }
    !(n < 0xa1
        || n == 0xad
        || (0x600..=0x605).contains(&n)
        || n == 0x61c
        || n == 0x6dd
        || n == 0x70f
        || n == 0x1680
        || n == 0x180e
        || (0x2000..=0x200f).contains(&n)
        || (0x2028..=0x202f).contains(&n)
        || (0x205f..=0x2064).contains(&n)
        || (0x2066..=0x206f).contains(&n)
        || n == 0x3000
        || (0xd800..=0xf8ff).contains(&n)
        || n == 0xfeff
        || (0xfff9..=0xfffb).contains(&n)
        || n >= 0xf0000)
}

/// bytearray's repr escapes `'` even inside double quotes, as CPython's does.
fn write_bytearray_repr(out: &mut String, b: &[u8]) {
    let mut s = String::new();
    write_bytes_repr(&mut s, b);
    if s.starts_with("b\"") {
        s = s.replace('\'', "\\'");
    }
    out.push_str(&s);
}

pub(crate) fn write_bytes_repr(out: &mut String, b: &[u8]) {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    out.push('b');
    out.push(q);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == q => {
                out.push('\\');
                out.push(q);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{:02x}", c);
            }
        }
    }
    out.push(q);
}

/// `ascii()`: non-ASCII characters as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub(crate) fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            let _ = write!(out, "\\x{:02x}", n);
        } else if n < 0x10000 {
            let _ = write!(out, "\\u{:04x}", n);
        } else {
            let _ = write!(out, "\\U{:08x}", n);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::floatfmt::write_float_repr;
    use super::*;

    fn repr(f: f64) -> String {
        let mut s = String::new();
        write_float_repr(&mut s, f);
        s
    }

    #[test]
    fn float_repr_matches_cpython() {
        let cases = [
            (0.1, "0.1"),
            (1.5, "1.5"),
            (3.0, "3.0"),
            (1e20, "1e+20"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-2.5, "-2.5"),
            (1.0 / 3.0, "0.3333333333333333"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (2.5e-10, "2.5e-10"),
        ];
        for (f, want) in cases {
            assert_eq!(repr(f), want);
        }
    }

    #[test]
    fn str_repr_quotes_like_cpython() {
        let mut s = String::new();
        write_str_repr(&mut s, "it's\n");
        assert_eq!(s, "\"it's\\n\"");
    }
}
