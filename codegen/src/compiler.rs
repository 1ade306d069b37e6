//! The compiler driver: code objects, registers, emission, jumps, names.

use crate::prelude::*;

use crate::func::{Block, FuncState, Var};
use fpc::image::flags;
use fpc::opcode::{Instr, Op, SJ_MAX, SJ_MIN};
use fpc::write::{CodeObject, Const, ImageBuilder};
use frontend::ast::{self, Ranged};
use frontend::{Module, SyntaxError, TextSize};
use frontend::{Scope, ScopeKind, Symbol};

pub(crate) type R<T> = Result<T, SyntaxError>;

/// Registers in a frame: operands are 8 bits and the count is a u8.
pub(crate) const MAX_REGS: u32 = 255;

pub(crate) struct Compiler<'a> {
    pub module: &'a Module,
    pub builder: ImageBuilder,
    /// The code objects being compiled, innermost last.
    pub funcs: Vec<FuncState<'a>>,
    /// Offset of the node being compiled, for error locations.
    pub offset: TextSize,
    pub options: crate::CompileOptions,
}

impl<'a> Compiler<'a> {
    pub fn compile(module: &'a Module, options: crate::CompileOptions) -> R<Vec<u8>> {
        let mut c = Compiler {
            module,
            builder: ImageBuilder::new(module.source.name()),
            funcs: Vec::new(),
            offset: TextSize::from(0),
            options,
        };
        let index = c.builder.reserve_code();
        debug_assert_eq!(index, 0);
        let scope = module.scopes.module();
        c.enter_code(scope, 1, "<module>")?;
        c.stmts(&module.body)?;
        let r = c.alloc_reg()?;
        c.emit_abc(Op::LoadNone, r, 0, 0);
        c.emit_abc(Op::Return, r, 0, 0);
        c.free_reg(r);
        let code = c.leave_code("<module>", flags::MODULE, 0, 0, 0)?;
        c.builder.set_code(0, code);
        Ok(c.builder.finish())
    }

    // ---- errors and locations ----

    pub fn err(&self, msg: impl Into<String>) -> SyntaxError {
        self.module.source.error(self.offset, msg)
    }

    pub fn err_at(&self, offset: TextSize, msg: impl Into<String>) -> SyntaxError {
        self.module.source.error(offset, msg)
    }

    pub fn line_of(&self, offset: TextSize) -> u32 {
        self.module.source.location(offset).0
    }

    /// Make `node` the current location (errors, line table); returns the
    /// previous one for `restore_loc`.
    pub fn set_loc(&mut self, node: &impl Ranged) -> (TextSize, u32) {
        let saved = (self.offset, self.fs().line);
        self.offset = node.start();
        let line = self.line_of(node.start());
        self.fs().line = line;
        saved
    }

    pub fn restore_loc(&mut self, saved: (TextSize, u32)) {
        self.offset = saved.0;
        self.fs().line = saved.1;
    }

    pub fn scope(&self, id: usize) -> &'a Scope {
        self.module.scopes.get(id)
    }

    // ---- code objects ----

    pub fn fs(&mut self) -> &mut FuncState<'a> {
        self.funcs.last_mut().expect("no code object")
    }

    pub fn fsr(&self) -> &FuncState<'a> {
        self.funcs.last().expect("no code object")
    }

    /// Start a code object for scope `id`: lay out its registers (locals,
    /// parameters first, then received cells), its free-variable table
    /// (from the enclosing frame's cell registers) and the `MakeCell`s.
    pub fn enter_code(&mut self, id: usize, first_line: u32, _name: &str) -> R<()> {
        let scope = self.scope(id);
        let mut fs = FuncState::new(id, first_line);
        match scope.kind {
            ScopeKind::Module => fs.is_module = true,
            ScopeKind::Class => fs.is_class = true,
            _ => {}
        }
        let mut regs: Vec<(String, bool)> = Vec::new(); // (name, is cell)
        if !fs.is_module {
            for (name, sym) in &scope.symbols {
                let var = match sym {
                    Symbol::Local | Symbol::Cell if !fs.is_class => {
                        let r = regs.len() as u8;
                        regs.push((name.clone(), *sym == Symbol::Cell));
                        if *sym == Symbol::Cell {
                            fs.cell_regs.insert(name.clone(), r);
                            Var::Cell(r)
                        } else {
                            Var::Reg(r)
                        }
                    }
                    Symbol::Cell => {
                        // A class body's own cell: `__class__`.
                        let r = regs.len() as u8;
                        regs.push((name.clone(), true));
                        fs.cell_regs.insert(name.clone(), r);
                        Var::Cell(r)
                    }
                    Symbol::Local => Var::Name,
                    Symbol::Free => continue,
                    Symbol::GlobalExplicit => Var::Global,
                    Symbol::GlobalImplicit if fs.is_class => Var::Name,
                    Symbol::GlobalImplicit => Var::Global,
                    Symbol::Name if fs.is_class => Var::Name,
                    Symbol::Name => Var::Global,
                };
                fs.vars.insert(name.clone(), var);
                if regs.len() > MAX_REGS as usize {
                    return Err(self.err("too many local variables in one function (limit 255 registers)"));
                }
            }
            // Received cells: Free symbols, then class_frees.
            for name in scope.frees() {
                let r = regs.len() as u32;
                if r >= MAX_REGS {
                    return Err(self.err("too many local variables in one function (limit 255 registers)"));
                }
                let r = r as u8;
                regs.push((name.to_string(), true));
                fs.cell_regs.insert(name.to_string(), r);
                if scope.lookup(name) == Some(Symbol::Free) {
                    fs.vars.insert(name.to_string(), Var::Cell(r));
                }
                let parent = match self.funcs.last().and_then(|p| p.cell_regs.get(name)) {
                    Some(&p) => p,
                    None => {
                        return Err(self.err(format!(
                            "internal compiler error: free variable '{name}' has no cell in the enclosing scope"
                        )))
                    }
                };
                fs.freevars.push((parent, r));
            }
            if fs.freevars.len() > 255 {
                return Err(self.err("too many free variables (limit 255)"));
            }
        }
        fs.nlocals = regs.len() as u32;
        fs.freereg = fs.nlocals;
        fs.maxreg = fs.nlocals;
        fs.n_params = if scope.kind.is_function_like() { scope.param_count as u32 } else { 0 };
        fs.varnames = regs.iter().map(|(n, _)| n.clone()).collect();
        fs.assigned = (0..regs.len()).map(|r| (r as u32) < fs.n_params).collect();
        fs.deleted = vec![false; regs.len()];
        self.funcs.push(fs);
        // Cells are made at entry; parameters keep their value.
        for (r, (_, is_cell)) in regs.iter().enumerate() {
            if *is_cell && self.fsr().freevars.iter().all(|&(_, own)| own as usize != r) {
                let keep = (r as u32) < self.fsr().n_params;
                self.emit_abc(Op::MakeCell, r as u8, keep as u8, 0);
            }
        }
        Ok(())
    }

    /// Finish the current code object.
    pub fn leave_code(
        &mut self,
        name: &str,
        flags: u16,
        n_params: u32,
        n_defaults: u32,
        n_kwonly: u32,
    ) -> R<CodeObject> {
        let fs = self.funcs.pop().expect("no code object");
        let name = self.builder.string(name);
        let varnames = fs.varnames.iter().map(|n| self.builder.string(n)).collect::<Vec<_>>();
        let mut varnames = varnames;
        let empty = self.builder.string("");
        while varnames.len() < fs.nlocals as usize {
            varnames.push(empty);
        }
        if n_params > 255 || n_kwonly > 255 {
            return Err(self.err("too many parameters (limit 255)"));
        }
        Ok(CodeObject {
            name,
            flags,
            n_regs: fs.maxreg.max(1) as u8,
            n_params: n_params as u8,
            n_defaults: n_defaults as u8,
            n_kwonly: n_kwonly as u8,
            first_line: fs.first_line,
            instrs: fs.code,
            consts: fs.consts,
            names: fs.names,
            lines: fs.lines,
            handlers: fs.handlers,
            varnames,
            freevars: fs.freevars,
        })
    }

    /// Reserve a code index for a nested code object (`MakeFunction`'s Bx).
    pub fn reserve_code(&mut self) -> R<u32> {
        if self.builder.n_codes() > 0xffff {
            return Err(self.err("too many functions and classes in one module (limit 65536)"));
        }
        Ok(self.builder.reserve_code())
    }

    // ---- registers ----

    pub fn alloc_reg(&mut self) -> R<u8> {
        let fs = self.fs();
        let r = fs.freereg;
        if r >= MAX_REGS {
            return Err(self.err("expression too complex: more than 255 registers needed in one function"));
        }
        let fs = self.fs();
        fs.freereg += 1;
        fs.maxreg = fs.maxreg.max(fs.freereg);
        Ok(r as u8)
    }

    /// Reserve `n` consecutive registers; returns the first.
    pub fn alloc_regs(&mut self, n: u32) -> R<u8> {
        let fs = self.fs();
        let r = fs.freereg;
        if r + n > MAX_REGS {
            return Err(self.err("expression too complex: more than 255 registers needed in one function"));
        }
        let fs = self.fs();
        fs.freereg += n;
        fs.maxreg = fs.maxreg.max(fs.freereg);
        Ok(r as u8)
    }

    /// Free a register if it is the top temporary (locals are never freed).
    pub fn free_reg(&mut self, r: u8) {
        let fs = self.fs();
        if fs.is_temp(r) {
            debug_assert_eq!(r as u32 + 1, fs.freereg, "temporaries must be freed in stack order");
            if r as u32 + 1 == fs.freereg {
                fs.freereg -= 1;
            }
        }
    }

    pub fn mark(&self) -> u32 {
        self.fsr().freereg
    }

    /// Free every temporary at or above `mark`.
    pub fn free_to(&mut self, mark: u32) {
        let fs = self.fs();
        debug_assert!(mark <= fs.freereg);
        fs.freereg = mark.max(fs.nlocals);
    }

    // ---- emission ----

    pub fn emit_abc(&mut self, op: Op, a: u8, b: u8, c: u8) -> usize {
        self.fs().emit(Instr::abc(op, a, b, c).0)
    }

    pub fn emit_abx(&mut self, op: Op, a: u8, bx: u32) -> usize {
        debug_assert!(bx <= 0xffff);
        self.fs().emit(Instr::abx(op, a, bx as u16).0)
    }

    pub fn emit_asbx(&mut self, op: Op, a: u8, sbx: i16) -> usize {
        self.fs().emit(Instr::asbx(op, a, sbx).0)
    }

    /// Emit a forward jump to be patched.
    pub fn emit_jump(&mut self) -> usize {
        self.fs().emit(Instr::jump(Op::Jump, 0).0)
    }

    /// Emit a conditional forward jump on register `r` to be patched.
    pub fn emit_cond_jump(&mut self, op: Op, r: u8) -> usize {
        self.fs().emit(Instr::asbx(op, r, 0).0)
    }

    /// Point the jump at `pc` to `target`.
    pub fn patch(&mut self, pc: usize, target: usize) -> R<()> {
        let off = target as i64 - (pc as i64 + 1);
        let word = self.fsr().code[pc];
        let instr = Instr(word);
        let op = Op::from_u8(instr.op_byte()).expect("patching a non-instruction");
        let new = match op {
            Op::Jump => {
                if off < SJ_MIN as i64 || off > SJ_MAX as i64 {
                    return Err(self.err("jump too far: function body too large (limit 8388607 instructions)"));
                }
                Instr::jump(Op::Jump, off as i32)
            }
            Op::JumpIfTrue | Op::JumpIfFalse | Op::ForIter => {
                if off < i16::MIN as i64 || off > i16::MAX as i64 {
                    return Err(self.err("conditional jump too far: block too large (limit 32767 instructions)"));
                }
                Instr::asbx(op, instr.a() as u8, off as i16)
            }
            _ => unreachable!("patching {op:?}"),
        };
        self.fs().code[pc] = new.0;
        Ok(())
    }

    pub fn patch_here(&mut self, pc: usize) -> R<()> {
        let here = self.fsr().pc();
        self.patch(pc, here)
    }

    pub fn patch_list_here(&mut self, list: Vec<usize>) -> R<()> {
        for pc in list {
            self.patch_here(pc)?;
        }
        Ok(())
    }

    /// Emit a backward jump to `target`.
    pub fn jump_to(&mut self, target: usize) -> R<()> {
        let pc = self.emit_jump();
        self.patch(pc, target)
    }

    // ---- constants and names ----

    /// Local constant index of an image constant.
    pub fn konst(&mut self, c: Const) -> u32 {
        let i = self.builder.constant(c);
        self.fs().const_index(i)
    }

    /// `R[r] = K[c]`.
    pub fn load_const(&mut self, r: u8, c: Const) -> R<()> {
        let k = self.konst(c);
        if k > 0xffff {
            return Err(self.err("too many constants in one code object (limit 65536)"));
        }
        self.emit_abx(Op::LoadK, r, k);
        Ok(())
    }

    /// A constant index for an 8-bit operand.
    pub fn konst8(&mut self, c: Const) -> R<u8> {
        let k = self.konst(c);
        if k > 255 {
            return Err(self.err("too many constants in one code object (limit 255 for keyword-argument names)"));
        }
        Ok(k as u8)
    }

    /// Name index for a 16-bit (Bx) operand.
    pub fn name16(&mut self, name: &str) -> R<u32> {
        let s = self.builder.string(name);
        let n = self.fs().name_index(s);
        if n > 0xffff {
            return Err(self.err("too many names in one code object (limit 65536)"));
        }
        Ok(n)
    }

    /// Name index for an 8-bit (ABC) operand.
    pub fn name8(&mut self, name: &str) -> R<u8> {
        let s = self.builder.string(name);
        let n = self.fs().name_index(s);
        if n > 255 {
            return Err(self.err("too many names in one code object (limit 255 for attribute and import names)"));
        }
        Ok(n as u8)
    }

    // ---- variables ----

    pub fn var(&self, name: &str) -> Var {
        let fs = self.fsr();
        if fs.is_module {
            return Var::Global;
        }
        match fs.vars.get(name) {
            Some(&v) => v,
            None if fs.is_class => Var::Name,
            None => Var::Global,
        }
    }

    /// Is local register `r` known to be bound here?
    pub fn is_assigned(&self, r: u8) -> bool {
        let fs = self.fsr();
        let r = r as usize;
        r < fs.assigned.len() && fs.assigned[r] && !fs.deleted[r]
    }

    pub fn set_assigned(&mut self, r: u8, v: bool) {
        let fs = self.fs();
        if let Some(a) = fs.assigned.get_mut(r as usize) {
            *a = v;
        }
    }

    /// Emit `CheckBound r` unless `r` is definitely assigned; afterwards it is.
    pub fn check_bound(&mut self, r: u8) {
        if !self.is_assigned(r) {
            self.emit_abc(Op::CheckBound, r, 0, 0);
            if self.fsr().cond_depth == 0 {
                self.set_assigned(r, true);
            }
        }
    }

    /// The innermost loop block's index.
    pub fn innermost_loop(&self) -> Option<usize> {
        self.fsr().blocks.iter().rposition(|b| matches!(b, Block::Loop { .. }))
    }

    /// The innermost enclosing except clause's exception register.
    pub fn innermost_handler(&self) -> Option<u8> {
        self.fsr().blocks.iter().rev().find_map(|b| match b {
            Block::Handler { exc } => Some(*exc),
            _ => None,
        })
    }

    /// A builtin for `LoadBuiltin`, falling back to a global lookup.
    pub fn load_builtin(&mut self, r: u8, name: &str) -> R<()> {
        match crate::builtins::builtin_id(name) {
            Some(id) => {
                self.emit_abx(Op::LoadBuiltin, r, id as u32);
            }
            None => {
                let n = self.name16(name)?;
                self.emit_abx(Op::GetGlobal, r, n);
            }
        }
        Ok(())
    }

    /// Scope created by a def/class statement.
    pub fn scope_of_stmt(&self, s: &ast::Stmt) -> R<usize> {
        self.module
            .scopes
            .scope_of_stmt(s)
            .ok_or_else(|| self.err_at(s.start(), "internal compiler error: no scope for this definition"))
    }

    pub fn scope_of_expr(&self, e: &ast::Expr) -> R<usize> {
        self.module
            .scopes
            .scope_of_expr(e)
            .ok_or_else(|| self.err_at(e.start(), "internal compiler error: no scope for this expression"))
    }
}
