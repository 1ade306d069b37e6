//! Generators. Calling a generator function binds its arguments as usual,
//! then, instead of running, copies the new frame's registers into a
//! `Kind::Generator` heap object. Resuming copies them back onto the register
//! stack and pushes a frame (`Ret::GenNative` from Rust, `Ret::GenFor` from
//! `ForIter`, which needs no nested interpreter loop); `Yield`/`YieldFrom`
//! copy them out again. While suspended the registers live in the heap
//! object, so the collector traces them like any other object's fields.
//!
//! Layout after the header: function, state, pc, resume register, delegate
//! (the iterator of a pending `yield from`, else NULL), registers.

use super::{Frame, PyResult, Raised, Ret, Vm};
use crate::builtins::B;
use crate::layout::{exception, function, generator};
use crate::obj::Kind;
use crate::value::Value;

const F_FUNC: usize = generator::FUNCTION;
const F_STATE: usize = generator::STATE;
const F_PC: usize = generator::PC;
const F_RESUME: usize = generator::RESUME;
const F_DELEGATE: usize = generator::DELEGATE;
/// Field number of register 0.
const F_REGS: usize = generator::REGS;

const CREATED: i32 = 0;
const SUSPENDED: i32 = 1;
const RUNNING: i32 = 2;
const DONE: i32 = 3;

/// What a resumed generator did.
pub(crate) enum GenOutcome {
    Yielded(Value),
    /// It finished: the value of its `return` (None without one).
    Returned(Value),
}

impl Vm {
    /// Turn the frame just laid out at `base` (arguments bound, cells in
    /// place) into a suspended generator of function `f`.
    pub(crate) fn make_generator(&mut self, f: Value, base: usize, nregs: usize) -> PyResult<Value> {
        let header = crate::obj::header(Kind::Generator, 0);
        // The registers stay rooted on the stack during the allocation.
        let w = self.rooted(&[f], |vm| vm.alloc(F_REGS + nregs, header));
        let w = w?;
        let fields = [f, Value::small(CREATED), Value::small(0), Value::small(0), Value::NULL];
        for (i, v) in fields.iter().enumerate() {
            self.heap.set_val(w + 1 + i, *v);
        }
        for i in 0..nregs {
            self.heap.set_val(w + F_REGS + i, self.stack[base + i]);
        }
        Ok(Value::from_heap_index(w))
    }

    fn gen_state(&self, g: Value) -> i32 {
        self.field(g, F_STATE).small_value()
    }

    fn gen_nregs(&self, g: Value) -> usize {
        let (image, code) = self.function_code(self.field(g, F_FUNC));
        self.image(image).code(code).n_regs()
    }

    /// A finished generator keeps no references.
    pub(crate) fn gen_finish(&mut self, g: Value) {
        if !self.is_kind(g, Kind::Generator) {
            return;
        }
        let n = self.gen_nregs(g);
        self.set_field(g, F_STATE, Value::small(DONE));
        self.set_field(g, F_DELEGATE, Value::NULL);
        for i in 0..n {
            self.set_field(g, F_REGS + i, Value::NULL);
        }
    }

    /// Push generator `g`'s frame to run on. `value` is what the paused
    /// `yield` evaluates to; `skip` resumes after a pending `YieldFrom`
    /// instead of repeating it (its delegate finished or raised).
    /// `Ok(false)`: the generator is already finished.
    pub(crate) fn gen_push(&mut self, g: Value, value: Value, skip: bool, ret: Ret) -> PyResult<bool> {
        match self.gen_state(g) {
            DONE => return Ok(false),
            RUNNING => return Err(self.raise_msg(B::ValueError, "generator already executing")),
            CREATED if value != Value::NONE => {
                return Err(self.raise_type_error("can't send non-None value to a just-started generator".into()))
            }
            _ => {}
        }
        if self.frames.len() >= self.config.recursion_limit {
            return Err(self.raise_msg(B::RecursionError, "maximum recursion depth exceeded"));
        }
        let func = self.field(g, F_FUNC);
        let (image, code_idx) = self.function_code(func);
        let code = self.image(image).code(code_idx);
        let n = code.n_regs();
        let base = self.stack.len();
        for i in 0..n {
            let v = self.field(g, F_REGS + i);
            self.stack.push(v);
        }
        let mut pc = self.field(g, F_PC).small_value() as usize;
        if self.gen_state(g) == SUSPENDED {
            let r = self.field(g, F_RESUME).small_value() as usize;
            if r < n {
                self.stack[base + r] = value;
            }
            if skip {
                pc += 1;
            }
        }
        self.set_field(g, F_STATE, Value::small(RUNNING));
        self.set_field(g, F_DELEGATE, Value::NULL);
        self.frames.push(Frame {
            code,
            image,
            code_idx: code_idx as u16,
            pc,
            base,
            globals: self.field(func, function::GLOBALS),
            locals: Value::NULL,
            func,
            extra: g,
            ret,
        });
        Ok(true)
    }

    /// `Yield`/`YieldFrom`: save the innermost (generator) frame into its
    /// object and pop it. `pc` is where to go on resume, `resume` the
    /// register that receives the sent value. Returns the `Ret` of the
    /// popped frame; the stack is back to what it was before the resume.
    pub(crate) fn gen_suspend(&mut self, pc: usize, resume: usize, delegate: Value) -> Option<Ret> {
        let f = *self.frames.last()?;
        if !matches!(f.ret, Ret::GenNative | Ret::GenFor { .. }) || !self.is_kind(f.extra, Kind::Generator) {
            return None;
        }
        self.frames.pop();
        let g = f.extra;
        let n = f.code.n_regs();
        for i in 0..n {
            let v = self.stack.get(f.base + i).copied().unwrap_or(Value::NULL);
            self.set_field(g, F_REGS + i, v);
        }
        self.set_field(g, F_STATE, Value::small(SUSPENDED));
        self.set_field(g, F_PC, Value::small(pc as i32));
        self.set_field(g, F_RESUME, Value::small(resume as i32));
        self.set_field(g, F_DELEGATE, delegate);
        self.stack.truncate(f.base);
        Some(f.ret)
    }

    /// Run a pushed `Ret::GenNative` frame to its next yield or its end.
    fn gen_run(&mut self, g: Value, throwing: bool) -> PyResult<GenOutcome> {
        let stop = self.frames.len();
        if throwing {
            self.reraising = false;
            if !self.unwind(stop) {
                return Err(Raised);
            }
        }
        let v = self.run(stop)?;
        Ok(if self.gen_state(g) == SUSPENDED { GenOutcome::Yielded(v) } else { GenOutcome::Returned(v) })
    }

    /// `g.send(value)` (`next(g)` sends None).
    pub(crate) fn gen_send(&mut self, g: Value, value: Value) -> PyResult<GenOutcome> {
        self.rooted(&[g], |vm| match vm.gen_push(g, value, false, Ret::GenNative) {
            Ok(true) => vm.gen_run(g, false),
            Ok(false) => Ok(GenOutcome::Returned(Value::NONE)),
            Err(e) => Err(e),
        })
    }

    /// `g.throw(exc)`: raise `exc` (an exception instance) where `g` is paused,
    /// first offering it to the iterator of a pending `yield from`.
    pub(crate) fn gen_throw(&mut self, g: Value, exc: Value) -> PyResult<GenOutcome> {
        self.rooted(&[g, exc], |vm| vm.gen_throw_inner(g, exc))
    }

    fn gen_throw_inner(&mut self, g: Value, exc: Value) -> PyResult<GenOutcome> {
        let state = self.gen_state(g);
        if state == RUNNING {
            return Err(self.raise_msg(B::ValueError, "generator already executing"));
        }
        let delegate = if state == SUSPENDED { self.field(g, F_DELEGATE) } else { Value::NULL };
        let mut exc = exc;
        if !delegate.is_null() {
            // The outer generator counts as running while its delegate works.
            self.set_field(g, F_STATE, Value::small(RUNNING));
            let r = if self.exception_matches(exc, B::GeneratorExit.value()) {
                self.close_iter(delegate).map(|_| None)
            } else {
                self.delegate_throw(delegate, exc)
            };
            self.set_field(g, F_STATE, Value::small(SUSPENDED));
            match r {
                Ok(Some(GenOutcome::Yielded(v))) => return Ok(GenOutcome::Yielded(v)),
                Ok(Some(GenOutcome::Returned(v))) => {
                    // The delegate finished: `yield from` evaluates to its value.
                    self.gen_push(g, v, true, Ret::GenNative)?;
                    return self.gen_run(g, false);
                }
                Ok(None) => {}
                Err(_) => exc = self.exc,
            }
        }
        if state != SUSPENDED {
            // Not started or finished: the exception comes straight back (a new generator is finished by it).
            if state == CREATED {
                self.gen_finish(g);
            }
            self.exc = exc;
            return Err(Raised);
        }
        self.gen_push(g, Value::NONE, !delegate.is_null(), Ret::GenNative)?;
        self.exc = exc;
        self.gen_run(g, true)
    }

    /// Throw into the iterator of a `yield from`: `None` if it has no `throw`.
    fn delegate_throw(&mut self, d: Value, exc: Value) -> PyResult<Option<GenOutcome>> {
        if self.is_kind(d, Kind::Generator) {
            return self.gen_throw(d, exc).map(Some);
        }
        let name = self.new_str(b"throw")?;
        let Some(m) = self.try_get_attr(d, name)? else { return Ok(None) };
        self.call_catching_stop(m, &[exc]).map(Some)
    }

    /// Call `f(args)`, turning StopIteration into `Returned(its value)`.
    fn call_catching_stop(&mut self, f: Value, args: &[Value]) -> PyResult<GenOutcome> {
        match self.call(f, args) {
            Ok(v) => Ok(GenOutcome::Yielded(v)),
            Err(e) => {
                if self.exception_matches(self.exc, B::StopIteration.value()) {
                    let v = self.exception_arg0(self.exc).unwrap_or(Value::NONE);
                    self.exc = Value::NULL;
                    Ok(GenOutcome::Returned(v))
                } else {
                    Err(e)
                }
            }
        }
    }

    /// `YieldFrom`: send `v` to the delegate `d`.
    pub(crate) fn delegate_send(&mut self, d: Value, v: Value) -> PyResult<GenOutcome> {
        if self.is_kind(d, Kind::Generator) {
            return self.gen_send(d, v);
        }
        if v == Value::NONE {
            return Ok(match self.iter_next(d)? {
                Some(x) => GenOutcome::Yielded(x),
                None => GenOutcome::Returned(Value::NONE),
            });
        }
        let name = self.new_str(b"send")?;
        let m = self.get_attr(d, name)?;
        self.rooted(&[m], |vm| vm.call_catching_stop(m, &[v]))
    }

    /// Close the iterator of a `yield from` (generators, or anything with `close`).
    fn close_iter(&mut self, d: Value) -> PyResult<()> {
        if self.is_kind(d, Kind::Generator) {
            return self.gen_close(d);
        }
        let name = self.new_str(b"close")?;
        if let Some(m) = self.try_get_attr(d, name)? {
            self.call(m, &[])?;
        }
        Ok(())
    }

    /// `g.close()`.
    pub(crate) fn gen_close(&mut self, g: Value) -> PyResult<()> {
        match self.gen_state(g) {
            CREATED | DONE => {
                self.gen_finish(g);
                return Ok(());
            }
            RUNNING => return Err(self.raise_msg(B::ValueError, "generator already executing")),
            _ => {}
        }
        let r = self.rooted(&[g], |vm| match vm.new_exception(B::GeneratorExit.value(), &[]) {
            Ok(e) => vm.gen_throw(g, e),
            Err(e) => Err(e),
        });
        match r {
            Ok(GenOutcome::Yielded(_)) => Err(self.raise_msg(B::RuntimeError, "generator ignored GeneratorExit")),
            Ok(GenOutcome::Returned(_)) => Ok(()),
            Err(e) => {
                let stop = B::StopIteration.value();
                let exit = B::GeneratorExit.value();
                if self.exception_matches(self.exc, exit) || self.exception_matches(self.exc, stop) {
                    self.exc = Value::NULL;
                    Ok(())
                } else {
                    Err(e)
                }
            }
        }
    }

    /// StopIteration from a finished generator: no arguments for None, else the value.
    pub(crate) fn raise_stop(&mut self, v: Value) -> Raised {
        if v == Value::NONE {
            return self.raise_empty(B::StopIteration);
        }
        match self.new_exception(B::StopIteration.value(), &[v]) {
            Ok(e) => self.exc = e,
            Err(_) => self.exc = B::MemoryError.value(),
        }
        Raised
    }

    /// A generator frame is left by an exception: the generator is finished,
    /// and (PEP 479) a StopIteration escaping it becomes a RuntimeError.
    pub(crate) fn gen_unwound(&mut self, f: &Frame) {
        self.gen_finish(f.extra);
        let e = self.exc;
        if self.is_kind(e, Kind::Exception) && self.exception_matches(e, B::StopIteration.value()) {
            let _ = self.rooted(&[e], |vm| vm.raise_msg(B::RuntimeError, "generator raised StopIteration"));
            let new = self.exc;
            if self.is_kind(new, Kind::Exception) {
                self.set_field(new, exception::CAUSE, e);
                self.set_field(new, exception::CONTEXT, e);
            }
        }
    }
}
