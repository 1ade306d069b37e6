//! frostpy's own abstract syntax tree: `no_std` (needs only `alloc`), so the
//! device can compile Python too.
//!
//! Node and field names follow rustpython-ast 0.4 (itself CPython's `ast`
//! module): `Stmt`/`Expr` enums whose variants wrap `StmtFunctionDef`,
//! `ExprCall`, ... structs. What frostpy never compiles is left out and
//! rejected with a `SyntaxError` while building the tree (see the converter
//! and the parser): the `match` statement, `except*`, the `type` statement,
//! type parameters (`def f[T]()`), complex literals, type comments.
//! `async def`/`async for`/`async with`/`await` are kept: scope analysis
//! reports its CPython errors about them before code generation rejects them.
//!
//! # Ranges
//!
//! Every node with a `range` holds byte offsets into the source, with
//! rustpython-parser 0.4's conventions (the parser in `parse` must give the
//! same; the differential test compares whole trees):
//!
//! - `start` is the first byte of the node's first token, `end` is just past
//!   its last token.
//! - Parentheses around an expression are not part of its range (`(a)` is
//!   the `Name` at 1..2), but they are part of the enclosing statement's
//!   (the `StmtExpr` of `(a)` is 0..3). A parenthesised tuple includes its
//!   parentheses (`(a, b)` is 0..6), and so does a parenthesised generator
//!   expression (`(x for x in y)`), but the sole-argument generator of a
//!   call does not include the call's parentheses (in `f(x for x in y)` the
//!   generator is 2..14).
//! - A decorated `def`/`class` starts at `def`/`class` (`async def` at
//!   `async`), not at the decorators.
//! - A compound statement ends at the end of the last statement of its last
//!   block (not at a trailing newline or comment); a simple statement ends
//!   at its last token (no `;` nor newline). An `elif` is a nested `StmtIf`
//!   starting at `elif`. An `ExceptHandler` runs from `except` to the end of
//!   its body.
//! - A `Keyword` starts at its name, or at `**` for `**mapping`; an `Arg`
//!   covers the name and annotation (not `*`/`**`, not the default).
//! - Implicitly concatenated strings (`'a' 'b'`) are one `Constant` from the
//!   first string's prefix to the last string's closing quote.
//! - f-strings: see [`ExprJoinedStr`].
//! - `Comprehension`, `WithItem`, `Arguments` and `ArgWithDefault` carry no
//!   range (rustpython 0.4 does not give them one); `Arg`, `Keyword`, `Alias`
//!   and `ExceptHandler` do.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::ops::{Add, AddAssign, Sub, SubAssign};

/// A byte offset into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TextSize(u32);

impl TextSize {
    pub const fn new(offset: u32) -> TextSize {
        TextSize(offset)
    }

    pub const fn to_u32(self) -> u32 {
        self.0
    }

    pub const fn to_usize(self) -> usize {
        self.0 as usize
    }
}

impl From<u32> for TextSize {
    fn from(offset: u32) -> TextSize {
        TextSize(offset)
    }
}

impl From<TextSize> for u32 {
    fn from(s: TextSize) -> u32 {
        s.0
    }
}

impl From<TextSize> for usize {
    fn from(s: TextSize) -> usize {
        s.0 as usize
    }
}

impl Add for TextSize {
    type Output = TextSize;
    fn add(self, rhs: TextSize) -> TextSize {
        TextSize(self.0 + rhs.0)
    }
}

impl Sub for TextSize {
    type Output = TextSize;
    fn sub(self, rhs: TextSize) -> TextSize {
        TextSize(self.0 - rhs.0)
    }
}

impl AddAssign for TextSize {
    fn add_assign(&mut self, rhs: TextSize) {
        self.0 += rhs.0;
    }
}

impl SubAssign for TextSize {
    fn sub_assign(&mut self, rhs: TextSize) {
        self.0 -= rhs.0;
    }
}

/// A half-open range of byte offsets `start..end`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct TextRange {
    start: TextSize,
    end: TextSize,
}

impl TextRange {
    pub const fn new(start: TextSize, end: TextSize) -> TextRange {
        TextRange { start, end }
    }

    /// The range `start..end` from raw offsets.
    pub const fn from_offsets(start: u32, end: u32) -> TextRange {
        TextRange { start: TextSize(start), end: TextSize(end) }
    }

    pub const fn start(self) -> TextSize {
        self.start
    }

    pub const fn end(self) -> TextSize {
        self.end
    }

    pub const fn len(self) -> TextSize {
        TextSize(self.end.0 - self.start.0)
    }

    pub const fn is_empty(self) -> bool {
        self.end.0 == self.start.0
    }
}

/// A node with a source range.
pub trait Ranged {
    fn range(&self) -> TextRange;

    fn start(&self) -> TextSize {
        self.range().start()
    }

    fn end(&self) -> TextSize {
        self.range().end()
    }
}

impl Ranged for TextRange {
    fn range(&self) -> TextRange {
        *self
    }
}

impl<T: Ranged> Ranged for &T {
    fn range(&self) -> TextRange {
        (**self).range()
    }
}

impl<T: Ranged> Ranged for Box<T> {
    fn range(&self) -> TextRange {
        (**self).range()
    }
}

pub type Identifier = String;

// ---------------------------------------------------------------- statements

#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    FunctionDef(StmtFunctionDef),
    AsyncFunctionDef(StmtAsyncFunctionDef),
    ClassDef(StmtClassDef),
    Return(StmtReturn),
    Delete(StmtDelete),
    Assign(StmtAssign),
    AugAssign(StmtAugAssign),
    AnnAssign(StmtAnnAssign),
    For(StmtFor),
    AsyncFor(StmtAsyncFor),
    While(StmtWhile),
    If(StmtIf),
    With(StmtWith),
    AsyncWith(StmtAsyncWith),
    Raise(StmtRaise),
    Try(StmtTry),
    Assert(StmtAssert),
    Import(StmtImport),
    ImportFrom(StmtImportFrom),
    Global(StmtGlobal),
    Nonlocal(StmtNonlocal),
    Expr(StmtExpr),
    Pass(StmtPass),
    Break(StmtBreak),
    Continue(StmtContinue),
}

/// `def name(args) -> returns: body`. The range starts at `def`, also
/// when there are decorators.
#[derive(Clone, Debug, PartialEq)]
pub struct StmtFunctionDef {
    pub range: TextRange,
    pub name: Identifier,
    pub args: Box<Arguments>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub returns: Option<Box<Expr>>,
}

/// `async def`: as [`StmtFunctionDef`]; the range starts at `async`.
#[derive(Clone, Debug, PartialEq)]
pub struct StmtAsyncFunctionDef {
    pub range: TextRange,
    pub name: Identifier,
    pub args: Box<Arguments>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub returns: Option<Box<Expr>>,
}

/// `class name(bases, keywords): body`; the range starts at `class`, also
/// when there are decorators.
#[derive(Clone, Debug, PartialEq)]
pub struct StmtClassDef {
    pub range: TextRange,
    pub name: Identifier,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtReturn {
    pub range: TextRange,
    pub value: Option<Box<Expr>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtDelete {
    pub range: TextRange,
    pub targets: Vec<Expr>,
}

/// `t1 = t2 = value`: `targets` in source order.
#[derive(Clone, Debug, PartialEq)]
pub struct StmtAssign {
    pub range: TextRange,
    pub targets: Vec<Expr>,
    pub value: Box<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtAugAssign {
    pub range: TextRange,
    pub target: Box<Expr>,
    pub op: Operator,
    pub value: Box<Expr>,
}

/// `target: annotation = value`. `simple` is true for a bare name target
/// not in parentheses.
#[derive(Clone, Debug, PartialEq)]
pub struct StmtAnnAssign {
    pub range: TextRange,
    pub target: Box<Expr>,
    pub annotation: Box<Expr>,
    pub value: Option<Box<Expr>>,
    pub simple: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtFor {
    pub range: TextRange,
    pub target: Box<Expr>,
    pub iter: Box<Expr>,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtAsyncFor {
    pub range: TextRange,
    pub target: Box<Expr>,
    pub iter: Box<Expr>,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtWhile {
    pub range: TextRange,
    pub test: Box<Expr>,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
}

/// `if`; an `elif` is a nested `StmtIf` (starting at `elif`), the only
/// statement of `orelse`.
#[derive(Clone, Debug, PartialEq)]
pub struct StmtIf {
    pub range: TextRange,
    pub test: Box<Expr>,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtWith {
    pub range: TextRange,
    pub items: Vec<WithItem>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtAsyncWith {
    pub range: TextRange,
    pub items: Vec<WithItem>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtRaise {
    pub range: TextRange,
    pub exc: Option<Box<Expr>>,
    pub cause: Option<Box<Expr>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtTry {
    pub range: TextRange,
    pub body: Vec<Stmt>,
    pub handlers: Vec<ExceptHandler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtAssert {
    pub range: TextRange,
    pub test: Box<Expr>,
    pub msg: Option<Box<Expr>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtImport {
    pub range: TextRange,
    pub names: Vec<Alias>,
}

/// `from module import names`; `level` counts the leading dots (0 for an
/// absolute import); `module` is None for `from . import x`.
#[derive(Clone, Debug, PartialEq)]
pub struct StmtImportFrom {
    pub range: TextRange,
    pub module: Option<Identifier>,
    pub names: Vec<Alias>,
    pub level: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtGlobal {
    pub range: TextRange,
    pub names: Vec<Identifier>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtNonlocal {
    pub range: TextRange,
    pub names: Vec<Identifier>,
}

/// An expression statement.
#[derive(Clone, Debug, PartialEq)]
pub struct StmtExpr {
    pub range: TextRange,
    pub value: Box<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtPass {
    pub range: TextRange,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtBreak {
    pub range: TextRange,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StmtContinue {
    pub range: TextRange,
}

// --------------------------------------------------------------- expressions

#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    BoolOp(ExprBoolOp),
    NamedExpr(ExprNamedExpr),
    BinOp(ExprBinOp),
    UnaryOp(ExprUnaryOp),
    Lambda(ExprLambda),
    IfExp(ExprIfExp),
    Dict(ExprDict),
    Set(ExprSet),
    ListComp(ExprListComp),
    SetComp(ExprSetComp),
    DictComp(ExprDictComp),
    GeneratorExp(ExprGeneratorExp),
    Await(ExprAwait),
    Yield(ExprYield),
    YieldFrom(ExprYieldFrom),
    Compare(ExprCompare),
    Call(ExprCall),
    FormattedValue(ExprFormattedValue),
    JoinedStr(ExprJoinedStr),
    Constant(ExprConstant),
    Attribute(ExprAttribute),
    Subscript(ExprSubscript),
    Starred(ExprStarred),
    Name(ExprName),
    List(ExprList),
    Tuple(ExprTuple),
    Slice(ExprSlice),
}

/// `a and b and c` is one node with three values (`a and b or c` nests).
#[derive(Clone, Debug, PartialEq)]
pub struct ExprBoolOp {
    pub range: TextRange,
    pub op: BoolOp,
    pub values: Vec<Expr>,
}

/// `target := value`
#[derive(Clone, Debug, PartialEq)]
pub struct ExprNamedExpr {
    pub range: TextRange,
    pub target: Box<Expr>,
    pub value: Box<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprBinOp {
    pub range: TextRange,
    pub left: Box<Expr>,
    pub op: Operator,
    pub right: Box<Expr>,
}

/// A unary operator. Literals are never negative: `-1` is `USub` applied
/// to the constant `1`.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprUnaryOp {
    pub range: TextRange,
    pub op: UnaryOp,
    pub operand: Box<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprLambda {
    pub range: TextRange,
    pub args: Box<Arguments>,
    pub body: Box<Expr>,
}

/// `body if test else orelse`
#[derive(Clone, Debug, PartialEq)]
pub struct ExprIfExp {
    pub range: TextRange,
    pub test: Box<Expr>,
    pub body: Box<Expr>,
    pub orelse: Box<Expr>,
}

/// A dict display; a `**mapping` entry has key None.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprDict {
    pub range: TextRange,
    pub keys: Vec<Option<Expr>>,
    pub values: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprSet {
    pub range: TextRange,
    pub elts: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprListComp {
    pub range: TextRange,
    pub elt: Box<Expr>,
    pub generators: Vec<Comprehension>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprSetComp {
    pub range: TextRange,
    pub elt: Box<Expr>,
    pub generators: Vec<Comprehension>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprDictComp {
    pub range: TextRange,
    pub key: Box<Expr>,
    pub value: Box<Expr>,
    pub generators: Vec<Comprehension>,
}

/// A generator expression; its range includes its parentheses (the call's,
/// for the sole argument of a call).
#[derive(Clone, Debug, PartialEq)]
pub struct ExprGeneratorExp {
    pub range: TextRange,
    pub elt: Box<Expr>,
    pub generators: Vec<Comprehension>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprAwait {
    pub range: TextRange,
    pub value: Box<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprYield {
    pub range: TextRange,
    pub value: Option<Box<Expr>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprYieldFrom {
    pub range: TextRange,
    pub value: Box<Expr>,
}

/// `left op1 c1 op2 c2 ...` (a chain is one node).
#[derive(Clone, Debug, PartialEq)]
pub struct ExprCompare {
    pub range: TextRange,
    pub left: Box<Expr>,
    pub ops: Vec<CmpOp>,
    pub comparators: Vec<Expr>,
}

/// A call: positional `args` (with `Starred` for `*x`) and `keywords`
/// (with `arg: None` for `**x`), each in source order.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprCall {
    pub range: TextRange,
    pub func: Box<Expr>,
    pub args: Vec<Expr>,
    pub keywords: Vec<Keyword>,
}

/// One `{value!conversion:format_spec}` field of an f-string; the
/// `format_spec` is a `JoinedStr`. For ranges see [`ExprJoinedStr`].
#[derive(Clone, Debug, PartialEq)]
pub struct ExprFormattedValue {
    pub range: TextRange,
    pub value: Box<Expr>,
    pub conversion: ConversionFlag,
    pub format_spec: Option<Box<Expr>>,
}

/// An f-string, or implicitly concatenated strings at least one of which
/// is an f-string (`f"a{b}"`, `"a" f"{b}"`, `f""`: always a `JoinedStr`,
/// even without fields). As rustpython-parser 0.4 (`string.rs`,
/// `parse_strings`):
///
/// - `values` are `Constant` string pieces and `FormattedValue` fields in
///   order. Each plain (non-f) string contributes one literal piece, even
///   an empty one; an f-string contributes a literal piece per non-empty run
///   of text between fields (escapes and `{{`/`}}` decoded) and a field per
///   `{...}`. Adjacent literal pieces are merged into one `Constant`; so
///   `f""` has no values but `f"{x}" ""` ends with `Constant("")`.
/// - `{expr=}` adds a literal piece before the field: the source text from
///   after `{` up to and including the `=`, then the whitespace after the
///   `=` (`f"{x = }"` gives `"x = "`); the field's conversion is then `Repr`
///   unless a conversion or a format spec is given.
/// - The format spec (after `:`) is itself a `JoinedStr` of literal pieces
///   and nested fields.
/// - Ranges: the `JoinedStr` spans all the strings (as a `Constant` would);
///   every merged literal `Constant` piece also carries that whole range;
///   a `FormattedValue`, its format spec `JoinedStr` and that spec's pieces
///   carry the range of the one string token (prefix to closing quote) the
///   field is in; expressions inside a field have their true ranges.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprJoinedStr {
    pub range: TextRange,
    pub values: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprConstant {
    pub range: TextRange,
    pub value: Constant,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprAttribute {
    pub range: TextRange,
    pub value: Box<Expr>,
    pub attr: Identifier,
    pub ctx: ExprContext,
}

/// `value[slice]`; `a[i, j]` has a `Tuple` slice, `a[i:j]` a `Slice`.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprSubscript {
    pub range: TextRange,
    pub value: Box<Expr>,
    pub slice: Box<Expr>,
    pub ctx: ExprContext,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprStarred {
    pub range: TextRange,
    pub value: Box<Expr>,
    pub ctx: ExprContext,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprName {
    pub range: TextRange,
    pub id: Identifier,
    pub ctx: ExprContext,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprList {
    pub range: TextRange,
    pub elts: Vec<Expr>,
    pub ctx: ExprContext,
}

/// A tuple; with parentheses, the range includes them.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprTuple {
    pub range: TextRange,
    pub elts: Vec<Expr>,
    pub ctx: ExprContext,
}

/// `lower:upper:step` inside a subscript.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprSlice {
    pub range: TextRange,
    pub lower: Option<Box<Expr>>,
    pub upper: Option<Box<Expr>>,
    pub step: Option<Box<Expr>>,
}

/// Whether an expression is read, assigned or deleted. Targets of `=`,
/// `for`, `with ... as`, `:=`, comprehensions and their nested elements are
/// `Store`; `del` targets are `Del`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// An f-string field's `!s`, `!r` or `!a` (None when absent).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConversionFlag {
    None,
    Str,
    Ascii,
    Repr,
}

// ----------------------------------------------------------------- constants

/// A literal's value.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    /// A string literal, escapes decoded.
    Str(String),
    Bytes(Vec<u8>),
    Int(Int),
    Float(f64),
    Ellipsis,
}

/// An int literal's value (literals are never negative, but code generation
/// folds `-literal`, so the type has a sign).
///
/// Normalised, so that equal values compare equal: `Small` whenever the
/// value fits an i64; otherwise `Big` with the magnitude as little-endian
/// 32-bit limbs without high zero limbs (the layout of a code image's big
/// int constants).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Int {
    Small(i64),
    Big { neg: bool, limbs: Vec<u32> },
}

impl Int {
    /// The value of `digits` in `radix` (2 to 36), `_` separators skipped.
    /// None if there is no digit or a character is not a digit of the radix.
    pub fn from_str_radix(digits: &str, radix: u32) -> Option<Int> {
        if !(2..=36).contains(&radix) {
            return None;
        }
        let mut limbs: Vec<u32> = Vec::new();
        let mut any = false;
        for c in digits.chars() {
            if c == '_' {
                continue;
            }
            let d = c.to_digit(radix)?;
            any = true;
            let mut carry = d as u64;
            for limb in limbs.iter_mut() {
                let v = *limb as u64 * radix as u64 + carry;
                *limb = v as u32;
                carry = v >> 32;
            }
            if carry != 0 {
                limbs.push(carry as u32);
            }
        }
        any.then(|| Int::from_limbs(false, limbs))
    }

    /// The int `(-1 if neg else 1) * magnitude`, with the magnitude as
    /// little-endian 32-bit limbs (high zero limbs allowed).
    pub fn from_limbs(neg: bool, mut limbs: Vec<u32>) -> Int {
        while limbs.last() == Some(&0) {
            limbs.pop();
        }
        if limbs.len() <= 2 {
            let mag = limbs.iter().rev().fold(0u64, |acc, &l| (acc << 32) | l as u64);
            if !neg && mag <= i64::MAX as u64 {
                return Int::Small(mag as i64);
            }
            if neg && mag <= i64::MAX as u64 + 1 {
                return Int::Small((mag as i64).wrapping_neg());
            }
        }
        Int::Big { neg, limbs }
    }

    /// The value if it fits an i64.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(*v),
            Int::Big { .. } => None,
        }
    }

    pub fn is_zero(&self) -> bool {
        *self == Int::Small(0)
    }

    /// `-self`.
    pub fn neg(&self) -> Int {
        match self {
            Int::Small(v) => match v.checked_neg() {
                Some(n) => Int::Small(n),
                // -i64::MIN = 2**63
                None => Int::Big { neg: false, limbs: alloc::vec![0, 0x8000_0000] },
            },
            Int::Big { neg, limbs } => Int::from_limbs(!neg, limbs.clone()),
        }
    }

    /// Sign and little-endian 32-bit limbs of the magnitude (empty for 0).
    pub fn to_limbs(&self) -> (bool, Vec<u32>) {
        match self {
            Int::Small(v) => {
                let mag = v.unsigned_abs();
                let mut limbs = alloc::vec![mag as u32, (mag >> 32) as u32];
                while limbs.last() == Some(&0) {
                    limbs.pop();
                }
                (*v < 0, limbs)
            }
            Int::Big { neg, limbs } => (*neg, limbs.clone()),
        }
    }
}

// ------------------------------------------------------------ other nodes

/// `except type_ as name: body` (`type_` None for a bare `except:`); the
/// range runs from `except` to the end of the body.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub range: TextRange,
    pub type_: Option<Box<Expr>>,
    pub name: Option<Identifier>,
    pub body: Vec<Stmt>,
}

/// A function's or lambda's parameters, each list in source order.
#[derive(Clone, Debug, PartialEq)]
pub struct Arguments {
    pub posonlyargs: Vec<ArgWithDefault>,
    pub args: Vec<ArgWithDefault>,
    pub vararg: Option<Box<Arg>>,
    pub kwonlyargs: Vec<ArgWithDefault>,
    pub kwarg: Option<Box<Arg>>,
}

/// A parameter and its default value.
#[derive(Clone, Debug, PartialEq)]
pub struct ArgWithDefault {
    pub def: Arg,
    pub default: Option<Box<Expr>>,
}

/// A parameter: its range covers the name and annotation (not the `*`/`**`
/// nor the default).
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub range: TextRange,
    pub arg: Identifier,
    pub annotation: Option<Box<Expr>>,
}

/// `arg=value` in a call or class bases; `arg` None for `**value` (the range
/// then starts at `**`).
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub range: TextRange,
    pub arg: Option<Identifier>,
    pub value: Expr,
}

/// `name as asname` in an import (`name` may be dotted, or `*`).
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub range: TextRange,
    pub name: Identifier,
    pub asname: Option<Identifier>,
}

/// `context_expr as optional_vars` in a `with`.
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Box<Expr>>,
}

/// `for target in iter if ifs...` in a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

// ------------------------------------------------------------------ Ranged

macro_rules! ranged {
    ($($t:ty),* $(,)?) => {
        $(impl Ranged for $t {
            fn range(&self) -> TextRange {
                self.range
            }
        })*
    };
}

ranged!(
    StmtFunctionDef,
    StmtAsyncFunctionDef,
    StmtClassDef,
    StmtReturn,
    StmtDelete,
    StmtAssign,
    StmtAugAssign,
    StmtAnnAssign,
    StmtFor,
    StmtAsyncFor,
    StmtWhile,
    StmtIf,
    StmtWith,
    StmtAsyncWith,
    StmtRaise,
    StmtTry,
    StmtAssert,
    StmtImport,
    StmtImportFrom,
    StmtGlobal,
    StmtNonlocal,
    StmtExpr,
    StmtPass,
    StmtBreak,
    StmtContinue,
    ExprBoolOp,
    ExprNamedExpr,
    ExprBinOp,
    ExprUnaryOp,
    ExprLambda,
    ExprIfExp,
    ExprDict,
    ExprSet,
    ExprListComp,
    ExprSetComp,
    ExprDictComp,
    ExprGeneratorExp,
    ExprAwait,
    ExprYield,
    ExprYieldFrom,
    ExprCompare,
    ExprCall,
    ExprFormattedValue,
    ExprJoinedStr,
    ExprConstant,
    ExprAttribute,
    ExprSubscript,
    ExprStarred,
    ExprName,
    ExprList,
    ExprTuple,
    ExprSlice,
    ExceptHandler,
    Arg,
    Keyword,
    Alias,
);

impl Ranged for Stmt {
    fn range(&self) -> TextRange {
        match self {
            Stmt::FunctionDef(n) => n.range,
            Stmt::AsyncFunctionDef(n) => n.range,
            Stmt::ClassDef(n) => n.range,
            Stmt::Return(n) => n.range,
            Stmt::Delete(n) => n.range,
            Stmt::Assign(n) => n.range,
            Stmt::AugAssign(n) => n.range,
            Stmt::AnnAssign(n) => n.range,
            Stmt::For(n) => n.range,
            Stmt::AsyncFor(n) => n.range,
            Stmt::While(n) => n.range,
            Stmt::If(n) => n.range,
            Stmt::With(n) => n.range,
            Stmt::AsyncWith(n) => n.range,
            Stmt::Raise(n) => n.range,
            Stmt::Try(n) => n.range,
            Stmt::Assert(n) => n.range,
            Stmt::Import(n) => n.range,
            Stmt::ImportFrom(n) => n.range,
            Stmt::Global(n) => n.range,
            Stmt::Nonlocal(n) => n.range,
            Stmt::Expr(n) => n.range,
            Stmt::Pass(n) => n.range,
            Stmt::Break(n) => n.range,
            Stmt::Continue(n) => n.range,
        }
    }
}

impl Ranged for Expr {
    fn range(&self) -> TextRange {
        match self {
            Expr::BoolOp(n) => n.range,
            Expr::NamedExpr(n) => n.range,
            Expr::BinOp(n) => n.range,
            Expr::UnaryOp(n) => n.range,
            Expr::Lambda(n) => n.range,
            Expr::IfExp(n) => n.range,
            Expr::Dict(n) => n.range,
            Expr::Set(n) => n.range,
            Expr::ListComp(n) => n.range,
            Expr::SetComp(n) => n.range,
            Expr::DictComp(n) => n.range,
            Expr::GeneratorExp(n) => n.range,
            Expr::Await(n) => n.range,
            Expr::Yield(n) => n.range,
            Expr::YieldFrom(n) => n.range,
            Expr::Compare(n) => n.range,
            Expr::Call(n) => n.range,
            Expr::FormattedValue(n) => n.range,
            Expr::JoinedStr(n) => n.range,
            Expr::Constant(n) => n.range,
            Expr::Attribute(n) => n.range,
            Expr::Subscript(n) => n.range,
            Expr::Starred(n) => n.range,
            Expr::Name(n) => n.range,
            Expr::List(n) => n.range,
            Expr::Tuple(n) => n.range,
            Expr::Slice(n) => n.range,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    #[test]
    fn int_literals_normalise() {
        assert_eq!(Int::from_str_radix("0", 10), Some(Int::Small(0)));
        assert_eq!(Int::from_str_radix("1_000", 10), Some(Int::Small(1000)));
        assert_eq!(Int::from_str_radix("ff", 16), Some(Int::Small(255)));
        assert_eq!(Int::from_str_radix("9223372036854775807", 10), Some(Int::Small(i64::MAX)));
        let two63 = Int::from_str_radix("9223372036854775808", 10).unwrap();
        assert_eq!(two63, Int::Big { neg: false, limbs: vec![0, 0x8000_0000] });
        assert_eq!(two63.neg(), Int::Small(i64::MIN));
        assert_eq!(Int::Small(i64::MIN).neg(), two63);
        let big = Int::from_str_radix("1_0000_0000_0000_0000_0000_0000", 16).unwrap();
        assert_eq!(big, Int::Big { neg: false, limbs: vec![0, 0, 0, 1] });
        assert_eq!(big.neg().neg(), big);
        assert_eq!(big.neg().to_limbs(), (true, vec![0, 0, 0, 1]));
        assert_eq!(Int::Small(-5).to_limbs(), (true, vec![5]));
        assert_eq!(Int::Small(0).to_limbs(), (false, vec![]));
        assert_eq!(Int::from_str_radix("", 10), None);
        assert_eq!(Int::from_str_radix("12a", 10), None);
        assert_eq!(Int::from_str_radix("_", 10), None);
    }
}
