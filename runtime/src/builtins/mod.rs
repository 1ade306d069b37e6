//! The builtin namespace: one static table of types, exception classes and
//! functions. A builtin is the immediate `Value::builtin(id)`: builtins cost
//! no heap, and their names are image 0's strings.

mod bytearray_methods;
mod bytes_methods;
mod bytes_types;
mod container_methods;
pub(crate) mod funcs;
mod gen_methods;
mod int_methods;
mod introspect;
pub mod methods;
mod object_methods;
mod set_methods;
mod str_methods;
mod str_more;
mod types;

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A builtin function: positional arguments and keyword (name, value) pairs.
pub type NativeFn = fn(&mut Vm, &[Value], &[(Value, Value)]) -> PyResult<Value>;

#[derive(Clone, Copy)]
pub enum Def {
    /// A type; `base` is its single builtin base; `ctor` makes an instance when it is called.
    Type { base: B, ctor: Option<NativeFn> },
    /// A function.
    Func(NativeFn),
}

macro_rules! builtins {
    ($( $id:ident = $name:literal => $def:expr ;)*) => {
        /// Builtin ids, in table order.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u16)]
        pub enum B { $($id),* }
        pub const COUNT: usize = [$(B::$id),*].len();
        pub const NAMES: [&str; COUNT] = [$($name),*];
        const ALL: [B; COUNT] = [$(B::$id),*];
        /// The definition of each builtin, in id order.
        pub fn def(b: B) -> Def {
            use bytes_types::*;
            use funcs::*;
            use introspect::*;
            use types::*;
            match b { $(B::$id => $def),* }
        }
    };
}

const fn ty(base: B) -> Def {
    Def::Type { base, ctor: None }
}
const fn exc(base: B) -> Def {
    Def::Type { base, ctor: None }
}

builtins! {
    Object = "object" => Def::Type { base: B::Object, ctor: Some(object_new) };
    Type = "type" => Def::Type { base: B::Object, ctor: Some(type_new) };
    Int = "int" => Def::Type { base: B::Object, ctor: Some(int_new) };
    Bool = "bool" => Def::Type { base: B::Int, ctor: Some(bool_new) };
    Float = "float" => Def::Type { base: B::Object, ctor: Some(float_new) };
    Str = "str" => Def::Type { base: B::Object, ctor: Some(str_new) };
    Bytes = "bytes" => Def::Type { base: B::Object, ctor: Some(bytes_new) };
    ByteArray = "bytearray" => Def::Type { base: B::Object, ctor: Some(bytearray_new) };
    MemoryView = "memoryview" => Def::Type { base: B::Object, ctor: Some(memoryview_new) };
    NoneType = "NoneType" => ty(B::Object);
    List = "list" => Def::Type { base: B::Object, ctor: Some(list_new) };
    Tuple = "tuple" => Def::Type { base: B::Object, ctor: Some(tuple_new) };
    Dict = "dict" => Def::Type { base: B::Object, ctor: Some(dict_new) };
    Set = "set" => Def::Type { base: B::Object, ctor: Some(set_new) };
    FrozenSet = "frozenset" => Def::Type { base: B::Object, ctor: Some(frozenset_new) };
    Range = "range" => Def::Type { base: B::Object, ctor: Some(range_new) };
    Slice = "slice" => ty(B::Object);
    Function = "function" => ty(B::Object);
    BuiltinFunction = "builtin_function_or_method" => ty(B::Object);
    Method = "method" => ty(B::Object);
    MethodDescriptor = "method_descriptor" => ty(B::Object);
    Cell = "cell" => ty(B::Object);
    Iterator = "iterator" => ty(B::Object);
    Enumerate = "enumerate" => Def::Type { base: B::Object, ctor: Some(enumerate_new) };
    Zip = "zip" => Def::Type { base: B::Object, ctor: Some(zip_new) };
    Map = "map" => Def::Type { base: B::Object, ctor: Some(map_new) };
    Filter = "filter" => Def::Type { base: B::Object, ctor: Some(filter_new) };
    CallableIterator = "callable_iterator" => ty(B::Object);
    ClassMethod = "classmethod" => Def::Type { base: B::Object, ctor: Some(classmethod_new) };
    StaticMethod = "staticmethod" => Def::Type { base: B::Object, ctor: Some(staticmethod_new) };
    Property = "property" => Def::Type { base: B::Object, ctor: Some(property_new) };
    Super = "super" => Def::Type { base: B::Object, ctor: Some(super_new) };
    DictKeys = "dict_keys" => ty(B::Object);
    DictValues = "dict_values" => ty(B::Object);
    DictItems = "dict_items" => ty(B::Object);
    Module = "module" => ty(B::Object);
    Generator = "generator" => ty(B::Object);
    Ellipsis = "ellipsis" => ty(B::Object);
    NotImplementedType = "NotImplementedType" => ty(B::Object);
    NotImplemented = "NotImplemented" => ty(B::Object);
    EllipsisConst = "Ellipsis" => ty(B::Object);

    BaseException = "BaseException" => exc(B::Object);
    SystemExit = "SystemExit" => exc(B::BaseException);
    KeyboardInterrupt = "KeyboardInterrupt" => exc(B::BaseException);
    GeneratorExit = "GeneratorExit" => exc(B::BaseException);
    Exception = "Exception" => exc(B::BaseException);
    StopIteration = "StopIteration" => exc(B::Exception);
    StopAsyncIteration = "StopAsyncIteration" => exc(B::Exception);
    ArithmeticError = "ArithmeticError" => exc(B::Exception);
    FloatingPointError = "FloatingPointError" => exc(B::ArithmeticError);
    OverflowError = "OverflowError" => exc(B::ArithmeticError);
    ZeroDivisionError = "ZeroDivisionError" => exc(B::ArithmeticError);
    AssertionError = "AssertionError" => exc(B::Exception);
    AttributeError = "AttributeError" => exc(B::Exception);
    BufferError = "BufferError" => exc(B::Exception);
    EOFError = "EOFError" => exc(B::Exception);
    ImportError = "ImportError" => exc(B::Exception);
    ModuleNotFoundError = "ModuleNotFoundError" => exc(B::ImportError);
    LookupError = "LookupError" => exc(B::Exception);
    IndexError = "IndexError" => exc(B::LookupError);
    KeyError = "KeyError" => exc(B::LookupError);
    MemoryError = "MemoryError" => exc(B::Exception);
    NameError = "NameError" => exc(B::Exception);
    UnboundLocalError = "UnboundLocalError" => exc(B::NameError);
    OSError = "OSError" => exc(B::Exception);
    BlockingIOError = "BlockingIOError" => exc(B::OSError);
    ChildProcessError = "ChildProcessError" => exc(B::OSError);
    ConnectionError = "ConnectionError" => exc(B::OSError);
    BrokenPipeError = "BrokenPipeError" => exc(B::ConnectionError);
    ConnectionAbortedError = "ConnectionAbortedError" => exc(B::ConnectionError);
    ConnectionRefusedError = "ConnectionRefusedError" => exc(B::ConnectionError);
    ConnectionResetError = "ConnectionResetError" => exc(B::ConnectionError);
    FileExistsError = "FileExistsError" => exc(B::OSError);
    FileNotFoundError = "FileNotFoundError" => exc(B::OSError);
    InterruptedError = "InterruptedError" => exc(B::OSError);
    IsADirectoryError = "IsADirectoryError" => exc(B::OSError);
    NotADirectoryError = "NotADirectoryError" => exc(B::OSError);
    PermissionError = "PermissionError" => exc(B::OSError);
    ProcessLookupError = "ProcessLookupError" => exc(B::OSError);
    TimeoutError = "TimeoutError" => exc(B::OSError);
    ReferenceError = "ReferenceError" => exc(B::Exception);
    RuntimeError = "RuntimeError" => exc(B::Exception);
    NotImplementedError = "NotImplementedError" => exc(B::RuntimeError);
    RecursionError = "RecursionError" => exc(B::RuntimeError);
    SyntaxError = "SyntaxError" => exc(B::Exception);
    IndentationError = "IndentationError" => exc(B::SyntaxError);
    TabError = "TabError" => exc(B::IndentationError);
    SystemError = "SystemError" => exc(B::Exception);
    TypeError = "TypeError" => exc(B::Exception);
    ValueError = "ValueError" => exc(B::Exception);
    UnicodeError = "UnicodeError" => exc(B::ValueError);
    UnicodeDecodeError = "UnicodeDecodeError" => exc(B::UnicodeError);
    UnicodeEncodeError = "UnicodeEncodeError" => exc(B::UnicodeError);
    UnicodeTranslateError = "UnicodeTranslateError" => exc(B::UnicodeError);
    Warning = "Warning" => exc(B::Exception);
    UserWarning = "UserWarning" => exc(B::Warning);
    DeprecationWarning = "DeprecationWarning" => exc(B::Warning);
    PendingDeprecationWarning = "PendingDeprecationWarning" => exc(B::Warning);
    RuntimeWarning = "RuntimeWarning" => exc(B::Warning);
    SyntaxWarning = "SyntaxWarning" => exc(B::Warning);
    FutureWarning = "FutureWarning" => exc(B::Warning);
    ImportWarning = "ImportWarning" => exc(B::Warning);
    UnicodeWarning = "UnicodeWarning" => exc(B::Warning);
    BytesWarning = "BytesWarning" => exc(B::Warning);
    ResourceWarning = "ResourceWarning" => exc(B::Warning);

    Print = "print" => Def::Func(print);
    Len = "len" => Def::Func(len);
    Abs = "abs" => Def::Func(abs);
    Min = "min" => Def::Func(min);
    Max = "max" => Def::Func(max);
    Sum = "sum" => Def::Func(sum);
    Repr = "repr" => Def::Func(repr);
    IsInstance = "isinstance" => Def::Func(isinstance);
    IsSubclass = "issubclass" => Def::Func(issubclass);
    Sorted = "sorted" => Def::Func(sorted);
    Iter = "iter" => Def::Func(iter);
    Next = "next" => Def::Func(next);
    Hash = "hash" => Def::Func(hash);
    Id = "id" => Def::Func(id);
    Chr = "chr" => Def::Func(chr);
    Ord = "ord" => Def::Func(ord);
    Callable = "callable" => Def::Func(callable);
    GetAttr = "getattr" => Def::Func(getattr);
    SetAttr = "setattr" => Def::Func(setattr);
    HasAttr = "hasattr" => Def::Func(hasattr);
    Any = "any" => Def::Func(any);
    All = "all" => Def::Func(all);
    DivMod = "divmod" => Def::Func(divmod);
    Pow = "pow" => Def::Func(pow);
    Round = "round" => Def::Func(round);
    Hex = "hex" => Def::Func(hex);
    Oct = "oct" => Def::Func(oct);
    Bin = "bin" => Def::Func(bin);
    Reversed = "reversed" => Def::Func(reversed);
    DelAttr = "delattr" => Def::Func(delattr);
    Format = "format" => Def::Func(format);
    Ascii = "ascii" => Def::Func(ascii);
}

/// The value builtin `id` names: the builtin itself, or a constant (`NotImplemented`, `Ellipsis`).
#[inline]
pub fn load(id: u16) -> Value {
    if id == B::NotImplemented as u16 {
        Value::NOT_IMPLEMENTED
    } else if id == B::EllipsisConst as u16 {
        Value::ELLIPSIS
    } else {
        Value::builtin(id)
    }
}

impl B {
    pub fn from_id(id: usize) -> Option<B> {
        ALL.get(id).copied()
    }
    pub fn name(self) -> &'static str {
        NAMES[self as usize]
    }
    pub fn value(self) -> Value {
        Value::builtin(self as u16)
    }
    pub fn is_type(self) -> bool {
        matches!(def(self), Def::Type { .. })
    }
    /// The builtin base of a builtin type (`object` is its own).
    pub fn base(self) -> B {
        match def(self) {
            Def::Type { base, .. } => base,
            Def::Func(_) => B::Object,
        }
    }
    /// Does builtin type `self` derive from builtin type `other`?
    pub fn derives_from(self, other: B) -> bool {
        let mut t = self;
        loop {
            if t == other {
                return true;
            }
            if t == B::Object {
                return false;
            }
            t = t.base();
        }
    }
    pub fn is_exception(self) -> bool {
        self.is_type() && self.derives_from(B::BaseException)
    }
}

/// Other names of builtins (`IOError is OSError`).
pub fn alias(name: &[u8]) -> Option<B> {
    match name {
        b"IOError" | b"EnvironmentError" => Some(B::OSError),
        _ => None,
    }
}

// Code images load some builtins by number (`LoadBuiltin`): those numbers are positions in this
// table, frozen by the image format (`fpc::builtin::BUILTINS`). Moving one fails the build.
const _: () = assert!(fpc::builtin::table_agrees(&NAMES), "the builtin table disagrees with fpc::builtin::BUILTINS");
