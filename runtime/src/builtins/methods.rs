//! Methods of builtin types: one static table. A method is the immediate
//! `Value::method(index)`; calling it passes the receiver as the first argument.

use super::container_methods::*;
use super::gen_methods::*;
use super::str_methods::*;
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
    BaseException.__init__ => exception_init,
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
    Bytes.decode => bytes_decode,
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
    Set.add => set_add,
    Set.remove => set_remove,
    Set.discard => set_discard,
    Set.pop => set_pop,
    Set.clear => dict_clear_method,
    Set.copy => set_copy,
    Set.union => set_union,
    Set.intersection => set_intersection,
    Set.difference => set_difference,
    Set.issubset => set_issubset,
    Generator.send => generator_send,
    Generator.throw => generator_throw,
    Generator.close => generator_close,
    Generator.__next__ => generator_next,
    Generator.__iter__ => generator_iter,
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
