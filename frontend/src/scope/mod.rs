//! Scope analysis: which names each scope binds, and how every name used in
//! a scope resolves (local register, closure cell, global, or by name).
//!
//! Follows CPython's `symtable.c`: a first pass ([`build`]) walks the AST and
//! records, per scope, the names seen with flags (bound, parameter, used,
//! declared global/nonlocal); a second pass ([`analyze`]) resolves free
//! variables top-down and turns captured locals into cells.

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use crate::ast::{self, Ranged};
use crate::{SourceFile, SyntaxError, TextSize};

mod analyze;
mod build;
mod targets;
#[cfg(all(test, feature = "rustpython"))]
mod tests;

pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    /// Function, lambda and comprehension scopes: names live in registers
    /// and cells.
    pub fn is_function_like(self) -> bool {
        matches!(self, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }
}

/// How a name resolves in one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Symbol {
    /// Bound in this function scope, not captured.
    Local,
    /// Bound here and captured by a nested scope (lives in a cell).
    Cell,
    /// Bound in an enclosing function scope, reached through a closure cell.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound in any enclosing function scope: module global or builtin.
    GlobalImplicit,
    /// In a class body or at module level: looked up by name at run time
    /// (class bodies use namespace-then-globals; at module level, globals).
    Name,
}

/// One scope: the module, a function, class body, lambda or comprehension.
#[derive(Debug, Clone)]
pub struct Scope {
    pub kind: ScopeKind,
    /// `<module>`, the function or class name, `<lambda>`, `<listcomp>`,
    /// `<setcomp>`, `<dictcomp>` or `<genexpr>`.
    pub name: String,
    /// CPython's `__qualname__` for functions and classes (e.g.
    /// `C.method`, `outer.<locals>.inner`).
    pub qualname: String,
    pub parent: Option<ScopeId>,
    /// Scopes created directly inside this one, in source order.
    pub children: Vec<ScopeId>,
    /// Start offset of the node that created this scope (0 for the module).
    pub start: TextSize,
    /// Every name used or bound in this scope, in first-seen order with the
    /// parameters first (positional, then keyword-only, then `*args`, then
    /// `**kwargs`; a comprehension's single parameter is `.0`, the iterator
    /// of its first `for`), mapped to how it resolves here. Names that only
    /// pass through this scope to a nested one (free here) come last.
    pub symbols: Vec<(String, Symbol)>,
    /// How many of the first `symbols` are parameters.
    pub param_count: usize,
    /// Positional parameters (`posonlyargs` + `args`).
    pub positional_count: usize,
    /// Keyword-only parameters.
    pub kwonly_count: usize,
    pub has_varargs: bool,
    pub has_kwargs: bool,
    /// Contains `yield` / `yield from` (not counting nested scopes); always
    /// true for a generator expression.
    pub is_generator: bool,
    /// `async def`, or a comprehension with an `async for`.
    pub is_async: bool,
    /// True for a class scope some method of which uses `super` or
    /// `__class__`: the class body must create the implicit `__class__` cell.
    pub needs_class_cell: bool,
    /// Class scopes only: names the class body binds itself (so they are
    /// `Name` here) but that a nested function receives as free variables
    /// from a function enclosing the class. The class's code object must
    /// still take these cells as free variables, to pass them down.
    pub class_frees: Vec<String>,
    index: BTreeMap<String, usize>,
}

impl Scope {
    pub fn lookup(&self, name: &str) -> Option<Symbol> {
        self.index.get(name).map(|&i| self.symbols[i].1)
    }

    /// Parameter names in register order.
    pub fn params(&self) -> impl Iterator<Item = &str> {
        self.symbols[..self.param_count].iter().map(|(n, _)| n.as_str())
    }

    /// Names held in this frame's registers: `Local` and `Cell` symbols in
    /// symbol order (so parameters first).
    pub fn locals(&self) -> impl Iterator<Item = &str> {
        self.symbols.iter().filter(|(_, s)| matches!(s, Symbol::Local | Symbol::Cell)).map(|(n, _)| n.as_str())
    }

    /// Names that live in cells created by this frame (`Cell` symbols).
    pub fn cells(&self) -> impl Iterator<Item = &str> {
        self.symbols.iter().filter(|(_, s)| *s == Symbol::Cell).map(|(n, _)| n.as_str())
    }

    /// Names this scope's code object receives as closure cells: `Free`
    /// symbols in symbol order, then `class_frees`.
    pub fn frees(&self) -> impl Iterator<Item = &str> {
        self.symbols
            .iter()
            .filter(|(_, s)| *s == Symbol::Free)
            .map(|(n, _)| n.as_str())
            .chain(self.class_frees.iter().map(|n| n.as_str()))
    }
}

/// Which kind of node created a scope; with its start offset this names the
/// scope uniquely (a lambda and a bare generator expression argument can
/// start at the same offset).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum NodeTag {
    Function,
    Class,
    Lambda,
    ListComp,
    SetComp,
    DictComp,
    GeneratorExp,
}

/// Scope analysis results, computed once before code generation.
#[derive(Debug, Clone)]
pub struct ScopeMap {
    scopes: Vec<Scope>,
    by_start: BTreeMap<TextSize, ScopeId>,
    by_node: BTreeMap<(TextSize, NodeTag), ScopeId>,
}

impl ScopeMap {
    /// The module scope: always 0.
    pub fn module(&self) -> ScopeId {
        0
    }

    /// The scope created by the node starting at `start`: a
    /// FunctionDef/AsyncFunctionDef/ClassDef statement's range start, or a
    /// Lambda, ListComp, SetComp, DictComp or GeneratorExp expression's range
    /// start. If two such nodes start at the same offset (`f(lambda: x for x
    /// in y)`), this gives the outer one; prefer [`ScopeMap::scope_of_expr`].
    pub fn scope_at(&self, start: TextSize) -> Option<ScopeId> {
        self.by_start.get(&start).copied()
    }

    /// The scope created by a FunctionDef, AsyncFunctionDef or ClassDef.
    pub fn scope_of_stmt(&self, stmt: &ast::Stmt) -> Option<ScopeId> {
        let tag = match stmt {
            ast::Stmt::FunctionDef(_) | ast::Stmt::AsyncFunctionDef(_) => NodeTag::Function,
            ast::Stmt::ClassDef(_) => NodeTag::Class,
            _ => return None,
        };
        self.by_node.get(&(stmt.start(), tag)).copied()
    }

    /// The scope created by a Lambda, ListComp, SetComp, DictComp or
    /// GeneratorExp.
    pub fn scope_of_expr(&self, expr: &ast::Expr) -> Option<ScopeId> {
        let tag = match expr {
            ast::Expr::Lambda(_) => NodeTag::Lambda,
            ast::Expr::ListComp(_) => NodeTag::ListComp,
            ast::Expr::SetComp(_) => NodeTag::SetComp,
            ast::Expr::DictComp(_) => NodeTag::DictComp,
            ast::Expr::GeneratorExp(_) => NodeTag::GeneratorExp,
            _ => return None,
        };
        self.by_node.get(&(expr.start(), tag)).copied()
    }

    pub fn get(&self, id: ScopeId) -> &Scope {
        &self.scopes[id]
    }

    /// Number of scopes (ids are `0..len()`, parents before children).
    pub fn len(&self) -> usize {
        self.scopes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.scopes.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (ScopeId, &Scope)> {
        self.scopes.iter().enumerate()
    }
}

impl core::ops::Index<ScopeId> for ScopeMap {
    type Output = Scope;
    fn index(&self, id: ScopeId) -> &Scope {
        &self.scopes[id]
    }
}

/// Run both passes over a parsed module. Errors come in CPython's order:
/// invalid assignment targets (parser errors there), then symbol-table
/// errors, then compiler errors (`'return' outside function` and the like).
pub fn analyze_module(body: &[ast::Stmt], source: &SourceFile) -> Result<ScopeMap, SyntaxError> {
    let raw = build::build(body, source)?;
    analyze::analyze(raw, source)
}
