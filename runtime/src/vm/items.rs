//! Iteration, subscripts and slices.

use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::builtins::B;
use crate::layout::{call_iter, dict_view, enumerate, filter, list, map, range, range_iter, seq_iter, tuple, zip};
use crate::obj::{iter_kind, Kind};
use crate::value::Value;

/// Resolved slice bounds over a sequence of length `len`.
pub(crate) struct SliceBounds {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub count: usize,
}

impl SliceBounds {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.count).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

impl Vm {
    /// `iter(x)`.
    /// What `await x` drives: a coroutine (a generator, as in MicroPython) is its own
    /// iterator; another object's `__await__()` must return an iterator.
    pub(crate) fn get_awaitable(&mut self, x: Value) -> PyResult<Value> {
        if self.is_kind(x, Kind::Generator) {
            return Ok(x);
        }
        let Some(f) = self.lookup_special(x, "__await__") else {
            let msg = alloc::format!("object {} can't be used in 'await' expression", self.type_name_of(x));
            return Err(self.raise_type_error(msg));
        };
        let it = self.call_method_value(f, x, &[])?;
        if self.is_kind(it, Kind::Generator) || self.lookup_special(it, "__next__").is_some() {
            return Ok(it);
        }
        match self.kind(it) {
            Some(Kind::SeqIter | Kind::RangeIter | Kind::Enumerate | Kind::Zip | Kind::Map | Kind::Filter) => Ok(it),
            _ => {
                let msg = alloc::format!("__await__() returned non-iterator of type '{}'", self.type_name_of(it));
                Err(self.raise_type_error(msg))
            }
        }
    }

    pub fn get_iter(&mut self, x: Value) -> PyResult<Value> {
        if self.is_str(x) {
            return self.new_seq_iter(x, iter_kind::STR);
        }
        match self.kind(x) {
            Some(Kind::List) => self.new_seq_iter(x, iter_kind::LIST),
            Some(Kind::Tuple) => self.new_seq_iter(x, iter_kind::TUPLE),
            Some(Kind::Bytes) => self.new_seq_iter(x, iter_kind::BYTES),
            Some(Kind::ByteArray | Kind::MemoryView) => self.new_seq_iter(x, iter_kind::BYTEARRAY),
            Some(Kind::Dict | Kind::Set) => self.new_seq_iter(x, iter_kind::DICT_KEYS),
            Some(Kind::DictView) => {
                let which = Self::iter_kind_of_view(self.aux(x));
                let d = self.field(x, dict_view::DICT);
                self.new_seq_iter(d, which)
            }
            Some(Kind::Range) => {
                let (start, stop, step) =
                    (self.field(x, range::START), self.field(x, range::STOP), self.field(x, range::STEP));
                self.new_object(Kind::RangeIter, 0, &[start, stop, step])
            }
            Some(
                Kind::SeqIter
                | Kind::RangeIter
                | Kind::Enumerate
                | Kind::Zip
                | Kind::Map
                | Kind::Filter
                | Kind::CallIter
                | Kind::Generator,
            ) => Ok(x),
            _ => {
                if self.is_instance_obj(x) {
                    if let Some(f) = self.lookup_special(x, "__iter__") {
                        let it = self.call_method_value(f, x, &[])?;
                        if !self.is_iterator(it) {
                            return Err(self.raise_type_error(alloc::format!(
                                "iter() returned non-iterator of type '{}'",
                                self.type_name_of(it)
                            )));
                        }
                        return Ok(it);
                    }
                    let b = self.builtin_value(x);
                    if !b.is_null() {
                        return self.get_iter(b);
                    }
                    if self.lookup_special(x, "__getitem__").is_some() {
                        return self.new_seq_iter(x, iter_kind::GETITEM);
                    }
                }
                Err(self.raise_type_error(alloc::format!("'{}' object is not iterable", self.type_name_of(x))))
            }
        }
    }

    /// Can `next()` be called on `v`?
    pub(crate) fn is_iterator(&self, v: Value) -> bool {
        matches!(
            self.kind(v),
            Some(
                Kind::SeqIter
                    | Kind::RangeIter
                    | Kind::Enumerate
                    | Kind::Zip
                    | Kind::Map
                    | Kind::Filter
                    | Kind::CallIter
                    | Kind::Generator
            )
        ) || (self.is_instance_obj(v) && self.lookup_special(v, "__next__").is_some())
    }

    /// `next(it)`, with exhaustion as `None` rather than StopIteration.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        match self.kind(it) {
            Some(Kind::Generator) => match self.gen_send(it, Value::NONE)? {
                super::GenOutcome::Yielded(v) => Ok(Some(v)),
                super::GenOutcome::Returned(_) => Ok(None),
            },
            Some(Kind::RangeIter) => {
                let (cur, stop, step) = (
                    self.field(it, range_iter::NEXT),
                    self.field(it, range_iter::STOP),
                    self.field(it, range_iter::STEP),
                );
                if cur.is_small() && stop.is_small() && step.is_small() {
                    let (c, s, st) = (cur.small_value() as i64, stop.small_value() as i64, step.small_value() as i64);
                    if (st > 0 && c >= s) || (st < 0 && c <= s) {
                        return Ok(None);
                    }
                    let next = self.new_int(c + st)?;
                    self.set_field(it, range_iter::NEXT, next);
                    return Ok(Some(cur));
                }
                #[cfg(feature = "bigint")]
                if self.range_is_big(it) {
                    return self.big_range_next(it);
                }
                let (c, s, st) = (
                    self.int_value(cur).unwrap_or(0),
                    self.int_value(stop).unwrap_or(0),
                    self.int_value(step).unwrap_or(1),
                );
                if (st > 0 && c >= s) || (st < 0 && c <= s) {
                    return Ok(None);
                }
                let next = match c.checked_add(st) {
                    Some(n) => self.new_int(n)?,
                    None => stop,
                };
                self.set_field(it, range_iter::NEXT, next);
                Ok(Some(cur))
            }
            Some(Kind::SeqIter) => {
                let seq = self.field(it, seq_iter::SEQ);
                let i = self.field(it, seq_iter::INDEX).small_value() as usize;
                match self.aux(it) {
                    iter_kind::LIST | iter_kind::TUPLE => {
                        if i >= self.seq_len(seq) {
                            return Ok(None);
                        }
                        self.set_field(it, seq_iter::INDEX, Value::small(i as i32 + 1));
                        Ok(Some(self.seq_item(seq, i)))
                    }
                    iter_kind::STR => {
                        let bytes = self.str_bytes(seq);
                        if i >= bytes.len() {
                            return Ok(None);
                        }
                        let n = utf8_len(bytes[i]).min(bytes.len() - i);
                        let ch: Vec<u8> = bytes[i..i + n].to_vec();
                        self.set_field(it, seq_iter::INDEX, Value::small((i + n) as i32));
                        Ok(Some(self.str_from_char_bytes(&ch)?))
                    }
                    iter_kind::BYTES | iter_kind::BYTEARRAY => {
                        let b = self.bytes_data(seq).and_then(|d| d.get(i).copied());
                        let Some(b) = b else { return Ok(None) };
                        self.set_field(it, seq_iter::INDEX, Value::small(i as i32 + 1));
                        Ok(Some(Value::small(b as i32)))
                    }
                    iter_kind::GETITEM => {
                        // The old sequence protocol: `__getitem__(0)`, `(1)`, ... until IndexError.
                        if seq.is_null() {
                            return Ok(None);
                        }
                        let r = self.rooted(&[it], |vm| vm.get_item(seq, Value::small(i as i32)));
                        match r {
                            Ok(v) => {
                                self.set_field(it, seq_iter::INDEX, Value::small(i as i32 + 1));
                                Ok(Some(v))
                            }
                            Err(e) => {
                                if self.exception_matches(self.exc, B::IndexError.value())
                                    || self.exception_matches(self.exc, B::StopIteration.value())
                                {
                                    self.exc = Value::NULL;
                                    self.set_field(it, seq_iter::SEQ, Value::NULL);
                                    Ok(None)
                                } else {
                                    Err(e)
                                }
                            }
                        }
                    }
                    which => {
                        let mut i = i;
                        while i < self.dict_used(seq) {
                            if let Some((k, v)) = self.dict_entry(seq, i) {
                                self.set_field(it, seq_iter::INDEX, Value::small(i as i32 + 1));
                                return Ok(Some(match which {
                                    iter_kind::DICT_KEYS => k,
                                    iter_kind::DICT_VALUES => v,
                                    _ => self.new_tuple(&[k, v])?,
                                }));
                            }
                            i += 1;
                        }
                        self.set_field(it, seq_iter::INDEX, Value::small(i as i32));
                        Ok(None)
                    }
                }
            }
            Some(Kind::Enumerate) => {
                let inner = self.field(it, enumerate::ITER);
                let Some(v) = self.iter_next(inner)? else { return Ok(None) };
                let n = self.field(it, enumerate::COUNT);
                let next = self.rooted(&[v], |vm| vm.binary_op(crate::opcode::Op::Add, n, Value::small(1)));
                self.set_field(it, enumerate::COUNT, next?);
                Ok(Some(self.new_tuple(&[n, v])?))
            }
            Some(Kind::Zip) => {
                let its = self.field(it, zip::ITERS);
                let n = self.seq_len(its);
                if n == 0 {
                    return Ok(None);
                }
                let t = self.new_tuple_uninit(n)?;
                self.rooted(&[t], |vm| {
                    for i in 0..n {
                        let inner = vm.seq_item(its, i);
                        match vm.iter_next(inner) {
                            Ok(Some(v)) => vm.set_field(t, tuple::ITEMS + i, v),
                            Ok(None) => {
                                return Ok(None);
                            }
                            Err(e) => {
                                return Err(e);
                            }
                        }
                    }
                    Ok(Some(t))
                })
            }
            Some(Kind::Map) => {
                let (f, its) = (self.field(it, map::FUNCTION), self.field(it, map::ITERS));
                let n = self.seq_len(its);
                let mut args = Vec::with_capacity(n);
                self.rooted(&[it], |vm| {
                    for i in 0..n {
                        let inner = vm.seq_item(its, i);
                        match vm.iter_next(inner) {
                            Ok(Some(v)) => {
                                vm.root(v);
                                args.push(v);
                            }
                            Ok(None) => {
                                return Ok(None);
                            }
                            Err(e) => {
                                return Err(e);
                            }
                        }
                    }
                    let r = vm.call(f, &args);
                    r.map(Some)
                })
            }
            Some(Kind::Filter) => {
                let (f, inner) = (self.field(it, filter::FUNCTION), self.field(it, filter::ITER));
                self.rooted(&[it], |vm| loop {
                    let Some(v) = vm.iter_next(inner)? else { return Ok(None) };
                    vm.root(v);
                    let keep = if f == Value::NONE {
                        vm.truthy(v)?
                    } else {
                        let t = vm.call(f, &[v])?;
                        vm.truthy(t)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                })
            }
            Some(Kind::CallIter) => {
                let (f, sentinel) = (self.field(it, call_iter::CALLABLE), self.field(it, call_iter::SENTINEL));
                if f.is_null() {
                    return Ok(None);
                }
                let r = self.rooted(&[it], |vm| {
                    vm.call(f, &[]).and_then(|v| {
                        vm.root(v);
                        Ok((v, vm.eq(v, sentinel)?))
                    })
                });
                let (v, done) = r?;
                if done {
                    // Exhausted for good: drop the callable.
                    self.set_field(it, call_iter::CALLABLE, Value::NULL);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            _ => {
                if self.is_instance_obj(it) {
                    if let Some(f) = self.lookup_special(it, "__next__") {
                        return match self.call_method_value(f, it, &[]) {
                            Ok(v) => Ok(Some(v)),
                            Err(e) => {
                                if self.exception_matches(self.exc, B::StopIteration.value()) {
                                    self.exc = Value::NULL;
                                    Ok(None)
                                } else {
                                    Err(e)
                                }
                            }
                        };
                    }
                }
                Err(self.raise_type_error(alloc::format!("'{}' object is not an iterator", self.type_name_of(it))))
            }
        }
    }

    /// All items of an iterable, collected (rooted in a list while collecting).
    pub(crate) fn collect_iterable(&mut self, x: Value) -> PyResult<Vec<Value>> {
        if matches!(self.kind(x), Some(Kind::List | Kind::Tuple)) {
            return Ok(self.seq_to_vec(x));
        }
        let list = self.new_list(&[])?;
        self.rooted(&[list], |vm| vm.list_extend(list, x))?;
        Ok(self.seq_to_vec(list))
    }

    /// `list.extend(iterable)`.
    pub(crate) fn list_extend(&mut self, list: Value, x: Value) -> PyResult<()> {
        if matches!(self.kind(x), Some(Kind::List | Kind::Tuple)) {
            let items = self.seq_to_vec(x);
            self.rooted(&[x], |vm| vm.list_reserve(list, items.len()))?;
            let len = self.seq_len(list);
            for (i, v) in items.iter().enumerate() {
                self.list_set_item(list, len + i, *v);
            }
            self.set_field(list, list::LEN, Value::small((len + items.len()) as i32));
            return Ok(());
        }
        let it = self.get_iter(x)?;
        self.rooted(&[list, it], |vm| {
            while let Some(v) = vm.iter_next(it)? {
                vm.list_push(list, v)?;
            }
            Ok(())
        })
    }

    pub(crate) fn set_from_items(&mut self, items: &[Value]) -> PyResult<Value> {
        self.rooted(items, |vm| {
            let s = vm.new_set()?;
            vm.root(s);
            for x in items {
                vm.dict_set(s, *x, Value::TRUE)?;
            }
            Ok(s)
        })
    }

    /// The items of an unpacking source, with CPython's error for a non-iterable.
    pub(crate) fn unpack_items(&mut self, src: Value) -> PyResult<Vec<Value>> {
        if matches!(self.kind(src), Some(Kind::List | Kind::Tuple)) {
            return Ok(self.seq_to_vec(src));
        }
        match self.collect_iterable(src) {
            Ok(v) => Ok(v),
            Err(e) => {
                let plain = !self.is_instance_obj(src) && !self.is_kind(src, Kind::Generator);
                if plain && self.exception_matches(self.exc, B::TypeError.value()) {
                    let msg = alloc::format!("cannot unpack non-iterable {} object", self.type_name_of(src));
                    return Err(self.raise_type_error(msg));
                }
                Err(e)
            }
        }
    }

    /// Unpack exactly `n` items of `src` into stack slots from `dest`.
    pub(crate) fn unpack_into(&mut self, src: Value, dest: usize, n: usize) -> PyResult<()> {
        let items = self.unpack_items(src)?;
        if items.len() != n {
            let msg = if items.len() > n {
                alloc::format!("too many values to unpack (expected {})", n)
            } else {
                alloc::format!("not enough values to unpack (expected {}, got {})", n, items.len())
            };
            return Err(self.raise_msg(B::ValueError, &msg));
        }
        self.stack[dest..dest + n].copy_from_slice(&items);
        Ok(())
    }

    // ---- ranges ----

    /// Start, stop and step of a range whose bounds fit i64 (OverflowError for bigger ones).
    pub(crate) fn range_parts(&mut self, r: Value) -> PyResult<(i64, i64, i64)> {
        if self.range_is_big(r) {
            return Err(self.raise_msg(B::OverflowError, "Python int too large to convert to C ssize_t"));
        }
        let f = |vm: &Vm, i| vm.int_value(vm.field(r, i)).unwrap_or(0);
        Ok((f(self, 1), f(self, 2), f(self, 3)))
    }
    /// Does a range (or range iterator) have a bound outside i64?
    pub(crate) fn range_is_big(&self, r: Value) -> bool {
        (1..=3).any(|i| self.is_kind(self.field(r, i), Kind::BigInt))
    }
    pub(crate) fn range_len(&mut self, r: Value) -> PyResult<usize> {
        #[cfg(feature = "bigint")]
        if self.range_is_big(r) {
            let n = self.big_range_len(r).to_i64().and_then(|n| usize::try_from(n).ok());
            return n.ok_or_else(|| self.raise_msg(B::OverflowError, "Python int too large to convert to C ssize_t"));
        }
        let (start, stop, step) = self.range_parts(r)?;
        match usize::try_from(range_count_wide(start, stop, step)) {
            Ok(n) if n <= i64::MAX as usize => Ok(n),
            _ => Err(self.raise_msg(B::OverflowError, "Python int too large to convert to C ssize_t")),
        }
    }
    /// `bool(range)`, which works for any length.
    pub(crate) fn range_nonempty(&self, r: Value) -> bool {
        use core::cmp::Ordering::*;
        let (start, stop, step) = (self.field(r, range::START), self.field(r, range::STOP), self.field(r, range::STEP));
        let up = self.num_cmp(step, Value::small(0)) == Some(Some(Greater));
        self.num_cmp(start, stop) == Some(Some(if up { Less } else { Greater }))
    }
    /// A range from bounds computed in i128 (big ints or OverflowError beyond i64).
    pub(crate) fn range_from_i128(&mut self, start: i128, stop: i128, step: i128) -> PyResult<Value> {
        self.rooted(&[], |vm| {
            let s = vm.int_from_i128(start)?;
            vm.root(s);
            let e = vm.int_from_i128(stop)?;
            vm.root(e);
            let st = vm.int_from_i128(step)?;
            vm.new_range(s, e, st)
        })
    }
    /// Ranges are equal when they produce the same items.
    pub(crate) fn range_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        #[cfg(feature = "bigint")]
        if self.range_is_big(a) || self.range_is_big(b) {
            return Ok(self.big_range_eq(a, b));
        }
        let key = |vm: &mut Vm, r: Value| -> PyResult<(i64, i64, u128)> {
            let (start, stop, step) = vm.range_parts(r)?;
            let n = range_count_wide(start, stop, step);
            Ok((if n == 0 { 0 } else { start }, if n <= 1 { 0 } else { step }, n))
        };
        Ok(key(self, a)? == key(self, b)?)
    }
    /// `x in range`, computed rather than searched.
    pub(crate) fn range_contains(&mut self, r: Value, x: Value) -> PyResult<bool> {
        #[cfg(feature = "bigint")]
        if self.range_is_big(r) || self.is_kind(x, Kind::BigInt) {
            let x = self.int_of(x).unwrap_or_default();
            return Ok(self.big_range_contains(r, &x));
        }
        let i = self.int_value(x).unwrap_or(0) as i128;
        let (start, stop, step) = self.range_parts(r)?;
        let (start, stop, step) = (start as i128, stop as i128, step as i128);
        Ok(if step > 0 { i >= start && i < stop } else { i <= start && i > stop } && (i - start) % step == 0)
    }

    // ---- subscripts ----

    /// Normalize an index into `0..len`, raising IndexError with `what` ("list", "tuple", ...).
    /// `operator.index(v)` for an instance: its `__index__`, or its int value for an int subclass.
    pub(crate) fn index_of(&mut self, v: Value, what: &str) -> PyResult<i64> {
        if let Some(f) = self.lookup_special(v, "__index__") {
            let r = self.call_method_value(f, v, &[])?;
            return match self.int_value(r) {
                Some(i) => Ok(i),
                None => {
                    Err(self
                        .raise_type_error(alloc::format!("__index__ returned non-int (type {})", self.type_name_of(r))))
                }
            };
        }
        let b = self.builtin_value(v);
        if let Some(i) = self.int_value(b) {
            return Ok(i);
        }
        Err(self.raise_type_error(alloc::format!(
            "'{}' object cannot be interpreted as an integer{}",
            self.type_name_of(v),
            what
        )))
    }

    pub(crate) fn seq_index(&mut self, idx: Value, len: usize, what: &str) -> PyResult<usize> {
        if self.is_kind(idx, Kind::BigInt) {
            return Err(self.raise_msg(B::IndexError, "cannot fit 'int' into an index-sized integer"));
        }
        let idx_int = if self.int_value(idx).is_none() && self.is_instance_obj(idx) {
            let has_index =
                self.lookup_special(idx, "__index__").is_some() || self.int_value(self.builtin_value(idx)).is_some();
            if has_index {
                Some(self.index_of(idx, "")?)
            } else {
                None
            }
        } else {
            self.int_value(idx)
        };
        let Some(i) = idx_int else {
            return Err(self.raise_type_error(alloc::format!(
                "{} indices must be integers or slices, not {}",
                what,
                self.type_name_of(idx)
            )));
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            let msg = alloc::format!("{} index out of range", what);
            return Err(self.raise_msg(B::IndexError, &msg));
        }
        Ok(j as usize)
    }

    /// Resolve a slice object against a length (CPython's `PySlice_AdjustIndices`).
    pub(crate) fn slice_bounds(&mut self, s: Value, len: usize) -> PyResult<SliceBounds> {
        let len = len as i64;
        let get =
            |vm: &mut Vm, v: Value| -> PyResult<Option<i64>> {
                if v == Value::NONE {
                    return Ok(None);
                }
                // Bounds beyond i64 clamp like any bound past the end.
                match vm.int_value_clamped(v) {
                    Some(i) => Ok(Some(i)),
                    None => Err(vm
                        .raise_msg(B::TypeError, "slice indices must be integers or None or have an __index__ method")),
                }
            };
        let step = get(self, self.field(s, range::STEP))?.unwrap_or(1);
        if step == 0 {
            return Err(self.raise_msg(B::ValueError, "slice step cannot be zero"));
        }
        let (lo, hi) = if step > 0 { (0, len) } else { (-1, len - 1) };
        let adjust = |v: Option<i64>, default: i64| match v {
            None => default,
            Some(i) if i < 0 => (i + len).max(lo),
            Some(i) => i.min(hi),
        };
        let start = adjust(get(self, self.field(s, range::START))?, if step > 0 { 0 } else { len - 1 });
        let stop = adjust(get(self, self.field(s, range::STOP))?, if step > 0 { len } else { -1 });
        let count = range_count(start, stop, step);
        Ok(SliceBounds { start, stop, step, count })
    }

    /// `o[k]`.
    pub fn get_item(&mut self, o: Value, k: Value) -> PyResult<Value> {
        let is_slice = self.is_kind(k, Kind::Slice);
        if self.is_str(o) {
            return self.str_subscript(o, k, is_slice);
        }
        match self.kind(o) {
            Some(Kind::List | Kind::Tuple) => {
                let what = if self.is_kind(o, Kind::List) { "list" } else { "tuple" };
                let len = self.seq_len(o);
                if is_slice {
                    let b = self.slice_bounds(k, len)?;
                    let items: Vec<Value> = b.indices().map(|i| self.seq_item(o, i)).collect();
                    return if what == "list" { self.new_list(&items) } else { self.new_tuple(&items) };
                }
                if k.is_small() {
                    let i = k.small_value() as i64;
                    let j = if i < 0 { i + len as i64 } else { i };
                    if j >= 0 && (j as usize) < len {
                        return Ok(self.seq_item(o, j as usize));
                    }
                }
                let i = self.seq_index(k, len, what)?;
                Ok(self.seq_item(o, i))
            }
            Some(Kind::Dict) => match self.dict_get(o, k)? {
                Some(v) => Ok(v),
                None => {
                    let e = self.new_exception(B::KeyError.value(), &[k])?;
                    self.exc = e;
                    Err(super::Raised)
                }
            },
            Some(Kind::Range) => {
                #[cfg(feature = "bigint")]
                if self.range_is_big(o) || self.is_kind(k, Kind::BigInt) {
                    return self.big_range_item(o, k);
                }
                let (start, _, step) = self.range_parts(o)?;
                let len = self.range_len(o)?;
                let (start, step) = (start as i128, step as i128);
                if is_slice {
                    let b = self.slice_bounds(k, len)?;
                    let (bs, be, bst) = (b.start as i128, b.stop as i128, b.step as i128);
                    return self.range_from_i128(start + bs * step, start + be * step, step * bst);
                }
                let i = self.seq_index(k, len, "range object")?;
                self.int_from_i128(start + i as i128 * step)
            }
            Some(Kind::Bytes | Kind::ByteArray | Kind::MemoryView) => self.bytes_get_item(o, k),
            _ => {
                if self.is_instance_obj(o) {
                    if let Some(f) = self.lookup_special(o, "__getitem__") {
                        return self.call_method_value(f, o, &[k]);
                    }
                    let b = self.builtin_value(o);
                    if self.is_kind(b, Kind::Dict) {
                        if let Some(v) = self.dict_get(b, k)? {
                            return Ok(v);
                        }
                        if let Some(f) = self.lookup_special(o, "__missing__") {
                            return self.call_method_value(f, o, &[k]);
                        }
                    }
                    if !b.is_null() {
                        return self.get_item(b, k);
                    }
                }
                if self.is_kind(o, Kind::Class) || o.is_builtin() {
                    let name = alloc::string::String::from(self.str_text(self.type_name(o)));
                    return Err(self.raise_type_error(alloc::format!("type '{}' is not subscriptable", name)));
                }
                Err(self.raise_type_error(alloc::format!("'{}' object is not subscriptable", self.type_name_of(o))))
            }
        }
    }

    /// `o[k] = v`.
    pub fn set_item(&mut self, o: Value, k: Value, v: Value) -> PyResult<()> {
        match self.kind(o) {
            Some(Kind::List) => {
                if self.is_kind(k, Kind::Slice) {
                    return self.list_set_slice(o, k, v);
                }
                let len = self.seq_len(o);
                let i = self.seq_index(k, len, "list assignment")?;
                self.list_set_item(o, i, v);
                Ok(())
            }
            Some(Kind::Dict) => self.dict_set(o, k, v),
            Some(Kind::ByteArray | Kind::MemoryView) => self.bytes_set_item(o, k, v),
            _ => {
                if self.is_instance_obj(o) {
                    if let Some(f) = self.lookup_special(o, "__setitem__") {
                        self.call_method_value(f, o, &[k, v])?;
                        return Ok(());
                    }
                    let b = self.builtin_value(o);
                    if !b.is_null() {
                        return self.set_item(b, k, v);
                    }
                }
                Err(self.raise_type_error(alloc::format!(
                    "'{}' object does not support item assignment",
                    self.type_name_of(o)
                )))
            }
        }
    }

    /// `lst[a:b:c] = iterable`.
    fn list_set_slice(&mut self, o: Value, k: Value, v: Value) -> PyResult<()> {
        let new = self.collect_iterable(v)?;
        let len = self.seq_len(o);
        let b = self.slice_bounds(k, len)?;
        let mut items = self.seq_to_vec(o);
        if b.step == 1 {
            let start = b.start.clamp(0, len as i64) as usize;
            let end = start + b.count;
            items.splice(start..end, new.iter().copied());
        } else {
            if new.len() != b.count {
                let msg = alloc::format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    new.len(),
                    b.count
                );
                return Err(self.raise_msg(B::ValueError, &msg));
            }
            for (j, i) in b.indices().enumerate().collect::<Vec<_>>() {
                items[i] = new[j];
            }
        }
        self.list_replace(o, &items)
    }

    /// Replace a list's contents (the new items must be rooted by the caller or be the list's own).
    pub(crate) fn list_replace(&mut self, o: Value, items: &[Value]) -> PyResult<()> {
        let len = self.seq_len(o);
        if items.len() > len {
            self.rooted(items, |vm| vm.list_reserve(o, items.len() - len))?;
        }
        for (i, x) in items.iter().enumerate() {
            self.list_set_item(o, i, *x);
        }
        self.list_set_len(o, items.len());
        self.set_field(o, list::LEN, Value::small(items.len() as i32));
        Ok(())
    }

    /// `del o[k]`.
    pub fn del_item(&mut self, o: Value, k: Value) -> PyResult<()> {
        match self.kind(o) {
            Some(Kind::List) => {
                let len = self.seq_len(o);
                let mut items = self.seq_to_vec(o);
                if self.is_kind(k, Kind::Slice) {
                    let b = self.slice_bounds(k, len)?;
                    let gone: Vec<usize> = b.indices().collect();
                    let mut i = 0;
                    items.retain(|_| {
                        let keep = !gone.contains(&i);
                        i += 1;
                        keep
                    });
                } else {
                    let i = self.seq_index(k, len, "list assignment")?;
                    items.remove(i);
                }
                self.list_replace(o, &items)
            }
            Some(Kind::Dict) => match self.dict_del(o, k)? {
                Some(_) => Ok(()),
                None => {
                    let e = self.new_exception(B::KeyError.value(), &[k])?;
                    self.exc = e;
                    Err(super::Raised)
                }
            },
            Some(Kind::ByteArray) => self.bytes_del_item(o, k),
            _ => {
                if self.is_instance_obj(o) {
                    if let Some(f) = self.lookup_special(o, "__delitem__") {
                        self.call_method_value(f, o, &[k])?;
                        return Ok(());
                    }
                    let b = self.builtin_value(o);
                    if !b.is_null() {
                        return self.del_item(b, k);
                    }
                }
                Err(self.raise_type_error(alloc::format!(
                    "'{}' object does not support item deletion",
                    self.type_name_of(o)
                )))
            }
        }
    }
}

/// Length of a UTF-8 sequence from its first byte.
pub(crate) fn utf8_len(b: u8) -> usize {
    match b {
        0..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

pub(crate) fn range_count(start: i64, stop: i64, step: i64) -> usize {
    range_count_wide(start, stop, step) as usize
}

/// Items of `range(start, stop, step)`, computed without overflow.
pub(crate) fn range_count_wide(start: i64, stop: i64, step: i64) -> u128 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    if step > 0 && start < stop {
        ((stop - start - 1) / step + 1) as u128
    } else if step < 0 && start > stop {
        ((start - stop - 1) / (-step) + 1) as u128
    } else {
        0
    }
}
