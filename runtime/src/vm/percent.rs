//! printf-style formatting: `str % args` and `bytes % args`, with CPython's
//! conversions, flags and error messages.

use alloc::string::String;
use alloc::vec::Vec;

use super::floatfmt::{write_exp, write_fixed, write_general};
use super::{PyResult, Vm};
use crate::builtins::B;
use crate::obj::Kind;
use crate::value::Value;

struct Spec {
    left: bool,
    zero: bool,
    plus: bool,
    space: bool,
    alt: bool,
    width: usize,
    prec: Option<usize>,
}

/// Where the arguments come from.
struct Args {
    items: Vec<Value>,
    next: usize,
    mapping: Option<Value>,
}

impl Vm {
    /// `fmt % args` for a str or bytes `fmt`.
    pub(crate) fn percent_format(&mut self, fmt: Value, args: Value) -> PyResult<Value> {
        let is_bytes = !self.is_str(fmt);
        let text: Vec<u8> = if is_bytes {
            self.bytes_data(fmt).map(|d| d.into_owned()).unwrap_or_default()
        } else {
            Vec::from(self.str_bytes(fmt))
        };
        let args_u = self.unwrap_builtin(args);
        let tuple = self.is_kind(args_u, Kind::Tuple);
        let is_mapping = !tuple
            && !self.is_str(args)
            && !self.is_bytes_like(args)
            && (self.is_kind(args_u, Kind::Dict)
                || (self.is_instance_obj(args) && self.lookup_special(args, "__getitem__").is_some()));
        let mut a = Args {
            items: if tuple { self.seq_to_vec(args_u) } else { alloc::vec![args] },
            next: 0,
            mapping: if is_mapping { Some(args) } else { None },
        };
        let r = self.rooted(&[fmt, args], |vm| vm.percent_body(&text, &mut a, is_bytes));
        let out = r?;
        if a.next < a.items.len() && a.mapping.is_none() {
            let what = if is_bytes { "bytes" } else { "string" };
            let msg = alloc::format!("not all arguments converted during {} formatting", what);
            return Err(self.raise_msg(B::TypeError, &msg));
        }
        if is_bytes {
            self.new_bytes(&out)
        } else {
            self.new_str(&out)
        }
    }

    fn next_arg(&mut self, a: &mut Args) -> PyResult<Value> {
        match a.items.get(a.next) {
            Some(v) => {
                a.next += 1;
                Ok(*v)
            }
            None => Err(self.raise_msg(B::TypeError, "not enough arguments for format string")),
        }
    }

    fn percent_body(&mut self, text: &[u8], a: &mut Args, is_bytes: bool) -> PyResult<Vec<u8>> {
        let mut out: Vec<u8> = Vec::with_capacity(text.len() + 16);
        let mut i = 0;
        // A format like '%s' with a dict argument uses the dict itself.
        let mut used_key = false;
        while i < text.len() {
            let c = text[i];
            if c != b'%' {
                out.push(c);
                i += 1;
                continue;
            }
            i += 1;
            let incomplete = |vm: &mut Vm| vm.raise_msg(B::ValueError, "incomplete format");
            let mut arg = None;
            if text.get(i) == Some(&b'(') {
                let Some(m) = a.mapping else {
                    return Err(self.raise_msg(B::TypeError, "format requires a mapping"));
                };
                let mut depth = 1;
                let key_start = i + 1;
                i += 1;
                while i < text.len() && depth > 0 {
                    match text[i] {
                        b'(' => depth += 1,
                        b')' => depth -= 1,
                        _ => {}
                    }
                    i += 1;
                }
                if depth > 0 {
                    return Err(self.raise_msg(B::ValueError, "incomplete format key"));
                }
                let key_bytes = &text[key_start..i - 1];
                let key = if is_bytes { self.new_bytes(key_bytes)? } else { self.new_str(key_bytes)? };
                // Rooted until percent_format's scope ends.
                self.root(key);
                arg = Some(self.get_item(m, key)?);
                self.root(arg.unwrap_or(Value::NONE));
                used_key = true;
                // As CPython: after a keyed field, the mapping is no positional argument.
                a.next = a.items.len();
            }
            let mut spec =
                Spec { left: false, zero: false, plus: false, space: false, alt: false, width: 0, prec: None };
            while let Some(&f) = text.get(i) {
                match f {
                    b'-' => spec.left = true,
                    b'0' => spec.zero = true,
                    b'+' => spec.plus = true,
                    b' ' => spec.space = true,
                    b'#' => spec.alt = true,
                    _ => break,
                }
                i += 1;
            }
            if text.get(i) == Some(&b'*') {
                i += 1;
                let w = self.next_arg(a)?;
                let Some(w) = self.int_value(w) else {
                    return Err(self.raise_msg(B::TypeError, "* wants int"));
                };
                if w < 0 {
                    spec.left = true;
                }
                spec.width = w.unsigned_abs() as usize;
            } else {
                spec.width = digits(text, &mut i);
            }
            if text.get(i) == Some(&b'.') {
                i += 1;
                if text.get(i) == Some(&b'*') {
                    i += 1;
                    let p = self.next_arg(a)?;
                    let Some(p) = self.int_value(p) else {
                        return Err(self.raise_msg(B::TypeError, "* wants int"));
                    };
                    spec.prec = Some(p.max(0) as usize);
                } else {
                    spec.prec = Some(digits(text, &mut i));
                }
            }
            while matches!(text.get(i), Some(b'h' | b'l' | b'L')) {
                i += 1;
            }
            let Some(&conv) = text.get(i) else { return Err(incomplete(self)) };
            i += 1;
            if conv == b'%' {
                out.push(b'%');
                continue;
            }
            let limit = self.heap.total_bytes().min(1 << 20);
            if spec.width > limit || spec.prec.unwrap_or(0) > limit {
                return Err(self.memory_error());
            }
            let v = match arg {
                Some(v) => v,
                None => {
                    if a.mapping.is_some() && !used_key {
                        // '%s' % {'a': 1}: the mapping is the one argument.
                        a.next = a.items.len();
                        a.items.first().copied().unwrap_or(Value::NONE)
                    } else {
                        self.next_arg(a)?
                    }
                }
            };
            let v = self.unwrap_builtin_number(v);
            let piece = self.percent_one(conv, &spec, v, is_bytes, i - 1)?;
            out.extend_from_slice(&piece);
        }
        Ok(out)
    }

    /// An instance of a subclass of int or float formats as its number.
    fn unwrap_builtin_number(&self, v: Value) -> Value {
        let b = self.builtin_value(v);
        if !b.is_null() && (self.is_int(b) || self.float_value(b).is_some()) {
            b
        } else {
            v
        }
    }

    fn percent_one(&mut self, conv: u8, spec: &Spec, v: Value, is_bytes: bool, at: usize) -> PyResult<Vec<u8>> {
        let mut sign = "";
        let mut prefix = "";
        let numeric;
        let body: Vec<u8> = match conv {
            b's' | b'r' | b'a' | b'b' => {
                numeric = false;
                let mut t: Vec<u8> = if is_bytes && (conv == b's' || conv == b'b') {
                    match self.bytes_data(v) {
                        Some(d) => d.into_owned(),
                        None => {
                            return Err(self.raise_type_error(alloc::format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                self.type_name_of(v)
                            )))
                        }
                    }
                } else if conv == b'b' {
                    return Err(self.bad_conversion(conv, at));
                } else {
                    let s = if conv == b's' { self.str_of(v)? } else { self.repr_of(v)? };
                    let t = String::from(self.str_text(s));
                    if conv == b'a' || (is_bytes && conv == b'r') {
                        super::format::ascii_escape(&t).into_bytes()
                    } else {
                        t.into_bytes()
                    }
                };
                if let Some(p) = spec.prec {
                    if is_bytes {
                        t.truncate(p);
                    } else if let Ok(s) = core::str::from_utf8(&t) {
                        let cut = s.char_indices().nth(p).map(|(b, _)| b).unwrap_or(s.len());
                        t.truncate(cut);
                    }
                }
                t
            }
            b'c' => {
                numeric = false;
                if let Some(i) = self.int_value(v) {
                    if is_bytes {
                        if !(0..256).contains(&i) {
                            return Err(self.raise_msg(B::OverflowError, "%c arg not in range(256)"));
                        }
                        alloc::vec![i as u8]
                    } else {
                        match u32::try_from(i).ok().and_then(char::from_u32) {
                            Some(c) => String::from(c).into_bytes(),
                            None => return Err(self.raise_msg(B::OverflowError, "%c arg not in range(0x110000)")),
                        }
                    }
                } else if self.is_int(v) {
                    let msg = if is_bytes { "%c arg not in range(256)" } else { "%c arg not in range(0x110000)" };
                    return Err(self.raise_msg(B::OverflowError, msg));
                } else if !is_bytes && self.is_str(v) && self.str_text(v).chars().count() == 1 {
                    Vec::from(self.str_bytes(v))
                } else if is_bytes && self.bytes_data(v).map(|d| d.len() == 1).unwrap_or(false) {
                    self.bytes_data(v).map(|d| d.into_owned()).unwrap_or_default()
                } else if is_bytes {
                    return Err(self.raise_msg(B::TypeError, "%c requires an integer in range(256) or a single byte"));
                } else {
                    return Err(self.raise_msg(B::TypeError, "%c requires int or char"));
                }
            }
            b'd' | b'i' | b'u' | b'x' | b'X' | b'o' => {
                numeric = true;
                let radix = match conv {
                    b'x' | b'X' => 16,
                    b'o' => 8,
                    _ => 10,
                };
                let int = if self.is_int(v) {
                    v
                } else if let (Some(f), true) = (self.float_value(v), matches!(conv, b'd' | b'i' | b'u')) {
                    // The float's integral part, exactly (NaN and infinities raise).
                    self.int_from_float(f)?
                } else {
                    let what = if matches!(conv, b'd' | b'i' | b'u') {
                        "a real number is required"
                    } else {
                        "an integer is required"
                    };
                    return Err(self.raise_type_error(alloc::format!(
                        "%{} format: {}, not {}",
                        conv as char,
                        what,
                        self.type_name_of(v)
                    )));
                };
                let (negative, digits) = self.int_digits(int, radix)?.unwrap_or_default();
                if negative {
                    sign = "-";
                } else if spec.plus {
                    sign = "+";
                } else if spec.space {
                    sign = " ";
                }
                let mut digits = if conv == b'X' { digits.to_ascii_uppercase() } else { digits };
                if spec.alt {
                    prefix = match conv {
                        b'x' => "0x",
                        b'X' => "0X",
                        b'o' => "0o",
                        _ => "",
                    };
                }
                if let Some(p) = spec.prec {
                    if digits.len() < p {
                        digits = "0".repeat(p - digits.len()) + &digits;
                    }
                }
                digits.into_bytes()
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                numeric = true;
                let f = match self.float_value(v) {
                    Some(f) => Some(f),
                    None if cfg!(feature = "float") => self.int_as_float(v)?,
                    None => None,
                };
                let Some(f) = f else {
                    return Err(
                        self.raise_type_error(alloc::format!("must be real number, not {}", self.type_name_of(v)))
                    );
                };
                if f.is_sign_negative() && !f.is_nan() {
                    sign = "-";
                } else if spec.plus {
                    sign = "+";
                } else if spec.space {
                    sign = " ";
                }
                let a = f.abs();
                let p = spec.prec.unwrap_or(6);
                let mut s = String::new();
                match conv {
                    b'f' | b'F' => write_fixed(&mut s, a, p),
                    b'e' | b'E' => write_exp(&mut s, a, p, false),
                    _ => write_general(&mut s, a, p, spec.alt),
                }
                if spec.alt && !s.contains('.') && a.is_finite() && matches!(conv, b'f' | b'F' | b'e' | b'E') {
                    // '#' keeps the decimal point even with no digits after it.
                    match s.find('e') {
                        Some(e) => s.insert(e, '.'),
                        None => s.push('.'),
                    }
                }
                if conv.is_ascii_uppercase() {
                    s = s.to_uppercase();
                }
                s.into_bytes()
            }
            _ => return Err(self.bad_conversion(conv, at)),
        };
        let len = sign.len() + prefix.len() + char_count(&body, is_bytes);
        let pad = spec.width.saturating_sub(len);
        let mut out = Vec::with_capacity(len + pad);
        if spec.left {
            out.extend_from_slice(sign.as_bytes());
            out.extend_from_slice(prefix.as_bytes());
            out.extend_from_slice(&body);
            out.resize(out.len() + pad, b' ');
        } else if spec.zero && numeric && !matches!(body.first(), Some(b'i' | b'n' | b'I' | b'N')) {
            out.extend_from_slice(sign.as_bytes());
            out.extend_from_slice(prefix.as_bytes());
            out.resize(out.len() + pad, b'0');
            out.extend_from_slice(&body);
        } else {
            out.resize(pad, b' ');
            out.extend_from_slice(sign.as_bytes());
            out.extend_from_slice(prefix.as_bytes());
            out.extend_from_slice(&body);
        }
        Ok(out)
    }

    fn bad_conversion(&mut self, conv: u8, at: usize) -> super::Raised {
        let c = conv as char;
        let msg = alloc::format!("unsupported format character '{}' (0x{:x}) at index {}", c, conv, at);
        self.raise_msg(B::ValueError, &msg)
    }
}

fn digits(text: &[u8], i: &mut usize) -> usize {
    let mut n: usize = 0;
    while let Some(d) = text.get(*i).filter(|c| c.is_ascii_digit()) {
        n = n.saturating_mul(10).saturating_add((d - b'0') as usize);
        *i += 1;
    }
    n
}

fn char_count(b: &[u8], is_bytes: bool) -> usize {
    if is_bytes {
        b.len()
    } else {
        b.iter().filter(|c| (**c & 0xc0) != 0x80).count()
    }
}
