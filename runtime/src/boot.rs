//! What every board does to run a program: load a code image, run it as a
//! module, report an uncaught exception the way CPython does, and turn the
//! outcome into an exit status (0 success, 1 error, SystemExit's own code).

use alloc::string::ToString;

use crate::builtins::B;
use crate::frozen::FrozenTable;
use crate::value::Value;
use crate::verify::VerifiedImage;
use crate::vm::{ImageBytes, Stream, Vm};

/// Run `image` (in place: static bytes in flash, or owned bytes the Vm frees once
/// nothing names them) as module `name` (`__main__` for a program) and return its exit status.
/// `trusted`: the toolchain built the image (frozen, or just compiled), so
/// it is not verified.
pub fn run_image(vm: &mut Vm, image: impl Into<ImageBytes>, name: &str, trusted: bool) -> u8 {
    run_program(vm, image, name, None, trusted)
}

/// `run_image` for a program read from a file: `file` becomes the module's `__file__`.
pub fn run_program(vm: &mut Vm, image: impl Into<ImageBytes>, name: &str, file: Option<&str>, trusted: bool) -> u8 {
    let image = image.into();
    let checked = if trusted {
        VerifiedImage::trusted(image).map_err(|e| e.to_string())
    } else {
        crate::verify::verify(image).map_err(|e| e.to_string())
    };
    let loaded = checked.and_then(|i| vm.load_image(i).map_err(|e| e.to_string()));
    let img = match loaded {
        Ok(i) => i,
        Err(e) => {
            let msg = alloc::format!("frostpy: {e}\n");
            vm.platform.write(Stream::Err, msg.as_bytes());
            return 1;
        }
    };
    match vm.run_module(img, name, file) {
        Ok(_) => 0,
        Err(_) => uncaught(vm),
    }
}

/// Run frozen module `module` of `table` as `__main__`; `None` if it is not frozen.
pub fn run_frozen_main(vm: &mut Vm, table: &FrozenTable<'static>, module: &str) -> Option<u8> {
    let m = table.find(module)?;
    Some(run_image(vm, m.image, "__main__", true))
}

/// Report the exception in `vm.exc` and choose the exit status (SystemExit chooses its own).
pub fn uncaught(vm: &mut Vm) -> u8 {
    match exit_request(vm) {
        Some(code) => code,
        None => {
            vm.print_exception(vm.exc);
            1
        }
    }
}

/// If the exception in `vm.exc` is SystemExit, the exit status it asks for (a REPL then
/// stops); else `None`, and the caller reports it (`Vm::print_exception`).
pub fn exit_request(vm: &mut Vm) -> Option<u8> {
    let e = vm.exc;
    if vm.isinstance(e, B::SystemExit.value()) || e == B::SystemExit.value() {
        return Some(system_exit_code(vm, e));
    }
    None
}

/// SystemExit's argument decides the status: None 0, an int itself, anything else is printed and gives 1.
fn system_exit_code(vm: &mut Vm, e: Value) -> u8 {
    match vm.exception_arg0(e) {
        None | Some(Value::NONE) => 0,
        Some(v) => match vm.int_value(v) {
            Some(i) => i as u8,
            None => {
                if let Ok(s) = vm.str_of(v) {
                    let mut text = vm.str_text(s).to_string();
                    text.push('\n');
                    vm.platform.write(Stream::Err, text.as_bytes());
                }
                1
            }
        },
    }
}
