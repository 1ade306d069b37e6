//! Methods of builtin types: one static table, grouped by owner type, so that each type's
//! methods are a contiguous run (`TYPES` gives each type's run). A method is the immediate
//! `Value::method(index)`; calling it passes the receiver as the first argument.
//! Lookup compares a 16-bit hash of the name first, then its bytes: no copy of the name.

#[cfg(feature = "bytes_methods")]
use super::bytearray_methods::*;
#[cfg(feature = "bytes_methods")]
use super::bytes_methods::*;
use super::bytes_types::*;
use super::container_methods::*;
use super::gen_methods::*;
use super::int_methods::*;
use super::object_methods::*;
use super::set_methods::*;
use super::str_methods::*;
#[cfg(feature = "str_more")]
use super::str_more::*;
use super::{NativeFn, B};
use crate::hash::hash_bytes;
use crate::value::Value;

pub struct MethodDef {
    pub name: &'static str,
    pub func: NativeFn,
    /// The low 16 bits of `hash_bytes(name)`, compared before the name's bytes.
    hash: u16,
    /// `CLASS`, `STATIC`, `KW`.
    pub flags: u8,
}

/// Receives the type rather than the instance (`dict.fromkeys`, `bytes.fromhex`).
pub const CLASS: u8 = 1;
/// Receives no instance at all (`__new__` takes the class explicitly).
pub const STATIC: u8 = 2;
/// Takes keyword arguments (the function checks their names); a call with keywords to a
/// method without this flag raises CPython's "takes no keyword arguments" before it runs.
pub const KW: u8 = 4;

/// The methods of builtin type `owner`: `METHODS[start..end]`.
#[derive(Clone, Copy)]
struct TypeMethods {
    owner: B,
    start: u16,
    end: u16,
}

/// Each group's run in the flat table, from the groups' sizes in table order.
const fn runs<const N: usize>(sizes: [(B, u16); N]) -> [TypeMethods; N] {
    let mut out = [TypeMethods { owner: B::Object, start: 0, end: 0 }; N];
    let (mut i, mut at) = (0, 0);
    while i < N {
        out[i] = TypeMethods { owner: sizes[i].0, start: at, end: at + sizes[i].1 };
        at += sizes[i].1;
        i += 1;
    }
    out
}

macro_rules! one {
    ($x:tt) => {
        1
    };
}

// `Owner { name => f [FLAGS] if "feature", ... }`: an entry with `if` is built only with that
// runtime feature; without it the method still exists and raises NotImplementedError (see `left_out`).
macro_rules! methods {
    ($( $owner:ident { $( $name:ident => $f:ident $([$($flag:ident)|+])? $(if $feat:tt)? ),* $(,)? } )*) => {
        pub static METHODS: [MethodDef; 0 $($(+ one!($name))*)*] = [
            $($(MethodDef {
                name: stringify!($name),
                func: method_fn!($f $(, $feat)?),
                hash: hash_bytes(stringify!($name).as_bytes()) as u16,
                flags: 0 $($(| $flag)+)?,
            }),*),*
        ];
        static TYPES: [TypeMethods; 0 $(+ one!($owner))*] = runs([$((B::$owner, 0 $(+ one!($name))*)),*]);
    };
}

macro_rules! method_fn {
    ($f:ident) => {
        $f
    };
    ($f:ident, $feat:tt) => {{
        #[cfg(feature = $feat)]
        let f: NativeFn = $f;
        #[cfg(not(feature = $feat))]
        let f: NativeFn = left_out!($feat);
        f
    }};
}

// Methods of a runtime feature this build leaves out (docs/differences.md, "Builds without
// some methods"): the name resolves, as in a full build, and a call says what is missing.
#[allow(unused_macros)]
macro_rules! left_out {
    ("bytes_methods") => {
        left_out_bytes_methods
    };
    ("str_more") => {
        left_out_str_more
    };
}

#[cfg(not(feature = "bytes_methods"))]
fn left_out_bytes_methods(
    vm: &mut crate::vm::Vm,
    _args: &[Value],
    _kw: &[(Value, Value)],
) -> crate::vm::PyResult<Value> {
    Err(vm.raise_msg(
        B::NotImplementedError,
        "bytes, bytearray and memoryview methods and int.to_bytes/from_bytes are not in this build of frostpy \
         (runtime feature 'bytes_methods')",
    ))
}

#[cfg(not(feature = "str_more"))]
fn left_out_str_more(vm: &mut crate::vm::Vm, _args: &[Value], _kw: &[(Value, Value)]) -> crate::vm::PyResult<Value> {
    Err(vm.raise_msg(
        B::NotImplementedError,
        "this str method is not in this build of frostpy (runtime feature 'str_more')",
    ))
}

methods! {
    Object {
        __init__ => object_init [KW],
        __new__ => object_new_method [STATIC | KW],
        __setattr__ => object_setattr,
        __getattribute__ => object_getattribute,
        __delattr__ => object_delattr,
        __eq__ => object_eq,
        __ne__ => object_ne,
        __hash__ => object_hash,
        __repr__ => object_repr,
        __str__ => object_str,
        __init_subclass__ => object_init_subclass [CLASS | KW],
    }
    BaseException {
        __init__ => exception_init [KW],
        __str__ => exception_str,
        __repr__ => exception_repr,
        with_traceback => exception_with_traceback,
    }
    Property {
        getter => property_getter,
        setter => property_setter,
        deleter => property_deleter,
    }
    Int {
        __new__ => object_new_method [STATIC | KW],
        bit_length => int_bit_length,
        bit_count => int_bit_count,
        to_bytes => int_to_bytes [KW] if "bytes_methods",
        from_bytes => int_from_bytes [KW] if "bytes_methods",
    }
    Float {
        __new__ => object_new_method [STATIC | KW],
    }
    Str {
        __new__ => object_new_method [STATIC | KW],
        __getitem__ => dunder_getitem,
        __len__ => dunder_len,
        __contains__ => dunder_contains,
        __iter__ => dunder_iter,
        upper => str_upper,
        lower => str_lower,
        split => str_split [KW],
        rsplit => str_rsplit [KW],
        join => str_join,
        strip => str_strip,
        lstrip => str_lstrip,
        rstrip => str_rstrip,
        replace => str_replace,
        startswith => str_startswith,
        endswith => str_endswith,
        find => str_find,
        rfind => str_rfind,
        index => str_index,
        rindex => str_rindex,
        count => str_count,
        isdigit => str_isdigit,
        isalpha => str_isalpha,
        isalnum => str_isalnum,
        isspace => str_isspace,
        isupper => str_isupper,
        islower => str_islower,
        capitalize => str_capitalize,
        title => str_title,
        swapcase => str_swapcase,
        center => str_center,
        ljust => str_ljust,
        rjust => str_rjust,
        zfill => str_zfill,
        partition => str_partition,
        rpartition => str_rpartition,
        splitlines => str_splitlines [KW] if "str_more",
        encode => str_encode [KW],
        format => str_format [KW],
        casefold => str_casefold if "str_more",
        expandtabs => str_expandtabs [KW] if "str_more",
        isdecimal => str_isdecimal if "str_more",
        isnumeric => str_isnumeric if "str_more",
        isidentifier => str_isidentifier if "str_more",
        isprintable => str_isprintable if "str_more",
        istitle => str_istitle if "str_more",
        isascii => str_isascii if "str_more",
        removeprefix => str_removeprefix if "str_more",
        removesuffix => str_removesuffix if "str_more",
        maketrans => str_maketrans [STATIC] if "str_more",
        translate => str_translate if "str_more",
        format_map => str_format_map,
    }
    Tuple {
        __new__ => object_new_method [STATIC | KW],
        __getitem__ => dunder_getitem,
        __len__ => dunder_len,
        __contains__ => dunder_contains,
        __iter__ => dunder_iter,
        index => seq_index_method,
        count => seq_count,
    }
    Bytes {
        __new__ => object_new_method [STATIC | KW],
        __getitem__ => dunder_getitem,
        __len__ => dunder_len,
        __contains__ => dunder_contains,
        __iter__ => dunder_iter,
        decode => bytes_decode [KW] if "bytes_methods",
        hex => bytes_hex if "bytes_methods",
        fromhex => bytes_fromhex [CLASS] if "bytes_methods",
        find => bytes_find if "bytes_methods",
        rfind => bytes_rfind if "bytes_methods",
        index => bytes_index if "bytes_methods",
        rindex => bytes_rindex if "bytes_methods",
        count => bytes_count if "bytes_methods",
        startswith => bytes_startswith if "bytes_methods",
        endswith => bytes_endswith if "bytes_methods",
        split => bytes_split [KW] if "bytes_methods",
        rsplit => bytes_rsplit [KW] if "bytes_methods",
        join => bytes_join if "bytes_methods",
        replace => bytes_replace if "bytes_methods",
        strip => bytes_strip if "bytes_methods",
        lstrip => bytes_lstrip if "bytes_methods",
        rstrip => bytes_rstrip if "bytes_methods",
        upper => bytes_upper if "bytes_methods",
        lower => bytes_lower if "bytes_methods",
        isdigit => bytes_isdigit if "bytes_methods",
        isalpha => bytes_isalpha if "bytes_methods",
        isalnum => bytes_isalnum if "bytes_methods",
        isspace => bytes_isspace if "bytes_methods",
        isupper => bytes_isupper if "bytes_methods",
        islower => bytes_islower if "bytes_methods",
        partition => bytes_partition if "bytes_methods",
    }
    FrozenSet {
        __new__ => object_new_method [STATIC | KW],
        __len__ => dunder_len,
        __contains__ => dunder_contains,
        __iter__ => dunder_iter,
        copy => set_copy,
        union => set_union,
        intersection => set_intersection,
        difference => set_difference,
        symmetric_difference => set_symmetric_difference,
        issubset => set_issubset,
        issuperset => set_issuperset,
        isdisjoint => set_isdisjoint,
    }
    List {
        __new__ => object_new_method [STATIC | KW],
        __init__ => builtin_init [KW],
        __getitem__ => dunder_getitem,
        __setitem__ => dunder_setitem,
        __delitem__ => dunder_delitem,
        __len__ => dunder_len,
        __contains__ => dunder_contains,
        __iter__ => dunder_iter,
        append => list_append,
        pop => list_pop,
        insert => list_insert,
        remove => list_remove,
        index => seq_index_method,
        count => seq_count,
        extend => list_extend_method,
        reverse => list_reverse,
        sort => list_sort [KW],
        copy => list_copy,
        clear => list_clear,
    }
    Dict {
        __new__ => object_new_method [STATIC | KW],
        __init__ => builtin_init [KW],
        __getitem__ => dunder_getitem,
        __setitem__ => dunder_setitem,
        __delitem__ => dunder_delitem,
        __len__ => dunder_len,
        __contains__ => dunder_contains,
        __iter__ => dunder_iter,
        get => dict_get_method,
        keys => dict_keys,
        values => dict_values,
        items => dict_items,
        pop => dict_pop,
        popitem => dict_popitem,
        setdefault => dict_setdefault,
        update => dict_update_method [KW],
        copy => dict_copy,
        clear => dict_clear_method,
        fromkeys => dict_fromkeys [CLASS],
    }
    Set {
        __new__ => object_new_method [STATIC | KW],
        __init__ => builtin_init [KW],
        __len__ => dunder_len,
        __contains__ => dunder_contains,
        __iter__ => dunder_iter,
        add => set_add,
        remove => set_remove,
        discard => set_discard,
        pop => set_pop,
        clear => set_clear,
        copy => set_copy,
        union => set_union,
        intersection => set_intersection,
        difference => set_difference,
        symmetric_difference => set_symmetric_difference,
        update => set_update,
        intersection_update => set_intersection_update,
        difference_update => set_difference_update,
        symmetric_difference_update => set_symmetric_difference_update,
        issubset => set_issubset,
        issuperset => set_issuperset,
        isdisjoint => set_isdisjoint,
    }
    ByteArray {
        __new__ => object_new_method [STATIC | KW],
        __init__ => builtin_init [KW],
        __getitem__ => dunder_getitem,
        __setitem__ => dunder_setitem,
        __delitem__ => dunder_delitem,
        __len__ => dunder_len,
        __contains__ => dunder_contains,
        __iter__ => dunder_iter,
        decode => bytes_decode [KW] if "bytes_methods",
        hex => bytes_hex if "bytes_methods",
        fromhex => bytes_fromhex [CLASS] if "bytes_methods",
        find => bytes_find if "bytes_methods",
        rfind => bytes_rfind if "bytes_methods",
        index => bytes_index if "bytes_methods",
        rindex => bytes_rindex if "bytes_methods",
        count => bytes_count if "bytes_methods",
        startswith => bytes_startswith if "bytes_methods",
        endswith => bytes_endswith if "bytes_methods",
        split => bytes_split [KW] if "bytes_methods",
        rsplit => bytes_rsplit [KW] if "bytes_methods",
        join => bytes_join if "bytes_methods",
        replace => bytes_replace if "bytes_methods",
        strip => bytes_strip if "bytes_methods",
        lstrip => bytes_lstrip if "bytes_methods",
        rstrip => bytes_rstrip if "bytes_methods",
        upper => bytes_upper if "bytes_methods",
        lower => bytes_lower if "bytes_methods",
        isdigit => bytes_isdigit if "bytes_methods",
        isalpha => bytes_isalpha if "bytes_methods",
        isalnum => bytes_isalnum if "bytes_methods",
        isspace => bytes_isspace if "bytes_methods",
        isupper => bytes_isupper if "bytes_methods",
        islower => bytes_islower if "bytes_methods",
        partition => bytes_partition if "bytes_methods",
        append => bytearray_append if "bytes_methods",
        extend => bytearray_extend if "bytes_methods",
        pop => bytearray_pop if "bytes_methods",
        insert => bytearray_insert if "bytes_methods",
        remove => bytearray_remove if "bytes_methods",
        clear => bytearray_clear if "bytes_methods",
        copy => bytearray_copy if "bytes_methods",
        reverse => bytearray_reverse if "bytes_methods",
    }
    MemoryView {
        tobytes => memoryview_tobytes if "bytes_methods",
        tolist => memoryview_tolist if "bytes_methods",
        hex => bytes_hex if "bytes_methods",
        release => memoryview_release if "bytes_methods",
    }
    DictKeys {
        isdisjoint => set_isdisjoint,
    }
    DictItems {
        isdisjoint => set_isdisjoint,
    }
    Generator {
        send => generator_send,
        throw => generator_throw,
        close => generator_close,
        __next__ => generator_next,
        __iter__ => generator_iter,
    }
}

/// The definition of method value `m`.
#[inline]
pub fn def(m: Value) -> Option<&'static MethodDef> {
    if m.is_method() {
        METHODS.get(m.method_id())
    } else {
        None
    }
}

/// The type whose table holds method value `m` (`object` for a value that is no method).
pub fn owner(m: Value) -> B {
    let id = m.method_id();
    TYPES.iter().find(|t| (t.start as usize..t.end as usize).contains(&id)).map(|t| t.owner).unwrap_or(B::Object)
}

fn flag(m: Value, f: u8) -> bool {
    def(m).map(|d| d.flags & f != 0).unwrap_or(false)
}

/// Methods that receive the type rather than the instance (`dict.fromkeys`, `bytes.fromhex`).
pub fn is_classmethod(m: Value) -> bool {
    flag(m, CLASS)
}

/// Methods that receive no instance at all (`__new__` takes the class explicitly).
pub fn is_staticmethod(m: Value) -> bool {
    flag(m, STATIC)
}

/// A method defined directly on builtin type `owner`; `hash` is `hash_bytes(name)` (any
/// of the hashes that keep its low 16 bits, such as an image's precomputed one).
pub fn find(owner: B, name: &[u8], hash: u32) -> Option<Value> {
    let t = TYPES.iter().find(|t| t.owner == owner)?;
    let h = hash as u16;
    (t.start..t.end)
        .find(|&i| {
            let m = &METHODS[i as usize];
            m.hash == h && m.name.as_bytes() == name
        })
        .map(Value::method)
}

/// A method of `t` or of one of its builtin bases.
pub fn find_in_type_chain(t: B, name: &[u8], hash: u32) -> Option<Value> {
    let mut t = t;
    loop {
        if let Some(m) = find(t, name, hash) {
            return Some(m);
        }
        if t == B::Object {
            return None;
        }
        t = t.base();
    }
}
