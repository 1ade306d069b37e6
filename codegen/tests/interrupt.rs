//! Keyboard interrupts (`runtime::interrupt`): a request from another thread (on a
//! board, the UART's receive interrupt) stops a running loop and a recursion without
//! loops with KeyboardInterrupt, which the program can catch. The request is global
//! to the process, so this is its own test binary with one test.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

struct Capture(Rc<RefCell<String>>);

impl runtime::Platform for Capture {
    fn write(&mut self, _stream: runtime::Stream, bytes: &[u8]) {
        self.0.borrow_mut().push_str(&String::from_utf8_lossy(bytes));
    }
}

/// Request an interrupt from another thread after a short while.
fn interrupt_soon() -> std::thread::JoinHandle<()> {
    std::thread::spawn(|| {
        std::thread::sleep(Duration::from_millis(100));
        runtime::interrupt::request();
    })
}

#[test]
fn interrupts_stop_loops_and_recursion() {
    let out = Rc::new(RefCell::new(String::new()));
    let arena: &'static mut [u32] = Box::leak(vec![0u32; 1 << 16].into_boxed_slice());
    let mut vm = runtime::Vm::new(arena, Box::new(Capture(out.clone())), runtime::Config::default());
    let main = vm.new_main_module("__main__", None).unwrap_or_else(|_| panic!("no __main__"));
    let run = |vm: &mut runtime::Vm, src: &str| {
        let image = codegen::compile_source(src, "<test>").unwrap_or_else(|e| panic!("{e}"));
        let i = vm.load_image(fpc::VerifiedImage::trusted(runtime::ImageBytes::from(image)).unwrap()).unwrap();
        vm.run_in_module(i, main).map(|_| ())
    };

    // A loop that would not end, interrupted and caught.
    let t = interrupt_soon();
    let caught = "n = 0\ntry:\n    while True:\n        n += 1\nexcept KeyboardInterrupt as e:\n    print('caught', type(e).__name__, n > 0)\n";
    assert!(run(&mut vm, caught).is_ok());
    t.join().unwrap();
    assert_eq!(out.borrow().as_str(), "caught KeyboardInterrupt True\n");
    assert!(!runtime::interrupt::pending(), "the request is taken once");

    // A recursion without loops (calls only), not caught: the error is KeyboardInterrupt.
    let t = interrupt_soon();
    let fib = "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(60)\n";
    assert!(run(&mut vm, fib).is_err());
    t.join().unwrap();
    let e = vm.exc;
    vm.print_exception(e);
    assert!(out.borrow().ends_with("KeyboardInterrupt\n"), "{}", out.borrow());

    // Code that ends by itself is not disturbed by a request already dropped.
    runtime::interrupt::request();
    runtime::interrupt::clear();
    out.borrow_mut().clear();
    assert!(run(&mut vm, "print(sum(i for i in range(10)))\n").is_ok());
    assert_eq!(out.borrow().as_str(), "45\n");
}
