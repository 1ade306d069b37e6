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

#[test]
fn generator_not_closed_by_gc() {
    let prog = "\
def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')

for x in g():
    break
print('after')
it = g()
next(it)
it.close()
";
    // CPython prints `cleanup` before `after`; frostpy only on the explicit close().
    let (out, _, code) = run(&["run", "-c", prog]);
    assert_eq!((out.as_str(), code), ("after\ncleanup\n", Some(0)));
}

#[test]
fn docstrings_are_none() {
    let prog = "def f():\n    'doc'\nclass C:\n    'doc'\nprint(f.__doc__, C.__doc__)\n";
    let (out, _, code) = run(&["run", "-c", prog]);
    assert_eq!((out.as_str(), code), ("None None\n", Some(0)));
}

#[test]
fn class_keywords_are_syntax_errors() {
    let prog = "class M(type):\n    pass\nclass C(metaclass=M):\n    pass\nprint('x')\n";
    let (out, err, code) = run(&["run", "-c", prog]);
    assert_eq!((out.as_str(), code), ("", Some(1)));
    assert!(err.contains("SyntaxError: class keyword arguments"), "{err}");
    assert!(err.contains("line 3"), "{err}");
}
