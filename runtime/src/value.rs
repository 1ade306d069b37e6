//! `Value`: one 32-bit word on every target (also on the host, so that heap
//! sizes mean the same there as on a microcontroller).
//!
//! ```text
//!   xxxx...xxx1   small int, 31 bits signed (value >> 1)
//!   xxxx...xx00   heap object: word index into the arena << 2 (0 = NULL / unbound)
//!   xxxx...0010   special constant: None, True, False, Ellipsis, NotImplemented
//!   xxxx...0110   interned string: image number (8 bits) and string index (20 bits)
//!   xxxx...1010   builtin object: function, type, exception class, module (static table)
//!   xxxx...1110   builtin method of a builtin type (static table)
//! ```
//! Small ints, constants, names from code images and every builtin need no
//! allocation at all.

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
}
