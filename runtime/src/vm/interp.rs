//! The dispatch loop (after Lua's `luaV_execute`): fetch an instruction from
//! the code image in place, decode its operands, act on the frame's registers.

use super::call::Called;
use super::{Frame, GenOutcome, PyResult, Raised, Ret, Vm};
use crate::builtins::B;
use crate::image::kind;
use crate::layout::{cell, dict, exception, range_iter, tuple};
use crate::obj::Kind;
use crate::opcode::{Instr, Op};
use crate::value::Value;

impl Vm {
    /// Run frames until the frame at depth `stop` (pushed by a Rust caller) returns.
    pub(crate) fn run(&mut self, stop: usize) -> PyResult<Value> {
        // Too little native stack left to nest: the pushed frame gets RecursionError at once.
        let mut low = self.check_stack().is_err();
        loop {
            let r = if core::mem::take(&mut low) { Err(Raised) } else { self.execute(stop) };
            match r {
                Ok(v) => return Ok(v),
                Err(Raised) => {
                    if !self.unwind(stop) {
                        return Err(Raised);
                    }
                }
            }
        }
    }

    /// Find a handler for the pending exception, leaving frames that have none.
    /// `false` when it leaves the frame the Rust caller pushed.
    pub(super) fn unwind(&mut self, stop: usize) -> bool {
        loop {
            let f = *self.frames.last().expect("unwinding with no frame");
            let at = f.pc.saturating_sub(1);
            // A re-raised exception already has this frame on its traceback.
            if !core::mem::take(&mut self.reraising) {
                self.chain_context();
                self.add_traceback(f.image, f.code_idx as usize, f.code.line_of(at));
            }
            if let Some((handler, reg)) = f.code.find_handler(at) {
                self.materialize_exception();
                self.stack[f.base + reg] = self.exc;
                self.frames.last_mut().unwrap().pc = handler;
                let depth = self.frames.len() - 1;
                self.handling.push((depth, f.base + reg, self.exc));
                return true;
            }
            self.frames.pop();
            if let Ret::GenNative | Ret::GenFor { .. } = f.ret {
                self.stack.truncate(f.base);
                self.gen_unwound(&f);
            } else {
                self.restore_caller_stack();
            }
            if self.frames.len() < stop {
                return false;
            }
        }
    }

    /// After a frame is gone, the stack top is the caller's register window again.
    fn restore_caller_stack(&mut self) {
        if let Some(c) = self.frames.last() {
            let top = c.base + c.code.n_regs();
            self.stack.truncate(top);
            self.stack.resize(top, Value::NULL);
        }
    }

    /// Execute until the stop frame returns (`Ok`) or an exception is raised (`Err`).
    fn execute(&mut self, stop: usize) -> PyResult<Value> {
        'frame: loop {
            let fi = self.frames.len() - 1;
            let Frame { code, image, base, globals, locals, .. } = self.frames[fi];
            let (instrs, _) = code.instr_bytes().as_chunks::<4>();
            let mut pc = self.frames[fi].pc;

            // Leave the loop with an exception, saving where it happened.
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => {
                            self.frames[fi].pc = pc;
                            return Err(e);
                        }
                    }
                };
            }
            macro_rules! throw {
                ($e:expr) => {{
                    let e = $e;
                    self.frames[fi].pc = pc;
                    return Err(e);
                }};
            }
            macro_rules! r {
                ($i:expr) => {
                    self.stack[base + $i]
                };
            }
            macro_rules! name {
                ($i:expr) => {
                    Value::qstr(image as usize, code.name_at($i))
                };
            }

            loop {
                let Some(&w) = instrs.get(pc) else {
                    self.frames[fi].pc = pc;
                    return Err(self.raise_msg(B::SystemError, "corrupt code: code ran past its end"));
                };
                let ins = Instr(u32::from_le_bytes(w));
                pc += 1;
                let a = ins.a();
                let Some(op) = Op::from_u8(ins.op_byte()) else {
                    self.frames[fi].pc = pc;
                    return Err(self.raise_msg(B::SystemError, "corrupt code: invalid opcode"));
                };
                match op {
                    Op::Move => r!(a) = r!(ins.b()),
                    Op::LoadK => {
                        let k = code.const_index(ins.bx());
                        let key = (image as u32) << 24 | (k as u32 & 0xff_ffff);
                        let slot = (k ^ (image as usize) << 3) & (self.kcache.len() - 1);
                        let (ck, cv) = self.kcache[slot];
                        r!(a) = if ck == key && !cv.is_null() {
                            cv
                        } else {
                            let v = tri!(self.load_const(image, k));
                            if k < 1 << 24 {
                                self.kcache[slot] = (key, v);
                            }
                            v
                        };
                    }
                    Op::LoadInt => r!(a) = Value::small(ins.sbx() as i32),
                    Op::LoadNone => r!(a) = Value::NONE,
                    Op::LoadBool => r!(a) = Value::bool(ins.b() != 0),
                    Op::LoadBuiltin => r!(a) = crate::builtins::load(ins.bx() as u16),
                    Op::ClearReg => r!(a) = Value::NULL,
                    Op::CheckBound => {
                        if r!(a).is_null() {
                            let msg = alloc::format!(
                                "cannot access local variable '{}' where it is not associated with a value",
                                code.varname(a)
                            );
                            throw!(self.raise_msg(B::UnboundLocalError, &msg));
                        }
                    }
                    Op::GetGlobal => {
                        let n = name!(ins.bx());
                        r!(a) = tri!(self.get_global(globals, n));
                    }
                    Op::SetGlobal => {
                        let (n, v) = (name!(ins.bx()), r!(a));
                        tri!(self.set_global(globals, n, v));
                    }
                    Op::DelGlobal => {
                        let n = name!(ins.bx());
                        if tri!(self.dict_del(globals, n)).is_none() {
                            throw!(self.name_error(n));
                        }
                    }
                    Op::GetName => {
                        let n = name!(ins.bx());
                        let v = if locals.is_null() { None } else { tri!(self.dict_get(locals, n)) };
                        r!(a) = match v {
                            Some(v) => v,
                            None => tri!(self.load_global(globals, n)),
                        };
                    }
                    Op::SetName => {
                        let (n, v) = (name!(ins.bx()), r!(a));
                        let ns = if locals.is_null() { globals } else { locals };
                        tri!(self.dict_set(ns, n, v));
                    }
                    Op::DelName => {
                        let n = name!(ins.bx());
                        let ns = if locals.is_null() { globals } else { locals };
                        if tri!(self.dict_del(ns, n)).is_none() {
                            throw!(self.name_error(n));
                        }
                    }
                    Op::MakeCell => {
                        let v = if ins.b() != 0 { r!(a) } else { Value::NULL };
                        r!(a) = tri!(self.new_cell(v));
                    }
                    Op::GetCell => {
                        let c = r!(ins.b());
                        if !self.is_kind(c, Kind::Cell) {
                            throw!(self.raise_msg(B::SystemError, "corrupt code: GetCell: register holds no cell"));
                        }
                        let v = self.field(c, cell::CONTENTS);
                        if v.is_null() {
                            let msg = alloc::format!(
                                "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                                code.varname(ins.b())
                            );
                            throw!(self.raise_msg(B::NameError, &msg));
                        }
                        r!(a) = v;
                    }
                    Op::SetCell | Op::DelCell => {
                        let c = r!(a);
                        let v = if op == Op::SetCell { r!(ins.b()) } else { Value::NULL };
                        if !self.is_kind(c, Kind::Cell) {
                            throw!(self.raise_msg(B::SystemError, "corrupt code: SetCell: register holds no cell"));
                        }
                        self.set_field(c, cell::CONTENTS, v);
                    }
                    Op::GetAttr => {
                        let (o, n) = (r!(ins.b()), name!(ins.c()));
                        r!(a) = tri!(self.get_attr(o, n));
                    }
                    Op::SetAttr => {
                        let (o, n, v) = (r!(a), name!(ins.b()), r!(ins.c()));
                        tri!(self.set_attr(o, n, v));
                    }
                    Op::DelAttr => {
                        let (o, n) = (r!(a), name!(ins.b()));
                        tri!(self.del_attr(o, n));
                    }
                    Op::GetMethod => {
                        let (o, n) = (r!(ins.b()), name!(ins.c()));
                        let (f, s) = tri!(self.get_method(o, n));
                        r!(a) = f;
                        r!(a + 1) = s;
                    }
                    Op::GetItem => {
                        let (o, k) = (r!(ins.b()), r!(ins.c()));
                        r!(a) = tri!(self.get_item(o, k));
                    }
                    Op::SetItem => {
                        let (o, k, v) = (r!(a), r!(ins.b()), r!(ins.c()));
                        tri!(self.set_item(o, k, v));
                    }
                    Op::DelItem => {
                        let (o, k) = (r!(a), r!(ins.b()));
                        tri!(self.del_item(o, k));
                    }
                    Op::Add => {
                        let (x, y) = (r!(ins.b()), r!(ins.c()));
                        // Small ints first: no call, no allocation unless the sum leaves 31 bits.
                        if x.is_small() && y.is_small() {
                            let s = x.small_value() as i64 + y.small_value() as i64;
                            r!(a) = if Value::int_fits(s) { Value::small(s as i32) } else { tri!(self.new_int(s)) };
                        } else {
                            r!(a) = tri!(self.binary_op(op, x, y));
                        }
                    }
                    Op::Sub => {
                        let (x, y) = (r!(ins.b()), r!(ins.c()));
                        if x.is_small() && y.is_small() {
                            let s = x.small_value() as i64 - y.small_value() as i64;
                            r!(a) = if Value::int_fits(s) { Value::small(s as i32) } else { tri!(self.new_int(s)) };
                        } else {
                            r!(a) = tri!(self.binary_op(op, x, y));
                        }
                    }
                    Op::Mul
                    | Op::TrueDiv
                    | Op::FloorDiv
                    | Op::Mod
                    | Op::Pow
                    | Op::LShift
                    | Op::RShift
                    | Op::BitAnd
                    | Op::BitOr
                    | Op::BitXor
                    | Op::MatMul => {
                        let (x, y) = (r!(ins.b()), r!(ins.c()));
                        r!(a) = match small_binop(op, x, y) {
                            Some(v) => v,
                            None => tri!(self.binary_op(op, x, y)),
                        };
                    }
                    Op::InplaceOp => {
                        let Some(bop) = Op::from_u8(Op::Add as u8 + ins.c() as u8) else {
                            throw!(self.raise_msg(B::SystemError, "corrupt code: invalid in-place operator"));
                        };
                        let (x, y) = (r!(a), r!(ins.b()));
                        // Ints have no in-place methods: small ones take the binary fast path.
                        r!(a) = match small_binop(bop, x, y) {
                            Some(v) => v,
                            None => tri!(self.inplace_op(bop, x, y)),
                        };
                    }
                    Op::Neg | Op::Pos | Op::Invert => {
                        let x = r!(ins.b());
                        r!(a) = tri!(self.unary_op(op, x));
                    }
                    Op::Not => {
                        let x = r!(ins.b());
                        r!(a) = Value::bool(!tri!(self.truthy(x)));
                    }
                    Op::Eq => {
                        let (x, y) = (r!(ins.b()), r!(ins.c()));
                        r!(a) = if x.is_small() && y.is_small() {
                            Value::bool(x == y)
                        } else {
                            tri!(self.rich_compare(op, x, y))
                        };
                    }
                    Op::Ne => {
                        let (x, y) = (r!(ins.b()), r!(ins.c()));
                        r!(a) = if x.is_small() && y.is_small() {
                            Value::bool(x != y)
                        } else {
                            tri!(self.rich_compare(op, x, y))
                        };
                    }
                    Op::Lt | Op::Le | Op::Gt | Op::Ge if !(r!(ins.b()).is_small() && r!(ins.c()).is_small()) => {
                        let (x, y) = (r!(ins.b()), r!(ins.c()));
                        r!(a) = tri!(self.rich_compare(op, x, y));
                    }
                    Op::Lt | Op::Le | Op::Gt | Op::Ge => {
                        let (x, y) = (r!(ins.b()), r!(ins.c()));
                        let t = if x.is_small() && y.is_small() {
                            let (x, y) = (x.small_value(), y.small_value());
                            match op {
                                Op::Lt => x < y,
                                Op::Le => x <= y,
                                Op::Gt => x > y,
                                _ => x >= y,
                            }
                        } else {
                            tri!(self.compare(op, x, y))
                        };
                        r!(a) = Value::bool(t);
                    }
                    Op::TestEq | Op::TestNe | Op::TestLt | Op::TestLe | Op::TestGt | Op::TestGe => {
                        let (x, y) = (r!(a), r!(ins.b()));
                        let t = if x.is_small() && y.is_small() {
                            let (x, y) = (x.small_value(), y.small_value());
                            match op {
                                Op::TestEq => x == y,
                                Op::TestNe => x != y,
                                Op::TestLt => x < y,
                                Op::TestLe => x <= y,
                                Op::TestGt => x > y,
                                _ => x >= y,
                            }
                        } else {
                            let cmp = op.test_compare().unwrap_or(Op::Eq);
                            match tri!(self.rich_compare(cmp, x, y)) {
                                Value::TRUE => true,
                                Value::FALSE => false,
                                v => tri!(self.truthy(v)),
                            }
                        };
                        // The next instruction is the jump (the verifier checks): skip it unless taken.
                        if t != (ins.c() != 0) {
                            pc += 1;
                        }
                    }
                    Op::Is => r!(a) = Value::bool(r!(ins.b()) == r!(ins.c())),
                    Op::IsNot => r!(a) = Value::bool(r!(ins.b()) != r!(ins.c())),
                    Op::In | Op::NotIn => {
                        let (x, c) = (r!(ins.b()), r!(ins.c()));
                        let t = tri!(self.contains(c, x));
                        r!(a) = Value::bool(t == (op == Op::In));
                    }
                    Op::Jump => {
                        let off = ins.sj();
                        // A loop's backward jump: where a keyboard interrupt stops a running loop.
                        if off < 0 && crate::interrupt::take() {
                            throw!(self.raise_empty(B::KeyboardInterrupt));
                        }
                        pc = (pc as isize + off) as usize;
                    }
                    Op::JumpIfTrue | Op::JumpIfFalse => {
                        let v = r!(a);
                        let t = match v {
                            Value::TRUE => true,
                            Value::FALSE | Value::NONE => false,
                            _ if v.is_small() => v != Value::small(0),
                            _ => tri!(self.truthy(v)),
                        };
                        if t == (op == Op::JumpIfTrue) {
                            pc = (pc as isize + ins.sbx()) as usize;
                        }
                    }
                    Op::BuildTuple | Op::BuildList | Op::BuildSet => {
                        let (b, n) = (base + ins.b(), ins.c());
                        let items: alloc::vec::Vec<Value> = self.stack[b..b + n].to_vec();
                        r!(a) = match op {
                            Op::BuildTuple => tri!(self.new_tuple(&items)),
                            Op::BuildList => tri!(self.new_list(&items)),
                            _ => tri!(self.set_from_items(&items)),
                        };
                    }
                    Op::BuildDict => {
                        let d = tri!(self.new_dict());
                        r!(a) = d;
                        for i in 0..ins.c() {
                            let (k, v) = (r!(ins.b() + 2 * i), r!(ins.b() + 2 * i + 1));
                            tri!(self.dict_set(d, k, v));
                        }
                    }
                    Op::BuildSlice => {
                        let b = ins.b();
                        let step = if ins.c() == 3 { r!(b + 2) } else { Value::NONE };
                        let (x, y) = (r!(b), r!(b + 1));
                        r!(a) = tri!(self.new_object(Kind::Slice, 0, &[x, y, step]));
                    }
                    // Comprehension ops trust the compiler for the container's kind; a
                    // verified image from elsewhere gets a SystemError instead of corruption.
                    Op::ListAppend => {
                        let (l, x) = (r!(a), r!(ins.b()));
                        if !self.is_kind(l, Kind::List) {
                            throw!(self.raise_msg(B::SystemError, "corrupt code: ListAppend: not a list"));
                        }
                        tri!(self.list_push(l, x));
                    }
                    Op::SetAdd => {
                        let (s, x) = (r!(a), r!(ins.b()));
                        if !self.is_kind(s, Kind::Set) {
                            throw!(self.raise_msg(B::SystemError, "corrupt code: SetAdd: not a set"));
                        }
                        tri!(self.dict_set(s, x, Value::TRUE));
                    }
                    Op::DictSet => {
                        let (d, k, v) = (r!(a), r!(ins.b()), r!(ins.c()));
                        if !self.is_kind(d, Kind::Dict) {
                            throw!(self.raise_msg(B::SystemError, "corrupt code: DictSet: not a dict"));
                        }
                        tri!(self.dict_set(d, k, v));
                    }
                    Op::Unpack => {
                        let src = r!(ins.b());
                        let n = ins.c();
                        tri!(self.unpack_into(src, base + a, n));
                    }
                    Op::GetIter => {
                        let x = r!(ins.b());
                        r!(a) = tri!(if ins.c() == 1 { self.get_awaitable(x) } else { self.get_iter(x) });
                    }
                    Op::ForIter => {
                        let it = r!(a);
                        // `for i in range(...)` over small ints: no call, no allocation.
                        if self.is_kind(it, Kind::RangeIter) {
                            let (cur, stop, step) = (
                                self.field(it, range_iter::NEXT),
                                self.field(it, range_iter::STOP),
                                self.field(it, range_iter::STEP),
                            );
                            if cur.is_small() && stop.is_small() && step.is_small() {
                                let (c, s, st) = (cur.small_value(), stop.small_value(), step.small_value());
                                let next = c as i64 + st as i64;
                                if (st > 0 && c >= s) || (st < 0 && c <= s) {
                                    pc = (pc as isize + ins.sbx()) as usize;
                                    continue;
                                }
                                if Value::int_fits(next) {
                                    self.set_field(it, range_iter::NEXT, Value::small(next as i32));
                                    r!(a + 1) = cur;
                                    continue;
                                }
                            }
                        }
                        if self.is_kind(it, Kind::Generator) {
                            // Run the generator's frame in this loop: no nested interpreter.
                            self.frames[fi].pc = pc;
                            let exit = (pc as isize + ins.sbx()) as usize;
                            let ret = Ret::GenFor { dest: base + a + 1, exit };
                            if tri!(self.gen_push(it, Value::NONE, false, ret)) {
                                continue 'frame;
                            }
                            pc = exit;
                            continue;
                        }
                        match tri!(self.iter_next(it)) {
                            Some(v) => r!(a + 1) = v,
                            None => pc = (pc as isize + ins.sbx()) as usize,
                        }
                    }
                    Op::FormatValue => {
                        let x = r!(ins.b());
                        let spec = if ins.c() & 4 != 0 { r!(ins.b() + 1) } else { Value::NULL };
                        r!(a) = tri!(self.format_value(x, ins.c() as u32 & 3, spec));
                    }
                    Op::BuildString => {
                        let (b, n) = (base + ins.b(), ins.c());
                        let parts: alloc::vec::Vec<Value> = self.stack[b..b + n].to_vec();
                        r!(a) = tri!(self.concat_strs(&parts));
                    }
                    Op::Call | Op::CallKw => {
                        let names = if op == Op::CallKw {
                            tri!(self.load_const(image, code.const_index(ins.c())))
                        } else {
                            Value::NULL
                        };
                        let nkw = if names.is_null() { 0 } else { self.seq_len(names) };
                        self.frames[fi].pc = pc;
                        let slot = base + a;
                        // The keyword-name tuple is fresh from the constant table: root it during the call.
                        let called =
                            self.rooted(&[names], |vm| vm.call_slot(slot, ins.b() + nkw, names, Ret::Reg(slot)));
                        match tri!(called) {
                            Called::Done(v) => {
                                self.restore_caller_stack();
                                self.stack[slot] = v;
                            }
                            Called::Pushed => continue 'frame,
                        }
                    }
                    Op::CallMethod | Op::CallMethodKw => {
                        let names = if op == Op::CallMethodKw {
                            tri!(self.load_const(image, code.const_index(ins.c())))
                        } else {
                            Value::NULL
                        };
                        let nkw = if names.is_null() { 0 } else { self.seq_len(names) };
                        self.frames[fi].pc = pc;
                        let dest = base + a;
                        // With no self (a plain attribute), the callee moves next to its arguments.
                        let (slot, n) = if r!(a + 1).is_null() {
                            r!(a + 1) = r!(a);
                            (dest + 1, ins.b() + nkw)
                        } else {
                            (dest, ins.b() + 1 + nkw)
                        };
                        let called = self.rooted(&[names], |vm| vm.call_slot(slot, n, names, Ret::Reg(dest)));
                        match tri!(called) {
                            Called::Done(v) => {
                                self.restore_caller_stack();
                                self.stack[dest] = v;
                            }
                            Called::Pushed => continue 'frame,
                        }
                    }
                    Op::MakeFunction => {
                        let child = ins.bx();
                        self.frames[fi].pc = pc;
                        let f = tri!(self.make_function(image, child, globals, base, a));
                        r!(a) = f;
                    }
                    Op::BuildClass => {
                        self.frames[fi].pc = pc;
                        let ns = tri!(self.new_dict());
                        // The namespace is rooted by the new frame (as `extra`/`locals`) once pushed.
                        r!(a) = ns;
                        // As CPython's class bodies do first: `__module__ = __name__`.
                        if let Some(m) = self.dict_get_str(globals, "__name__") {
                            tri!(self.dict_set_str(ns, "__module__", m));
                        }
                        let slot = base + a + 1;
                        let ret = Ret::Class { dest: base + a, nbases: ins.b() };
                        // The body takes no arguments: keep the name and bases above its frame safe
                        // by calling from a copy of the body function placed past them.
                        let top = base + a + 3 + ins.b();
                        if self.stack.len() < top + 1 {
                            self.stack.resize(top + 1, Value::NULL);
                        }
                        self.stack[top] = self.stack[slot];
                        if !self.is_kind(self.stack[top], Kind::Function) {
                            throw!(self.raise_msg(
                                B::SystemError,
                                "corrupt code: BuildClass: the class body is not a function"
                            ));
                        }
                        match tri!(self.push_function_frame(top, 0, Value::NULL, ret, ns)) {
                            Called::Pushed => continue 'frame,
                            Called::Done(_) => {}
                        }
                    }
                    Op::Return => {
                        let v = r!(a);
                        let f = self.frames.pop().unwrap();
                        if let Ret::GenNative | Ret::GenFor { .. } = f.ret {
                            self.stack.truncate(f.base);
                            self.gen_finish(f.extra);
                        } else {
                            self.restore_caller_stack();
                        }
                        match f.ret {
                            Ret::GenNative => return Ok(v),
                            Ret::GenFor { exit, .. } => {
                                // Exhausted: the for loop ends.
                                if let Some(c) = self.frames.last_mut() {
                                    c.pc = exit;
                                }
                                continue 'frame;
                            }
                            Ret::Reg(dest) => {
                                self.stack[dest] = v;
                                continue 'frame;
                            }
                            Ret::Native => return Ok(v),
                            Ret::Init(dest) => {
                                if v != Value::NONE {
                                    self.frames.push(f);
                                    self.frames.last_mut().unwrap().pc = pc;
                                    let msg =
                                        alloc::format!("__init__() should return None, not '{}'", self.type_name_of(v));
                                    return Err(self.raise_msg(B::TypeError, &msg));
                                }
                                if dest == usize::MAX {
                                    return Ok(f.extra);
                                }
                                self.stack[dest] = f.extra;
                                continue 'frame;
                            }
                            Ret::Class { dest, nbases } => {
                                let name = self.stack[dest + 2];
                                let bases: alloc::vec::Vec<Value> = self.stack[dest + 3..dest + 3 + nbases].to_vec();
                                match self.make_class(name, &bases, f.extra, v) {
                                    Ok(c) => self.stack[dest] = c,
                                    Err(e) => return Err(e),
                                }
                                continue 'frame;
                            }
                        }
                    }
                    Op::Yield => {
                        let v = r!(ins.b());
                        match self.gen_suspend(pc, a, Value::NULL) {
                            Some(Ret::GenFor { dest, .. }) => {
                                self.stack[dest] = v;
                                continue 'frame;
                            }
                            Some(_) => return Ok(v),
                            None => throw!(self.raise_msg(B::SystemError, "corrupt code: yield outside a generator")),
                        }
                    }
                    Op::YieldFrom => {
                        let (v, d) = (r!(a), r!(ins.b()));
                        self.frames[fi].pc = pc;
                        match tri!(self.delegate_send(d, v)) {
                            GenOutcome::Returned(x) => r!(a) = x,
                            // Paused on this instruction: resuming sends the next value to the delegate.
                            GenOutcome::Yielded(y) => match self.gen_suspend(pc - 1, a, d) {
                                Some(Ret::GenFor { dest, .. }) => {
                                    self.stack[dest] = y;
                                    continue 'frame;
                                }
                                Some(_) => return Ok(y),
                                None => {
                                    throw!(self.raise_msg(B::SystemError, "corrupt code: yield outside a generator"))
                                }
                            },
                        }
                    }
                    Op::ListExtend => {
                        let (l, x) = (r!(a), r!(ins.b()));
                        let callee = if ins.c() == 1 && a >= 1 { Some(r!(a - 1)) } else { None };
                        if !self.is_kind(l, Kind::List) {
                            throw!(self.raise_msg(B::SystemError, "corrupt code: ListExtend: not a list"));
                        }
                        tri!(self.extend_star(l, x, callee));
                    }
                    Op::SetUpdate => {
                        let (st, x) = (r!(a), r!(ins.b()));
                        if !self.is_kind(st, Kind::Set) {
                            throw!(self.raise_msg(B::SystemError, "corrupt code: SetUpdate: not a set"));
                        }
                        tri!(self.set_update(st, x));
                    }
                    Op::DictUpdate => {
                        let (d, x) = (r!(a), r!(ins.b()));
                        let callee = if ins.c() == 1 && a >= 2 { Some(r!(a - 2)) } else { None };
                        if !self.is_kind(d, Kind::Dict) {
                            throw!(self.raise_msg(B::SystemError, "corrupt code: DictUpdate: not a dict"));
                        }
                        tri!(self.merge_star(d, x, callee));
                    }
                    Op::CallEx => {
                        self.frames[fi].pc = pc;
                        let slot = base + a;
                        match tri!(self.call_ex(slot, ins.b() == 1, Ret::Reg(slot))) {
                            Called::Done(v) => {
                                self.restore_caller_stack();
                                self.stack[slot] = v;
                            }
                            Called::Pushed => continue 'frame,
                        }
                    }
                    Op::UnpackEx => {
                        let (n, m) = (ins.bx() & 0xff, ins.bx() >> 8);
                        tri!(self.unpack_star(base + a, n, m));
                    }
                    Op::Raise => {
                        let v = r!(a);
                        let cause = if ins.b() == 1 { Some(r!(a + 1)) } else { None };
                        self.frames[fi].pc = pc;
                        let e = self.raise_value(v);
                        if let (Some(c), true) = (cause, self.is_kind(self.exc, Kind::Exception)) {
                            let ex = self.exc;
                            let c = if self.is_exception_class(c) {
                                let r = self.rooted(&[ex], |vm| vm.call(c, &[]));
                                match r {
                                    Ok(c) => c,
                                    Err(e) => return Err(e),
                                }
                            } else if c == Value::NONE || self.is_kind(c, Kind::Exception) {
                                c
                            } else {
                                return Err(
                                    self.raise_msg(B::TypeError, "exception causes must derive from BaseException")
                                );
                            };
                            self.set_field(ex, exception::CAUSE, c);
                            self.exc = ex;
                        }
                        return Err(e);
                    }
                    Op::Reraise => {
                        let e = r!(a);
                        if !(self.is_kind(e, Kind::Exception) || self.is_exception_class(e)) {
                            throw!(self.raise_msg(B::SystemError, "corrupt code: Reraise: not an exception"));
                        }
                        self.exc = e;
                        // The handler is left: its exception is no longer being handled here.
                        let slot = base + a;
                        self.handling.retain(|h| !(h.0 == fi && h.1 == slot));
                        self.frames[fi].pc = pc;
                        self.reraising = true;
                        return Err(Raised);
                    }
                    Op::ExcMatch => {
                        let (e, c) = (r!(ins.b()), r!(ins.c()));
                        if !self.valid_except_class(c) {
                            throw!(self.raise_msg(
                                B::TypeError,
                                "catching classes that do not inherit from BaseException is not allowed"
                            ));
                        }
                        r!(a) = Value::bool(self.exception_matches(e, c));
                    }
                    Op::Import => {
                        let n = name!(ins.bx());
                        self.frames[fi].pc = pc;
                        let m = tri!(self.import_op(n, globals));
                        r!(a) = m;
                    }
                    Op::ImportFrom => {
                        let (m, n) = (r!(ins.b()), name!(ins.c()));
                        self.frames[fi].pc = pc;
                        if self.str_bytes(n) == b"*" {
                            let ns = if locals.is_null() { globals } else { locals };
                            tri!(self.import_star(m, ns));
                        } else {
                            r!(a) = tri!(self.import_from(m, n));
                        }
                    }
                    Op::Nop => {}
                }
                let _ = stop;
            }
        }
    }

    /// A constant from the image: immediates for small things, heap objects for boxed numbers and tuples.
    pub(crate) fn load_const(&mut self, image: u8, k: usize) -> PyResult<Value> {
        let img = self.image(image);
        let (kd, payload) = img.constant(k);
        let p = payload as usize;
        match kd {
            kind::INT => self.new_int(img.i64_at(p)),
            kind::BIGINT => self.load_big_const(img, p),
            kind::FLOAT => self.new_float(img.f64_at(p)),
            kind::STR => Ok(Value::qstr(image as usize, p)),
            kind::BYTES => {
                let b = img.string_bytes(p);
                self.new_bytes_like(Kind::Bytes, b)
            }
            kind::SINGLETON => Ok(match payload {
                0 => Value::NONE,
                1 => Value::TRUE,
                2 => Value::FALSE,
                _ => Value::ELLIPSIS,
            }),
            kind::TUPLE => {
                let n = img.u32_at(p) as usize;
                let t = self.new_tuple_uninit(n)?;
                self.rooted(&[t], |vm| {
                    for i in 0..n {
                        let item = vm.load_const(image, img.u32_at(p + 4 + 4 * i) as usize)?;
                        vm.set_field(t, tuple::ITEMS + i, item);
                    }
                    Ok(t)
                })
            }
            _ => Err(self.raise_msg(B::SystemError, "corrupt code: invalid constant in code image")),
        }
    }

    /// A big int constant: limbs copied out of the image.
    fn load_big_const(&mut self, img: crate::image::Image<'static>, p: usize) -> PyResult<Value> {
        #[cfg(feature = "bigint")]
        {
            let head = img.u32_at(p);
            let n = (head & 0x7fff_ffff) as usize;
            if n > img.bytes.len() / 4 {
                return Err(self.raise_msg(B::SystemError, "corrupt code: invalid constant in code image"));
            }
            let limbs = (0..n).map(|i| img.u32_at(p + 4 + 4 * i)).collect();
            self.new_big(&crate::bigint::Int::from_limbs(head >> 31 == 1, limbs))
        }
        #[cfg(not(feature = "bigint"))]
        {
            let _ = (img, p);
            Err(self.overflow())
        }
    }

    #[inline(always)]
    fn gcache_index(&self, globals: Value, name: Value) -> usize {
        ((name.0 >> 4) ^ (name.0 >> 24) ^ (globals.0 >> 3)) as usize & (self.gcache.len() - 1)
    }

    /// `GetGlobal`: the global-name cache, else `load_global` (which fills the cache).
    #[inline]
    fn get_global(&mut self, globals: Value, name: Value) -> PyResult<Value> {
        let c = self.gcache[self.gcache_index(globals, name)];
        if c.name == name && c.dict == globals {
            if c.builtin.is_null() {
                if let Some(v) = self.dict_slot_value(globals, c.slot as usize, name) {
                    return Ok(v);
                }
            } else if c.epoch == self.dict_epoch
                && c.slot as usize == self.dict_used(globals)
                && c.entries == self.field(globals, dict::ENTRIES)
            {
                return Ok(c.builtin);
            }
        }
        self.load_global_filling(globals, name)
    }

    /// `SetGlobal`: through the global-name cache when it knows the name's entry.
    #[inline]
    fn set_global(&mut self, globals: Value, name: Value, v: Value) -> PyResult<()> {
        let c = self.gcache[self.gcache_index(globals, name)];
        if c.name == name
            && c.dict == globals
            && c.builtin.is_null()
            && self.dict_slot_set(globals, c.slot as usize, name, v)
        {
            return Ok(());
        }
        let slot = self.dict_set_at(globals, name, v)?;
        if name.is_qstr() {
            let gi = self.gcache_index(globals, name);
            self.gcache[gi] = super::GlobalCache {
                name,
                dict: globals,
                slot: slot as u32,
                epoch: 0,
                entries: Value::NULL,
                builtin: Value::NULL,
            };
        }
        Ok(())
    }

    /// Remember where an interned name lives in a globals dict.
    fn fill_gcache(&mut self, globals: Value, name: Value) -> Option<usize> {
        if !name.is_qstr() || !self.is_kind(globals, Kind::Dict) {
            return None;
        }
        let slot = self.dict_slot_of(globals, name, self.qstr_hash(name))?;
        let gi = self.gcache_index(globals, name);
        self.gcache[gi] = super::GlobalCache {
            name,
            dict: globals,
            slot: slot as u32,
            epoch: 0,
            entries: Value::NULL,
            builtin: Value::NULL,
        };
        Some(slot)
    }

    fn load_global_filling(&mut self, globals: Value, name: Value) -> PyResult<Value> {
        if let Some(v) = self.dict_get(globals, name)? {
            self.fill_gcache(globals, name);
            return Ok(v);
        }
        match self.find_builtin(name) {
            Some(b) => {
                if name.is_qstr() && self.is_kind(globals, Kind::Dict) {
                    let used = self.dict_used(globals) as u32;
                    let entries = self.field(globals, dict::ENTRIES);
                    let gi = self.gcache_index(globals, name);
                    self.gcache[gi] = super::GlobalCache {
                        name,
                        dict: globals,
                        slot: used,
                        epoch: self.dict_epoch,
                        entries,
                        builtin: b,
                    };
                }
                Ok(b)
            }
            None => Err(self.name_error(name)),
        }
    }

    /// A global, or failing that a builtin.
    fn load_global(&mut self, globals: Value, name: Value) -> PyResult<Value> {
        if let Some(v) = self.dict_get(globals, name)? {
            return Ok(v);
        }
        match self.find_builtin(name) {
            Some(b) => Ok(b),
            None => Err(self.name_error(name)),
        }
    }

    pub(crate) fn find_builtin(&mut self, name: Value) -> Option<Value> {
        let h = self.str_hash(name);
        let bytes = self.str_bytes(name);
        let i = self.builtin_index.partition_point(|e| e.0 < h);
        self.builtin_index[i..]
            .iter()
            .take_while(|e| e.0 == h)
            .find(|e| crate::builtins::NAMES[e.1 as usize].as_bytes() == bytes)
            .map(|e| crate::builtins::load(e.1))
            .or_else(|| crate::builtins::alias(bytes).map(|b| b.value()))
    }

    fn name_error(&mut self, name: Value) -> Raised {
        let msg = alloc::format!("name '{}' is not defined", self.str_text(name));
        self.raise_msg(B::NameError, &msg)
    }

    fn valid_except_class(&self, c: Value) -> bool {
        if self.is_kind(c, Kind::Tuple) {
            return (0..self.seq_len(c)).all(|i| self.valid_except_class(self.seq_item(c, i)));
        }
        self.is_exception_class(c)
    }

    /// `MakeFunction`: defaults from the registers after `a`, closure cells from the creating frame.
    fn make_function(&mut self, image: u8, child: usize, globals: Value, base: usize, a: usize) -> PyResult<Value> {
        let code = self.image(image).code(child);
        let nd = code.n_defaults();
        let defaults = if nd > 0 {
            let items: alloc::vec::Vec<Value> = self.stack[base + a + 1..base + a + 1 + nd].to_vec();
            self.new_tuple(&items)?
        } else {
            Value::NULL
        };
        self.rooted(&[defaults], |vm| {
            let mut kwdefaults = if code.n_kwonly() > 0 { vm.stack[base + a + 1 + nd] } else { Value::NULL };
            if kwdefaults == Value::NONE {
                kwdefaults = Value::NULL;
            }
            if !kwdefaults.is_null() && !vm.is_kind(kwdefaults, Kind::Dict) {
                return Err(
                    vm.raise_msg(B::SystemError, "corrupt code: MakeFunction: keyword-only defaults are not a dict")
                );
            }
            let closure = if code.n_free() > 0 {
                let cells: alloc::vec::Vec<Value> =
                    (0..code.n_free()).map(|i| vm.stack[base + code.freevar(i).0]).collect();
                vm.new_tuple(&cells)?
            } else {
                Value::NULL
            };
            vm.rooted(&[closure], |vm| vm.new_function(image, child, globals, defaults, kwdefaults, closure))
        })
    }
}

/// `x op y` for two small ints when the result is a small int too: `None` for everything
/// else (other operators, results past 31 bits, division by zero, negative shift counts),
/// which the general path handles and raises for.
#[inline(always)]
fn small_binop(op: Op, x: Value, y: Value) -> Option<Value> {
    if !(x.is_small() && y.is_small()) {
        return None;
    }
    let (x, y) = (x.small_value() as i64, y.small_value() as i64);
    let r = match op {
        Op::Add => x + y,
        Op::Sub => x - y,
        Op::Mul => x * y,
        Op::FloorDiv if y != 0 => {
            let q = x / y;
            if x % y != 0 && (x < 0) != (y < 0) {
                q - 1
            } else {
                q
            }
        }
        Op::Mod if y != 0 => {
            let r = x % y;
            if r != 0 && (r < 0) != (y < 0) {
                r + y
            } else {
                r
            }
        }
        Op::LShift if (0..32).contains(&y) => x << y,
        Op::RShift if y >= 0 => x >> y.min(63),
        Op::BitAnd => x & y,
        Op::BitOr => x | y,
        Op::BitXor => x ^ y,
        _ => return None,
    };
    Value::int_fits(r).then(|| Value::small(r as i32))
}
