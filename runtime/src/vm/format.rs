//! `str()`, `repr()` and format specs, written into a Rust `String` and
//! then copied into one heap string.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use super::{PyResult, Vm};
use crate::builtins::B;
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
                let name = crate::modules::func_name(m, i);
                if v.is_method() {
                    let _ = write!(out, "<method '{}' of '{}' objects>", name, crate::modules::module_name(m));
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
                let m = &crate::builtins::methods::METHODS[v.method_id()];
                let _ = write!(out, "<method '{}' of '{}' objects>", m.name, m.owner.name());
            }
            _ => return self.write_heap_value(out, v, repr, depth),
        }
        Ok(())
    }

    fn write_heap_value(&mut self, out: &mut String, v: Value, repr: bool, depth: usize) -> PyResult<()> {
        match self.kind(v) {
            Some(Kind::Int64) => {
                let _ = write!(out, "{}", self.int_value(v).unwrap_or(0));
            }
            Some(Kind::Float) => write_float_repr(out, self.float_value(v).unwrap_or(0.0)),
            Some(Kind::Bytes) => write_bytes_repr(out, self.str_bytes(v)),
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
                if self.dict_len(v) == 0 {
                    out.push_str("set()");
                    return Ok(());
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
            }
            Some(Kind::DictView) => {
                let d = self.field(v, 1);
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
                let (a, b, c) = self.range_parts(v)?;
                if c == 1 {
                    let _ = write!(out, "range({}, {})", a, b);
                } else {
                    let _ = write!(out, "range({}, {}, {})", a, b, c);
                }
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
                let _ = write!(out, "<class '{}.{}'>", module, self.str_text(self.field(v, 1)));
            }
            Some(Kind::BoundMethod) => {
                out.push_str("<bound method ");
                let f = self.field(v, 2);
                if self.is_kind(f, Kind::Function) {
                    let (image, code) = self.function_code(f);
                    out.push_str(self.image(image).code(code).name());
                } else if let Some((m, i)) = f.native_parts() {
                    out.push_str(crate::modules::func_name(m, i));
                } else if let Some(m) = crate::builtins::methods::METHODS.get(f.method_id()) {
                    out.push_str(m.name);
                }
                out.push_str(" of ");
                let s = self.field(v, 1);
                self.write_value(out, s, true, depth + 1)?;
                out.push('>');
            }
            Some(Kind::Exception) => {
                if let Some(r) = self.call_user_str(v, repr)? {
                    out.push_str(self.str_text(r));
                    return Ok(());
                }
                let args = self.exception_args(v);
                let n = self.seq_len(args);
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
            }
            Some(Kind::Instance) => {
                if let Some(r) = self.call_user_str(v, repr)? {
                    out.push_str(self.str_text(r));
                    return Ok(());
                }
                let name = String::from(self.type_name_of(v));
                let module = self.class_module(self.type_of(v));
                let _ = write!(out, "<{}.{} object at 0x{:08x}>", module, name, v.0);
            }
            Some(Kind::Cell) => {
                let _ = write!(out, "<cell at 0x{:08x}>", v.0);
            }
            Some(Kind::Module) => self.write_module_repr(out, v),
            Some(Kind::Generator) => {
                let (image, code) = self.function_code(self.field(v, 1));
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

    /// `FormatValue`: conversion (0 str, 1 repr, 2 ascii) then an optional format spec.
    pub(crate) fn format_value(&mut self, x: Value, conv: u32, spec: Value) -> PyResult<Value> {
        let v = match conv {
            0 => x,
            _ => self.repr_of(x)?,
        };
        if spec.is_null() || self.str_bytes(spec).is_empty() {
            return self.str_of(v);
        }
        let spec_text = String::from(self.str_text(spec));
        self.format_with_spec(v, &spec_text)
    }

    /// `format(v, spec)` with the standard format-spec mini-language.
    pub fn format_with_spec(&mut self, v: Value, spec_text: &str) -> PyResult<Value> {
        let Some(spec) = FormatSpec::parse(spec_text) else {
            return Err(self.raise_msg(B::ValueError, "Invalid format specifier"));
        };
        let mut body = String::new();
        let mut negative = false;
        let numeric;
        if let (Some(i), false) = (self.int_value(v), matches!(spec.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')))
        {
            if self.is_str(v) {
                unreachable!()
            }
            numeric = true;
            negative = i < 0;
            let m = i.unsigned_abs();
            match spec.ty {
                None | Some('d') | Some('n') => {
                    let _ = write!(body, "{}", m);
                }
                Some('x') => {
                    let _ = write!(body, "{}{:x}", if spec.alt { "0x" } else { "" }, m);
                }
                Some('X') => {
                    let _ = write!(body, "{}{:X}", if spec.alt { "0X" } else { "" }, m);
                }
                Some('o') => {
                    let _ = write!(body, "{}{:o}", if spec.alt { "0o" } else { "" }, m);
                }
                Some('b') => {
                    let _ = write!(body, "{}{:b}", if spec.alt { "0b" } else { "" }, m);
                }
                Some('c') => {
                    body.push(char::from_u32(m as u32).unwrap_or('?'));
                }
                Some(c) => return Err(self.bad_format_code(c, v)),
            }
            if spec.grouping.is_some() && matches!(spec.ty, None | Some('d')) {
                body = group_digits(&body, spec.grouping.unwrap_or(','));
            }
        } else if let Some(f) = self.number_value(v) {
            numeric = true;
            negative = f.is_sign_negative() && !f.is_nan();
            let a = f.abs();
            match spec.ty {
                Some('f') | Some('F') => write_fixed(&mut body, a, spec.precision.unwrap_or(6)),
                Some('e') | Some('E') => write_exp(&mut body, a, spec.precision.unwrap_or(6), spec.ty == Some('E')),
                Some('%') => {
                    write_fixed(&mut body, a * 100.0, spec.precision.unwrap_or(6));
                    body.push('%');
                }
                Some('g') | Some('G') => write_general(&mut body, a, spec.precision.unwrap_or(6), spec.alt),
                None => match spec.precision {
                    Some(p) => write_general(&mut body, a, p, true),
                    None => write_float_repr(&mut body, a),
                },
                Some(c) => return Err(self.bad_format_code(c, v)),
            }
            if let Some(g) = spec.grouping {
                let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                    Some(p) => body.split_at(p),
                    None => (body.as_str(), ""),
                };
                body = group_digits(int_part, g) + rest;
            }
        } else {
            numeric = false;
            if let Some(c) = spec.ty.filter(|c| *c != 's') {
                return Err(self.bad_format_code(c, v));
            }
            let s = self.str_of(v)?;
            let text = self.str_text(s);
            match spec.precision {
                Some(p) => body.extend(text.chars().take(p)),
                None => body.push_str(text),
            }
        }
        let sign = match (negative, spec.sign) {
            (true, _) => "-",
            (false, Some('+')) => "+",
            (false, Some(' ')) => " ",
            _ => "",
        };
        let len = sign.chars().count() + body.chars().count();
        let width = spec.width.unwrap_or(0);
        let pad = width.saturating_sub(len);
        let align = spec.align.unwrap_or(if spec.zero && numeric {
            '='
        } else if numeric {
            '>'
        } else {
            '<'
        });
        let fill = if spec.zero && spec.fill.is_none() { '0' } else { spec.fill.unwrap_or(' ') };
        let mut out = String::new();
        let push_fill = |out: &mut String, n: usize| out.extend(core::iter::repeat_n(fill, n));
        match align {
            '<' => {
                out.push_str(sign);
                out.push_str(&body);
                push_fill(&mut out, pad);
            }
            '>' => {
                push_fill(&mut out, pad);
                out.push_str(sign);
                out.push_str(&body);
            }
            '^' => {
                push_fill(&mut out, pad / 2);
                out.push_str(sign);
                out.push_str(&body);
                push_fill(&mut out, pad - pad / 2);
            }
            _ => {
                out.push_str(sign);
                push_fill(&mut out, pad);
                out.push_str(&body);
            }
        }
        self.new_str(out.as_bytes())
    }

    fn bad_format_code(&mut self, c: char, v: Value) -> super::Raised {
        let msg = alloc::format!("Unknown format code '{}' for object of type '{}'", c, self.type_name_of(v));
        self.raise_msg(B::ValueError, &msg)
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

/// A parsed `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
struct FormatSpec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

impl FormatSpec {
    fn parse(s: &str) -> Option<FormatSpec> {
        let cs: Vec<char> = s.chars().collect();
        let mut i = 0;
        let mut spec = FormatSpec {
            fill: None,
            align: None,
            sign: None,
            alt: false,
            zero: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        };
        let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
        if cs.len() >= 2 && is_align(cs[1]) {
            spec.fill = Some(cs[0]);
            spec.align = Some(cs[1]);
            i = 2;
        } else if !cs.is_empty() && is_align(cs[0]) {
            spec.align = Some(cs[0]);
            i = 1;
        }
        if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
            spec.sign = Some(cs[i]);
            i += 1;
        }
        if i < cs.len() && cs[i] == '#' {
            spec.alt = true;
            i += 1;
        }
        if i < cs.len() && cs[i] == '0' {
            spec.zero = true;
            i += 1;
        }
        let num = |i: &mut usize| -> Option<usize> {
            let start = *i;
            while *i < cs.len() && cs[*i].is_ascii_digit() {
                *i += 1;
            }
            if *i == start {
                None
            } else {
                cs[start..*i].iter().collect::<String>().parse().ok()
            }
        };
        spec.width = num(&mut i);
        if i < cs.len() && matches!(cs[i], ',' | '_') {
            spec.grouping = Some(cs[i]);
            i += 1;
        }
        if i < cs.len() && cs[i] == '.' {
            i += 1;
            spec.precision = Some(num(&mut i)?);
        }
        if i < cs.len() {
            spec.ty = Some(cs[i]);
            i += 1;
        }
        if i != cs.len() {
            return None;
        }
        Some(spec)
    }
}

fn group_digits(digits: &str, sep: char) -> String {
    let n = digits.len();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
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
            c if (0x80..0xa0).contains(&(c as u32)) => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(q);
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

/// Shortest round-trip digits and decimal exponent of a finite positive float: (digits, exp)
/// where the value is 0.d1d2d3... * 10^(exp+1), i.e. d1 is at position 10^exp.
fn shortest_digits(f: f64) -> (String, i32) {
    let s = alloc::format!("{:e}", f);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, exp.parse().unwrap_or(0))
}

/// CPython's `repr(float)`.
pub(crate) fn write_float_repr(out: &mut String, f: f64) {
    if f.is_nan() {
        out.push_str("nan");
        return;
    }
    if f.is_infinite() {
        out.push_str(if f < 0.0 { "-inf" } else { "inf" });
        return;
    }
    if f.is_sign_negative() {
        out.push('-');
    }
    let a = f.abs();
    if a == 0.0 {
        out.push_str("0.0");
        return;
    }
    let (digits, exp) = shortest_digits(a);
    if (-4..16).contains(&exp) {
        write_positional(out, &digits, exp, true);
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
}

/// Place `digits` (first digit at 10^exp) positionally; `point_zero` adds ".0" to integers.
fn write_positional(out: &mut String, digits: &str, exp: i32, point_zero: bool) {
    if exp >= 0 {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            out.push_str(digits);
            out.extend(core::iter::repeat_n('0', int_len - digits.len()));
            if point_zero {
                out.push_str(".0");
            }
        } else {
            out.push_str(&digits[..int_len]);
            out.push('.');
            out.push_str(&digits[int_len..]);
        }
    } else {
        out.push_str("0.");
        out.extend(core::iter::repeat_n('0', (-exp - 1) as usize));
        out.push_str(digits);
    }
}

fn write_fixed(out: &mut String, a: f64, prec: usize) {
    if !a.is_finite() {
        out.push_str(if a.is_nan() { "nan" } else { "inf" });
        return;
    }
    let _ = write!(out, "{:.*}", prec, a);
}

fn write_exp(out: &mut String, a: f64, prec: usize, upper: bool) {
    if !a.is_finite() {
        out.push_str(if a.is_nan() { "nan" } else { "inf" });
        return;
    }
    let s = alloc::format!("{:.*e}", prec, a);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let _ = write!(out, "{}{}{}{:02}", m, if upper { 'E' } else { 'e' }, if e < 0 { '-' } else { '+' }, e.abs());
}

/// The `g` format: precision significant digits, positional unless the exponent is out of range.
fn write_general(out: &mut String, a: f64, prec: usize, keep_point_zero: bool) {
    if !a.is_finite() {
        out.push_str(if a.is_nan() { "nan" } else { "inf" });
        return;
    }
    let p = prec.max(1);
    if a == 0.0 {
        out.push('0');
        return;
    }
    let s = alloc::format!("{:.*e}", p - 1, a);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = e.parse().unwrap_or(0);
    let mut digits: String = m.chars().filter(|c| c.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    if exp >= -4 && exp < p as i32 {
        write_positional(out, &digits, exp, false);
        let _ = keep_point_zero;
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
}

#[cfg(test)]
mod tests {
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
