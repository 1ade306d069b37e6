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

/// What an operand names: the verifier checks, and the disassembler prints, each operand by
/// its role. Rules that roles cannot state are written out in `verify.rs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Not used (any value).
    No,
    /// A register of the frame, `R[x]`.
    Reg,
    /// A run of registers from `R[x]`, of the given length.
    Regs(Len),
    /// An entry of the code object's constant list, `K[x]`.
    Const,
    /// A constant that is a tuple of str: a call's keyword names.
    KwNames,
    /// An entry of the code object's name list, `N[x]`.
    Name,
    /// A code object of the image other than the module body (code 0).
    Code,
    /// A builtin id from `crate::builtin::BUILTINS`.
    Builtin,
    /// A jump, relative to the next instruction; it lands inside the code.
    Jump,
    /// An unsigned number used as it is.
    Imm,
    /// A signed number used as it is (`sBx`).
    SImm,
    /// 0 or 1.
    Flag,
    /// The length of a register run that another operand starts.
    Count,
    /// A binary operator: `op - BINOP_FIRST` for `op` in `BINOP_FIRST..=BINOP_LAST`.
    BinOp,
    /// An f-string conversion: 0 str, 1 repr, 2 ascii; | 4 if a format spec follows the value.
    Conv,
    /// Two 8-bit counts, `n | m << 8` (targets before and after a star).
    Counts,
}

/// The length of a register run (`Role::Regs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Len {
    /// This many registers.
    Fixed(u8),
    /// Operand B plus this many.
    B(u8),
    /// Operand C times this many.
    C(u8),
    /// Set by a rule of the verifier (keyword names, a format spec, unpack counts, a
    /// function's defaults), which `verify.rs` states.
    Rule,
}

impl Format {
    /// How many operands an instruction of this format has.
    pub const fn operand_count(self) -> usize {
        match self {
            Format::ABC => 3,
            Format::ABx | Format::AsBx => 2,
            Format::SJ => 1,
        }
    }
    /// The operands' names, in order.
    pub const fn operand_names(self) -> &'static [&'static str] {
        match self {
            Format::ABC => &["A", "B", "C"],
            Format::ABx => &["A", "Bx"],
            Format::AsBx => &["A", "sBx"],
            Format::SJ => &["sJ"],
        }
    }
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident = $num:literal, $fmt:ident [$($role:expr),*], $text:literal; )*) => {
        /// One operation of the register machine. See the table for each meaning.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Op { $( $(#[doc = $doc])* $name = $num, )* }

        /// Number of opcodes; bytes at or above this are not instructions.
        pub const OP_COUNT: usize = [$(Op::$name),*].len();

        const OPS: [Op; OP_COUNT] = [$(Op::$name),*];
        #[allow(unused_imports)]
        const INFO: [(&str, Format, &[Role], &str); OP_COUNT] = {
            use Role::*;
            [$((stringify!($name), Format::$fmt, &[$($role),*], $text)),*]
        };
    };
}

// The opcode table. Each row: name = opcode number, operand format [each operand's role], "what
// it does". Numbers are part of the image format (`docs/fpc-format.md`): rows stay in number order.
opcodes! {
    /// Copy a register.
    Move = 0, ABC [Reg, Reg, No], "R[A] = R[B]";
    /// Load a constant.
    LoadK = 1, ABx [Reg, Const], "R[A] = K[Bx]";
    /// Load a small integer literal.
    LoadInt = 2, AsBx [Reg, SImm], "R[A] = sBx";
    /// Load None.
    LoadNone = 3, ABC [Reg, No, No], "R[A] = None";
    /// Load a bool.
    LoadBool = 4, ABC [Reg, Imm, No], "R[A] = bool(B)";
    /// Load a builtin by its id (used for names the program cannot shadow, e.g. AssertionError).
    LoadBuiltin = 5, ABx [Reg, Builtin], "R[A] = builtin #Bx";
    /// Unbind a local (`del x`).
    ClearReg = 6, ABC [Reg, No, No], "R[A] = unbound";
    /// Raise UnboundLocalError if a local is not yet assigned.
    CheckBound = 7, ABC [Reg, No, No], "if R[A] is unbound: raise UnboundLocalError(varname(A))";
    /// Read a module global (falling back to builtins).
    GetGlobal = 8, ABx [Reg, Name], "R[A] = globals[N[Bx]] or builtins[N[Bx]]";
    /// Write a module global.
    SetGlobal = 9, ABx [Reg, Name], "globals[N[Bx]] = R[A]";
    /// Delete a module global.
    DelGlobal = 10, ABx [No, Name], "del globals[N[Bx]]";
    /// Read a name in a class body or module (namespace, then globals, then builtins).
    GetName = 11, ABx [Reg, Name], "R[A] = locals[N[Bx]] or globals or builtins";
    /// Write a name in the current namespace (class body or module).
    SetName = 12, ABx [Reg, Name], "locals[N[Bx]] = R[A]";
    /// Delete a name from the current namespace.
    DelName = 13, ABx [No, Name], "del locals[N[Bx]]";
    /// Wrap a register in a new cell (a captured variable); B=1 keeps its value, B=0 makes it empty.
    MakeCell = 14, ABC [Reg, Imm, No], "R[A] = cell(B ? R[A] : unbound)";
    /// Read through a cell.
    GetCell = 15, ABC [Reg, Reg, No], "R[A] = R[B].contents (NameError if empty)";
    /// Write through a cell.
    SetCell = 16, ABC [Reg, Reg, No], "R[A].contents = R[B]";
    /// Empty a cell.
    DelCell = 17, ABC [Reg, No, No], "R[A].contents = unbound";
    /// Read an attribute.
    GetAttr = 18, ABC [Reg, Reg, Name], "R[A] = R[B].N[C]";
    /// Write an attribute.
    SetAttr = 19, ABC [Reg, Name, Reg], "R[A].N[B] = R[C]";
    /// Delete an attribute.
    DelAttr = 20, ABC [Reg, Name, No], "del R[A].N[B]";
    /// Look a method up for a call without making a bound method.
    GetMethod = 21, ABC [Regs(Len::Fixed(2)), Reg, Name], "R[A], R[A+1] = R[B].N[C] as (function, self) or (attribute, NULL)";
    /// Subscript.
    GetItem = 22, ABC [Reg, Reg, Reg], "R[A] = R[B][R[C]]";
    /// Subscript assignment.
    SetItem = 23, ABC [Reg, Reg, Reg], "R[A][R[B]] = R[C]";
    /// Subscript deletion.
    DelItem = 24, ABC [Reg, Reg, No], "del R[A][R[B]]";
    /// Binary operators.
    Add = 25, ABC [Reg, Reg, Reg], "R[A] = R[B] + R[C]";
    Sub = 26, ABC [Reg, Reg, Reg], "R[A] = R[B] - R[C]";
    Mul = 27, ABC [Reg, Reg, Reg], "R[A] = R[B] * R[C]";
    TrueDiv = 28, ABC [Reg, Reg, Reg], "R[A] = R[B] / R[C]";
    FloorDiv = 29, ABC [Reg, Reg, Reg], "R[A] = R[B] // R[C]";
    Mod = 30, ABC [Reg, Reg, Reg], "R[A] = R[B] % R[C]";
    Pow = 31, ABC [Reg, Reg, Reg], "R[A] = R[B] ** R[C]";
    LShift = 32, ABC [Reg, Reg, Reg], "R[A] = R[B] << R[C]";
    RShift = 33, ABC [Reg, Reg, Reg], "R[A] = R[B] >> R[C]";
    BitAnd = 34, ABC [Reg, Reg, Reg], "R[A] = R[B] & R[C]";
    BitOr = 35, ABC [Reg, Reg, Reg], "R[A] = R[B] | R[C]";
    BitXor = 36, ABC [Reg, Reg, Reg], "R[A] = R[B] ^ R[C]";
    MatMul = 37, ABC [Reg, Reg, Reg], "R[A] = R[B] @ R[C]";
    /// Augmented assignment; C is a `BinOp` number (`BinOp::Add as u8`, ...).
    InplaceOp = 38, ABC [Reg, Reg, BinOp], "R[A] = R[A] op(C)= R[B]";
    /// Unary operators.
    Neg = 39, ABC [Reg, Reg, No], "R[A] = -R[B]";
    Pos = 40, ABC [Reg, Reg, No], "R[A] = +R[B]";
    Invert = 41, ABC [Reg, Reg, No], "R[A] = ~R[B]";
    Not = 42, ABC [Reg, Reg, No], "R[A] = not R[B]";
    /// Comparisons, each giving a bool.
    Eq = 43, ABC [Reg, Reg, Reg], "R[A] = R[B] == R[C]";
    Ne = 44, ABC [Reg, Reg, Reg], "R[A] = R[B] != R[C]";
    Lt = 45, ABC [Reg, Reg, Reg], "R[A] = R[B] < R[C]";
    Le = 46, ABC [Reg, Reg, Reg], "R[A] = R[B] <= R[C]";
    Gt = 47, ABC [Reg, Reg, Reg], "R[A] = R[B] > R[C]";
    Ge = 48, ABC [Reg, Reg, Reg], "R[A] = R[B] >= R[C]";
    Is = 49, ABC [Reg, Reg, Reg], "R[A] = R[B] is R[C]";
    IsNot = 50, ABC [Reg, Reg, Reg], "R[A] = R[B] is not R[C]";
    In = 51, ABC [Reg, Reg, Reg], "R[A] = R[B] in R[C]";
    NotIn = 52, ABC [Reg, Reg, Reg], "R[A] = R[B] not in R[C]";
    /// Jumps.
    Jump = 53, SJ [Jump], "pc += sJ";
    JumpIfTrue = 54, AsBx [Reg, Jump], "if R[A]: pc += sBx";
    JumpIfFalse = 55, AsBx [Reg, Jump], "if not R[A]: pc += sBx";
    /// Containers built from consecutive registers.
    BuildTuple = 56, ABC [Reg, Regs(Len::C(1)), Count], "R[A] = (R[B], ..., R[B+C-1])";
    BuildList = 57, ABC [Reg, Regs(Len::C(1)), Count], "R[A] = [R[B], ..., R[B+C-1]]";
    BuildDict = 58, ABC [Reg, Regs(Len::C(2)), Count], "R[A] = {R[B]: R[B+1], ..., R[B+2C-2]: R[B+2C-1]}";
    BuildSet = 59, ABC [Reg, Regs(Len::C(1)), Count], "R[A] = {R[B], ..., R[B+C-1]}";
    /// `slice(R[B], R[B+1][, R[B+2]])`; C is 2 or 3.
    BuildSlice = 60, ABC [Reg, Regs(Len::C(1)), Count], "R[A] = slice(R[B] .. R[B+C-1])";
    /// Append to a list (comprehensions, big literals).
    ListAppend = 61, ABC [Reg, Reg, No], "R[A].append(R[B])";
    /// Add to a set (comprehensions).
    SetAdd = 62, ABC [Reg, Reg, No], "R[A].add(R[B])";
    /// Store into a dict (comprehensions).
    DictSet = 63, ABC [Reg, Reg, Reg], "R[A][R[B]] = R[C]";
    /// Unpack exactly C items (ValueError otherwise).
    Unpack = 64, ABC [Regs(Len::C(1)), Reg, Count], "R[A], ..., R[A+C-1] = R[B]";
    /// Iteration.
    /// C=1: the iterator `await R[B]` drives (a coroutine itself, else `R[B].__await__()`).
    GetIter = 65, ABC [Reg, Reg, Flag], "R[A] = iter(R[B]), or with C=1 the awaitable's iterator";
    ForIter = 66, AsBx [Regs(Len::Fixed(2)), Jump], "R[A+1] = next(R[A]); if exhausted: pc += sBx";
    /// Convert for an f-string: C = 0 str, 1 repr, 2 ascii; |4 if R[B+1] holds a format spec.
    FormatValue = 67, ABC [Reg, Regs(Len::Rule), Conv], "R[A] = format(R[B], spec)";
    /// Concatenate strings.
    BuildString = 68, ABC [Reg, Regs(Len::C(1)), Count], "R[A] = R[B] + ... + R[B+C-1]";
    /// Calls: the callee in R[A], positional arguments after it; result to R[A].
    Call = 69, ABC [Regs(Len::B(1)), Count, No], "R[A] = R[A](R[A+1], ..., R[A+B])";
    /// Call with keywords: B positional arguments, then one value per name in K[C] (a tuple of str).
    CallKw = 70, ABC [Regs(Len::Rule), Count, KwNames], "R[A] = R[A](R[A+1..A+B], **zip(K[C], following registers))";
    /// Call after GetMethod: R[A+1] is self (or NULL), B further arguments.
    CallMethod = 71, ABC [Regs(Len::B(2)), Count, No], "R[A] = R[A](R[A+1], ..., R[A+1+B])";
    /// CallMethod with keywords, as CallKw.
    CallMethodKw = 72, ABC [Regs(Len::Rule), Count, KwNames], "R[A] = R[A](R[A+1], R[A+2..], **K[C])";
    /// Make a function from nested code object Bx; its defaults are in R[A+1..].
    MakeFunction = 73, ABx [Regs(Len::Rule), Code], "R[A] = function(code #Bx, defaults R[A+1..], closure)";
    /// Build a class: R[A+1] body function, R[A+2] name, R[A+3..A+2+B] bases.
    BuildClass = 74, ABC [Regs(Len::B(3)), Count, No], "R[A] = class(name R[A+2], bases, body R[A+1])";
    /// Return from the function.
    Return = 75, ABC [Reg, No, No], "return R[A]";
    /// Raise: B=0 raise R[A] (a class or an instance); B=1 raise R[A] from R[A+1].
    Raise = 76, ABC [Regs(Len::B(1)), Flag, No], "raise R[A]";
    /// Re-raise an exception caught by a handler, keeping its traceback.
    Reraise = 77, ABC [Reg, No, No], "raise R[A] (traceback kept)";
    /// Exception match for `except`: R[B] is the exception, R[C] a class or tuple of classes.
    ExcMatch = 78, ABC [Reg, Reg, Reg], "R[A] = isinstance(R[B], R[C])";
    /// Import a module by its dotted name N[Bx] and load the module it names (the last
    /// component); leading dots make the name relative to the current package.
    Import = 79, ABx [Reg, Name], "R[A] = import(N[Bx])";
    /// Take a name from a module for `from m import x`.
    /// N[C] = "*" copies the module's public names into the current namespace instead.
    ImportFrom = 80, ABC [Reg, Reg, Name], "R[A] = R[B].N[C] (or submodule; ImportError if missing)";
    /// Does nothing.
    Nop = 81, ABC [No, No, No], "";
    /// Generators (code flag 1): leave the frame, handing R[B] to whoever resumed it;
    /// the value sent on resume lands in R[A].
    Yield = 82, ABC [Reg, Reg, No], "R[A] = yield R[B]";
    /// `yield from`: send R[A] (None at first) to the iterator R[B]; while it yields, pass
    /// its values out and repeat this instruction on resume; when it returns, R[A] = its value.
    YieldFrom = 83, ABC [Reg, Reg, No], "R[A] = yield from R[B] (R[A] holds the value to send)";
    /// `[*x]`, and a call's `*args` (C=1: the callee is R[A-1], for error messages).
    ListExtend = 84, ABC [Reg, Reg, Flag], "R[A].extend(R[B])";
    /// `{*x}`.
    SetUpdate = 85, ABC [Reg, Reg, No], "R[A] |= set(R[B])";
    /// `{**x}`, and a call's `**kwargs` (C=1: the callee is R[A-2]; keys must be str and new).
    DictUpdate = 86, ABC [Reg, Reg, Flag], "R[A].update(R[B])";
    /// Call with a list of positional arguments in R[A+1] and, if B=1, a dict of keywords in R[A+2].
    CallEx = 87, ABC [Regs(Len::B(2)), Flag, No], "R[A] = R[A](*R[A+1], **R[A+2])";
    /// Starred unpacking: Bx = n | m << 8 for n targets before the star and m after.
    UnpackEx = 88, ABx [Regs(Len::Rule), Counts], "R[A], ..., R[A+n+m] = R[A] as n items, [the rest], m items";
    /// Compare and branch (Lua's `OP_LT` + `OP_JMP`): the next instruction is a `Jump`, taken
    /// when the comparison's truth equals C (0 or 1) and skipped otherwise. Same order as `Eq..Ge`.
    TestEq = 89, ABC [Reg, Reg, Flag], "if (R[A] == R[B]) != C: pc += 1";
    TestNe = 90, ABC [Reg, Reg, Flag], "if (R[A] != R[B]) != C: pc += 1";
    TestLt = 91, ABC [Reg, Reg, Flag], "if (R[A] < R[B]) != C: pc += 1";
    TestLe = 92, ABC [Reg, Reg, Flag], "if (R[A] <= R[B]) != C: pc += 1";
    TestGt = 93, ABC [Reg, Reg, Flag], "if (R[A] > R[B]) != C: pc += 1";
    TestGe = 94, ABC [Reg, Reg, Flag], "if (R[A] >= R[B]) != C: pc += 1";
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
    /// Each operand's role, in operand order (A, B, C; A, Bx; A, sBx; sJ).
    pub fn roles(self) -> &'static [Role] {
        INFO[self as usize].2
    }
    /// The one-line meaning from the table, for `frostpy dis` and docs.
    pub fn meaning(self) -> &'static str {
        INFO[self as usize].3
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

impl Instr {
    /// The operand values in the order of `op.roles()`: unsigned fields as they are, `sBx`
    /// and `sJ` signed.
    pub fn operands(self, format: Format) -> ([isize; 3], usize) {
        match format {
            Format::ABC => ([self.a() as isize, self.b() as isize, self.c() as isize], 3),
            Format::ABx => ([self.a() as isize, self.bx() as isize, 0], 2),
            Format::AsBx => ([self.a() as isize, self.sbx(), 0], 2),
            Format::SJ => ([self.sj(), 0, 0], 1),
        }
    }
}

// The table is in number order, so that an opcode byte indexes it.
const _: () = {
    let mut i = 0;
    while i < OP_COUNT {
        assert!(OPS[i] as usize == i, "opcode rows must be in number order");
        i += 1;
    }
};

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
            assert_eq!(op.roles().len(), op.format().operand_count(), "{}", op.name());
            for r in op.roles() {
                // A run's length operand is a count (or a flag: Raise's `from`, CallEx's keywords).
                if let Role::Regs(Len::B(_)) = r {
                    assert!(matches!(op.roles()[1], Role::Count | Role::Flag), "{}", op.name());
                }
                if let Role::Regs(Len::C(_)) = r {
                    assert_eq!(op.roles()[2], Role::Count, "{}", op.name());
                }
            }
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
