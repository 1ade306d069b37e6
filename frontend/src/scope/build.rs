//! First pass: walk the AST, create scopes and record every name with flags.

use alloc::collections::BTreeMap;

use super::targets::{check_target, TargetUse};
use super::{NodeTag, ScopeId, ScopeKind};
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::ast::{self, Expr, ExprContext, Ranged, Stmt};
use crate::{SourceFile, SyntaxError, TextSize};

pub(super) const DEF_LOCAL: u16 = 1;
pub(super) const DEF_GLOBAL: u16 = 2;
pub(super) const DEF_NONLOCAL: u16 = 4;
pub(super) const DEF_PARAM: u16 = 8;
pub(super) const USE: u16 = 16;
pub(super) const DEF_ANNOT: u16 = 32;
pub(super) const DEF_COMP_ITER: u16 = 64;
pub(super) const DEF_BOUND: u16 = DEF_LOCAL | DEF_PARAM;

pub(super) struct RawScope {
    pub kind: ScopeKind,
    pub tag: Option<NodeTag>,
    pub name: String,
    pub qualname: String,
    pub parent: Option<ScopeId>,
    pub start: TextSize,
    pub names: Vec<(String, u16)>,
    pub index: BTreeMap<String, usize>,
    pub children: Vec<ScopeId>,
    pub param_count: usize,
    pub positional_count: usize,
    pub kwonly_count: usize,
    pub has_varargs: bool,
    pub has_kwargs: bool,
    pub is_generator: bool,
    pub is_async: bool,
    /// Offset of the `global`/`nonlocal` statement that declared a name.
    pub directives: BTreeMap<String, TextSize>,
    loop_depth: u32,
    comp_iter_expr: u32,
    comp_iter_target: bool,
    returns_with_value: Vec<TextSize>,
}

impl RawScope {
    pub fn flags(&self, name: &str) -> u16 {
        self.index.get(name).map_or(0, |&i| self.names[i].1)
    }
}

pub(super) struct Raw {
    pub scopes: Vec<RawScope>,
    /// Compiler-stage errors (reported only if analysis succeeds), with the
    /// offset they are reported at.
    pub compile_errors: Vec<(TextSize, String)>,
}

struct Builder<'a> {
    src: &'a SourceFile,
    scopes: Vec<RawScope>,
    stack: Vec<ScopeId>,
    /// First invalid assignment target (a parser error in CPython).
    target_error: Option<SyntaxError>,
    /// First symbol-table error.
    symtable_error: Option<SyntaxError>,
    compile_errors: Vec<(TextSize, String)>,
}

pub(super) fn build(body: &[Stmt], src: &SourceFile) -> Result<Raw, SyntaxError> {
    let mut b = Builder {
        src,
        scopes: Vec::new(),
        stack: Vec::new(),
        target_error: None,
        symtable_error: None,
        compile_errors: Vec::new(),
    };
    b.enter(ScopeKind::Module, "<module>", TextSize::from(0), None);
    b.body(body);
    b.stack.pop();
    if let Some(e) = b.target_error.or(b.symtable_error) {
        return Err(e);
    }
    for s in &b.scopes {
        if s.kind == ScopeKind::Function && s.is_async && s.is_generator {
            for &at in &s.returns_with_value {
                b.compile_errors.push((at, "'return' with value in async generator".into()));
            }
        }
    }
    Ok(Raw { scopes: b.scopes, compile_errors: b.compile_errors })
}

fn comp_tag_name(tag: NodeTag) -> &'static str {
    match tag {
        NodeTag::ListComp => "list comprehension",
        NodeTag::SetComp => "set comprehension",
        NodeTag::DictComp => "dict comprehension",
        _ => "generator expression",
    }
}

impl<'a> Builder<'a> {
    fn cur_id(&self) -> ScopeId {
        *self.stack.last().expect("scope stack is empty")
    }

    fn cur(&mut self) -> &mut RawScope {
        let id = self.cur_id();
        &mut self.scopes[id]
    }

    fn kind(&self) -> ScopeKind {
        self.scopes[self.cur_id()].kind
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, start: TextSize, tag: Option<NodeTag>) {
        let id = self.scopes.len();
        let parent = self.stack.last().copied();
        let qualname = match parent.map(|p| &self.scopes[p]) {
            None => name.to_string(),
            Some(p) if p.kind == ScopeKind::Module => name.to_string(),
            // `global f` in the parent: f is a module-level name.
            Some(p) if p.flags(name) & DEF_GLOBAL != 0 && tag == Some(NodeTag::Function) => name.to_string(),
            Some(p) if p.kind == ScopeKind::Class => format!("{}.{}", p.qualname, name),
            Some(p) => format!("{}.<locals>.{}", p.qualname, name),
        };
        if let Some(p) = parent {
            self.scopes[p].children.push(id);
        }
        self.scopes.push(RawScope {
            kind,
            tag,
            name: name.to_string(),
            qualname,
            parent,
            start,
            names: Vec::new(),
            index: BTreeMap::new(),
            children: Vec::new(),
            param_count: 0,
            positional_count: 0,
            kwonly_count: 0,
            has_varargs: false,
            has_kwargs: false,
            is_generator: false,
            is_async: false,
            directives: BTreeMap::new(),
            loop_depth: 0,
            comp_iter_expr: 0,
            comp_iter_target: false,
            returns_with_value: Vec::new(),
        });
        self.stack.push(id);
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    fn symtable_error(&mut self, at: TextSize, message: String) {
        if self.symtable_error.is_none() {
            self.symtable_error = Some(self.src.error(at, message));
        }
    }

    fn compile_error(&mut self, at: TextSize, message: &str) {
        self.compile_errors.push((at, message.to_string()));
    }

    fn add_to(&mut self, id: ScopeId, name: &str, flag: u16, at: TextSize) {
        let mut flag = flag;
        let scope = &mut self.scopes[id];
        if flag & DEF_LOCAL != 0 && scope.comp_iter_target {
            flag |= DEF_COMP_ITER;
        }
        match scope.index.get(name) {
            Some(&i) => {
                if flag & DEF_PARAM != 0 && scope.names[i].1 & DEF_PARAM != 0 {
                    let msg = format!("duplicate argument '{name}' in function definition");
                    self.symtable_error(at, msg);
                    return;
                }
                scope.names[i].1 |= flag;
            }
            None => {
                scope.index.insert(name.to_string(), scope.names.len());
                scope.names.push((name.to_string(), flag));
            }
        }
    }

    fn add(&mut self, name: &str, flag: u16, at: TextSize) {
        let id = self.cur_id();
        self.add_to(id, name, flag, at);
    }

    fn target(&mut self, target: &Expr, usage: TargetUse) {
        if let Err((at, msg)) = check_target(target, usage) {
            if self.target_error.is_none() {
                self.target_error = Some(self.src.error(at, msg));
            }
        }
        self.expr(target);
    }

    fn body(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn exprs<'e>(&mut self, exprs: impl IntoIterator<Item = &'e Expr>) {
        for e in exprs {
            self.expr(e);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => self.function(FunctionParts {
                name: &f.name,
                args: &f.args,
                body: &f.body,
                decorators: &f.decorator_list,
                returns: f.returns.as_deref(),
                start: f.range.start(),
                is_async: false,
            }),
            Stmt::AsyncFunctionDef(f) => self.function(FunctionParts {
                name: &f.name,
                args: &f.args,
                body: &f.body,
                decorators: &f.decorator_list,
                returns: f.returns.as_deref(),
                start: f.range.start(),
                is_async: true,
            }),
            Stmt::ClassDef(c) => {
                let start = c.range.start();
                self.add(&c.name, DEF_LOCAL, start);
                self.exprs(&c.bases);
                self.exprs(c.keywords.iter().map(|k| &k.value));
                self.exprs(&c.decorator_list);
                self.enter(ScopeKind::Class, &c.name, start, Some(NodeTag::Class));
                self.body(&c.body);
                self.leave();
            }
            Stmt::Return(r) => {
                if !self.kind().is_function_like() {
                    self.compile_error(r.range.start(), "'return' outside function");
                }
                if let Some(v) = &r.value {
                    self.cur().returns_with_value.push(r.range.start());
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t, TargetUse::Delete);
                }
            }
            Stmt::Assign(a) => {
                // CPython hints at `==` only for `target = value` with one target.
                let hint = a.targets.len() == 1 && super::targets::hint_allowed_for_value(&a.value);
                for t in &a.targets {
                    self.target(t, if hint { TargetUse::Assign } else { TargetUse::Other });
                }
                self.expr(&a.value);
            }
            Stmt::AugAssign(a) => {
                self.target(&a.target, TargetUse::AugAssign);
                self.expr(&a.value);
            }
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => self.for_loop(&f.target, &f.iter, &f.body, &f.orelse),
            Stmt::AsyncFor(f) => self.for_loop(&f.target, &f.iter, &f.body, &f.orelse),
            Stmt::While(w) => {
                self.expr(&w.test);
                self.loop_body(&w.body);
                self.body(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.body(&i.body);
                self.body(&i.orelse);
            }
            Stmt::With(w) => self.with(&w.items, &w.body),
            Stmt::AsyncWith(w) => self.with(&w.items, &w.body),
            Stmt::Raise(r) => {
                self.exprs(r.exc.as_deref());
                self.exprs(r.cause.as_deref());
            }
            Stmt::Try(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            Stmt::Assert(a) => {
                self.expr(&a.test);
                self.exprs(a.msg.as_deref());
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let bound = match &alias.asname {
                        Some(asname) => asname.as_str(),
                        None => alias.name.split('.').next().unwrap_or(""),
                    };
                    self.add(bound, DEF_LOCAL, alias.range.start());
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        if self.kind() != ScopeKind::Module {
                            let msg = "import * only allowed at module level".to_string();
                            self.symtable_error(alias.range.start(), msg);
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.add(bound, DEF_LOCAL, alias.range.start());
                }
            }
            Stmt::Global(g) => self.directive(&g.names, s.start(), true),
            Stmt::Nonlocal(n) => self.directive(&n.names, s.start(), false),
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) => {}
            Stmt::Break(b) => {
                if self.cur().loop_depth == 0 {
                    self.compile_error(b.range.start(), "'break' outside loop");
                }
            }
            Stmt::Continue(c) => {
                if self.cur().loop_depth == 0 {
                    self.compile_error(c.range.start(), "'continue' not properly in loop");
                }
            }
        }
    }

    fn loop_body(&mut self, body: &[Stmt]) {
        self.cur().loop_depth += 1;
        self.body(body);
        self.cur().loop_depth -= 1;
    }

    fn for_loop(&mut self, target: &Expr, iter: &Expr, body: &[Stmt], orelse: &[Stmt]) {
        self.target(target, TargetUse::Other);
        self.expr(iter);
        self.loop_body(body);
        self.body(orelse);
    }

    fn with(&mut self, items: &[ast::WithItem], body: &[Stmt]) {
        for item in items {
            self.expr(&item.context_expr);
            if let Some(v) = &item.optional_vars {
                self.target(v, TargetUse::Other);
            }
        }
        self.body(body);
    }

    fn try_stmt(&mut self, body: &[Stmt], handlers: &[ast::ExceptHandler], orelse: &[Stmt], finalbody: &[Stmt]) {
        self.body(body);
        self.body(orelse);
        for h in handlers {
            self.exprs(h.type_.as_deref());
            if let Some(name) = &h.name {
                self.add(name, DEF_LOCAL, h.range.start());
            }
            self.body(&h.body);
        }
        self.body(finalbody);
    }

    fn ann_assign(&mut self, a: &ast::StmtAnnAssign) {
        if let Expr::Name(n) = &*a.target {
            let cur = self.cur().flags(&n.id);
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.kind() != ScopeKind::Module && a.simple {
                let what = if cur & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                self.symtable_error(n.range.start(), format!("annotated name '{}' can't be {what}", n.id));
            }
            if a.simple {
                self.add(&n.id, DEF_ANNOT | DEF_LOCAL, n.range.start());
            } else if a.value.is_some() {
                self.add(&n.id, DEF_LOCAL, n.range.start());
            }
        } else {
            self.target(&a.target, TargetUse::Other);
        }
        self.expr(&a.annotation);
        self.exprs(a.value.as_deref());
    }

    fn directive(&mut self, names: &[ast::Identifier], at: TextSize, global: bool) {
        for name in names {
            let cur = self.cur().flags(name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let what = if global { "global" } else { "nonlocal" };
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                self.symtable_error(at, msg);
            }
            self.add(name, if global { DEF_GLOBAL } else { DEF_NONLOCAL }, at);
            if global && self.cur_id() != 0 {
                // As CPython, the module's table records names declared global anywhere.
                self.add_to(0, name, DEF_GLOBAL, at);
            }
            self.cur().directives.entry(name.to_string()).or_insert(at);
        }
    }

    /// Defaults and annotations, evaluated in the enclosing scope.
    fn argument_defaults(&mut self, args: &ast::Arguments) {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            self.exprs(a.default.as_deref());
        }
    }

    fn argument_annotations(&mut self, args: &ast::Arguments) {
        for a in args.posonlyargs.iter().chain(&args.args) {
            self.exprs(a.def.annotation.as_deref());
        }
        if let Some(v) = &args.vararg {
            self.exprs(v.annotation.as_deref());
        }
        for a in &args.kwonlyargs {
            self.exprs(a.def.annotation.as_deref());
        }
        if let Some(k) = &args.kwarg {
            self.exprs(k.annotation.as_deref());
        }
    }

    /// Parameters in register order: positional, keyword-only, `*args`,
    /// `**kwargs`.
    fn parameters(&mut self, args: &ast::Arguments) {
        let mut count = 0;
        for a in args.posonlyargs.iter().chain(&args.args) {
            self.add(&a.def.arg, DEF_PARAM, a.def.range.start());
            count += 1;
        }
        for a in &args.kwonlyargs {
            self.add(&a.def.arg, DEF_PARAM, a.def.range.start());
        }
        if let Some(v) = &args.vararg {
            self.add(&v.arg, DEF_PARAM, v.range.start());
        }
        if let Some(k) = &args.kwarg {
            self.add(&k.arg, DEF_PARAM, k.range.start());
        }
        let s = self.cur();
        s.positional_count = count;
        s.kwonly_count = args.kwonlyargs.len();
        s.has_varargs = args.vararg.is_some();
        s.has_kwargs = args.kwarg.is_some();
        s.param_count = s.names.len();
    }

    fn function(&mut self, f: FunctionParts<'_>) {
        self.add(f.name, DEF_LOCAL, f.start);
        self.argument_defaults(f.args);
        self.argument_annotations(f.args);
        self.exprs(f.returns);
        self.exprs(f.decorators);
        self.enter(ScopeKind::Function, f.name, f.start, Some(NodeTag::Function));
        self.cur().is_async = f.is_async;
        self.parameters(f.args);
        self.body(f.body);
        self.leave();
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::BoolOp(b) => self.exprs(&b.values),
            Expr::NamedExpr(n) => self.named_expr(n),
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                self.argument_defaults(&l.args);
                self.enter(ScopeKind::Lambda, "<lambda>", l.range.start(), Some(NodeTag::Lambda));
                self.parameters(&l.args);
                self.expr(&l.body);
                self.leave();
            }
            Expr::IfExp(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for (k, v) in d.keys.iter().zip(&d.values) {
                    self.exprs(k.as_ref());
                    self.expr(v);
                }
            }
            Expr::Set(s) => self.exprs(&s.elts),
            Expr::ListComp(c) => self.comprehension(c.range.start(), NodeTag::ListComp, &c.generators, &c.elt, None),
            Expr::SetComp(c) => self.comprehension(c.range.start(), NodeTag::SetComp, &c.generators, &c.elt, None),
            Expr::DictComp(c) => {
                self.comprehension(c.range.start(), NodeTag::DictComp, &c.generators, &c.key, Some(&c.value))
            }
            Expr::GeneratorExp(c) => {
                self.comprehension(c.range.start(), NodeTag::GeneratorExp, &c.generators, &c.elt, None)
            }
            Expr::Await(a) => {
                let s = &self.scopes[self.cur_id()];
                match s.kind {
                    ScopeKind::Module | ScopeKind::Class => {
                        self.compile_error(a.range.start(), "'await' outside function")
                    }
                    ScopeKind::Function if s.is_async => {}
                    ScopeKind::Function | ScopeKind::Lambda => {
                        self.compile_error(a.range.start(), "'await' outside async function")
                    }
                    ScopeKind::Comprehension => {}
                }
                self.expr(&a.value);
            }
            Expr::Yield(y) => {
                self.yield_here(y.range.start());
                self.exprs(y.value.as_deref());
            }
            Expr::YieldFrom(y) => {
                self.yield_here(y.range.start());
                if self.scopes[self.cur_id()].is_async {
                    self.compile_error(y.range.start(), "'yield from' inside async function");
                }
                self.expr(&y.value);
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                self.exprs(&c.comparators);
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                self.exprs(&c.args);
                self.exprs(c.keywords.iter().map(|k| &k.value));
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value);
                self.exprs(f.format_spec.as_deref());
            }
            Expr::JoinedStr(j) => self.exprs(&j.values),
            Expr::Constant(_) => {}
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(n) => {
                let at = n.range.start();
                if n.ctx == ExprContext::Load {
                    self.add(&n.id, USE, at);
                    if n.id.as_str() == "super" && self.kind().is_function_like() {
                        self.add("__class__", USE, at);
                    }
                } else {
                    self.add(&n.id, DEF_LOCAL, at);
                }
            }
            Expr::List(l) => self.exprs(&l.elts),
            Expr::Tuple(t) => self.exprs(&t.elts),
            Expr::Slice(s) => {
                self.exprs(s.lower.as_deref());
                self.exprs(s.upper.as_deref());
                self.exprs(s.step.as_deref());
            }
        }
    }

    fn yield_here(&mut self, at: TextSize) {
        let s = &self.scopes[self.cur_id()];
        match s.kind {
            ScopeKind::Comprehension => {
                let what = comp_tag_name(s.tag.unwrap_or(NodeTag::GeneratorExp));
                self.symtable_error(at, format!("'yield' inside {what}"));
            }
            ScopeKind::Module | ScopeKind::Class => self.compile_error(at, "'yield' outside function"),
            ScopeKind::Function | ScopeKind::Lambda => self.cur().is_generator = true,
        }
    }

    fn comprehension(
        &mut self,
        start: TextSize,
        tag: NodeTag,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) {
        let Some((first, rest)) = generators.split_first() else {
            return;
        };
        // The first iterable is evaluated in the enclosing scope.
        self.cur().comp_iter_expr += 1;
        self.expr(&first.iter);
        self.cur().comp_iter_expr -= 1;
        let name = match tag {
            NodeTag::ListComp => "<listcomp>",
            NodeTag::SetComp => "<setcomp>",
            NodeTag::DictComp => "<dictcomp>",
            _ => "<genexpr>",
        };
        self.enter(ScopeKind::Comprehension, name, start, Some(tag));
        let s = self.cur();
        s.is_async = generators.iter().any(|g| g.is_async);
        s.is_generator = tag == NodeTag::GeneratorExp;
        self.add(".0", DEF_PARAM, start);
        let s = self.cur();
        s.param_count = 1;
        s.positional_count = 1;
        for (i, g) in core::iter::once(first).chain(rest).enumerate() {
            self.cur().comp_iter_target = true;
            self.target(&g.target, TargetUse::Other);
            self.cur().comp_iter_target = false;
            if i > 0 {
                self.cur().comp_iter_expr += 1;
                self.expr(&g.iter);
                self.cur().comp_iter_expr -= 1;
            }
            self.exprs(&g.ifs);
        }
        self.expr(elt);
        self.exprs(value);
        self.leave();
    }

    fn named_expr(&mut self, n: &ast::ExprNamedExpr) {
        let at = n.range.start();
        if self.cur().comp_iter_expr > 0 {
            let msg = "assignment expression cannot be used in a comprehension iterable expression";
            self.symtable_error(at, msg.to_string());
        }
        if let Expr::Name(target) = &*n.target {
            if self.kind() == ScopeKind::Comprehension {
                self.extend_named_expr_scope(&target.id, at);
            }
        }
        self.expr(&n.value);
        self.target(&n.target, TargetUse::Other);
    }

    /// A walrus in a comprehension binds in the nearest enclosing scope that
    /// is not a comprehension.
    fn extend_named_expr_scope(&mut self, name: &str, at: TextSize) {
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let s = &self.scopes[id];
            match s.kind {
                ScopeKind::Comprehension => {
                    if s.flags(name) & DEF_COMP_ITER != 0 {
                        let msg =
                            format!("assignment expression cannot rebind comprehension iteration variable '{name}'");
                        self.symtable_error(at, msg);
                        return;
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    if s.flags(name) & DEF_GLOBAL != 0 {
                        self.add(name, DEF_GLOBAL, at);
                    } else {
                        self.add(name, DEF_NONLOCAL, at);
                    }
                    self.add_to(id, name, DEF_LOCAL, at);
                    return;
                }
                ScopeKind::Module => {
                    self.add(name, DEF_GLOBAL, at);
                    self.add_to(id, name, DEF_GLOBAL, at);
                    return;
                }
                ScopeKind::Class => {
                    let msg = "assignment expression within a comprehension cannot be used in a class body";
                    self.symtable_error(at, msg.to_string());
                    return;
                }
            }
        }
    }
}

struct FunctionParts<'a> {
    name: &'a str,
    args: &'a ast::Arguments,
    body: &'a [Stmt],
    decorators: &'a [Expr],
    returns: Option<&'a Expr>,
    start: TextSize,
    is_async: bool,
}
