use crate::{parse_module, Scope, ScopeKind, ScopeMap, Symbol, SyntaxError};
use Symbol::*;

fn scopes(src: &str) -> ScopeMap {
    match parse_module(src, "t.py") {
        Ok(m) => m.scopes,
        Err(e) => panic!("unexpected error:\n{e}"),
    }
}

fn named<'a>(map: &'a ScopeMap, name: &str) -> &'a Scope {
    let mut found = map.iter().filter(|(_, s)| s.name == name);
    let (_, s) = found.next().unwrap_or_else(|| panic!("no scope {name}"));
    assert!(found.next().is_none(), "several scopes named {name}");
    s
}

fn sym(map: &ScopeMap, scope: &str, name: &str) -> Option<Symbol> {
    named(map, scope).lookup(name)
}

fn error(src: &str) -> SyntaxError {
    match parse_module(src, "t.py") {
        Ok(_) => panic!("expected an error for {src:?}"),
        Err(e) => e,
    }
}

fn assert_error(src: &str, message: &str, line: u32, column: u32) {
    let e = error(src);
    assert_eq!(e.message, message, "for {src:?}");
    assert_eq!((e.line, e.column), (line, column), "location for {src:?}");
}

#[test]
fn module_names_resolve_by_name() {
    let m = scopes("import os.path\nx = 1\nprint(x, os)\n");
    let module = m.get(m.module());
    assert_eq!(m.module(), 0);
    assert_eq!(module.kind, ScopeKind::Module);
    assert_eq!(module.name, "<module>");
    let names: Vec<_> = module.symbols.iter().map(|(n, s)| (n.as_str(), *s)).collect();
    assert_eq!(names, [("os", Name), ("x", Name), ("print", Name)]);
}

#[test]
fn function_locals_params_and_globals() {
    let m = scopes(
        "def f(a, b=1, *args, c, d=2, **kw):\n    x = a\n    for i in args: pass\n    \
         with open(a) as fh: pass\n    try: pass\n    except E as err: pass\n    import q\n    \
         del y\n    return len(x)\n",
    );
    let f = named(&m, "f");
    assert_eq!(f.kind, ScopeKind::Function);
    let params: Vec<_> = f.params().collect();
    assert_eq!(params, ["a", "b", "c", "d", "args", "kw"]);
    assert_eq!((f.param_count, f.positional_count, f.kwonly_count), (6, 2, 2));
    assert!(f.has_varargs && f.has_kwargs);
    for local in ["a", "b", "c", "d", "args", "kw", "x", "i", "fh", "err", "q", "y"] {
        assert_eq!(f.lookup(local), Some(Local), "{local}");
    }
    for global in ["open", "E", "len"] {
        assert_eq!(f.lookup(global), Some(GlobalImplicit), "{global}");
    }
    let locals: Vec<_> = f.locals().collect();
    assert_eq!(locals[..6], ["a", "b", "c", "d", "args", "kw"]);
    assert_eq!(f.cells().count(), 0);
    assert_eq!(f.frees().count(), 0);
}

#[test]
fn augmented_assignment_binds() {
    let m = scopes("x = 0\ndef f():\n    x += 1\n");
    assert_eq!(sym(&m, "f", "x"), Some(Local));
}

#[test]
fn decorators_defaults_bases_belong_to_enclosing_scope() {
    let m = scopes(
        "def outer():\n    d = 1\n    k = 2\n    b = 3\n    \
         @d\n    def f(p=k):\n        pass\n    class C(b):\n        pass\n    \
         g = lambda q=k: q\n",
    );
    let outer = named(&m, "outer");
    for n in ["d", "k", "b", "f", "C", "g"] {
        assert_eq!(outer.lookup(n), Some(Local), "{n}");
    }
    assert_eq!(sym(&m, "f", "k"), None);
    assert_eq!(sym(&m, "f", "d"), None);
    assert_eq!(sym(&m, "C", "b"), None);
    let lam = named(&m, "<lambda>");
    assert_eq!(lam.kind, ScopeKind::Lambda);
    assert_eq!(lam.lookup("q"), Some(Local));
    assert_eq!(lam.lookup("k"), None);
}

#[test]
fn closures_make_cells_and_frees() {
    let m = scopes("def outer(a):\n    b = 1\n    c = 2\n    def inner():\n        return a + b\n    return inner\n");
    let outer = named(&m, "outer");
    assert_eq!(outer.lookup("a"), Some(Cell));
    assert_eq!(outer.lookup("b"), Some(Cell));
    assert_eq!(outer.lookup("c"), Some(Local));
    assert_eq!(outer.lookup("inner"), Some(Local));
    assert_eq!(outer.cells().collect::<Vec<_>>(), ["a", "b"]);
    let inner = named(&m, "inner");
    assert_eq!(inner.frees().collect::<Vec<_>>(), ["a", "b"]);
    assert_eq!(inner.qualname, "outer.<locals>.inner");
}

#[test]
fn free_variables_pass_through_middle_scopes() {
    let m = scopes(
        "def a():\n    x = 1\n    def b():\n        def c():\n            return x\n        return c\n    return b\n",
    );
    assert_eq!(sym(&m, "a", "x"), Some(Cell));
    assert_eq!(sym(&m, "b", "x"), Some(Free));
    assert_eq!(sym(&m, "c", "x"), Some(Free));
    assert_eq!(named(&m, "b").frees().collect::<Vec<_>>(), ["x"]);
}

#[test]
fn module_level_names_are_not_closed_over() {
    let m = scopes("x = 1\ndef f():\n    def g():\n        return x\n");
    assert_eq!(sym(&m, "g", "x"), Some(GlobalImplicit));
    assert_eq!(sym(&m, "f", "x"), None);
}

#[test]
fn nonlocal_rebinds_enclosing() {
    let m = scopes(
        "def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n",
    );
    assert_eq!(sym(&m, "counter", "n"), Some(Cell));
    assert_eq!(sym(&m, "inc", "n"), Some(Free));
}

#[test]
fn global_declaration() {
    let m = scopes(
        "def f():\n    global g\n    g = 1\n    def h():\n        return g\n    x = 1\n    def k():\n        global x\n        return x\n",
    );
    assert_eq!(sym(&m, "f", "g"), Some(GlobalExplicit));
    // A nested function sees the global declaration: g is a global there too.
    assert_eq!(sym(&m, "h", "g"), Some(GlobalImplicit));
    assert_eq!(sym(&m, "f", "x"), Some(Local));
    assert_eq!(sym(&m, "k", "x"), Some(GlobalExplicit));
}

#[test]
fn class_scope_is_skipped_by_methods() {
    let m = scopes(
        "def f():\n    y = 1\n    class C:\n        x = 1\n        z = y\n        def m(self):\n            return x, y\n    return C\n",
    );
    let c = named(&m, "C");
    assert_eq!(c.kind, ScopeKind::Class);
    assert_eq!(c.lookup("x"), Some(Name));
    assert_eq!(c.lookup("z"), Some(Name));
    // Not bound in the class: the enclosing function's y, through a cell.
    assert_eq!(c.lookup("y"), Some(Free));
    let meth = named(&m, "m");
    assert_eq!(meth.lookup("x"), Some(GlobalImplicit));
    assert_eq!(meth.lookup("y"), Some(Free));
    assert_eq!(meth.qualname, "f.<locals>.C.m");
    assert_eq!(sym(&m, "f", "y"), Some(Cell));
    assert!(!c.needs_class_cell);
}

#[test]
fn class_body_names_and_globals() {
    let m = scopes("class C:\n    a = 1\n    b = len(a)\n    global g\n    g = 2\n");
    let c = named(&m, "C");
    assert_eq!(c.lookup("a"), Some(Name));
    assert_eq!(c.lookup("len"), Some(Name));
    assert_eq!(c.lookup("g"), Some(GlobalExplicit));
}

#[test]
fn class_passes_down_cell_it_shadows() {
    let m = scopes(
        "def f():\n    x = 1\n    class C:\n        x = 2\n        def g(self):\n            return x\n    return C\n",
    );
    let c = named(&m, "C");
    assert_eq!(c.lookup("x"), Some(Name));
    assert_eq!(c.class_frees, ["x"]);
    assert_eq!(c.frees().collect::<Vec<_>>(), ["x"]);
    assert_eq!(sym(&m, "g", "x"), Some(Free));
    assert_eq!(sym(&m, "f", "x"), Some(Cell));
}

#[test]
fn implicit_class_cell_for_super() {
    let m = scopes("class A(B):\n    def f(self):\n        return super().f()\n    def g(self):\n        return 1\n");
    let a = named(&m, "A");
    assert!(a.needs_class_cell);
    assert_eq!(a.lookup("__class__"), Some(Cell));
    assert_eq!(a.cells().collect::<Vec<_>>(), ["__class__"]);
    assert_eq!(sym(&m, "f", "__class__"), Some(Free));
    assert_eq!(sym(&m, "f", "super"), Some(GlobalImplicit));
    assert_eq!(sym(&m, "g", "__class__"), None);
    assert_eq!(named(&m, "f").qualname, "A.f");
}

#[test]
fn implicit_class_cell_for_dunder_class_and_nested_functions() {
    let m = scopes(
        "class A:\n    def f(self):\n        def inner():\n            return __class__\n        return inner\n",
    );
    assert!(named(&m, "A").needs_class_cell);
    assert_eq!(sym(&m, "inner", "__class__"), Some(Free));
    assert_eq!(sym(&m, "f", "__class__"), Some(Free));
}

#[test]
fn no_class_cell_without_super() {
    let m = scopes("class A:\n    def f(self):\n        return 1\n");
    assert!(!named(&m, "A").needs_class_cell);
    assert_eq!(named(&m, "A").lookup("__class__"), None);
}

#[test]
fn comprehension_scope() {
    let m = scopes("def f(xs, n):\n    return [x * n for x in xs if x for y in range(x)]\n");
    let c = named(&m, "<listcomp>");
    assert_eq!(c.kind, ScopeKind::Comprehension);
    assert_eq!(c.params().collect::<Vec<_>>(), [".0"]);
    assert_eq!(c.lookup(".0"), Some(Local));
    assert_eq!(c.lookup("x"), Some(Local));
    assert_eq!(c.lookup("y"), Some(Local));
    assert_eq!(c.lookup("n"), Some(Free));
    assert_eq!(c.lookup("range"), Some(GlobalImplicit));
    // The first iterable is evaluated in the enclosing scope.
    assert_eq!(c.lookup("xs"), None);
    assert_eq!(sym(&m, "f", "xs"), Some(Local));
    assert_eq!(sym(&m, "f", "n"), Some(Cell));
    assert_eq!(sym(&m, "f", "x"), None);
    assert!(!c.is_generator);
}

#[test]
fn comprehension_kinds() {
    let m = scopes("a = {k: v for k, v in d}\nb = {s for s in t}\nc = (g for g in h)\n");
    assert_eq!(named(&m, "<dictcomp>").lookup("k"), Some(Local));
    assert_eq!(named(&m, "<setcomp>").lookup("s"), Some(Local));
    let g = named(&m, "<genexpr>");
    assert!(g.is_generator);
    assert_eq!(g.lookup("g"), Some(Local));
}

#[test]
fn comprehension_in_class_cannot_see_class_names() {
    let m = scopes("class C:\n    y = 1\n    z = [y for _ in range(3)]\n");
    assert_eq!(sym(&m, "<listcomp>", "y"), Some(GlobalImplicit));
}

#[test]
fn walrus_in_comprehension_binds_in_enclosing_function() {
    let m = scopes("def f(xs):\n    if any((last := x) > 0 for x in xs):\n        return last\n");
    assert_eq!(sym(&m, "f", "last"), Some(Cell));
    assert_eq!(sym(&m, "<genexpr>", "last"), Some(Free));
    assert_eq!(sym(&m, "<genexpr>", "x"), Some(Local));
}

#[test]
fn walrus_in_nested_comprehension_passes_through() {
    let m = scopes("def f(xs):\n    [[(y := a) for a in b] for b in xs]\n    return y\n");
    assert_eq!(sym(&m, "f", "y"), Some(Cell));
    let comps: Vec<_> = m.iter().filter(|(_, s)| s.name == "<listcomp>").collect();
    assert_eq!(comps.len(), 2);
    for (_, c) in comps {
        assert_eq!(c.lookup("y"), Some(Free));
    }
}

#[test]
fn walrus_in_module_comprehension_is_global() {
    let m = scopes("[(y := a) for a in b]\nprint(y)\n");
    assert_eq!(sym(&m, "<listcomp>", "y"), Some(GlobalExplicit));
    assert_eq!(m.get(0).lookup("y"), Some(Name));
}

#[test]
fn walrus_outside_comprehension_is_plain_local() {
    let m = scopes("def f():\n    if (n := 10) > 5:\n        return n\n");
    assert_eq!(sym(&m, "f", "n"), Some(Local));
}

#[test]
fn lambda_closure_and_generators() {
    let m = scopes(
        "def f(a):\n    g = lambda b: a + b\n    yield g\ndef h():\n    yield from f(1)\ndef k():\n    return 1\n",
    );
    assert_eq!(sym(&m, "f", "a"), Some(Cell));
    assert_eq!(sym(&m, "<lambda>", "a"), Some(Free));
    assert_eq!(sym(&m, "<lambda>", "b"), Some(Local));
    assert!(named(&m, "f").is_generator);
    assert!(named(&m, "h").is_generator);
    assert!(!named(&m, "k").is_generator);
    assert!(!named(&m, "<lambda>").is_generator);
}

#[test]
fn yield_in_nested_scope_does_not_count() {
    let m = scopes("def f():\n    def g():\n        yield 1\n    return g\n");
    assert!(!named(&m, "f").is_generator);
    assert!(named(&m, "g").is_generator);
}

#[test]
fn pass_through_free_symbols_come_last_and_params_first() {
    let m = scopes(
        "def a():\n    x = 1\n    def b(p, *q, k):\n        z = 2\n        def c():\n            return x\n        return z\n",
    );
    let b = named(&m, "b");
    let names: Vec<_> = b.symbols.iter().map(|(n, s)| (n.as_str(), *s)).collect();
    assert_eq!(names, [("p", Local), ("k", Local), ("q", Local), ("z", Local), ("c", Local), ("x", Free)]);
}

#[test]
fn scope_lookup_by_start() {
    let m = parse_module("f(lambda: x for x in y)\nz = [1 for _ in w]\n", "t.py").unwrap();
    let crate::ast::Stmt::Expr(e) = &m.body[0] else { panic!() };
    let crate::ast::Expr::Call(call) = &*e.value else { panic!() };
    let genexp = &call.args[0];
    let g = m.scopes.scope_of_expr(genexp).unwrap();
    assert_eq!(m.scopes.get(g).name, "<genexpr>");
    let crate::ast::Expr::GeneratorExp(ge) = genexp else { panic!() };
    let l = m.scopes.scope_of_expr(&ge.elt).unwrap();
    assert_eq!(m.scopes.get(l).name, "<lambda>");
    assert_eq!(m.scopes.get(l).parent, Some(g));
    assert_eq!(m.scopes[g].parent, Some(0));
    use crate::Ranged;
    assert!(m.scopes.scope_at(genexp.start()).is_some());
    let crate::ast::Stmt::Assign(a) = &m.body[1] else { panic!() };
    let lc = m.scopes.scope_at(a.value.start()).unwrap();
    assert_eq!(m.scopes.get(lc).name, "<listcomp>");
    assert_eq!(m.scopes.get(0).children, [g, lc]);
}

#[test]
fn unsupported_constructs_are_rejected_while_building_the_tree() {
    let src = "def f(v):\n    match v:\n        case [a, *rest]: pass\n";
    assert_error(src, "the 'match' statement is not supported yet", 2, 5);
    assert_error("try: pass\nexcept* E: pass\n", "'except*' is not supported yet", 1, 1);
    assert_error("x = 1\ntype T = int\n", "the 'type' statement is not supported yet", 2, 1);
    assert_error("def f[T](x): pass\n", "type parameters are not supported yet", 1, 1);
    assert_error("x = (1,\n 2j)\n", "complex numbers are not supported", 2, 2);
}

#[test]
fn async_function_flags() {
    let m = scopes("async def f(x):\n    await x\n    return [y async for y in x]\n");
    assert!(named(&m, "f").is_async);
    assert!(named(&m, "<listcomp>").is_async);
}

// ---- compile-time scope errors ----

#[test]
fn error_used_prior_to_global() {
    assert_error("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5);
}

#[test]
fn error_assigned_before_global() {
    assert_error("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5);
}

#[test]
fn error_assigned_before_nonlocal() {
    assert_error(
        "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
        "name 'x' is assigned to before nonlocal declaration",
        5,
        9,
    );
}

#[test]
fn error_used_prior_to_nonlocal() {
    assert_error(
        "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
        "name 'x' is used prior to nonlocal declaration",
        5,
        9,
    );
}

#[test]
fn error_no_binding_for_nonlocal() {
    assert_error("x = 1\ndef f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 3, 5);
    // A class binding does not count.
    assert_error(
        "class C:\n    x = 1\n    def f(self):\n        nonlocal x\n",
        "no binding for nonlocal 'x' found",
        4,
        9,
    );
}

#[test]
fn error_nonlocal_at_module_level() {
    assert_error("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1);
    // As in CPython, an earlier binding is reported first.
    assert_error("x = 1\nnonlocal x\n", "name 'x' is assigned to before nonlocal declaration", 2, 1);
}

#[test]
fn error_nonlocal_and_global() {
    assert_error(
        "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
        "name 'x' is nonlocal and global",
        4,
        9,
    );
}

#[test]
fn error_parameter_and_global() {
    assert_error("def f(a):\n    global a\n", "name 'a' is parameter and global", 2, 5);
    assert_error("def f(a):\n    def g(b):\n        nonlocal b\n", "name 'b' is parameter and nonlocal", 3, 9);
}

#[test]
fn error_duplicate_argument() {
    let e = error("def f(a, b, a):\n    pass\n");
    assert_eq!(e.message, "duplicate argument 'a' in function definition");
    assert_eq!((e.line, e.column), (1, 13));
    let e = error("g = lambda x, *, x: 0\n");
    assert_eq!(e.message, "duplicate argument 'x' in function definition");
}

#[test]
fn error_return_outside_function() {
    assert_error("x = 1\nreturn x\n", "'return' outside function", 2, 1);
    assert_error("class C:\n    return 1\n", "'return' outside function", 2, 5);
}

#[test]
fn error_break_and_continue_outside_loop() {
    assert_error("if x:\n    break\n", "'break' outside loop", 2, 5);
    assert_error("while x:\n    def f():\n        continue\n", "'continue' not properly in loop", 3, 9);
    assert_error("for x in y:\n    pass\nelse:\n    break\n", "'break' outside loop", 4, 5);
    // Inside loops (also in try/finally) they are fine.
    scopes("while x:\n    try:\n        break\n    finally:\n        continue\n");
}

#[test]
fn error_yield_outside_function() {
    assert_error("x = yield 1\n", "'yield' outside function", 1, 5);
    assert_error("class C:\n    yield from y\n", "'yield' outside function", 2, 5);
    assert_error("def f():\n    return [(yield x) for x in y]\n", "'yield' inside list comprehension", 2, 14);
}

#[test]
fn error_await_outside_async() {
    assert_error("await x\n", "'await' outside function", 1, 1);
    assert_error("def f():\n    await x\n", "'await' outside async function", 2, 5);
}

#[test]
fn error_walrus_rules() {
    assert_error(
        "def f():\n    [x := 1 for x in y]\n",
        "assignment expression cannot rebind comprehension iteration variable 'x'",
        2,
        6,
    );
    assert_error(
        "class C:\n    [(y := 1) for x in z]\n",
        "assignment expression within a comprehension cannot be used in a class body",
        2,
        7,
    );
    assert_error(
        "[x for x in (y := z)]\n",
        "assignment expression cannot be used in a comprehension iterable expression",
        1,
        14,
    );
}

#[test]
fn error_import_star_in_function() {
    assert_error("def f():\n    from m import *\n", "import * only allowed at module level", 2, 19);
    scopes("from m import *\n");
}

#[test]
fn symtable_errors_come_before_compile_errors() {
    let e = error("return 1\ndef f():\n    x = 1\n    global x\n");
    assert_eq!(e.message, "name 'x' is assigned to before global declaration");
}

#[test]
fn error_display_for_scope_error() {
    let e = error("def f():\n    x = 1\n    global x\n");
    assert_eq!(
        e.to_string(),
        "  File \"t.py\", line 3\n    global x\n    ^\nSyntaxError: name 'x' is assigned to before global declaration"
    );
}
