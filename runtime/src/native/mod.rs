//! The public native API: what a native function, module or type (the
//! runtime's own, or a board's) is written with.
//!
//! - [`args`]: static argument specs and the one shared binder;
//! - [`module`]: descriptors of native functions and modules.

pub mod args;

pub use args::{bind, check, ArgSpec, Bound};
pub mod module;

pub use module::{BoundFn, FnDef};
