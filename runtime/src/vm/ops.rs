//! Operators: arithmetic, comparison, truth, with the small-int paths first.

use super::{PyResult, Vm};
use crate::builtins::B;
use crate::obj::Kind;
use crate::opcode::Op;
use crate::value::Value;

/// Python's floor division and modulo on i64 (the divisor is non-zero).
fn floor_divmod(a: i64, b: i64) -> Option<(i64, i64)> {
    let q = a.checked_div(b)?;
    let r = a - q * b;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

fn float_mod(a: f64, b: f64) -> f64 {
    let m = libm::fmod(a, b);
    if m != 0.0 && ((m < 0.0) != (b < 0.0)) {
        m + b
    } else if m == 0.0 {
        0.0f64.copysign(b)
    } else {
        m
    }
}

pub(crate) fn op_symbol(op: Op) -> &'static str {
    match op {
        Op::Add => "+",
        Op::Sub => "-",
        Op::Mul => "*",
        Op::TrueDiv => "/",
        Op::FloorDiv => "//",
        Op::Mod => "%",
        Op::Pow => "** or pow()",
        Op::LShift => "<<",
        Op::RShift => ">>",
        Op::BitAnd => "&",
        Op::BitOr => "|",
        Op::BitXor => "^",
        Op::MatMul => "@",
        Op::Lt => "<",
        Op::Le => "<=",
        Op::Gt => ">",
        Op::Ge => ">=",
        _ => "?",
    }
}

fn iname_of(op: Op) -> &'static str {
    op_dunders(op).2
}

/// Dunder names of binary operators: (normal, reflected, in-place).
pub(crate) fn op_dunders(op: Op) -> (&'static str, &'static str, &'static str) {
    match op {
        Op::Add => ("__add__", "__radd__", "__iadd__"),
        Op::Sub => ("__sub__", "__rsub__", "__isub__"),
        Op::Mul => ("__mul__", "__rmul__", "__imul__"),
        Op::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        Op::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        Op::Mod => ("__mod__", "__rmod__", "__imod__"),
        Op::Pow => ("__pow__", "__rpow__", "__ipow__"),
        Op::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        Op::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        Op::BitAnd => ("__and__", "__rand__", "__iand__"),
        Op::BitOr => ("__or__", "__ror__", "__ior__"),
        Op::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        Op::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        Op::Lt => ("__lt__", "__gt__", ""),
        Op::Le => ("__le__", "__ge__", ""),
        Op::Gt => ("__gt__", "__lt__", ""),
        Op::Ge => ("__ge__", "__le__", ""),
        Op::Eq => ("__eq__", "__eq__", ""),
        Op::Ne => ("__ne__", "__ne__", ""),
        _ => ("", "", ""),
    }
}

impl Vm {
    #[cfg_attr(not(any(feature = "pow_mod", not(feature = "bigint"))), allow(dead_code))]
    pub(crate) fn overflow(&mut self) -> super::Raised {
        self.raise_msg(B::OverflowError, "integer overflow: this frostpy has 64-bit ints (no bigint feature)")
    }

    /// An i64 result, or the operation redone on big ints when it overflowed.
    fn int_result(&mut self, r: Option<i64>, op: Op, a: i64, b: i64) -> PyResult<Value> {
        match r {
            Some(i) => self.new_int(i),
            None => self.int_overflow(op, a, b),
        }
    }

    /// Integer arithmetic on two ints (or bools) that fit i64.
    fn int_op(&mut self, op: Op, a: i64, b: i64) -> PyResult<Value> {
        match op {
            Op::Add => self.int_result(a.checked_add(b), op, a, b),
            Op::Sub => self.int_result(a.checked_sub(b), op, a, b),
            Op::Mul => self.int_result(a.checked_mul(b), op, a, b),
            Op::FloorDiv | Op::Mod => {
                if b == 0 {
                    let msg =
                        if op == Op::Mod { "integer modulo by zero" } else { "integer division or modulo by zero" };
                    return Err(self.raise_msg(B::ZeroDivisionError, msg));
                }
                let qr = floor_divmod(a, b);
                self.int_result(qr.map(|(q, r)| if op == Op::Mod { r } else { q }), op, a, b)
            }
            Op::TrueDiv => {
                if b == 0 {
                    return Err(self.raise_msg(B::ZeroDivisionError, "division by zero"));
                }
                // Beyond 2**53 the operands are not exact floats: divide exactly, round once.
                #[cfg(feature = "bigint")]
                if a.unsigned_abs() > 1 << 53 || b.unsigned_abs() > 1 << 53 {
                    return self.int_overflow(op, a, b);
                }
                self.new_float(a as f64 / b as f64)
            }
            Op::Pow => {
                if b < 0 {
                    if a == 0 {
                        return Err(self.raise_msg(B::ZeroDivisionError, "0.0 cannot be raised to a negative power"));
                    }
                    return self.new_float(int_pow_neg(a, b));
                }
                let r = u32::try_from(b).ok().and_then(|e| a.checked_pow(e));
                self.int_result(r, op, a, b)
            }
            Op::LShift | Op::RShift => {
                if b < 0 {
                    return Err(self.raise_msg(B::ValueError, "negative shift count"));
                }
                if op == Op::RShift {
                    return self.new_int(if b >= 64 {
                        if a < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        a >> b
                    });
                }
                if a == 0 {
                    return Ok(Value::small(0));
                }
                let r = if b >= 63 { None } else { a.checked_mul(1i64 << b) };
                self.int_result(r, op, a, b)
            }
            Op::BitAnd => self.new_int(a & b),
            Op::BitOr => self.new_int(a | b),
            Op::BitXor => self.new_int(a ^ b),
            _ => Err(self.raise_msg(B::TypeError, "unsupported operand")),
        }
    }

    fn float_op(&mut self, op: Op, a: f64, b: f64) -> PyResult<Option<Value>> {
        let r = match op {
            Op::Add => a + b,
            Op::Sub => a - b,
            Op::Mul => a * b,
            Op::TrueDiv => {
                if b == 0.0 {
                    return Err(self.raise_msg(B::ZeroDivisionError, "float division by zero"));
                }
                a / b
            }
            Op::FloorDiv | Op::Mod => {
                if b == 0.0 {
                    let msg = if op == Op::Mod { "float modulo" } else { "float floor division by zero" };
                    return Err(self.raise_msg(B::ZeroDivisionError, msg));
                }
                if op == Op::Mod {
                    float_mod(a, b)
                } else {
                    float_floordiv(a, b)
                }
            }
            Op::Pow => {
                if a == 0.0 && b < 0.0 {
                    return Err(self.raise_msg(B::ZeroDivisionError, "0.0 cannot be raised to a negative power"));
                }
                libm_pow(a, b)
            }
            _ => return Ok(None),
        };
        Ok(Some(self.new_float(r)?))
    }

    /// `a op b` for a binary operator (Add..=MatMul).
    pub fn binary_op(&mut self, op: Op, a: Value, b: Value) -> PyResult<Value> {
        self.binary_op_as(op, a, b, false)
    }

    /// `a op b`; `inplace` names the operator `op=` in errors.
    fn binary_op_as(&mut self, op: Op, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
        if a.is_small() && b.is_small() {
            let (x, y) = (a.small_value() as i64, b.small_value() as i64);
            match op {
                Op::Add => return self.new_int(x + y),
                Op::Sub => return self.new_int(x - y),
                _ => return self.int_op(op, x, y),
            }
        }
        if let (Some(x), Some(y)) = (self.int_value(a), self.int_value(b)) {
            return self.int_op(op, x, y);
        }
        #[cfg(feature = "bigint")]
        if self.is_kind(a, Kind::BigInt) || self.is_kind(b, Kind::BigInt) {
            if let (Some(x), Some(y)) = (self.int_of(a), self.int_of(b)) {
                return self.big_int_op(op, &x, &y);
            }
        }
        if let Some((x, y)) = self.float_pair(a, b)? {
            if let Some(v) = self.float_op(op, x, y)? {
                return Ok(v);
            }
        }
        if let Some(v) = self.sequence_op(op, a, b)? {
            return Ok(v);
        }
        if let Some(v) = self.set_binary(op, a, b)? {
            return Ok(v);
        }
        if op == Op::Mod && (self.is_str(a) || self.is_kind(a, Kind::Bytes) || self.is_kind(a, Kind::ByteArray)) {
            #[cfg(feature = "percent")]
            return self.percent_format(a, b);
            #[cfg(not(feature = "percent"))]
            return Err(self.raise_msg(
                B::NotImplementedError,
                "%-formatting is not in this build of frostpy (runtime feature 'percent')",
            ));
        }
        let (name, rname, _) = op_dunders(op);
        if let Some(v) = self.call_dunder_binary(a, b, name, rname)? {
            return Ok(v);
        }
        // Instances of subclasses of builtin types act as their builtin value.
        let (ua, ub) = (self.unwrap_builtin(a), self.unwrap_builtin(b));
        if ua != a || ub != b {
            return self.binary_op_as(op, ua, ub, inplace);
        }
        if op == Op::Add && (self.is_str(a) || matches!(self.kind(a), Some(Kind::List | Kind::Tuple))) {
            if self.is_str(a) && self.is_instance_obj(b) {
                return Err(self.raise_type_error(alloc::format!(
                    "can only concatenate str (not \"{}\") to str",
                    self.type_name_of(b)
                )));
            }
            let ta = alloc::string::String::from(self.type_name_of(a));
            return Err(self.raise_type_error(alloc::format!(
                "can only concatenate {} (not \"{}\") to {}",
                ta,
                self.type_name_of(b),
                ta
            )));
        }
        if op == Op::Mul {
            let seq = |vm: &Vm, v: Value| {
                vm.is_str(v) || matches!(vm.kind(v), Some(Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray))
            };
            let other = if seq(self, a) && !self.is_instance_obj(b) {
                Some(b)
            } else if seq(self, b) && !self.is_instance_obj(a) {
                Some(a)
            } else {
                None
            };
            if let Some(o) = other {
                return Err(self.raise_type_error(alloc::format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name_of(o)
                )));
            }
        }
        let sym = match (op, inplace) {
            (Op::Pow, true) => "**",
            _ => op_symbol(op),
        };
        Err(self.raise_type_error(alloc::format!(
            "unsupported operand type(s) for {}{}: '{}' and '{}'",
            sym,
            if inplace { "=" } else { "" },
            self.type_name_of(a),
            self.type_name_of(b)
        )))
    }

    /// `a op= b`: lists extend in place, user classes get `__iop__`, the rest falls back to `a op b`.
    pub fn inplace_op(&mut self, op: Op, a: Value, b: Value) -> PyResult<Value> {
        let ua = self.unwrap_builtin(a);
        if op == Op::Add && self.is_kind(ua, Kind::List) && self.lookup_special(a, "__iadd__").is_none() {
            self.list_extend(ua, b)?;
            return Ok(a);
        }
        if op == Op::Add && self.is_kind(a, Kind::ByteArray) {
            let Some(extra) = self.bytes_data(b).map(|d| d.into_owned()) else {
                return Err(self.raise_type_error(alloc::format!("can't concat {} to bytearray", self.type_name_of(b))));
            };
            let mut d = self.bytes_data(a).unwrap_or_default().into_owned();
            d.extend_from_slice(&extra);
            self.bytearray_set(a, &d)?;
            return Ok(a);
        }
        if op == Op::Mul && self.is_kind(a, Kind::ByteArray) && self.is_int(b) {
            if let Some(n) = self.index_value(b)? {
                let d = self.bytes_data(a).unwrap_or_default().into_owned();
                let total = d.len().saturating_mul(n.max(0) as usize);
                if total > self.heap.total_bytes() {
                    return Err(self.memory_error());
                }
                let rep = d.repeat(n.max(0) as usize);
                self.bytearray_set(a, &rep)?;
                return Ok(a);
            }
        }
        if self.is_kind(ua, Kind::Set) && self.lookup_special(a, iname_of(op)).is_none() {
            if let Some(v) = self.set_inplace(op, ua, b)? {
                return Ok(if ua == v { a } else { v });
            }
        }
        if self.is_instance_obj(a) {
            let (_, _, iname) = op_dunders(op);
            if let Some(f) = self.lookup_special(a, iname) {
                let r = self.call_method_value(f, a, &[b])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
        self.binary_op_as(op, a, b, true)
    }

    /// str/list/tuple concatenation and repetition.
    fn sequence_op(&mut self, op: Op, a: Value, b: Value) -> PyResult<Option<Value>> {
        match op {
            Op::Add if self.is_str(a) && self.is_str(b) => {
                let (la, lb) = (self.str_bytes(a).len(), self.str_bytes(b).len());
                let s = self.rooted(&[a, b], |vm| vm.new_str_uninit(la + lb));
                let s = s?;
                let mut buf = alloc::vec::Vec::with_capacity(la + lb);
                buf.extend_from_slice(self.str_bytes(a));
                buf.extend_from_slice(self.str_bytes(b));
                self.str_bytes_mut(s).copy_from_slice(&buf);
                Ok(Some(s))
            }
            Op::Add if matches!(self.kind(a), Some(Kind::Bytes | Kind::ByteArray | Kind::MemoryView)) => {
                let Some(y) = self.bytes_data(b).map(|d| d.into_owned()) else {
                    if self.is_kind(a, Kind::MemoryView) {
                        return Ok(None);
                    }
                    return Err(self.raise_type_error(alloc::format!(
                        "can't concat {} to {}",
                        self.type_name_of(b),
                        self.type_name_of(a)
                    )));
                };
                let mut x = self.bytes_data(a).unwrap_or_default().into_owned();
                x.extend_from_slice(&y);
                if self.is_kind(a, Kind::MemoryView) {
                    return Ok(None);
                }
                Ok(Some(self.new_bytes_as(a, &x)?))
            }
            Op::Add if self.same_seq_kind(a, b) => {
                let mut items = self.seq_to_vec(a);
                items.extend(self.seq_to_vec(b));
                Ok(Some(if self.is_kind(a, Kind::List) { self.new_list(&items)? } else { self.new_tuple(&items)? }))
            }
            Op::Mul => {
                let (seq, n) = if self.is_int(b) {
                    (a, b)
                } else if self.is_int(a) {
                    (b, a)
                } else {
                    return Ok(None);
                };
                if !self.is_str(seq)
                    && !matches!(self.kind(seq), Some(Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray))
                {
                    return Ok(None);
                }
                let Some(n) = self.index_value(n)? else { return Ok(None) };
                let n = n.max(0) as usize;
                if self.is_str(seq) {
                    let unit = alloc::vec::Vec::from(self.str_bytes(seq));
                    let total = unit.len().checked_mul(n).ok_or_else(|| self.memory_error())?;
                    let s = self.new_str_uninit(total)?;
                    let out = self.str_bytes_mut(s);
                    for i in 0..n {
                        out[i * unit.len()..(i + 1) * unit.len()].copy_from_slice(&unit);
                    }
                    return Ok(Some(s));
                }
                if matches!(self.kind(seq), Some(Kind::Bytes | Kind::ByteArray)) {
                    let unit = self.bytes_data(seq).unwrap_or_default().into_owned();
                    if unit.len().checked_mul(n).map(|t| t > self.heap.total_bytes()).unwrap_or(true) {
                        return Err(self.memory_error());
                    }
                    let rep = unit.repeat(n);
                    return Ok(Some(self.new_bytes_as(seq, &rep)?));
                }
                if matches!(self.kind(seq), Some(Kind::List | Kind::Tuple)) {
                    let unit = self.seq_to_vec(seq);
                    if unit.len().checked_mul(n).map(|t| t > self.heap.total_bytes()).unwrap_or(true) {
                        return Err(self.memory_error());
                    }
                    let mut items = alloc::vec::Vec::with_capacity(unit.len() * n);
                    for _ in 0..n {
                        items.extend_from_slice(&unit);
                    }
                    return Ok(Some(if self.is_kind(seq, Kind::List) {
                        self.new_list(&items)?
                    } else {
                        self.new_tuple(&items)?
                    }));
                }
                Ok(None)
            }
            _ => Ok(None),
        }
    }

    pub(crate) fn same_seq_kind(&self, a: Value, b: Value) -> bool {
        matches!(self.kind(a), Some(Kind::List | Kind::Tuple)) && self.kind(a) == self.kind(b)
    }

    /// Items of a list or tuple, copied out (they stay rooted through the sequence).
    pub(crate) fn seq_to_vec(&self, v: Value) -> alloc::vec::Vec<Value> {
        match self.seq_slice(v) {
            Some((start, n)) => (0..n).map(|i| self.heap.val(start + i)).collect(),
            None => alloc::vec::Vec::new(),
        }
    }

    /// Unary operators.
    pub fn unary_op(&mut self, op: Op, a: Value) -> PyResult<Value> {
        if let Some(i) = self.int_value(a) {
            return match op {
                Op::Neg => self.int_result(i.checked_neg(), Op::Sub, 0, i),
                Op::Pos => self.new_int(i),
                Op::Invert => self.new_int(!i),
                _ => Ok(Value::bool(i == 0)),
            };
        }
        #[cfg(feature = "bigint")]
        if let Some(x) = self.is_kind(a, Kind::BigInt).then(|| self.int_of(a)).flatten() {
            return self.big_unary(op, a, x);
        }
        if let Some(f) = self.float_value(a) {
            match op {
                Op::Neg => return self.new_float(-f),
                Op::Pos => return Ok(a),
                _ => {}
            }
        }
        let name = match op {
            Op::Neg => "__neg__",
            Op::Pos => "__pos__",
            _ => "__invert__",
        };
        if self.is_instance_obj(a) {
            if let Some(f) = self.lookup_special(a, name) {
                return self.call_method_value(f, a, &[]);
            }
            let b = self.builtin_value(a);
            if !b.is_null() {
                return self.unary_op(op, b);
            }
        }
        let sym = match op {
            Op::Neg => "-",
            Op::Pos => "+",
            _ => "~",
        };
        Err(self.raise_type_error(alloc::format!("bad operand type for unary {}: '{}'", sym, self.type_name_of(a))))
    }

    /// Truth value.
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        if v.is_small() {
            return Ok(v.small_value() != 0);
        }
        match v {
            Value::TRUE => return Ok(true),
            Value::FALSE | Value::NONE => return Ok(false),
            _ => {}
        }
        if v.is_qstr() {
            return Ok(!self.str_bytes(v).is_empty());
        }
        match self.kind(v) {
            Some(Kind::Str | Kind::Bytes) => Ok(!self.str_bytes(v).is_empty()),
            Some(Kind::ByteArray | Kind::MemoryView) => Ok(self.bytes_len(v) != 0),
            Some(Kind::Int64 | Kind::BigInt) => Ok(true),
            Some(Kind::Float) => Ok(self.float_value(v) != Some(0.0)),
            Some(Kind::List | Kind::Tuple) => Ok(self.seq_len(v) != 0),
            Some(Kind::Dict | Kind::Set) => Ok(self.dict_len(v) != 0),
            Some(Kind::Range) => Ok(self.range_nonempty(v)),
            Some(Kind::Instance | Kind::Exception) => {
                if let Some(f) = self.lookup_special(v, "__bool__") {
                    let r = self.call_method_value(f, v, &[])?;
                    return match r {
                        Value::TRUE => Ok(true),
                        Value::FALSE => Ok(false),
                        _ => Err(self.raise_type_error(alloc::format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name_of(r)
                        ))),
                    };
                }
                if self.lookup_special(v, "__len__").is_some() {
                    return Ok(self.len_of(v)? != 0);
                }
                let b = self.builtin_value(v);
                if !b.is_null() {
                    return self.truthy(b);
                }
                Ok(true)
            }
            _ => Ok(true),
        }
    }
}

/// Byte-string search.
pub(crate) fn find_bytes(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return if from <= hay.len() { Some(from) } else { None };
    }
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

/// `libm::pow` with exact results for integer exponents, as CPython gives.
pub(crate) fn libm_pow(x: f64, y: f64) -> f64 {
    libm::pow(x, y)
}

/// `a ** b` for a negative `b`: one correctly rounded division when
/// `a ** -b` is an exact float (so `10 ** -20` is `1e-20`), else `pow`.
fn int_pow_neg(a: i64, b: i64) -> f64 {
    let exact = u32::try_from(b.unsigned_abs())
        .ok()
        .and_then(|e| (a as i128).checked_pow(e))
        .filter(|p| p.unsigned_abs() <= 1 << 53 || (*p as f64) as i128 == *p);
    match exact {
        Some(p) => 1.0 / p as f64,
        None => libm_pow(a as f64, b as f64),
    }
}

/// CPython's float floor division: consistent with `float_mod`.
fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = libm::fmod(a, b);
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let f = libm::floor(div);
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    }
}
