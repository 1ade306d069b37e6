//! Attributes, classes and method lookup.

use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::builtins::{methods, B};
use crate::obj::Kind;
use crate::value::Value;

impl Vm {
    /// Look `name` up along a class's MRO: user class dicts, then builtin methods of builtin bases.
    pub(crate) fn class_lookup(&self, class: Value, name: &str) -> Option<Value> {
        if class.is_builtin() {
            return B::from_id(class.builtin_id()).and_then(|b| methods::find_in_type_chain(b, name.as_bytes()));
        }
        let mro = self.field(class, 3);
        for i in 0..self.seq_len(mro) {
            let c = self.seq_item(mro, i);
            if c.is_builtin() {
                if let Some(m) = B::from_id(c.builtin_id()).and_then(|b| methods::find(b, name.as_bytes())) {
                    return Some(m);
                }
            } else if let Some(v) = self.dict_get_str(self.field(c, 4), name) {
                return Some(v);
            }
        }
        None
    }

    /// A special method of an instance's class, if a user class defines it.
    pub(crate) fn lookup_special(&self, obj: Value, name: &str) -> Option<Value> {
        let class = self.type_of(obj);
        if class.is_builtin() {
            return None;
        }
        let mro = self.field(class, 3);
        for i in 0..self.seq_len(mro) {
            let c = self.seq_item(mro, i);
            if !c.is_builtin() {
                if let Some(v) = self.dict_get_str(self.field(c, 4), name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// Resolve `obj.name` for a call: a function found on the class comes back unbound
    /// with `obj` as self, so no bound-method object is made.
    pub(crate) fn get_method(&mut self, obj: Value, name: Value) -> PyResult<(Value, Value)> {
        // `module.function(...)`: the hot case of module attributes needs no copy of the name.
        if self.is_kind(obj, Kind::Module) {
            if let Some(v) = self.module_attr_fast(obj, name)? {
                return Ok((v, Value::NULL));
            }
        }
        let text_owned;
        let text: &str = {
            text_owned = alloc::string::String::from(self.str_text(name));
            &text_owned
        };
        match self.kind(obj) {
            Some(Kind::Instance | Kind::Exception) => {
                let d = self.field(obj, 2);
                if !d.is_null() {
                    if let Some(v) = self.dict_get(d, name)? {
                        return Ok((v, Value::NULL));
                    }
                }
                let class = self.field(obj, 1);
                if let Some(v) = self.class_lookup(class, text) {
                    if self.is_kind(v, Kind::Function) || v.is_method() {
                        return Ok((v, obj));
                    }
                }
            }
            Some(Kind::Super) => {
                if let Some(v) = self.super_lookup(obj, text) {
                    let s = self.field(obj, 2);
                    if self.is_kind(v, Kind::Function) || v.is_method() {
                        return Ok((v, s));
                    }
                    return Ok((v, Value::NULL));
                }
            }
            Some(Kind::Class) | Some(Kind::Module) | Some(Kind::Function) => {}
            _ if !obj.is_builtin() => {
                let t = self.type_of(obj);
                if let Some(m) =
                    B::from_id(t.builtin_id()).and_then(|b| methods::find_in_type_chain(b, text.as_bytes()))
                {
                    return Ok((m, obj));
                }
            }
            _ => {}
        }
        Ok((self.get_attr(obj, name)?, Value::NULL))
    }

    /// `obj.name`.
    pub fn get_attr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        if self.is_kind(obj, Kind::Module) {
            if let Some(v) = self.module_attr_fast(obj, name)? {
                return Ok(v);
            }
        }
        let text = alloc::string::String::from(self.str_text(name));
        if let Some(v) = self.try_get_attr(obj, name, &text)? {
            return Ok(v);
        }
        let msg = if self.is_kind(obj, Kind::Module) {
            self.module_attr_error(obj, &text)
        } else if self.is_kind(obj, Kind::Class) || (obj.is_builtin() && self.type_of(obj) == B::Type.value()) {
            alloc::format!("type object '{}' has no attribute '{}'", self.str_text(self.type_name(obj)), text)
        } else {
            alloc::format!("'{}' object has no attribute '{}'", self.type_name_of(obj), text)
        };
        Err(self.raise_msg(B::AttributeError, &msg))
    }

    /// `obj.name`, or `None` when there is no such attribute.
    pub(crate) fn try_get_attr(&mut self, obj: Value, name: Value, text: &str) -> PyResult<Option<Value>> {
        match self.kind(obj) {
            Some(Kind::Instance | Kind::Exception) => {
                let d = self.field(obj, 2);
                if !d.is_null() {
                    if let Some(v) = self.dict_get(d, name)? {
                        return Ok(Some(v));
                    }
                }
                let class = self.field(obj, 1);
                if text == "__class__" {
                    return Ok(Some(class));
                }
                if self.is_kind(obj, Kind::Exception) && text == "args" {
                    return Ok(Some(self.exception_args(obj)));
                }
                if self.is_kind(obj, Kind::Exception) && (text == "__cause__" || text == "__context__") {
                    let v = self.field(obj, if text == "__cause__" { 5 } else { 6 });
                    return Ok(Some(if v.is_null() { Value::NONE } else { v }));
                }
                if text == "value"
                    && self.is_kind(obj, Kind::Exception)
                    && self.isinstance(obj, B::StopIteration.value())
                {
                    return Ok(Some(self.exception_arg0(obj).unwrap_or(Value::NONE)));
                }
                if let Some(v) = self.class_lookup(class, text) {
                    if self.is_kind(v, Kind::Function) || v.is_method() {
                        return Ok(Some(self.new_object(Kind::BoundMethod, 0, &[obj, v])?));
                    }
                    return Ok(Some(v));
                }
                Ok(None)
            }
            Some(Kind::Class) => {
                if text == "__name__" {
                    return Ok(Some(self.field(obj, 1)));
                }
                if text == "__bases__" {
                    return Ok(Some(self.field(obj, 2)));
                }
                if text == "__mro__" {
                    return Ok(Some(self.field(obj, 3)));
                }
                if text == "__dict__" {
                    return Ok(Some(self.field(obj, 4)));
                }
                match self.class_lookup(obj, text) {
                    None if text == "__doc__" => Ok(Some(Value::NONE)),
                    v => Ok(v),
                }
            }
            Some(Kind::Super) => {
                let Some(v) = self.super_lookup(obj, text) else { return Ok(None) };
                if self.is_kind(v, Kind::Function) || v.is_method() {
                    let s = self.field(obj, 2);
                    return Ok(Some(self.new_object(Kind::BoundMethod, 0, &[s, v])?));
                }
                Ok(Some(v))
            }
            Some(Kind::Function) => {
                let (image, code) = self.function_code(obj);
                if text == "__name__" {
                    let idx = self.image(image).code(code).name_index();
                    return Ok(Some(Value::qstr(image as usize, idx)));
                }
                // Docstrings are not kept (docs/differences.md).
                if text == "__doc__" {
                    return Ok(Some(Value::NONE));
                }
                Ok(None)
            }
            Some(Kind::Module) => self.module_attr(obj, name, text),
            _ => {
                if let Some((m, i)) = obj.native_parts() {
                    return Ok(match text {
                        "__name__" => Some(self.new_str(crate::modules::func_name(m, i).as_bytes())?),
                        _ => None,
                    });
                }
                if obj.is_builtin() {
                    if text == "__name__" {
                        return Ok(Some(Value::qstr(0, obj.builtin_id())));
                    }
                    return Ok(
                        B::from_id(obj.builtin_id()).and_then(|b| methods::find_in_type_chain(b, text.as_bytes()))
                    );
                }
                let t = self.type_of(obj);
                match B::from_id(t.builtin_id()).and_then(|b| methods::find_in_type_chain(b, text.as_bytes())) {
                    Some(m) => Ok(Some(self.new_object(Kind::BoundMethod, 0, &[obj, m])?)),
                    None => Ok(self.builtin_data_attr(obj, text)),
                }
            }
        }
    }

    /// Data attributes of builtin values (`real`, `start`, ...).
    fn builtin_data_attr(&self, obj: Value, text: &str) -> Option<Value> {
        match (self.kind(obj), text) {
            (Some(Kind::Range | Kind::Slice), "start") => Some(self.field(obj, 1)),
            (Some(Kind::Range | Kind::Slice), "stop") => Some(self.field(obj, 2)),
            (Some(Kind::Range | Kind::Slice), "step") => Some(self.field(obj, 3)),
            (Some(Kind::BoundMethod), "__self__") => Some(self.field(obj, 1)),
            (Some(Kind::BoundMethod), "__func__") => Some(self.field(obj, 2)),
            (Some(Kind::Cell), "cell_contents") => Some(self.field(obj, 1)),
            _ => None,
        }
    }

    /// `obj.name = v`.
    pub fn set_attr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        match self.kind(obj) {
            Some(Kind::Instance) => {
                let d = self.field(obj, 2);
                self.dict_set(d, name, v)
            }
            Some(Kind::Exception) => {
                let mut d = self.field(obj, 2);
                if d.is_null() {
                    let mark = self.root_mark();
                    self.roots.extend_from_slice(&[obj, name, v]);
                    let nd = self.new_dict();
                    self.unroot(mark);
                    d = nd?;
                    self.set_field(obj, 2, d);
                }
                self.dict_set(d, name, v)
            }
            Some(Kind::Class) => {
                // The name lives in the class object, not its dict.
                if self.str_bytes(name) == b"__name__" && self.is_str(v) {
                    self.set_field(obj, 1, v);
                    return Ok(());
                }
                let d = self.field(obj, 4);
                self.dict_set(d, name, v)
            }
            Some(Kind::Module) => {
                let d = self.field(obj, 2);
                self.dict_set(d, name, v)
            }
            _ => {
                let msg =
                    alloc::format!("'{}' object has no attribute '{}'", self.type_name_of(obj), self.str_text(name));
                Err(self.raise_msg(B::AttributeError, &msg))
            }
        }
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let d = match self.kind(obj) {
            Some(Kind::Instance | Kind::Exception) => self.field(obj, 2),
            Some(Kind::Class) => self.field(obj, 4),
            Some(Kind::Module) => self.field(obj, 2),
            _ => Value::NULL,
        };
        if !d.is_null() && self.dict_del(d, name)?.is_some() {
            return Ok(());
        }

        let msg = alloc::format!("'{}' object has no attribute '{}'", self.type_name_of(obj), self.str_text(name));
        Err(self.raise_msg(B::AttributeError, &msg))
    }

    /// Look past `super`'s class in the MRO of its object's type.
    fn super_lookup(&self, sup: Value, name: &str) -> Option<Value> {
        let (class, obj) = (self.field(sup, 1), self.field(sup, 2));
        let t = if self.is_kind(obj, Kind::Class) { obj } else { self.type_of(obj) };
        if t.is_builtin() {
            return None;
        }
        let mro = self.field(t, 3);
        let n = self.seq_len(mro);
        let start = (0..n).position(|i| self.seq_item(mro, i) == class)? + 1;
        for i in start..n {
            let c = self.seq_item(mro, i);
            if c.is_builtin() {
                if let Some(m) = B::from_id(c.builtin_id()).and_then(|b| methods::find(b, name.as_bytes())) {
                    return Some(m);
                }
            } else if let Some(v) = self.dict_get_str(self.field(c, 4), name) {
                return Some(v);
            }
        }
        None
    }

    /// The MRO of a builtin type: itself, then its bases up to `object`.
    fn builtin_mro(b: B) -> Vec<Value> {
        let mut out = Vec::new();
        let mut t = b;
        loop {
            out.push(t.value());
            if t == B::Object {
                return out;
            }
            t = t.base();
        }
    }

    fn mro_of(&self, c: Value) -> Vec<Value> {
        if c.is_builtin() {
            return B::from_id(c.builtin_id()).map(Self::builtin_mro).unwrap_or_default();
        }
        self.seq_to_vec(self.field(c, 3))
    }

    /// C3 linearization of a new class with these bases (without the class itself).
    fn c3(&mut self, bases: &[Value]) -> PyResult<Vec<Value>> {
        let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| self.mro_of(*b)).collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let head = seqs.iter().map(|s| s[0]).find(|h| !seqs.iter().any(|s| s[1..].contains(h)));
            let Some(h) = head else {
                return Err(
                    self.raise_msg(B::TypeError, "Cannot create a consistent method resolution order (MRO) for bases")
                );
            };
            out.push(h);
            for s in seqs.iter_mut() {
                if s[0] == h {
                    s.remove(0);
                }
            }
        }
    }

    /// Make a class from its name, bases and the namespace its body filled; fill its `__class__` cell.
    pub(crate) fn make_class(&mut self, name: Value, bases: &[Value], ns: Value, cell: Value) -> PyResult<Value> {
        for b in bases {
            let ok = self.is_kind(*b, Kind::Class)
                || (b.is_builtin() && B::from_id(b.builtin_id()).map(|t| t.is_type()).unwrap_or(false));
            if !ok {
                return Err(self.raise_msg(B::TypeError, "bases must be types"));
            }
            if b.is_builtin() && !matches!(B::from_id(b.builtin_id()), Some(t) if t == B::Object || t.is_exception()) {
                let msg =
                    alloc::format!("subclassing builtin type '{}' is not supported", self.str_text(self.type_name(*b)));
                return Err(self.raise_msg(B::TypeError, &msg));
            }
        }
        let bases_v: Vec<Value> = if bases.is_empty() { alloc::vec![B::Object.value()] } else { bases.to_vec() };
        let mark = self.root_mark();
        self.roots.extend_from_slice(&[name, ns, cell]);
        let r = (|| {
            let bt = self.new_tuple(&bases_v)?;
            self.roots.push(bt);
            let mut mro = self.c3(&bases_v)?;
            mro.insert(0, Value::NULL);
            let mt = self.new_tuple(&mro)?;
            self.roots.push(mt);
            let class = self.new_object(Kind::Class, 0, &[name, bt, mt, ns])?;
            self.set_field(mt, 1, class);
            if self.is_kind(cell, Kind::Cell) {
                self.set_field(cell, 1, class);
            }
            Ok(class)
        })();
        self.unroot(mark);
        r
    }
}
