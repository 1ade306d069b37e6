//! Comparisons (`==`, `!=`, ordering, rich results of user methods),
//! membership (`in`) and subclass tests.

use super::ops::{find_bytes, op_dunders, op_symbol};
use super::{PyResult, Vm};
use crate::builtins::B;
use crate::layout::{class, dict_view, instance};
use crate::obj::Kind;
use crate::opcode::Op;
use crate::value::Value;

impl Vm {
    /// `a == b`.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b {
            return Ok(self.float_value(a).map(|f| !f.is_nan()).unwrap_or(true));
        }
        if a.is_small() && b.is_small() {
            return Ok(false);
        }
        if (self.is_str(a) || self.is_str(b)) && !self.is_instance_obj(a) && !self.is_instance_obj(b) {
            return Ok(self.is_str(a) && self.is_str(b) && self.str_bytes(a) == self.str_bytes(b));
        }
        if let Some(o) = self.num_cmp(a, b) {
            return Ok(o == Some(core::cmp::Ordering::Equal));
        }
        if self.is_instance_obj(a) || self.is_instance_obj(b) {
            if let Some(v) = self.call_dunder_binary(a, b, "__eq__", "__eq__")? {
                return self.truthy(v);
            }
            let (ua, ub) = (self.unwrap_builtin(a), self.unwrap_builtin(b));
            if ua != a || ub != b {
                return self.eq(ua, ub);
            }
            return Ok(false);
        }
        if self.is_bytes_like(a) && self.is_bytes_like(b) {
            return Ok(self.bytes_data(a) == self.bytes_data(b));
        }
        if self.is_set_like(a)
            && self.is_set_like(b)
            && (self.is_kind(a, Kind::Set) || self.is_kind(b, Kind::Set) || self.aux(a) == self.aux(b))
        {
            return self.set_eq(a, b);
        }
        if self.same_seq_kind(a, b) {
            let n = self.seq_len(a);
            if n != self.seq_len(b) {
                return Ok(false);
            }
            self.check_stack()?;
            for i in 0..n {
                let (x, y) = (self.seq_item(a, i), self.seq_item(b, i));
                if !self.eq(x, y)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        if self.is_kind(a, Kind::Dict) && self.is_kind(b, Kind::Dict) {
            if self.dict_len(a) != self.dict_len(b) {
                return Ok(false);
            }
            for i in 0..self.dict_used(a) {
                if let Some((k, v)) = self.dict_entry(a, i) {
                    match self.dict_get(b, k)? {
                        Some(w) if self.eq(v, w)? => {}
                        _ => return Ok(false),
                    }
                }
            }
            return Ok(true);
        }
        if self.is_kind(a, Kind::Range) && self.is_kind(b, Kind::Range) {
            return self.range_eq(a, b);
        }
        Ok(false)
    }

    /// A comparison operator as an expression: a user method's result as it is
    /// (`__eq__` may return anything), else a bool.
    pub fn rich_compare(&mut self, op: Op, a: Value, b: Value) -> PyResult<Value> {
        if self.is_instance_obj(a) || self.is_instance_obj(b) {
            let (name, rname, _) = op_dunders(op);
            if let Some(v) = self.call_dunder_binary(a, b, name, rname)? {
                return Ok(v);
            }
            if op == Op::Ne {
                // A builtin base's __ne__ (str, list, ...) comes before object's in the MRO.
                let (ua, ub) = (self.unwrap_builtin(a), self.unwrap_builtin(b));
                if ua != a || ub != b {
                    return Ok(Value::bool(!self.eq(ua, ub)?));
                }
                // The default __ne__ inverts __eq__.
                if let Some(v) = self.call_dunder_binary(a, b, "__eq__", "__eq__")? {
                    return Ok(Value::bool(!self.truthy(v)?));
                }
            }
        }
        let r = match op {
            Op::Eq => self.eq(a, b)?,
            Op::Ne => !self.eq(a, b)?,
            _ => self.compare(op, a, b)?,
        };
        Ok(Value::bool(r))
    }

    /// `a != b`: a user `__ne__` if there is one, else the negation of `==`.
    pub fn ne(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if self.is_instance_obj(a) || self.is_instance_obj(b) {
            if let Some(v) = self.call_dunder_binary(a, b, "__ne__", "__ne__")? {
                return self.truthy(v);
            }
        }
        Ok(!self.eq(a, b)?)
    }

    /// Ordering comparisons (`<`, `<=`, `>`, `>=`).
    pub fn compare(&mut self, op: Op, a: Value, b: Value) -> PyResult<bool> {
        use core::cmp::Ordering::*;
        let ord = if a.is_small() && b.is_small() {
            Some(a.small_value().cmp(&b.small_value()))
        } else if let Some(o) = self.num_cmp(a, b) {
            match o {
                Some(o) => Some(o),
                None => return Ok(false),
            }
        } else if self.is_str(a) && self.is_str(b) {
            Some(self.str_bytes(a).cmp(self.str_bytes(b)))
        } else if self.is_bytes_like(a) && self.is_bytes_like(b) && !self.is_kind(a, Kind::MemoryView) {
            Some(self.bytes_data(a).cmp(&self.bytes_data(b)))
        } else if let Some(r) = self.set_order(op, a, b)? {
            return Ok(r);
        } else if self.same_seq_kind(a, b) {
            self.check_stack()?;
            let (n, m) = (self.seq_len(a), self.seq_len(b));
            let mut i = 0;
            while i < n.min(m) {
                let (x, y) = (self.seq_item(a, i), self.seq_item(b, i));
                if !self.eq(x, y)? {
                    return self.compare(op, x, y);
                }
                i += 1;
            }
            Some(n.cmp(&m))
        } else {
            None
        };
        if let Some(o) = ord {
            return Ok(match op {
                Op::Lt => o == Less,
                Op::Le => o != Greater,
                Op::Gt => o == Greater,
                _ => o != Less,
            });
        }
        let (name, rname, _) = op_dunders(op);
        if let Some(v) = self.call_dunder_binary(a, b, name, rname)? {
            return self.truthy(v);
        }
        let (ua, ub) = (self.unwrap_builtin(a), self.unwrap_builtin(b));
        if ua != a || ub != b {
            return self.compare(op, ua, ub);
        }
        Err(self.raise_type_error(alloc::format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op_symbol(op),
            self.type_name_of(a),
            self.type_name_of(b)
        )))
    }

    /// Try `a.name(b)`, then `b.rname(a)` for instances of classes; `None` when neither applies.
    pub(crate) fn call_dunder_binary(
        &mut self,
        a: Value,
        b: Value,
        name: &str,
        rname: &str,
    ) -> PyResult<Option<Value>> {
        // A subclass's reflected method goes first, so that it can override its base's.
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        if ta != tb && self.is_instance_obj(b) && self.is_subclass(tb, ta) {
            if let Some(f) = self.lookup_special(b, rname) {
                let r = self.call_method_value(f, b, &[a])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(Some(r));
                }
            }
        }
        if self.is_instance_obj(a) {
            if let Some(f) = self.lookup_special(a, name) {
                let r = self.call_method_value(f, a, &[b])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(Some(r));
                }
            }
        }
        if self.is_instance_obj(b) {
            if let Some(f) = self.lookup_special(b, rname) {
                let r = self.call_method_value(f, b, &[a])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    /// An instance of a user class (where dunder methods may live).
    #[inline]
    pub(crate) fn is_instance_obj(&self, v: Value) -> bool {
        (self.is_kind(v, Kind::Instance) || self.is_kind(v, Kind::Exception))
            && !self.field(v, instance::CLASS).is_builtin()
    }

    /// `x in container`.
    pub fn contains(&mut self, container: Value, x: Value) -> PyResult<bool> {
        if self.is_str(container) {
            if !self.is_str(x) {
                return Err(self.raise_type_error(alloc::format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name_of(x)
                )));
            }
            return Ok(find_bytes(self.str_bytes(container), self.str_bytes(x), 0).is_some());
        }
        match self.kind(container) {
            Some(Kind::MemoryView) => self.contains_by_iteration(container, x),
            Some(Kind::Bytes | Kind::ByteArray) => {
                let needle: alloc::vec::Vec<u8> = if let Some(d) = self.bytes_data(x) {
                    d.into_owned()
                } else if self.int_value(x).is_some() {
                    alloc::vec![self.byte_value(x)?]
                } else {
                    return Err(self.raise_type_error(alloc::format!(
                        "a bytes-like object is required, not '{}'",
                        self.type_name_of(x)
                    )));
                };
                let hay = self.bytes_data(container).unwrap_or_default();
                Ok(find_bytes(&hay, &needle, 0).is_some())
            }
            Some(Kind::List | Kind::Tuple) => {
                for i in 0..self.seq_len(container) {
                    let y = self.seq_item(container, i);
                    if self.eq(y, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Some(Kind::Dict | Kind::Set) => Ok(self.dict_get(container, x)?.is_some()),
            Some(Kind::DictView) => {
                let d = self.field(container, dict_view::DICT);
                match self.aux(container) {
                    0 => Ok(self.dict_get(d, x)?.is_some()),
                    _ => self.contains_by_iteration(container, x),
                }
            }
            Some(Kind::Range) if self.is_int(x) => self.range_contains(container, x),
            Some(Kind::Range) => self.contains_by_iteration(container, x),
            _ => {
                if self.is_instance_obj(container) {
                    if let Some(f) = self.lookup_special(container, "__contains__") {
                        let r = self.call_method_value(f, container, &[x])?;
                        return self.truthy(r);
                    }
                    let b = self.builtin_value(container);
                    if !b.is_null() && self.lookup_special(container, "__iter__").is_none() {
                        return self.contains(b, x);
                    }
                    if b.is_null()
                        && self.lookup_special(container, "__iter__").is_none()
                        && self.lookup_special(container, "__getitem__").is_none()
                    {
                        return Err(self.not_iterable_arg(container));
                    }
                } else if !self.is_iterator(container) {
                    return Err(self.not_iterable_arg(container));
                }
                self.contains_by_iteration(container, x)
            }
        }
    }

    fn not_iterable_arg(&mut self, v: Value) -> super::Raised {
        let msg = alloc::format!("argument of type '{}' is not iterable", self.type_name_of(v));
        self.raise_msg(B::TypeError, &msg)
    }

    fn contains_by_iteration(&mut self, container: Value, x: Value) -> PyResult<bool> {
        let it = self.get_iter(container)?;
        self.rooted(&[it, x], |vm| {
            while let Some(y) = vm.iter_next(it)? {
                if vm.eq(y, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        })
    }

    /// `isinstance`-style check of a type against a class or builtin type.
    pub fn is_subclass(&self, t: Value, class: Value) -> bool {
        if t == class {
            return true;
        }
        if t.is_builtin() {
            return match (B::from_id(t.builtin_id()), class.is_builtin()) {
                (Some(bt), true) => B::from_id(class.builtin_id()).map(|c| bt.derives_from(c)).unwrap_or(false),
                _ => false,
            };
        }
        if self.is_kind(t, Kind::Class) {
            let mro = self.field(t, class::MRO);
            return (0..self.seq_len(mro)).any(|i| self.seq_item(mro, i) == class);
        }
        false
    }

    pub fn isinstance(&self, v: Value, class: Value) -> bool {
        self.is_subclass(self.type_of(v), class)
    }
}
