//! Expressions: compiled into a target register (Lua's `exp2reg`), into
//! any register (a local is used in place), or into conditional jumps.

use crate::prelude::*;

use crate::compiler::{Compiler, R};
use crate::func::Var;
use fpc::opcode::Op;
use fpc::write::Const;
use frontend::ast::{self, Constant, Expr, Ranged};

/// Container displays longer than this are built in chunks (as Lua's
/// `LFIELDS_PER_FLUSH`): a Build of the first items, then appends.
pub(crate) const FLUSH: usize = 50;

pub(crate) fn binop(op: ast::Operator) -> Op {
    use ast::Operator::*;
    match op {
        Add => Op::Add,
        Sub => Op::Sub,
        Mult => Op::Mul,
        MatMult => Op::MatMul,
        Div => Op::TrueDiv,
        Mod => Op::Mod,
        Pow => Op::Pow,
        LShift => Op::LShift,
        RShift => Op::RShift,
        BitOr => Op::BitOr,
        BitXor => Op::BitXor,
        BitAnd => Op::BitAnd,
        FloorDiv => Op::FloorDiv,
    }
}

fn cmpop(op: ast::CmpOp) -> Op {
    use ast::CmpOp::*;
    match op {
        Eq => Op::Eq,
        NotEq => Op::Ne,
        Lt => Op::Lt,
        LtE => Op::Le,
        Gt => Op::Gt,
        GtE => Op::Ge,
        Is => Op::Is,
        IsNot => Op::IsNot,
        In => Op::In,
        NotIn => Op::NotIn,
    }
}

/// Truthiness of a constant, if it is one.
fn const_truth(e: &Expr) -> Option<bool> {
    let Expr::Constant(c) = e else { return None };
    Some(match &c.value {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Ellipsis => true,
    })
}

/// Does compiling `e` into a target write the target only once, as its
/// last step, after all reads? Then a local may be the target directly.
pub(crate) fn single_write(e: &Expr) -> bool {
    match e {
        Expr::Constant(_)
        | Expr::Name(_)
        | Expr::BinOp(_)
        | Expr::UnaryOp(_)
        | Expr::Attribute(_)
        | Expr::Subscript(_)
        | Expr::Slice(_)
        | Expr::JoinedStr(_) => true,
        Expr::Compare(c) => c.ops.len() == 1,
        // Starred items are added after the first build, reading the sources again.
        Expr::List(l) => l.elts.len() <= FLUSH && !l.elts.iter().any(is_starred),
        Expr::Set(s) => s.elts.len() <= FLUSH && !s.elts.iter().any(is_starred),
        Expr::Tuple(t) => t.elts.len() <= FLUSH && !t.elts.iter().any(is_starred),
        Expr::Dict(d) => d.keys.len() <= FLUSH && d.keys.iter().all(|k| k.is_some()),
        _ => false,
    }
}

fn is_starred(e: &Expr) -> bool {
    matches!(e, Expr::Starred(_))
}

impl<'a> Compiler<'a> {
    /// Is `r` the most recently allocated temporary (so a call or build can
    /// use it as its base)?
    pub fn is_top_temp(&self, r: u8) -> bool {
        let fs = self.fsr();
        fs.is_temp(r) && r as u32 + 1 == fs.freereg
    }

    /// The value of `e` in a new temporary at the top of the stack.
    pub fn expr_next(&mut self, e: &'a Expr) -> R<u8> {
        let r = self.alloc_reg()?;
        self.expr_into(e, r)?;
        Ok(r)
    }

    /// The value of `e` in some register: a local's own register when `e`
    /// is a bound local, else a new temporary. Free it with `free_reg` or
    /// `free_to`.
    /// `R[t] = await R[t]`: YieldFrom drives the awaitable's iterator, sending None first.
    pub(crate) fn emit_await(&mut self, t: u8) -> R<()> {
        let mark = self.mark();
        let it = self.alloc_reg()?;
        self.emit_abc(Op::GetIter, it, t, 1);
        self.emit_abc(Op::LoadNone, t, 0, 0);
        self.emit_abc(Op::YieldFrom, t, it, 0);
        self.free_to(mark);
        Ok(())
    }

    pub fn expr_any(&mut self, e: &'a Expr) -> R<u8> {
        match self.local_operand(e) {
            Some(r) => Ok(r),
            None => self.expr_next(e),
        }
    }

    /// If `e` is a local usable in place, its register (after CheckBound).
    pub fn local_operand(&mut self, e: &'a Expr) -> Option<u8> {
        if let Expr::Name(n) = e {
            if let Var::Reg(r) = self.var(&n.id) {
                if !self.fsr().has_walrus {
                    let saved = self.set_loc(e);
                    self.check_bound(r);
                    self.restore_loc(saved);
                    return Some(r);
                }
            }
        }
        None
    }

    /// Compile `e` so that its value ends in `target`. `target` must be a
    /// fresh temporary, or `e` must be `single_write`.
    pub fn expr_into(&mut self, e: &'a Expr, target: u8) -> R<()> {
        let saved = self.set_loc(e);
        self.expr_into_inner(e, target)?;
        self.restore_loc(saved);
        Ok(())
    }

    fn expr_into_inner(&mut self, e: &'a Expr, t: u8) -> R<()> {
        match e {
            Expr::Constant(c) => self.load_constant(t, &c.value),
            Expr::Name(n) => self.load_var(&n.id, t),
            Expr::BinOp(b) => {
                let mark = self.mark();
                let l = self.expr_any(&b.left)?;
                let r = self.expr_any(&b.right)?;
                self.emit_abc(binop(b.op), t, l, r);
                self.free_to(mark);
                Ok(())
            }
            Expr::UnaryOp(u) => {
                use ast::UnaryOp::*;
                if let (USub, Expr::Constant(c)) = (u.op, &*u.operand) {
                    match &c.value {
                        Constant::Int(i) => return self.load_int(t, &i.neg()),
                        Constant::Float(f) => return self.load_const(t, Const::Float(-f)),
                        _ => {}
                    }
                }
                let op = match u.op {
                    Not => Op::Not,
                    USub => Op::Neg,
                    UAdd => Op::Pos,
                    Invert => Op::Invert,
                };
                let mark = self.mark();
                let r = self.expr_any(&u.operand)?;
                self.emit_abc(op, t, r, 0);
                self.free_to(mark);
                Ok(())
            }
            Expr::BoolOp(b) => {
                let op = match b.op {
                    ast::BoolOp::And => Op::JumpIfFalse,
                    ast::BoolOp::Or => Op::JumpIfTrue,
                };
                let mut ends = Vec::new();
                for (i, v) in b.values.iter().enumerate() {
                    if i == 1 {
                        self.fs().cond_depth += 1;
                    }
                    self.expr_into(v, t)?;
                    if i + 1 < b.values.len() {
                        ends.push(self.emit_cond_jump(op, t));
                    }
                }
                self.fs().cond_depth -= 1;
                self.patch_list_here(ends)
            }
            Expr::Compare(c) => self.compare_into(c, t),
            Expr::IfExp(i) => {
                let f = self.jump_if(&i.test, false)?;
                self.fs().cond_depth += 1;
                self.expr_into(&i.body, t)?;
                let end = self.emit_jump();
                self.patch_list_here(f)?;
                self.expr_into(&i.orelse, t)?;
                self.fs().cond_depth -= 1;
                self.patch_here(end)
            }
            Expr::NamedExpr(n) => {
                self.expr_into(&n.value, t)?;
                match &*n.target {
                    Expr::Name(name) => self.store_var(&name.id, t, false),
                    other => Err(self.err_at(other.start(), "cannot use assignment expressions with this target")),
                }
            }
            Expr::Attribute(a) => {
                let mark = self.mark();
                let o = self.expr_any(&a.value)?;
                let n = self.name8(&a.attr)?;
                self.emit_abc(Op::GetAttr, t, o, n);
                self.free_to(mark);
                Ok(())
            }
            Expr::Subscript(s) => {
                let mark = self.mark();
                let o = self.expr_any(&s.value)?;
                let k = self.expr_any(&s.slice)?;
                self.emit_abc(Op::GetItem, t, o, k);
                self.free_to(mark);
                Ok(())
            }
            Expr::Slice(s) => {
                let mark = self.mark();
                let base = self.alloc_reg()?;
                self.opt_expr_into(s.lower.as_deref(), base)?;
                let r = self.alloc_reg()?;
                self.opt_expr_into(s.upper.as_deref(), r)?;
                let mut n = 2;
                if let Some(step) = &s.step {
                    let r = self.alloc_reg()?;
                    self.expr_into(step, r)?;
                    n = 3;
                }
                self.emit_abc(Op::BuildSlice, t, base, n);
                self.free_to(mark);
                Ok(())
            }
            Expr::Call(c) => self.call_into(c, t),
            Expr::List(l) => self.build_seq(Op::BuildList, Op::ListAppend, &l.elts, t),
            Expr::Set(s) => self.build_seq(Op::BuildSet, Op::SetAdd, &s.elts, t),
            Expr::Tuple(tu) => self.tuple_into(&tu.elts, t),
            Expr::Dict(d) => self.dict_into(d, t),
            Expr::JoinedStr(j) => self.fstring_into(&j.values, t),
            Expr::FormattedValue(f) => self.format_value_into(f, t),
            Expr::Lambda(l) => {
                let scope = self.scope_of_expr(e)?;
                let line = self.line_of(e.start());
                self.make_function(scope, &l.args, "<lambda>", crate::stmt::FnBody::Expr(&l.body), e.range(), line, t)
            }
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) => self.comprehension(e, t),
            Expr::GeneratorExp(_) => self.comprehension(e, t),
            Expr::Yield(y) => {
                let mark = self.mark();
                let v = match &y.value {
                    Some(v) => self.expr_any(v)?,
                    None => {
                        let r = self.alloc_reg()?;
                        self.emit_abc(Op::LoadNone, r, 0, 0);
                        r
                    }
                };
                self.set_loc(e);
                self.emit_abc(Op::Yield, t, v, 0);
                self.free_to(mark);
                Ok(())
            }
            Expr::YieldFrom(y) => {
                let mark = self.mark();
                let it = self.alloc_reg()?;
                let m = self.mark();
                let src = self.expr_any(&y.value)?;
                self.set_loc(e);
                self.emit_abc(Op::GetIter, it, src, 0);
                self.free_to(m);
                self.emit_abc(Op::LoadNone, t, 0, 0);
                self.emit_abc(Op::YieldFrom, t, it, 0);
                self.free_to(mark);
                Ok(())
            }
            Expr::Await(a) => {
                let mark = self.mark();
                let v = self.expr_any(&a.value)?;
                self.set_loc(e);
                self.emit_abc(Op::Move, t, v, 0);
                self.free_to(mark);
                self.emit_await(t)
            }
            Expr::Starred(_) => Err(self.err("starred expressions ('*x') are not supported yet")),
        }
    }

    fn opt_expr_into(&mut self, e: Option<&'a Expr>, t: u8) -> R<()> {
        match e {
            Some(e) => self.expr_into(e, t),
            None => {
                self.emit_abc(Op::LoadNone, t, 0, 0);
                Ok(())
            }
        }
    }

    // ---- constants ----

    pub fn load_int(&mut self, t: u8, i: &ast::Int) -> R<()> {
        match i.as_i64() {
            Some(v) if v >= i16::MIN as i64 && v <= i16::MAX as i64 => {
                self.emit_asbx(Op::LoadInt, t, v as i16);
                Ok(())
            }
            _ => self.load_const(t, int_const(i)),
        }
    }

    pub fn load_constant(&mut self, t: u8, c: &Constant) -> R<()> {
        match c {
            Constant::None => {
                self.emit_abc(Op::LoadNone, t, 0, 0);
                Ok(())
            }
            Constant::Bool(b) => {
                self.emit_abc(Op::LoadBool, t, *b as u8, 0);
                Ok(())
            }
            Constant::Int(i) => self.load_int(t, i),
            _ => {
                let k = self.const_value(c)?;
                self.load_const(t, k)
            }
        }
    }

    /// The image constant for a literal.
    pub fn const_value(&mut self, c: &Constant) -> R<Const> {
        Ok(match c {
            Constant::None => Const::None,
            Constant::Bool(true) => Const::True,
            Constant::Bool(false) => Const::False,
            Constant::Str(s) => Const::Str(s.clone()),
            Constant::Bytes(b) => Const::Bytes(b.clone()),
            Constant::Int(i) => int_const(i),
            Constant::Float(f) => Const::Float(*f),
            Constant::Ellipsis => Const::Ellipsis,
        })
    }

    /// A tuple display made only of literals, as one constant.
    fn const_tuple(&mut self, elts: &[Expr]) -> R<Option<Const>> {
        fn all_const(elts: &[Expr]) -> bool {
            elts.iter().all(|e| match e {
                Expr::Constant(_) => true,
                Expr::Tuple(t) => all_const(&t.elts),
                _ => false,
            })
        }
        if !all_const(elts) {
            return Ok(None);
        }
        let mut ks = Vec::with_capacity(elts.len());
        for e in elts {
            let c = match e {
                Expr::Constant(c) => {
                    let saved = self.set_loc(e);
                    let c = self.const_value(&c.value)?;
                    self.restore_loc(saved);
                    c
                }
                Expr::Tuple(t) => self.const_tuple(&t.elts)?.expect("checked constant"),
                _ => unreachable!(),
            };
            ks.push(self.builder.constant(c));
        }
        Ok(Some(Const::Tuple(ks)))
    }

    // ---- names ----

    pub fn load_var(&mut self, name: &str, t: u8) -> R<()> {
        match self.var(name) {
            Var::Reg(r) => {
                self.check_bound(r);
                if r != t {
                    self.emit_abc(Op::Move, t, r, 0);
                }
            }
            Var::Cell(r) => {
                self.emit_abc(Op::GetCell, t, r, 0);
            }
            Var::Global => {
                let n = self.name16(name)?;
                self.emit_abx(Op::GetGlobal, t, n);
            }
            Var::Name => {
                let n = self.name16(name)?;
                self.emit_abx(Op::GetName, t, n);
            }
        }
        Ok(())
    }

    /// Store register `src` into variable `name`. `definite`: the store is
    /// unconditional in the current straight-line code.
    pub fn store_var(&mut self, name: &str, src: u8, definite: bool) -> R<()> {
        match self.var(name) {
            Var::Reg(r) => {
                if r != src {
                    self.emit_abc(Op::Move, r, src, 0);
                }
                if definite {
                    self.set_assigned(r, true);
                }
            }
            Var::Cell(r) => {
                self.emit_abc(Op::SetCell, r, src, 0);
            }
            Var::Global => {
                let n = self.name16(name)?;
                self.emit_abx(Op::SetGlobal, src, n);
            }
            Var::Name => {
                let n = self.name16(name)?;
                self.emit_abx(Op::SetName, src, n);
            }
        }
        Ok(())
    }

    /// Store register `src` into an assignment target.
    pub fn store_target(&mut self, target: &'a Expr, src: u8) -> R<()> {
        let saved = self.set_loc(target);
        let mark = self.mark();
        match target {
            Expr::Name(n) => self.store_var(&n.id, src, true)?,
            Expr::Attribute(a) => {
                let o = self.expr_any(&a.value)?;
                let n = self.name8(&a.attr)?;
                self.emit_abc(Op::SetAttr, o, n, src);
            }
            Expr::Subscript(s) => {
                let o = self.expr_any(&s.value)?;
                let k = self.expr_any(&s.slice)?;
                self.emit_abc(Op::SetItem, o, k, src);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. })
                if elts.iter().any(is_starred) =>
            {
                let star = elts.iter().position(is_starred).expect("checked");
                let (before, after) = (star, elts.len() - star - 1);
                if before > 255 || after > 255 {
                    return Err(self.err("too many expressions in star-unpacking assignment"));
                }
                let base = self.alloc_regs(elts.len() as u32)?;
                self.emit_abc(Op::Move, base, src, 0);
                self.emit_abx(Op::UnpackEx, base, (before | after << 8) as u32);
                for (i, el) in elts.iter().enumerate() {
                    let el = match el {
                        Expr::Starred(st) => &*st.value,
                        _ => el,
                    };
                    self.store_target(el, base + i as u8)?;
                }
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                if elts.len() > 255 {
                    return Err(self.err("too many targets in unpacking assignment (limit 255)"));
                }
                let n = elts.len() as u32;
                let base = self.alloc_regs(n)?;
                self.emit_abc(Op::Unpack, base, src, n as u8);
                for (i, el) in elts.iter().enumerate() {
                    self.store_target(el, base + i as u8)?;
                }
            }
            Expr::Starred(_) => return Err(self.err("starred assignment targets ('*x') are not supported yet")),
            _ => return Err(self.err("cannot assign to expression")),
        }
        self.free_to(mark);
        self.restore_loc(saved);
        Ok(())
    }

    /// `target = value`.
    pub fn assign(&mut self, target: &'a Expr, value: &'a Expr) -> R<()> {
        let mark = self.mark();
        match target {
            Expr::Name(n) => {
                if let Var::Reg(r) = self.var(&n.id) {
                    if single_write(value) {
                        self.expr_into(value, r)?;
                    } else {
                        let t = self.expr_next(value)?;
                        self.emit_abc(Op::Move, r, t, 0);
                    }
                    self.set_assigned(r, true);
                    self.free_to(mark);
                    return Ok(());
                }
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                // `a, b = x, y`: evaluate all values, then store left to right.
                let values = match value {
                    Expr::Tuple(t) => Some(&t.elts),
                    Expr::List(l) => Some(&l.elts),
                    _ => None,
                };
                if let Some(values) = values {
                    if values.len() == elts.len()
                        && elts.len() <= FLUSH
                        && !elts.iter().any(is_starred)
                        && !values.iter().any(is_starred)
                    {
                        let base = self.mark() as u8;
                        for v in values {
                            self.expr_next(v)?;
                        }
                        for (i, el) in elts.iter().enumerate() {
                            self.store_target(el, base + i as u8)?;
                        }
                        self.free_to(mark);
                        return Ok(());
                    }
                }
            }
            _ => {}
        }
        let src = self.expr_any(value)?;
        self.store_target(target, src)?;
        self.free_to(mark);
        Ok(())
    }

    // ---- conditions ----

    /// Compile `e` as a condition: returns the jumps taken when its truth
    /// equals `sense`; falls through otherwise.
    pub fn jump_if(&mut self, e: &'a Expr, sense: bool) -> R<Vec<usize>> {
        let saved = self.set_loc(e);
        let r = self.jump_if_inner(e, sense);
        self.restore_loc(saved);
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, sense: bool) -> R<Vec<usize>> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => self.jump_if(&u.operand, !sense),
            Expr::BoolOp(b) => {
                // `and` jumps on false / `or` on true when any operand does;
                // otherwise every operand but the last skips over the rest.
                let jumps_on = b.op == ast::BoolOp::Or;
                let (last, init) = b.values.split_last().expect("empty BoolOp");
                let mut all = Vec::new();
                let mut skip = Vec::new();
                for (i, v) in init.iter().enumerate() {
                    if i == 1 {
                        self.fs().cond_depth += 1;
                    }
                    if sense == jumps_on {
                        all.extend(self.jump_if(v, sense)?);
                    } else {
                        skip.extend(self.jump_if(v, !sense)?);
                    }
                }
                if init.len() < 2 {
                    self.fs().cond_depth += 1;
                }
                all.extend(self.jump_if(last, sense)?);
                self.fs().cond_depth -= 1;
                self.patch_list_here(skip)?;
                Ok(all)
            }
            // One comparison: compare and branch, without a bool in a register.
            Expr::Compare(c) if c.ops.len() == 1 && cmpop(c.ops[0]).compare_test().is_some() => {
                let test = cmpop(c.ops[0]).compare_test().expect("checked");
                let mark = self.mark();
                let left = self.expr_any(&c.left)?;
                let right = self.expr_any(&c.comparators[0])?;
                self.emit_abc(test, left, right, sense as u8);
                let j = self.emit_jump();
                self.free_to(mark);
                Ok(vec![j])
            }
            _ => {
                if let Some(truth) = const_truth(e) {
                    return Ok(if truth == sense { vec![self.emit_jump()] } else { vec![] });
                }
                let mark = self.mark();
                let r = self.expr_any(e)?;
                let op = if sense { Op::JumpIfTrue } else { Op::JumpIfFalse };
                let j = self.emit_cond_jump(op, r);
                self.free_to(mark);
                Ok(vec![j])
            }
        }
    }

    /// Comparisons; chains evaluate each middle operand once and stop at
    /// the first false result, as CPython.
    fn compare_into(&mut self, c: &'a ast::ExprCompare, t: u8) -> R<()> {
        let mark = self.mark();
        let mut left = self.expr_any(&c.left)?;
        let mut ends = Vec::new();
        for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
            if i == 1 {
                self.fs().cond_depth += 1;
            }
            let r = self.expr_any(right)?;
            self.emit_abc(cmpop(*op), t, left, r);
            if i + 1 < c.ops.len() {
                ends.push(self.emit_cond_jump(Op::JumpIfFalse, t));
            }
            left = r;
        }
        if c.ops.len() > 1 {
            self.fs().cond_depth -= 1;
        }
        self.patch_list_here(ends)?;
        self.free_to(mark);
        Ok(())
    }

    // ---- displays ----

    fn build_seq(&mut self, build: Op, add: Op, elts: &'a [Expr], t: u8) -> R<()> {
        let mark = self.mark();
        // The items before the first starred one (at most FLUSH) go in one build.
        let first = elts.iter().position(is_starred).unwrap_or(elts.len()).min(FLUSH);
        let base = self.mark() as u8;
        for e in &elts[..first] {
            self.expr_next(e)?;
        }
        self.emit_abc(build, t, base, first as u8);
        self.free_to(mark);
        let extend = if build == Op::BuildSet { Op::SetUpdate } else { Op::ListExtend };
        for e in &elts[first..] {
            match e {
                Expr::Starred(st) => {
                    let r = self.expr_any(&st.value)?;
                    self.set_loc(e);
                    self.emit_abc(extend, t, r, 0);
                }
                _ => {
                    let r = self.expr_any(e)?;
                    self.emit_abc(add, t, r, 0);
                }
            }
            self.free_to(mark);
        }
        Ok(())
    }

    fn tuple_into(&mut self, elts: &'a [Expr], t: u8) -> R<()> {
        if let Some(k) = self.const_tuple(elts)? {
            return self.load_const(t, k);
        }
        if elts.len() <= FLUSH && !elts.iter().any(is_starred) {
            let mark = self.mark();
            let base = self.mark() as u8;
            for e in elts {
                self.expr_next(e)?;
            }
            self.emit_abc(Op::BuildTuple, t, base, elts.len() as u8);
            self.free_to(mark);
            return Ok(());
        }
        // Long tuple or one with starred items: tuple(list).
        let mark = self.mark();
        let f = self.alloc_reg()?;
        let l = self.alloc_reg()?;
        self.build_seq(Op::BuildList, Op::ListAppend, elts, l)?;
        self.load_builtin(f, "tuple")?;
        self.emit_abc(Op::Call, f, 1, 0);
        if f != t {
            self.emit_abc(Op::Move, t, f, 0);
        }
        self.free_to(mark);
        Ok(())
    }

    fn dict_into(&mut self, d: &'a ast::ExprDict, t: u8) -> R<()> {
        let mark = self.mark();
        let n = d.keys.iter().position(|k| k.is_none()).unwrap_or(d.keys.len());
        let first = n.min(FLUSH / 2);
        let base = self.mark() as u8;
        for (k, v) in d.keys[..first].iter().zip(&d.values) {
            self.expr_next(k.as_ref().expect("checked"))?;
            self.expr_next(v)?;
        }
        self.emit_abc(Op::BuildDict, t, base, first as u8);
        self.free_to(mark);
        for (k, v) in d.keys[first..].iter().zip(&d.values[first..]) {
            match k {
                Some(k) => {
                    let kr = self.expr_any(k)?;
                    let vr = self.expr_any(v)?;
                    self.emit_abc(Op::DictSet, t, kr, vr);
                }
                None => {
                    let vr = self.expr_any(v)?;
                    self.emit_abc(Op::DictUpdate, t, vr, 0);
                }
            }
            self.free_to(mark);
        }
        Ok(())
    }

    // ---- f-strings ----

    fn fstring_into(&mut self, parts: &'a [Expr], t: u8) -> R<()> {
        match parts {
            [] => self.load_const(t, Const::Str(String::new())),
            [one] => self.expr_into(one, t),
            _ => {
                if parts.len() > 255 {
                    return Err(self.err("f-string has too many parts (limit 255)"));
                }
                let mark = self.mark();
                let base = self.mark() as u8;
                for p in parts {
                    self.expr_next(p)?;
                }
                self.emit_abc(Op::BuildString, t, base, parts.len() as u8);
                self.free_to(mark);
                Ok(())
            }
        }
    }

    fn format_value_into(&mut self, f: &'a ast::ExprFormattedValue, t: u8) -> R<()> {
        let mark = self.mark();
        let b = self.expr_next(&f.value)?;
        let mut c = match f.conversion {
            ast::ConversionFlag::Repr => 1,
            ast::ConversionFlag::Ascii => 2,
            _ => 0,
        };
        if let Some(spec) = &f.format_spec {
            self.expr_next(spec)?;
            c |= 4;
        }
        self.emit_abc(Op::FormatValue, t, b, c);
        self.free_to(mark);
        Ok(())
    }

    // ---- calls ----

    /// A base register for a call-like instruction writing `R[base]` and
    /// using registers above it: `t` itself when it is the top temporary.
    pub fn call_base(&mut self, t: u8) -> R<u8> {
        if self.is_top_temp(t) {
            Ok(t)
        } else {
            self.alloc_reg()
        }
    }

    pub fn finish_base(&mut self, base: u8, t: u8) {
        if base != t {
            self.emit_abc(Op::Move, t, base, 0);
        }
    }

    /// `f(*args, **kwargs)` and other calls with starred arguments: the
    /// positional arguments are gathered in a list, the keywords in a dict.
    fn call_ex_into(&mut self, c: &'a ast::ExprCall, t: u8) -> R<()> {
        let mark = self.mark();
        let base = self.call_base(t)?;
        self.expr_into(&c.func, base)?;
        let args = self.alloc_reg()?;
        let kw = if c.keywords.is_empty() { None } else { Some(self.alloc_reg()?) };
        let m = self.mark();
        self.emit_abc(Op::BuildList, args, 0, 0);
        for a in &c.args {
            match a {
                Expr::Starred(st) => {
                    let r = self.expr_any(&st.value)?;
                    self.set_loc(a);
                    self.emit_abc(Op::ListExtend, args, r, 1);
                }
                _ => {
                    let r = self.expr_any(a)?;
                    self.emit_abc(Op::ListAppend, args, r, 0);
                }
            }
            self.free_to(m);
        }
        if let Some(kw) = kw {
            self.emit_abc(Op::BuildDict, kw, 0, 0);
            // Runs of named keywords become one dict each; every part is
            // merged with the checks of a call (string keys, no repeats).
            let mut i = 0;
            while i < c.keywords.len() {
                let k = &c.keywords[i];
                let part = match &k.arg {
                    None => {
                        i += 1;
                        self.expr_any(&k.value)?
                    }
                    Some(_) => {
                        let part = self.alloc_reg()?;
                        let first = self.mark();
                        let mut n = 0u32;
                        while let Some(Some(name)) = c.keywords.get(i).map(|k| &k.arg) {
                            if n == 100 {
                                break;
                            }
                            let kr = self.alloc_reg()?;
                            self.load_const(kr, Const::Str(name.to_string()))?;
                            self.expr_next(&c.keywords[i].value)?;
                            n += 1;
                            i += 1;
                        }
                        self.emit_abc(Op::BuildDict, part, first as u8, n as u8);
                        part
                    }
                };
                self.set_loc(c);
                self.emit_abc(Op::DictUpdate, kw, part, 1);
                self.free_to(m);
            }
        }
        self.set_loc(c);
        self.emit_abc(Op::CallEx, base, kw.is_some() as u8, 0);
        self.finish_base(base, t);
        self.free_to(mark);
        Ok(())
    }

    fn call_into(&mut self, c: &'a ast::ExprCall, t: u8) -> R<()> {
        if c.args.iter().any(is_starred) || c.keywords.iter().any(|k| k.arg.is_none()) {
            return self.call_ex_into(c, t);
        }
        let mark = self.mark();
        let base = self.call_base(t)?;
        // super() in a method: super(__class__, <first parameter>).
        if let Expr::Name(n) = &*c.func {
            if n.id.as_str() == "super"
                && c.args.is_empty()
                && c.keywords.is_empty()
                && self.var("super") == Var::Global
            {
                let cls = self.fsr().cell_regs.get("__class__").copied();
                if let (Some(cls), Some(first)) = (cls, self.first_param()) {
                    self.load_var("super", base)?;
                    let r1 = self.alloc_reg()?;
                    self.emit_abc(Op::GetCell, r1, cls, 0);
                    let r2 = self.alloc_reg()?;
                    self.load_var(&first, r2)?;
                    self.emit_abc(Op::Call, base, 2, 0);
                    self.finish_base(base, t);
                    self.free_to(mark);
                    return Ok(());
                }
            }
        }
        let method = match &*c.func {
            Expr::Attribute(a) => Some(a),
            _ => None,
        };
        if let Some(a) = method {
            // GetMethod base, obj, name: R[base] = function, R[base+1] = self.
            let selfr = self.alloc_reg()?;
            let o = match self.local_operand(&a.value) {
                Some(r) => r,
                None => {
                    self.expr_into(&a.value, selfr)?;
                    selfr
                }
            };
            let n = self.name8(&a.attr)?;
            self.free_to(selfr as u32 + 1);
            let saved = self.set_loc(c.func.as_ref());
            self.emit_abc(Op::GetMethod, base, o, n);
            self.restore_loc(saved);
        } else {
            self.expr_into(&c.func, base)?;
        }
        let nargs = c.args.len();
        if nargs + c.keywords.len() > 255 {
            return Err(self.err("too many arguments in one call (limit 255)"));
        }
        for a in &c.args {
            self.expr_next(a)?;
        }
        for k in &c.keywords {
            self.expr_next(&k.value)?;
        }
        let saved = self.set_loc(c);
        if c.keywords.is_empty() {
            let op = if method.is_some() { Op::CallMethod } else { Op::Call };
            self.emit_abc(op, base, nargs as u8, 0);
        } else {
            let mut names = Vec::with_capacity(c.keywords.len());
            for k in &c.keywords {
                let s = k.arg.as_ref().expect("checked").to_string();
                names.push(self.builder.constant(Const::Str(s)));
            }
            let kc = self.konst8(Const::Tuple(names))?;
            let op = if method.is_some() { Op::CallMethodKw } else { Op::CallKw };
            self.emit_abc(op, base, nargs as u8, kc);
        }
        self.restore_loc(saved);
        self.finish_base(base, t);
        self.free_to(mark);
        Ok(())
    }

    /// The current function's first parameter, for `super()`.
    fn first_param(&self) -> Option<String> {
        let scope = self.scope(self.fsr().scope);
        if !scope.kind.is_function_like() || scope.param_count == 0 {
            return None;
        }
        Some(scope.symbols[0].0.clone())
    }

    // ---- comprehensions ----

    fn comprehension(&mut self, e: &'a Expr, t: u8) -> R<()> {
        let (generators, name, build) = match e {
            Expr::ListComp(c) => (&c.generators, "<listcomp>", Op::BuildList),
            Expr::SetComp(c) => (&c.generators, "<setcomp>", Op::BuildSet),
            Expr::DictComp(c) => (&c.generators, "<dictcomp>", Op::BuildDict),
            Expr::GeneratorExp(c) => (&c.generators, "<genexpr>", Op::LoadNone),
            _ => unreachable!(),
        };
        let is_gen = matches!(e, Expr::GeneratorExp(_));
        if generators.iter().any(|g| g.is_async) {
            return Err(self.err("asynchronous comprehensions are not supported yet"));
        }
        let scope = self.scope_of_expr(e)?;
        let line = self.line_of(e.start());
        let mark = self.mark();
        let base = self.call_base(t)?;
        let index = self.reserve_code()?;

        // The body, as a function of one parameter (`.0`, the iterator).
        self.enter_code(scope, line, name)?;
        self.fs().has_walrus = self.source_has_walrus(e.range());
        let res = self.alloc_reg()?;
        self.emit_abc(build, res, 0, 0);
        let mut loops = Vec::new();
        for (i, g) in generators.iter().enumerate() {
            let it = self.alloc_reg()?;
            let item = self.alloc_reg()?;
            if i == 0 {
                self.emit_abc(Op::Move, it, 0, 0);
            } else {
                let m = self.mark();
                let r = self.expr_any(&g.iter)?;
                self.emit_abc(Op::GetIter, it, r, 0);
                self.free_to(m);
            }
            let top = self.fsr().pc();
            let exit = self.emit_asbx(Op::ForIter, it, 0);
            self.store_target(&g.target, item)?;
            for cond in &g.ifs {
                for j in self.jump_if(cond, false)? {
                    self.patch(j, top)?;
                }
            }
            loops.push((top, exit));
        }
        let m = self.mark();
        match e {
            Expr::ListComp(c) => {
                let r = self.expr_any(&c.elt)?;
                self.emit_abc(Op::ListAppend, res, r, 0);
            }
            Expr::SetComp(c) => {
                let r = self.expr_any(&c.elt)?;
                self.emit_abc(Op::SetAdd, res, r, 0);
            }
            Expr::DictComp(c) => {
                let k = self.expr_any(&c.key)?;
                let v = self.expr_any(&c.value)?;
                self.emit_abc(Op::DictSet, res, k, v);
            }
            Expr::GeneratorExp(c) => {
                let r = self.expr_any(&c.elt)?;
                let sent = self.alloc_reg()?;
                self.emit_abc(Op::Yield, sent, r, 0);
            }
            _ => unreachable!(),
        }
        self.free_to(m);
        for (top, exit) in loops.into_iter().rev() {
            self.jump_to(top)?;
            self.patch_here(exit)?;
        }
        if is_gen {
            self.emit_abc(Op::LoadNone, res, 0, 0);
        }
        self.emit_abc(Op::Return, res, 0, 0);
        let fl = if is_gen { fpc::image::flags::GENERATOR } else { 0 };
        let code = self.leave_code(name, fl, 1, 0, 0)?;
        self.builder.set_code(index, code);

        // The call, with the first iterator evaluated here.
        self.emit_abx(Op::MakeFunction, base, index);
        let arg = self.alloc_reg()?;
        let m = self.mark();
        let src = self.expr_any(&generators[0].iter)?;
        self.emit_abc(Op::GetIter, arg, src, 0);
        self.free_to(m);
        self.emit_abc(Op::Call, base, 1, 0);
        self.finish_base(base, t);
        self.free_to(mark);
        Ok(())
    }

    /// Conservative: does the source of this node contain `:=`?
    pub fn source_has_walrus(&self, range: frontend::TextRange) -> bool {
        let text = self.module.source.text();
        let (s, e) = (u32::from(range.start()) as usize, u32::from(range.end()) as usize);
        text.get(s..e.min(text.len())).is_none_or(|t| t.contains(":="))
    }
}

/// An int literal outside i64: sign and 32-bit limbs, least significant first.
fn int_const(i: &ast::Int) -> Const {
    match i {
        ast::Int::Small(v) => Const::Int(*v),
        ast::Int::Big { neg, limbs } => Const::BigInt { neg: *neg, limbs: limbs.clone() },
    }
}
