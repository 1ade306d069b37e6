//! Statements: assignments, control flow, exceptions, definitions, imports.

use crate::prelude::*;

use crate::compiler::{Compiler, R};
use crate::func::{Block, Region, Var};
use fpc::image::flags;
use fpc::opcode::Op;
use fpc::write::Const;
use frontend::ast::{self, Expr, Ranged, Stmt};
use frontend::ScopeKind;

/// The body of a function being defined.
#[derive(Clone, Copy)]
pub(crate) enum FnBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

impl<'a> Compiler<'a> {
    pub fn stmts(&mut self, body: &'a [Stmt]) -> R<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// Interactive mode: show the value of an expression statement as
    /// `sys.displayhook` does: `print(repr(value))` unless it is None, with
    /// the real builtins even if the program shadows their names.
    fn display_value(&mut self, value: &'a Expr) -> R<()> {
        let mark = self.mark();
        // R[c] print, R[c+1] repr, R[c+2] the value.
        let c = self.alloc_regs(3)?;
        self.expr_into(value, c + 2)?;
        self.emit_abc(Op::LoadNone, c, 0, 0);
        self.emit_abc(Op::Is, c, c + 2, c);
        let skip = self.emit_cond_jump(Op::JumpIfTrue, c);
        self.load_builtin(c, "print")?;
        self.load_builtin(c + 1, "repr")?;
        self.emit_abc(Op::Call, c + 1, 1, 0);
        self.emit_abc(Op::Call, c, 1, 0);
        self.patch_here(skip)?;
        self.free_to(mark);
        Ok(())
    }

    fn unsupported(&self, what: &str) -> R<()> {
        Err(self.err(format!("{what} is not supported yet")))
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> R<()> {
        let saved = self.set_loc(s);
        let mark = self.mark();
        match s {
            Stmt::Expr(e) if self.options.interactive && self.fsr().is_module => self.display_value(&e.value)?,
            Stmt::Expr(e) => {
                if !matches!(&*e.value, Expr::Constant(_)) {
                    self.expr_next(&e.value)?;
                }
            }
            Stmt::Assign(a) => {
                if let [t] = a.targets.as_slice() {
                    self.assign(t, &a.value)?;
                } else {
                    let src = self.expr_next(&a.value)?;
                    for t in &a.targets {
                        self.store_target(t, src)?;
                    }
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.assign(&a.target, v)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Pass(_) | Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::If(i) => {
                let before = self.fsr().assigned.clone();
                let f = self.jump_if(&i.test, false)?;
                self.stmts(&i.body)?;
                if i.orelse.is_empty() {
                    self.patch_list_here(f)?;
                } else {
                    let end = self.emit_jump();
                    self.patch_list_here(f)?;
                    self.fs().assigned = before.clone();
                    self.stmts(&i.orelse)?;
                    self.patch_here(end)?;
                }
                self.fs().assigned = before;
            }
            Stmt::While(w) => {
                let before = self.fsr().assigned.clone();
                let top = self.fsr().pc();
                let exit = self.jump_if(&w.test, false)?;
                self.fs().blocks.push(Block::Loop { continue_pc: top, breaks: Vec::new() });
                self.stmts(&w.body)?;
                self.jump_to(top)?;
                let breaks = self.pop_loop();
                self.patch_list_here(exit)?;
                self.fs().assigned = before.clone();
                self.stmts(&w.orelse)?;
                self.patch_list_here(breaks)?;
                self.fs().assigned = before;
            }
            Stmt::For(f) => {
                let before = self.fsr().assigned.clone();
                let it = self.alloc_reg()?;
                let item = self.alloc_reg()?;
                let m = self.mark();
                let src = self.expr_any(&f.iter)?;
                self.emit_abc(Op::GetIter, it, src, 0);
                self.free_to(m);
                let top = self.fsr().pc();
                let exit = self.emit_asbx(Op::ForIter, it, 0);
                self.fs().blocks.push(Block::Loop { continue_pc: top, breaks: Vec::new() });
                self.store_target(&f.target, item)?;
                self.stmts(&f.body)?;
                self.jump_to(top)?;
                let breaks = self.pop_loop();
                self.patch_here(exit)?;
                self.free_to(mark);
                self.fs().assigned = before.clone();
                self.stmts(&f.orelse)?;
                self.patch_list_here(breaks)?;
                self.fs().assigned = before;
            }
            Stmt::Break(_) => {
                let Some(l) = self.innermost_loop() else {
                    return Err(self.err("'break' outside loop"));
                };
                let lowest = self.unwind(l + 1)?;
                let j = self.emit_jump();
                if let Block::Loop { breaks, .. } = &mut self.fs().blocks[l] {
                    breaks.push(j);
                }
                self.fs().reopen_regions_from(lowest);
            }
            Stmt::Continue(_) => {
                let Some(l) = self.innermost_loop() else {
                    return Err(self.err("'continue' not properly in loop"));
                };
                let lowest = self.unwind(l + 1)?;
                let Block::Loop { continue_pc, .. } = self.fsr().blocks[l] else { unreachable!() };
                self.jump_to(continue_pc)?;
                self.fs().reopen_regions_from(lowest);
            }
            Stmt::Return(r) => {
                let fs = self.fsr();
                if fs.is_module || fs.is_class {
                    return Err(self.err("'return' outside function"));
                }
                let through_finally = fs.blocks.iter().any(|b| matches!(b, Block::TryFinally { .. }));
                let v = match &r.value {
                    None => {
                        let t = self.alloc_reg()?;
                        self.emit_abc(Op::LoadNone, t, 0, 0);
                        t
                    }
                    Some(v) if through_finally => self.expr_next(v)?,
                    Some(v) => self.expr_any(v)?,
                };
                let lowest = self.unwind(0)?;
                self.set_loc(s);
                self.emit_abc(Op::Return, v, 0, 0);
                self.fs().reopen_regions_from(lowest);
            }
            Stmt::Raise(r) => self.raise(r)?,
            // `-O` drops assertions, as CPython's does.
            Stmt::Assert(_) if self.options.optimize >= 1 => {}
            Stmt::Assert(a) => {
                let ok = self.jump_if(&a.test, true)?;
                let f = self.alloc_reg()?;
                self.load_builtin(f, "AssertionError")?;
                if let Some(msg) = &a.msg {
                    self.expr_next(msg)?;
                    self.set_loc(s);
                    self.emit_abc(Op::Call, f, 1, 0);
                }
                self.emit_abc(Op::Raise, f, 0, 0);
                self.patch_list_here(ok)?;
            }
            Stmt::Try(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody)?,
            Stmt::AsyncFunctionDef(f) => {
                // A coroutine is a generator function (as in MicroPython), flagged by its scope.
                if self.scope(self.scope_of_stmt(s)?).is_generator {
                    return Err(self.err_at(s.start(), "asynchronous generators are not supported"));
                }
                self.function_def(s, &f.decorator_list, &f.args, &f.name, &f.body)?;
            }
            Stmt::FunctionDef(f) => self.function_def(s, &f.decorator_list, &f.args, &f.name, &f.body)?,
            Stmt::ClassDef(c) => self.class_def(s, c)?,
            Stmt::Import(i) => {
                for alias in &i.names {
                    let r = self.alloc_reg()?;
                    let n = self.name16(&alias.name)?;
                    self.emit_abx(Op::Import, r, n);
                    match &alias.asname {
                        Some(asname) => self.store_var(asname, r, true)?,
                        None => {
                            let top = alias.name.split('.').next().unwrap_or("");
                            if top.len() != alias.name.len() {
                                let n = self.name16(top)?;
                                self.emit_abx(Op::Import, r, n);
                            }
                            self.store_var(top, r, true)?;
                        }
                    }
                    self.free_to(mark);
                }
            }
            Stmt::ImportFrom(i) => {
                // A relative module name keeps its leading dots: the runtime resolves them.
                let level = i.level as usize;
                let mut module = ".".repeat(level);
                if let Some(m) = &i.module {
                    module.push_str(m);
                }
                let m = self.alloc_reg()?;
                let n = self.name16(&module)?;
                self.emit_abx(Op::Import, m, n);
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        let n = self.name8("*")?;
                        self.emit_abc(Op::ImportFrom, m, m, n);
                        continue;
                    }
                    let r = self.alloc_reg()?;
                    let n = self.name8(&alias.name)?;
                    self.emit_abc(Op::ImportFrom, r, m, n);
                    let name = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.store_var(name, r, true)?;
                    self.free_reg(r);
                }
            }
            Stmt::With(w) => self.with_items(&w.items, &w.body, false)?,
            Stmt::AsyncWith(w) => self.with_items(&w.items, &w.body, true)?,
            Stmt::AsyncFor(f) => self.async_for(f)?,
        }
        self.free_to(mark);
        self.restore_loc(saved);
        Ok(())
    }

    /// `def` and `async def`: make the function, apply the decorators, bind the name.
    fn function_def(
        &mut self,
        s: &'a Stmt,
        decorator_list: &'a [ast::Expr],
        args: &'a ast::Arguments,
        name: &'a str,
        body: &'a [Stmt],
    ) -> R<()> {
        let scope = self.scope_of_stmt(s)?;
        let decos = self.decorators(decorator_list)?;
        let t = self.alloc_reg()?;
        let line = self.line_of(s.start());
        self.make_function(scope, args, name, FnBody::Stmts(body), s.range(), line, t)?;
        let r = self.apply_decorators(decos, t);
        self.set_loc(s);
        self.store_var(name, r, true)
    }

    /// `async for x in src: body else: orelse`: `it = src.__aiter__()`, then
    /// `x = await it.__anext__()` until it raises StopAsyncIteration.
    fn async_for(&mut self, f: &'a ast::StmtAsyncFor) -> R<()> {
        let mark = self.mark();
        let before = self.fsr().assigned.clone();
        let it = self.alloc_reg()?;
        let item = self.alloc_reg()?;
        let exc = self.alloc_reg()?;
        let m = self.mark();
        let src = self.expr_any(&f.iter)?;
        let n = self.name8("__aiter__")?;
        self.emit_abc(Op::GetMethod, it, src, n);
        self.free_to(m);
        self.emit_abc(Op::CallMethod, it, 0, 0);
        let top = self.fsr().pc();
        // Only the `await it.__anext__()` is covered by the StopAsyncIteration handler.
        let c = self.alloc_regs(2)?;
        let n = self.name8("__anext__")?;
        self.emit_abc(Op::GetMethod, c, it, n);
        self.emit_abc(Op::CallMethod, c, 0, 0);
        self.emit_await(c)?;
        self.emit_abc(Op::Move, item, c, 0);
        let covered_end = self.fsr().pc() as u32;
        self.free_to(m);
        self.fs().blocks.push(Block::Loop { continue_pc: top, breaks: Vec::new() });
        self.store_target(&f.target, item)?;
        self.stmts(&f.body)?;
        self.jump_to(top)?;
        let breaks = self.pop_loop();
        let handler = self.fsr().pc() as u32;
        self.fs().handlers.push((top as u32, covered_end, handler, exc as u32));
        let t = self.alloc_reg()?;
        self.load_builtin(t, "StopAsyncIteration")?;
        self.emit_abc(Op::ExcMatch, t, exc, t);
        let done = self.emit_cond_jump(Op::JumpIfTrue, t);
        self.emit_abc(Op::Reraise, exc, 0, 0);
        self.patch_here(done)?;
        self.emit_abc(Op::ClearReg, exc, 0, 0);
        self.free_to(mark);
        self.fs().assigned = before.clone();
        self.stmts(&f.orelse)?;
        self.patch_list_here(breaks)?;
        self.fs().assigned = before;
        Ok(())
    }

    fn pop_loop(&mut self) -> Vec<usize> {
        match self.fs().blocks.pop() {
            Some(Block::Loop { breaks, .. }) => breaks,
            _ => unreachable!("loop block expected"),
        }
    }

    /// Leave the blocks at depth `depth` and above for a jump or return:
    /// inline their `finally` bodies, innermost first, each outside the
    /// exception regions it leaves. Returns the lowest depth whose regions
    /// were closed, to reopen after the jump.
    fn unwind(&mut self, depth: usize) -> R<usize> {
        let n = self.fsr().blocks.len();
        let mut lowest = n;
        for i in (depth..n).rev() {
            if let Block::Handler { exc } = self.fsr().blocks[i] {
                // Leaving an except body by a jump: its exception is handled no more.
                self.emit_abc(Op::ClearReg, exc, 0, 0);
                continue;
            }
            if let Block::With { exit, is_async, .. } = self.fsr().blocks[i] {
                self.fs().close_regions_from(i);
                lowest = i;
                self.call_exit_none(exit, is_async)?;
                continue;
            }
            let Block::TryFinally { finalbody, .. } = &self.fsr().blocks[i] else { continue };
            let finalbody: &'a [Stmt] = finalbody;
            self.fs().close_regions_from(i);
            lowest = i;
            let tail = self.fs().blocks.split_off(i);
            let before = self.fsr().assigned.clone();
            let r = self.stmts(finalbody);
            self.fs().assigned = before;
            self.fs().blocks.extend(tail);
            r?;
        }
        Ok(lowest)
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> R<()> {
        let op = crate::expr::binop(a.op) as u8 - Op::Add as u8;
        match &*a.target {
            Expr::Name(n) => match self.var(&n.id) {
                Var::Reg(r) => {
                    self.check_bound(r);
                    let v = self.expr_any(&a.value)?;
                    self.set_loc(a.target.as_ref());
                    self.emit_abc(Op::InplaceOp, r, v, op);
                }
                _ => {
                    let t = self.alloc_reg()?;
                    self.load_var(&n.id, t)?;
                    let v = self.expr_any(&a.value)?;
                    self.emit_abc(Op::InplaceOp, t, v, op);
                    self.store_var(&n.id, t, true)?;
                }
            },
            Expr::Attribute(at) => {
                let o = self.expr_any(&at.value)?;
                let n = self.name8(&at.attr)?;
                let t = self.alloc_reg()?;
                self.emit_abc(Op::GetAttr, t, o, n);
                let v = self.expr_any(&a.value)?;
                self.emit_abc(Op::InplaceOp, t, v, op);
                self.emit_abc(Op::SetAttr, o, n, t);
            }
            Expr::Subscript(sub) => {
                let o = self.expr_any(&sub.value)?;
                let k = self.expr_any(&sub.slice)?;
                let t = self.alloc_reg()?;
                self.emit_abc(Op::GetItem, t, o, k);
                let v = self.expr_any(&a.value)?;
                self.emit_abc(Op::InplaceOp, t, v, op);
                self.emit_abc(Op::SetItem, o, k, t);
            }
            _ => return Err(self.err("illegal expression for augmented assignment")),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> R<()> {
        let saved = self.set_loc(t);
        let mark = self.mark();
        match t {
            Expr::Name(n) => self.delete_var(&n.id, true)?,
            Expr::Attribute(a) => {
                let o = self.expr_any(&a.value)?;
                let n = self.name8(&a.attr)?;
                self.emit_abc(Op::DelAttr, o, n, 0);
            }
            Expr::Subscript(s) => {
                let o = self.expr_any(&s.value)?;
                let k = self.expr_any(&s.slice)?;
                self.emit_abc(Op::DelItem, o, k, 0);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            _ => return Err(self.err("cannot delete expression")),
        }
        self.free_to(mark);
        self.restore_loc(saved);
        Ok(())
    }

    /// `del name`; `check`: raise if a local is unbound (false for the
    /// implicit deletion of an `except ... as name` variable).
    fn delete_var(&mut self, name: &str, check: bool) -> R<()> {
        let var = self.var(name);
        if !check && !matches!(var, Var::Reg(_)) {
            // As CPython: `name = None; del name`, so that a handler that
            // deleted the name itself does not fail here.
            let t = self.alloc_reg()?;
            self.emit_abc(Op::LoadNone, t, 0, 0);
            self.store_var(name, t, true)?;
            self.free_reg(t);
        }
        match var {
            Var::Reg(r) => {
                if check {
                    self.check_bound(r);
                }
                self.emit_abc(Op::ClearReg, r, 0, 0);
                self.set_assigned(r, false);
            }
            Var::Cell(r) => {
                self.emit_abc(Op::DelCell, r, 0, 0);
            }
            Var::Global => {
                let n = self.name16(name)?;
                self.emit_abx(Op::DelGlobal, 0, n);
            }
            Var::Name => {
                let n = self.name16(name)?;
                self.emit_abx(Op::DelName, 0, n);
            }
        }
        Ok(())
    }

    fn raise(&mut self, r: &'a ast::StmtRaise) -> R<()> {
        match (&r.exc, &r.cause) {
            (None, _) => match self.innermost_handler() {
                Some(exc) => {
                    self.emit_abc(Op::Reraise, exc, 0, 0);
                }
                None => {
                    let f = self.alloc_reg()?;
                    self.load_builtin(f, "RuntimeError")?;
                    let m = self.alloc_reg()?;
                    self.load_const(m, Const::Str("No active exception to reraise".into()))?;
                    self.emit_abc(Op::Call, f, 1, 0);
                    self.emit_abc(Op::Raise, f, 0, 0);
                }
            },
            (Some(exc), None) => {
                let e = self.expr_any(exc)?;
                self.emit_abc(Op::Raise, e, 0, 0);
            }
            (Some(exc), Some(cause)) => {
                let e = self.expr_next(exc)?;
                self.expr_next(cause)?;
                self.emit_abc(Op::Raise, e, 1, 0);
            }
        }
        Ok(())
    }

    // ---- with ----

    /// `exit(None, None, None)`, awaited in an `async with`.
    fn call_exit_none(&mut self, exit: u8, is_async: bool) -> R<()> {
        let c = self.alloc_regs(4)?;
        self.emit_abc(Op::Move, c, exit, 0);
        for k in 1..4 {
            self.emit_abc(Op::LoadNone, c + k, 0, 0);
        }
        self.emit_abc(Op::Call, c, 3, 0);
        if is_async {
            self.emit_await(c)?;
        }
        self.free_to(c as u32);
        Ok(())
    }

    /// `with a as x, b as y: body` is `with a as x: with b as y: body`.
    /// `async with` calls `__aenter__`/`__aexit__` and awaits what they return.
    fn with_items(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt], is_async: bool) -> R<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let (enter, exit_name) = if is_async { ("__aenter__", "__aexit__") } else { ("__enter__", "__exit__") };
        let mark = self.mark();
        let exit = self.alloc_reg()?;
        let wexc = self.alloc_reg()?;
        let mgr = self.expr_next(&item.context_expr)?;
        let n = self.name8(exit_name)?;
        self.emit_abc(Op::GetAttr, exit, mgr, n);
        let n = self.name8(enter)?;
        self.emit_abc(Op::GetMethod, mgr, mgr, n);
        self.emit_abc(Op::CallMethod, mgr, 0, 0);
        if is_async {
            self.emit_await(mgr)?;
        }
        if let Some(target) = &item.optional_vars {
            self.store_target(target, mgr)?;
        }
        self.free_to(mgr as u32);
        let before = self.fsr().assigned.clone();
        let start = self.fsr().pc() as u32;
        self.fs().blocks.push(Block::With { region: Region::opened(start), exit, is_async });
        let r = self.with_items(rest, body, is_async);
        let Some(Block::With { mut region, .. }) = self.fs().blocks.pop() else { unreachable!() };
        r?;
        region.close(self.fsr().pc() as u32);
        self.fs().assigned = before.clone();
        // Normal exit.
        self.call_exit_none(exit, is_async)?;
        let end = self.emit_jump();
        // Exceptional exit: exit(type(e), e, None); a true result swallows it.
        let handler = self.fsr().pc() as u32;
        for &(s, e) in &region.segments {
            self.fs().handlers.push((s, e, handler, wexc as u32));
        }
        let c = self.alloc_regs(4)?;
        self.emit_abc(Op::Move, c, exit, 0);
        self.load_builtin(c + 1, "type")?;
        self.emit_abc(Op::Move, c + 2, wexc, 0);
        self.emit_abc(Op::Call, c + 1, 1, 0);
        self.emit_abc(Op::Move, c + 2, wexc, 0);
        self.emit_abc(Op::LoadNone, c + 3, 0, 0);
        self.emit_abc(Op::Call, c, 3, 0);
        if is_async {
            self.emit_await(c)?;
        }
        let swallow = self.emit_cond_jump(Op::JumpIfTrue, c);
        self.emit_abc(Op::Reraise, wexc, 0, 0);
        self.patch_here(end)?;
        self.patch_here(swallow)?;
        self.emit_abc(Op::ClearReg, wexc, 0, 0);
        self.fs().assigned = before;
        self.free_to(mark);
        Ok(())
    }

    // ---- try ----

    fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> R<()> {
        if finalbody.is_empty() {
            return self.try_except(body, handlers, orelse);
        }
        let fexc = self.alloc_reg()?;
        let start = self.fsr().pc() as u32;
        self.fs().blocks.push(Block::TryFinally { region: Region::opened(start), finalbody });
        let before = self.fsr().assigned.clone();
        let r = if handlers.is_empty() {
            self.stmts(body).and_then(|_| self.stmts(orelse))
        } else {
            self.try_except(body, handlers, orelse)
        };
        let Some(Block::TryFinally { mut region, .. }) = self.fs().blocks.pop() else { unreachable!() };
        r?;
        self.fs().assigned = before.clone();
        region.close(self.fsr().pc() as u32);
        // Normal exit: the finally body, then past the handler.
        self.stmts(finalbody)?;
        let end = self.emit_jump();
        // Exceptional exit: the finally body, then re-raise.
        let handler = self.fsr().pc() as u32;
        for &(s, e) in &region.segments {
            self.fs().handlers.push((s, e, handler, fexc as u32));
        }
        self.fs().assigned = before.clone();
        self.stmts(finalbody)?;
        self.emit_abc(Op::Reraise, fexc, 0, 0);
        self.patch_here(end)?;
        self.fs().assigned = before;
        self.free_reg(fexc);
        Ok(())
    }

    fn try_except(&mut self, body: &'a [Stmt], handlers: &'a [ast::ExceptHandler], orelse: &'a [Stmt]) -> R<()> {
        let exc = self.alloc_reg()?;
        let before = self.fsr().assigned.clone();
        let start = self.fsr().pc() as u32;
        self.fs().blocks.push(Block::TryExcept { region: Region::opened(start) });
        let r = self.stmts(body);
        let Some(Block::TryExcept { mut region }) = self.fs().blocks.pop() else { unreachable!() };
        r?;
        region.close(self.fsr().pc() as u32);
        self.fs().assigned = before.clone();
        self.stmts(orelse)?;
        let mut ends = vec![self.emit_jump()];

        let handler = self.fsr().pc() as u32;
        for &(s, e) in &region.segments {
            self.fs().handlers.push((s, e, handler, exc as u32));
        }
        self.fs().blocks.push(Block::Handler { exc });
        let mut caught_all = false;
        for (i, h) in handlers.iter().enumerate() {
            self.fs().assigned = before.clone();
            let saved = self.set_loc(h);
            let mut next = None;
            match &h.type_ {
                Some(ty) => {
                    let mark = self.mark();
                    let t = self.expr_any(ty)?;
                    let m = self.alloc_reg()?;
                    self.emit_abc(Op::ExcMatch, m, exc, t);
                    next = Some(self.emit_cond_jump(Op::JumpIfFalse, m));
                    self.free_to(mark);
                }
                None => {
                    if i + 1 != handlers.len() {
                        return Err(self.err("default 'except:' must be last"));
                    }
                    caught_all = true;
                }
            }
            if let Some(name) = &h.name {
                self.store_var(name, exc, true)?;
            }
            self.stmts(&h.body)?;
            if let Some(name) = &h.name {
                self.set_loc(h);
                self.delete_var(name, false)?;
            }
            ends.push(self.emit_jump());
            if let Some(j) = next {
                self.patch_here(j)?;
            }
            self.restore_loc(saved);
        }
        if !caught_all {
            self.emit_abc(Op::Reraise, exc, 0, 0);
        }
        self.fs().blocks.pop();
        self.patch_list_here(ends)?;
        // The exception is no longer being handled (the runtime chains `__context__` by it).
        self.emit_abc(Op::ClearReg, exc, 0, 0);
        self.fs().assigned = before;
        self.free_reg(exc);
        Ok(())
    }

    // ---- definitions ----

    /// Evaluate decorators into consecutive temporaries; returns the first.
    fn decorators(&mut self, list: &'a [Expr]) -> R<Option<(u8, usize)>> {
        if list.is_empty() {
            return Ok(None);
        }
        let first = self.mark() as u8;
        for d in list {
            self.expr_next(d)?;
        }
        Ok(Some((first, list.len())))
    }

    /// Apply decorators at `first..first+n` to the value in the register
    /// just above them, innermost first; returns the result's register.
    fn apply_decorators(&mut self, decos: Option<(u8, usize)>, value: u8) -> u8 {
        match decos {
            None => value,
            Some((first, n)) => {
                debug_assert_eq!(first as usize + n, value as usize);
                for d in (first..first + n as u8).rev() {
                    self.emit_abc(Op::Call, d, 1, 0);
                }
                first
            }
        }
    }

    /// Build a function object for scope `scope` into `t`: defaults in the
    /// registers above the `MakeFunction` base, then the nested code.
    #[allow(clippy::too_many_arguments)]
    pub fn make_function(
        &mut self,
        scope: usize,
        args: &'a ast::Arguments,
        name: &str,
        body: FnBody<'a>,
        range: frontend::TextRange,
        line: u32,
        t: u8,
    ) -> R<()> {
        let mark = self.mark();
        let base = self.call_base(t)?;
        let positional: Vec<&ast::ArgWithDefault> = args.posonlyargs.iter().chain(&args.args).collect();
        let mut n_defaults = 0u32;
        for a in &positional {
            if let Some(d) = &a.default {
                self.expr_next(d)?;
                n_defaults += 1;
            }
        }
        if !args.kwonlyargs.is_empty() {
            let d = self.alloc_reg()?;
            let m = self.mark();
            let mut pairs = 0u32;
            for a in &args.kwonlyargs {
                if let Some(v) = &a.default {
                    let k = self.alloc_reg()?;
                    self.load_const(k, Const::Str(a.def.arg.to_string()))?;
                    self.expr_next(v)?;
                    pairs += 1;
                }
            }
            if pairs > 255 {
                return Err(self.err("too many keyword-only defaults (limit 255)"));
            }
            self.emit_abc(Op::BuildDict, d, (m) as u8, pairs as u8);
            self.free_to(m);
        }
        let sc = self.scope(scope);
        let index = self.reserve_code()?;
        self.enter_code(scope, line, name)?;
        self.fs().has_walrus = self.source_has_walrus(range);
        let body_stmts = match body {
            FnBody::Stmts(b) => b,
            FnBody::Expr(_) => &[][..],
        };
        self.mark_deleted(body_stmts);
        match body {
            FnBody::Stmts(b) => {
                self.stmts(b)?;
                let r = self.alloc_reg()?;
                self.emit_abc(Op::LoadNone, r, 0, 0);
                self.emit_abc(Op::Return, r, 0, 0);
            }
            FnBody::Expr(e) => {
                let r = self.expr_any(e)?;
                self.emit_abc(Op::Return, r, 0, 0);
            }
        }
        let mut fl = 0;
        if sc.has_varargs {
            fl |= flags::VARARGS;
        }
        if sc.has_kwargs {
            fl |= flags::VARKW;
        }
        // A coroutine (`async def`) runs as a generator, as in MicroPython.
        if sc.is_generator || sc.is_async {
            fl |= flags::GENERATOR;
        }
        if positional.len() > 255 {
            return Err(self.err("too many parameters (limit 255)"));
        }
        let code = self.leave_code(name, fl, positional.len() as u32, n_defaults, args.kwonlyargs.len() as u32)?;
        self.builder.set_code(index, code);
        self.emit_abx(Op::MakeFunction, base, index);
        self.finish_base(base, t);
        self.free_to(mark);
        Ok(())
    }

    /// Locals deleted anywhere in a function body (`del x`, `except E as
    /// x`) are never assumed bound.
    fn mark_deleted(&mut self, body: &'a [Stmt]) {
        fn names<'b>(e: &'b Expr, out: &mut Vec<&'b str>) {
            match e {
                Expr::Name(n) => out.push(&n.id),
                Expr::Tuple(t) => t.elts.iter().for_each(|e| names(e, out)),
                Expr::List(l) => l.elts.iter().for_each(|e| names(e, out)),
                _ => {}
            }
        }
        fn walk<'b>(body: &'b [Stmt], out: &mut Vec<&'b str>) {
            for s in body {
                match s {
                    Stmt::Delete(d) => d.targets.iter().for_each(|t| names(t, out)),
                    Stmt::If(i) => {
                        walk(&i.body, out);
                        walk(&i.orelse, out);
                    }
                    Stmt::While(w) => {
                        walk(&w.body, out);
                        walk(&w.orelse, out);
                    }
                    Stmt::For(f) => {
                        walk(&f.body, out);
                        walk(&f.orelse, out);
                    }
                    Stmt::With(w) => walk(&w.body, out),
                    Stmt::Try(t) => {
                        walk(&t.body, out);
                        for h in &t.handlers {
                            if let Some(n) = &h.name {
                                out.push(n);
                            }
                            walk(&h.body, out);
                        }
                        walk(&t.orelse, out);
                        walk(&t.finalbody, out);
                    }
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(body, &mut out);
        for n in out {
            if let Var::Reg(r) = self.var(n) {
                let fs = self.fs();
                fs.deleted[r as usize] = true;
            }
        }
    }

    fn class_def(&mut self, s: &'a Stmt, c: &'a ast::StmtClassDef) -> R<()> {
        if !c.keywords.is_empty() {
            return Err(self.err("class keyword arguments (such as 'metaclass=') are not supported"));
        }
        if c.bases.iter().any(|b| matches!(b, Expr::Starred(_))) {
            return self.unsupported("'*' in class bases");
        }
        if c.bases.len() > 250 {
            return Err(self.err("too many base classes (limit 250)"));
        }
        let scope = self.scope_of_stmt(s)?;
        let sc = self.scope(scope);
        debug_assert_eq!(sc.kind, ScopeKind::Class);
        let decos = self.decorators(&c.decorator_list)?;
        let a = self.alloc_reg()?;
        let body = self.alloc_reg()?;
        let line = self.line_of(s.start());

        let index = self.reserve_code()?;
        self.enter_code(scope, line, &c.name)?;
        self.stmts(&c.body)?;
        match self.fsr().cell_regs.get("__class__").copied() {
            Some(r) if sc.needs_class_cell => {
                self.emit_abc(Op::Return, r, 0, 0);
            }
            _ => {
                let r = self.alloc_reg()?;
                self.emit_abc(Op::LoadNone, r, 0, 0);
                self.emit_abc(Op::Return, r, 0, 0);
            }
        }
        let code = self.leave_code(&c.name, flags::CLASS_BODY, 0, 0, 0)?;
        self.builder.set_code(index, code);

        self.set_loc(s);
        self.emit_abx(Op::MakeFunction, body, index);
        let name = self.alloc_reg()?;
        self.load_const(name, Const::Str(c.name.to_string()))?;
        for b in &c.bases {
            self.expr_next(b)?;
        }
        self.set_loc(s);
        self.emit_abc(Op::BuildClass, a, c.bases.len() as u8, 0);
        self.free_to(a as u32 + 1);
        let r = self.apply_decorators(decos, a);
        self.store_var(&c.name, r, true)?;
        Ok(())
    }
}
