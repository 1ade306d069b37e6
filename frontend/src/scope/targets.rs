//! Validity of assignment and deletion targets. The parser accepts any
//! expression there; CPython's parser rejects these with the messages below.

use crate::ast::{Constant, Expr, Ranged, UnaryOp};
use crate::TextSize;
use alloc::format;
use alloc::string::String;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum TargetUse {
    /// A target of `=` (CPython adds a hint about `==`).
    Assign,
    AugAssign,
    Delete,
    /// `for`, `with ... as`, comprehension targets, nested targets.
    Other,
}

/// What CPython calls an expression in "cannot assign to ..." messages.
fn describe(e: &Expr) -> &'static str {
    match e {
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::Slice(_) => "expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Lambda(_) => "lambda",
        Expr::IfExp(_) => "conditional expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Compare(_) => "comparison",
        Expr::Call(_) => "function call",
        Expr::FormattedValue(_) | Expr::JoinedStr(_) => "f-string expression",
        Expr::Constant(c) => match c.value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
    }
}

fn is_keyword_constant(e: &Expr) -> bool {
    matches!(e, Expr::Constant(c) if matches!(c.value, Constant::None | Constant::Bool(_)))
}

/// An expression at CPython's `bitwise_or` precedence level or tighter (a
/// yield can only be a target in parentheses, so it counts too).
fn is_bitwise_or(e: &Expr) -> bool {
    match e {
        Expr::UnaryOp(u) => u.op != UnaryOp::Not,
        Expr::BoolOp(_)
        | Expr::Compare(_)
        | Expr::IfExp(_)
        | Expr::Lambda(_)
        | Expr::NamedExpr(_)
        | Expr::Starred(_) => false,
        _ => true,
    }
}

/// CPython adds "Maybe you meant '==' instead of '='?" only when the value
/// after `=` is itself a `bitwise_or` expression (or starts a tuple).
pub(super) fn hint_allowed_for_value(value: &Expr) -> bool {
    !matches!(value, Expr::Yield(_) | Expr::YieldFrom(_)) && (is_bitwise_or(value) || matches!(value, Expr::Tuple(_)))
}

/// Check `e` as a target. Err gives the offset and CPython's message.
pub(super) fn check_target(e: &Expr, usage: TargetUse) -> Result<(), (TextSize, String)> {
    let at = e.start();
    match e {
        Expr::Name(n) if n.id.as_str() == "__debug__" => {
            let verb = if usage == TargetUse::Delete { "delete" } else { "assign to" };
            Err((at, format!("cannot {verb} __debug__")))
        }
        Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => Ok(()),
        Expr::Tuple(_) | Expr::List(_) if usage == TargetUse::AugAssign => {
            Err((at, format!("'{}' is an illegal expression for augmented assignment", describe(e))))
        }
        Expr::Tuple(_) | Expr::List(_) => {
            let elts = match e {
                Expr::Tuple(t) => &t.elts,
                Expr::List(l) => &l.elts,
                _ => unreachable!(),
            };
            let inner = if usage == TargetUse::Delete { TargetUse::Delete } else { TargetUse::Other };
            let mut starred = 0;
            for elt in elts {
                match elt {
                    Expr::Starred(s) if inner != TargetUse::Delete => {
                        starred += 1;
                        if starred > 1 {
                            return Err((at, "multiple starred expressions in assignment".into()));
                        }
                        check_target(&s.value, inner)?;
                    }
                    _ => check_target(elt, inner)?,
                }
            }
            Ok(())
        }
        Expr::Starred(_) if usage == TargetUse::Delete => Err((at, "cannot delete starred".into())),
        Expr::Starred(_) if usage == TargetUse::AugAssign => {
            Err((at, "'starred' is an illegal expression for augmented assignment".into()))
        }
        Expr::Starred(_) => Err((at, "starred assignment target must be in a list or tuple".into())),
        _ => {
            let what = describe(e);
            let message = match usage {
                TargetUse::Delete => format!("cannot delete {what}"),
                TargetUse::AugAssign => {
                    format!("'{what}' is an illegal expression for augmented assignment")
                }
                TargetUse::Assign if !is_keyword_constant(e) && is_bitwise_or(e) => {
                    format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
                }
                _ => format!("cannot assign to {what}"),
            };
            Err((at, message))
        }
    }
}
