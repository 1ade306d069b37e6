//! Expressions: precedence climbing for the binary operators, recursive
//! descent for the rest. Every node spans from its first token to the end of
//! its last (`Parser::range`); parentheses around an expression are not
//! part of its range, but they are part of a tuple's or generator's.

use alloc::boxed::Box;
use alloc::vec::Vec;

use super::lexer::Error;
use super::token::Tok;
use super::{number, strings, PResult, Parser};
use crate::ast::{self, Expr, ExprContext, Ranged};

/// What a parenthesized group holds.
pub(super) enum Group {
    Empty,
    /// One expression, no comma: the parentheses only group.
    Plain(Expr),
    Tuple(Vec<Expr>),
    Generator(Expr, Vec<ast::Comprehension>),
}

fn binop(tok: Tok) -> Option<(u8, ast::Operator)> {
    use ast::Operator::*;
    Some(match tok {
        Tok::Vbar => (1, BitOr),
        Tok::Circumflex => (2, BitXor),
        Tok::Amper => (3, BitAnd),
        Tok::LeftShift => (4, LShift),
        Tok::RightShift => (4, RShift),
        Tok::Plus => (5, Add),
        Tok::Minus => (5, Sub),
        Tok::Star => (6, Mult),
        Tok::Slash => (6, Div),
        Tok::DoubleSlash => (6, FloorDiv),
        Tok::Percent => (6, Mod),
        Tok::At => (6, MatMult),
        _ => return None,
    })
}

/// Whether a token can start an expression (to tell a trailing comma).
pub(super) fn starts_expr(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::Name
            | Tok::Int
            | Tok::Float
            | Tok::Complex
            | Tok::String
            | Tok::Lpar
            | Tok::Lsqb
            | Tok::Lbrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Star
            | Tok::Not
            | Tok::Lambda
            | Tok::Await
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
            | Tok::Yield
    )
}

/// Set the context of a target expression (and of its elements).
pub(super) fn set_context(e: &mut Expr, ctx: ExprContext) {
    match e {
        Expr::Name(n) => n.ctx = ctx,
        Expr::Attribute(a) => a.ctx = ctx,
        Expr::Subscript(s) => s.ctx = ctx,
        Expr::Starred(s) => {
            s.ctx = ctx;
            set_context(&mut s.value, ctx);
        }
        Expr::Tuple(t) => {
            t.ctx = ctx;
            t.elts.iter_mut().for_each(|e| set_context(e, ctx));
        }
        Expr::List(l) => {
            l.ctx = ctx;
            l.elts.iter_mut().for_each(|e| set_context(e, ctx));
        }
        _ => {}
    }
}

impl<'s> Parser<'s> {
    // Stack use: a nested expression passes through every precedence level,
    // so each level's function is a small fast path (parse the next level,
    // return it when no operator follows) and the node-building slow paths
    // are separate functions that are never inlined into it.

    /// `test`: a conditional expression, lambda or `or` test.
    pub(super) fn test(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = if self.at(Tok::Lambda) { self.lambda() } else { self.test_inner() };
        self.leave();
        r
    }

    #[inline(always)]
    fn test_inner(&mut self) -> PResult<Expr> {
        let start = self.tok.start;
        let body = self.or_test()?;
        if !self.at(Tok::If) {
            return Ok(body);
        }
        self.if_exp(start, body)
    }

    #[inline(never)]
    fn if_exp(&mut self, start: u32, body: Expr) -> PResult<Expr> {
        self.advance()?;
        let test = self.or_test()?;
        self.expect(Tok::Else)?;
        let orelse = self.test()?;
        Ok(Expr::IfExp(ast::ExprIfExp {
            test: Box::new(test),
            body: Box::new(body),
            orelse: Box::new(orelse),
            range: self.range(start),
        }))
    }

    /// `NAME := test` or a test.
    #[inline(always)]
    pub(super) fn named_test(&mut self) -> PResult<Expr> {
        if self.at(Tok::Name) && self.peek()? == Tok::ColonEqual {
            return self.walrus();
        }
        self.test()
    }

    #[inline(never)]
    fn walrus(&mut self) -> PResult<Expr> {
        let start = self.tok.start;
        let id = self.ident()?;
        let target = Expr::Name(ast::ExprName { id, ctx: ExprContext::Store, range: self.range(start) });
        self.advance()?;
        let value = self.test()?;
        // As rustpython: the node ends where its value does, even if the
        // value is in parentheses (`x := (y)` ends at `y`).
        let range = ast::TextRange::new(start.into(), value.end());
        Ok(Expr::NamedExpr(ast::ExprNamedExpr { target: Box::new(target), value: Box::new(value), range }))
    }

    /// `*expr` (bitwise-or level) or `elem`.
    fn star_or(&mut self, elem: fn(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        if self.at(Tok::Star) {
            return self.starred();
        }
        elem(self)
    }

    #[inline(never)]
    fn starred(&mut self) -> PResult<Expr> {
        let start = self.advance()?.start;
        let value = self.bitor()?;
        Ok(Expr::Starred(ast::ExprStarred { value: Box::new(value), ctx: ExprContext::Load, range: self.range(start) }))
    }

    pub(super) fn star_test(&mut self) -> PResult<Expr> {
        self.star_or(Self::test)
    }

    pub(super) fn star_named(&mut self) -> PResult<Expr> {
        if self.at(Tok::Star) {
            return self.starred();
        }
        self.named_test()
    }

    pub(super) fn star_bitor(&mut self) -> PResult<Expr> {
        self.star_or(Self::bitor)
    }

    /// Comma-separated `elem`s: one without a comma is itself, else a tuple
    /// (spanning a trailing comma too).
    pub(super) fn list_of(&mut self, elem: fn(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        let start = self.tok.start;
        let first = elem(self)?;
        if !self.at(Tok::Comma) {
            return Ok(first);
        }
        let mut elts = Vec::from([first]);
        while self.eat(Tok::Comma)? {
            if !starts_expr(self.tok.tok) || self.at(Tok::Yield) {
                break;
            }
            elts.push(elem(self)?);
        }
        Ok(Expr::Tuple(ast::ExprTuple { elts, ctx: ExprContext::Load, range: self.range(start) }))
    }

    /// `testlist` with starred items (assignment sides, `return`, `for ... in`).
    pub(super) fn test_list(&mut self) -> PResult<Expr> {
        self.list_of(Self::star_test)
    }

    /// A yield expression or a test list (right of `=`).
    pub(super) fn test_list_or_yield(&mut self) -> PResult<Expr> {
        if self.at(Tok::Yield) {
            self.yield_expr()
        } else {
            self.test_list()
        }
    }

    #[inline(never)]
    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.expect(Tok::Yield)?.start;
        if self.eat(Tok::From)? {
            let value = self.test()?;
            return Ok(Expr::YieldFrom(ast::ExprYieldFrom { value: Box::new(value), range: self.range(start) }));
        }
        let value = if starts_expr(self.tok.tok) && !self.at(Tok::Yield) { Some(self.test_list()?) } else { None };
        Ok(Expr::Yield(ast::ExprYield { value: value.map(Box::new), range: self.range(start) }))
    }

    #[inline(never)]
    fn lambda(&mut self) -> PResult<Expr> {
        let start = self.expect(Tok::Lambda)?.start;
        let args = if self.at(Tok::Colon) { super::stmt::no_arguments() } else { self.parameters(false)? };
        self.expect(Tok::Colon)?;
        let body = self.test()?;
        Ok(Expr::Lambda(ast::ExprLambda { args: Box::new(args), body: Box::new(body), range: self.range(start) }))
    }

    #[inline(always)]
    fn or_test(&mut self) -> PResult<Expr> {
        let start = self.tok.start;
        let first = self.not_test()?;
        if !matches!(self.tok.tok, Tok::And | Tok::Or) {
            return Ok(first);
        }
        self.bool_ops(start, first)
    }

    /// `first and ... or ...`: `and` binds tighter.
    #[inline(never)]
    fn bool_ops(&mut self, start: u32, mut first: Expr) -> PResult<Expr> {
        if self.at(Tok::And) {
            first = self.bool_rest(start, first, Tok::And)?;
        }
        if self.at(Tok::Or) {
            first = self.bool_rest(start, first, Tok::Or)?;
        }
        Ok(first)
    }

    fn and_test(&mut self) -> PResult<Expr> {
        let start = self.tok.start;
        let first = self.not_test()?;
        if !self.at(Tok::And) {
            return Ok(first);
        }
        self.bool_rest(start, first, Tok::And)
    }

    /// The rest of `first or ...` / `first and ...`.
    #[inline(never)]
    fn bool_rest(&mut self, start: u32, first: Expr, tok: Tok) -> PResult<Expr> {
        let mut values = Vec::from([first]);
        while self.eat(tok)? {
            values.push(if tok == Tok::Or { self.and_test()? } else { self.not_test()? });
        }
        let op = if tok == Tok::Or { ast::BoolOp::Or } else { ast::BoolOp::And };
        Ok(Expr::BoolOp(ast::ExprBoolOp { op, values, range: self.range(start) }))
    }

    #[inline(always)]
    fn not_test(&mut self) -> PResult<Expr> {
        if self.at(Tok::Not) {
            return self.not_rest();
        }
        let start = self.tok.start;
        let left = self.bitor()?;
        if !matches!(
            self.tok.tok,
            Tok::EqEqual
                | Tok::NotEqual
                | Tok::Less
                | Tok::LessEqual
                | Tok::Greater
                | Tok::GreaterEqual
                | Tok::In
                | Tok::Not
                | Tok::Is
        ) {
            return Ok(left);
        }
        self.compare_rest(start, left)
    }

    #[inline(never)]
    fn not_rest(&mut self) -> PResult<Expr> {
        let start = self.advance()?.start;
        self.enter()?;
        let operand = self.not_test();
        self.leave();
        Ok(Expr::UnaryOp(ast::ExprUnaryOp {
            op: ast::UnaryOp::Not,
            operand: Box::new(operand?),
            range: self.range(start),
        }))
    }

    fn comp_op(&mut self) -> PResult<Option<ast::CmpOp>> {
        use ast::CmpOp::*;
        let tok = self.tok.tok;
        let next = if tok == Tok::Not { self.peek()? } else { tok };
        let op = match tok {
            Tok::EqEqual => Eq,
            Tok::NotEqual => NotEq,
            Tok::Less => Lt,
            Tok::LessEqual => LtE,
            Tok::Greater => Gt,
            Tok::GreaterEqual => GtE,
            Tok::In => In,
            Tok::Not if next == Tok::In => {
                self.advance()?;
                NotIn
            }
            Tok::Not => return Err(Error::new(self.peeked.map_or(self.tok.end, |t| t.start), "invalid syntax")),
            Tok::Is => {
                self.advance()?;
                return Ok(Some(if self.eat(Tok::Not)? { IsNot } else { Is }));
            }
            _ => return Ok(None),
        };
        self.advance()?;
        Ok(Some(op))
    }

    #[inline(never)]
    fn compare_rest(&mut self, start: u32, left: Expr) -> PResult<Expr> {
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.comp_op()? {
            ops.push(op);
            comparators.push(self.bitor()?);
        }
        Ok(Expr::Compare(ast::ExprCompare { left: Box::new(left), ops, comparators, range: self.range(start) }))
    }

    /// `expr` in CPython's grammar: the binary operators from `|` down.
    pub(super) fn bitor(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    #[inline(always)]
    fn binary(&mut self, min: u8) -> PResult<Expr> {
        let start = self.tok.start;
        let left = self.factor()?;
        match binop(self.tok.tok) {
            Some((prec, _)) if prec >= min => self.binary_rest(start, left, min),
            _ => Ok(left),
        }
    }

    #[inline(never)]
    fn binary_rest(&mut self, start: u32, mut left: Expr, min: u8) -> PResult<Expr> {
        while let Some((prec, op)) = binop(self.tok.tok) {
            if prec < min {
                break;
            }
            self.advance()?;
            self.enter()?;
            let right = self.binary(prec + 1);
            self.leave();
            left = Expr::BinOp(ast::ExprBinOp {
                left: Box::new(left),
                op,
                right: Box::new(right?),
                range: self.range(start),
            });
        }
        Ok(left)
    }

    #[inline(always)]
    fn factor(&mut self) -> PResult<Expr> {
        if matches!(self.tok.tok, Tok::Minus | Tok::Plus | Tok::Tilde) {
            return self.unary();
        }
        let start = self.tok.start;
        let base = if self.at(Tok::Await) { self.await_expr()? } else { self.primary()? };
        if !self.at(Tok::DoubleStar) {
            return Ok(base);
        }
        self.power_rest(start, base)
    }

    #[inline(never)]
    fn unary(&mut self) -> PResult<Expr> {
        let op = match self.tok.tok {
            Tok::Minus => ast::UnaryOp::USub,
            Tok::Plus => ast::UnaryOp::UAdd,
            _ => ast::UnaryOp::Invert,
        };
        let start = self.advance()?.start;
        self.enter()?;
        let operand = self.factor();
        self.leave();
        Ok(Expr::UnaryOp(ast::ExprUnaryOp { op, operand: Box::new(operand?), range: self.range(start) }))
    }

    #[inline(never)]
    fn await_expr(&mut self) -> PResult<Expr> {
        let start = self.advance()?.start;
        let value = self.primary()?;
        Ok(Expr::Await(ast::ExprAwait { value: Box::new(value), range: self.range(start) }))
    }

    #[inline(never)]
    fn power_rest(&mut self, start: u32, base: Expr) -> PResult<Expr> {
        self.advance()?;
        self.enter()?;
        let exp = self.factor();
        self.leave();
        Ok(Expr::BinOp(ast::ExprBinOp {
            left: Box::new(base),
            op: ast::Operator::Pow,
            right: Box::new(exp?),
            range: self.range(start),
        }))
    }

    /// An atom and its trailers: calls, subscripts, attributes.
    fn primary(&mut self) -> PResult<Expr> {
        let start = self.tok.start;
        let e = self.atom()?;
        if !matches!(self.tok.tok, Tok::Lpar | Tok::Lsqb | Tok::Dot) {
            return Ok(e);
        }
        self.trailers(start, e)
    }

    #[inline(never)]
    fn trailers(&mut self, start: u32, mut e: Expr) -> PResult<Expr> {
        loop {
            match self.tok.tok {
                Tok::Lpar => {
                    self.advance()?;
                    let (args, keywords) = self.arguments()?;
                    self.expect(Tok::Rpar)?;
                    e = Expr::Call(ast::ExprCall { func: Box::new(e), args, keywords, range: self.range(start) });
                }
                Tok::Lsqb => {
                    self.advance()?;
                    self.enter()?;
                    let slice = self.subscripts();
                    self.leave();
                    let slice = slice?;
                    self.expect(Tok::Rsqb)?;
                    e = Expr::Subscript(ast::ExprSubscript {
                        value: Box::new(e),
                        slice: Box::new(slice),
                        ctx: ExprContext::Load,
                        range: self.range(start),
                    });
                }
                Tok::Dot => {
                    self.advance()?;
                    let attr = self.ident()?;
                    e = Expr::Attribute(ast::ExprAttribute {
                        value: Box::new(e),
                        attr,
                        ctx: ExprContext::Load,
                        range: self.range(start),
                    });
                }
                _ => return Ok(e),
            }
        }
    }

    /// Call arguments up to (not including) `)`.
    #[inline(never)]
    pub(super) fn arguments(&mut self) -> PResult<(Vec<Expr>, Vec<ast::Keyword>)> {
        self.enter()?;
        let mut args = Vec::new();
        let mut keywords: Vec<ast::Keyword> = Vec::new();
        let mut double_starred = false;
        // An unparenthesized generator must be the only argument.
        let (mut gen_at, mut items, mut last_comma) = (None, 0, false);
        while !self.at(Tok::Rpar) {
            let start = self.tok.start;
            items += 1;
            if self.eat(Tok::DoubleStar)? {
                let value = self.test()?;
                keywords.push(ast::Keyword { arg: None, value, range: self.range(start) });
                double_starred = true;
            } else if self.at(Tok::Star) {
                self.advance()?;
                let value = self.test()?;
                if double_starred {
                    return Err(Error::new(start, "iterable argument unpacking follows keyword argument unpacking"));
                }
                args.push(Expr::Starred(ast::ExprStarred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                    range: self.range(start),
                }));
            } else if self.at(Tok::Name) && self.peek()? == Tok::Equal {
                let arg = self.ident()?;
                self.advance()?;
                let value = self.test()?;
                if keywords.iter().any(|k| k.arg.as_ref() == Some(&arg)) {
                    return Err(Error::new(start, alloc::format!("keyword argument repeated: {arg}")));
                }
                keywords.push(ast::Keyword { arg: Some(arg), value, range: self.range(start) });
            } else {
                let mut value = self.named_test()?;
                if self.at(Tok::For) || self.at(Tok::Async) {
                    let generators = self.comprehensions()?;
                    value = Expr::GeneratorExp(ast::ExprGeneratorExp {
                        elt: Box::new(value),
                        generators,
                        range: self.range(start),
                    });
                    gen_at = gen_at.or(Some(start));
                }
                if !keywords.is_empty() {
                    let msg = if double_starred {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    return Err(Error::new(start, msg));
                }
                args.push(value);
            }
            last_comma = self.eat(Tok::Comma)?;
            if !last_comma {
                break;
            }
        }
        if let Some(at) = gen_at {
            if items > 1 || last_comma {
                return Err(Error::new(at, "Generator expression must be parenthesized"));
            }
        }
        self.leave();
        Ok((args, keywords))
    }

    /// The inside of `[...]` after an expression.
    #[inline(never)]
    fn subscripts(&mut self) -> PResult<Expr> {
        let start = self.tok.start;
        let first = self.subscript()?;
        if !self.at(Tok::Comma) {
            return Ok(first);
        }
        let mut elts = Vec::from([first]);
        while self.eat(Tok::Comma)? {
            if self.at(Tok::Rsqb) {
                break;
            }
            elts.push(self.subscript()?);
        }
        Ok(Expr::Tuple(ast::ExprTuple { elts, ctx: ExprContext::Load, range: self.range(start) }))
    }

    fn subscript(&mut self) -> PResult<Expr> {
        let start = self.tok.start;
        let lower = if self.at(Tok::Colon) {
            None
        } else {
            let e = self.star_named()?;
            if !self.at(Tok::Colon) || matches!(e, Expr::Starred(_) | Expr::NamedExpr(_)) {
                return Ok(e);
            }
            Some(e)
        };
        self.expect(Tok::Colon)?;
        let slice_end = |t: Tok| matches!(t, Tok::Colon | Tok::Comma | Tok::Rsqb);
        let upper = if slice_end(self.tok.tok) { None } else { Some(self.test()?) };
        let step = if self.eat(Tok::Colon)? {
            if slice_end(self.tok.tok) {
                None
            } else {
                Some(self.test()?)
            }
        } else {
            None
        };
        Ok(Expr::Slice(ast::ExprSlice {
            lower: lower.map(Box::new),
            upper: upper.map(Box::new),
            step: step.map(Box::new),
            range: self.range(start),
        }))
    }

    /// `for target in iter [if cond]...` clauses.
    #[inline(never)]
    pub(super) fn comprehensions(&mut self) -> PResult<Vec<ast::Comprehension>> {
        let mut out = Vec::new();
        while self.at(Tok::For) || self.at(Tok::Async) {
            let is_async = self.eat(Tok::Async)?;
            self.expect(Tok::For)?;
            let mut target = self.list_of(Self::star_bitor)?;
            set_context(&mut target, ExprContext::Store);
            self.expect(Tok::In)?;
            let iter = self.or_test()?;
            let mut ifs = Vec::new();
            while self.eat(Tok::If)? {
                ifs.push(self.or_test()?);
            }
            out.push(ast::Comprehension { target, iter, ifs, is_async });
        }
        Ok(out)
    }

    /// The inside of `( ... )`, up to (not including) `)`.
    #[inline(always)]
    pub(super) fn paren_contents(&mut self) -> PResult<Group> {
        if self.at(Tok::Rpar) || self.at(Tok::EndOfFile) {
            return Ok(Group::Empty);
        }
        if matches!(self.tok.tok, Tok::Yield | Tok::DoubleStar) {
            return self.paren_special();
        }
        let first = self.star_named()?;
        if !matches!(self.tok.tok, Tok::For | Tok::Async | Tok::Comma) && !matches!(first, Expr::Starred(_)) {
            return Ok(Group::Plain(first));
        }
        self.paren_rest(first)
    }

    #[inline(never)]
    fn paren_special(&mut self) -> PResult<Group> {
        if self.at(Tok::Yield) {
            return Ok(Group::Plain(self.yield_expr()?));
        }
        Err(Error::new(self.tok.start, "cannot use double starred expression here"))
    }

    /// A generator or tuple in parentheses, after its first element.
    #[inline(never)]
    fn paren_rest(&mut self, first: Expr) -> PResult<Group> {
        if self.at(Tok::For) || self.at(Tok::Async) {
            let generators = self.comprehensions()?;
            return Ok(Group::Generator(first, generators));
        }
        if !self.at(Tok::Comma) {
            if let Expr::Starred(s) = &first {
                return Err(Error::new(s.range.start().to_u32(), "cannot use starred expression here"));
            }
            return Ok(Group::Plain(first));
        }
        let mut elts = Vec::from([first]);
        while self.eat(Tok::Comma)? {
            if self.at(Tok::Rpar) || self.at(Tok::EndOfFile) {
                break;
            }
            elts.push(self.star_named()?);
        }
        Ok(Group::Tuple(elts))
    }

    /// A group's expression, spanning `start..self.prev_end` if it is a tuple
    /// or generator.
    #[inline(never)]
    pub(super) fn group_expr(&self, g: Group, start: u32) -> Option<Expr> {
        let range = self.range(start);
        Some(match g {
            Group::Empty => Expr::Tuple(ast::ExprTuple { elts: Vec::new(), ctx: ExprContext::Load, range }),
            Group::Plain(e) => e,
            Group::Tuple(elts) => Expr::Tuple(ast::ExprTuple { elts, ctx: ExprContext::Load, range }),
            Group::Generator(elt, generators) => {
                Expr::GeneratorExp(ast::ExprGeneratorExp { elt: Box::new(elt), generators, range })
            }
        })
    }

    fn atom(&mut self) -> PResult<Expr> {
        let t = self.tok;
        let start = t.start;
        let constant = |p: &Self, value| Expr::Constant(ast::ExprConstant { value, range: p.range(start) });
        match t.tok {
            Tok::Name => {
                let id = self.ident()?;
                Ok(Expr::Name(ast::ExprName { id, ctx: ExprContext::Load, range: self.range(start) }))
            }
            Tok::Int | Tok::Float | Tok::Complex => {
                self.advance()?;
                let value = number::constant(t.tok, self.text(t), t.start)?;
                Ok(constant(self, value))
            }
            Tok::True | Tok::False | Tok::None | Tok::Ellipsis => {
                self.advance()?;
                let value = match t.tok {
                    Tok::True => ast::Constant::Bool(true),
                    Tok::False => ast::Constant::Bool(false),
                    Tok::None => ast::Constant::None,
                    _ => ast::Constant::Ellipsis,
                };
                Ok(constant(self, value))
            }
            Tok::String => self.string_atom(),
            Tok::Lpar => self.paren_atom(),
            Tok::Lsqb => {
                self.advance()?;
                self.enter()?;
                let e = self.list_display(start);
                self.leave();
                e
            }
            Tok::Lbrace => {
                self.advance()?;
                self.enter()?;
                let e = self.brace_display(start);
                self.leave();
                e
            }
            _ => Err(self.unexpected()),
        }
    }

    #[inline(never)]
    fn string_atom(&mut self) -> PResult<Expr> {
        let mut toks = Vec::new();
        while self.at(Tok::String) {
            toks.push(self.advance()?);
        }
        strings::parse_strings(self, &toks)
    }

    #[inline(never)]
    fn paren_atom(&mut self) -> PResult<Expr> {
        let start = self.advance()?.start;
        self.enter()?;
        let g = self.paren_contents();
        self.leave();
        let g = g?;
        self.expect(Tok::Rpar)?;
        Ok(self.group_expr(g, start).unwrap())
    }

    #[inline(never)]
    fn list_display(&mut self, start: u32) -> PResult<Expr> {
        let mut elts = Vec::new();
        if !self.at(Tok::Rsqb) {
            let first = self.star_named()?;
            if self.at(Tok::For) || self.at(Tok::Async) {
                let generators = self.comprehensions()?;
                self.expect(Tok::Rsqb)?;
                return Ok(Expr::ListComp(ast::ExprListComp {
                    elt: Box::new(first),
                    generators,
                    range: self.range(start),
                }));
            }
            elts.push(first);
            while self.eat(Tok::Comma)? {
                if self.at(Tok::Rsqb) {
                    break;
                }
                elts.push(self.star_named()?);
            }
        }
        self.expect(Tok::Rsqb)?;
        Ok(Expr::List(ast::ExprList { elts, ctx: ExprContext::Load, range: self.range(start) }))
    }

    #[inline(never)]
    fn brace_display(&mut self, start: u32) -> PResult<Expr> {
        if self.eat(Tok::Rbrace)? {
            return Ok(Expr::Dict(ast::ExprDict { keys: Vec::new(), values: Vec::new(), range: self.range(start) }));
        }
        let first = if self.at(Tok::DoubleStar) { None } else { Some(self.star_named()?) };
        if first.is_none() || self.at(Tok::Colon) {
            // A dict display or comprehension.
            let mut keys = Vec::new();
            let mut values = Vec::new();
            let mut pending = first;
            loop {
                match pending.take() {
                    Some(key) => {
                        if matches!(key, Expr::Starred(_) | Expr::NamedExpr(_)) {
                            return Err(self.unexpected());
                        }
                        self.expect(Tok::Colon)?;
                        let value = self.test()?;
                        if keys.is_empty() && (self.at(Tok::For) || self.at(Tok::Async)) {
                            let generators = self.comprehensions()?;
                            self.expect(Tok::Rbrace)?;
                            return Ok(Expr::DictComp(ast::ExprDictComp {
                                key: Box::new(key),
                                value: Box::new(value),
                                generators,
                                range: self.range(start),
                            }));
                        }
                        keys.push(Some(key));
                        values.push(value);
                    }
                    None => {
                        self.expect(Tok::DoubleStar)?;
                        keys.push(None);
                        values.push(self.bitor()?);
                    }
                }
                if !self.eat(Tok::Comma)? || self.at(Tok::Rbrace) {
                    break;
                }
                if !self.at(Tok::DoubleStar) {
                    pending = Some(self.test()?);
                }
            }
            self.expect(Tok::Rbrace)?;
            return Ok(Expr::Dict(ast::ExprDict { keys, values, range: self.range(start) }));
        }
        let first = first.unwrap();
        if self.at(Tok::For) || self.at(Tok::Async) {
            let generators = self.comprehensions()?;
            self.expect(Tok::Rbrace)?;
            return Ok(Expr::SetComp(ast::ExprSetComp { elt: Box::new(first), generators, range: self.range(start) }));
        }
        let mut elts = Vec::from([first]);
        while self.eat(Tok::Comma)? {
            if self.at(Tok::Rbrace) {
                break;
            }
            elts.push(self.star_named()?);
        }
        self.expect(Tok::Rbrace)?;
        Ok(Expr::Set(ast::ExprSet { elts, range: self.range(start) }))
    }
}
