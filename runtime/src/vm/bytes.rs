//! bytes, bytearray and memoryview: one view of their contents for every
//! operation. A bytearray keeps its bytes in a Bytes buffer whose length is
//! its capacity; a memoryview is (object, start, length, step) over a bytes
//! or a bytearray, so slicing it copies nothing.

use alloc::borrow::Cow;
use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::builtins::B;
use crate::layout::{bytearray, memoryview};
use crate::obj::{header, size, Kind};
use crate::value::Value;

impl Vm {
    pub(crate) fn new_bytes(&mut self, bytes: &[u8]) -> PyResult<Value> {
        self.new_bytes_like(Kind::Bytes, bytes)
    }

    pub(crate) fn new_bytearray(&mut self, bytes: &[u8]) -> PyResult<Value> {
        let buf = self.alloc(size::STR_HEADER + bytes.len().max(4).div_ceil(4), header(Kind::Bytes, 0))?;
        // The buffer's capacity is all the bytes its blocks hold.
        let cap = (self.heap.object_words(buf) - size::STR_HEADER) * 4;
        self.heap.set_word(buf + 1, cap as u32);
        self.heap.bytes_mut(buf + size::STR_HEADER, bytes.len()).copy_from_slice(bytes);
        self.new_object(Kind::ByteArray, 0, &[Value::small(bytes.len() as i32), Value::from_heap_index(buf)])
    }

    /// Is `v` a bytes, bytearray or memoryview?
    pub(crate) fn is_bytes_like(&self, v: Value) -> bool {
        matches!(self.kind(v), Some(Kind::Bytes | Kind::ByteArray | Kind::MemoryView))
    }

    /// The contents of a bytes, bytearray or contiguous memoryview, borrowed.
    fn bytes_slice(&self, v: Value) -> Option<&[u8]> {
        match self.kind(v)? {
            Kind::Bytes => Some(self.str_bytes(v)),
            Kind::ByteArray => {
                let len = self.field(v, bytearray::LEN).small_value() as usize;
                let buf = self.field(v, bytearray::BUF);
                let cap = self.heap.word(buf.heap_index() + 1) as usize;
                Some(self.heap.bytes(buf.heap_index() + size::STR_HEADER, len.min(cap)))
            }
            Kind::MemoryView => {
                let (obj, start, len, step) = self.view_parts(v);
                if step != 1 {
                    return None;
                }
                let all = self.bytes_slice(obj)?;
                all.get(start..start + len)
            }
            _ => None,
        }
    }

    /// (object, start, length, step) of a memoryview.
    pub(crate) fn view_parts(&self, v: Value) -> (Value, usize, usize, isize) {
        (
            self.field(v, memoryview::OBJ),
            self.field(v, memoryview::START).small_value() as usize,
            self.field(v, memoryview::LEN).small_value() as usize,
            self.field(v, memoryview::STEP).small_value() as isize,
        )
    }

    /// The contents of any bytes-like value (copied only for a strided memoryview).
    pub(crate) fn bytes_data(&self, v: Value) -> Option<Cow<'_, [u8]>> {
        if let Some(s) = self.bytes_slice(v) {
            return Some(Cow::Borrowed(s));
        }
        if !self.is_kind(v, Kind::MemoryView) {
            return None;
        }
        let (obj, start, len, step) = self.view_parts(v);
        let all = self.bytes_slice(obj)?;
        let mut out = Vec::with_capacity(len);
        for i in 0..len {
            out.push(*all.get((start as isize + i as isize * step) as usize)?);
        }
        Some(Cow::Owned(out))
    }

    /// Length of a bytes-like value.
    pub(crate) fn bytes_len(&self, v: Value) -> usize {
        match self.kind(v) {
            Some(Kind::ByteArray) => self.field(v, bytearray::LEN).small_value() as usize,
            Some(Kind::MemoryView) => self.field(v, memoryview::LEN).small_value() as usize,
            _ => self.str_bytes(v).len(),
        }
    }

    /// Replace a bytearray's contents.
    pub(crate) fn bytearray_set(&mut self, ba: Value, bytes: &[u8]) -> PyResult<()> {
        let buf = self.field(ba, bytearray::BUF);
        let cap = self.heap.word(buf.heap_index() + 1) as usize;
        if bytes.len() > cap {
            let want = bytes.len().max(cap + cap / 2);
            let w = self.rooted(&[ba], |vm| vm.alloc(size::STR_HEADER + want.div_ceil(4), header(Kind::Bytes, 0)))?;
            let cap = (self.heap.object_words(w) - size::STR_HEADER) * 4;
            self.heap.set_word(w + 1, cap as u32);
            self.set_field(ba, bytearray::BUF, Value::from_heap_index(w));
        }
        let buf = self.field(ba, bytearray::BUF);
        self.heap.bytes_mut(buf.heap_index() + size::STR_HEADER, bytes.len()).copy_from_slice(bytes);
        self.set_field(ba, bytearray::LEN, Value::small(bytes.len() as i32));
        Ok(())
    }

    /// A bytes-like value of the same family as `like` (bytearray stays bytearray).
    pub(crate) fn new_bytes_as(&mut self, like: Value, bytes: &[u8]) -> PyResult<Value> {
        if self.is_kind(like, Kind::ByteArray) {
            self.new_bytearray(bytes)
        } else {
            self.new_bytes(bytes)
        }
    }

    /// `memoryview(obj)`.
    pub(crate) fn new_memoryview(&mut self, obj: Value) -> PyResult<Value> {
        if self.is_kind(obj, Kind::MemoryView) {
            let (o, start, len, step) = self.view_parts(obj);
            return self.new_object(
                Kind::MemoryView,
                0,
                &[o, Value::small(start as i32), Value::small(len as i32), Value::small(step as i32)],
            );
        }
        if !matches!(self.kind(obj), Some(Kind::Bytes | Kind::ByteArray)) {
            return Err(self.raise_type_error(alloc::format!(
                "memoryview: a bytes-like object is required, not '{}'",
                self.type_name_of(obj)
            )));
        }
        let len = self.bytes_len(obj);
        self.new_object(Kind::MemoryView, 0, &[obj, Value::small(0), Value::small(len as i32), Value::small(1)])
    }

    /// `o[k]` for bytes, bytearray and memoryview.
    pub(crate) fn bytes_get_item(&mut self, o: Value, k: Value) -> PyResult<Value> {
        let len = self.bytes_len(o);
        if self.is_kind(k, Kind::Slice) {
            let b = self.slice_bounds(k, len)?;
            if self.is_kind(o, Kind::MemoryView) {
                // A view of a view: compose the bounds, copy nothing.
                let (obj, start, _, step) = self.view_parts(o);
                let s = start as i64 + b.start * step as i64;
                let st = b.step * step as i64;
                let first = if b.count == 0 { start as i64 } else { s };
                return self.new_object(
                    Kind::MemoryView,
                    0,
                    &[obj, Value::small(first as i32), Value::small(b.count as i32), Value::small(st as i32)],
                );
            }
            let data = self.bytes_data(o).unwrap_or_default();
            let out: Vec<u8> = b.indices().filter_map(|i| data.get(i).copied()).collect();
            return self.new_bytes_as(o, &out);
        }
        let what = match self.kind(o) {
            Some(Kind::ByteArray) => "bytearray",
            Some(Kind::MemoryView) => "memoryview",
            _ => "index",
        };
        let i = self.bytes_index(k, len, what)?;
        match self.bytes_data(o).and_then(|d| d.get(i).copied()) {
            Some(b) => Ok(Value::small(b as i32)),
            None => Err(self.raise_msg(B::IndexError, "index out of range")),
        }
    }

    fn bytes_index(&mut self, k: Value, len: usize, what: &str) -> PyResult<usize> {
        if self.int_value(k).is_none() {
            let msg = match what {
                "memoryview" => alloc::format!("memoryview: invalid slice key"),
                "index" => alloc::format!("byte indices must be integers or slices, not {}", self.type_name_of(k)),
                _ => alloc::format!("bytearray indices must be integers or slices, not {}", self.type_name_of(k)),
            };
            return Err(self.raise_type_error(msg));
        }
        self.seq_index(k, len, what)
    }

    /// A byte value (an int in 0..256) from a Python value.
    pub(crate) fn byte_value(&mut self, v: Value) -> PyResult<u8> {
        match self.int_value(v) {
            Some(i) if (0..256).contains(&i) => Ok(i as u8),
            Some(_) => Err(self.raise_msg(B::ValueError, "byte must be in range(0, 256)")),
            None => Err(self.raise_type_error(alloc::format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name_of(v)
            ))),
        }
    }

    /// `o[k] = v` for bytearray and memoryview.
    pub(crate) fn bytes_set_item(&mut self, o: Value, k: Value, v: Value) -> PyResult<()> {
        let len = self.bytes_len(o);
        let is_view = self.is_kind(o, Kind::MemoryView);
        if is_view && self.is_kind(self.field(o, memoryview::OBJ), Kind::Bytes) {
            return Err(self.raise_type_error(alloc::format!("cannot modify read-only memory")));
        }
        if self.is_kind(k, Kind::Slice) {
            let b = self.slice_bounds(k, len)?;
            let new: Vec<u8> = if let Some(d) = self.bytes_data(v) {
                d.into_owned()
            } else if self.int_value(v).is_some() || self.is_str(v) {
                return Err(self.raise_type_error(alloc::format!(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)"
                )));
            } else {
                let items = self.collect_iterable(v)?;
                let mut out = Vec::with_capacity(items.len());
                for x in items {
                    out.push(self.byte_value(x)?);
                }
                out
            };
            if is_view {
                if new.len() != b.count {
                    return Err(self.raise_msg(
                        B::ValueError,
                        "memoryview assignment: lvalue and rvalue have different structures",
                    ));
                }
                for (j, i) in b.indices().enumerate().collect::<Vec<_>>() {
                    self.view_store(o, i, new[j]);
                }
                return Ok(());
            }
            let mut data = self.bytes_data(o).unwrap_or_default().into_owned();
            if b.step == 1 {
                let start = (b.start.max(0) as usize).min(data.len());
                let end = (start + b.count).min(data.len());
                data.splice(start..end, new);
            } else {
                if new.len() != b.count {
                    let msg = alloc::format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        new.len(),
                        b.count
                    );
                    return Err(self.raise_msg(B::ValueError, &msg));
                }
                for (j, i) in b.indices().enumerate().collect::<Vec<_>>() {
                    if let Some(x) = data.get_mut(i) {
                        *x = new[j];
                    }
                }
            }
            return self.bytearray_set(o, &data);
        }
        let what = if is_view { "memoryview" } else { "bytearray" };
        let i = self.bytes_index(k, len, what)?;
        let byte = if is_view {
            match self.int_value(v) {
                Some(x) if (0..256).contains(&x) => x as u8,
                Some(_) => return Err(self.raise_msg(B::ValueError, "memoryview: invalid value for format 'B'")),
                None => return Err(self.raise_type_error(alloc::format!("memoryview: invalid type for format 'B'"))),
            }
        } else {
            self.byte_value(v)?
        };
        if is_view {
            self.view_store(o, i, byte);
        } else {
            let buf = self.field(o, bytearray::BUF);
            self.heap.bytes_mut(buf.heap_index() + size::STR_HEADER, len)[i] = byte;
        }
        Ok(())
    }

    /// Store byte `i` of a memoryview over a bytearray (ignored if the bytearray shrank).
    fn view_store(&mut self, view: Value, i: usize, byte: u8) {
        let (obj, start, _, step) = self.view_parts(view);
        let j = (start as isize + i as isize * step) as usize;
        let len = self.bytes_len(obj);
        if j < len {
            let buf = self.field(obj, bytearray::BUF);
            self.heap.bytes_mut(buf.heap_index() + size::STR_HEADER, len)[j] = byte;
        }
    }

    /// `del ba[k]`.
    pub(crate) fn bytes_del_item(&mut self, o: Value, k: Value) -> PyResult<()> {
        let len = self.bytes_len(o);
        let mut data = self.bytes_data(o).unwrap_or_default().into_owned();
        if self.is_kind(k, Kind::Slice) {
            let b = self.slice_bounds(k, len)?;
            let gone: Vec<usize> = b.indices().collect();
            let mut i = 0;
            data.retain(|_| {
                let keep = !gone.contains(&i);
                i += 1;
                keep
            });
        } else {
            let i = self.bytes_index(k, len, "bytearray")?;
            data.remove(i);
        }
        self.bytearray_set(o, &data)
    }
}
