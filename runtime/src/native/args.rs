//! Argument binding for native functions, in one place (as PyO3's and
//! starlark-rust's): each function has a static [`ArgSpec`] and calls the one
//! shared [`bind`], which fills a fixed slot array from positional and keyword
//! arguments and words every error as CPython does. Table-driven, so a new
//! function costs a few bytes of spec, not a binding routine of its own.
//!
//! Two wordings, because CPython has two: functions written in Python there
//! (`random.randint`, `json.dumps`: `f() takes 2 positional arguments but 3 were
//! given`, `f() missing 1 required positional argument: 'x'`, `f() got an
//! unexpected keyword argument 'foo'`, `f() got multiple values for argument 'x'`)
//! and C builtins (`len() takes exactly one argument (2 given)`, `divmod expected 2
//! arguments, got 1`, `'foo' is an invalid keyword argument for int()`, `len()
//! takes no keyword arguments`). [`PY`] picks the first.

use alloc::string::String;

use crate::builtins::B;
use crate::obj::Kind;
use crate::value::Value;
use crate::vm::{Kw, PyResult, Vm};

/// The most parameters a spec may name (the slot array's size).
pub const MAX_PARAMS: usize = 12;

/// Flag: extra positional arguments are allowed (`*args`): [`Bound::rest`].
pub const VARARGS: u8 = 1;
/// Flag: unknown keyword arguments are allowed (`**kwargs`): [`Bound::extra_kw`].
pub const VARKW: u8 = 2;
/// Flag: word errors as CPython does for a function written in Python.
pub const PY: u8 = 4;

/// How a native function takes its arguments. `params` names them, separated by
/// spaces (one string: smaller in flash than a slice of names). `params[..npos]` may be given by
/// position, the rest only by keyword; `params[..posonly]` only by position;
/// `params[..required]` must be given. `defaults[i]` fills `params[required + i]`
/// when it is not given (`Value::NULL`, or no entry: the slot stays `NULL`).
pub struct ArgSpec {
    /// The name errors show (`"len"`, `"Random.randint"`).
    pub name: &'static str,
    pub params: &'static str,
    pub npos: u8,
    pub posonly: u8,
    pub required: u8,
    pub flags: u8,
    pub defaults: &'static [Value],
}

impl ArgSpec {
    /// Positional-only parameters, `min` of them required, builtin wording
    /// (`len`, `divmod`, `math.atan2`). The names serve docs and errors.
    pub const fn positional(name: &'static str, params: &'static str, n: u8, min: u8) -> ArgSpec {
        ArgSpec { name, params, npos: n, posonly: n, required: min, flags: 0, defaults: &[] }
    }

    /// No arguments at all.
    pub const fn none(name: &'static str) -> ArgSpec {
        ArgSpec::positional(name, "", 0, 0)
    }

    /// The parameters' names.
    pub fn names(&self) -> impl Iterator<Item = &'static str> {
        self.params.split(' ').filter(|n| !n.is_empty())
    }

    /// How many parameters there are.
    pub fn nparams(&self) -> usize {
        self.names().count()
    }

    /// Parameter `i`'s name.
    pub fn param(&self, i: usize) -> &'static str {
        self.names().nth(i).unwrap_or("?")
    }

    /// Does it take any argument by keyword?
    fn takes_keywords(&self) -> bool {
        (self.posonly as usize) < self.nparams() || self.flags & VARKW != 0
    }
}

/// Arguments bound to a spec's parameters.
pub struct Bound<'a> {
    pub spec: &'static ArgSpec,
    /// One per parameter; `Value::NULL` when neither given nor defaulted.
    pub slots: [Value; MAX_PARAMS],
    /// Positional arguments beyond `npos` (only with [`VARARGS`]).
    pub rest: &'a [Value],
    kw: Kw<'a>,
}

/// Bind `args` and `kw` to `spec`'s parameters.
pub fn bind<'a>(vm: &mut Vm, spec: &'static ArgSpec, args: &'a [Value], kw: Kw<'a>) -> PyResult<Bound<'a>> {
    let mut slots = [Value::NULL; MAX_PARAMS];
    let rest_from = bind_into(vm, spec, args, kw, &mut slots)?;
    Ok(Bound { spec, slots, rest: &args[rest_from..], kw })
}

/// Check `args` and `kw` against `spec` (for a function that reads `args` itself).
pub fn check(vm: &mut Vm, spec: &ArgSpec, args: &[Value], kw: Kw) -> PyResult<()> {
    let mut slots = [Value::NULL; MAX_PARAMS];
    bind_into(vm, spec, args, kw, &mut slots).map(|_| ())
}

/// The binder itself: fills `slots` and returns where `*args` starts in `args`.
pub fn bind_into(vm: &mut Vm, spec: &ArgSpec, args: &[Value], kw: Kw, slots: &mut [Value]) -> PyResult<usize> {
    let py = spec.flags & PY != 0;
    let (npos, nparams) = (spec.npos as usize, spec.nparams());
    debug_assert!(nparams <= slots.len() && npos <= nparams && spec.required as usize <= nparams);
    if !kw.is_empty() && !spec.takes_keywords() {
        return Err(err(vm, alloc::format!("{}() takes no keyword arguments", spec.name)));
    }
    let given = args.len();
    if given > npos && spec.flags & VARARGS == 0 {
        return Err(too_many(vm, spec, given, kw.len()));
    }
    // Argument Clinic counts keywords too when positional parameters may be named.
    if !py && spec.posonly < spec.npos && spec.flags & (VARARGS | VARKW) == 0 && given + kw.len() > nparams {
        return Err(too_many(vm, spec, given, kw.len()));
    }
    let npos_given = given.min(npos);
    slots[..npos_given].copy_from_slice(&args[..npos_given]);
    for &(k, v) in kw {
        let name = vm.str_bytes(k);
        let p = spec.names().position(|p| p.as_bytes() == name);
        match p {
            Some(p) if p < spec.posonly as usize => {
                if spec.flags & VARKW != 0 {
                    continue; // `f(x, /, **kw)`: a keyword `x` goes to `**kw`.
                }
                let k = String::from(vm.str_text(k));
                return Err(if py {
                    err(
                        vm,
                        alloc::format!(
                            "{}() got some positional-only arguments passed as keyword arguments: '{k}'",
                            spec.name
                        ),
                    )
                } else {
                    invalid_kw(vm, spec, &k)
                });
            }
            Some(p) if !slots[p].is_null() => {
                let k = String::from(vm.str_text(k));
                return Err(if py {
                    err(vm, alloc::format!("{}() got multiple values for argument '{k}'", spec.name))
                } else {
                    err(
                        vm,
                        alloc::format!("argument for {}() given by name ('{k}') and position ({})", spec.name, p + 1),
                    )
                });
            }
            Some(p) => slots[p] = v,
            None if spec.flags & VARKW != 0 => {}
            None => {
                let k = String::from(vm.str_text(k));
                return Err(if py {
                    err(vm, alloc::format!("{}() got an unexpected keyword argument '{k}'", spec.name))
                } else {
                    invalid_kw(vm, spec, &k)
                });
            }
        }
    }
    let required = spec.required as usize;
    if slots[..required].iter().any(|s| s.is_null()) {
        return Err(missing(vm, spec, slots, given));
    }
    for (i, d) in spec.defaults.iter().enumerate() {
        if let Some(s) = slots.get_mut(required + i).filter(|s| s.is_null()) {
            *s = *d;
        }
    }
    Ok(if spec.flags & VARARGS != 0 { npos.min(given) } else { given })
}

fn err(vm: &mut Vm, msg: String) -> crate::vm::Raised {
    vm.raise_msg(B::TypeError, &msg)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn invalid_kw(vm: &mut Vm, spec: &ArgSpec, k: &str) -> crate::vm::Raised {
    err(vm, alloc::format!("'{k}' is an invalid keyword argument for {}()", spec.name))
}

fn too_many(vm: &mut Vm, spec: &ArgSpec, given: usize, nkw: usize) -> crate::vm::Raised {
    let (f, npos, min) = (spec.name, spec.npos as usize, spec.required as usize);
    let msg = if spec.flags & PY != 0 {
        let was = if given == 1 { "was" } else { "were" };
        if min < npos {
            alloc::format!("{f}() takes from {min} to {npos} positional arguments but {given} {was} given")
        } else {
            alloc::format!("{f}() takes {npos} positional argument{} but {given} {was} given", plural(npos))
        }
    } else if spec.posonly == spec.npos {
        // CPython's METH_NOARGS, METH_O and `_PyArg_CheckPositional` wordings.
        match (min, npos, spec.takes_keywords()) {
            (0, 0, false) => alloc::format!("{f}() takes no arguments ({given} given)"),
            (1, 1, false) => alloc::format!("{f}() takes exactly one argument ({given} given)"),
            _ => too_few_or_many(f, min, npos, given),
        }
    } else if npos < spec.nparams() && given > npos {
        // Argument Clinic with keyword-only parameters.
        let how = if min == npos { "exactly" } else { "at most" };
        alloc::format!("{f}() takes {how} {npos} positional argument{} ({given} given)", plural(npos))
    } else {
        let n = spec.nparams();
        alloc::format!("{f}() takes at most {n} argument{} ({} given)", plural(n), given + nkw)
    };
    err(vm, msg)
}

fn too_few_or_many(f: &str, min: usize, max: usize, given: usize) -> String {
    let (how, n) = if min == max {
        ("", min)
    } else if given < min {
        ("at least ", min)
    } else {
        ("at most ", max)
    };
    alloc::format!("{f} expected {how}{n} argument{}, got {given}", plural(n))
}

fn missing(vm: &mut Vm, spec: &ArgSpec, slots: &[Value], given: usize) -> crate::vm::Raised {
    let required = spec.required as usize;
    let f = spec.name;
    let msg = if spec.flags & PY != 0 {
        let names: alloc::vec::Vec<&str> =
            (0..required).filter(|&i| slots[i].is_null()).map(|i| spec.param(i)).collect();
        let kind = if (required as usize) <= spec.npos as usize { "positional" } else { "keyword-only" };
        alloc::format!(
            "{f}() missing {} required {kind} argument{}: {}",
            names.len(),
            plural(names.len()),
            quote_list(&names)
        )
    } else if spec.posonly == spec.npos && required <= spec.npos as usize {
        match (required, spec.npos as usize, spec.takes_keywords()) {
            (1, 1, false) => alloc::format!("{f}() takes exactly one argument ({given} given)"),
            (min, max, _) => too_few_or_many(f, min, max, given),
        }
    } else {
        let i = slots.iter().position(|s| s.is_null()).unwrap_or(0);
        alloc::format!("{f}() missing required argument '{}' (pos {})", spec.param(i), i + 1)
    };
    err(vm, msg)
}

/// `'x'`, `'x' and 'y'`, `'x', 'y', and 'z'` (CPython's list of missing names).
fn quote_list(names: &[&str]) -> String {
    let mut s = String::new();
    for (i, n) in names.iter().enumerate() {
        if i > 0 {
            s.push_str(if names.len() == 2 {
                " and "
            } else if i + 1 == names.len() {
                ", and "
            } else {
                ", "
            });
        }
        s.push('\'');
        s.push_str(n);
        s.push('\'');
    }
    s
}

impl<'a> Bound<'a> {
    /// Parameter `i`'s value, if given or defaulted.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        Some(self.slots[i]).filter(|v| !v.is_null())
    }

    /// The positional arguments as given: `rest` for a spec of no positional
    /// parameters (`*args` only), else the leading given slots.
    pub fn args(&self) -> &[Value] {
        let npos = self.spec.npos as usize;
        if npos == 0 {
            return self.rest;
        }
        let n = self.slots[..npos].iter().take_while(|v| !v.is_null()).count();
        &self.slots[..n]
    }

    /// Parameter `i`'s value, with `None` read as not given (CPython's `Optional` parameters).
    pub fn opt(&self, i: usize) -> Option<Value> {
        self.get(i).filter(|v| *v != Value::NONE)
    }

    /// Parameter `i`'s value (a required one: the binder checked it is there).
    #[inline]
    pub fn req(&self, i: usize) -> Value {
        self.slots[i]
    }

    /// The keyword arguments `**kwargs` takes: those naming no parameter
    /// (and, as CPython, those naming a positional-only one).
    pub fn extra_kw<'v>(&self, vm: &'v Vm) -> impl Iterator<Item = (Value, Value)> + 'v
    where
        'a: 'v,
    {
        let spec = self.spec;
        self.kw.iter().copied().filter(move |(k, _)| {
            let name = vm.str_bytes(*k);
            !spec.names().enumerate().any(|(i, p)| i >= spec.posonly as usize && p.as_bytes() == name)
        })
    }

    /// An int parameter (bool and `__index__` objects convert).
    pub fn int(&self, vm: &mut Vm, i: usize) -> PyResult<i64> {
        int(vm, self.slots[i])
    }

    /// An int parameter, or `default` when not given.
    pub fn int_or(&self, vm: &mut Vm, i: usize, default: i64) -> PyResult<i64> {
        match self.get(i) {
            Some(v) => int(vm, v),
            None => Ok(default),
        }
    }

    /// A float parameter (ints, bools and `__float__` objects convert).
    pub fn float(&self, vm: &mut Vm, i: usize) -> PyResult<f64> {
        float(vm, self.slots[i])
    }

    /// A float parameter, or `default` when not given.
    pub fn float_or(&self, vm: &mut Vm, i: usize, default: f64) -> PyResult<f64> {
        match self.get(i) {
            Some(v) => float(vm, v),
            None => Ok(default),
        }
    }

    /// A str parameter: `f() argument 'name' must be str, not int` (`argument 2`
    /// for a positional-only one) otherwise.
    pub fn str(&self, vm: &mut Vm, i: usize) -> PyResult<String> {
        let v = self.slots[i];
        if vm.is_str(v) {
            return Ok(String::from(vm.str_text(v)));
        }
        let what = if i < self.spec.posonly as usize {
            alloc::format!("{}", i + 1)
        } else {
            alloc::format!("'{}'", self.spec.param(i))
        };
        Err(err(vm, alloc::format!("{}() argument {what} must be str, not {}", self.spec.name, vm.type_name_of(v))))
    }

    /// A bytes-like parameter's bytes (a copy: the heap may move under later allocations).
    pub fn bytes(&self, vm: &mut Vm, i: usize) -> PyResult<alloc::vec::Vec<u8>> {
        bytes(vm, self.slots[i])
    }

    /// A truth-value parameter, or `default` when not given.
    pub fn bool_or(&self, vm: &mut Vm, i: usize, default: bool) -> PyResult<bool> {
        match self.get(i) {
            Some(v) => vm.truthy(v),
            None => Ok(default),
        }
    }
}

/// An int (bool and `__index__` objects convert): CPython's
/// `'float' object cannot be interpreted as an integer` otherwise.
pub fn int(vm: &mut Vm, v: Value) -> PyResult<i64> {
    crate::builtins::funcs::int_arg(vm, v, "")
}

/// A float (ints, bools and `__float__` objects convert): CPython's
/// `must be real number, not str` otherwise.
pub fn float(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(f) = vm.number_value(v) {
        return Ok(f);
    }
    if vm.is_instance_obj(v) {
        if let Some(f) = vm.lookup_special(v, "__float__") {
            let r = vm.call_method_value(f, v, &[])?;
            if let Some(x) = vm.float_value(r) {
                return Ok(x);
            }
            let msg =
                alloc::format!("{}.__float__ returned non-float (type {})", vm.type_name_of(v), vm.type_name_of(r));
            return Err(err(vm, msg));
        }
    }
    Err(err(vm, alloc::format!("must be real number, not {}", vm.type_name_of(v))))
}

/// A bytes-like object's bytes (bytes, bytearray, memoryview or a subclass): CPython's
/// `a bytes-like object is required, not 'str'` otherwise.
pub fn bytes(vm: &mut Vm, v: Value) -> PyResult<alloc::vec::Vec<u8>> {
    let b = vm.unwrap_builtin(v);
    if let Some(data) = vm.bytes_data(b) {
        return Ok(data.into_owned());
    }
    Err(err(vm, alloc::format!("a bytes-like object is required, not '{}'", vm.type_name_of(v))))
}

/// Is `v` a bytearray (a writable buffer)?
pub fn is_bytearray(vm: &Vm, v: Value) -> bool {
    vm.is_kind(vm.unwrap_builtin(v), Kind::ByteArray)
}

#[cfg(test)]
mod tests;
