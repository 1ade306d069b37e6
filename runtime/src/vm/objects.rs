//! Making and reading heap objects. Methods that allocate root their own
//! `Value` arguments; callers root any other values they hold.

use super::{PyResult, Vm};
use crate::builtins::B;
use crate::layout::{array, bound_method, class, function, instance, list};
use crate::obj::{header, iter_kind, size, Kind};
use crate::value::Value;

impl Vm {
    /// Kind of a heap object (`None` for immediates).
    #[inline(always)]
    pub fn kind(&self, v: Value) -> Option<Kind> {
        if v.is_heap() {
            Kind::from_u8(self.heap.word(v.heap_index()) as u8)
        } else {
            None
        }
    }
    #[inline(always)]
    pub(crate) fn is_kind(&self, v: Value, k: Kind) -> bool {
        v.is_heap() && self.heap.word(v.heap_index()) as u8 == k as u8
    }
    #[inline(always)]
    pub(crate) fn aux(&self, v: Value) -> u32 {
        self.heap.word(v.heap_index()) >> 8
    }
    /// Field `i` (1-based, after the header) of a heap object.
    #[inline(always)]
    pub(crate) fn field(&self, v: Value, i: usize) -> Value {
        self.heap.val(v.heap_index() + i)
    }
    #[inline(always)]
    pub(crate) fn set_field(&mut self, v: Value, i: usize, x: Value) {
        self.heap.set_val(v.heap_index() + i, x)
    }

    /// Allocate an object whose fields are `fields` (rooted during the allocation).
    pub(crate) fn new_object(&mut self, kind: Kind, aux: u32, fields: &[Value]) -> PyResult<Value> {
        let w = self.rooted(fields, |vm| vm.alloc(1 + fields.len(), header(kind, aux)));
        let w = w?;
        for (i, f) in fields.iter().enumerate() {
            self.heap.set_val(w + 1 + i, *f);
        }
        Ok(Value::from_heap_index(w))
    }

    // ---- strings ----

    pub fn new_str(&mut self, bytes: &[u8]) -> PyResult<Value> {
        self.new_bytes_like(Kind::Str, bytes)
    }
    pub(crate) fn new_bytes_like(&mut self, kind: Kind, bytes: &[u8]) -> PyResult<Value> {
        let w = self.alloc(size::STR_HEADER + bytes.len().div_ceil(4), header(kind, 0))?;
        self.heap.set_word(w + 1, bytes.len() as u32);
        self.heap.bytes_mut(w + size::STR_HEADER, bytes.len()).copy_from_slice(bytes);
        Ok(Value::from_heap_index(w))
    }
    /// A string of `len` bytes to be filled in by the caller (through `str_bytes_mut`).
    pub(crate) fn new_str_uninit(&mut self, len: usize) -> PyResult<Value> {
        let w = self.alloc(size::STR_HEADER + len.div_ceil(4), header(Kind::Str, 0))?;
        self.heap.set_word(w + 1, len as u32);
        Ok(Value::from_heap_index(w))
    }
    pub(crate) fn str_bytes_mut(&mut self, v: Value) -> &mut [u8] {
        let w = v.heap_index();
        let len = self.heap.word(w + 1) as usize;
        self.heap.bytes_mut(w + size::STR_HEADER, len)
    }
    #[inline]
    pub fn is_str(&self, v: Value) -> bool {
        v.is_qstr() || self.is_kind(v, Kind::Str)
    }
    /// Text of a str (or bytes) value; empty for anything else.
    pub fn str_bytes(&self, v: Value) -> &[u8] {
        if v.is_qstr() {
            let (img, idx) = v.qstr_parts();
            if img == 0 {
                return static_str(idx);
            }
            return self.images.get(img as u8).string_bytes(idx);
        }
        if self.is_kind(v, Kind::Str) || self.is_kind(v, Kind::Bytes) {
            let w = v.heap_index();
            let len = self.heap.word(w + 1) as usize;
            return self.heap.bytes(w + size::STR_HEADER, len);
        }
        b""
    }
    pub fn str_text(&self, v: Value) -> &str {
        core::str::from_utf8(self.str_bytes(v)).unwrap_or("")
    }
    /// Hash of a str, cached in the object (names carry theirs in the image).
    pub(crate) fn str_hash(&mut self, v: Value) -> u32 {
        if v.is_qstr() {
            let (img, idx) = v.qstr_parts();
            if img == 0 {
                return crate::hash::hash_bytes(self.str_bytes(v));
            }
            return self.images.get(img as u8).string_hash(idx);
        }
        let w = v.heap_index();
        let h = self.heap.word(w + 2);
        if h != 0 {
            return h;
        }
        let h = crate::hash::hash_bytes(self.str_bytes(v)).max(1);
        self.heap.set_word(w + 2, h);
        h
    }

    // ---- numbers ----

    pub fn new_int(&mut self, i: i64) -> PyResult<Value> {
        if Value::int_fits(i) {
            return Ok(Value::small(i as i32));
        }
        let w = self.alloc(size::BOXED_NUMBER, header(Kind::Int64, 0))?;
        self.heap.set_word(w + 1, i as u32);
        self.heap.set_word(w + 2, (i >> 32) as u32);
        Ok(Value::from_heap_index(w))
    }
    /// The value of an int or bool.
    #[inline]
    pub fn int_value(&self, v: Value) -> Option<i64> {
        if v.is_small() {
            return Some(v.small_value() as i64);
        }
        if v == Value::TRUE {
            return Some(1);
        }
        if v == Value::FALSE {
            return Some(0);
        }
        if self.is_kind(v, Kind::Int64) {
            let w = v.heap_index();
            return Some((self.heap.word(w + 1) as u64 | (self.heap.word(w + 2) as u64) << 32) as i64);
        }
        None
    }
    #[cfg(feature = "float")]
    pub fn new_float(&mut self, f: f64) -> PyResult<Value> {
        let w = self.alloc(size::BOXED_NUMBER, header(Kind::Float, 0))?;
        let bits = f.to_bits();
        self.heap.set_word(w + 1, bits as u32);
        self.heap.set_word(w + 2, (bits >> 32) as u32);
        Ok(Value::from_heap_index(w))
    }
    /// A build without the `float` feature cannot make floats (see docs/differences.md).
    #[cfg(not(feature = "float"))]
    pub fn new_float(&mut self, _f: f64) -> PyResult<Value> {
        Err(self.raise_msg(B::NotImplementedError, "float is not supported by this build of frostpy"))
    }
    /// Without the `float` feature no float exists, so this is constant `None`
    /// and the optimizer drops every float path (formatting, parsing, libm).
    pub fn float_value(&self, v: Value) -> Option<f64> {
        if cfg!(feature = "float") && self.is_kind(v, Kind::Float) {
            let w = v.heap_index();
            return Some(f64::from_bits(self.heap.word(w + 1) as u64 | (self.heap.word(w + 2) as u64) << 32));
        }
        None
    }
    /// An int, bool or float as f64, lossy (`None` for an int too large for
    /// a float). Comparisons and arithmetic use `num_cmp`/`float_pair` instead.
    #[allow(dead_code)]
    pub(crate) fn number_value(&self, v: Value) -> Option<f64> {
        if !cfg!(feature = "float") {
            return None;
        }
        if let Some(f) = self.float_value(v).or_else(|| self.int_value(v).map(|i| i as f64)) {
            return Some(f);
        }
        #[cfg(feature = "bigint")]
        if let Some(x) = self.int_of(v) {
            return x.to_f64();
        }
        None
    }

    // ---- tuples and lists ----

    pub fn new_tuple(&mut self, items: &[Value]) -> PyResult<Value> {
        self.new_object(Kind::Tuple, items.len() as u32, items)
    }
    /// A tuple of `n` NULLs, to be filled with `set_field(t, tuple::ITEMS + i, x)`.
    pub(crate) fn new_tuple_uninit(&mut self, n: usize) -> PyResult<Value> {
        let w = self.alloc(1 + n, header(Kind::Tuple, n as u32))?;
        Ok(Value::from_heap_index(w))
    }
    pub fn new_list(&mut self, items: &[Value]) -> PyResult<Value> {
        let arr = self.rooted(items, |vm| vm.new_array(items.len().max(4)));
        let arr = arr?;
        for (i, x) in items.iter().enumerate() {
            self.heap.set_val(arr.heap_index() + 2 + i, *x);
        }
        self.new_object(Kind::List, 0, &[Value::small(items.len() as i32), arr])
    }
    fn new_array(&mut self, cap: usize) -> PyResult<Value> {
        let w = self.alloc(2 + cap, header(Kind::Array, 0))?;
        // Capacity is what the blocks hold, so rounding up is not wasted.
        let cap = self.heap.object_words(w) - 2;
        self.heap.set_val(w + 1, Value::small(cap as i32));
        Ok(Value::from_heap_index(w))
    }
    /// Length and first item word of a list or tuple (`None` for other values).
    #[inline]
    pub(crate) fn seq_slice(&self, v: Value) -> Option<(usize, usize)> {
        if !v.is_heap() {
            return None;
        }
        let w = v.heap_index();
        let hdr = self.heap.word(w);
        if hdr as u8 == Kind::Tuple as u8 {
            Some((w + 1, (hdr >> 8) as usize))
        } else if hdr as u8 == Kind::List as u8 {
            let arr = self.heap.val(w + 2);
            Some((arr.heap_index() + 2, self.heap.val(w + 1).small_value() as usize))
        } else {
            None
        }
    }
    #[inline]
    pub(crate) fn seq_len(&self, v: Value) -> usize {
        self.seq_slice(v).map(|s| s.1).unwrap_or(0)
    }
    #[inline]
    pub(crate) fn seq_item(&self, v: Value, i: usize) -> Value {
        let (start, _) = self.seq_slice(v).unwrap_or((0, 0));
        self.heap.val(start + i)
    }
    pub(crate) fn list_set_item(&mut self, list: Value, i: usize, x: Value) {
        let arr = self.field(list, list::ARRAY);
        self.heap.set_val(arr.heap_index() + 2 + i, x);
    }
    pub(crate) fn list_set_len(&mut self, list: Value, n: usize) {
        let old = self.seq_len(list);
        let arr = self.field(list, list::ARRAY);
        for i in n..old {
            self.heap.set_val(arr.heap_index() + 2 + i, Value::NULL);
        }
        self.set_field(list, list::LEN, Value::small(n as i32));
    }
    /// Make room for `extra` more items.
    pub(crate) fn list_reserve(&mut self, list: Value, extra: usize) -> PyResult<()> {
        let len = self.seq_len(list);
        let arr = self.field(list, list::ARRAY);
        let cap = self.field(arr, array::CAP).small_value() as usize;
        if len + extra <= cap {
            return Ok(());
        }
        let new_cap = (len + extra).max(cap + cap / 2 + 2);
        let new = self.rooted(&[list], |vm| vm.new_array(new_cap));
        let new = new?;
        let arr = self.field(list, list::ARRAY);
        self.heap.copy_words(arr.heap_index() + 2, new.heap_index() + 2, len);
        self.set_field(list, list::ARRAY, new);
        self.heap.free(arr.heap_index());
        Ok(())
    }
    pub fn list_push(&mut self, list: Value, x: Value) -> PyResult<()> {
        self.rooted(&[x], |vm| vm.list_reserve(list, 1))?;
        let len = self.seq_len(list);
        self.list_set_item(list, len, x);
        self.set_field(list, list::LEN, Value::small(len as i32 + 1));
        Ok(())
    }

    // ---- functions, classes, cells ----

    pub(crate) fn new_function(
        &mut self,
        image: u8,
        code: usize,
        globals: Value,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
    ) -> PyResult<Value> {
        let code_ref = Value::code_ref(image as usize, code);
        self.new_object(Kind::Function, 0, &[code_ref, globals, defaults, kwdefaults, closure])
    }
    /// Image and code numbers of a function.
    pub(crate) fn function_code(&self, f: Value) -> (u8, usize) {
        let (image, code) = self.field(f, function::CODE).code_ref_parts();
        (image as u8, code)
    }
    pub(crate) fn new_cell(&mut self, v: Value) -> PyResult<Value> {
        self.new_object(Kind::Cell, 0, &[v])
    }

    pub(crate) fn new_range(&mut self, start: Value, stop: Value, step: Value) -> PyResult<Value> {
        self.new_object(Kind::Range, 0, &[start, stop, step])
    }
    pub(crate) fn new_seq_iter(&mut self, seq: Value, which: u32) -> PyResult<Value> {
        self.new_object(Kind::SeqIter, which, &[seq, Value::small(0)])
    }

    /// The type of any value: a builtin type or a class.
    pub fn type_of(&self, v: Value) -> Value {
        if v.is_small() {
            return B::Int.value();
        }
        if v.is_qstr() {
            return B::Str.value();
        }
        if v.is_special() {
            return match v {
                Value::NONE => B::NoneType.value(),
                Value::TRUE | Value::FALSE => B::Bool.value(),
                Value::ELLIPSIS => B::Ellipsis.value(),
                _ => B::NotImplementedType.value(),
            };
        }
        if v.is_builtin() {
            return match B::from_id(v.builtin_id()) {
                Some(b) if b.is_type() => B::Type.value(),
                _ => B::BuiltinFunction.value(),
            };
        }
        if v.is_method() {
            return B::MethodDescriptor.value();
        }
        let b = match self.kind(v) {
            Some(Kind::Str) => B::Str,
            Some(Kind::Bytes) => B::Bytes,
            Some(Kind::Int64 | Kind::BigInt) => B::Int,
            Some(Kind::Float) => B::Float,
            Some(Kind::Tuple) => B::Tuple,
            Some(Kind::List) => B::List,
            Some(Kind::Dict) => B::Dict,
            Some(Kind::Set) => {
                if self.aux(v) & crate::obj::FROZEN != 0 {
                    B::FrozenSet
                } else {
                    B::Set
                }
            }
            Some(Kind::ByteArray) => B::ByteArray,
            Some(Kind::MemoryView) => B::MemoryView,
            Some(Kind::Map) => B::Map,
            Some(Kind::Filter) => B::Filter,
            Some(Kind::CallIter) => B::CallableIterator,
            Some(Kind::ClassMethod) => B::ClassMethod,
            Some(Kind::StaticMethod) => B::StaticMethod,
            Some(Kind::Property) => B::Property,
            Some(Kind::Function) => B::Function,
            Some(Kind::Class) => B::Type,
            Some(Kind::Instance) | Some(Kind::Exception) => return self.field(v, instance::CLASS),
            Some(Kind::BoundMethod) => {
                if self.field(v, bound_method::FUNCTION).is_method() {
                    B::BuiltinFunction
                } else {
                    B::Method
                }
            }
            Some(Kind::Cell) => B::Cell,
            Some(Kind::Range) => B::Range,
            Some(Kind::Slice) => B::Slice,
            Some(Kind::Enumerate) => B::Enumerate,
            Some(Kind::Zip) => B::Zip,
            Some(Kind::Super) => B::Super,
            Some(Kind::Module) => B::Module,
            Some(Kind::Generator) => B::Generator,
            Some(Kind::DictView) => match self.aux(v) {
                0 => B::DictKeys,
                1 => B::DictValues,
                _ => B::DictItems,
            },
            _ => B::Iterator,
        };
        b.value()
    }

    /// The builtin value inside an instance of a subclass of a builtin type (NULL otherwise).
    #[inline]
    pub(crate) fn builtin_value(&self, v: Value) -> Value {
        if self.is_kind(v, Kind::Instance) {
            self.field(v, instance::VALUE)
        } else {
            Value::NULL
        }
    }

    /// `v` itself, or the builtin value an instance of a builtin type's subclass carries.
    #[inline]
    pub(crate) fn unwrap_builtin(&self, v: Value) -> Value {
        let b = self.builtin_value(v);
        if b.is_null() {
            v
        } else {
            b
        }
    }

    /// `__name__` of a type (builtin or class) as a str value.
    pub(crate) fn type_name(&self, t: Value) -> Value {
        if t.is_builtin() {
            Value::qstr(0, t.builtin_id())
        } else if self.is_kind(t, Kind::Class) {
            self.field(t, class::NAME)
        } else {
            // Not a type: name its type instead (never read fields of a non-class).
            self.type_name(self.type_of(t))
        }
    }
    pub(crate) fn type_name_of(&self, v: Value) -> &str {
        let t = self.type_of(v);
        let n = self.type_name(t);
        self.str_text(n)
    }

    pub(crate) fn dict_view(&mut self, d: Value, which: u32) -> PyResult<Value> {
        self.new_object(Kind::DictView, which, &[d])
    }
    pub(crate) fn iter_kind_of_view(which: u32) -> u32 {
        iter_kind::DICT_KEYS + which
    }
}

/// Image 0: the runtime's own strings: builtin names, then the 128 one-character ASCII strings.
pub(crate) const ASCII_BASE: usize = crate::builtins::COUNT;

static ASCII: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = i as u8;
        i += 1;
    }
    t
};

fn static_str(idx: usize) -> &'static [u8] {
    if idx < ASCII_BASE {
        return crate::builtins::NAMES[idx].as_bytes();
    }
    match ASCII.get(idx - ASCII_BASE..idx - ASCII_BASE + 1) {
        Some(s) => s,
        None => b"",
    }
}
