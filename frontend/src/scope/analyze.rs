//! Second pass: resolve every name (CPython's `analyze_block`), top-down,
//! turning captured locals into cells and passing free variables through
//! intermediate scopes.

use alloc::collections::{BTreeMap, BTreeSet};
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

use super::build::{Raw, RawScope, DEF_BOUND, DEF_GLOBAL, DEF_NONLOCAL};
use super::{Scope, ScopeId, ScopeKind, ScopeMap, Symbol};
use crate::{SourceFile, SyntaxError, TextSize};

/// A set of names that remembers insertion order, so results are
/// deterministic.
#[derive(Clone, Default)]
struct NameSet {
    order: Vec<String>,
    set: BTreeSet<String>,
}

impl NameSet {
    fn contains(&self, name: &str) -> bool {
        self.set.contains(name)
    }
    fn insert(&mut self, name: &str) {
        if self.set.insert(name.to_string()) {
            self.order.push(name.to_string());
        }
    }
    fn remove(&mut self, name: &str) -> bool {
        let present = self.set.remove(name);
        if present {
            self.order.retain(|n| n != name);
        }
        present
    }
    fn extend(&mut self, other: &NameSet) {
        for n in &other.order {
            self.insert(n);
        }
    }
}

/// Resolution of one name in one scope, before mapping to [`Symbol`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Res {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

struct Analyzer<'a> {
    src: &'a SourceFile,
    raw: Vec<RawScope>,
    /// Per scope: resolution of each raw name (aligned with `names`), then
    /// pass-through frees appended.
    resolved: Vec<Vec<(String, Res)>>,
    needs_class_cell: Vec<bool>,
    class_frees: Vec<Vec<String>>,
}

pub(super) fn analyze(raw: Raw, src: &SourceFile) -> Result<ScopeMap, SyntaxError> {
    let n = raw.scopes.len();
    let mut a = Analyzer {
        src,
        raw: raw.scopes,
        resolved: vec![Vec::new(); n],
        needs_class_cell: vec![false; n],
        class_frees: vec![Vec::new(); n],
    };
    let mut free = NameSet::default();
    let mut global = NameSet::default();
    a.block(0, None, &mut free, &mut global)?;
    if let Some((at, msg)) = raw.compile_errors.iter().min_by_key(|(at, _)| *at) {
        return Err(src.error(*at, msg.clone()));
    }
    Ok(a.finish())
}

impl<'a> Analyzer<'a> {
    fn directive_error(&self, id: ScopeId, name: &str, message: String) -> SyntaxError {
        let s = &self.raw[id];
        let at: TextSize = s.directives.get(name).copied().unwrap_or(s.start);
        self.src.error(at, message)
    }

    /// CPython's `analyze_name`.
    #[allow(clippy::too_many_arguments)]
    fn name(
        &self,
        id: ScopeId,
        name: &str,
        flags: u16,
        bound: &mut Option<&mut NameSet>,
        local: &mut NameSet,
        free: &mut NameSet,
        global: &mut NameSet,
    ) -> Result<Res, SyntaxError> {
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                let msg = format!("name '{name}' is nonlocal and global");
                return Err(self.directive_error(id, name, msg));
            }
            global.insert(name);
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(Res::GlobalExplicit);
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound else {
                let msg = "nonlocal declaration not allowed at module level".to_string();
                return Err(self.directive_error(id, name, msg));
            };
            if !b.contains(name) {
                let msg = format!("no binding for nonlocal '{name}' found");
                return Err(self.directive_error(id, name, msg));
            }
            free.insert(name);
            return Ok(Res::Free);
        }
        if flags & DEF_BOUND != 0 {
            local.insert(name);
            global.remove(name);
            return Ok(Res::Local);
        }
        if let Some(b) = bound {
            if b.contains(name) {
                free.insert(name);
                return Ok(Res::Free);
            }
        }
        Ok(Res::GlobalImplicit)
    }

    /// CPython's `analyze_block`. `bound` is None only for the module.
    fn block(
        &mut self,
        id: ScopeId,
        mut bound: Option<&mut NameSet>,
        free: &mut NameSet,
        global: &mut NameSet,
    ) -> Result<(), SyntaxError> {
        let kind = self.raw[id].kind;
        let mut local = NameSet::default();
        let mut newglobal = NameSet::default();
        let mut newbound = NameSet::default();
        let mut newfree = NameSet::default();

        // A class namespace is invisible to nested functions: what they see
        // is fixed before the class's own names are analysed.
        if kind == ScopeKind::Class {
            newglobal.extend(global);
            if let Some(b) = &bound {
                newbound.extend(b);
            }
        }

        let names = self.raw[id].names.clone();
        let mut resolved = Vec::with_capacity(names.len());
        for (name, flags) in &names {
            let res = self.name(id, name, *flags, &mut bound, &mut local, free, global)?;
            resolved.push((name.clone(), res));
        }

        if kind == ScopeKind::Class {
            newbound.insert("__class__");
        } else {
            if kind.is_function_like() {
                newbound.extend(&local);
            }
            if let Some(b) = &bound {
                newbound.extend(b);
            }
            newglobal.extend(global);
        }

        let mut allfree = NameSet::default();
        for child in self.raw[id].children.clone() {
            let mut child_bound = newbound.clone();
            let mut child_free = NameSet::default();
            let mut child_global = newglobal.clone();
            self.block(child, Some(&mut child_bound), &mut child_free, &mut child_global)?;
            allfree.extend(&child_free);
        }
        newfree.extend(&allfree);

        if kind.is_function_like() {
            // Locals captured by a nested scope become cells.
            for (name, res) in resolved.iter_mut() {
                if *res == Res::Local && newfree.remove(name) {
                    *res = Res::Cell;
                }
            }
        } else if kind == ScopeKind::Class && newfree.remove("__class__") {
            self.needs_class_cell[id] = true;
        }

        // Record free variables of children that pass through this scope.
        let index: BTreeMap<&str, usize> = names.iter().enumerate().map(|(i, (n, _))| (n.as_str(), i)).collect();
        let mut passing = Vec::new();
        for name in &newfree.order {
            if let Some(&i) = index.get(name.as_str()) {
                if kind == ScopeKind::Class && names[i].1 & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    self.class_frees[id].push(name.clone());
                }
                continue;
            }
            if let Some(b) = &bound {
                if !b.contains(name) {
                    continue; // a global
                }
            }
            passing.push((name.clone(), Res::Free));
        }
        resolved.extend(passing);
        self.resolved[id] = resolved;
        free.extend(&newfree);
        Ok(())
    }

    fn finish(self) -> ScopeMap {
        let mut scopes = Vec::with_capacity(self.raw.len());
        let mut by_start = BTreeMap::new();
        let mut by_node = BTreeMap::new();
        let iter = self.raw.into_iter().zip(self.resolved).zip(self.needs_class_cell).zip(self.class_frees);
        for (id, (((raw, resolved), needs_class_cell), class_frees)) in iter.enumerate() {
            let mut symbols: Vec<(String, Symbol)> = resolved
                .into_iter()
                .map(|(name, res)| {
                    let sym = match (raw.kind, res) {
                        (ScopeKind::Module, _) => Symbol::Name,
                        (ScopeKind::Class, Res::Local | Res::GlobalImplicit) => Symbol::Name,
                        (_, Res::Local) => Symbol::Local,
                        (_, Res::Cell) => Symbol::Cell,
                        (_, Res::Free) => Symbol::Free,
                        (_, Res::GlobalExplicit) => Symbol::GlobalExplicit,
                        (_, Res::GlobalImplicit) => Symbol::GlobalImplicit,
                    };
                    (name, sym)
                })
                .collect();
            if needs_class_cell {
                match symbols.iter_mut().find(|(n, _)| n == "__class__") {
                    Some(entry) => entry.1 = Symbol::Cell,
                    None => symbols.push(("__class__".to_string(), Symbol::Cell)),
                }
            }
            let index = symbols.iter().enumerate().map(|(i, (n, _))| (n.clone(), i)).collect();
            if let Some(tag) = raw.tag {
                by_start.entry(raw.start).or_insert(id);
                by_node.entry((raw.start, tag)).or_insert(id);
            }
            scopes.push(Scope {
                kind: raw.kind,
                name: raw.name,
                qualname: raw.qualname,
                parent: raw.parent,
                children: raw.children,
                start: raw.start,
                symbols,
                param_count: raw.param_count,
                positional_count: raw.positional_count,
                kwonly_count: raw.kwonly_count,
                has_varargs: raw.has_varargs,
                has_kwargs: raw.has_kwargs,
                is_generator: raw.is_generator,
                is_async: raw.is_async,
                needs_class_cell,
                class_frees,
                index,
            });
        }
        ScopeMap { scopes, by_start, by_node }
    }
}
