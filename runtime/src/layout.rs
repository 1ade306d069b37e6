//! The word layouts of the heap objects, from one table (as `opcodes!` makes the
//! opcodes): each entry names a kind's fields in order, and the macro numbers them
//! from 1 (word 0 is the header). `vm.field(d, dict::ENTRIES)`, not `vm.field(d, 3)`.
//! `obj.rs` says what each field holds.

macro_rules! layouts {
    ($( $(#[$doc:meta])* $module:ident { $($field:ident),* $(,)? } )*) => {
        $(
            $(#[$doc])*
            pub mod $module {
                layouts!(@number 1usize; $($field),*);
                /// Words of the named part, header included.
                #[allow(dead_code)]
                pub const WORDS: usize = 1 + [$(stringify!($field)),*].len();
            }
        )*
    };
    (@number $n:expr; $field:ident $(, $rest:ident)*) => {
        #[allow(dead_code)]
        pub const $field: usize = $n;
        layouts!(@number $n + 1; $($rest),*);
    };
    (@number $n:expr;) => {};
}

layouts! {
    /// Str and Bytes (raw): then the bytes.
    str { LEN, HASH }
    /// Tuple: the items (aux = length).
    tuple { ITEMS }
    /// List: an Array or NULL.
    list { LEN, ARRAY }
    /// Array: the items after the capacity.
    array { CAP, ITEMS }
    /// Dict and Set.
    dict { LIVE, USED, ENTRIES, INDEX }
    /// Entries: (hash, key, value) triples after the capacity.
    entries { CAP, TRIPLES }
    /// Function: `CODE` is a small int, image << 16 | code.
    function { CODE, GLOBALS, DEFAULTS, KWDEFAULTS, CLOSURE }
    /// Class (aux bit 0: derives from BaseException).
    class { NAME, BASES, MRO, DICT }
    /// Instance; `VALUE` only when the class derives from a builtin type.
    instance { CLASS, DICT, VALUE }
    /// Exception.
    exception { CLASS, DICT, ARGS, TRACEBACK, CAUSE, CONTEXT }
    /// BoundMethod.
    bound_method { SELF, FUNCTION }
    /// Cell.
    cell { CONTENTS }
    /// Range and Slice.
    range { START, STOP, STEP }
    /// SeqIter (aux = what it iterates, `iter_kind`).
    seq_iter { SEQ, INDEX }
    /// RangeIter.
    range_iter { NEXT, STOP, STEP }
    /// Enumerate.
    enumerate { ITER, COUNT }
    /// Zip.
    zip { ITERS }
    /// Super.
    super_ { CLASS, SELF }
    /// DictView (aux: 0 keys, 1 values, 2 items).
    dict_view { DICT }
    /// Module.
    module { NAME, DICT }
    /// Generator: then the frame's registers (`vm/gen.rs`).
    generator { FUNCTION, STATE, PC, RESUME, DELEGATE, REGS }
    /// ByteArray: a Bytes buffer whose length is the capacity.
    bytearray { LEN, BUF }
    /// MemoryView of a bytes or bytearray.
    memoryview { OBJ, START, LEN, STEP }
    /// Map.
    map { FUNCTION, ITERS }
    /// Filter.
    filter { FUNCTION, ITER }
    /// CallIter (`iter(f, sentinel)`).
    call_iter { CALLABLE, SENTINEL }
    /// ClassMethod and StaticMethod.
    wrapper { FUNCTION }
    /// Property.
    property { GETTER, SETTER, DELETER, DOC }
}
