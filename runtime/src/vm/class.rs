//! Classes: making them from a class body, the C3 method resolution order,
//! and the flags that keep attribute access fast.

use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::builtins::B;
use crate::layout::{cell, class, instance, tuple, wrapper};
use crate::obj::Kind;
use crate::value::Value;

impl Vm {
    /// The MRO of a builtin type: itself, then its bases up to `object`.
    pub(crate) fn builtin_mro(b: B) -> Vec<Value> {
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
        self.seq_to_vec(self.field(c, class::MRO))
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
                let mut heads: Vec<Value> = Vec::new();
                for s in &seqs {
                    if !heads.contains(&s[0]) {
                        heads.push(s[0]);
                    }
                }
                let names: Vec<alloc::string::String> =
                    heads.iter().map(|c| alloc::string::String::from(self.str_text(self.type_name(*c)))).collect();
                let msg = alloc::format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                );
                return Err(self.raise_msg(B::TypeError, &msg));
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
        let mut solid: Option<B> = None;
        for b in bases {
            let ok = self.is_kind(*b, Kind::Class)
                || (b.is_builtin() && B::from_id(b.builtin_id()).map(|t| t.is_type()).unwrap_or(false));
            if !ok {
                return Err(self.raise_msg(B::TypeError, "bases must be types"));
            }
            if b.is_builtin()
                && !matches!(B::from_id(b.builtin_id()), Some(t) if t == B::Object || t.is_exception() || subclassable(t))
            {
                let msg = alloc::format!("type '{}' is not an acceptable base type", self.str_text(self.type_name(*b)));
                return Err(self.raise_msg(B::TypeError, &msg));
            }
            // One builtin layout per class: list and dict (or an exception) cannot be mixed.
            let layout = if b.is_builtin() {
                B::from_id(b.builtin_id()).filter(|t| *t != B::Object).map(|t| {
                    if t.is_exception() {
                        B::BaseException
                    } else {
                        t
                    }
                })
            } else if self.is_exception_class(*b) {
                Some(B::BaseException)
            } else {
                self.builtin_base(*b)
            };
            if let Some(l) = layout {
                match solid {
                    Some(s) if s != l => {
                        return Err(self.raise_msg(B::TypeError, "multiple bases have instance lay-out conflict"))
                    }
                    _ => solid = Some(l),
                }
            }
        }
        // As CPython: defining __eq__ without __hash__ makes instances unhashable,
        // `__new__` is a static method and `__init_subclass__` a class method.
        if self.dict_get_str(ns, "__eq__").is_some() && self.dict_get_str(ns, "__hash__").is_none() {
            let k = self.str_value("__hash__")?;
            self.dict_set(ns, k, Value::NONE)?;
        }
        for (name, kind) in [("__new__", Kind::StaticMethod), ("__init_subclass__", Kind::ClassMethod)] {
            if let Some(f) = self.dict_get_str(ns, name).filter(|f| self.is_kind(*f, Kind::Function)) {
                let k = self.str_value(name)?;
                let wrapped = self.rooted(&[k], |vm| vm.new_object(kind, 0, &[f]));
                self.dict_set(ns, k, wrapped?)?;
            }
        }
        let bases_v: Vec<Value> = if bases.is_empty() { alloc::vec![B::Object.value()] } else { bases.to_vec() };
        self.rooted(&[name, ns, cell], |vm| {
            let bt = vm.new_tuple(&bases_v)?;
            vm.root(bt);
            let mut mro = vm.c3(&bases_v)?;
            mro.insert(0, Value::NULL);
            let mt = vm.new_tuple(&mro)?;
            vm.root(mt);
            let class = vm.new_object(Kind::Class, 0, &[name, bt, mt, ns])?;
            vm.set_field(mt, tuple::ITEMS, class);
            vm.update_class_flags(class);
            if vm.is_kind(cell, Kind::Cell) {
                vm.set_field(cell, cell::CONTENTS, class);
            }
            vm.root(class);
            vm.finish_class(class, ns)?;
            Ok(class)
        })
    }
}

/// Bits of a class's header aux: which hooks its MRO defines, so that plain
/// attribute stores need not search for them.
pub(crate) mod class_flags {
    pub const SETATTR: u32 = 2;
    pub const DELATTR: u32 = 4;
    pub const GETATTR: u32 = 8;
    pub const NEW: u32 = 16;
    /// Some class of the MRO holds a data descriptor: a property, or an instance of a class with
    /// `__set__` or `__delete__`. Attribute access then asks the class before the instance dict.
    pub const PROPERTY: u32 = 32;
    /// The class defines `__get__`: its instances are descriptors when found on a class.
    pub const GET: u32 = 64;
    /// The class defines `__set__` or `__delete__`: its instances are data descriptors.
    pub const DATA_DESCRIPTOR: u32 = 128;
    pub const ALL: u32 = SETATTR | DELATTR | GETATTR | NEW | PROPERTY | GET | DATA_DESCRIPTOR;
}

impl Vm {
    /// Recompute a class's hook flags (after it is made or one of its attributes is set).
    pub(crate) fn update_class_flags(&mut self, class: Value) {
        let mut flags = 0;
        for (name, bit) in [
            ("__setattr__", class_flags::SETATTR),
            ("__delattr__", class_flags::DELATTR),
            ("__getattr__", class_flags::GETATTR),
            ("__new__", class_flags::NEW),
            ("__get__", class_flags::GET),
            ("__set__", class_flags::DATA_DESCRIPTOR),
            ("__delete__", class_flags::DATA_DESCRIPTOR),
        ] {
            if self.class_lookup(class, name).map(|f| !f.is_method()).unwrap_or(false) {
                flags |= bit;
            }
        }
        let mro = self.field(class, class::MRO);
        for i in 0..self.seq_len(mro) {
            let c = self.seq_item(mro, i);
            if !self.is_kind(c, Kind::Class) {
                continue;
            }
            let d = self.field(c, class::DICT);
            let has = (0..self.dict_used(d))
                .any(|j| self.dict_entry(d, j).map(|(_, v)| self.is_data_descriptor(v)).unwrap_or(false));
            if has {
                flags |= class_flags::PROPERTY;
                break;
            }
        }
        let w = class.heap_index();
        let hdr = self.heap.word(w) & !(class_flags::ALL << 8);
        self.heap.set_word(w, hdr | flags << 8);
    }

    /// A property, or an instance whose class defines `__set__` or `__delete__`.
    pub(crate) fn is_data_descriptor(&self, v: Value) -> bool {
        self.is_kind(v, Kind::Property)
            || (self.is_instance_obj(v) && self.aux(self.field(v, instance::CLASS)) & class_flags::DATA_DESCRIPTOR != 0)
    }

    /// What CPython's `type.__new__` does once the class exists: `__set_name__` on each
    /// attribute that has it, then the nearest base's `__init_subclass__`.
    fn finish_class(&mut self, class: Value, ns: Value) -> PyResult<()> {
        let entries: Vec<(Value, Value)> = (0..self.dict_used(ns)).filter_map(|j| self.dict_entry(ns, j)).collect();
        for (k, v) in entries {
            if self.is_instance_obj(v) {
                if let Some(f) = self.lookup_special(v, "__set_name__") {
                    self.call(f, &[v, class, k])?;
                }
            }
        }
        let mro = self.field(class, class::MRO);
        for i in 1..self.seq_len(mro) {
            let c = self.seq_item(mro, i);
            if c.is_builtin() {
                continue;
            }
            if let Some(f) = self.dict_get_str(self.field(c, class::DICT), "__init_subclass__") {
                let f = if self.is_kind(f, Kind::ClassMethod) { self.field(f, wrapper::FUNCTION) } else { f };
                self.call(f, &[class])?;
                return Ok(());
            }
        }
        Ok(())
    }
}

/// Builtin types a class may derive from (their instances carry the builtin value).
fn subclassable(t: B) -> bool {
    matches!(
        t,
        B::Int | B::Float | B::Str | B::Tuple | B::List | B::Dict | B::Set | B::FrozenSet | B::Bytes | B::ByteArray
    )
}
