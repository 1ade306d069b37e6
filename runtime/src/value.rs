//! `Value`: one 32-bit word on every target (also on the host, so that heap
//! sizes mean the same there as on a microcontroller).
//!
//! ```text
//!   xxxx...xxx1   small int, 31 bits signed (value >> 1)
//!   xxxx...xx00   heap object: word index into the arena << 2 (0 = NULL / unbound)
//!   xxxx...0010   special constant: None, True, False, Ellipsis, NotImplemented
//!   iiii...1000_0010  code reference: image number (8 bits, top) and code index (16 bits), for
//!                 functions and tracebacks (a special with bit 7 set; never a Python value)
//!   xxxx...0110   interned string: image number (8 bits, top) and string index (20 bits)
//!   xxxx...1010   builtin object: function, type, exception class, module (static table)
//!   xxxx...1110   builtin method of a builtin type (static table)
//! ```
//! Small ints, constants, names from code images and every builtin need no
//! allocation at all. Interned strings and code references keep their image
//! number in the top 8 bits, so the collector finds every use of an image
//! (`Value::image_number`) and frees images nothing names (`vm/images.rs`).

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
#[repr(transparent)]
pub struct Value(pub u32);

pub const SMALL_MIN: i64 = -(1 << 30);
pub const SMALL_MAX: i64 = (1 << 30) - 1;

/// Builtin and method ids from here on name functions of native modules.
pub const NATIVE_BASE: usize = 1 << 20;

const TAG_SPECIAL: u32 = 0b0010;
const TAG_QSTR: u32 = 0b0110;
const TAG_BUILTIN: u32 = 0b1010;
const TAG_METHOD: u32 = 0b1110;
/// Specials are numbered from 0 in bits 4..; a code reference sets bit 7 (no special gets there).
const CODE_REF_BIT: u32 = 0x80;

impl Value {
    /// An unbound register, an empty slot, a missing optional value.
    pub const NULL: Value = Value(0);
    pub const NONE: Value = Value(TAG_SPECIAL);
    pub const TRUE: Value = Value(1 << 4 | TAG_SPECIAL);
    pub const FALSE: Value = Value(2 << 4 | TAG_SPECIAL);
    pub const ELLIPSIS: Value = Value(3 << 4 | TAG_SPECIAL);
    pub const NOT_IMPLEMENTED: Value = Value(4 << 4 | TAG_SPECIAL);

    #[inline(always)]
    pub fn is_null(self) -> bool {
        self.0 == 0
    }
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    /// A small int; the caller checks the range (see `Value::int_fits`).
    #[inline(always)]
    pub const fn small(i: i32) -> Value {
        Value(((i as u32) << 1) | 1)
    }
    #[inline(always)]
    pub fn int_fits(i: i64) -> bool {
        (SMALL_MIN..=SMALL_MAX).contains(&i)
    }
    #[inline(always)]
    pub fn is_small(self) -> bool {
        self.0 & 1 == 1
    }
    #[inline(always)]
    pub fn small_value(self) -> i32 {
        (self.0 as i32) >> 1
    }

    #[inline(always)]
    pub fn is_heap(self) -> bool {
        self.0 & 3 == 0 && self.0 != 0
    }
    /// Word index of a heap object in the arena.
    #[inline(always)]
    pub fn heap_index(self) -> usize {
        (self.0 >> 2) as usize
    }
    #[inline(always)]
    pub fn from_heap_index(i: usize) -> Value {
        Value((i as u32) << 2)
    }

    #[inline(always)]
    pub fn is_qstr(self) -> bool {
        self.0 & 0xf == TAG_QSTR
    }
    /// An interned string: string `index` of image `image` (0 is the runtime's own table).
    #[inline(always)]
    pub fn qstr(image: usize, index: usize) -> Value {
        Value(((image as u32) << 24) | ((index as u32) << 4) | TAG_QSTR)
    }
    #[inline(always)]
    pub fn qstr_parts(self) -> (usize, usize) {
        ((self.0 >> 24) as usize, ((self.0 >> 4) & 0xf_ffff) as usize)
    }

    /// A code object of image `image`, as functions and tracebacks hold it (not a Python value).
    #[inline(always)]
    pub fn code_ref(image: usize, code: usize) -> Value {
        Value(((image as u32) << 24) | ((code as u32 & 0xffff) << 8) | CODE_REF_BIT | TAG_SPECIAL)
    }
    /// (image, code) of a code reference.
    #[inline(always)]
    pub fn code_ref_parts(self) -> (usize, usize) {
        ((self.0 >> 24) as usize, ((self.0 >> 8) & 0xffff) as usize)
    }
    #[inline(always)]
    pub fn is_code_ref(self) -> bool {
        self.0 & (0x80 | 0xf) == CODE_REF_BIT | TAG_SPECIAL
    }

    /// The image an interned string or a code reference names (0: the runtime's own strings).
    #[inline(always)]
    pub fn image_number(self) -> Option<usize> {
        if self.is_qstr() || self.is_code_ref() {
            Some((self.0 >> 24) as usize)
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn builtin(id: u16) -> Value {
        Value((id as u32) << 4 | TAG_BUILTIN)
    }
    #[inline(always)]
    pub fn is_builtin(self) -> bool {
        self.0 & 0xf == TAG_BUILTIN
    }
    #[inline(always)]
    pub fn builtin_id(self) -> usize {
        (self.0 >> 4) as usize
    }

    #[inline(always)]
    pub fn method(id: u16) -> Value {
        Value((id as u32) << 4 | TAG_METHOD)
    }
    #[inline(always)]
    pub fn is_method(self) -> bool {
        self.0 & 0xf == TAG_METHOD
    }
    #[inline(always)]
    pub fn method_id(self) -> usize {
        (self.0 >> 4) as usize
    }

    /// A function of native module `module` (index in `modules::MODULES`), number `index` of
    /// its table: a builtin id from `NATIVE_BASE` on. As a method (`method = true`) it binds
    /// `self` when found on a class, like the methods of builtin types.
    #[inline(always)]
    pub fn native(module: usize, index: usize, method: bool) -> Value {
        let id = (NATIVE_BASE | module << 10 | index) as u32;
        Value(id << 4 | if method { TAG_METHOD } else { TAG_BUILTIN })
    }
    /// (module, index) of a native module function or method.
    #[inline(always)]
    pub fn native_parts(self) -> Option<(usize, usize)> {
        let id = (self.0 >> 4) as usize;
        if (self.is_builtin() || self.is_method()) && id >= NATIVE_BASE {
            Some(((id - NATIVE_BASE) >> 10, id & 0x3ff))
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn is_special(self) -> bool {
        self.0 & 0xf == TAG_SPECIAL
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_do_not_overlap() {
        let vals = [
            Value::small(-5),
            Value::from_heap_index(12),
            Value::NONE,
            Value::qstr(3, 77),
            Value::builtin(9),
            Value::method(4),
        ];
        let kinds = |v: Value| [v.is_small(), v.is_heap(), v.is_special(), v.is_qstr(), v.is_builtin(), v.is_method()];
        for (i, v) in vals.iter().enumerate() {
            let k = kinds(*v);
            assert_eq!(k.iter().filter(|b| **b).count(), 1, "{v:?}");
            assert!(k[i]);
        }
        assert!(!Value::NULL.is_heap());
        let n = Value::native(7, 1023, false);
        assert!(n.is_builtin() && n.native_parts() == Some((7, 1023)));
        let m = Value::native(255, 0, true);
        assert!(m.is_method() && m.native_parts() == Some((255, 0)));
        assert_eq!(Value::builtin(9).native_parts(), None);
    }

    #[test]
    fn small_int_range() {
        for i in [SMALL_MIN, -1, 0, 1, SMALL_MAX] {
            assert_eq!(Value::small(i as i32).small_value() as i64, i);
        }
        assert!(!Value::int_fits(SMALL_MAX + 1));
        assert_eq!(Value::qstr(255, 0xf_ffff).qstr_parts(), (255, 0xf_ffff));
    }

    #[test]
    fn code_refs_and_image_numbers() {
        let c = Value::code_ref(200, 0xfffe);
        assert!(c.is_code_ref() && c.is_special() && !c.is_qstr());
        assert_eq!(c.code_ref_parts(), (200, 0xfffe));
        assert_eq!(c.image_number(), Some(200));
        assert_eq!(Value::qstr(17, 3).image_number(), Some(17));
        for v in [Value::NONE, Value::TRUE, Value::FALSE, Value::ELLIPSIS, Value::NOT_IMPLEMENTED] {
            assert!(!v.is_code_ref() && v.image_number().is_none());
        }
        for v in [Value::small(-1), Value::from_heap_index(8), Value::builtin(3), Value::method(3)] {
            assert_eq!(v.image_number(), None);
        }
    }
}
