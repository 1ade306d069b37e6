//! Raising exceptions and recording tracebacks.
//!
//! An exception object is `Kind::Exception`: class, attribute dict, args
//! tuple, traceback, cause, context. The traceback is a list of small ints,
//! two per frame (code ref, line), innermost first. When memory is too short
//! to build an exception, the class itself (MemoryError) is raised: raising
//! never needs the heap.

use alloc::string::String;
use alloc::vec::Vec;

use super::{PyResult, Raised, Stream, Vm};
use crate::builtins::B;
use crate::layout::exception;
use crate::obj::Kind;
use crate::value::Value;

/// One traceback line, outermost first when printed.
pub struct Traceback {
    pub file: String,
    pub line: u32,
    pub function: String,
}

impl Vm {
    /// Raise MemoryError without allocating: the class itself is raised, and its
    /// traceback goes to a buffer reserved when the VM was made.
    pub(crate) fn memory_error(&mut self) -> Raised {
        self.exc = B::MemoryError.value();
        self.emergency_tb.clear();
        Raised
    }

    /// When a handler catches a bare MemoryError class, make it an instance if memory allows now.
    pub(crate) fn materialize_exception(&mut self) {
        let e = self.exc;
        if !e.is_builtin() {
            return;
        }
        if let Ok(inst) = self.new_exception(e, &[]) {
            let entries = core::mem::take(&mut self.emergency_tb);
            self.exc = inst;
            for (image, code, line) in entries.iter().rev() {
                self.add_traceback(*image, *code as usize, *line);
            }
            self.emergency_tb = entries;
            self.emergency_tb.clear();
        }
    }

    /// Raise builtin exception `ty` with a message.
    pub fn raise_msg(&mut self, ty: B, msg: &str) -> Raised {
        let r = self.new_str(msg.as_bytes()).and_then(|m| self.new_exception(ty.value(), &[m]));
        match r {
            Ok(e) => self.exc = e,
            Err(_) => self.exc = B::MemoryError.value(),
        }
        Raised
    }

    /// Raise builtin exception `ty` with no arguments.
    pub(crate) fn raise_empty(&mut self, ty: B) -> Raised {
        match self.new_exception(ty.value(), &[]) {
            Ok(e) => self.exc = e,
            Err(_) => self.exc = B::MemoryError.value(),
        }
        Raised
    }

    /// Raise a TypeError with a formatted message.
    pub(crate) fn raise_type_error(&mut self, msg: String) -> Raised {
        self.raise_msg(B::TypeError, &msg)
    }

    /// A new exception instance of `class` (a builtin exception type or a class deriving from one).
    pub(crate) fn new_exception(&mut self, class: Value, args: &[Value]) -> PyResult<Value> {
        // OSError(errno, strerror) makes the subclass that errno stands for, as CPython does.
        let class = if class == B::OSError.value() && args.len() >= 2 {
            match self.int_value(args[0]).and_then(oserror_subclass) {
                Some(b) => b.value(),
                None => class,
            }
        } else {
            class
        };
        let t = self.rooted(&[class], |vm| vm.new_tuple(args));
        let t = t?;
        self.new_object(Kind::Exception, 0, &[class, Value::NULL, t, Value::NULL, Value::NULL, Value::NULL])
    }

    /// Is `v` an exception class (builtin or user-defined)?
    pub(crate) fn is_exception_class(&self, v: Value) -> bool {
        self.is_subclass(v, B::BaseException.value())
    }

    /// Turn the operand of `raise` into an exception instance and raise it.
    pub(crate) fn raise_value(&mut self, v: Value) -> Raised {
        if self.is_kind(v, Kind::Exception) {
            self.exc = v;
            return Raised;
        }
        if self.is_exception_class(v) {
            return match self.call(v, &[]) {
                Ok(e) => {
                    self.exc = e;
                    Raised
                }
                Err(r) => r,
            };
        }
        if v == B::MemoryError.value() {
            self.exc = v;
            return Raised;
        }
        self.raise_msg(B::TypeError, "exceptions must derive from BaseException")
    }

    /// Does the pending exception (or `e`) match `class` (a class or a tuple of classes)?
    pub(crate) fn exception_matches(&self, e: Value, class: Value) -> bool {
        if self.is_kind(class, Kind::Tuple) {
            return (0..self.seq_len(class)).any(|i| self.exception_matches(e, self.seq_item(class, i)));
        }
        let t = if self.is_kind(e, Kind::Exception) { self.type_of(e) } else { e };
        self.is_subclass(t, class)
    }

    /// Append a (code, line) pair to the pending exception's traceback; skipped when memory is short.
    pub(crate) fn add_traceback(&mut self, image: u8, code: usize, line: u32) {
        let e = self.exc;
        if !self.is_kind(e, Kind::Exception) {
            if self.emergency_tb.len() < self.emergency_tb.capacity() {
                self.emergency_tb.push((image, code as u16, line));
            }
            return;
        }
        let mut tb = self.field(e, exception::TRACEBACK);
        if tb.is_null() {
            match self.new_list(&[]) {
                Ok(l) => {
                    tb = l;
                    self.set_field(e, exception::TRACEBACK, l);
                }
                Err(_) => {
                    self.exc = e;
                    return;
                }
            }
        }
        let code_ref = Value::code_ref(image as usize, code);
        let ok = self.list_push(tb, code_ref).and_then(|_| self.list_push(tb, Value::small(line as i32)));
        // A MemoryError while recording keeps the original exception.
        self.exc = e;
        let _ = ok;
    }

    /// The traceback of an exception, outermost first.
    pub fn traceback(&self, e: Value) -> Vec<Traceback> {
        let mut out = Vec::new();
        let entry = |image: u8, code: usize, line: u32| {
            let image = self.image(image);
            let code = image.code(code);
            Traceback { file: image.source_name().into(), line, function: code.name().into() }
        };
        if !self.is_kind(e, Kind::Exception) {
            return self.emergency_tb.iter().rev().map(|(i, c, l)| entry(*i, *c as usize, *l)).collect();
        }
        let tb = self.field(e, exception::TRACEBACK);
        let n = self.seq_len(tb) / 2;
        for i in (0..n).rev() {
            let (image, code) = self.seq_item(tb, 2 * i).code_ref_parts();
            let line = self.seq_item(tb, 2 * i + 1).small_value() as u32;
            out.push(entry(image as u8, code, line));
        }
        out
    }

    /// `Type: message` as CPython's last traceback line.
    pub fn exception_summary(&mut self, e: Value) -> String {
        let t = if self.is_kind(e, Kind::Exception) { self.type_of(e) } else { e };
        let mut s = String::new();
        // A class from another module is named with it, as CPython does (`m.MyError: ...`).
        if self.is_kind(t, Kind::Class) && self.class_module(t) != "__main__" && self.class_module(t) != "builtins" {
            s.push_str(self.class_module(t));
            s.push('.');
        }
        s.push_str(self.str_text(self.type_name(t)));
        if self.is_kind(e, Kind::Exception) {
            let msg = self.rooted(&[e], |vm| match vm.str_of(e) {
                Ok(m) => String::from(vm.str_text(m)),
                Err(_) => String::from("<exception str() failed>"),
            });
            if !msg.is_empty() {
                s.push_str(": ");
                s.push_str(&msg);
            }
        }
        s
    }

    /// Print a CPython-style traceback of `e` on the error stream, after the exceptions
    /// it was caused by or raised while handling.
    pub fn print_exception(&mut self, e: Value) {
        let mut seen = Vec::new();
        self.rooted(&[e], |vm| vm.print_chain(e, &mut seen));
    }

    fn print_chain(&mut self, e: Value, seen: &mut Vec<Value>) {
        seen.push(e);
        if self.is_kind(e, Kind::Exception) && seen.len() < 64 {
            let (cause, context) = (self.field(e, exception::CAUSE), self.field(e, exception::CONTEXT));
            if self.is_kind(cause, Kind::Exception) && !seen.contains(&cause) {
                self.print_chain(cause, seen);
                self.platform
                    .write(Stream::Err, b"\nThe above exception was the direct cause of the following exception:\n\n");
            } else if cause.is_null() && self.is_kind(context, Kind::Exception) && !seen.contains(&context) {
                self.print_chain(context, seen);
                self.platform
                    .write(Stream::Err, b"\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        self.print_one_traceback(e);
    }

    /// One exception's traceback, line by line (a deep recursion's traceback must not
    /// need one big string on a board) and, as CPython does, with a run of more than 3
    /// identical entries shortened to "[Previous line repeated N more times]".
    fn print_one_traceback(&mut self, e: Value) {
        const CUTOFF: usize = 3;
        let n = self.traceback_len(e);
        if n > 0 {
            self.platform.write(Stream::Err, b"Traceback (most recent call last):\n");
        }
        let (mut last, mut run) = (None, 0usize);
        for i in 0..=n {
            let entry = if i < n { Some(self.traceback_entry(e, i)) } else { None };
            if entry.is_some() && entry == last {
                run += 1;
            } else {
                if run > CUTOFF {
                    let more = run - CUTOFF;
                    let s = if more == 1 { "" } else { "s" };
                    let msg = alloc::format!("  [Previous line repeated {more} more time{s}]\n");
                    self.platform.write(Stream::Err, msg.as_bytes());
                }
                last = entry;
                run = 1;
            }
            if let (Some((image, code, line)), true) = (entry, run <= CUTOFF) {
                let image = self.image(image);
                let code = image.code(code);
                let msg = alloc::format!("  File \"{}\", line {}, in {}\n", image.source_name(), line, code.name());
                self.platform.write(Stream::Err, msg.as_bytes());
            }
        }
        let mut summary = String::new();
        self.write_syntax_location(&mut summary, e);
        summary.push_str(&self.exception_summary(e));
        summary.push('\n');
        self.platform.write(Stream::Err, summary.as_bytes());
    }

    /// One exception's traceback as text (MicroPython's `sys.print_exception`), without the
    /// exceptions it was raised from, and no header when it has no traceback yet.
    pub fn exception_text(&mut self, e: Value) -> String {
        let n = self.traceback_len(e);
        let mut out = String::new();
        if n > 0 {
            out.push_str("Traceback (most recent call last):\n");
        }
        for i in 0..n {
            let (image, code, line) = self.traceback_entry(e, i);
            let image = self.image(image);
            let code = image.code(code);
            out.push_str(&alloc::format!("  File \"{}\", line {}, in {}\n", image.source_name(), line, code.name()));
        }
        self.write_syntax_location(&mut out, e);
        out.push_str(&self.exception_summary(e));
        out.push('\n');
        out
    }

    fn traceback_len(&self, e: Value) -> usize {
        if self.is_kind(e, Kind::Exception) {
            self.seq_len(self.field(e, exception::TRACEBACK)) / 2
        } else {
            self.emergency_tb.len()
        }
    }

    /// Entry `i` of the traceback, outermost first: (image, code, line).
    fn traceback_entry(&self, e: Value, i: usize) -> (u8, usize, u32) {
        let n = self.traceback_len(e);
        let k = n - 1 - i;
        if !self.is_kind(e, Kind::Exception) {
            let (image, code, line) = self.emergency_tb[k];
            return (image, code as usize, line);
        }
        let tb = self.field(e, exception::TRACEBACK);
        let (image, code) = self.seq_item(tb, 2 * k).code_ref_parts();
        let line = self.seq_item(tb, 2 * k + 1).small_value() as u32;
        (image as u8, code, line)
    }

    /// The exception being handled now, if any (entries whose handler was left are dropped).
    pub(crate) fn handled_exception(&mut self) -> Value {
        while let Some(&(depth, slot, exc)) = self.handling.last() {
            let live = depth < self.frames.len() && self.stack.get(slot) == Some(&exc);
            if live {
                return exc;
            }
            self.handling.pop();
        }
        Value::NULL
    }

    /// A newly raised exception's `__context__`: the exception being handled, if any.
    pub(crate) fn chain_context(&mut self) {
        let e = self.exc;
        if !self.is_kind(e, Kind::Exception)
            || !self.field(e, exception::TRACEBACK).is_null()
            || !self.field(e, exception::CONTEXT).is_null()
        {
            return;
        }
        let h = self.handled_exception();
        if h.is_null() || h == e || !self.is_kind(h, Kind::Exception) {
            return;
        }
        // Never make a cycle: cut the chain where it would reach `e` again.
        let mut c = h;
        let mut n = 0;
        while self.is_kind(c, Kind::Exception) && n < 1000 {
            let next = self.field(c, exception::CONTEXT);
            if next == e {
                self.set_field(c, exception::CONTEXT, Value::NULL);
                break;
            }
            c = next;
            n += 1;
        }
        self.set_field(e, exception::CONTEXT, h);
    }

    /// The first argument of an exception, if it has one.
    pub fn exception_arg0(&self, e: Value) -> Option<Value> {
        if !self.is_kind(e, Kind::Exception) {
            return None;
        }
        let args = self.exception_args(e);
        if self.seq_len(args) == 0 {
            None
        } else {
            Some(self.seq_item(args, 0))
        }
    }

    /// The args tuple of an exception.
    pub(crate) fn exception_args(&self, e: Value) -> Value {
        self.field(e, exception::ARGS)
    }
}

/// The OSError subclass for an errno (Linux numbering, as MicroPython's ports use).
fn oserror_subclass(errno: i64) -> Option<B> {
    Some(match errno {
        11 | 114 | 115 => B::BlockingIOError,
        10 => B::ChildProcessError,
        32 | 108 => B::BrokenPipeError,
        103 => B::ConnectionAbortedError,
        111 => B::ConnectionRefusedError,
        104 => B::ConnectionResetError,
        17 => B::FileExistsError,
        2 => B::FileNotFoundError,
        4 => B::InterruptedError,
        21 => B::IsADirectoryError,
        20 => B::NotADirectoryError,
        1 | 13 => B::PermissionError,
        3 => B::ProcessLookupError,
        110 => B::TimeoutError,
        _ => return None,
    })
}
