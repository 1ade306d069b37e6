//! Calls. The callee sits in a stack slot with its arguments right after it
//! (positional, then keyword values); a Python callee's frame starts at the
//! first argument, so arguments are never copied (Lua's calling convention).

use alloc::vec::Vec;

use super::{Frame, PyResult, Ret, Vm};
use crate::builtins::{self, Def, B};
use crate::image::flags;
use crate::layout::{bound_method, class, function, wrapper};
use crate::obj::Kind;
use crate::value::Value;

/// Keyword arguments passed to a builtin: (name, value) pairs.
pub type Kw<'a> = &'a [(Value, Value)];

/// Where a call stands after `Vm::call_slot`.
pub(crate) enum Called {
    /// Finished (a builtin): here is the result.
    Done(Value),
    /// A Python frame was pushed; the interpreter runs it.
    Pushed,
}

impl Vm {
    /// Call `f` from Rust with positional arguments and wait for the result.
    pub fn call(&mut self, f: Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(f, args, &[])
    }

    /// Call `f` from Rust with positional and keyword arguments.
    pub fn call_kw(&mut self, f: Value, args: &[Value], kw: Kw) -> PyResult<Value> {
        let slot = self.stack.len();
        self.stack.push(f);
        self.stack.extend_from_slice(args);
        self.stack.extend(kw.iter().map(|p| p.1));
        let names = if kw.is_empty() {
            Value::NULL
        } else {
            let names: Vec<Value> = kw.iter().map(|p| p.0).collect();
            match self.new_tuple(&names) {
                Ok(t) => t,
                Err(e) => {
                    self.stack.truncate(slot);
                    return Err(e);
                }
            }
        };
        // The keyword-name tuple is fresh: binding the arguments allocates, so root it.
        let r = self.rooted(&[names], |vm| match vm.call_slot(slot, args.len() + kw.len(), names, Ret::Native) {
            Ok(Called::Done(v)) => Ok(v),
            Ok(Called::Pushed) => {
                let stop = vm.frames.len();
                vm.native_depth += 1;
                let r = vm.run(stop);
                vm.native_depth -= 1;
                r
            }
            Err(e) => Err(e),
        });
        self.stack.truncate(slot);
        r
    }

    /// Room for a register stack of `top` values and one more frame, or
    /// MemoryError: a board's Rust heap is small, and running out of it
    /// must raise, not abort.
    #[inline]
    fn reserve_frame(&mut self, top: usize) -> PyResult<()> {
        if top <= self.stack.capacity() && self.frames.len() < self.frames.capacity() {
            return Ok(());
        }
        self.grow_frames(top)
    }

    #[cold]
    fn grow_frames(&mut self, top: usize) -> PyResult<()> {
        fn grow<T>(v: &mut Vec<T>, additional: usize) -> bool {
            additional == 0 || v.try_reserve(additional).is_ok() || v.try_reserve_exact(additional).is_ok()
        }
        let more = top.saturating_sub(self.stack.len());
        if grow(&mut self.stack, more) && grow(&mut self.frames, 1) {
            Ok(())
        } else {
            Err(self.memory_error())
        }
    }

    /// Call a method-like function with `self_` first (used for dunder methods).
    pub(crate) fn call_method_value(&mut self, f: Value, self_: Value, args: &[Value]) -> PyResult<Value> {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(self_);
        all.extend_from_slice(args);
        self.call(f, &all)
    }

    /// Call the value at stack slot `slot` with the `nargs` values after it; the last
    /// `len(kwnames)` of them are keyword arguments.
    pub(crate) fn call_slot(&mut self, slot: usize, nargs: usize, kwnames: Value, ret: Ret) -> PyResult<Called> {
        let f = self.stack[slot];
        if f.is_heap() {
            match self.kind(f) {
                Some(Kind::Function) => return self.push_function_frame(slot, nargs, kwnames, ret, Value::NULL),
                Some(Kind::BoundMethod) => {
                    let (self_, func) = (self.field(f, bound_method::SELF), self.field(f, bound_method::FUNCTION));
                    self.stack.insert(slot + 1, self_);
                    self.stack[slot] = func;
                    return self.call_slot(slot, nargs + 1, kwnames, ret);
                }
                Some(Kind::Class) => return self.instantiate(slot, nargs, kwnames, ret),
                _ => {}
            }
        } else if f.is_builtin() && B::from_id(f.builtin_id()).map(|b| b.is_exception()).unwrap_or(false) {
            let nkw = if kwnames.is_null() { 0 } else { self.seq_len(kwnames) };
            if nkw > 0 {
                return Err(self.raise_type_error(alloc::format!(
                    "{}() takes no keyword arguments",
                    self.str_text(self.type_name(f))
                )));
            }
            let args: Vec<Value> = self.stack[slot + 1..slot + 1 + nargs].to_vec();
            return Ok(Called::Done(self.new_exception(f, &args)?));
        } else if f.is_builtin() || f.is_method() {
            use crate::modules::Native;
            let fun = if let Some((m, i)) = f.native_parts() {
                crate::modules::func(self, m, i)
            } else if f.is_method() {
                let def = builtins::methods::def(f);
                // Most builtin methods take no keywords; those that do check their names themselves.
                if def.is_some_and(|d| d.flags & builtins::methods::KW == 0)
                    && !kwnames.is_null()
                    && self.seq_len(kwnames) > 0
                {
                    let msg = alloc::format!("{} takes no keyword arguments", self.callable_name(f));
                    return Err(self.raise_type_error(msg));
                }
                def.map(|m| Native::Raw(m.func))
            } else {
                match B::from_id(f.builtin_id()).map(builtins::def) {
                    Some(Def::Func(fun)) => Some(Native::Raw(fun)),
                    Some(Def::Type { ctor: Some(c), .. }) => Some(Native::Raw(c)),
                    _ => None,
                }
            };
            if let Some(fun) = fun {
                let v = self.call_native(fun, slot, nargs, kwnames, f)?;
                return Ok(Called::Done(v));
            }
        }
        if self.is_instance_obj(f) {
            if let Some(m) = self.lookup_special(f, "__call__") {
                self.stack.insert(slot + 1, f);
                self.stack[slot] = m;
                return self.call_slot(slot, nargs + 1, kwnames, ret);
            }
        }
        Err(self.raise_type_error(alloc::format!("'{}' object is not callable", self.type_name_of(f))))
    }

    /// Run a builtin with its arguments copied out of the stack (they stay rooted there).
    fn call_native(
        &mut self,
        fun: crate::modules::Native,
        slot: usize,
        nargs: usize,
        kwnames: Value,
        callee: Value,
    ) -> PyResult<Value> {
        let nkw = if kwnames.is_null() { 0 } else { self.seq_len(kwnames) };
        let npos = nargs - nkw;
        let mut buf = [Value::NULL; 8];
        let heap_args: Vec<Value>;
        let args: &[Value] = if npos <= buf.len() {
            buf[..npos].copy_from_slice(&self.stack[slot + 1..slot + 1 + npos]);
            &buf[..npos]
        } else {
            heap_args = self.stack[slot + 1..slot + 1 + npos].to_vec();
            &heap_args
        };
        let kw: Vec<(Value, Value)> =
            (0..nkw).map(|i| (self.seq_item(kwnames, i), self.stack[slot + 1 + npos + i])).collect();
        let _ = callee;
        fun.call(self, args, &kw)
    }

    /// Bind arguments to a Python function's parameters and push its frame.
    pub(crate) fn push_function_frame(
        &mut self,
        slot: usize,
        nargs: usize,
        kwnames: Value,
        ret: Ret,
        extra: Value,
    ) -> PyResult<Called> {
        if self.frames.len() >= self.config.recursion_limit {
            return Err(self.raise_msg(B::RecursionError, "maximum recursion depth exceeded"));
        }
        // Every Python call: where a keyboard interrupt stops recursion without loops.
        if crate::interrupt::take() {
            return Err(self.raise_empty(B::KeyboardInterrupt));
        }
        let f = self.stack[slot];
        let (image, code_idx) = self.function_code(f);
        let code = self.image(image).code(code_idx);
        let base = slot + 1;
        let (fl, nregs, n_params, n_kwonly, n_free) = code.frame_info();
        let simple =
            kwnames.is_null() && fl & (flags::VARARGS | flags::VARKW) == 0 && n_kwonly == 0 && nargs == n_params;
        if !simple {
            self.bind_arguments(f, slot, nargs, kwnames)?;
        }
        let nparams = n_params + n_kwonly + (fl & flags::VARARGS != 0) as usize + (fl & flags::VARKW != 0) as usize;
        self.stack.truncate(base + nparams.min(nregs));
        self.reserve_frame(base + nregs)?;
        self.stack.resize(base + nregs, Value::NULL);
        if n_free > 0 {
            let closure = self.field(f, function::CLOSURE);
            for i in 0..n_free {
                let (_, own) = code.freevar(i);
                let cell = self.seq_item(closure, i);
                self.stack[base + own] = cell;
            }
        }
        if fl & flags::GENERATOR != 0 {
            // The frame waits, registers and all, inside a generator object.
            return Ok(Called::Done(self.make_generator(f, base, nregs)?));
        }
        let locals = if fl & flags::CLASS_BODY != 0 { extra } else { Value::NULL };
        self.frames.push(Frame {
            code,
            image,
            code_idx: code_idx as u16,
            pc: 0,
            base,
            globals: self.field(f, function::GLOBALS),
            locals,
            func: f,
            extra,
            ret,
        });
        Ok(Called::Pushed)
    }

    /// The general case of argument binding: defaults, keywords, `*args`, `**kwargs`.
    fn bind_arguments(&mut self, f: Value, slot: usize, nargs: usize, kwnames: Value) -> PyResult<()> {
        let (image, code_idx) = self.function_code(f);
        let code = self.image(image).code(code_idx);
        let fl = code.flags();
        let (np, nk) = (code.n_params(), code.n_kwonly());
        let nkw = if kwnames.is_null() { 0 } else { self.seq_len(kwnames) };
        let npos = nargs - nkw;
        let base = slot + 1;
        let fname = || code.name();
        let mut slots: Vec<Value> = alloc::vec![Value::NULL; np + nk];
        for (i, s) in slots.iter_mut().enumerate().take(npos.min(np)) {
            *s = self.stack[base + i];
        }
        self.rooted(&[], |vm| {
            // *args: the positional overflow.
            let varargs = if fl & flags::VARARGS != 0 {
                let extra: Vec<Value> = if npos > np { vm.stack[base + np..base + npos].to_vec() } else { Vec::new() };
                let t = vm.new_tuple(&extra)?;
                vm.root(t);
                Some(t)
            } else {
                if npos > np {
                    let msg = alloc::format!(
                        "{}() takes {} positional argument{} but {} {} given",
                        fname(),
                        np,
                        if np == 1 { "" } else { "s" },
                        npos,
                        if npos == 1 { "was" } else { "were" }
                    );
                    return Err(vm.raise_msg(B::TypeError, &msg));
                }
                None
            };
            let varkw = if fl & flags::VARKW != 0 {
                let d = vm.new_dict();
                let d = match d {
                    Ok(d) => d,
                    Err(e) => {
                        return Err(e);
                    }
                };
                vm.root(d);
                Some(d)
            } else {
                None
            };
            for i in 0..nkw {
                let name = vm.seq_item(kwnames, i);
                let val = vm.stack[base + npos + i];
                let pos = (0..np + nk).find(|&p| vm.str_bytes(name) == code.varname(p).as_bytes());
                match pos {
                    Some(p) if !slots[p].is_null() => {
                        let msg =
                            alloc::format!("{}() got multiple values for argument '{}'", fname(), vm.str_text(name));
                        return Err(vm.raise_msg(B::TypeError, &msg));
                    }
                    Some(p) => slots[p] = val,
                    None => match varkw {
                        Some(d) => {
                            if let Err(e) = vm.dict_set(d, name, val) {
                                return Err(e);
                            }
                        }
                        None => {
                            let msg = alloc::format!(
                                "{}() got an unexpected keyword argument '{}'",
                                fname(),
                                vm.str_text(name)
                            );
                            return Err(vm.raise_msg(B::TypeError, &msg));
                        }
                    },
                }
            }
            // Defaults for the last positional parameters, then keyword-only defaults.
            let defaults = vm.field(f, function::DEFAULTS);
            let nd = if defaults.is_null() { 0 } else { vm.seq_len(defaults) };
            for p in 0..np {
                if slots[p].is_null() && p + nd >= np {
                    slots[p] = vm.seq_item(defaults, p + nd - np);
                }
            }
            let kwdefaults = vm.field(f, function::KWDEFAULTS);
            for p in np..np + nk {
                if slots[p].is_null() && !kwdefaults.is_null() {
                    if let Some(v) = vm.dict_get_str(kwdefaults, code.varname(p)) {
                        slots[p] = v;
                    }
                }
            }
            if let Some(p) = slots.iter().position(|s| s.is_null()) {
                let missing: Vec<&str> =
                    (0..np + nk).filter(|&q| slots[q].is_null()).map(|q| code.varname(q)).collect();
                let kind = if p < np { "positional" } else { "keyword-only" };
                let names = quote_list(&missing);
                let msg = alloc::format!(
                    "{}() missing {} required {} argument{}: {}",
                    fname(),
                    missing.len(),
                    kind,
                    if missing.len() == 1 { "" } else { "s" },
                    names
                );
                return Err(vm.raise_msg(B::TypeError, &msg));
            }
            let need = base + np + nk + 2;
            if vm.stack.len() < need {
                vm.stack.resize(need, Value::NULL);
            }
            for (i, s) in slots.iter().enumerate() {
                vm.stack[base + i] = *s;
            }
            let mut next = base + np + nk;
            if let Some(t) = varargs {
                vm.stack[next] = t;
                next += 1;
            }
            if let Some(d) = varkw {
                vm.stack[next] = d;
            }
            Ok(())
        })
    }

    /// Calling a class: `__new__` (a user one, or the default below), then `__init__`.
    fn instantiate(&mut self, slot: usize, nargs: usize, kwnames: Value, ret: Ret) -> PyResult<Called> {
        let class = self.stack[slot];
        let nkw = if kwnames.is_null() { 0 } else { self.seq_len(kwnames) };
        let npos = nargs - nkw;
        let user_new = if self.aux(class) & super::class::class_flags::NEW != 0 {
            self.class_lookup(class, "__new__").filter(|v| !v.is_method())
        } else {
            None
        };
        let init = self.class_lookup(class, "__init__");
        let user_init = init.filter(|f| self.is_kind(*f, Kind::Function));
        let inst = match user_new {
            Some(new) => {
                let new = if self.is_kind(new, Kind::StaticMethod) { self.field(new, wrapper::FUNCTION) } else { new };
                let mut args: Vec<Value> = Vec::with_capacity(npos + 1);
                args.push(class);
                args.extend_from_slice(&self.stack[slot + 1..slot + 1 + npos]);
                let kw: Vec<(Value, Value)> =
                    (0..nkw).map(|i| (self.seq_item(kwnames, i), self.stack[slot + 1 + npos + i])).collect();
                let inst = self.call_kw(new, &args, &kw)?;
                if !self.isinstance(inst, class) {
                    return Ok(Called::Done(inst));
                }
                inst
            }
            None => {
                let base = self.builtin_base(class);
                // Immutable builtin values are made from the arguments; mutable ones are
                // filled by their `__init__`.
                let takes_args = user_init.is_none()
                    && matches!(base, Some(B::Int | B::Float | B::Str | B::Tuple | B::Bytes | B::FrozenSet | B::Bool));
                if takes_args {
                    let args: Vec<Value> = self.stack[slot + 1..slot + 1 + npos].to_vec();
                    let kw: Vec<(Value, Value)> =
                        (0..nkw).map(|i| (self.seq_item(kwnames, i), self.stack[slot + 1 + npos + i])).collect();
                    let inst = self.new_instance_of(class, &args, &kw)?;
                    return Ok(Called::Done(inst));
                }
                if user_init.is_some() && matches!(base, Some(B::Int | B::Float | B::Str | B::Tuple | B::Bytes)) {
                    let args: Vec<Value> = self.stack[slot + 1..slot + 1 + npos].to_vec();
                    self.new_instance_of(class, &args, &[])?
                } else if base.is_some() || self.is_exception_class(class) {
                    let args: Vec<Value> = self.stack[slot + 1..slot + 1 + npos].to_vec();
                    let args = if self.is_exception_class(class) { args } else { Vec::new() };
                    self.new_instance_of(class, &args, &[])?
                } else {
                    let d = self.new_dict()?;
                    self.new_object(Kind::Instance, 0, &[class, d, Value::NULL])?
                }
            }
        };
        match init {
            Some(f) if self.is_kind(f, Kind::Function) => {
                self.stack.insert(slot + 1, inst);
                self.stack[slot] = f;
                if user_new.is_some() {
                    // `inst` came from Python: run `__init__` to completion here.
                    let r = self.rooted(&[inst], |vm| {
                        match vm.push_function_frame(slot, nargs + 1, kwnames, Ret::Native, inst) {
                            Ok(Called::Pushed) => {
                                let stop = vm.frames.len();
                                vm.native_depth += 1;
                                let r = vm.run(stop);
                                vm.native_depth -= 1;
                                r
                            }
                            Ok(Called::Done(v)) => Ok(v),
                            Err(e) => Err(e),
                        }
                    });
                    let r = r?;
                    if r != Value::NONE {
                        let msg = alloc::format!("__init__() should return None, not '{}'", self.type_name_of(r));
                        return Err(self.raise_msg(B::TypeError, &msg));
                    }
                    return Ok(Called::Done(inst));
                }
                let ret = match ret {
                    Ret::Reg(r) => Ret::Init(r),
                    _ => Ret::Init(usize::MAX),
                };
                self.push_function_frame(slot, nargs + 1, kwnames, ret, inst)
            }
            // A class a native module made: its `__init__` is Rust.
            Some(f) if f.native_parts().is_some() => {
                let Some(fun) = f.native_parts().and_then(|(m, i)| crate::modules::func(self, m, i)) else {
                    return Ok(Called::Done(inst));
                };
                self.stack.insert(slot + 1, inst);
                self.stack[slot] = f;
                let r = self.call_native(fun, slot, nargs + 1, kwnames, f)?;
                if r != Value::NONE {
                    let msg = alloc::format!("__init__() should return None, not '{}'", self.type_name_of(r));
                    return Err(self.raise_msg(B::TypeError, &msg));
                }
                Ok(Called::Done(inst))
            }
            Some(m) if m.is_method() && crate::builtins::methods::owner(m) != B::Object => {
                // A builtin `__init__`: list.__init__ fills the list, BaseException's sets args.
                self.rooted(&[inst], |vm| {
                    let mut args: Vec<Value> = Vec::with_capacity(npos + 1);
                    args.push(inst);
                    args.extend_from_slice(&vm.stack[slot + 1..slot + 1 + npos]);
                    let kw: Vec<(Value, Value)> =
                        (0..nkw).map(|i| (vm.seq_item(kwnames, i), vm.stack[slot + 1 + npos + i])).collect();
                    let Some(f) = crate::builtins::methods::def(m).map(|d| d.func) else {
                        return Ok(Called::Done(inst));
                    };
                    let r = f(vm, &args, &kw);
                    r?;
                    Ok(Called::Done(inst))
                })
            }
            _ => {
                if nargs > 0 && user_new.is_none() && !self.is_exception_class(class) {
                    let name = alloc::string::String::from(self.str_text(self.type_name(class)));
                    return Err(self.raise_type_error(alloc::format!("{}() takes no arguments", name)));
                }
                Ok(Called::Done(inst))
            }
        }
    }

    /// The builtin type (other than object and the exceptions) a class derives from.
    pub(crate) fn builtin_base(&self, class: Value) -> Option<B> {
        if !self.is_kind(class, Kind::Class) {
            return None;
        }
        let mro = self.field(class, class::MRO);
        (0..self.seq_len(mro))
            .map(|i| self.seq_item(mro, i))
            .filter(|c| c.is_builtin())
            .find_map(|c| B::from_id(c.builtin_id()).filter(|b| *b != B::Object && !b.is_exception()))
    }

    /// `object.__new__(cls, *args)`: an exception, an instance carrying a builtin value
    /// made from `args`, or a plain instance.
    pub(crate) fn new_instance_of(&mut self, class: Value, args: &[Value], kw: Kw) -> PyResult<Value> {
        if self.is_exception_class(class) {
            return self.new_exception(class, args);
        }
        self.rooted(&[class], |vm| {
            let value = match vm.builtin_base(class) {
                Some(b) => match crate::builtins::def(b) {
                    Def::Type { ctor: Some(ctor), .. } => ctor(vm, args, kw)?,
                    _ => Value::NULL,
                },
                None => Value::NULL,
            };
            vm.root(value);
            let d = vm.new_dict()?;
            vm.new_object(Kind::Instance, 0, &[class, d, value])
        })
    }
}

/// `'a', 'b' and 'c'` as CPython lists missing arguments.
fn quote_list(names: &[&str]) -> alloc::string::String {
    let q: Vec<alloc::string::String> = names.iter().map(|n| alloc::format!("'{n}'")).collect();
    match q.len() {
        0 => alloc::string::String::new(),
        1 => q[0].clone(),
        n => alloc::format!("{} and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}
