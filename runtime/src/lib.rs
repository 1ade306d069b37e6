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
pub mod heap;
pub mod interrupt;
pub mod layout;
pub mod modules;
pub mod native;
pub mod obj;
pub mod value;
pub mod vm;
mod words;

// The code-image contract lives in its own crate (`image/`); these paths stay the runtime's.
pub use fpc::{frozen, hash, image, opcode, verify};

pub use value::Value;
pub use vm::{Config, FoundModule, ImageBytes, LoadError, LoadedImage, Platform, PyResult, Stream, Vm};
