//! Star arguments and unpacking: `f(*a, **k)`, `[*a, *b]`, `{**d}`,
//! `first, *rest = x`.

use alloc::string::String;
use alloc::vec::Vec;

use super::call::Called;
use super::{PyResult, Ret, Vm};
use crate::builtins::B;
use crate::layout::{bound_method, class, function};
use crate::obj::Kind;
use crate::value::Value;

impl Vm {
    /// A callable's name as CPython shows it in argument errors (`f()`).
    pub(crate) fn callable_name(&self, f: Value) -> String {
        match self.kind(f) {
            Some(Kind::Function) => {
                // CPython qualifies it with the module: `__main__.f()`.
                let (image, code) = self.function_code(f);
                let name = self.image(image).code(code).name();
                match self.dict_get_str(self.field(f, function::GLOBALS), "__name__") {
                    Some(m) if self.is_str(m) => alloc::format!("{}.{}()", self.str_text(m), name),
                    _ => alloc::format!("{}()", name),
                }
            }
            Some(Kind::BoundMethod) => self.callable_name(self.field(f, bound_method::FUNCTION)),
            Some(Kind::Class) => alloc::format!("{}()", self.str_text(self.field(f, class::NAME))),
            _ if f.is_builtin() => alloc::format!("{}()", crate::builtins::NAMES[f.builtin_id()]),
            _ if f.is_method() => match crate::builtins::methods::def(f) {
                Some(m) => alloc::format!("{}.{}()", crate::builtins::methods::owner(f).name(), m.name),
                None => String::from("function()"),
            },
            _ => alloc::format!("{} object", self.type_name_of(f)),
        }
    }

    /// `ListExtend`: `list += iterable`; `callee` is set for a call's `*args`.
    pub(crate) fn extend_star(&mut self, list: Value, x: Value, callee: Option<Value>) -> PyResult<()> {
        if let Err(e) = self.list_extend(list, x) {
            let not_iterable = self.exception_matches(self.exc, B::TypeError.value())
                && !self.is_instance_obj(x)
                && !self.is_kind(x, Kind::Generator);
            if not_iterable {
                let what = match callee {
                    Some(f) => alloc::format!("{} argument", self.callable_name(f)),
                    None => String::from("Value"),
                };
                let msg = alloc::format!("{} after * must be an iterable, not {}", what, self.type_name_of(x));
                return Err(self.raise_type_error(msg));
            }
            return Err(e);
        }
        Ok(())
    }

    /// `SetUpdate`: add every item of `x` to set `st`.
    pub(crate) fn set_update(&mut self, st: Value, x: Value) -> PyResult<()> {
        let items = self.collect_iterable(x)?;
        self.rooted(&items, |vm| items.iter().try_for_each(|v| vm.dict_set(st, *v, Value::TRUE)))
    }

    /// `DictUpdate`: merge mapping `src` into dict `d`. For a call's `**kwargs`
    /// (`callee` set), keys must be strings and may not repeat.
    pub(crate) fn merge_star(&mut self, d: Value, src: Value, callee: Option<Value>) -> PyResult<()> {
        self.rooted(&[src], |vm| vm.merge_star_inner(d, src, callee))
    }

    fn merge_star_inner(&mut self, d: Value, src: Value, callee: Option<Value>) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = if self.is_kind(src, Kind::Dict) {
            (0..self.dict_used(src)).filter_map(|i| self.dict_entry(src, i)).collect()
        } else {
            // Any mapping: keys(), then src[key].
            let name = self.new_str(b"keys")?;
            let keys = match self.try_get_attr(src, name)? {
                Some(m) => m,
                None => {
                    let msg = match callee {
                        Some(f) => alloc::format!(
                            "{} argument after ** must be a mapping, not {}",
                            self.callable_name(f),
                            self.type_name_of(src)
                        ),
                        None => alloc::format!("'{}' object is not a mapping", self.type_name_of(src)),
                    };
                    return Err(self.raise_type_error(msg));
                }
            };
            let ks = self.call(keys, &[])?;
            // Rooted until merge_star's scope ends.
            self.root(ks);
            let ks = self.collect_iterable(ks)?;
            ks.iter().for_each(|&k| self.root(k));
            let mut out = Vec::with_capacity(ks.len());
            for k in ks {
                let v = self.get_item(src, k)?;
                self.root(v);
                out.push((k, v));
            }
            out
        };
        for (k, v) in pairs {
            if let Some(f) = callee {
                if !self.is_str(k) {
                    let _ = f;
                    return Err(self.raise_type_error("keywords must be strings".into()));
                }
                if self.dict_get(d, k)?.is_some() {
                    let msg = alloc::format!(
                        "{} got multiple values for keyword argument '{}'",
                        self.callable_name(f),
                        self.str_text(k)
                    );
                    return Err(self.raise_type_error(msg));
                }
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// `CallEx`: call R[slot] with the items of the list (or tuple) at
    /// `slot + 1` and, when `has_kw`, the dict at `slot + 2` as keywords.
    pub(crate) fn call_ex(&mut self, slot: usize, has_kw: bool, ret: Ret) -> PyResult<Called> {
        let args = self.stack[slot + 1];
        let kw = if has_kw { self.stack[slot + 2] } else { Value::NULL };
        let pos = match self.kind(args) {
            Some(Kind::List | Kind::Tuple) => self.seq_to_vec(args),
            _ => Vec::new(),
        };
        let (names, values) = if self.is_kind(kw, Kind::Dict) && self.dict_len(kw) > 0 {
            let pairs: Vec<(Value, Value)> = (0..self.dict_used(kw)).filter_map(|i| self.dict_entry(kw, i)).collect();
            let keys: Vec<Value> = pairs.iter().map(|p| p.0).collect();
            // The list and dict still hold every value while the name tuple is made.
            let t = self.new_tuple(&keys)?;
            (t, pairs.iter().map(|p| p.1).collect())
        } else {
            (Value::NULL, Vec::new())
        };
        self.stack.truncate(slot + 1);
        self.stack.extend_from_slice(&pos);
        self.stack.extend_from_slice(&values);
        self.rooted(&[names], |vm| vm.call_slot(slot, pos.len() + values.len(), names, ret))
    }

    /// `UnpackEx`: R[A] split into `before` values, a list, `after` values.
    pub(crate) fn unpack_star(&mut self, dest: usize, before: usize, after: usize) -> PyResult<()> {
        let src = self.stack[dest];
        let items = self.unpack_items(src)?;
        if items.len() < before + after {
            let msg = alloc::format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            );
            return Err(self.raise_msg(B::ValueError, &msg));
        }
        let mid_end = items.len() - after;
        let mid = self.rooted(&items, |vm| vm.new_list(&items[before..mid_end]))?;
        self.stack[dest..dest + before].copy_from_slice(&items[..before]);
        self.stack[dest + before] = mid;
        self.stack[dest + before + 1..dest + before + 1 + after].copy_from_slice(&items[mid_end..]);
        Ok(())
    }
}
