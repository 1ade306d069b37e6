//! Per-code-object compilation state: the instruction buffer, registers
//! (Lua-style: locals first, temporaries stack-like above them), constant
//! and name lists, the line table, jumps and exception regions.

use crate::prelude::*;

use alloc::collections::BTreeMap;
use frontend::ast;

/// How a name is reached in the current frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Var {
    /// A local in a register.
    Reg(u8),
    /// A captured variable: the register holds its cell.
    Cell(u8),
    /// A module global (GetGlobal/SetGlobal/DelGlobal).
    Global,
    /// Namespace lookup in a class body (GetName/SetName/DelName).
    Name,
}

/// A range of instructions covered by one exception handler, possibly
/// split into several segments (inlined `finally` copies are holes).
#[derive(Default, Debug)]
pub(crate) struct Region {
    pub open: Option<u32>,
    pub segments: Vec<(u32, u32)>,
}

impl Region {
    pub fn opened(pc: u32) -> Region {
        Region { open: Some(pc), segments: Vec::new() }
    }
    pub fn close(&mut self, pc: u32) {
        if let Some(s) = self.open.take() {
            if pc > s {
                self.segments.push((s, pc));
            }
        }
    }
    pub fn reopen(&mut self, pc: u32) {
        self.open = Some(pc);
    }
}

/// An enclosing construct that `break`, `continue`, `return` and bare
/// `raise` must know about.
pub(crate) enum Block<'a> {
    Loop {
        continue_pc: usize,
        breaks: Vec<usize>,
    },
    /// The body of a `try` with `except` clauses.
    TryExcept {
        region: Region,
    },
    /// The body (and except clauses, else) of a `try` with `finally`.
    TryFinally {
        region: Region,
        finalbody: &'a [ast::Stmt],
    },
    /// Inside an `except` clause: the caught exception's register.
    Handler {
        exc: u8,
    },
    /// The body of a `with`: `exit` holds the bound `__exit__`.
    With {
        region: Region,
        exit: u8,
        is_async: bool,
    },
}

impl<'a> Block<'a> {
    pub fn region(&mut self) -> Option<&mut Region> {
        match self {
            Block::TryExcept { region } | Block::TryFinally { region, .. } | Block::With { region, .. } => Some(region),
            _ => None,
        }
    }
}

pub(crate) struct FuncState<'a> {
    pub scope: usize,
    pub is_module: bool,
    pub is_class: bool,
    pub code: Vec<u32>,
    pub lines: Vec<(u32, u32)>,
    pub line: u32,
    pub first_line: u32,
    /// Constants of this code object: image constant indexes.
    pub consts: Vec<u32>,
    pub const_ids: BTreeMap<u32, u32>,
    /// Names of this code object: image string indexes.
    pub names: Vec<u32>,
    pub name_ids: BTreeMap<u32, u32>,
    /// How each name of the scope is reached.
    pub vars: BTreeMap<String, Var>,
    /// Registers holding cells (own or received), for nested closures.
    pub cell_regs: BTreeMap<String, u8>,
    /// Register names (`""` for temporaries).
    pub varnames: Vec<String>,
    pub freevars: Vec<(u8, u8)>,
    /// Registers reserved for locals and cells; temporaries start here.
    pub nlocals: u32,
    pub n_params: u32,
    pub freereg: u32,
    pub maxreg: u32,
    pub handlers: Vec<(u32, u32, u32, u32)>,
    pub blocks: Vec<Block<'a>>,
    /// Per local register: definitely assigned at this point of straight-line code.
    pub assigned: Vec<bool>,
    /// Locals deleted somewhere in the function: never considered definitely assigned.
    pub deleted: Vec<bool>,
    /// The function contains `:=`: do not use local registers directly as
    /// operands (a later operand could rebind them).
    pub has_walrus: bool,
    /// Inside a conditionally evaluated part of an expression (after the
    /// first operand of `and`/`or`, a branch of `x if c else y`, a later
    /// link of a comparison chain): a `CheckBound` there proves nothing
    /// for the code after the expression.
    pub cond_depth: u32,
}

impl<'a> FuncState<'a> {
    pub fn new(scope: usize, first_line: u32) -> FuncState<'a> {
        FuncState {
            scope,
            is_module: false,
            is_class: false,
            code: Vec::new(),
            lines: Vec::new(),
            line: first_line,
            first_line,
            consts: Vec::new(),
            const_ids: BTreeMap::new(),
            names: Vec::new(),
            name_ids: BTreeMap::new(),
            vars: BTreeMap::new(),
            cell_regs: BTreeMap::new(),
            varnames: Vec::new(),
            freevars: Vec::new(),
            nlocals: 0,
            n_params: 0,
            freereg: 0,
            maxreg: 0,
            handlers: Vec::new(),
            blocks: Vec::new(),
            assigned: Vec::new(),
            deleted: Vec::new(),
            has_walrus: false,
            cond_depth: 0,
        }
    }

    pub fn pc(&self) -> usize {
        self.code.len()
    }

    /// Append an instruction, recording its line when the line changes.
    pub fn emit(&mut self, word: u32) -> usize {
        let pc = self.code.len();
        if self.lines.last().map(|&(_, l)| l) != Some(self.line) {
            if self.lines.last().map(|&(p, _)| p as usize) == Some(pc) {
                self.lines.pop();
            }
            if self.lines.last().map(|&(_, l)| l) != Some(self.line) {
                self.lines.push((pc as u32, self.line));
            }
        }
        self.code.push(word);
        pc
    }

    /// Is `r` a temporary (above the locals)?
    pub fn is_temp(&self, r: u8) -> bool {
        (r as u32) >= self.nlocals
    }

    /// Local index of an image constant, added if new.
    pub fn const_index(&mut self, image_const: u32) -> u32 {
        if let Some(&k) = self.const_ids.get(&image_const) {
            return k;
        }
        let k = self.consts.len() as u32;
        self.consts.push(image_const);
        self.const_ids.insert(image_const, k);
        k
    }

    /// Local index of a name (image string index), added if new.
    pub fn name_index(&mut self, string: u32) -> u32 {
        if let Some(&k) = self.name_ids.get(&string) {
            return k;
        }
        let k = self.names.len() as u32;
        self.names.push(string);
        self.name_ids.insert(string, k);
        k
    }

    /// Close every open exception region of blocks at depth `from` and
    /// above; returns how many were closed (to reopen them later).
    pub fn close_regions_from(&mut self, from: usize) {
        let pc = self.pc() as u32;
        for b in &mut self.blocks[from..] {
            if let Some(r) = b.region() {
                r.close(pc);
            }
        }
    }

    pub fn reopen_regions_from(&mut self, from: usize) {
        let pc = self.pc() as u32;
        for b in &mut self.blocks[from..] {
            if let Some(r) = b.region() {
                r.reopen(pc);
            }
        }
    }
}
