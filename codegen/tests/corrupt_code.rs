//! Corrupt code that reaches the interpreter (a trusted image that is not what the
//! toolchain would make) raises SystemError, "corrupt code: ...", and nothing else
//! (docs/fpc-format.md, "Verification"). The verifier refuses the same images.

use std::cell::RefCell;
use std::rc::Rc;

use fpc::image::{layout as L, Image};

struct Capture(Rc<RefCell<String>>);

impl runtime::Platform for Capture {
    fn write(&mut self, _stream: runtime::Stream, bytes: &[u8]) {
        self.0.borrow_mut().push_str(&String::from_utf8_lossy(bytes));
    }
}

/// Run `image` as trusted (unverified) and return what it printed and its exit status.
fn run_trusted(image: Vec<u8>) -> (String, u8) {
    let out = Rc::new(RefCell::new(String::new()));
    let arena: &'static mut [u32] = Box::leak(vec![0u32; 1 << 14].into_boxed_slice());
    let mut vm = runtime::Vm::new(arena, Box::new(Capture(out.clone())), runtime::Config::default());
    let image: &'static [u8] = Box::leak(image.into_boxed_slice());
    let status = runtime::boot::run_image(&mut vm, image, "__main__", true);
    let text = out.borrow().clone();
    (text, status)
}

fn compiled(src: &str) -> Vec<u8> {
    codegen::compile_source(src, "t.py").unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn an_invalid_opcode_raises_system_error() {
    let mut image = compiled("print('never')\n");
    let at = Image::new(&image).unwrap().code(0).off;
    let instrs = u32::from_le_bytes(image[at + L::INSTRS..at + L::INSTRS + 4].try_into().unwrap()) as usize;
    image[instrs] = 0xff; // no opcode has this number
    assert!(fpc::verify(&image).is_err());
    let (out, status) = run_trusted(image);
    assert_eq!(status, 1);
    assert!(out.ends_with("SystemError: corrupt code: invalid opcode\n"), "{out}");
}

#[test]
fn a_constant_of_unknown_kind_raises_system_error() {
    let mut image = compiled("x = 1.5\n");
    let consts = u32::from_le_bytes(image[L::CONSTS..L::CONSTS + 4].try_into().unwrap()) as usize;
    let n = u32::from_le_bytes(image[L::N_CONSTS..L::N_CONSTS + 4].try_into().unwrap()) as usize;
    for k in 0..n {
        image[consts + k * L::CONST_ENTRY] = 99; // no constant kind has this number
    }
    assert!(fpc::verify(&image).is_err());
    let (out, status) = run_trusted(image);
    assert_eq!(status, 1);
    assert!(out.ends_with("SystemError: corrupt code: invalid constant in code image\n"), "{out}");
}
