//! rustpython-parser's AST to frostpy's own [`crate::ast`] (host only, with
//! the `rustpython` feature). Ranges are copied as they are; constructs the
//! own AST leaves out become a `SyntaxError` at their start, with the
//! message code generation gave them before.

use rustpython_parser::ast as rp;
use rustpython_parser::ast::Ranged as _;

use crate::ast::*;
use crate::{SourceFile, SyntaxError};

type R<T> = Result<T, SyntaxError>;

/// Convert a module body.
pub fn convert_module(body: &[rp::Stmt], src: &SourceFile) -> R<Vec<Stmt>> {
    Converter { src }.stmts(body)
}

struct Converter<'a> {
    src: &'a SourceFile,
}

fn range(r: rp::text_size::TextRange) -> TextRange {
    TextRange::from_offsets(r.start().into(), r.end().into())
}

fn ident(i: &rp::Identifier) -> Identifier {
    i.as_str().into()
}

impl Converter<'_> {
    fn unsupported(&self, at: rp::text_size::TextRange, what: &str) -> SyntaxError {
        self.src.error(TextSize::from(u32::from(at.start())), format!("{what} is not supported yet"))
    }

    fn stmts(&self, body: &[rp::Stmt]) -> R<Vec<Stmt>> {
        body.iter().map(|s| self.stmt(s)).collect()
    }

    fn exprs(&self, es: &[rp::Expr]) -> R<Vec<Expr>> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    fn boxed(&self, e: &rp::Expr) -> R<Box<Expr>> {
        Ok(Box::new(self.expr(e)?))
    }

    fn opt(&self, e: &Option<Box<rp::Expr>>) -> R<Option<Box<Expr>>> {
        e.as_deref().map(|e| self.boxed(e)).transpose()
    }

    fn no_type_params(&self, params: &[rp::TypeParam], at: rp::text_size::TextRange) -> R<()> {
        if params.is_empty() {
            Ok(())
        } else {
            Err(self.src.error(TextSize::from(u32::from(at.start())), "type parameters are not supported yet"))
        }
    }

    fn stmt(&self, s: &rp::Stmt) -> R<Stmt> {
        Ok(match s {
            rp::Stmt::FunctionDef(f) => {
                self.no_type_params(&f.type_params, f.range)?;
                Stmt::FunctionDef(StmtFunctionDef {
                    range: range(f.range),
                    name: ident(&f.name),
                    args: Box::new(self.arguments(&f.args)?),
                    body: self.stmts(&f.body)?,
                    decorator_list: self.exprs(&f.decorator_list)?,
                    returns: self.opt(&f.returns)?,
                })
            }
            rp::Stmt::AsyncFunctionDef(f) => {
                self.no_type_params(&f.type_params, f.range)?;
                Stmt::AsyncFunctionDef(StmtAsyncFunctionDef {
                    range: range(f.range),
                    name: ident(&f.name),
                    args: Box::new(self.arguments(&f.args)?),
                    body: self.stmts(&f.body)?,
                    decorator_list: self.exprs(&f.decorator_list)?,
                    returns: self.opt(&f.returns)?,
                })
            }
            rp::Stmt::ClassDef(c) => {
                self.no_type_params(&c.type_params, c.range)?;
                Stmt::ClassDef(StmtClassDef {
                    range: range(c.range),
                    name: ident(&c.name),
                    bases: self.exprs(&c.bases)?,
                    keywords: self.keywords(&c.keywords)?,
                    body: self.stmts(&c.body)?,
                    decorator_list: self.exprs(&c.decorator_list)?,
                })
            }
            rp::Stmt::Return(r) => Stmt::Return(StmtReturn { range: range(r.range), value: self.opt(&r.value)? }),
            rp::Stmt::Delete(d) => Stmt::Delete(StmtDelete { range: range(d.range), targets: self.exprs(&d.targets)? }),
            rp::Stmt::Assign(a) => Stmt::Assign(StmtAssign {
                range: range(a.range),
                targets: self.exprs(&a.targets)?,
                value: self.boxed(&a.value)?,
            }),
            rp::Stmt::TypeAlias(t) => return Err(self.unsupported(t.range, "the 'type' statement")),
            rp::Stmt::AugAssign(a) => Stmt::AugAssign(StmtAugAssign {
                range: range(a.range),
                target: self.boxed(&a.target)?,
                op: operator(a.op),
                value: self.boxed(&a.value)?,
            }),
            rp::Stmt::AnnAssign(a) => Stmt::AnnAssign(StmtAnnAssign {
                range: range(a.range),
                target: self.boxed(&a.target)?,
                annotation: self.boxed(&a.annotation)?,
                value: self.opt(&a.value)?,
                simple: a.simple,
            }),
            rp::Stmt::For(f) => Stmt::For(StmtFor {
                range: range(f.range),
                target: self.boxed(&f.target)?,
                iter: self.boxed(&f.iter)?,
                body: self.stmts(&f.body)?,
                orelse: self.stmts(&f.orelse)?,
            }),
            rp::Stmt::AsyncFor(f) => Stmt::AsyncFor(StmtAsyncFor {
                range: range(f.range),
                target: self.boxed(&f.target)?,
                iter: self.boxed(&f.iter)?,
                body: self.stmts(&f.body)?,
                orelse: self.stmts(&f.orelse)?,
            }),
            rp::Stmt::While(w) => Stmt::While(StmtWhile {
                range: range(w.range),
                test: self.boxed(&w.test)?,
                body: self.stmts(&w.body)?,
                orelse: self.stmts(&w.orelse)?,
            }),
            rp::Stmt::If(i) => Stmt::If(StmtIf {
                range: range(i.range),
                test: self.boxed(&i.test)?,
                body: self.stmts(&i.body)?,
                orelse: self.stmts(&i.orelse)?,
            }),
            rp::Stmt::With(w) => Stmt::With(StmtWith {
                range: range(w.range),
                items: self.with_items(&w.items)?,
                body: self.stmts(&w.body)?,
            }),
            rp::Stmt::AsyncWith(w) => Stmt::AsyncWith(StmtAsyncWith {
                range: range(w.range),
                items: self.with_items(&w.items)?,
                body: self.stmts(&w.body)?,
            }),
            rp::Stmt::Match(m) => return Err(self.unsupported(m.range, "the 'match' statement")),
            rp::Stmt::Raise(r) => {
                Stmt::Raise(StmtRaise { range: range(r.range), exc: self.opt(&r.exc)?, cause: self.opt(&r.cause)? })
            }
            rp::Stmt::Try(t) => Stmt::Try(StmtTry {
                range: range(t.range),
                body: self.stmts(&t.body)?,
                handlers: self.handlers(&t.handlers)?,
                orelse: self.stmts(&t.orelse)?,
                finalbody: self.stmts(&t.finalbody)?,
            }),
            rp::Stmt::TryStar(t) => return Err(self.unsupported(t.range, "'except*'")),
            rp::Stmt::Assert(a) => {
                Stmt::Assert(StmtAssert { range: range(a.range), test: self.boxed(&a.test)?, msg: self.opt(&a.msg)? })
            }
            rp::Stmt::Import(i) => Stmt::Import(StmtImport { range: range(i.range), names: aliases(&i.names) }),
            rp::Stmt::ImportFrom(i) => Stmt::ImportFrom(StmtImportFrom {
                range: range(i.range),
                module: i.module.as_ref().map(ident),
                names: aliases(&i.names),
                level: i.level.map_or(0, |l| l.to_u32()),
            }),
            rp::Stmt::Global(g) => {
                Stmt::Global(StmtGlobal { range: range(g.range), names: g.names.iter().map(ident).collect() })
            }
            rp::Stmt::Nonlocal(n) => {
                Stmt::Nonlocal(StmtNonlocal { range: range(n.range), names: n.names.iter().map(ident).collect() })
            }
            rp::Stmt::Expr(e) => Stmt::Expr(StmtExpr { range: range(e.range), value: self.boxed(&e.value)? }),
            rp::Stmt::Pass(p) => Stmt::Pass(StmtPass { range: range(p.range) }),
            rp::Stmt::Break(b) => Stmt::Break(StmtBreak { range: range(b.range) }),
            rp::Stmt::Continue(c) => Stmt::Continue(StmtContinue { range: range(c.range) }),
        })
    }

    fn arguments(&self, a: &rp::Arguments) -> R<Arguments> {
        let with_defaults = |list: &[rp::ArgWithDefault]| -> R<Vec<ArgWithDefault>> {
            list.iter().map(|a| Ok(ArgWithDefault { def: self.arg(&a.def)?, default: self.opt(&a.default)? })).collect()
        };
        Ok(Arguments {
            posonlyargs: with_defaults(&a.posonlyargs)?,
            args: with_defaults(&a.args)?,
            vararg: a.vararg.as_deref().map(|v| self.arg(v).map(Box::new)).transpose()?,
            kwonlyargs: with_defaults(&a.kwonlyargs)?,
            kwarg: a.kwarg.as_deref().map(|k| self.arg(k).map(Box::new)).transpose()?,
        })
    }

    fn arg(&self, a: &rp::Arg) -> R<Arg> {
        Ok(Arg { range: range(a.range), arg: ident(&a.arg), annotation: self.opt(&a.annotation)? })
    }

    fn keywords(&self, ks: &[rp::Keyword]) -> R<Vec<Keyword>> {
        ks.iter()
            .map(|k| Ok(Keyword { range: range(k.range), arg: k.arg.as_ref().map(ident), value: self.expr(&k.value)? }))
            .collect()
    }

    fn with_items(&self, items: &[rp::WithItem]) -> R<Vec<WithItem>> {
        items
            .iter()
            .map(|i| {
                Ok(WithItem { context_expr: self.expr(&i.context_expr)?, optional_vars: self.opt(&i.optional_vars)? })
            })
            .collect()
    }

    fn handlers(&self, hs: &[rp::ExceptHandler]) -> R<Vec<ExceptHandler>> {
        hs.iter()
            .map(|rp::ExceptHandler::ExceptHandler(h)| {
                Ok(ExceptHandler {
                    range: range(h.range),
                    type_: self.opt(&h.type_)?,
                    name: h.name.as_ref().map(ident),
                    body: self.stmts(&h.body)?,
                })
            })
            .collect()
    }

    fn generators(&self, gs: &[rp::Comprehension]) -> R<Vec<Comprehension>> {
        gs.iter()
            .map(|g| {
                Ok(Comprehension {
                    target: self.expr(&g.target)?,
                    iter: self.expr(&g.iter)?,
                    ifs: self.exprs(&g.ifs)?,
                    is_async: g.is_async,
                })
            })
            .collect()
    }

    fn constant(&self, c: &rp::Constant, at: rp::text_size::TextRange) -> R<Constant> {
        Ok(match c {
            rp::Constant::None => Constant::None,
            rp::Constant::Bool(b) => Constant::Bool(*b),
            rp::Constant::Str(s) => Constant::Str(s.clone()),
            rp::Constant::Bytes(b) => Constant::Bytes(b.clone()),
            rp::Constant::Int(i) => {
                let (sign, limbs) = i.to_u32_digits();
                Constant::Int(Int::from_limbs(sign == rp::bigint::Sign::Minus, limbs))
            }
            rp::Constant::Float(f) => Constant::Float(*f),
            rp::Constant::Ellipsis => Constant::Ellipsis,
            rp::Constant::Complex { .. } => {
                return Err(self.src.error(TextSize::from(u32::from(at.start())), "complex numbers are not supported"))
            }
            // Only made by rustpython's constant folding, which frostpy does not run.
            rp::Constant::Tuple(_) => return Err(self.unsupported(at, "a tuple constant")),
        })
    }

    fn expr(&self, e: &rp::Expr) -> R<Expr> {
        let r = range(e.range());
        Ok(match e {
            rp::Expr::BoolOp(b) => Expr::BoolOp(ExprBoolOp {
                range: r,
                op: match b.op {
                    rp::BoolOp::And => BoolOp::And,
                    rp::BoolOp::Or => BoolOp::Or,
                },
                values: self.exprs(&b.values)?,
            }),
            rp::Expr::NamedExpr(n) => Expr::NamedExpr(ExprNamedExpr {
                range: r,
                target: self.boxed(&n.target)?,
                value: self.boxed(&n.value)?,
            }),
            rp::Expr::BinOp(b) => Expr::BinOp(ExprBinOp {
                range: r,
                left: self.boxed(&b.left)?,
                op: operator(b.op),
                right: self.boxed(&b.right)?,
            }),
            rp::Expr::UnaryOp(u) => Expr::UnaryOp(ExprUnaryOp {
                range: r,
                op: match u.op {
                    rp::UnaryOp::Invert => UnaryOp::Invert,
                    rp::UnaryOp::Not => UnaryOp::Not,
                    rp::UnaryOp::UAdd => UnaryOp::UAdd,
                    rp::UnaryOp::USub => UnaryOp::USub,
                },
                operand: self.boxed(&u.operand)?,
            }),
            rp::Expr::Lambda(l) => Expr::Lambda(ExprLambda {
                range: r,
                args: Box::new(self.arguments(&l.args)?),
                body: self.boxed(&l.body)?,
            }),
            rp::Expr::IfExp(i) => Expr::IfExp(ExprIfExp {
                range: r,
                test: self.boxed(&i.test)?,
                body: self.boxed(&i.body)?,
                orelse: self.boxed(&i.orelse)?,
            }),
            rp::Expr::Dict(d) => Expr::Dict(ExprDict {
                range: r,
                keys: d.keys.iter().map(|k| k.as_ref().map(|k| self.expr(k)).transpose()).collect::<R<_>>()?,
                values: self.exprs(&d.values)?,
            }),
            rp::Expr::Set(s) => Expr::Set(ExprSet { range: r, elts: self.exprs(&s.elts)? }),
            rp::Expr::ListComp(c) => Expr::ListComp(ExprListComp {
                range: r,
                elt: self.boxed(&c.elt)?,
                generators: self.generators(&c.generators)?,
            }),
            rp::Expr::SetComp(c) => Expr::SetComp(ExprSetComp {
                range: r,
                elt: self.boxed(&c.elt)?,
                generators: self.generators(&c.generators)?,
            }),
            rp::Expr::DictComp(c) => Expr::DictComp(ExprDictComp {
                range: r,
                key: self.boxed(&c.key)?,
                value: self.boxed(&c.value)?,
                generators: self.generators(&c.generators)?,
            }),
            rp::Expr::GeneratorExp(c) => Expr::GeneratorExp(ExprGeneratorExp {
                range: r,
                elt: self.boxed(&c.elt)?,
                generators: self.generators(&c.generators)?,
            }),
            rp::Expr::Await(a) => Expr::Await(ExprAwait { range: r, value: self.boxed(&a.value)? }),
            rp::Expr::Yield(y) => Expr::Yield(ExprYield { range: r, value: self.opt(&y.value)? }),
            rp::Expr::YieldFrom(y) => Expr::YieldFrom(ExprYieldFrom { range: r, value: self.boxed(&y.value)? }),
            rp::Expr::Compare(c) => Expr::Compare(ExprCompare {
                range: r,
                left: self.boxed(&c.left)?,
                ops: c.ops.iter().map(|&op| cmp_op(op)).collect(),
                comparators: self.exprs(&c.comparators)?,
            }),
            rp::Expr::Call(c) => Expr::Call(ExprCall {
                range: r,
                func: self.boxed(&c.func)?,
                args: self.exprs(&c.args)?,
                keywords: self.keywords(&c.keywords)?,
            }),
            rp::Expr::FormattedValue(f) => Expr::FormattedValue(ExprFormattedValue {
                range: r,
                value: self.boxed(&f.value)?,
                conversion: match f.conversion {
                    rp::ConversionFlag::None => ConversionFlag::None,
                    rp::ConversionFlag::Str => ConversionFlag::Str,
                    rp::ConversionFlag::Ascii => ConversionFlag::Ascii,
                    rp::ConversionFlag::Repr => ConversionFlag::Repr,
                },
                format_spec: self.opt(&f.format_spec)?,
            }),
            rp::Expr::JoinedStr(j) => Expr::JoinedStr(ExprJoinedStr { range: r, values: self.exprs(&j.values)? }),
            rp::Expr::Constant(c) => {
                Expr::Constant(ExprConstant { range: r, value: self.constant(&c.value, c.range)? })
            }
            rp::Expr::Attribute(a) => Expr::Attribute(ExprAttribute {
                range: r,
                value: self.boxed(&a.value)?,
                attr: ident(&a.attr),
                ctx: ctx(a.ctx),
            }),
            rp::Expr::Subscript(s) => Expr::Subscript(ExprSubscript {
                range: r,
                value: self.boxed(&s.value)?,
                slice: self.boxed(&s.slice)?,
                ctx: ctx(s.ctx),
            }),
            rp::Expr::Starred(s) => {
                Expr::Starred(ExprStarred { range: r, value: self.boxed(&s.value)?, ctx: ctx(s.ctx) })
            }
            rp::Expr::Name(n) => Expr::Name(ExprName { range: r, id: ident(&n.id), ctx: ctx(n.ctx) }),
            rp::Expr::List(l) => Expr::List(ExprList { range: r, elts: self.exprs(&l.elts)?, ctx: ctx(l.ctx) }),
            rp::Expr::Tuple(t) => Expr::Tuple(ExprTuple { range: r, elts: self.exprs(&t.elts)?, ctx: ctx(t.ctx) }),
            rp::Expr::Slice(s) => Expr::Slice(ExprSlice {
                range: r,
                lower: self.opt(&s.lower)?,
                upper: self.opt(&s.upper)?,
                step: self.opt(&s.step)?,
            }),
        })
    }
}

fn aliases(names: &[rp::Alias]) -> Vec<Alias> {
    names
        .iter()
        .map(|a| Alias { range: range(a.range), name: ident(&a.name), asname: a.asname.as_ref().map(ident) })
        .collect()
}

fn ctx(c: rp::ExprContext) -> ExprContext {
    match c {
        rp::ExprContext::Load => ExprContext::Load,
        rp::ExprContext::Store => ExprContext::Store,
        rp::ExprContext::Del => ExprContext::Del,
    }
}

fn operator(op: rp::Operator) -> Operator {
    match op {
        rp::Operator::Add => Operator::Add,
        rp::Operator::Sub => Operator::Sub,
        rp::Operator::Mult => Operator::Mult,
        rp::Operator::MatMult => Operator::MatMult,
        rp::Operator::Div => Operator::Div,
        rp::Operator::Mod => Operator::Mod,
        rp::Operator::Pow => Operator::Pow,
        rp::Operator::LShift => Operator::LShift,
        rp::Operator::RShift => Operator::RShift,
        rp::Operator::BitOr => Operator::BitOr,
        rp::Operator::BitXor => Operator::BitXor,
        rp::Operator::BitAnd => Operator::BitAnd,
        rp::Operator::FloorDiv => Operator::FloorDiv,
    }
}

fn cmp_op(op: rp::CmpOp) -> CmpOp {
    match op {
        rp::CmpOp::Eq => CmpOp::Eq,
        rp::CmpOp::NotEq => CmpOp::NotEq,
        rp::CmpOp::Lt => CmpOp::Lt,
        rp::CmpOp::LtE => CmpOp::LtE,
        rp::CmpOp::Gt => CmpOp::Gt,
        rp::CmpOp::GtE => CmpOp::GtE,
        rp::CmpOp::Is => CmpOp::Is,
        rp::CmpOp::IsNot => CmpOp::IsNot,
        rp::CmpOp::In => CmpOp::In,
        rp::CmpOp::NotIn => CmpOp::NotIn,
    }
}

#[cfg(test)]
mod tests {
    use crate::ast::*;
    use crate::{parse_only, SourceFile};

    fn body(src: &str) -> Vec<Stmt> {
        parse_only(&SourceFile::new("t.py", src)).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn ints_imports_and_ranges() {
        let b = body("x = 18446744073709551616\nfrom .. import a as b\n@d\ndef f(*, k=-1): pass\n");
        let Stmt::Assign(a) = &b[0] else { panic!("{b:?}") };
        let Expr::Constant(c) = &*a.value else { panic!() };
        assert_eq!(c.value, Constant::Int(Int::Big { neg: false, limbs: vec![0, 0, 1] }));
        assert_eq!(c.range, TextRange::from_offsets(4, 24));
        let Stmt::ImportFrom(i) = &b[1] else { panic!() };
        assert_eq!((i.module.as_deref(), i.level), (None, 2));
        assert_eq!(
            i.names,
            [Alias { range: TextRange::from_offsets(40, 46), name: "a".into(), asname: Some("b".into()) }]
        );
        let Stmt::FunctionDef(f) = &b[2] else { panic!() };
        // A decorated def starts at `def`.
        assert_eq!(f.range.start(), TextSize::from(50));
        assert_eq!(f.args.kwonlyargs[0].def.arg, "k");
        let Some(Expr::UnaryOp(u)) = f.args.kwonlyargs[0].default.as_deref() else { panic!() };
        assert_eq!(u.op, UnaryOp::USub);
        assert_eq!(
            *u.operand,
            Expr::Constant(ExprConstant {
                range: TextRange::from_offsets(62, 63),
                value: Constant::Int(Int::Small(1))
            })
        );
    }
}
