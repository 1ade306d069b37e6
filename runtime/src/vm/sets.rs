//! Set algebra shared by the set operators, the set methods and the
//! set-like dict views (`keys()`, `items()`).

use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::obj::{Kind, FROZEN};
use crate::opcode::Op;
use crate::value::Value;

impl Vm {
    #[inline]
    pub(crate) fn is_frozenset(&self, v: Value) -> bool {
        self.is_kind(v, Kind::Set) && self.aux(v) & FROZEN != 0
    }

    /// A new empty set, frozen or not.
    pub(crate) fn new_set_kind(&mut self, frozen: bool) -> PyResult<Value> {
        let s = self.new_set()?;
        if frozen {
            let w = s.heap_index();
            let hdr = self.heap.word(w);
            self.heap.set_word(w, hdr | FROZEN << 8);
        }
        Ok(s)
    }

    /// Members of a set, in order.
    pub(crate) fn set_members(&self, s: Value) -> Vec<Value> {
        (0..self.dict_used(s)).filter_map(|i| self.dict_entry(s, i).map(|e| e.0)).collect()
    }

    /// Add every item of `items` to set `s` (the items are rooted meanwhile).
    pub(crate) fn set_add_all(&mut self, s: Value, items: &[Value]) -> PyResult<()> {
        self.rooted(&[s], |vm| {
            vm.rooted(items, |vm| {
                for x in items {
                    vm.dict_set(s, *x, Value::TRUE)?;
                }
                Ok(())
            })
        })
    }

    /// A set (or frozenset) of the items of an iterable.
    pub(crate) fn set_of_iterable(&mut self, x: Value, frozen: bool) -> PyResult<Value> {
        let items = if self.is_kind(x, Kind::Set) { self.set_members(x) } else { self.collect_iterable(x)? };
        self.rooted(&items, |vm| {
            let s = vm.new_set_kind(frozen)?;
            vm.set_add_all(s, &items)?;
            Ok(s)
        })
    }

    /// Is `v` a set operand: a set, a frozenset, or a keys/items view?
    pub(crate) fn is_set_like(&self, v: Value) -> bool {
        self.is_kind(v, Kind::Set) || (self.is_kind(v, Kind::DictView) && self.aux(v) != 1)
    }

    /// `v` as a set to test membership in (views are turned into sets).
    fn as_set(&mut self, v: Value) -> PyResult<Value> {
        if self.is_kind(v, Kind::Set) {
            return Ok(v);
        }
        self.set_of_iterable(v, false)
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for set operands; `None` when they are not sets.
    pub(crate) fn set_binary(&mut self, op: Op, a: Value, b: Value) -> PyResult<Option<Value>> {
        if !matches!(op, Op::BitOr | Op::BitAnd | Op::Sub | Op::BitXor) {
            return Ok(None);
        }
        let ok = match (self.kind(a), self.kind(b)) {
            (Some(Kind::Set), _) | (_, Some(Kind::Set)) => self.is_set_like(a) && self.is_set_like(b),
            // A view takes any iterable on either side.
            (Some(Kind::DictView), _) => self.is_set_like(a),
            (_, Some(Kind::DictView)) => self.is_set_like(b),
            _ => false,
        };
        if !ok {
            return Ok(None);
        }
        let frozen = self.is_frozenset(a) || (!self.is_kind(a, Kind::Set) && self.is_frozenset(b));
        let r = self.rooted(&[a, b], |vm| vm.set_combine(op, a, b, frozen));
        r.map(Some)
    }

    /// The set algebra itself: a new set holding `a op b` (operands rooted by the caller).
    pub(crate) fn set_combine(&mut self, op: Op, a: Value, b: Value, frozen: bool) -> PyResult<Value> {
        self.rooted(&[], |vm| {
            let sa = vm.as_set(a)?;
            vm.root(sa);
            let sb = vm.as_set(b)?;
            vm.root(sb);
            let out = vm.new_set_kind(frozen)?;
            vm.root(out);
            let (ia, ib) = (vm.set_members(sa), vm.set_members(sb));
            match op {
                Op::BitOr => {
                    vm.set_add_all(out, &ia)?;
                    vm.set_add_all(out, &ib)?;
                }
                Op::BitAnd => {
                    for x in ia {
                        if vm.dict_get(sb, x)?.is_some() {
                            vm.dict_set(out, x, Value::TRUE)?;
                        }
                    }
                }
                Op::Sub => {
                    for x in ia {
                        if vm.dict_get(sb, x)?.is_none() {
                            vm.dict_set(out, x, Value::TRUE)?;
                        }
                    }
                }
                _ => {
                    for x in ia {
                        if vm.dict_get(sb, x)?.is_none() {
                            vm.dict_set(out, x, Value::TRUE)?;
                        }
                    }
                    for x in ib {
                        if vm.dict_get(sa, x)?.is_none() {
                            vm.dict_set(out, x, Value::TRUE)?;
                        }
                    }
                }
            }
            Ok(out)
        })
    }

    /// `a |= b` and friends on a mutable set: change `a` in place.
    pub(crate) fn set_inplace(&mut self, op: Op, a: Value, b: Value) -> PyResult<Option<Value>> {
        if !self.is_kind(a, Kind::Set) || self.is_frozenset(a) || !self.is_set_like(b) {
            return Ok(None);
        }
        if !matches!(op, Op::BitOr | Op::BitAnd | Op::Sub | Op::BitXor) {
            return Ok(None);
        }
        let r = self.rooted(&[a, b], |vm| vm.set_update_op(op, a, b));
        r.map(|_| Some(a))
    }

    /// Update set `a` in place with `a op b` (`b` any set-like; rooted by the caller).
    pub(crate) fn set_update_op(&mut self, op: Op, a: Value, b: Value) -> PyResult<()> {
        if op == Op::BitOr {
            let items = if self.is_kind(b, Kind::Set) { self.set_members(b) } else { self.collect_iterable(b)? };
            return self.set_add_all(a, &items);
        }
        let r = self.set_combine(op, a, b, false)?;
        // Replace a's table by the result's (both are plain sets).
        for i in 1..=4 {
            let f = self.field(r, i);
            self.set_field(a, i, f);
        }
        Ok(())
    }

    /// Is every member of `a` in `b`?
    pub(crate) fn set_is_subset(&mut self, a: Value, b: Value) -> PyResult<bool> {
        self.rooted(&[a, b], |vm| {
            let sa = vm.as_set(a)?;
            vm.root(sa);
            let sb = vm.as_set(b)?;
            vm.root(sb);
            if vm.dict_len(sa) > vm.dict_len(sb) {
                return Ok(false);
            }
            for x in vm.set_members(sa) {
                if vm.dict_get(sb, x)?.is_none() {
                    return Ok(false);
                }
            }
            Ok(true)
        })
    }

    /// `<`, `<=`, `>`, `>=` between set operands (subset tests); `None` when they are not sets.
    pub(crate) fn set_order(&mut self, op: Op, a: Value, b: Value) -> PyResult<Option<bool>> {
        if !(self.is_set_like(a) && self.is_set_like(b)) {
            return Ok(None);
        }
        let (x, y) = if matches!(op, Op::Lt | Op::Le) { (a, b) } else { (b, a) };
        let sub = self.set_is_subset(x, y)?;
        let strict = matches!(op, Op::Lt | Op::Gt);
        let (lx, ly) = (self.len_of(x)?, self.len_of(y)?);
        Ok(Some(sub && (!strict || lx < ly)))
    }

    /// `a == b` for set operands (a set and a keys view may be equal).
    pub(crate) fn set_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if self.len_of(a)? != self.len_of(b)? {
            return Ok(false);
        }
        self.set_is_subset(a, b)
    }
}
