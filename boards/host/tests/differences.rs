//! One test per deliberate difference from CPython (docs/differences.md).

use std::process::Command;

fn run(args: &[&str]) -> (String, String, Option<i32>) {
    let o = Command::new(env!("CARGO_BIN_EXE_frostpy")).args(args).output().expect("frostpy starts");
    (String::from_utf8_lossy(&o.stdout).into(), String::from_utf8_lossy(&o.stderr).into(), o.status.code())
}

#[test]
fn int_overflow() {
    let (out, err, code) = run(&["run", "-c", "x = 2 ** 62\nprint(x)\nprint(x * 4)\n"]);
    assert_eq!(out, "4611686018427387904\n");
    assert!(err.ends_with("OverflowError: integer overflow: frostpy ints are 64-bit\n"), "{err}");
    assert_eq!(code, Some(1));
}

#[test]
fn fixed_heap() {
    let prog = "x = [0] * 1000\nprint(len(x))\ny = [0] * 100000\n";
    let (out, err, code) = run(&["run", "--heap", "64k", "-c", prog]);
    assert_eq!((out.as_str(), code), ("1000\n", Some(1)));
    assert!(err.ends_with("MemoryError\n"), "{err}");
    let (out, _, code) = run(&["run", "--heap", "1m", "-c", prog]);
    assert_eq!((out.as_str(), code), ("1000\n", Some(0)));
}
