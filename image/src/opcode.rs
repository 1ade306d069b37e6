//! The register instruction set, defined once for the compiler, the
//! disassembler and the interpreter (after Lua 5.4's `lopcodes.h`).
//!
//! Every instruction is one little-endian `u32`:
//!
//! ```text
//!   31      24 23      16 15       8 7        0
//!  +----------+----------+----------+----------+
//!  |    C     |    B     |    A     |    op    |   ABC
//!  |         Bx / sBx    |    A     |    op    |   ABx, AsBx (16 bits)
//!  |            sJ (24 bits)        |    op    |   sJ
//!  +----------+----------+----------+----------+
//! ```
//!
//! `R[x]` is register x of the current frame, `K[x]` entry x of the code
//! object's constant list, `N[x]` entry x of its name list (interned strings).
//! Jumps are relative to the instruction after the jump.

/// How an instruction's operand bits are split.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `A`, `B`, `C`: three 8-bit operands.
    ABC,
    /// `A` and an unsigned 16-bit `Bx`.
    ABx,
    /// `A` and a signed 16-bit `sBx`.
    AsBx,
    /// A signed 24-bit jump offset `sJ`.
    SJ,
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident = $fmt:ident, $text:literal; )*) => {
        /// One operation of the register machine. See the table for each meaning.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Op { $( $(#[doc = $doc])* $name, )* }

        /// Number of opcodes; bytes at or above this are not instructions.
        pub const OP_COUNT: usize = [$(Op::$name),*].len();

        const OPS: [Op; OP_COUNT] = [$(Op::$name),*];
        const INFO: [(&str, Format, &str); OP_COUNT] = [$((stringify!($name), Format::$fmt, $text)),*];
    };
}

// The opcode table. Each row: name = operand format, "what it does".
opcodes! {
    /// Copy a register.
    Move = ABC, "R[A] = R[B]";
    /// Load a constant.
    LoadK = ABx, "R[A] = K[Bx]";
    /// Load a small integer literal.
    LoadInt = AsBx, "R[A] = sBx";
    /// Load None.
    LoadNone = ABC, "R[A] = None";
    /// Load a bool.
    LoadBool = ABC, "R[A] = bool(B)";
    /// Load a builtin by its id (used for names the program cannot shadow, e.g. AssertionError).
    LoadBuiltin = ABx, "R[A] = builtin #Bx";
    /// Unbind a local (`del x`).
    ClearReg = ABC, "R[A] = unbound";
    /// Raise UnboundLocalError if a local is not yet assigned.
    CheckBound = ABC, "if R[A] is unbound: raise UnboundLocalError(varname(A))";
    /// Read a module global (falling back to builtins).
    GetGlobal = ABx, "R[A] = globals[N[Bx]] or builtins[N[Bx]]";
    /// Write a module global.
    SetGlobal = ABx, "globals[N[Bx]] = R[A]";
    /// Delete a module global.
    DelGlobal = ABx, "del globals[N[Bx]]";
    /// Read a name in a class body or module (namespace, then globals, then builtins).
    GetName = ABx, "R[A] = locals[N[Bx]] or globals or builtins";
    /// Write a name in the current namespace (class body or module).
    SetName = ABx, "locals[N[Bx]] = R[A]";
    /// Delete a name from the current namespace.
    DelName = ABx, "del locals[N[Bx]]";
    /// Wrap a register in a new cell (a captured variable); B=1 keeps its value, B=0 makes it empty.
    MakeCell = ABC, "R[A] = cell(B ? R[A] : unbound)";
    /// Read through a cell.
    GetCell = ABC, "R[A] = R[B].contents (NameError if empty)";
    /// Write through a cell.
    SetCell = ABC, "R[A].contents = R[B]";
    /// Empty a cell.
    DelCell = ABC, "R[A].contents = unbound";
    /// Read an attribute.
    GetAttr = ABC, "R[A] = R[B].N[C]";
    /// Write an attribute.
    SetAttr = ABC, "R[A].N[B] = R[C]";
    /// Delete an attribute.
    DelAttr = ABC, "del R[A].N[B]";
    /// Look a method up for a call without making a bound method.
    GetMethod = ABC, "R[A], R[A+1] = R[B].N[C] as (function, self) or (attribute, NULL)";
    /// Subscript.
    GetItem = ABC, "R[A] = R[B][R[C]]";
    /// Subscript assignment.
    SetItem = ABC, "R[A][R[B]] = R[C]";
    /// Subscript deletion.
    DelItem = ABC, "del R[A][R[B]]";
    /// Binary operators.
    Add = ABC, "R[A] = R[B] + R[C]";
    Sub = ABC, "R[A] = R[B] - R[C]";
    Mul = ABC, "R[A] = R[B] * R[C]";
    TrueDiv = ABC, "R[A] = R[B] / R[C]";
    FloorDiv = ABC, "R[A] = R[B] // R[C]";
    Mod = ABC, "R[A] = R[B] % R[C]";
    Pow = ABC, "R[A] = R[B] ** R[C]";
    LShift = ABC, "R[A] = R[B] << R[C]";
    RShift = ABC, "R[A] = R[B] >> R[C]";
    BitAnd = ABC, "R[A] = R[B] & R[C]";
    BitOr = ABC, "R[A] = R[B] | R[C]";
    BitXor = ABC, "R[A] = R[B] ^ R[C]";
    MatMul = ABC, "R[A] = R[B] @ R[C]";
    /// Augmented assignment; C is a `BinOp` number (`BinOp::Add as u8`, ...).
    InplaceOp = ABC, "R[A] = R[A] op(C)= R[B]";
    /// Unary operators.
    Neg = ABC, "R[A] = -R[B]";
    Pos = ABC, "R[A] = +R[B]";
    Invert = ABC, "R[A] = ~R[B]";
    Not = ABC, "R[A] = not R[B]";
    /// Comparisons, each giving a bool.
    Eq = ABC, "R[A] = R[B] == R[C]";
    Ne = ABC, "R[A] = R[B] != R[C]";
    Lt = ABC, "R[A] = R[B] < R[C]";
    Le = ABC, "R[A] = R[B] <= R[C]";
    Gt = ABC, "R[A] = R[B] > R[C]";
    Ge = ABC, "R[A] = R[B] >= R[C]";
    Is = ABC, "R[A] = R[B] is R[C]";
    IsNot = ABC, "R[A] = R[B] is not R[C]";
    In = ABC, "R[A] = R[B] in R[C]";
    NotIn = ABC, "R[A] = R[B] not in R[C]";
    /// Jumps.
    Jump = SJ, "pc += sJ";
    JumpIfTrue = AsBx, "if R[A]: pc += sBx";
    JumpIfFalse = AsBx, "if not R[A]: pc += sBx";
    /// Containers built from consecutive registers.
    BuildTuple = ABC, "R[A] = (R[B], ..., R[B+C-1])";
    BuildList = ABC, "R[A] = [R[B], ..., R[B+C-1]]";
    BuildDict = ABC, "R[A] = {R[B]: R[B+1], ..., R[B+2C-2]: R[B+2C-1]}";
    BuildSet = ABC, "R[A] = {R[B], ..., R[B+C-1]}";
    /// `slice(R[B], R[B+1][, R[B+2]])`; C is 2 or 3.
    BuildSlice = ABC, "R[A] = slice(R[B] .. R[B+C-1])";
    /// Append to a list (comprehensions, big literals).
    ListAppend = ABC, "R[A].append(R[B])";
    /// Add to a set (comprehensions).
    SetAdd = ABC, "R[A].add(R[B])";
    /// Store into a dict (comprehensions).
    DictSet = ABC, "R[A][R[B]] = R[C]";
    /// Unpack exactly C items (ValueError otherwise).
    Unpack = ABC, "R[A], ..., R[A+C-1] = R[B]";
    /// Iteration.
    /// C=1: the iterator `await R[B]` drives (a coroutine itself, else `R[B].__await__()`).
    GetIter = ABC, "R[A] = iter(R[B]), or with C=1 the awaitable's iterator";
    ForIter = AsBx, "R[A+1] = next(R[A]); if exhausted: pc += sBx";
    /// Convert for an f-string: C = 0 str, 1 repr, 2 ascii; |4 if R[B+1] holds a format spec.
    FormatValue = ABC, "R[A] = format(R[B], spec)";
    /// Concatenate strings.
    BuildString = ABC, "R[A] = R[B] + ... + R[B+C-1]";
    /// Calls: the callee in R[A], positional arguments after it; result to R[A].
    Call = ABC, "R[A] = R[A](R[A+1], ..., R[A+B])";
    /// Call with keywords: B positional arguments, then one value per name in K[C] (a tuple of str).
    CallKw = ABC, "R[A] = R[A](R[A+1..A+B], **zip(K[C], following registers))";
    /// Call after GetMethod: R[A+1] is self (or NULL), B further arguments.
    CallMethod = ABC, "R[A] = R[A](R[A+1], ..., R[A+1+B])";
    /// CallMethod with keywords, as CallKw.
    CallMethodKw = ABC, "R[A] = R[A](R[A+1], R[A+2..], **K[C])";
    /// Make a function from nested code object Bx; its defaults are in R[A+1..].
    MakeFunction = ABx, "R[A] = function(code #Bx, defaults R[A+1..], closure)";
    /// Build a class: R[A+1] body function, R[A+2] name, R[A+3..A+2+B] bases.
    BuildClass = ABC, "R[A] = class(name R[A+2], bases, body R[A+1])";
    /// Return from the function.
    Return = ABC, "return R[A]";
    /// Raise: B=0 raise R[A] (a class or an instance); B=1 raise R[A] from R[A+1].
    Raise = ABC, "raise R[A]";
    /// Re-raise an exception caught by a handler, keeping its traceback.
    Reraise = ABC, "raise R[A] (traceback kept)";
    /// Exception match for `except`: R[B] is the exception, R[C] a class or tuple of classes.
    ExcMatch = ABC, "R[A] = isinstance(R[B], R[C])";
    /// Import a module by its dotted name N[Bx] and load the module it names (the last
    /// component); leading dots make the name relative to the current package.
    Import = ABx, "R[A] = import(N[Bx])";
    /// Take a name from a module for `from m import x`.
    /// N[C] = "*" copies the module's public names into the current namespace instead.
    ImportFrom = ABC, "R[A] = R[B].N[C] (or submodule; ImportError if missing)";
    /// Does nothing.
    Nop = ABC, "";
    /// Generators (code flag 1): leave the frame, handing R[B] to whoever resumed it;
    /// the value sent on resume lands in R[A].
    Yield = ABC, "R[A] = yield R[B]";
    /// `yield from`: send R[A] (None at first) to the iterator R[B]; while it yields, pass
    /// its values out and repeat this instruction on resume; when it returns, R[A] = its value.
    YieldFrom = ABC, "R[A] = yield from R[B] (R[A] holds the value to send)";
    /// `[*x]`, and a call's `*args` (C=1: the callee is R[A-1], for error messages).
    ListExtend = ABC, "R[A].extend(R[B])";
    /// `{*x}`.
    SetUpdate = ABC, "R[A] |= set(R[B])";
    /// `{**x}`, and a call's `**kwargs` (C=1: the callee is R[A-2]; keys must be str and new).
    DictUpdate = ABC, "R[A].update(R[B])";
    /// Call with a list of positional arguments in R[A+1] and, if B=1, a dict of keywords in R[A+2].
    CallEx = ABC, "R[A] = R[A](*R[A+1], **R[A+2])";
    /// Starred unpacking: Bx = n | m << 8 for n targets before the star and m after.
    UnpackEx = ABx, "R[A], ..., R[A+n+m] = R[A] as n items, [the rest], m items";
    /// Compare and branch (Lua's `OP_LT` + `OP_JMP`): the next instruction is a `Jump`, taken
    /// when the comparison's truth equals C (0 or 1) and skipped otherwise. Same order as `Eq..Ge`.
    TestEq = ABC, "if (R[A] == R[B]) != C: pc += 1";
    TestNe = ABC, "if (R[A] != R[B]) != C: pc += 1";
    TestLt = ABC, "if (R[A] < R[B]) != C: pc += 1";
    TestLe = ABC, "if (R[A] <= R[B]) != C: pc += 1";
    TestGt = ABC, "if (R[A] > R[B]) != C: pc += 1";
    TestGe = ABC, "if (R[A] >= R[B]) != C: pc += 1";
}

impl Op {
    /// Decode an opcode byte; `None` if no opcode has that number.
    #[inline]
    pub fn from_u8(b: u8) -> Option<Op> {
        OPS.get(b as usize).copied()
    }
    pub fn name(self) -> &'static str {
        INFO[self as usize].0
    }
    pub fn format(self) -> Format {
        INFO[self as usize].1
    }
    /// The one-line meaning from the table, for `frostpy dis` and docs.
    pub fn meaning(self) -> &'static str {
        INFO[self as usize].2
    }
    /// Every opcode, in number order.
    pub fn all() -> &'static [Op] {
        &OPS
    }
}

/// Binary operator numbers used by `InplaceOp`'s C operand: the same order as `Op::Add..=Op::MatMul`.
pub const BINOP_FIRST: Op = Op::Add;
pub const BINOP_LAST: Op = Op::MatMul;

impl Op {
    /// The comparison a `Test*` opcode makes (`TestLt` -> `Lt`).
    #[inline]
    pub fn test_compare(self) -> Option<Op> {
        let d = (self as u8).checked_sub(Op::TestEq as u8)?;
        if d <= Op::Ge as u8 - Op::Eq as u8 {
            Op::from_u8(Op::Eq as u8 + d)
        } else {
            None
        }
    }
    /// The `Test*` opcode for a comparison (`Lt` -> `TestLt`).
    pub fn compare_test(self) -> Option<Op> {
        let d = (self as u8).checked_sub(Op::Eq as u8)?;
        if d <= Op::Ge as u8 - Op::Eq as u8 {
            Op::from_u8(Op::TestEq as u8 + d)
        } else {
            None
        }
    }
}

/// One encoded instruction.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Instr(pub u32);

impl Instr {
    pub const fn abc(op: Op, a: u8, b: u8, c: u8) -> Instr {
        Instr(op as u32 | (a as u32) << 8 | (b as u32) << 16 | (c as u32) << 24)
    }
    pub const fn abx(op: Op, a: u8, bx: u16) -> Instr {
        Instr(op as u32 | (a as u32) << 8 | (bx as u32) << 16)
    }
    pub const fn asbx(op: Op, a: u8, sbx: i16) -> Instr {
        Instr(op as u32 | (a as u32) << 8 | ((sbx as u16) as u32) << 16)
    }
    /// `sj` must fit in 24 signed bits (checked by `SJ_MIN..=SJ_MAX`).
    pub const fn jump(op: Op, sj: i32) -> Instr {
        Instr(op as u32 | ((sj as u32) & 0x00ff_ffff) << 8)
    }
    #[inline(always)]
    pub fn op_byte(self) -> u8 {
        self.0 as u8
    }
    #[inline(always)]
    pub fn a(self) -> usize {
        (self.0 >> 8) as u8 as usize
    }
    #[inline(always)]
    pub fn b(self) -> usize {
        (self.0 >> 16) as u8 as usize
    }
    #[inline(always)]
    pub fn c(self) -> usize {
        (self.0 >> 24) as usize
    }
    #[inline(always)]
    pub fn bx(self) -> usize {
        (self.0 >> 16) as usize
    }
    #[inline(always)]
    pub fn sbx(self) -> isize {
        (self.0 >> 16) as u16 as i16 as isize
    }
    #[inline(always)]
    pub fn sj(self) -> isize {
        ((self.0 as i32) >> 8) as isize
    }
}

pub const SJ_MIN: i32 = -(1 << 23);
pub const SJ_MAX: i32 = (1 << 23) - 1;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operands_round_trip() {
        let i = Instr::abc(Op::Add, 1, 2, 255);
        assert_eq!((Op::from_u8(i.op_byte()), i.a(), i.b(), i.c()), (Some(Op::Add), 1, 2, 255));
        let i = Instr::asbx(Op::JumpIfFalse, 7, -300);
        assert_eq!((i.a(), i.sbx()), (7, -300));
        let i = Instr::abx(Op::LoadK, 9, 65535);
        assert_eq!((i.a(), i.bx()), (9, 65535));
        let i = Instr::jump(Op::Jump, SJ_MIN);
        assert_eq!(i.sj(), SJ_MIN as isize);
        let i = Instr::jump(Op::Jump, SJ_MAX);
        assert_eq!(i.sj(), SJ_MAX as isize);
    }

    #[test]
    fn table_is_consistent() {
        for (n, op) in Op::all().iter().enumerate() {
            assert_eq!(*op as usize, n);
            assert_eq!(Op::from_u8(n as u8), Some(*op));
            assert!(!op.name().is_empty());
        }
        assert_eq!(Op::from_u8(OP_COUNT as u8), None);
        assert_eq!(Op::Sub as u8 - BINOP_FIRST as u8, 1);
        for (c, t) in [(Op::Eq, Op::TestEq), (Op::Ne, Op::TestNe), (Op::Lt, Op::TestLt), (Op::Ge, Op::TestGe)] {
            assert_eq!(c.compare_test(), Some(t));
            assert_eq!(t.test_compare(), Some(c));
        }
        assert_eq!(Op::Is.compare_test(), None);
        assert_eq!(Op::Add.test_compare(), None);
    }
}
