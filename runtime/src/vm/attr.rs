//! Attributes, classes and method lookup.

use super::class::class_flags;
use super::{PyResult, Vm};
use crate::builtins::{methods, B};
use crate::layout::{
    bound_method, cell, class, exception, instance, memoryview, module, property, range, super_, wrapper,
};
use crate::obj::Kind;
use crate::value::Value;

impl Vm {
    /// Look `name` up along a class's MRO: user class dicts, then builtin methods of builtin bases.
    pub(crate) fn class_lookup(&self, class: Value, name: &str) -> Option<Value> {
        self.class_lookup_bytes(class, name.as_bytes(), crate::hash::hash_bytes(name.as_bytes()))
    }

    /// `class_lookup` for a str value, with no copy of its text.
    pub(crate) fn class_lookup_name(&self, class: Value, name: Value) -> Option<Value> {
        self.class_lookup_bytes(class, self.str_bytes(name), self.name_hash(name))
    }

    /// `class_lookup` for a name's bytes and `hash_bytes` (which images store precomputed).
    fn class_lookup_bytes(&self, class: Value, name: &[u8], hash: u32) -> Option<Value> {
        if class.is_builtin() {
            return B::from_id(class.builtin_id()).and_then(|b| methods::find_in_type_chain(b, name, hash));
        }
        let mro = self.field(class, class::MRO);
        for i in 0..self.seq_len(mro) {
            let c = self.seq_item(mro, i);
            if c.is_builtin() {
                if let Some(m) = B::from_id(c.builtin_id()).and_then(|b| methods::find(b, name, hash)) {
                    return Some(m);
                }
            } else if let Some(v) = self.dict_get_bytes(self.field(c, class::DICT), name, hash) {
                return Some(v);
            }
        }
        None
    }

    /// `hash_bytes` of a str's text: precomputed for names in images.
    #[inline]
    pub(crate) fn name_hash(&self, name: Value) -> u32 {
        if name.is_qstr() {
            let (img, idx) = name.qstr_parts();
            if img != 0 {
                return self.images.get(img as u8).string_hash(idx);
            }
        }
        crate::hash::hash_bytes(self.str_bytes(name))
    }

    /// Does str `name` spell `text`?
    #[inline]
    pub(crate) fn name_is(&self, name: Value, text: &str) -> bool {
        self.str_bytes(name) == text.as_bytes()
    }

    /// A method of builtin type `t` (or of its builtin bases) named by str `name`, through
    /// the method cache: (type, interned name) -> method, emptied by every collection (names
    /// in images are the only interned names that can go away, and only a collection frees).
    pub(crate) fn builtin_method(&mut self, t: B, name: Value) -> Option<Value> {
        if !name.is_qstr() {
            return methods::find_in_type_chain(t, self.str_bytes(name), self.name_hash(name));
        }
        let i = ((name.0 >> 4) ^ (name.0 >> 24) ^ (t as u32).wrapping_mul(0x9e37)) as usize & (self.mcache.len() - 1);
        let c = self.mcache[i];
        if c.name == name && c.owner == t as u16 {
            return Some(Value::method(c.method));
        }
        let m = methods::find_in_type_chain(t, self.str_bytes(name), self.name_hash(name))?;
        self.mcache[i] = super::MethodCache { name, owner: t as u16, method: m.method_id() as u16 };
        Some(m)
    }

    /// `hash_key` of an interned string, which needs no heap access.
    #[inline]
    pub(crate) fn qstr_hash(&self, name: Value) -> u32 {
        let (img, idx) = name.qstr_parts();
        let h = if img == 0 {
            crate::hash::hash_bytes(self.str_bytes(name))
        } else {
            self.images.get(img as u8).string_hash(idx)
        };
        h & 0x3fff_ffff
    }

    /// `class_lookup` for an interned name, probing each class dict by the name's hash
    /// instead of its text. `None` when a class dict holds a key whose equality needs Python.
    pub(crate) fn class_lookup_qstr(&self, class: Value, name: Value) -> Option<Option<Value>> {
        if class.is_builtin() {
            return Some(self.class_lookup_name(class, name));
        }
        let h = self.qstr_hash(name);
        let mro = self.field(class, class::MRO);
        for i in 0..self.seq_len(mro) {
            let c = self.seq_item(mro, i);
            if c.is_builtin() {
                if let Some(m) = B::from_id(c.builtin_id()).and_then(|b| methods::find(b, self.str_bytes(name), h)) {
                    return Some(Some(m));
                }
            } else if let Some(v) = self.dict_get_hashed(self.field(c, class::DICT), name, h)? {
                return Some(Some(v));
            }
        }
        Some(None)
    }

    #[inline(always)]
    fn acache_index(&self, class: Value, name: Value) -> usize {
        ((name.0 >> 4) ^ (name.0 >> 24) ^ (class.0 >> 3)) as usize & (self.acache.len() - 1)
    }

    /// `name` in the dict `d` of an instance of `class` (an interned name): through the
    /// instance-attribute cache, then a probe that refills it.
    #[inline]
    pub(crate) fn instance_dict_get(&mut self, class: Value, d: Value, name: Value) -> PyResult<Option<Value>> {
        let i = self.acache_index(class, name);
        let c = self.acache[i];
        if c.class == class && c.name == name {
            if let Some(v) = self.dict_slot_value(d, c.slot as usize, name) {
                return Ok(Some(v));
            }
        }
        match self.dict_find_hashed(d, name, self.qstr_hash(name)) {
            Some(Some(slot)) => {
                self.acache[i] = super::AttrCache { class, name, slot: slot as u32 };
                Ok(Some(self.dict_slot_value_any(d, slot)))
            }
            Some(None) => Ok(None),
            None => self.dict_get(d, name),
        }
    }

    /// `d[name] = v` for the dict of an instance of `class`, through the instance-attribute cache.
    #[inline]
    pub(crate) fn instance_dict_set(&mut self, class: Value, d: Value, name: Value, v: Value) -> PyResult<()> {
        let i = self.acache_index(class, name);
        let c = self.acache[i];
        if c.class == class && c.name == name && self.dict_slot_set(d, c.slot as usize, name, v) {
            return Ok(());
        }
        let slot = self.dict_set_at(d, name, v)?;
        self.acache[i] = super::AttrCache { class, name, slot: slot as u32 };
        Ok(())
    }

    /// A name that is not a dunder: the fast path of class attributes does not have to think
    /// about `__class__`, `__dict__` and the other names with special meanings.
    #[inline]
    fn plain_name(&self, name: Value) -> bool {
        !self.str_bytes(name).starts_with(b"__")
    }

    /// A special method of an instance's class, if a user class defines it.
    pub(crate) fn lookup_special(&self, obj: Value, name: &str) -> Option<Value> {
        let class = self.type_of(obj);
        if class.is_builtin() {
            return None;
        }
        let mro = self.field(class, class::MRO);
        for i in 0..self.seq_len(mro) {
            let c = self.seq_item(mro, i);
            if !c.is_builtin() {
                if let Some(v) = self.dict_get_str(self.field(c, class::DICT), name) {
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
        // An instance of a user class: the instance dict, then the class's MRO by the name's hash.
        if self.is_kind(obj, Kind::Instance) && name.is_qstr() {
            let d = self.field(obj, instance::DICT);
            if !d.is_null() {
                if let Some(v) = self.dict_get(d, name)? {
                    return Ok((v, Value::NULL));
                }
            }
            let class = self.field(obj, instance::CLASS);
            if let Some(Some(v)) = self.class_lookup_qstr(class, name) {
                if self.is_kind(v, Kind::Function) {
                    return Ok((v, obj));
                }
            }
        }
        match self.kind(obj) {
            Some(Kind::Instance | Kind::Exception) => {
                let d = self.field(obj, instance::DICT);
                if !d.is_null() {
                    if let Some(v) = self.dict_get(d, name)? {
                        return Ok((v, Value::NULL));
                    }
                }
                let class = self.field(obj, instance::CLASS);
                if let Some(v) = self.class_lookup_name(class, name) {
                    if self.is_kind(v, Kind::Function) || (v.is_method() && !methods::is_staticmethod(v)) {
                        if methods::is_classmethod(v) {
                            return Ok((v, class));
                        }
                        return Ok((v, obj));
                    }
                    if self.is_kind(v, Kind::ClassMethod) {
                        return Ok((self.field(v, wrapper::FUNCTION), class));
                    }
                }
            }
            Some(Kind::Super) => {
                if let Some(v) = self.super_lookup(obj, name) {
                    let s = self.field(obj, super_::SELF);
                    if self.is_kind(v, Kind::Function) || (v.is_method() && !methods::is_staticmethod(v)) {
                        return Ok((v, s));
                    }
                    if self.is_kind(v, Kind::ClassMethod) {
                        let c = if self.is_kind(s, Kind::Class) { s } else { self.type_of(s) };
                        return Ok((self.field(v, wrapper::FUNCTION), c));
                    }
                    return Ok((self.bind_descriptor(v, s, false)?, Value::NULL));
                }
            }
            Some(Kind::Class) | Some(Kind::Module) | Some(Kind::Function) => {}
            _ if !obj.is_builtin() => {
                let t = self.type_of(obj);
                if let Some(m) = B::from_id(t.builtin_id()).and_then(|b| self.builtin_method(b, name)) {
                    return Ok((m, if methods::is_classmethod(m) { t } else { obj }));
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
        // An instance of a user class without `__getattr__`: as `generic_get_attr`, without a copy of the name.
        // The instance dict comes first whatever the name (as in `generic_get_attr`), unless the
        // class has data descriptors, which come before it.
        if self.is_kind(obj, Kind::Instance)
            && name.is_qstr()
            && self.field(obj, instance::CLASS).is_heap()
            && self.aux(self.field(obj, instance::CLASS)) & class_flags::PROPERTY == 0
        {
            let class = self.field(obj, instance::CLASS);
            let d = self.field(obj, instance::DICT);
            if !d.is_null() {
                if let Some(v) = self.instance_dict_get(class, d, name)? {
                    return Ok(v);
                }
            }
            if self.aux(class) & class_flags::GETATTR == 0 && self.plain_name(name) {
                if let Some(Some(v)) = self.class_lookup_qstr(class, name) {
                    return self.bind_descriptor(v, obj, false);
                }
            }
        }
        if let Some(v) = self.try_get_attr(obj, name)? {
            return Ok(v);
        }
        Err(self.attribute_error(obj, name))
    }

    pub(crate) fn attribute_error(&mut self, obj: Value, name: Value) -> super::Raised {
        let text = self.str_text(name);
        let msg = if self.is_kind(obj, Kind::Class) || (obj.is_builtin() && self.type_of(obj) == B::Type.value()) {
            alloc::format!("type object '{}' has no attribute '{}'", self.str_text(self.type_name(obj)), text)
        } else if self.is_kind(obj, Kind::Module) {
            self.module_attr_error(obj, text)
        } else {
            alloc::format!("'{}' object has no attribute '{}'", self.type_name_of(obj), text)
        };
        self.raise_msg(B::AttributeError, &msg)
    }

    /// What a class attribute `v` found for `obj` (an instance, or the class itself when
    /// `on_class`) gives: bound methods, classmethods bound to the class, property values.
    pub(crate) fn bind_descriptor(&mut self, v: Value, obj: Value, on_class: bool) -> PyResult<Value> {
        let class = if self.is_kind(obj, Kind::Class) || obj.is_builtin() { obj } else { self.type_of(obj) };
        match self.kind(v) {
            Some(Kind::Function) if !on_class => self.new_object(Kind::BoundMethod, 0, &[obj, v]),
            Some(Kind::ClassMethod) => {
                let f = self.field(v, wrapper::FUNCTION);
                self.new_object(Kind::BoundMethod, 0, &[class, f])
            }
            Some(Kind::StaticMethod) => Ok(self.field(v, wrapper::FUNCTION)),
            Some(Kind::Property) if !on_class => {
                let getter = self.field(v, property::GETTER);
                if getter == Value::NONE {
                    return Err(self.raise_type_error(alloc::format!("unreadable attribute")));
                }
                self.call(getter, &[obj])
            }
            Some(Kind::Instance | Kind::Exception)
                if self.is_instance_obj(v) && self.aux(self.field(v, instance::CLASS)) & class_flags::GET != 0 =>
            {
                let Some(get) = self.lookup_special(v, "__get__") else { return Ok(v) };
                let instance = if on_class { Value::NONE } else { obj };
                self.call(get, &[v, instance, class])
            }
            _ if v.is_method() && methods::is_classmethod(v) => self.new_object(Kind::BoundMethod, 0, &[class, v]),
            _ if v.is_method() && !on_class && !methods::is_staticmethod(v) => {
                self.new_object(Kind::BoundMethod, 0, &[obj, v])
            }
            _ => Ok(v),
        }
    }

    /// `obj.name`, or `None` when there is no such attribute.
    pub(crate) fn try_get_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        match self.kind(obj) {
            Some(Kind::Instance | Kind::Exception) => {
                let getattr = if self.is_instance_obj(obj)
                    && !self.name_is(name, "__getattr__")
                    && self.aux(self.field(obj, instance::CLASS)) & class_flags::GETATTR != 0
                {
                    self.lookup_special(obj, "__getattr__")
                } else {
                    None
                };
                match self.generic_get_attr(obj, name) {
                    Ok(Some(v)) => return Ok(Some(v)),
                    Ok(None) => {}
                    // A property that raises AttributeError falls back to __getattr__ too.
                    Err(e) => {
                        if getattr.is_none() || !self.exception_matches(self.exc, B::AttributeError.value()) {
                            return Err(e);
                        }
                        self.exc = Value::NULL;
                    }
                }
                {
                    if let Some(f) = getattr {
                        let r = self.rooted(&[obj], |vm| vm.call_method_value(f, obj, &[name]));
                        return r.map(Some);
                    }
                }
                Ok(None)
            }
            Some(Kind::Class) => {
                match self.str_text(name) {
                    "__name__" | "__qualname__" => return Ok(Some(self.field(obj, class::NAME))),
                    "__bases__" => return Ok(Some(self.field(obj, class::BASES))),
                    "__mro__" => return Ok(Some(self.field(obj, class::MRO))),
                    "__dict__" => return Ok(Some(self.field(obj, class::DICT))),
                    "__class__" => return Ok(Some(B::Type.value())),
                    _ => {}
                }
                match self.class_lookup_name(obj, name) {
                    Some(v) => Ok(Some(self.bind_descriptor(v, obj, true)?)),
                    None => Ok(match self.str_text(name) {
                        "__doc__" => Some(Value::NONE),
                        "__module__" => Some(self.str_value("__main__")?),
                        _ => None,
                    }),
                }
            }
            Some(Kind::Super) => {
                let Some(v) = self.super_lookup(obj, name) else { return Ok(None) };
                let s = self.field(obj, super_::SELF);
                let on_class = self.is_kind(s, Kind::Class);
                Ok(Some(self.bind_descriptor(v, s, on_class)?))
            }
            Some(Kind::Function) => {
                let (image, code) = self.function_code(obj);
                match self.str_text(name) {
                    "__name__" | "__qualname__" => {
                        let idx = self.image(image).code(code).name_index();
                        Ok(Some(Value::qstr(image as usize, idx)))
                    }
                    "__doc__" => Ok(Some(Value::NONE)),
                    "__module__" => Ok(Some(self.str_value("__main__")?)),
                    _ => Ok(None),
                }
            }
            Some(Kind::Module) => self.module_attr(obj, name),
            Some(Kind::ClassMethod | Kind::StaticMethod) if self.name_is(name, "__func__") => {
                Ok(Some(self.field(obj, wrapper::FUNCTION)))
            }
            Some(Kind::Property) => Ok(match self.str_text(name) {
                "fget" => Some(self.field(obj, property::GETTER)),
                "fset" => Some(self.field(obj, property::SETTER)),
                "fdel" => Some(self.field(obj, property::DELETER)),
                "__doc__" => Some(self.field(obj, property::DOC)),
                "getter" | "setter" | "deleter" => {
                    let m =
                        methods::find(B::Property, self.str_bytes(name), self.name_hash(name)).unwrap_or(Value::NONE);
                    Some(self.new_object(Kind::BoundMethod, 0, &[obj, m])?)
                }
                _ => None,
            }),
            _ => {
                if let Some((m, i)) = obj.native_parts() {
                    return Ok(match self.str_text(name) {
                        "__name__" => Some(self.new_str(crate::modules::func_name(self, m, i).as_bytes())?),
                        _ => None,
                    });
                }
                if obj.is_method() && self.name_is(name, "__name__") {
                    let text = methods::def(obj).map(|d| d.name).unwrap_or("?");
                    return Ok(Some(self.new_str(text.as_bytes())?));
                }
                if obj.is_builtin() {
                    if self.name_is(name, "__name__") || self.name_is(name, "__qualname__") {
                        return Ok(Some(Value::qstr(0, obj.builtin_id())));
                    }
                    if let Some(b) = B::from_id(obj.builtin_id()).filter(|b| b.is_type()) {
                        match self.str_text(name) {
                            "__mro__" => return Ok(Some(self.new_tuple(&Self::builtin_mro(b))?)),
                            "__bases__" => {
                                let bases: &[Value] = if b == B::Object { &[] } else { &[b.base().value()] };
                                return Ok(Some(self.new_tuple(bases)?));
                            }
                            "__module__" => return Ok(Some(self.str_value("builtins")?)),
                            "__class__" => return Ok(Some(B::Type.value())),
                            _ => {}
                        }
                    }
                    let m = B::from_id(obj.builtin_id()).and_then(|b| self.builtin_method(b, name));
                    return match m {
                        Some(m) if methods::is_classmethod(m) => {
                            Ok(Some(self.new_object(Kind::BoundMethod, 0, &[obj, m])?))
                        }
                        m => Ok(m),
                    };
                }
                let t = self.type_of(obj);
                match B::from_id(t.builtin_id()).and_then(|b| self.builtin_method(b, name)) {
                    Some(m) => {
                        let s = if methods::is_classmethod(m) { t } else { obj };
                        Ok(Some(self.new_object(Kind::BoundMethod, 0, &[s, m])?))
                    }
                    None => self.builtin_data_attr(obj, name),
                }
            }
        }
    }

    /// Attribute lookup without `__getattr__`: properties, the instance dict, the class.
    pub(crate) fn generic_get_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        // The instance dict first: a property's name only gets there by writing `__dict__`
        // directly, so checking the class for data descriptors first would only cost time.
        let class = self.field(obj, instance::CLASS);
        if class.is_heap() && self.aux(class) & class_flags::PROPERTY != 0 {
            if let Some(v) = self.class_lookup_name(class, name).filter(|v| self.is_data_descriptor(*v)) {
                return Ok(Some(self.bind_descriptor(v, obj, false)?));
            }
        }
        let d = self.field(obj, instance::DICT);
        if !d.is_null() {
            if let Some(v) = self.dict_get(d, name)? {
                return Ok(Some(v));
            }
        }
        let found = self.class_lookup_name(class, name);
        match self.str_text(name) {
            "__class__" => return Ok(Some(class)),
            "__dict__" if self.is_kind(obj, Kind::Instance) => return Ok(Some(d)),
            _ => {}
        }
        if self.is_kind(obj, Kind::Exception) {
            if let Some(v) = self.exception_attr(obj, name)? {
                return Ok(Some(v));
            }
        }
        match found {
            Some(v) => Ok(Some(self.bind_descriptor(v, obj, false)?)),
            None => Ok(match self.str_text(name) {
                "__doc__" => Some(Value::NONE),
                "__module__" => Some(self.str_value("__main__")?),
                _ => None,
            }),
        }
    }

    /// Attributes every exception has.
    fn exception_attr(&mut self, e: Value, name: Value) -> PyResult<Option<Value>> {
        let args = self.exception_args(e);
        let n = self.seq_len(args);
        let arg = |vm: &Vm, i: usize| if i < n { vm.seq_item(args, i) } else { Value::NONE };
        let or_none = |v: Value| if v.is_null() { Value::NONE } else { v };
        Ok(Some(match self.str_text(name) {
            "args" => args,
            "__cause__" => or_none(self.field(e, exception::CAUSE)),
            "__context__" => or_none(self.field(e, exception::CONTEXT)),
            "__suppress_context__" => Value::bool(!self.field(e, exception::CAUSE).is_null()),
            "__traceback__" => Value::NONE,
            "errno" | "strerror" | "filename" if self.isinstance(e, B::OSError.value()) => {
                if n < 2 {
                    Value::NONE
                } else {
                    match self.str_text(name) {
                        "errno" => arg(self, 0),
                        "strerror" => arg(self, 1),
                        _ => arg(self, 2),
                    }
                }
            }
            "value" if self.isinstance(e, B::StopIteration.value()) => arg(self, 0),
            "code" if self.isinstance(e, B::SystemExit.value()) => {
                if n == 1 {
                    arg(self, 0)
                } else if n == 0 {
                    Value::NONE
                } else {
                    args
                }
            }
            _ => return Ok(None),
        }))
    }

    /// Data attributes of builtin values (`real`, `start`, ...).
    fn builtin_data_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        Ok(match (self.kind(obj), self.str_text(name)) {
            (Some(Kind::Range | Kind::Slice), "start") => Some(self.field(obj, range::START)),
            (Some(Kind::Range | Kind::Slice), "stop") => Some(self.field(obj, range::STOP)),
            (Some(Kind::Range | Kind::Slice), "step") => Some(self.field(obj, range::STEP)),
            (Some(Kind::BoundMethod), "__self__") => Some(self.field(obj, bound_method::SELF)),
            (Some(Kind::BoundMethod), "__func__") => Some(self.field(obj, bound_method::FUNCTION)),
            (Some(Kind::BoundMethod), "__name__") => {
                let f = self.field(obj, bound_method::FUNCTION);
                return self.try_get_attr(f, name);
            }
            (Some(Kind::Cell), "cell_contents") => Some(self.field(obj, cell::CONTENTS)),
            (Some(Kind::MemoryView), "readonly") => {
                Some(Value::bool(self.is_kind(self.field(obj, memoryview::OBJ), Kind::Bytes)))
            }
            (Some(Kind::MemoryView), "nbytes") => Some(self.field(obj, memoryview::LEN)),
            (Some(Kind::MemoryView), "obj") => Some(self.field(obj, memoryview::OBJ)),
            (_, "__class__") => Some(self.type_of(obj)),
            _ => None,
        })
    }

    /// `obj.name = v`.
    pub fn set_attr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        if self.is_instance_obj(obj) && self.aux(self.field(obj, instance::CLASS)) & class_flags::SETATTR != 0 {
            if let Some(f) = self.lookup_special(obj, "__setattr__") {
                let r = self.rooted(&[obj, name, v], |vm| vm.call_method_value(f, obj, &[name, v]));
                return r.map(|_| ());
            }
        }
        self.generic_set_attr(obj, name, v)
    }

    /// `object.__setattr__`: property setters, else the instance (or class) dict.
    pub(crate) fn generic_set_attr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        // The common case: an instance whose classes hold no property.
        if self.is_kind(obj, Kind::Instance) {
            let class = self.field(obj, instance::CLASS);
            if class.is_heap() && self.aux(class) & class_flags::PROPERTY == 0 {
                let d = self.field(obj, instance::DICT);
                if name.is_qstr() && self.is_kind(d, Kind::Dict) {
                    return self.instance_dict_set(class, d, name, v);
                }
                return self.dict_set(d, name, v);
            }
        }
        if matches!(self.kind(obj), Some(Kind::Instance | Kind::Exception)) {
            let class = self.field(obj, instance::CLASS);
            if let Some(p) = self.class_lookup_name(class, name).filter(|p| self.is_data_descriptor(*p)) {
                if !self.is_kind(p, Kind::Property) {
                    return self.call_descriptor_hook(p, "__set__", &[obj, v]);
                }
                let setter = self.field(p, property::SETTER);
                if setter == Value::NONE {
                    return Err(self.property_error(obj, name, "setter"));
                }
                self.call(setter, &[obj, v])?;
                return Ok(());
            }
        }
        match self.kind(obj) {
            Some(Kind::Instance) if self.field(obj, instance::CLASS) != B::Object.value() => {
                let d = self.field(obj, instance::DICT);
                self.dict_set(d, name, v)
            }
            Some(Kind::Exception) => {
                let cause = self.name_is(name, "__cause__");
                match self.str_text(name) {
                    "__cause__" | "__context__" => {
                        if v != Value::NONE && !self.is_kind(v, Kind::Exception) {
                            let what = if cause { "cause" } else { "context" };
                            let msg = alloc::format!("exception {} must be None or derive from BaseException", what);
                            return Err(self.raise_msg(B::TypeError, &msg));
                        }
                        let i = if cause { exception::CAUSE } else { exception::CONTEXT };
                        let v = if v == Value::NONE && i == exception::CONTEXT { Value::NULL } else { v };
                        self.set_field(obj, i, v);
                        return Ok(());
                    }
                    "args" => {
                        let items = self.collect_iterable(v)?;
                        let t = self.new_tuple(&items)?;
                        self.set_field(obj, exception::ARGS, t);
                        return Ok(());
                    }
                    _ => {}
                }
                let mut d = self.field(obj, exception::DICT);
                if d.is_null() {
                    let nd = self.rooted(&[obj, name, v], |vm| vm.new_dict());
                    d = nd?;
                    self.set_field(obj, exception::DICT, d);
                }
                self.dict_set(d, name, v)
            }
            Some(Kind::Class) => {
                // The name lives in the class object, not its dict.
                if self.str_bytes(name) == b"__name__" && self.is_str(v) {
                    self.set_field(obj, class::NAME, v);
                    return Ok(());
                }
                let d = self.field(obj, class::DICT);
                self.dict_set(d, name, v)?;
                self.update_class_flags(obj);
                Ok(())
            }
            Some(Kind::Module) => {
                let d = self.field(obj, module::DICT);
                self.dict_set(d, name, v)
            }
            _ => {
                let text = self.str_text(name);
                let msg = if obj.is_builtin() {
                    alloc::format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        text,
                        self.str_text(self.type_name(obj))
                    )
                } else {
                    alloc::format!("'{}' object has no attribute '{}'", self.type_name_of(obj), text)
                };
                Err(self.raise_msg(if obj.is_builtin() { B::TypeError } else { B::AttributeError }, &msg))
            }
        }
    }

    /// `descriptor.__set__(obj, v)` or `descriptor.__delete__(obj)`; a data descriptor
    /// without the one asked for raises AttributeError, as in CPython.
    fn call_descriptor_hook(&mut self, desc: Value, hook: &str, args: &[Value]) -> PyResult<()> {
        let Some(f) = self.lookup_special(desc, hook) else {
            return Err(self.raise_msg(B::AttributeError, hook));
        };
        let mut all = alloc::vec::Vec::with_capacity(args.len() + 1);
        all.push(desc);
        all.extend_from_slice(args);
        self.call(f, &all).map(|_| ())
    }

    fn property_error(&mut self, obj: Value, name: Value, what: &str) -> super::Raised {
        let msg =
            alloc::format!("property '{}' of '{}' object has no {}", self.str_text(name), self.type_name_of(obj), what);
        self.raise_msg(B::AttributeError, &msg)
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        if self.is_instance_obj(obj) && self.aux(self.field(obj, instance::CLASS)) & class_flags::DELATTR != 0 {
            if let Some(f) = self.lookup_special(obj, "__delattr__") {
                let r = self.rooted(&[obj, name], |vm| vm.call_method_value(f, obj, &[name]));
                return r.map(|_| ());
            }
        }
        self.generic_del_attr(obj, name)
    }

    /// `object.__delattr__`.
    pub(crate) fn generic_del_attr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        if matches!(self.kind(obj), Some(Kind::Instance | Kind::Exception)) {
            let class = self.field(obj, instance::CLASS);
            if let Some(p) = self.class_lookup_name(class, name).filter(|p| self.is_data_descriptor(*p)) {
                if !self.is_kind(p, Kind::Property) {
                    return self.call_descriptor_hook(p, "__delete__", &[obj]);
                }
                let deleter = self.field(p, property::DELETER);
                if deleter == Value::NONE {
                    return Err(self.property_error(obj, name, "deleter"));
                }
                self.call(deleter, &[obj])?;
                return Ok(());
            }
        }
        let d = match self.kind(obj) {
            Some(Kind::Instance | Kind::Exception) => self.field(obj, instance::DICT),
            Some(Kind::Class) => self.field(obj, class::DICT),
            Some(Kind::Module) => self.field(obj, module::DICT),
            _ => Value::NULL,
        };
        if !d.is_null() && self.dict_del(d, name)?.is_some() {
            return Ok(());
        }
        // `del module.missing` words it as for any object (CPython 3.11).
        if self.is_kind(obj, Kind::Module) {
            let msg = alloc::format!("'module' object has no attribute '{}'", self.str_text(name));
            return Err(self.raise_msg(B::AttributeError, &msg));
        }
        Err(self.attribute_error(obj, name))
    }

    /// Look past `super`'s class in the MRO of its object's type.
    fn super_lookup(&self, sup: Value, name: Value) -> Option<Value> {
        let (class, obj) = (self.field(sup, super_::CLASS), self.field(sup, super_::SELF));
        let t = if self.is_kind(obj, Kind::Class) { obj } else { self.type_of(obj) };
        if t.is_builtin() {
            return None;
        }
        let mro = self.field(t, class::MRO);
        let n = self.seq_len(mro);
        let start = (0..n).position(|i| self.seq_item(mro, i) == class)? + 1;
        for i in start..n {
            let c = self.seq_item(mro, i);
            if c.is_builtin() {
                if let Some(m) = B::from_id(c.builtin_id())
                    .and_then(|b| methods::find(b, self.str_bytes(name), self.name_hash(name)))
                {
                    return Some(m);
                }
            } else if let Some(v) =
                self.dict_get_bytes(self.field(c, class::DICT), self.str_bytes(name), self.name_hash(name))
            {
                return Some(v);
            }
        }
        None
    }
}
