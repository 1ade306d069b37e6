//! The frostpy code-image contract (`docs/fpc-format.md`, `docs/frozen-format.md`),
//! in one crate that knows no VM: the instruction set with each operand's role,
//! the named layout of images and frozen tables, the reader, the writer, the
//! verifier, the disassembler, and the builtin ids a code image may load.
//!
//! The compiler (`frostpy-codegen`), the freezer (`frostpy-freeze`) and the VM
//! (`frostpy-runtime`) all depend on it; it depends on nothing. `no_std` + `alloc`.
#![cfg_attr(not(test), no_std)]

extern crate alloc;

pub mod builtin;
pub mod dis;
pub mod frozen;
pub mod frozen_write;
pub mod hash;
pub mod image;
pub mod opcode;
pub mod verify;
pub mod write;

pub use dis::disassemble;
pub use image::{Code, Image, ImageError, FORMAT_VERSION, MAGIC};
pub use verify::{verify, VerifiedImage, VerifyError};
pub use write::{CodeObject, Const, ImageBuilder};

#[cfg(test)]
mod snapshot;
