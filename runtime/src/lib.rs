//! frostpy's runtime: values, the garbage-collected heap, the register
//! interpreter and the builtins. `no_std` + `alloc`: it runs on the host
//! board and on microcontrollers alike.
#![no_std]

extern crate alloc;

pub mod hash;
pub mod image;
pub mod opcode;
