//! Methods of builtin types: one static table. A method is the immediate
//! `Value::method(index)`; calling it passes the receiver as the first argument.

use super::bytearray_methods::*;
use super::bytes_methods::*;
use super::bytes_types::*;
use super::container_methods::*;
use super::gen_methods::*;
use super::int_methods::*;
use super::object_methods::*;
use super::set_methods::*;
use super::str_methods::*;
use super::str_more::*;
use super::{NativeFn, B};
use crate::value::Value;

pub struct MethodDef {
    pub owner: B,
    pub name: &'static str,
    pub func: NativeFn,
}

macro_rules! methods {
    ($( $owner:ident . $name:ident => $f:path ),* $(,)?) => {
        pub static METHODS: &[MethodDef] = &[
            $(MethodDef { owner: B::$owner, name: stringify!($name), func: $f }),*
        ];
    };
}

methods! {
    Object.__init__ => object_init,
    Object.__new__ => object_new_method,
    Object.__setattr__ => object_setattr,
    Object.__getattribute__ => object_getattribute,
    Object.__delattr__ => object_delattr,
    Object.__eq__ => object_eq,
    Object.__ne__ => object_ne,
    Object.__hash__ => object_hash,
    Object.__repr__ => object_repr,
    Object.__str__ => object_str,
    Object.__init_subclass__ => object_init_subclass,
    BaseException.__init__ => exception_init,
    BaseException.__str__ => exception_str,
    BaseException.__repr__ => exception_repr,
    BaseException.with_traceback => exception_with_traceback,
    Property.getter => property_getter,
    Property.setter => property_setter,
    Property.deleter => property_deleter,
    Int.__new__ => object_new_method,
    Float.__new__ => object_new_method,
    Str.__new__ => object_new_method,
    Tuple.__new__ => object_new_method,
    Bytes.__new__ => object_new_method,
    FrozenSet.__new__ => object_new_method,
    List.__new__ => object_new_method,
    Dict.__new__ => object_new_method,
    Set.__new__ => object_new_method,
    ByteArray.__new__ => object_new_method,
    List.__init__ => builtin_init,
    Dict.__init__ => builtin_init,
    Set.__init__ => builtin_init,
    ByteArray.__init__ => builtin_init,
    List.__getitem__ => dunder_getitem,
    Tuple.__getitem__ => dunder_getitem,
    Dict.__getitem__ => dunder_getitem,
    Str.__getitem__ => dunder_getitem,
    Bytes.__getitem__ => dunder_getitem,
    ByteArray.__getitem__ => dunder_getitem,
    List.__setitem__ => dunder_setitem,
    List.__delitem__ => dunder_delitem,
    Dict.__setitem__ => dunder_setitem,
    Dict.__delitem__ => dunder_delitem,
    ByteArray.__setitem__ => dunder_setitem,
    ByteArray.__delitem__ => dunder_delitem,
    List.__len__ => dunder_len,
    Tuple.__len__ => dunder_len,
    Dict.__len__ => dunder_len,
    Set.__len__ => dunder_len,
    FrozenSet.__len__ => dunder_len,
    Str.__len__ => dunder_len,
    Bytes.__len__ => dunder_len,
    ByteArray.__len__ => dunder_len,
    List.__contains__ => dunder_contains,
    List.__iter__ => dunder_iter,
    Tuple.__contains__ => dunder_contains,
    Tuple.__iter__ => dunder_iter,
    Dict.__contains__ => dunder_contains,
    Dict.__iter__ => dunder_iter,
    Set.__contains__ => dunder_contains,
    Set.__iter__ => dunder_iter,
    FrozenSet.__contains__ => dunder_contains,
    FrozenSet.__iter__ => dunder_iter,
    Str.__contains__ => dunder_contains,
    Str.__iter__ => dunder_iter,
    Bytes.__contains__ => dunder_contains,
    Bytes.__iter__ => dunder_iter,
    ByteArray.__contains__ => dunder_contains,
    ByteArray.__iter__ => dunder_iter,
    Int.bit_length => int_bit_length,
    Int.bit_count => int_bit_count,
    Int.to_bytes => int_to_bytes,
    Int.from_bytes => int_from_bytes,
    Str.upper => str_upper,
    Str.lower => str_lower,
    Str.split => str_split,
    Str.rsplit => str_rsplit,
    Str.join => str_join,
    Str.strip => str_strip,
    Str.lstrip => str_lstrip,
    Str.rstrip => str_rstrip,
    Str.replace => str_replace,
    Str.startswith => str_startswith,
    Str.endswith => str_endswith,
    Str.find => str_find,
    Str.rfind => str_rfind,
    Str.index => str_index,
    Str.rindex => str_rindex,
    Str.count => str_count,
    Str.isdigit => str_isdigit,
    Str.isalpha => str_isalpha,
    Str.isalnum => str_isalnum,
    Str.isspace => str_isspace,
    Str.isupper => str_isupper,
    Str.islower => str_islower,
    Str.capitalize => str_capitalize,
    Str.title => str_title,
    Str.swapcase => str_swapcase,
    Str.center => str_center,
    Str.ljust => str_ljust,
    Str.rjust => str_rjust,
    Str.zfill => str_zfill,
    Str.partition => str_partition,
    Str.rpartition => str_rpartition,
    Str.splitlines => str_splitlines,
    Str.encode => str_encode,
    Str.format => str_format,
    Str.casefold => str_casefold,
    Str.expandtabs => str_expandtabs,
    Str.isdecimal => str_isdecimal,
    Str.isnumeric => str_isnumeric,
    Str.isidentifier => str_isidentifier,
    Str.isprintable => str_isprintable,
    Str.istitle => str_istitle,
    Str.isascii => str_isascii,
    Str.removeprefix => str_removeprefix,
    Str.removesuffix => str_removesuffix,
    Str.maketrans => str_maketrans,
    Str.translate => str_translate,
    Str.format_map => str_format_map,
    Bytes.decode => bytes_decode,
    Bytes.hex => bytes_hex,
    Bytes.fromhex => bytes_fromhex,
    Bytes.find => bytes_find,
    Bytes.rfind => bytes_rfind,
    Bytes.index => bytes_index,
    Bytes.rindex => bytes_rindex,
    Bytes.count => bytes_count,
    Bytes.startswith => bytes_startswith,
    Bytes.endswith => bytes_endswith,
    Bytes.split => bytes_split,
    Bytes.rsplit => bytes_rsplit,
    Bytes.join => bytes_join,
    Bytes.replace => bytes_replace,
    Bytes.strip => bytes_strip,
    Bytes.lstrip => bytes_lstrip,
    Bytes.rstrip => bytes_rstrip,
    Bytes.upper => bytes_upper,
    Bytes.lower => bytes_lower,
    Bytes.isdigit => bytes_isdigit,
    Bytes.isalpha => bytes_isalpha,
    Bytes.isalnum => bytes_isalnum,
    Bytes.isspace => bytes_isspace,
    Bytes.isupper => bytes_isupper,
    Bytes.islower => bytes_islower,
    Bytes.partition => bytes_partition,
    ByteArray.decode => bytes_decode,
    ByteArray.hex => bytes_hex,
    ByteArray.fromhex => bytes_fromhex,
    ByteArray.find => bytes_find,
    ByteArray.rfind => bytes_rfind,
    ByteArray.index => bytes_index,
    ByteArray.rindex => bytes_rindex,
    ByteArray.count => bytes_count,
    ByteArray.startswith => bytes_startswith,
    ByteArray.endswith => bytes_endswith,
    ByteArray.split => bytes_split,
    ByteArray.rsplit => bytes_rsplit,
    ByteArray.join => bytes_join,
    ByteArray.replace => bytes_replace,
    ByteArray.strip => bytes_strip,
    ByteArray.lstrip => bytes_lstrip,
    ByteArray.rstrip => bytes_rstrip,
    ByteArray.upper => bytes_upper,
    ByteArray.lower => bytes_lower,
    ByteArray.isdigit => bytes_isdigit,
    ByteArray.isalpha => bytes_isalpha,
    ByteArray.isalnum => bytes_isalnum,
    ByteArray.isspace => bytes_isspace,
    ByteArray.isupper => bytes_isupper,
    ByteArray.islower => bytes_islower,
    ByteArray.partition => bytes_partition,
    ByteArray.append => bytearray_append,
    ByteArray.extend => bytearray_extend,
    ByteArray.pop => bytearray_pop,
    ByteArray.insert => bytearray_insert,
    ByteArray.remove => bytearray_remove,
    ByteArray.clear => bytearray_clear,
    ByteArray.copy => bytearray_copy,
    ByteArray.reverse => bytearray_reverse,
    MemoryView.tobytes => memoryview_tobytes,
    MemoryView.tolist => memoryview_tolist,
    MemoryView.hex => bytes_hex,
    MemoryView.release => memoryview_release,
    List.append => list_append,
    List.pop => list_pop,
    List.insert => list_insert,
    List.remove => list_remove,
    List.index => seq_index_method,
    List.count => seq_count,
    List.extend => list_extend_method,
    List.reverse => list_reverse,
    List.sort => list_sort,
    List.copy => list_copy,
    List.clear => list_clear,
    Tuple.index => seq_index_method,
    Tuple.count => seq_count,
    Dict.get => dict_get_method,
    Dict.keys => dict_keys,
    Dict.values => dict_values,
    Dict.items => dict_items,
    Dict.pop => dict_pop,
    Dict.popitem => dict_popitem,
    Dict.setdefault => dict_setdefault,
    Dict.update => dict_update_method,
    Dict.copy => dict_copy,
    Dict.clear => dict_clear_method,
    Dict.fromkeys => dict_fromkeys,
    DictKeys.isdisjoint => set_isdisjoint,
    DictItems.isdisjoint => set_isdisjoint,
    Set.add => set_add,
    Set.remove => set_remove,
    Set.discard => set_discard,
    Set.pop => set_pop,
    Set.clear => set_clear,
    Set.copy => set_copy,
    Set.union => set_union,
    Set.intersection => set_intersection,
    Set.difference => set_difference,
    Set.symmetric_difference => set_symmetric_difference,
    Set.update => set_update,
    Set.intersection_update => set_intersection_update,
    Set.difference_update => set_difference_update,
    Set.symmetric_difference_update => set_symmetric_difference_update,
    Set.issubset => set_issubset,
    Set.issuperset => set_issuperset,
    Set.isdisjoint => set_isdisjoint,
    FrozenSet.copy => set_copy,
    FrozenSet.union => set_union,
    FrozenSet.intersection => set_intersection,
    FrozenSet.difference => set_difference,
    FrozenSet.symmetric_difference => set_symmetric_difference,
    FrozenSet.issubset => set_issubset,
    FrozenSet.issuperset => set_issuperset,
    FrozenSet.isdisjoint => set_isdisjoint,
    Generator.send => generator_send,
    Generator.throw => generator_throw,
    Generator.close => generator_close,
    Generator.__next__ => generator_next,
    Generator.__iter__ => generator_iter,
}

/// Methods that receive the type rather than the instance (`dict.fromkeys`, `bytes.fromhex`).
pub fn is_classmethod(m: Value) -> bool {
    m.is_method()
        && METHODS
            .get(m.method_id())
            .map(|d| matches!(d.name, "fromkeys" | "fromhex" | "__init_subclass__"))
            .unwrap_or(false)
}

/// Methods that receive no instance at all (`__new__` takes the class explicitly).
pub fn is_staticmethod(m: Value) -> bool {
    m.is_method() && METHODS.get(m.method_id()).map(|d| matches!(d.name, "__new__" | "maketrans")).unwrap_or(false)
}

/// A method defined directly on builtin type `owner`.
pub fn find(owner: B, name: &[u8]) -> Option<Value> {
    METHODS.iter().position(|m| m.owner == owner && m.name.as_bytes() == name).map(|i| Value::method(i as u16))
}

/// A method of `t` or of one of its builtin bases.
pub fn find_in_type_chain(t: B, name: &[u8]) -> Option<Value> {
    let mut t = t;
    loop {
        if let Some(m) = find(t, name) {
            return Some(m);
        }
        if t == B::Object {
            return None;
        }
        t = t.base();
    }
}
