//! Statements. A simple statement spans its tokens; a compound statement
//! spans from its keyword (`def`/`class` after any decorators, `async`
//! included) to the end of the last statement of its last block.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::expr::{set_context, starts_expr};
use super::lexer::Error;
use super::token::Tok;
use super::{PResult, Parser};
use crate::ast::{self, Expr, ExprContext, Ranged, Stmt, TextRange};

/// A `def f()` or `lambda:` without parameters.
pub(super) fn no_arguments() -> ast::Arguments {
    ast::Arguments { posonlyargs: Vec::new(), args: Vec::new(), vararg: None, kwonlyargs: Vec::new(), kwarg: None }
}

/// Which statement a block belongs to, for "expected an indented block
/// after ...".
fn block_owner(tok: Tok) -> &'static str {
    match tok {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::For => "'for' statement",
        Tok::While => "'while' statement",
        Tok::With => "'with' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::Def => "function definition",
        _ => "class definition",
    }
}

/// A lone `*x` where a value is needed (not in a tuple, list or call).
fn not_starred(e: &Expr) -> PResult<()> {
    match e {
        Expr::Starred(s) => Err(Error::new(s.range.start().to_u32(), "can't use starred expression here")),
        _ => Ok(()),
    }
}

fn aug_op(tok: Tok) -> Option<ast::Operator> {
    use ast::Operator::*;
    Some(match tok {
        Tok::PlusEqual => Add,
        Tok::MinusEqual => Sub,
        Tok::StarEqual => Mult,
        Tok::AtEqual => MatMult,
        Tok::SlashEqual => Div,
        Tok::PercentEqual => Mod,
        Tok::AmperEqual => BitAnd,
        Tok::VbarEqual => BitOr,
        Tok::CircumflexEqual => BitXor,
        Tok::LeftShiftEqual => LShift,
        Tok::RightShiftEqual => RShift,
        Tok::DoubleStarEqual => Pow,
        Tok::DoubleSlashEqual => FloorDiv,
        _ => return None,
    })
}

impl<'s> Parser<'s> {
    /// The whole input.
    pub(super) fn file(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        loop {
            match self.tok.tok {
                Tok::EndOfFile => return Ok(body),
                Tok::Newline => {
                    self.advance()?;
                }
                _ => self.statement(&mut body)?,
            }
        }
    }

    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let next = if self.at(Tok::Async) { self.peek()? } else { self.tok.tok };
        match self.tok.tok {
            Tok::If | Tok::While | Tok::For | Tok::Try | Tok::With | Tok::Def | Tok::Class | Tok::At => {
                out.push(self.compound()?);
                Ok(())
            }
            Tok::Async if matches!(next, Tok::Def | Tok::For | Tok::With) => {
                out.push(self.compound()?);
                Ok(())
            }
            Tok::Name if matches!(self.text(self.tok), "match" | "type") => {
                // Soft keywords: a `match` or `type` statement fails to parse
                // as an expression statement; say what it is instead.
                let (start, word) = (self.tok.start, self.text(self.tok));
                let next = self.peek()?;
                let line = self.src[start as usize..].lines().next().unwrap_or("");
                let looks_like = match word {
                    "match" => line.trim_end().ends_with(':'),
                    _ => next == Tok::Name && line.contains('='),
                };
                self.simple_statements(out).map_err(|e| {
                    if looks_like && e.message == "invalid syntax" {
                        let what = if word == "match" { "the 'match' statement" } else { "the 'type' statement" };
                        Error::new(start, format!("{what} is not supported yet"))
                    } else {
                        e
                    }
                })
            }
            _ => self.simple_statements(out),
        }
    }

    /// `small (; small)* [;] NEWLINE`
    fn simple_statements(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            out.push(self.small_statement()?);
            if !self.eat(Tok::Semi)? || self.at(Tok::Newline) {
                break;
            }
        }
        self.expect(Tok::Newline)?;
        Ok(())
    }

    #[inline(never)]
    fn small_statement(&mut self) -> PResult<Stmt> {
        let start = self.tok.start;
        match self.tok.tok {
            Tok::Pass => {
                self.advance()?;
                Ok(Stmt::Pass(ast::StmtPass { range: self.range(start) }))
            }
            Tok::Break => {
                self.advance()?;
                Ok(Stmt::Break(ast::StmtBreak { range: self.range(start) }))
            }
            Tok::Continue => {
                self.advance()?;
                Ok(Stmt::Continue(ast::StmtContinue { range: self.range(start) }))
            }
            Tok::Del => {
                self.advance()?;
                let mut targets = Vec::new();
                loop {
                    let mut t = self.star_bitor()?;
                    set_context(&mut t, ExprContext::Del);
                    targets.push(t);
                    if !self.eat(Tok::Comma)? || !starts_expr(self.tok.tok) {
                        break;
                    }
                }
                Ok(Stmt::Delete(ast::StmtDelete { targets, range: self.range(start) }))
            }
            Tok::Return => {
                self.advance()?;
                let value =
                    if starts_expr(self.tok.tok) && !self.at(Tok::Yield) { Some(self.test_list()?) } else { None };
                if let Some(e) = &value {
                    not_starred(e)?;
                }
                Ok(Stmt::Return(ast::StmtReturn { value: value.map(Box::new), range: self.range(start) }))
            }
            Tok::Raise => {
                self.advance()?;
                let (mut exc, mut cause) = (None, None);
                if starts_expr(self.tok.tok) {
                    exc = Some(Box::new(self.test()?));
                    if self.eat(Tok::From)? {
                        cause = Some(Box::new(self.test()?));
                    }
                }
                Ok(Stmt::Raise(ast::StmtRaise { exc, cause, range: self.range(start) }))
            }
            Tok::Global | Tok::Nonlocal => {
                let global = self.advance()?.tok == Tok::Global;
                let mut names = Vec::from([self.ident()?]);
                while self.eat(Tok::Comma)? {
                    names.push(self.ident()?);
                }
                let range = self.range(start);
                Ok(if global {
                    Stmt::Global(ast::StmtGlobal { names, range })
                } else {
                    Stmt::Nonlocal(ast::StmtNonlocal { names, range })
                })
            }
            Tok::Assert => {
                self.advance()?;
                let test = self.test()?;
                let msg = if self.eat(Tok::Comma)? { Some(Box::new(self.test()?)) } else { None };
                Ok(Stmt::Assert(ast::StmtAssert { test: Box::new(test), msg, range: self.range(start) }))
            }
            Tok::Import => {
                self.advance()?;
                let mut names = Vec::new();
                loop {
                    let a = self.tok.start;
                    let name = self.dotted_name()?;
                    let asname = if self.eat(Tok::As)? { Some(self.ident()?) } else { None };
                    names.push(ast::Alias { name, asname, range: self.range(a) });
                    if !self.eat(Tok::Comma)? {
                        break;
                    }
                }
                Ok(Stmt::Import(ast::StmtImport { names, range: self.range(start) }))
            }
            Tok::From => self.import_from(),
            _ => self.expression_statement(),
        }
    }

    fn dotted_name(&mut self) -> PResult<ast::Identifier> {
        let first = self.expect(Tok::Name)?;
        let mut name = String::from(self.text(first));
        while self.at(Tok::Dot) {
            self.advance()?;
            let part = self.expect(Tok::Name)?;
            name.push('.');
            name.push_str(self.text(part));
        }
        Ok(name)
    }

    #[inline(never)]
    fn import_from(&mut self) -> PResult<Stmt> {
        let start = self.expect(Tok::From)?.start;
        let mut level = 0;
        loop {
            match self.tok.tok {
                Tok::Dot => level += 1,
                Tok::Ellipsis => level += 3,
                _ => break,
            }
            self.advance()?;
        }
        let module = if self.at(Tok::Name) || level == 0 { Some(self.dotted_name()?) } else { None };
        self.expect(Tok::Import)?;
        let mut names = Vec::new();
        if self.at(Tok::Star) {
            let t = self.advance()?;
            names.push(ast::Alias { name: String::from("*"), asname: None, range: self.range(t.start) });
        } else {
            let paren = self.eat(Tok::Lpar)?;
            loop {
                let a = self.tok.start;
                let name = self.ident()?;
                let asname = if self.eat(Tok::As)? { Some(self.ident()?) } else { None };
                names.push(ast::Alias { name, asname, range: self.range(a) });
                if !self.eat(Tok::Comma)? || (paren && self.at(Tok::Rpar)) {
                    break;
                }
            }
            if paren {
                self.expect(Tok::Rpar)?;
            }
        }
        Ok(Stmt::ImportFrom(ast::StmtImportFrom { module, names, level, range: self.range(start) }))
    }

    /// Expression, assignment, augmented or annotated assignment.
    #[inline(never)]
    fn expression_statement(&mut self) -> PResult<Stmt> {
        let start = self.tok.start;
        let first = self.test_list_or_yield()?;
        if matches!(first, Expr::Yield(_) | Expr::YieldFrom(_)) {
            if self.at(Tok::Equal) {
                return Err(Error::new(start, "assignment to yield expression not possible"));
            }
            if aug_op(self.tok.tok).is_some() {
                return Err(Error::new(start, "'yield expression' is an illegal expression for augmented assignment"));
            }
        }
        if let Some(op) = aug_op(self.tok.tok) {
            self.advance()?;
            let mut target = first;
            set_context(&mut target, ExprContext::Store);
            let value = self.test_list_or_yield()?;
            not_starred(&value)?;
            return Ok(Stmt::AugAssign(ast::StmtAugAssign {
                target: Box::new(target),
                op,
                value: Box::new(value),
                range: self.range(start),
            }));
        }
        if self.at(Tok::Colon) {
            if matches!(first, Expr::Tuple(_) | Expr::Starred(_) | Expr::Yield(_) | Expr::YieldFrom(_)) {
                return Err(self.unexpected());
            }
            self.advance()?;
            let annotation = self.test()?;
            let value = if self.eat(Tok::Equal)? { Some(Box::new(self.test_list_or_yield()?)) } else { None };
            let simple = matches!(first, Expr::Name(_)) && self.src.as_bytes()[start as usize] != b'(';
            let mut target = first;
            set_context(&mut target, ExprContext::Store);
            return Ok(Stmt::AnnAssign(ast::StmtAnnAssign {
                target: Box::new(target),
                annotation: Box::new(annotation),
                value,
                simple,
                range: self.range(start),
            }));
        }
        if !self.at(Tok::Equal) {
            not_starred(&first)?;
            return Ok(Stmt::Expr(ast::StmtExpr { value: Box::new(first), range: self.range(start) }));
        }
        let mut targets = Vec::from([first]);
        while self.eat(Tok::Equal)? {
            targets.push(self.test_list_or_yield()?);
        }
        let value = targets.pop().unwrap();
        not_starred(&value)?;
        if let Some(y) = targets.iter().find(|t| matches!(t, Expr::Yield(_) | Expr::YieldFrom(_))) {
            return Err(Error::new(y.start().to_u32(), "assignment to yield expression not possible"));
        }
        for t in &mut targets {
            set_context(t, ExprContext::Store);
        }
        Ok(Stmt::Assign(ast::StmtAssign { targets, value: Box::new(value), range: self.range(start) }))
    }

    fn compound(&mut self) -> PResult<Stmt> {
        match self.tok.tok {
            Tok::If => self.if_statement(),
            Tok::While => {
                let t = self.advance()?;
                let test = self.named_test()?;
                let body = self.block(t)?;
                let orelse = self.else_block()?;
                let range = self.span(t.start, &body, &orelse);
                Ok(Stmt::While(ast::StmtWhile { test: Box::new(test), body, orelse, range }))
            }
            Tok::Try => self.try_statement(),
            Tok::At => {
                let mut decorators = Vec::new();
                while self.eat(Tok::At)? {
                    decorators.push(self.named_test()?);
                    self.expect(Tok::Newline)?;
                }
                let next = if self.at(Tok::Async) { self.peek()? } else { self.tok.tok };
                match self.tok.tok {
                    Tok::Def | Tok::Class => self.definition(decorators),
                    Tok::Async if next == Tok::Def => self.definition(decorators),
                    _ => Err(self.unexpected()),
                }
            }
            Tok::Def | Tok::Class => self.definition(Vec::new()),
            _ => {
                // `for`, `with`, `async ...`
                let is_async = self.at(Tok::Async);
                let start = self.tok.start;
                if is_async && self.peek()? == Tok::Def {
                    return self.definition(Vec::new());
                }
                if is_async {
                    self.advance()?;
                }
                if self.at(Tok::For) {
                    self.for_statement(start, is_async)
                } else {
                    self.with_statement(start, is_async)
                }
            }
        }
    }

    /// From `start` to the end of the last statement of the last non-empty block.
    fn span(&self, start: u32, body: &[Stmt], orelse: &[Stmt]) -> TextRange {
        let last = orelse.last().or(body.last()).expect("a block has a statement");
        TextRange::new(start.into(), last.end())
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.at(Tok::Else) {
            let t = self.advance()?;
            self.block(t)
        } else {
            Ok(Vec::new())
        }
    }

    #[inline(never)]
    fn if_statement(&mut self) -> PResult<Stmt> {
        let t = self.advance()?;
        let test = self.named_test()?;
        let body = self.block(t)?;
        let orelse = if self.at(Tok::Elif) { Vec::from([self.if_statement()?]) } else { self.else_block()? };
        let range = self.span(t.start, &body, &orelse);
        Ok(Stmt::If(ast::StmtIf { test: Box::new(test), body, orelse, range }))
    }

    #[inline(never)]
    fn for_statement(&mut self, start: u32, is_async: bool) -> PResult<Stmt> {
        let t = self.expect(Tok::For)?;
        let mut target = self.list_of(Self::star_bitor)?;
        set_context(&mut target, ExprContext::Store);
        self.expect(Tok::In)?;
        let iter = self.test_list()?;
        not_starred(&iter)?;
        let body = self.block(t)?;
        let orelse = self.else_block()?;
        let range = self.span(start, &body, &orelse);
        let (target, iter) = (Box::new(target), Box::new(iter));
        Ok(if is_async {
            Stmt::AsyncFor(ast::StmtAsyncFor { target, iter, body, orelse, range })
        } else {
            Stmt::For(ast::StmtFor { target, iter, body, orelse, range })
        })
    }

    #[inline(never)]
    fn try_statement(&mut self) -> PResult<Stmt> {
        let t = self.advance()?;
        let body = self.block(t)?;
        let mut handlers = Vec::new();
        let mut star = None;
        while self.at(Tok::Except) {
            let e = self.advance()?;
            let is_star = self.eat(Tok::Star)?;
            if star.is_some_and(|s| s != is_star) {
                return Err(Error::new(e.start, "cannot have both 'except' and 'except*' on the same 'try'"));
            }
            star = Some(is_star);
            let (mut type_, mut name) = (None, None);
            if !self.at(Tok::Colon) || is_star {
                type_ = Some(Box::new(self.test()?));
                if self.eat(Tok::As)? {
                    name = Some(self.ident()?);
                }
            }
            let hbody = self.block(e)?;
            let range = self.span(e.start, &hbody, &[]);
            handlers.push(ast::ExceptHandler { type_, name, body: hbody, range });
        }
        let orelse = if handlers.is_empty() { Vec::new() } else { self.else_block()? };
        let finalbody = if self.at(Tok::Finally) {
            let f = self.advance()?;
            self.block(f)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(
                if self.at(Tok::Newline) || self.at(Tok::EndOfFile) || self.at(Tok::Dedent) || self.at(Tok::Name) {
                    let mut e = Error::new(self.tok.start, "expected 'except' or 'finally' block");
                    e.incomplete = self.block_may_follow();
                    e
                } else {
                    self.unexpected()
                },
            );
        }
        let end = match (finalbody.last(), orelse.last(), handlers.last()) {
            (Some(s), _, _) | (None, Some(s), _) => s.end(),
            (None, None, Some(h)) => h.end(),
            _ => unreachable!(),
        };
        if star == Some(true) {
            return Err(Error::new(t.start, "'except*' is not supported yet"));
        }
        let range = TextRange::new(t.start.into(), end);
        Ok(Stmt::Try(ast::StmtTry { body, handlers, orelse, finalbody, range }))
    }

    fn with_item(&mut self) -> PResult<ast::WithItem> {
        let context_expr = self.test()?;
        let optional_vars = if self.eat(Tok::As)? {
            let mut v = self.star_bitor_target()?;
            set_context(&mut v, ExprContext::Store);
            Some(Box::new(v))
        } else {
            None
        };
        Ok(ast::WithItem { context_expr, optional_vars })
    }

    /// A `with ... as` target: `Expression<"all">` in rustpython's grammar.
    fn star_bitor_target(&mut self) -> PResult<Expr> {
        self.bitor()
    }

    #[inline(never)]
    fn with_statement(&mut self, start: u32, is_async: bool) -> PResult<Stmt> {
        let t = self.expect(Tok::With)?;
        let mut items = None;
        if self.at(Tok::Lpar) {
            // `with (a as b, c):` -- or an expression starting with `(`:
            // try the parenthesized form first and back off if it fails.
            let saved = self.clone();
            match self.paren_with_items() {
                Ok(v) if self.at(Tok::Colon) => items = Some(v),
                _ => *self = saved,
            }
        }
        let items = match items {
            Some(v) => v,
            None => {
                let mut v = Vec::from([self.with_item()?]);
                while self.eat(Tok::Comma)? {
                    v.push(self.with_item()?);
                }
                v
            }
        };
        let body = self.block(t)?;
        let range = self.span(start, &body, &[]);
        Ok(if is_async {
            Stmt::AsyncWith(ast::StmtAsyncWith { items, body, range })
        } else {
            Stmt::With(ast::StmtWith { items, body, range })
        })
    }

    fn paren_with_items(&mut self) -> PResult<Vec<ast::WithItem>> {
        self.expect(Tok::Lpar)?;
        let mut v = Vec::new();
        loop {
            v.push(self.with_item()?);
            if !self.eat(Tok::Comma)? || self.at(Tok::Rpar) {
                break;
            }
        }
        self.expect(Tok::Rpar)?;
        Ok(v)
    }

    #[inline(never)]
    fn definition(&mut self, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let start = self.tok.start;
        let is_async = self.eat(Tok::Async)?;
        if self.at(Tok::Class) {
            let t = self.advance()?;
            let name = self.ident()?;
            let (mut bases, mut keywords) = (Vec::new(), Vec::new());
            if self.eat(Tok::Lpar)? {
                (bases, keywords) = self.arguments()?;
                self.expect(Tok::Rpar)?;
            }
            let body = self.block(t)?;
            let range = self.span(start, &body, &[]);
            return Ok(Stmt::ClassDef(ast::StmtClassDef { name, bases, keywords, body, decorator_list, range }));
        }
        let t = self.expect(Tok::Def)?;
        let name = self.ident()?;
        self.expect(Tok::Lpar)?;
        let args = if self.at(Tok::Rpar) { no_arguments() } else { self.parameters(true)? };
        self.expect(Tok::Rpar)?;
        let returns = if self.eat(Tok::Rarrow)? { Some(Box::new(self.test()?)) } else { None };
        let body = self.block(t)?;
        let range = self.span(start, &body, &[]);
        let args = Box::new(args);
        Ok(if is_async {
            Stmt::AsyncFunctionDef(ast::StmtAsyncFunctionDef { name, args, body, decorator_list, returns, range })
        } else {
            Stmt::FunctionDef(ast::StmtFunctionDef { name, args, body, decorator_list, returns, range })
        })
    }

    /// `: block` after a compound statement's header; `owner` is the token
    /// that started the clause.
    fn block(&mut self, owner: super::Token) -> PResult<Vec<Stmt>> {
        self.expect_colon()?;
        let mut body = Vec::new();
        if !self.at(Tok::Newline) {
            self.simple_statements(&mut body)?;
            return Ok(body);
        }
        self.advance()?;
        if !self.at(Tok::Indent) {
            let line = self.lx.line_of(owner.start);
            let mut e = Error::new(
                self.tok.start,
                format!("expected an indented block after {} on line {line}", block_owner(owner.tok)),
            );
            e.incomplete = self.block_may_follow();
            return Err(e);
        }
        self.advance()?;
        self.enter_by(2)?;
        while !self.at(Tok::Dedent) {
            if self.at(Tok::EndOfFile) {
                break;
            }
            self.statement(&mut body)?;
        }
        self.leave_by(2);
        self.advance()?;
        Ok(body)
    }

    /// Parameters of a `def` (`annotated`) or `lambda`, up to `)` or `:`.
    pub(super) fn parameters(&mut self, annotated: bool) -> PResult<ast::Arguments> {
        let mut posonlyargs = Vec::new();
        let mut args: Vec<ast::ArgWithDefault> = Vec::new();
        let mut kwonlyargs = Vec::new();
        let mut vararg = None;
        let mut kwarg = None;
        let mut star_seen = false;
        let mut names: Vec<(String, u32)> = Vec::new();
        let end = if annotated { Tok::Rpar } else { Tok::Colon };
        loop {
            if self.at(end) {
                break;
            }
            let start = self.tok.start;
            if self.at(Tok::DoubleStar) {
                self.advance()?;
                kwarg = Some(Box::new(self.param(annotated, false, &mut names)?));
                self.eat(Tok::Comma)?;
                break;
            }
            if self.at(Tok::Star) {
                if star_seen {
                    return Err(self.unexpected());
                }
                self.advance()?;
                star_seen = true;
                if self.at(Tok::Name) {
                    vararg = Some(Box::new(self.param(annotated, true, &mut names)?));
                } else if !self.at(Tok::Comma) || matches!(self.peek()?, Tok::DoubleStar) || self.peek()? == end {
                    return Err(Error::new(start, "named arguments must follow bare *"));
                }
            } else if self.at(Tok::Slash) {
                if star_seen || !posonlyargs.is_empty() || args.is_empty() {
                    return Err(self.unexpected());
                }
                self.advance()?;
                posonlyargs = core::mem::take(&mut args);
            } else {
                let def = self.param(annotated, false, &mut names)?;
                let default = if self.eat(Tok::Equal)? { Some(Box::new(self.test()?)) } else { None };
                let p = ast::ArgWithDefault { def, default };
                if star_seen {
                    kwonlyargs.push(p);
                } else {
                    if p.default.is_none() && posonlyargs.iter().chain(args.iter()).any(|a| a.default.is_some()) {
                        return Err(Error::new(start, "non-default argument follows default argument"));
                    }
                    args.push(p);
                }
            }
            if !self.eat(Tok::Comma)? {
                break;
            }
        }
        Ok(ast::Arguments { posonlyargs, args, vararg, kwonlyargs, kwarg })
    }

    /// One parameter name with an optional annotation (`*args` may have a
    /// starred annotation).
    fn param(&mut self, annotated: bool, star: bool, names: &mut Vec<(String, u32)>) -> PResult<ast::Arg> {
        let start = self.tok.start;
        let arg = self.ident()?;
        if names.iter().any(|(n, _)| *n == arg) {
            return Err(Error::new(start, format!("duplicate argument '{arg}' in function definition")));
        }
        names.push((arg.clone(), start));
        let annotation = if annotated && self.eat(Tok::Colon)? {
            Some(Box::new(if star { self.star_test()? } else { self.test()? }))
        } else {
            None
        };
        Ok(ast::Arg { arg, annotation, range: self.range(start) })
    }
}
