//! The REPL on a board's UART (feature `repl`): the console as a [`Term`],
//! the VM that runs each input in one `__main__` ([`VmRunner`]), and the
//! compiler that runs on the device ([`DeviceCompiler`]: frostpy's own parser
//! and code generator, built `no_std`).

use alloc::string::String;
use alloc::vec::Vec;

use runtime::{Config, Vm};

use super::Console;
use crate::repl::{set_running, Compiled, Compiler, Ran, Runner, Term};

/// The console as the REPL's terminal: reading waits (asleep) for the receive interrupt.
pub struct UartTerm<C: Console>(pub C);

impl<C: Console> Term for UartTerm<C> {
    fn read(&mut self) -> u8 {
        loop {
            if let Some(b) = self.0.read_byte() {
                return b;
            }
            // A byte arriving between the check and the sleep wakes the core at once
            // (or the 1 ms tick does).
            cortex_m::asm::wfi();
        }
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0.write(bytes);
    }
}

/// Runs inputs in one `Vm`; a soft reset makes a fresh one on the same arena.
/// Each input's code image is handed to the Vm, which frees it once nothing the
/// input made (functions, classes, strings) is left.
pub struct VmRunner {
    vm: Option<Vm>,
    config: Config,
}

impl VmRunner {
    pub fn new(vm: Vm, config: Config) -> VmRunner {
        VmRunner { vm: Some(vm), config }
    }

    fn say(vm: &mut Vm, text: &str) {
        vm.platform.write(runtime::Stream::Err, text.as_bytes());
    }
}

impl Runner for VmRunner {
    fn run(&mut self, image: Vec<u8>) -> Ran {
        let Some(vm) = self.vm.as_mut() else { return Ran::Prompt };
        let loaded =
            runtime::verify::VerifiedImage::trusted(runtime::ImageBytes::from(image)).and_then(|i| vm.load_image(i));
        let index = match loaded {
            Ok(i) => i,
            Err(e) => {
                // Every image slot is held by live functions, classes or strings.
                let msg = alloc::format!("frostpy: {e} (Ctrl-D at the prompt for a soft reboot)\n");
                Self::say(vm, &msg);
                return Ran::Prompt;
            }
        };
        let main = match vm.import("__main__") {
            Ok(m) => m,
            Err(_) => match vm.new_main_module("__main__", None) {
                Ok(m) => m,
                Err(_) => {
                    vm.release_image(index);
                    vm.print_exception(vm.exc);
                    return Ran::Prompt;
                }
            },
        };
        set_running(true);
        let r = vm.run_in_module(index, main);
        set_running(false);
        match r {
            Ok(_) => Ran::Prompt,
            Err(_) => match runtime::boot::exit_request(vm) {
                Some(code) => Ran::Exit(code as i32),
                None => {
                    vm.print_exception(vm.exc);
                    // Let the collector have the exception and the frames it holds.
                    vm.exc = runtime::Value::NULL;
                    Ran::Prompt
                }
            },
        }
    }

    fn soft_reset(&mut self) {
        if let Some(vm) = self.vm.take() {
            let (arena, platform) = vm.into_parts();
            self.vm = Some(Vm::new(arena, platform, self.config));
        }
    }
}

/// Expression nesting the device parser allows: deeper input is a SyntaxError rather than
/// a native stack overflow (the parser recurses per level).
const MAX_DEPTH: u32 = 40;

/// frostpy's parser and code generator, on the device.
pub struct DeviceCompiler;

impl Compiler for DeviceCompiler {
    fn compile(&mut self, source: &str) -> Compiled {
        let compiled = frontend::parse::parse_module_with(source, "<stdin>", MAX_DEPTH)
            .and_then(|body| frontend::Module::analyze(body, frontend::SourceFile::new("<stdin>", source)))
            .and_then(|module| codegen::compile_interactive(&module));
        match compiled {
            Ok(image) => Compiled::Image(image),
            Err(e) => {
                let text = alloc::format!("{e}\n");
                if e.incomplete {
                    Compiled::Incomplete(text)
                } else {
                    Compiled::Error(text)
                }
            }
        }
    }
}

/// The banner printed at start and after each soft reset.
pub fn banner(name: &str) -> String {
    alloc::format!("frostpy {} on {name}; Ctrl-C interrupts, Ctrl-D soft-reboots\r\n", env!("CARGO_PKG_VERSION"))
}
