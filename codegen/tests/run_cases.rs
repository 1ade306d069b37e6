//! Run `tests/cases/**/*.py` through the compiler and the runtime's VM in
//! process and compare with the `.exp` files (stdout, then for an error
//! `--- exit N`, the last stderr line, `--- line L`). Ignored by default (it
//! depends on the runtime being complete):
//! `cargo test -p frostpy-codegen --test run_cases -- --ignored --nocapture`
//! (`FPC_CASES=substr` filters).

use runtime::{Config, Platform, Stream, Vm};
use std::cell::RefCell;
use std::rc::Rc;

struct Capture(Rc<RefCell<(Vec<u8>, Vec<u8>)>>);

impl Platform for Capture {
    fn write(&mut self, stream: Stream, bytes: &[u8]) {
        let mut b = self.0.borrow_mut();
        match stream {
            Stream::Out => b.0.extend_from_slice(bytes),
            Stream::Err => b.1.extend_from_slice(bytes),
        }
    }
}

/// Run a program: (stdout, Some((summary, line)) on an uncaught exception).
fn run(src: &str, name: &str) -> (String, Option<(String, u32)>) {
    let image = match codegen::compile_source(src, name) {
        Ok(i) => i,
        Err(e) => return (String::new(), Some((format!("SyntaxError: {}", e.message), e.line))),
    };
    let arena: &'static mut [u32] = Box::leak(vec![0u32; 1 << 18].into_boxed_slice());
    let out = Rc::new(RefCell::new((Vec::new(), Vec::new())));
    let mut vm = Vm::new(arena, Box::new(Capture(out.clone())), Config::default());
    let img =
        vm.load_image(fpc::verify(runtime::ImageBytes::from(image)).expect("image verifies")).expect("image loads");
    let r = vm.run_main(img, "__main__");
    let err = match r {
        Ok(_) => None,
        Err(_) => {
            let e = vm.exc;
            let line = vm.traceback(e).last().map_or(0, |t| t.line);
            Some((vm.exception_summary(e), line))
        }
    };
    let stdout = String::from_utf8_lossy(&out.borrow().0).into_owned();
    (stdout, err)
}

#[test]
#[ignore]
fn cases_run() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/cases");
    let filter = std::env::var("FPC_CASES").ok();
    let mut files = Vec::new();
    fn walk(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, files);
            } else if p.extension().is_some_and(|x| x == "py") {
                files.push(p);
            }
        }
    }
    walk(std::path::Path::new(root), &mut files);
    files.sort();
    let (mut pass, mut fail) = (0, 0);
    for p in files {
        let rel = p.strip_prefix(root).unwrap().display().to_string();
        if filter.as_ref().is_some_and(|f| !rel.contains(f.as_str())) {
            continue;
        }
        let src = std::fs::read_to_string(&p).unwrap();
        let Ok(exp) = std::fs::read_to_string(p.with_extension("exp")) else { continue };
        let (want_out, want_err) = match exp.find("--- exit ") {
            Some(i) => {
                let tail: Vec<&str> = exp[i..].lines().collect();
                let line = tail.get(2).and_then(|l| l.strip_prefix("--- line ")).and_then(|l| l.trim().parse().ok());
                (&exp[..i], Some((tail.get(1).copied().unwrap_or("").to_string(), line.unwrap_or(0))))
            }
            None => (&exp[..], None),
        };
        let src2 = src.clone();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let got = std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(move || std::panic::catch_unwind(|| run(&src2, &name)))
            .unwrap()
            .join()
            .unwrap();
        let (out, err) = match got {
            Ok(r) => r,
            Err(_) => {
                println!("PANIC {rel}");
                fail += 1;
                continue;
            }
        };
        let err_ok = match (&want_err, &err) {
            (None, None) => true,
            (Some((ws, wl)), Some((gs, gl))) => {
                let name_only = ws.starts_with("SyntaxError") || ws.starts_with("IndentationError");
                let ws_cmp = if name_only { ws.split(':').next().unwrap() } else { ws.as_str() };
                let gs_cmp = if name_only { gs.split(':').next().unwrap() } else { gs.as_str() };
                (ws_cmp == gs_cmp || (name_only && gs_cmp == "SyntaxError")) && wl == gl
            }
            _ => false,
        };
        if out == want_out && err_ok {
            pass += 1;
        } else {
            fail += 1;
            println!("FAIL {rel}: err want {want_err:?} got {err:?}");
            if out != want_out {
                let first = out.lines().zip(want_out.lines()).position(|(a, b)| a != b);
                match first {
                    Some(i) => println!(
                        "    line {i}: want {:?} got {:?}",
                        want_out.lines().nth(i).unwrap_or(""),
                        out.lines().nth(i).unwrap_or("")
                    ),
                    None => println!(
                        "    output length differs: want {} lines, got {}",
                        want_out.lines().count(),
                        out.lines().count()
                    ),
                }
            }
        }
    }
    println!("{pass} passed, {fail} failed");
}

/// `FPC_RUN=file.py cargo test -p frostpy-codegen --test run_cases run_file -- --ignored --nocapture`
#[test]
#[ignore]
fn run_file() {
    let Ok(path) = std::env::var("FPC_RUN") else { return };
    let src = std::fs::read_to_string(&path).unwrap();
    let (out, err) = run(&src, &path);
    print!("{out}");
    if let Some((e, line)) = err {
        println!("!! {e} (line {line})");
    }
}
