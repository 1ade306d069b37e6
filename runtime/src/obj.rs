//! Heap object kinds and their word layouts. Word 0 is the header
//! `kind | aux << 8`. Raw kinds hold no references; in every other kind each
//! word after the header is a `Value` (numbers kept there are small ints).
//! Code names the fields with the constants of `layout.rs` (`dict::ENTRIES`),
//! generated from one table in this order.
//!
//! | kind | layout after the header |
//! |---|---|
//! | Str, Bytes | byte length, hash (0 = not computed yet), bytes |
//! | Int64, Float | low word, high word |
//! | BigInt | magnitude limbs, least significant first (aux = limb count << 1 \| negative); only for values outside i64 |
//! | Index | dict hash index: slot count, slots (entry number + 1, 0 empty) |
//! | Tuple | items (aux = length) |
//! | List | length, item array or NULL |
//! | Array | capacity, items |
//! | Dict, Set | live entries, used entries, Entries or NULL, Index or NULL |
//! | Entries | capacity, then (hash, key, value) triples; key NULL = deleted |
//! | Function | code ref (image << 16 \| code), globals, defaults, kw defaults, closure |
//! | Class | name, bases, mro, dict (aux bit 0: derives from BaseException) |
//! | Instance | class, dict |
//! | Exception | class, dict, args, traceback, cause, context |
//! | BoundMethod | self, function |
//! | Cell | contents |
//! | Range, Slice | start, stop, step |
//! | SeqIter | sequence, index (aux = what it iterates) |
//! | RangeIter | next, stop, step |
//! | Enumerate | iterator, count |
//! | Zip | tuple of iterators |
//! | Super | class, self |
//! | DictView | dict (aux: 0 keys, 1 values, 2 items) |
//! | Module | name, dict |
//! | Generator | function, state, pc, resume register, delegate, then the frame's registers (see `vm/gen.rs`) |
//! | ByteArray | byte length, Bytes buffer (its length is the capacity) |
//! | MemoryView | object (bytes or bytearray), start, length, step |
//! | Map | function, tuple of iterators |
//! | Filter | function, iterator |
//! | CallIter | callable, sentinel (`iter(f, sentinel)`) |
//! | ClassMethod, StaticMethod | function |
//! | Property | getter, setter, deleter, doc |
//!
//! A Set with aux bit 0 set is a frozenset. An Instance of a class that
//! derives from a builtin type (list, dict, str, int, ...) keeps its builtin
//! value in the word after the dict.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Kind {
    Str = 1,
    Bytes,
    Int64,
    Float,
    Index,
    BigInt,
    Tuple = 16,
    List,
    Array,
    Dict,
    Set,
    Entries,
    Function,
    Class,
    Instance,
    Exception,
    BoundMethod,
    Cell,
    Range,
    Slice,
    SeqIter,
    RangeIter,
    Enumerate,
    Zip,
    Super,
    DictView,
    Module,
    Generator,
    ByteArray,
    MemoryView,
    Map,
    Filter,
    CallIter,
    ClassMethod,
    StaticMethod,
    Property,
}

const LAST: u8 = Kind::Property as u8;

/// Kinds below this hold no references.
pub fn is_raw_kind(k: u8) -> bool {
    k < Kind::Tuple as u8
}

impl Kind {
    pub fn from_u8(k: u8) -> Option<Kind> {
        use Kind::*;
        const ALL: [Kind; 36] = [
            Str,
            Bytes,
            Int64,
            Float,
            Index,
            BigInt,
            Tuple,
            List,
            Array,
            Dict,
            Set,
            Entries,
            Function,
            Class,
            Instance,
            Exception,
            BoundMethod,
            Cell,
            Range,
            Slice,
            SeqIter,
            RangeIter,
            Enumerate,
            Zip,
            Super,
            DictView,
            Module,
            Generator,
            ByteArray,
            MemoryView,
            Map,
            Filter,
            CallIter,
            ClassMethod,
            StaticMethod,
            Property,
        ];
        if k == 0 || k > LAST {
            return None;
        }
        ALL.iter().copied().find(|x| *x as u8 == k)
    }
}

#[inline(always)]
pub fn header(kind: Kind, aux: u32) -> u32 {
    kind as u32 | aux << 8
}

/// What a `SeqIter` walks.
pub mod iter_kind {
    pub const LIST: u32 = 0;
    pub const TUPLE: u32 = 1;
    pub const STR: u32 = 2;
    pub const DICT_KEYS: u32 = 3;
    pub const DICT_VALUES: u32 = 4;
    pub const DICT_ITEMS: u32 = 5;
    pub const BYTES: u32 = 6;
    pub const BYTEARRAY: u32 = 7;
    /// An object with only `__getitem__`: index until IndexError.
    pub const GETITEM: u32 = 8;
}

/// Aux bit of a Set that is a frozenset.
pub const FROZEN: u32 = 1;

/// Sizes in words, header included, of the fixed-size kinds.
pub mod size {
    use crate::layout;
    pub const STR_HEADER: usize = layout::str::WORDS;
    pub const BOXED_NUMBER: usize = 3;
    pub const LIST: usize = layout::list::WORDS;
    pub const DICT: usize = layout::dict::WORDS;
    pub const FUNCTION: usize = layout::function::WORDS;
    pub const CLASS: usize = layout::class::WORDS;
    pub const INSTANCE: usize = 3;
    pub const EXCEPTION: usize = layout::exception::WORDS;
    pub const PAIR: usize = 3;
    pub const CELL: usize = layout::cell::WORDS;
    pub const TRIPLE: usize = 4;
}
