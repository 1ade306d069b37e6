//! frostpy's runtime: values, the garbage-collected heap, the register
//! interpreter and the builtins. `no_std` + `alloc`: it runs on the host
//! board and on microcontrollers alike.
#![no_std]

extern crate alloc;

#[cfg(feature = "bigint")]
pub mod bigint;
pub mod boot;
pub mod builtins;
pub mod finder;
pub mod frozen;
pub mod hash;
pub mod heap;
pub mod image;
pub mod interrupt;
pub mod layout;
pub mod modules;
pub mod native;
pub mod obj;
pub mod opcode;
pub mod value;
pub mod verify;
pub mod vm;
mod words;

pub use value::Value;
pub use vm::{Config, FoundModule, ImageBytes, LoadError, LoadedImage, Platform, PyResult, Stream, Vm};
