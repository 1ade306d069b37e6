//! The format-spec mini-language of `format()`, `str.format` and f-strings:
//! `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`, with
//! CPython's results and error messages.

use alloc::string::String;
use core::fmt::Write;

use super::floatfmt::{
    write_exp, write_fixed, write_float_repr, write_general_mode, GENERAL_ALT, GENERAL_PLAIN, GENERAL_REPR,
};
use super::{PyResult, Vm};
use crate::builtins::B;
use crate::value::Value;

struct FormatSpec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    no_neg_zero: bool,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

enum ParseError {
    Invalid,
    MissingPrecision,
    BothGroupings,
}

impl FormatSpec {
    fn parse(s: &str) -> Result<FormatSpec, ParseError> {
        let cs: alloc::vec::Vec<char> = s.chars().collect();
        let mut i = 0;
        let mut spec = FormatSpec {
            fill: None,
            align: None,
            sign: None,
            no_neg_zero: false,
            alt: false,
            zero: false,
            width: 0,
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
        if i < cs.len() && cs[i] == 'z' {
            spec.no_neg_zero = true;
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
            let mut n: usize = 0;
            while *i < cs.len() && cs[*i].is_ascii_digit() {
                n = n.saturating_mul(10).saturating_add(cs[*i] as usize - '0' as usize);
                *i += 1;
            }
            if *i == start {
                None
            } else {
                Some(n)
            }
        };
        spec.width = num(&mut i).unwrap_or(0);
        if i < cs.len() && matches!(cs[i], ',' | '_') {
            spec.grouping = Some(cs[i]);
            i += 1;
            if i < cs.len() && matches!(cs[i], ',' | '_') {
                return Err(ParseError::BothGroupings);
            }
        }
        if i < cs.len() && cs[i] == '.' {
            i += 1;
            spec.precision = Some(num(&mut i).ok_or(ParseError::MissingPrecision)?);
        }
        if i < cs.len() {
            spec.ty = Some(cs[i]);
            i += 1;
        }
        if i != cs.len() {
            return Err(ParseError::Invalid);
        }
        Ok(spec)
    }
}

/// Digits with a separator every `every` of them, counted from the right.
fn group_digits(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

impl Vm {
    /// `FormatValue`: conversion (0 str, 1 repr, 2 ascii) then an optional format spec.
    pub(crate) fn format_value(&mut self, x: Value, conv: u32, spec: Value) -> PyResult<Value> {
        let v = match conv {
            0 => x,
            1 => self.repr_of(x)?,
            _ => {
                let r = self.repr_of(x)?;
                let t = String::from(self.str_text(r));
                self.new_str(super::format::ascii_escape(&t).as_bytes())?
            }
        };
        if spec.is_null() || self.str_bytes(spec).is_empty() {
            // An instance may format itself even with an empty spec.
            if self.is_instance_obj(v) {
                return self.format_with_spec(v, "");
            }
            return self.str_of(v);
        }
        let spec_text = String::from(self.str_text(spec));
        self.format_with_spec(v, &spec_text)
    }

    /// `format(v, spec)`: a user `__format__`, else the standard mini-language.
    pub fn format_with_spec(&mut self, v: Value, spec_text: &str) -> PyResult<Value> {
        let mut v = v;
        if self.is_instance_obj(v) {
            if let Some(f) = self.lookup_special(v, "__format__") {
                let s = self.new_str(spec_text.as_bytes())?;
                let r = self.call_method_value(f, v, &[s])?;
                if !self.is_str(r) {
                    return Err(self.raise_type_error(alloc::format!(
                        "__format__ must return a str, not {}",
                        self.type_name_of(r)
                    )));
                }
                return Ok(r);
            }
            let b = self.builtin_value(v);
            if b.is_null() || (spec_text.is_empty() && self.lookup_special(v, "__str__").is_some()) {
                if !spec_text.is_empty() {
                    return Err(self.raise_type_error(alloc::format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name_of(v)
                    )));
                }
                return self.str_of(v);
            }
            v = b;
        }
        if spec_text.is_empty() {
            return self.str_of(v);
        }
        let spec = match FormatSpec::parse(spec_text) {
            Ok(s) => s,
            Err(e) => {
                let msg = match e {
                    ParseError::MissingPrecision => String::from("Format specifier missing precision"),
                    ParseError::BothGroupings => String::from("Cannot specify both ',' and '_'."),
                    ParseError::Invalid => alloc::format!(
                        "Invalid format specifier '{}' for object of type '{}'",
                        spec_text,
                        self.type_name_of(v)
                    ),
                };
                return Err(self.raise_msg(B::ValueError, &msg));
            }
        };
        // Fields wider or more precise than the heap could never be stored.
        if spec.width > self.heap.total_bytes() || spec.precision.unwrap_or(0) > self.heap.total_bytes() {
            return Err(self.memory_error());
        }
        let is_float_type = matches!(spec.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%'));
        if let (Some(i), false) = (self.int_value(v), is_float_type) {
            return self.format_int(v, i, &spec);
        }
        if let Some(f) = self.number_value(v) {
            if self.float_value(v).is_some() || is_float_type {
                return self.format_float(v, f, &spec);
            }
        }
        self.format_text(v, &spec)
    }

    fn spec_error(&mut self, msg: String) -> super::Raised {
        self.raise_msg(B::ValueError, &msg)
    }

    fn bad_format_code(&mut self, c: char, v: Value) -> super::Raised {
        let msg = alloc::format!("Unknown format code '{}' for object of type '{}'", c, self.type_name_of(v));
        self.raise_msg(B::ValueError, &msg)
    }

    fn format_int(&mut self, v: Value, i: i64, spec: &FormatSpec) -> PyResult<Value> {
        let ty = spec.ty.unwrap_or('d');
        if !matches!(ty, 'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') {
            return Err(self.bad_format_code(ty, v));
        }
        if spec.precision.is_some() {
            return Err(self.spec_error(String::from("Precision not allowed in integer format specifier")));
        }
        if spec.no_neg_zero {
            return Err(
                self.spec_error(String::from("Negative zero coercion (z) not allowed in integer format specifier"))
            );
        }
        if let Some(g) = spec.grouping {
            if ty == 'c' || ty == 'n' || (g == ',' && ty != 'd') {
                return Err(self.spec_error(alloc::format!("Cannot specify '{}' with '{}'.", g, ty)));
            }
        }
        if ty == 'c' {
            if spec.sign.is_some() {
                return Err(self.spec_error(String::from("Sign not allowed with integer format specifier 'c'")));
            }
            if spec.alt {
                return Err(
                    self.spec_error(String::from("Alternate form (#) not allowed with integer format specifier 'c'"))
                );
            }
            let Some(c) = u32::try_from(i).ok().and_then(char::from_u32) else {
                return Err(self.raise_msg(B::OverflowError, "%c arg not in range(0x110000)"));
            };
            return self.pad_spec(spec, "", "", &String::from(c), false);
        }
        let m = i.unsigned_abs();
        let (digits, prefix, every) = match ty {
            'x' => (alloc::format!("{:x}", m), "0x", 4),
            'X' => (alloc::format!("{:X}", m), "0X", 4),
            'o' => (alloc::format!("{:o}", m), "0o", 4),
            'b' => (alloc::format!("{:b}", m), "0b", 4),
            _ => (alloc::format!("{}", m), "", 3),
        };
        let prefix = if spec.alt { prefix } else { "" };
        let sign = sign_text(i < 0, spec.sign);
        let body = match spec.grouping {
            Some(g) => self.grouped(&digits, g, every, spec, sign.len() + prefix.len()),
            None => digits,
        };
        self.pad_spec(spec, sign, prefix, &body, true)
    }

    /// Grouped digits; with zero padding, the zeros are grouped too (`000,001,234`).
    fn grouped(&self, digits: &str, g: char, every: usize, spec: &FormatSpec, taken: usize) -> String {
        let zero_pad = spec.zero && spec.fill.is_none() && matches!(spec.align, None | Some('='));
        let mut d = String::from(digits);
        let mut out = group_digits(&d, g, every);
        if zero_pad {
            let want = spec.width.saturating_sub(taken);
            while out.chars().count() < want {
                d.insert(0, '0');
                out = group_digits(&d, g, every);
            }
        }
        out
    }

    fn format_float(&mut self, v: Value, f: f64, spec: &FormatSpec) -> PyResult<Value> {
        let ty = spec.ty;
        if let Some(c) = ty.filter(|c| !matches!(c, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' | 'n')) {
            return Err(self.bad_format_code(c, v));
        }
        if let (Some(g), Some('n')) = (spec.grouping, ty) {
            return Err(self.spec_error(alloc::format!("Cannot specify '{}' with 'n'.", g)));
        }
        let mut f = f;
        if spec.no_neg_zero && f == 0.0 {
            f = 0.0;
        }
        let negative = f.is_sign_negative() && !f.is_nan();
        let a = f.abs();
        let mut body = String::new();
        match ty {
            Some('f' | 'F') => write_fixed(&mut body, a, spec.precision.unwrap_or(6)),
            Some('e' | 'E') => write_exp(&mut body, a, spec.precision.unwrap_or(6), false),
            Some('%') => {
                write_fixed(&mut body, a * 100.0, spec.precision.unwrap_or(6));
            }
            Some('g' | 'G' | 'n') => {
                let mode = if spec.alt { GENERAL_ALT } else { GENERAL_PLAIN };
                write_general_mode(&mut body, a, spec.precision.unwrap_or(6), mode);
            }
            _ => match spec.precision {
                Some(p) => write_general_mode(&mut body, a, p, if spec.alt { GENERAL_ALT } else { GENERAL_REPR }),
                None => write_float_repr(&mut body, a),
            },
        }
        if spec.no_neg_zero && negative && body.bytes().all(|c| matches!(c, b'0' | b'.' | b'e' | b'+' | b'-')) {
            // 'z': a result that rounds to zero loses its sign.
            return self.finish_float(spec, false, body, ty);
        }
        if spec.alt && a.is_finite() && !body.contains('.') && matches!(ty, Some('f' | 'F' | 'e' | 'E' | '%')) {
            match body.find('e') {
                Some(e) => body.insert(e, '.'),
                None => body.push('.'),
            }
        }
        self.finish_float(spec, negative, body, ty)
    }

    fn finish_float(&mut self, spec: &FormatSpec, negative: bool, body: String, ty: Option<char>) -> PyResult<Value> {
        let mut body = body;
        if ty == Some('%') {
            body.push('%');
        }
        if matches!(ty, Some('F' | 'E' | 'G')) {
            body = body.to_uppercase();
        }
        if let Some(g) = spec.grouping {
            let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
            let (int_part, rest) = body.split_at(split);
            if !int_part.is_empty() {
                let sign = sign_text(negative, spec.sign);
                let grouped = self.grouped(int_part, g, 3, spec, sign.len() + rest.chars().count());
                body = grouped + rest;
            }
        }
        let sign = sign_text(negative, spec.sign);
        self.pad_spec(spec, sign, "", &body, true)
    }

    fn format_text(&mut self, v: Value, spec: &FormatSpec) -> PyResult<Value> {
        if !self.is_str(v) {
            // object.__format__ takes no spec.
            return Err(self.raise_type_error(alloc::format!(
                "unsupported format string passed to {}.__format__",
                self.type_name_of(v)
            )));
        }
        if let Some(c) = spec.ty.filter(|c| *c != 's') {
            return Err(self.bad_format_code(c, v));
        }
        if spec.no_neg_zero {
            return Err(
                self.spec_error(String::from("Negative zero coercion (z) not allowed in string format specifier"))
            );
        }
        if spec.sign.is_some() {
            return Err(self.spec_error(String::from("Sign not allowed in string format specifier")));
        }
        if spec.alt {
            return Err(self.spec_error(String::from("Alternate form (#) not allowed in string format specifier")));
        }
        if let Some(g) = spec.grouping {
            return Err(self.spec_error(alloc::format!("Cannot specify '{}' with 's'.", g)));
        }
        if spec.align == Some('=') {
            return Err(self.spec_error(String::from("'=' alignment not allowed in string format specifier")));
        }
        let s = self.str_of(v)?;
        let text = self.str_text(s);
        let body: String = match spec.precision {
            Some(p) => text.chars().take(p).collect(),
            None => String::from(text),
        };
        self.pad_spec(spec, "", "", &body, false)
    }

    /// Align `sign prefix body` in the field.
    fn pad_spec(&mut self, spec: &FormatSpec, sign: &str, prefix: &str, body: &str, numeric: bool) -> PyResult<Value> {
        let len = sign.len() + prefix.len() + body.chars().count();
        let pad = spec.width.saturating_sub(len);
        if pad > self.heap.total_bytes() {
            return Err(self.memory_error());
        }
        let default_align = if numeric {
            if spec.zero && spec.fill.is_none() {
                '='
            } else {
                '>'
            }
        } else {
            '<'
        };
        let align = spec.align.unwrap_or(default_align);
        let fill = match spec.fill {
            Some(c) => c,
            None if spec.zero => '0',
            None => ' ',
        };
        let mut out = String::with_capacity(len + pad);
        let push_fill = |out: &mut String, n: usize| out.extend(core::iter::repeat_n(fill, n));
        match align {
            '<' => {
                let _ = write!(out, "{}{}{}", sign, prefix, body);
                push_fill(&mut out, pad);
            }
            '>' => {
                push_fill(&mut out, pad);
                let _ = write!(out, "{}{}{}", sign, prefix, body);
            }
            '^' => {
                push_fill(&mut out, pad / 2);
                let _ = write!(out, "{}{}{}", sign, prefix, body);
                push_fill(&mut out, pad - pad / 2);
            }
            _ => {
                let _ = write!(out, "{}{}", sign, prefix);
                push_fill(&mut out, pad);
                out.push_str(body);
            }
        }
        self.new_str(out.as_bytes())
    }
}

fn sign_text(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}
