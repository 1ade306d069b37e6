//! Code images in RAM have an owner (ARCHITECTURE.md, "Code images in RAM"): a REPL-like
//! session of many inputs and a module imported and dropped again and again run in
//! bounded memory, with image slots reused, on a small heap.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use runtime::finder::{Entry, ModuleFiles};
use runtime::{Config, FoundModule, LoadError, Platform, Stream, Vm};

/// A console that keeps what is written; module files served from memory.
struct Board {
    out: Rc<RefCell<String>>,
    files: BTreeMap<String, String>,
}

impl Platform for Board {
    fn write(&mut self, _: Stream, bytes: &[u8]) {
        self.out.borrow_mut().push_str(&String::from_utf8_lossy(bytes));
    }
    fn find_module(&mut self, name: &str, dirs: &[&str]) -> Result<Option<FoundModule>, LoadError> {
        runtime::finder::find_module(&mut Files(&self.files), name, dirs)
    }
}

struct Files<'a>(&'a BTreeMap<String, String>);

impl ModuleFiles for Files<'_> {
    fn kind(&mut self, path: &str) -> Option<Entry> {
        if self.0.contains_key(path) {
            Some(Entry::File)
        } else if path.is_empty() || self.0.keys().any(|k| k.starts_with(&format!("{path}/"))) {
            Some(Entry::Dir)
        } else {
            None
        }
    }
    fn read(&mut self, path: &str) -> Result<Vec<u8>, String> {
        self.0.get(path).map(|t| t.as_bytes().to_vec()).ok_or_else(|| "no such file".into())
    }
    fn compile(&mut self, path: &str, source: &str) -> Option<Result<Vec<u8>, LoadError>> {
        Some(codegen::compile_source(source, path).map_err(|e| LoadError::Import(e.message.clone())))
    }
    fn compiles(&self) -> bool {
        true
    }
}

fn vm(heap_bytes: usize, files: &[(&str, &str)]) -> (Vm, Rc<RefCell<String>>) {
    let out = Rc::new(RefCell::new(String::new()));
    let files = files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
    let arena: &'static mut [u32] = Box::leak(vec![0u32; heap_bytes / 4].into_boxed_slice());
    let vm = Vm::new(arena, Box::new(Board { out: out.clone(), files }), Config::default());
    (vm, out)
}

/// Heap bytes in use and images alive right after a full collection.
fn settled(vm: &mut Vm) -> (usize, usize, usize) {
    vm.collect();
    let (images, bytes) = vm.image_usage();
    (vm.heap.used_bytes(), images, bytes)
}

#[test]
fn a_repl_session_of_10000_inputs_runs_in_bounded_memory() {
    let (mut vm, out) = vm(64 * 1024, &[]);
    let main = vm.new_main_module("__main__", None).unwrap_or_else(|_| panic!("no __main__"));
    let mut baseline = None;
    let mut highest_slot = 0;
    let mut most_image_bytes = 0;
    for i in 0..10_000 {
        // Each input replaces what an earlier one defined: functions, classes, strings.
        let src = match i % 5 {
            0 => format!("def f(x):\n    return x + {i}\n\ndef g():\n    return {i} // 0\n"),
            1 => format!("v = [f({i}), 'text{i}', {i}.5, ({i}, 'tuple')]\n"),
            2 => format!("class C:\n    n = {i}\n    def m(self):\n        return self.n\n"),
            3 => format!("s = str(C().m()) + 'x{i}'\nf(1)\n"),
            _ => "try:\n    g()\nexcept ZeroDivisionError as e:\n    err = e\n".to_string(),
        };
        let image = codegen::compile_interactive_source(&src, "<stdin>").unwrap_or_else(|e| panic!("{e}"));
        let loaded = vm
            .load_image(runtime::verify::VerifiedImage::trusted(runtime::ImageBytes::from(image)).unwrap())
            .unwrap_or_else(|e| panic!("input {i}: {e}"));
        highest_slot = highest_slot.max(loaded.number());
        // Dead images wait for a collection, which loading starts once the images loaded
        // since the last one would exceed `Config::image_budget`: RAM for images stays bounded.
        let (_, image_bytes) = vm.image_usage();
        most_image_bytes = most_image_bytes.max(image_bytes);
        if vm.run_in_module(loaded, main).is_err() {
            let e = vm.exc;
            vm.print_exception(e);
            panic!("input {i} failed: {}", out.borrow());
        }
        if i % 5 == 3 {
            // The function of input i - 3 (not of an image whose slot was reused) answered.
            let shown = out.borrow().lines().last().map(String::from);
            assert_eq!(shown, Some((i - 2).to_string()), "input {i}");
        }
        if i == 1_000 {
            baseline = Some(settled(&mut vm));
        }
        if i > 1_000 && i % 500 == 0 {
            let (used, images, bytes) = settled(&mut vm);
            let (used0, images0, bytes0) = baseline.unwrap();
            assert!(used <= used0 + 1024, "heap grew from {used0} to {used} bytes by input {i}");
            assert!(
                images <= images0 + 2 && bytes <= bytes0 + 2048,
                "images grew: {images0}/{bytes0} -> {images}/{bytes}"
            );
            if i == 9_500 {
                eprintln!(
                    "(heap bytes, images, image bytes) settled: {:?} at input 1,000, {:?} at 9,500",
                    baseline.unwrap(),
                    (used, images, bytes)
                );
            }
        }
    }
    // A traceback still names the code of an input long gone by (the exception keeps it).
    let image = codegen::compile_interactive_source("raise err\n", "<stdin>").unwrap();
    let loaded =
        vm.load_image(runtime::verify::VerifiedImage::trusted(runtime::ImageBytes::from(image)).unwrap()).unwrap();
    assert!(vm.run_in_module(loaded, main).is_err());
    let e = vm.exc;
    let names: Vec<String> = vm.traceback(e).into_iter().map(|t| t.function).collect();
    assert!(names.iter().any(|n| n == "g"), "{names:?}");
    // Slots were reused: 10,000 inputs ran with image numbers below 255.
    eprintln!("image numbers up to {highest_slot}, at most {most_image_bytes} bytes of images held");
    assert!((highest_slot as usize) < runtime::vm::MAX_IMAGES - 1);
    let budget = Config::default().image_budget;
    assert!(most_image_bytes <= budget + 8 * 1024, "{most_image_bytes} bytes of images held");
    let (_, images, _) = settled(&mut vm);
    assert!(images < 16, "{images} images alive");
}

#[test]
fn importing_and_dropping_a_module_does_not_leak() {
    let module = "import sys\nTABLE = [n * n for n in range(20)]\nclass K:\n    def get(self):\n        return TABLE[3]\ndef f(x):\n    return x + len(TABLE) + K().get()\n";
    let (mut vm, out) = vm(
        32 * 1024,
        &[("lib/leaky.py", module), ("lib/pkg/__init__.py", "from . import sub\n"), ("lib/pkg/sub.py", "X = 'sub'\n")],
    );
    vm.set_sys_path(&["lib"]).unwrap_or_else(|_| panic!("sys.path"));
    let main = vm.new_main_module("__main__", None).unwrap_or_else(|_| panic!("no __main__"));
    let step = "import leaky, pkg.sub, sys\nr = leaky.f(1) + len(pkg.sub.X)\ndel sys.modules['leaky'], sys.modules['pkg'], sys.modules['pkg.sub']\ndel leaky, pkg\n";
    let mut run = |vm: &mut Vm| {
        let image = codegen::compile_source(step, "<loop>").unwrap_or_else(|e| panic!("{e}"));
        let loaded =
            vm.load_image(runtime::verify::VerifiedImage::trusted(runtime::ImageBytes::from(image)).unwrap()).unwrap();
        if vm.run_in_module(loaded, main).is_err() {
            let e = vm.exc;
            vm.print_exception(e);
            panic!("{}", out.borrow());
        }
    };
    run(&mut vm);
    let baseline = settled(&mut vm);
    for _ in 0..1_000 {
        run(&mut vm);
    }
    let after = settled(&mut vm);
    eprintln!("(heap bytes, images, image bytes): {baseline:?} after one import, {after:?} after 1,001");
    assert_eq!(after, baseline, "(heap bytes, images, image bytes) after 1,000 imports");
}
