//! `str.format` and `str.format_map`: replacement fields with indexes,
//! attributes, conversions and nested format specs, as CPython parses them.

use alloc::string::String;
use alloc::vec::Vec;

use super::{Kw, PyResult, Vm};
use crate::builtins::B;
use crate::value::Value;

/// Where named fields come from.
#[derive(Clone, Copy)]
pub(crate) enum Names<'a> {
    Kw(Kw<'a>),
    Map(Value),
}

struct State {
    /// None: not decided yet; Some(true): `{}` numbering; Some(false): `{0}` numbering.
    auto: Option<bool>,
    next: usize,
}

impl Vm {
    /// Format `fmt` with positional `pos` and named fields from `names`.
    pub(crate) fn str_format(&mut self, fmt: &str, pos: &[Value], names: Names) -> PyResult<Value> {
        let mut st = State { auto: None, next: 0 };
        let out = self.format_markup(fmt, pos, names, &mut st, 0)?;
        self.str_value(&out)
    }

    fn format_markup(
        &mut self,
        fmt: &str,
        pos: &[Value],
        names: Names,
        st: &mut State,
        depth: usize,
    ) -> PyResult<String> {
        if depth > 2 {
            return Err(self.raise_msg(B::ValueError, "Max string recursion exceeded"));
        }
        let cs: Vec<char> = fmt.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < cs.len() {
            let c = cs[i];
            if c == '}' {
                if cs.get(i + 1) == Some(&'}') {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(self.raise_msg(B::ValueError, "Single '}' encountered in format string"));
            }
            if c != '{' {
                out.push(c);
                i += 1;
                continue;
            }
            if cs.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            if i + 1 >= cs.len() {
                return Err(self.raise_msg(B::ValueError, "Single '{' encountered in format string"));
            }
            // Find the matching '}', counting nested braces; a conversion takes the next char as is.
            let mut j = i + 1;
            let mut count = 1;
            let mut saw_bang = false;
            while j < cs.len() {
                match cs[j] {
                    '{' => count += 1,
                    '}' => {
                        count -= 1;
                        if count == 0 {
                            break;
                        }
                    }
                    '!' if count == 1 && !saw_bang => {
                        saw_bang = true;
                        j += 1;
                    }
                    '[' if count == 1 => {
                        while j < cs.len() && cs[j] != ']' {
                            j += 1;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= cs.len() {
                let msg = if saw_bang { "unmatched '{' in format spec" } else { "expected '}' before end of string" };
                return Err(self.raise_msg(B::ValueError, msg));
            }
            let field: String = cs[i + 1..j].iter().collect();
            i = j + 1;
            let piece = self.format_field(&field, pos, names, st, depth)?;
            out.push_str(&piece);
        }
        Ok(out)
    }

    fn format_field(
        &mut self,
        field: &str,
        pos: &[Value],
        names: Names,
        st: &mut State,
        depth: usize,
    ) -> PyResult<String> {
        let fc: Vec<char> = field.chars().collect();
        // The field name ends at '!' or ':' outside brackets.
        let mut k = 0;
        while k < fc.len() {
            match fc[k] {
                '[' => {
                    while k < fc.len() && fc[k] != ']' {
                        k += 1;
                    }
                }
                '!' | ':' => break,
                _ => {}
            }
            k += 1;
        }
        let k = k.min(fc.len());
        let name: String = fc[..k].iter().collect();
        let mut conv = None;
        let mut rest = k;
        if rest < fc.len() && fc[rest] == '!' {
            let Some(&c) = fc.get(rest + 1) else {
                return Err(self.raise_msg(B::ValueError, "end of string while looking for conversion specifier"));
            };
            conv = Some(c);
            rest += 2;
            if rest < fc.len() && fc[rest] != ':' {
                return Err(self.raise_msg(B::ValueError, "expected ':' after conversion specifier"));
            }
        }
        let spec: String = if rest < fc.len() { fc[rest + 1..].iter().collect() } else { String::new() };
        let mut value = self.field_value(&name, pos, names, st)?;
        self.rooted(&[value], |vm| {
            value = match conv {
                None => value,
                Some('r') => vm.repr_of(value)?,
                Some('s') => vm.str_of(value)?,
                Some('a') => {
                    let r = vm.repr_of(value)?;
                    let t = String::from(vm.str_text(r));
                    vm.new_str(super::format::ascii_escape(&t).as_bytes())?
                }
                Some(c) => {
                    let msg = alloc::format!("Unknown conversion specifier {}", c);
                    return Err(vm.raise_msg(B::ValueError, &msg));
                }
            };
            vm.root(value);
            let spec = if spec.contains('{') { vm.format_markup(&spec, pos, names, st, depth + 1)? } else { spec };
            let s = if spec.is_empty() && !vm.is_instance_obj(value) {
                vm.str_of(value)?
            } else {
                vm.format_with_spec(value, &spec)?
            };
            Ok(String::from(vm.str_text(s)))
        })
    }

    /// The value a field name selects: `0`, `name`, `0.attr`, `name[key][0]`.
    fn field_value(&mut self, name: &str, pos: &[Value], names: Names, st: &mut State) -> PyResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let (head, mut tail) = name.split_at(first_end);
        let mut v = if head.is_empty() || head.bytes().all(|b| b.is_ascii_digit()) {
            let index = if head.is_empty() {
                if st.auto == Some(false) {
                    return Err(self.raise_msg(
                        B::ValueError,
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                st.auto = Some(true);
                st.next += 1;
                st.next - 1
            } else {
                if st.auto == Some(true) {
                    return Err(self.raise_msg(
                        B::ValueError,
                        "cannot switch from automatic field numbering to manual field specification",
                    ));
                }
                st.auto = Some(false);
                head.parse::<usize>().unwrap_or(usize::MAX)
            };
            match pos.get(index) {
                Some(v) => *v,
                None => {
                    if let Names::Map(_) = names {
                        return Err(self.raise_msg(B::ValueError, "Format string contains positional fields"));
                    }
                    let msg = alloc::format!("Replacement index {} out of range for positional args tuple", index);
                    return Err(self.raise_msg(B::IndexError, &msg));
                }
            }
        } else {
            let key = self.str_value(head)?;
            match names {
                Names::Kw(kw) => match kw.iter().find(|(k, _)| self.str_bytes(*k) == head.as_bytes()) {
                    Some((_, v)) => *v,
                    None => {
                        let e = self.new_exception(B::KeyError.value(), &[key])?;
                        self.exc = e;
                        return Err(super::Raised);
                    }
                },
                Names::Map(m) => {
                    let r = self.rooted(&[key], |vm| vm.get_item(m, key));
                    r?
                }
            }
        };
        self.rooted(&[], |vm| {
            while !tail.is_empty() {
                vm.root(v);
                if let Some(t) = tail.strip_prefix('.') {
                    let end = t.find(['.', '[']).unwrap_or(t.len());
                    let attr = &t[..end];
                    if attr.is_empty() {
                        return Err(vm.raise_msg(B::ValueError, "Empty attribute in format string"));
                    }
                    let n = vm.str_value(attr);
                    let n = match n {
                        Ok(n) => n,
                        Err(e) => {
                            return Err(e);
                        }
                    };
                    vm.root(n);
                    let r = vm.get_attr(v, n);
                    match r {
                        Ok(x) => v = x,
                        Err(e) => {
                            return Err(e);
                        }
                    }
                    tail = &t[end..];
                } else if let Some(t) = tail.strip_prefix('[') {
                    let Some(close) = t.find(']') else {
                        return Err(vm.raise_msg(B::ValueError, "Missing ']' in format string"));
                    };
                    let key_text = &t[..close];
                    if key_text.is_empty() {
                        return Err(vm.raise_msg(B::ValueError, "Empty attribute in format string"));
                    }
                    let key = if key_text.bytes().all(|b| b.is_ascii_digit()) {
                        key_text.parse::<i64>().map(|n| vm.new_int(n)).unwrap_or_else(|_| vm.str_value(key_text))
                    } else {
                        vm.str_value(key_text)
                    };
                    let r = key.and_then(|k| {
                        vm.root(k);
                        vm.get_item(v, k)
                    });
                    match r {
                        Ok(x) => v = x,
                        Err(e) => {
                            return Err(e);
                        }
                    }
                    tail = &t[close + 1..];
                    if !tail.is_empty() && !tail.starts_with(['.', '[']) {
                        return Err(
                            vm.raise_msg(B::ValueError, "Only '.' or '[' may follow ']' in format field specifier")
                        );
                    }
                } else {
                    break;
                }
            }
            Ok(v)
        })
    }
}
