//! frostpy's code generator: AST (from `frontend`) to register bytecode in
//! a code image (`docs/fpc-format.md`).
//!
//! Register allocation follows Lua 5.4's `lcode.c`: a function's locals
//! occupy the first registers (parameters first, in order), temporaries
//! are allocated stack-like above them and freed as soon as they are used,
//! and expressions are compiled into a target register.

#![cfg_attr(not(feature = "rustpython"), no_std)]

extern crate alloc;

/// What `std`'s prelude would give, for `no_std` builds.
mod prelude {
    pub use alloc::string::{String, ToString};
    pub use alloc::vec::Vec;
    pub use alloc::{format, vec};
}

mod builtins;
mod compiler;
mod expr;
mod func;
mod stmt;

// The image writer and the disassembler are the image crate's (`fpc`); re-exported here.
pub use fpc::dis;
pub use fpc::dis::disassemble;
pub use fpc::write as image;
pub use fpc::write::{CodeObject, Const, ImageBuilder};
pub use frontend::SyntaxError;

use prelude::*;

/// How to compile (CPython's command-line `-O` levels).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CompileOptions {
    /// 0: everything; 1 (`-O`): no `assert` statements.
    pub optimize: u8,
    /// Compile one interactive (REPL) input, CPython's `single` mode: every
    /// expression statement of the module body (also inside its `if`/`for`/
    /// `while`/`try`/`with` blocks, not in functions or classes) shows its
    /// value as `sys.displayhook` does, `repr` on its own line unless None.
    /// (`_` is not set, as in MicroPython.)
    pub interactive: bool,
}

/// Compile a parsed module to a code image. Code 0 is the module body.
pub fn compile_module(module: &frontend::Module) -> Result<Vec<u8>, SyntaxError> {
    compile_module_with(module, CompileOptions::default())
}

/// Compile a parsed module with options.
pub fn compile_module_with(module: &frontend::Module, options: CompileOptions) -> Result<Vec<u8>, SyntaxError> {
    compiler::Compiler::compile(module, options)
}

/// Compile one REPL input (one or more statements, parsed as a module) to
/// a code image that shows the values of its expression statements (see
/// [`CompileOptions::interactive`]). Run the images of successive inputs in
/// the same module's globals (`runtime::Vm::run_in_module`).
pub fn compile_interactive(module: &frontend::Module) -> Result<Vec<u8>, SyntaxError> {
    compile_module_with(module, CompileOptions { interactive: true, ..CompileOptions::default() })
}

/// Parse and compile one REPL input `text` (named `filename`, e.g.
/// `"<stdin>"`, in errors and tracebacks); see [`compile_interactive`].
#[cfg(feature = "rustpython")]
pub fn compile_interactive_source(text: &str, filename: &str) -> Result<Vec<u8>, SyntaxError> {
    let module = frontend::parse_module(text, filename)?;
    compile_interactive(&module)
}

/// Parse and compile `text` (named `filename` in errors and tracebacks).
#[cfg(feature = "rustpython")]
pub fn compile_source(text: &str, filename: &str) -> Result<Vec<u8>, SyntaxError> {
    let module = frontend::parse_module(text, filename)?;
    compile_module(&module)
}

/// Without rustpython (the device): parse one REPL input with frostpy's own
/// parser and compile it. A `SyntaxError` with `incomplete` set means "read
/// another line"; see `frontend::parse` for the REPL protocol.
#[cfg(not(feature = "rustpython"))]
pub fn compile_interactive_source(text: &str, filename: &str) -> Result<Vec<u8>, SyntaxError> {
    let module = frontend::parse::parse_and_analyze(text, filename)?;
    compile_interactive(&module)
}

/// Without rustpython (the device): parse `text` with frostpy's own parser
/// and compile it.
#[cfg(not(feature = "rustpython"))]
pub fn compile_source(text: &str, filename: &str) -> Result<Vec<u8>, SyntaxError> {
    let module = frontend::parse::parse_and_analyze(text, filename)?;
    compile_module(&module)
}

// The tests parse with rustpython.
#[cfg(all(test, feature = "rustpython"))]
mod tests;
