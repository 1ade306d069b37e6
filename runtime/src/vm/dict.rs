//! Insertion-ordered hash tables for dict and set (CPython's compact layout,
//! sized for small heaps): entries are appended in order; dicts of up to
//! `LINEAR_MAX` entries are searched linearly and need no index at all.

use super::{PyResult, Vm};
use crate::builtins::B;
use crate::layout::{dict, entries, instance};
use crate::obj::{header, Kind, FROZEN};
use crate::value::Value;

const LINEAR_MAX: usize = 8;

/// A numeric hash folded to the 30 bits dicts keep.
#[inline]
fn fold_hash(h: i64) -> u32 {
    (h as u64 ^ (h as u64 >> 32)) as u32
}

/// What a probe without Python found.
enum Probe {
    Found(usize),
    Missing,
    /// A candidate has the hash but its equality needs Python.
    Slow,
}
const ENTRY: usize = 3;

impl Vm {
    pub fn new_dict(&mut self) -> PyResult<Value> {
        self.new_object(Kind::Dict, 0, &[Value::small(0), Value::small(0), Value::NULL, Value::NULL])
    }
    pub(crate) fn new_set(&mut self) -> PyResult<Value> {
        self.new_object(Kind::Set, 0, &[Value::small(0), Value::small(0), Value::NULL, Value::NULL])
    }
    /// Live entries.
    pub fn dict_len(&self, d: Value) -> usize {
        self.field(d, dict::LIVE).small_value() as usize
    }
    /// Entries used so far, deleted ones included: the bound for `dict_entry`.
    pub(crate) fn dict_used(&self, d: Value) -> usize {
        self.field(d, dict::USED).small_value() as usize
    }
    /// Entry `i` in insertion order, `None` if it was deleted.
    pub(crate) fn dict_entry(&self, d: Value, i: usize) -> Option<(Value, Value)> {
        let e = self.field(d, dict::ENTRIES);
        if e.is_null() || i >= self.dict_used(d) {
            return None;
        }
        let w = e.heap_index() + 2 + i * ENTRY;
        let k = self.heap.val(w + 1);
        if k.is_null() {
            None
        } else {
            Some((k, self.heap.val(w + 2)))
        }
    }

    /// Hash of a key, as dicts store it (30 bits). Unhashable types raise TypeError.
    pub(crate) fn hash_key(&mut self, k: Value) -> PyResult<u32> {
        let h = if k.is_small() {
            // CPython's hash of a small int is the int itself (-1 becomes -2).
            let i = k.small_value();
            fold_hash(if i == -1 { -2 } else { i as i64 })
        } else if self.is_str(k) || self.is_kind(k, Kind::Bytes) {
            self.str_hash(k)
        } else if let Some(h) = self.num_hash(k) {
            // Numbers that compare equal hash equal, whatever their type and size.
            fold_hash(h)
        } else {
            match self.kind(k) {
                Some(Kind::Tuple) => {
                    // Nested tuples recurse: stop before the native stack runs out.
                    self.check_stack()?;
                    let mut h: u32 = 0x345678;
                    for i in 0..self.seq_len(k) {
                        let x = self.seq_item(k, i);
                        h = (h ^ self.hash_key(x)?).wrapping_mul(1_000_003);
                    }
                    h
                }
                Some(Kind::Set) if self.aux(k) & FROZEN != 0 => {
                    // Order-independent: a frozenset's hash must not depend on insertion order.
                    let mut h: u32 = 0x1f2e_3d4c;
                    for i in 0..self.dict_used(k) {
                        let e = self.field(k, dict::ENTRIES);
                        let w = e.heap_index() + 2 + i * ENTRY;
                        if !self.heap.val(w + 1).is_null() {
                            let eh = self.heap.val(w).small_value() as u32;
                            h ^= (eh ^ (eh << 16) ^ 89_869_747).wrapping_mul(3_644_798_167);
                        }
                    }
                    h
                }
                Some(Kind::List | Kind::Dict | Kind::Set | Kind::ByteArray | Kind::DictView) => {
                    return Err(self.unhashable(k));
                }
                Some(Kind::Instance | Kind::Exception) if !self.field(k, instance::CLASS).is_builtin() => {
                    return self.hash_instance(k).map(|h| fold_hash(h) & 0x3fff_ffff);
                }
                _ => k.0 >> 2,
            }
        };
        Ok(h & 0x3fff_ffff)
    }

    fn unhashable(&mut self, k: Value) -> super::Raised {
        let msg = alloc::format!("unhashable type: '{}'", self.type_name_of(k));
        self.raise_msg(B::TypeError, &msg)
    }

    /// `hash()` of an instance of a user class: its `__hash__`, `None` making it unhashable,
    /// its builtin value for subclasses of builtin types, else its identity.
    pub(crate) fn hash_instance(&mut self, k: Value) -> PyResult<i64> {
        let class = self.field(k, instance::CLASS);
        match self.class_lookup(class, "__hash__") {
            Some(Value::NONE) => Err(self.unhashable(k)),
            Some(f) if self.is_kind(f, Kind::Function) => {
                let r = self.call_method_value(f, k, &[])?;
                // An int result is hashed again, as CPython does (big ones are reduced).
                match self.is_int(r).then(|| self.num_hash(r)).flatten() {
                    Some(h) => Ok(h),
                    None => Err(self.raise_msg(B::TypeError, "__hash__ method should return an integer")),
                }
            }
            _ => {
                let base = self.builtin_value(k);
                if let Some(h) = self.num_hash(base) {
                    return Ok(h);
                }
                if !base.is_null() {
                    return self.hash_key(base).map(|h| h as i64);
                }
                Ok((k.0 >> 2) as i64)
            }
        }
    }

    /// Key equality for the cases that need no Python code; `None` when they do.
    #[inline]
    fn key_eq_fast(&self, a: Value, b: Value) -> Option<bool> {
        if a == b {
            return Some(true);
        }
        if self.is_str(a) {
            return Some(self.is_str(b) && self.str_bytes(a) == self.str_bytes(b));
        }
        if let Some(o) = self.num_cmp(a, b) {
            return Some(o == Some(core::cmp::Ordering::Equal));
        }
        if self.is_kind(a, Kind::Bytes) && self.is_kind(b, Kind::Bytes) {
            return Some(self.str_bytes(a) == self.str_bytes(b));
        }
        if self.is_kind(a, Kind::Tuple) && self.is_kind(b, Kind::Tuple) {
            let n = self.seq_len(a);
            if n != self.seq_len(b) {
                return Some(false);
            }
            for i in 0..n {
                if !self.key_eq_fast(self.seq_item(a, i), self.seq_item(b, i))? {
                    return Some(false);
                }
            }
            return Some(true);
        }
        let slow = |v: Value| self.is_instance_obj(v) || self.is_kind(v, Kind::Set);
        if slow(a) || slow(b) {
            return None;
        }
        Some(false)
    }

    /// Find a key: the entry number.
    #[inline]
    fn dict_find(&mut self, d: Value, k: Value, h: u32) -> PyResult<Option<usize>> {
        match self.dict_probe(d, k, h) {
            Probe::Found(i) => Ok(Some(i)),
            Probe::Missing => Ok(None),
            Probe::Slow => self.dict_find_slow(d, k, h),
        }
    }

    /// The lookup when some candidate's equality needs Python: every entry in order.
    /// A Python `__eq__` may change the dict: then start again, as CPython does.
    fn dict_find_slow(&mut self, d: Value, k: Value, h: u32) -> PyResult<Option<usize>> {
        let hv = Value::small(h as i32);
        'again: loop {
            let e = self.field(d, dict::ENTRIES);
            if e.is_null() {
                return Ok(None);
            }
            for i in 0..self.dict_used(d) {
                let w = e.heap_index() + 2 + i * ENTRY;
                let key = self.heap.val(w + 1);
                if self.heap.val(w) != hv || key.is_null() {
                    continue;
                }
                match self.key_eq_fast(key, k) {
                    Some(true) => return Ok(Some(i)),
                    Some(false) => {}
                    None => {
                        let r = self.rooted(&[d, k, key], |vm| vm.eq(key, k));
                        let equal = r?;
                        if self.field(d, dict::ENTRIES) != e || self.heap.val(w + 1) != key {
                            continue 'again;
                        }
                        if equal {
                            return Ok(Some(i));
                        }
                    }
                }
            }
            return Ok(None);
        }
    }

    /// Probe without running Python: found, missing, or a candidate that needs `__eq__`.
    #[inline]
    fn dict_probe(&self, d: Value, k: Value, h: u32) -> Probe {
        let e = self.field(d, dict::ENTRIES);
        if e.is_null() {
            return Probe::Missing;
        }
        let ew = e.heap_index() + 2;
        let hv = Value::small(h as i32);
        let idx = self.field(d, dict::INDEX);
        if idx.is_null() {
            for i in 0..self.dict_used(d) {
                let w = ew + i * ENTRY;
                if self.heap.val(w) == hv {
                    let key = self.heap.val(w + 1);
                    if !key.is_null() {
                        match self.key_eq_fast(key, k) {
                            Some(true) => return Probe::Found(i),
                            Some(false) => {}
                            None => return Probe::Slow,
                        }
                    }
                }
            }
            return Probe::Missing;
        }
        let iw = idx.heap_index();
        let mask = self.heap.word(iw + 1) as usize - 1;
        let mut s = h as usize & mask;
        loop {
            let slot = self.heap.word(iw + 2 + s) as usize;
            if slot == 0 {
                return Probe::Missing;
            }
            let i = slot - 1;
            s = (s + 1) & mask;
            let w = ew + i * ENTRY;
            if self.heap.val(w) == hv {
                let key = self.heap.val(w + 1);
                if !key.is_null() {
                    match self.key_eq_fast(key, k) {
                        Some(true) => return Probe::Found(i),
                        Some(false) => {}
                        None => return Probe::Slow,
                    }
                }
            }
        }
    }

    /// Hash `k` and find it in `d`. Keys whose hash or equality may run Python are rooted meanwhile.
    fn lookup(&mut self, d: Value, k: Value, v: Value) -> PyResult<(u32, Option<usize>)> {
        if !k.is_heap() || self.is_kind(k, Kind::Str) {
            let h = self.hash_key(k)?;
            return Ok((h, self.dict_find(d, k, h)?));
        }
        self.rooted(&[d, k, v], |vm| vm.hash_key(k).and_then(|h| Ok((h, vm.dict_find(d, k, h)?))))
    }

    pub fn dict_get(&mut self, d: Value, k: Value) -> PyResult<Option<Value>> {
        let (_, found) = self.lookup(d, k, Value::NULL)?;
        Ok(found.map(|i| self.heap.val(self.field(d, dict::ENTRIES).heap_index() + 2 + i * ENTRY + 2)))
    }

    /// Look a key up without running Python, given its dict hash (`hash_key`): `None` when
    /// some candidate's equality needs Python (the caller falls back to `dict_get`).
    #[inline]
    pub(crate) fn dict_get_hashed(&self, d: Value, k: Value, h: u32) -> Option<Option<Value>> {
        match self.dict_probe(d, k, h) {
            Probe::Found(i) => Some(Some(self.heap.val(self.field(d, dict::ENTRIES).heap_index() + 2 + i * ENTRY + 2))),
            Probe::Missing => Some(None),
            Probe::Slow => None,
        }
    }

    /// The value of entry `slot` if that entry's key is `k` (for caches of entry numbers).
    #[inline]
    pub(crate) fn dict_slot_value(&self, d: Value, slot: usize, k: Value) -> Option<Value> {
        let e = self.field(d, dict::ENTRIES);
        if e.is_null() || slot >= self.dict_used(d) {
            return None;
        }
        let w = e.heap_index() + 2 + slot * ENTRY;
        (self.heap.val(w + 1) == k).then(|| self.heap.val(w + 2))
    }

    /// The entry number of a key without running Python: `None` when that would need Python.
    #[inline]
    pub(crate) fn dict_find_hashed(&self, d: Value, k: Value, h: u32) -> Option<Option<usize>> {
        match self.dict_probe(d, k, h) {
            Probe::Found(i) => Some(Some(i)),
            Probe::Missing => Some(None),
            Probe::Slow => None,
        }
    }

    /// The value of entry `slot` (one `dict_slot_of` just found).
    #[inline]
    pub(crate) fn dict_slot_value_any(&self, d: Value, slot: usize) -> Value {
        self.heap.val(self.field(d, dict::ENTRIES).heap_index() + 2 + slot * ENTRY + 2)
    }

    /// Set entry `slot`'s value if that entry's key is `k`; `false` if it is not.
    #[inline]
    pub(crate) fn dict_slot_set(&mut self, d: Value, slot: usize, k: Value, v: Value) -> bool {
        let e = self.field(d, dict::ENTRIES);
        if e.is_null() || slot >= self.dict_used(d) {
            return false;
        }
        let w = e.heap_index() + 2 + slot * ENTRY;
        if self.heap.val(w + 1) != k {
            return false;
        }
        self.heap.set_val(w + 2, v);
        true
    }

    /// The entry number of a key, without running Python (`None` if missing or if that would need Python).
    pub(crate) fn dict_slot_of(&self, d: Value, k: Value, h: u32) -> Option<usize> {
        match self.dict_probe(d, k, h) {
            Probe::Found(i) => Some(i),
            _ => None,
        }
    }

    /// Look a str key up by its text (for names the runtime itself asks for, like `__init__`).
    #[inline]
    pub(crate) fn dict_get_str(&self, d: Value, name: &str) -> Option<Value> {
        self.dict_get_bytes(d, name.as_bytes(), crate::hash::hash_bytes(name.as_bytes()))
    }

    /// `dict_get_str` for a name's bytes and its `hash_bytes` (or an image's precomputed hash of it).
    pub(crate) fn dict_get_bytes(&self, d: Value, name: &[u8], full: u32) -> Option<Value> {
        let h = full.max(1) & 0x3fff_ffff;
        let h0 = full & 0x3fff_ffff;
        let e = self.field(d, dict::ENTRIES);
        if e.is_null() {
            return None;
        }
        for i in 0..self.dict_used(d) {
            let w = e.heap_index() + 2 + i * ENTRY;
            let hv = self.heap.val(w).small_value() as u32;
            if hv == h || hv == h0 {
                let key = self.heap.val(w + 1);
                if !key.is_null() && self.str_bytes(key) == name {
                    return Some(self.heap.val(w + 2));
                }
            }
        }
        None
    }

    pub fn dict_set(&mut self, d: Value, k: Value, v: Value) -> PyResult<()> {
        self.dict_set_at(d, k, v).map(|_| ())
    }

    /// `dict_set`, giving the entry number the key has.
    pub(crate) fn dict_set_at(&mut self, d: Value, k: Value, v: Value) -> PyResult<usize> {
        let (h, found) = self.lookup(d, k, v)?;
        if let Some(i) = found {
            let w = self.field(d, dict::ENTRIES).heap_index() + 2 + i * ENTRY;
            self.heap.set_val(w + 2, v);
            return Ok(i);
        }
        self.rooted(&[d, k, v], |vm| vm.dict_make_room(d))?;
        let used = self.dict_used(d);
        let e = self.field(d, dict::ENTRIES);
        let w = e.heap_index() + 2 + used * ENTRY;
        self.heap.set_val(w, Value::small(h as i32));
        self.heap.set_val(w + 1, k);
        self.heap.set_val(w + 2, v);
        self.set_field(d, dict::USED, Value::small(used as i32 + 1));
        self.set_field(d, dict::LIVE, Value::small(self.dict_len(d) as i32 + 1));
        let idx = self.field(d, dict::INDEX);
        if !idx.is_null() {
            self.index_insert(idx, h, used);
        }
        Ok(used)
    }

    pub fn dict_del(&mut self, d: Value, k: Value) -> PyResult<Option<Value>> {
        let (_, found) = self.lookup(d, k, Value::NULL)?;
        let Some(i) = found else { return Ok(None) };
        let w = self.field(d, dict::ENTRIES).heap_index() + 2 + i * ENTRY;
        let old = self.heap.val(w + 2);
        self.heap.set_val(w + 1, Value::NULL);
        self.heap.set_val(w + 2, Value::NULL);
        self.set_field(d, dict::LIVE, Value::small(self.dict_len(d) as i32 - 1));
        Ok(Some(old))
    }

    pub(crate) fn dict_clear(&mut self, d: Value) {
        self.set_field(d, dict::LIVE, Value::small(0));
        self.set_field(d, dict::USED, Value::small(0));
        self.set_field(d, dict::ENTRIES, Value::NULL);
        self.set_field(d, dict::INDEX, Value::NULL);
    }

    fn index_insert(&mut self, idx: Value, h: u32, entry: usize) {
        let iw = idx.heap_index();
        let mask = self.heap.word(iw + 1) as usize - 1;
        let mut s = h as usize & mask;
        while self.heap.word(iw + 2 + s) != 0 {
            s = (s + 1) & mask;
        }
        self.heap.set_word(iw + 2 + s, entry as u32 + 1);
    }

    /// Ensure one more entry fits: grow (or compact away deleted entries) and rebuild the index.
    fn dict_make_room(&mut self, d: Value) -> PyResult<()> {
        let e = self.field(d, dict::ENTRIES);
        let used = self.dict_used(d);
        let cap = if e.is_null() { 0 } else { self.field(e, entries::CAP).small_value() as usize };
        if used < cap {
            return Ok(());
        }
        let live = self.dict_len(d);
        let new_cap = if live < cap / 2 { cap } else { (live * 2).max(4) };
        let ne = self.alloc(2 + new_cap * ENTRY, header(Kind::Entries, 0))?;
        let new_cap = (self.heap.object_words(ne) - 2) / ENTRY;
        self.heap.set_val(ne + 1, Value::small(new_cap as i32));
        let idx = if new_cap > LINEAR_MAX {
            let slots = (new_cap * 2).next_power_of_two();
            let iw = self.rooted(&[Value::from_heap_index(ne)], |vm| vm.alloc(2 + slots, header(Kind::Index, 0)));
            let iw = iw?;
            self.heap.set_word(iw + 1, slots as u32);
            Value::from_heap_index(iw)
        } else {
            Value::NULL
        };
        // Copy live entries in order.
        let e = self.field(d, dict::ENTRIES);
        let mut n = 0;
        for i in 0..used {
            let from = e.heap_index() + 2 + i * ENTRY;
            if self.heap.val(from + 1).is_null() {
                continue;
            }
            self.heap.copy_words(from, ne + 2 + n * ENTRY, ENTRY);
            n += 1;
        }
        if !e.is_null() {
            self.heap.free(e.heap_index());
            self.dict_epoch = self.dict_epoch.wrapping_add(1);
        }
        let old_idx = self.field(d, dict::INDEX);
        if !old_idx.is_null() {
            self.heap.free(old_idx.heap_index());
        }
        self.set_field(d, dict::ENTRIES, Value::from_heap_index(ne));
        self.set_field(d, dict::INDEX, idx);
        self.set_field(d, dict::USED, Value::small(n as i32));
        if !idx.is_null() {
            for i in 0..n {
                let h = self.heap.val(ne + 2 + i * ENTRY).small_value() as u32;
                self.index_insert(idx, h, i);
            }
        }
        Ok(())
    }
}
