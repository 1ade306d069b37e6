//! One test per deliberate difference from CPython (docs/differences.md).

use std::process::Command;

fn run(args: &[&str]) -> (String, String, Option<i32>) {
    let o = Command::new(env!("CARGO_BIN_EXE_frostpy")).args(args).output().expect("frostpy starts");
    (String::from_utf8_lossy(&o.stdout).into(), String::from_utf8_lossy(&o.stderr).into(), o.status.code())
}

/// Only a frostpy built without big ints has this difference:
/// `cargo test -p frostpy --no-default-features --features tier-core --test differences`.
#[cfg(not(feature = "bigint"))]
#[test]
fn int_overflow() {
    let overflow = "OverflowError: integer overflow: this frostpy has 64-bit ints (no bigint feature)\n";
    let (out, err, code) = run(&["run", "-c", "x = 2 ** 62\nprint(x)\nprint(x * 4)\n"]);
    assert_eq!(out, "4611686018427387904\n");
    assert!(err.ends_with(overflow), "{err}");
    assert_eq!(code, Some(1));
    for src in ["x = 2 ** 63\n", "x = 1 << 63\n", "x = -(-9223372036854775808)\n", "x = abs(-9223372036854775808)\n"] {
        let (_, err, code) = run(&["run", "-c", src]);
        assert!(err.ends_with(overflow) && code == Some(1), "{src}: {err}");
    }
    // Literals beyond i64 compile to big-int constants, which this runtime refuses.
    let (_, err, _) = run(&["run", "-c", "x = 123456789012345678901234567890\n"]);
    assert!(err.ends_with(overflow), "{err}");
    // Everything that fits behaves as with big ints. (`2 ** 63 - 1` would overflow: `2 ** 63` comes first.)
    let prog = "print(2 ** 62 - 1 + 2 ** 62, -9223372036854775808 // 3, hash(2 ** 62), int('9' * 18), round(1.5e18))\n\
                print(7 ** -2, pow(3, -1, 7), (255).to_bytes(2, 'big'), int.from_bytes(b'\\xff\\xff', 'big', signed=True))\n\
                print((-1).bit_length(), 2 ** 53 + 1 > 2.0 ** 53, hex(-9223372036854775808), f'{2 ** 62:,}')\n";
    let (out, err, _) = run(&["run", "-c", prog]);
    assert_eq!(
        out,
        "9223372036854775807 -3074457345618258603 2 999999999999999999 1500000000000000000\n\
         0.02040816326530612 5 b'\\x00\\xff' -1\n\
         1 True -0x8000000000000000 4,611,686,018,427,387,904\n",
        "{err}"
    );
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

#[test]
fn coroutines_are_generators() {
    let prog = "async def f():\n    return 1\nc = f()\nprint(type(c).__name__, list(c))\n";
    let (out, _, code) = run(&["run", "-c", prog]);
    assert_eq!((out.as_str(), code), ("generator []\n", Some(0)));
    let (_, err, code) = run(&["run", "-c", "async def g():\n    yield 1\n"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("SyntaxError: asynchronous generators are not supported"), "{err}");
}

#[test]
fn code_emitters_are_bytecode() {
    let prog = "import micropython\n@micropython.native\ndef f(x):\n    return x + 1\n@micropython.viper\ndef g(x: int) -> int:\n    return x * 2\nprint(f(1), g(2), f.__name__)\ntry:\n    micropython.native(3)\nexcept TypeError as e:\n    print(e)\n";
    let (out, _, code) = run(&["run", "-c", prog]);
    assert_eq!((out.as_str(), code), ("2 4 f\n'int' object is not a function\n", Some(0)));
}

#[test]
fn type_is_not_subclassable() {
    let prog = "try:\n    class M(type):\n        pass\nexcept TypeError as e:\n    print(e)\n";
    let (out, _, code) = run(&["run", "-c", prog]);
    assert_eq!((out.as_str(), code), ("type 'type' is not an acceptable base type\n", Some(0)));
}

#[test]
fn sets_keep_insertion_order() {
    let prog = "print({3, 1, 2}, frozenset('cab'), sorted({3, 1, 2}))\n";
    let (out, _, code) = run(&["run", "-c", prog]);
    assert_eq!((out.as_str(), code), ("{3, 1, 2} frozenset({'c', 'a', 'b'}) [1, 2, 3]\n", Some(0)));
}

#[test]
fn getattribute_not_called() {
    let prog = "\
class C:
    x = 1
    def __getattribute__(self, name):
        return 'hooked'
    def __getattr__(self, name):
        return 'missing ' + name
c = C()
print(c.x, c.y, object.__getattribute__(c, 'x'))
";
    // CPython prints `hooked hooked 1`.
    let (out, _, code) = run(&["run", "-c", prog]);
    assert_eq!((out.as_str(), code), ("1 missing y 1\n", Some(0)));
}

#[test]
fn memoryview_of_resized_bytearray() {
    let prog = "\
b = bytearray(b'abcd')
m = memoryview(b)[1:3]
b.extend(b'xyz')
print(bytes(m))
b.clear()
b += b'Q'
m[0] = 65
print(b, len(m))
try:
    m[0]
except IndexError as e:
    print('IndexError')
";
    // CPython raises BufferError at `b.extend`.
    let (out, _, code) = run(&["run", "-c", prog]);
    assert_eq!((out.as_str(), code), ("b'bc'\nbytearray(b'Q') 2\nIndexError\n", Some(0)));
}

/// Runs `code` in a fresh folder that holds `files` (name, text).
fn run_in_folder(files: &[(&str, &str)], code: &str) -> (String, String, Option<i32>) {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("frostpy-diff-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    std::fs::write(dir.join("main.py"), code).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_frostpy")).arg("run").arg("main.py").current_dir(&dir).output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    (String::from_utf8_lossy(&o.stdout).into(), String::from_utf8_lossy(&o.stderr).into(), o.status.code())
}

#[test]
fn native_modules_before_files() {
    let (out, err, code) =
        run_in_folder(&[("json.py", "print('the file')\n")], "import json\nprint(json.dumps([1]))\n");
    // CPython would import the file and print `the file`.
    assert_eq!((out.as_str(), code), ("[1]\n", Some(0)), "{err}");
}

#[test]
fn random_generator() {
    let prog = "import random\nrandom.seed(1)\nprint(random.random(), random.randint(1, 100))\n";
    let (out, err, code) = run(&["run", "-c", prog]);
    // CPython: 0.13436424411240122 98 (Mersenne Twister).
    assert_eq!((out.as_str(), code), ("0.3946724931250869 19\n", Some(0)), "{err}");
}

#[test]
fn sys_maxsize() {
    let (out, _, code) = run(&["run", "-c", "import sys\nprint(sys.maxsize == 2**31 - 1)\n"]);
    assert_eq!((out.as_str(), code), ("True\n", Some(0)));
}

#[test]
fn struct_native_sizes() {
    let prog = "import struct\nprint([struct.calcsize(c) for c in ['@l', '@L', '@n', '@N', '@P', 'bq', '<l']])\n";
    let (out, _, code) = run(&["run", "-c", prog]);
    // CPython on x86-64: [8, 8, 8, 8, 8, 16, 4].
    assert_eq!((out.as_str(), code), ("[4, 4, 4, 4, 4, 16, 4]\n", Some(0)));
}

#[test]
fn namedtuple_module() {
    let (out, err, code) = run_in_folder(
        &[("shapes.py", "from collections import namedtuple\nPoint = namedtuple('Point', 'x y')\n")],
        "import shapes\np = shapes.Point(1, 2)\nprint(isinstance(p, tuple), shapes.Point.__module__)\n",
    );
    // CPython: True shapes.
    assert_eq!((out.as_str(), code), ("True __main__\n", Some(0)), "{err}");
}

#[test]
fn gc_disable() {
    let prog = "import gc\nprint(gc.collect())\ngc.disable()\nkeep = []\ntry:\n    while True:\n        \
                keep = [keep]\n        junk = [0] * 50\nexcept MemoryError:\n    print('MemoryError')\n\
                gc.enable()\nkeep = None\nprint(gc.collect())\n";
    let (out, err, code) = run(&["run", "--heap", "16k", "-c", prog]);
    assert_eq!((out.as_str(), code), ("None\nMemoryError\nNone\n", Some(0)), "{err}");
}

#[test]
fn sys_names_frostpy() {
    let prog = "import sys\nprint(sys.implementation.name, 'frostpy' in sys.version, sys.version_info[:2])\n\
                print(type(sys.version_info).__name__, hasattr(sys, 'print_exception'))\n";
    let (out, err, code) = run(&["run", "-c", prog]);
    assert_eq!((out.as_str(), code), ("frostpy True (3, 11)\ntuple True\n", Some(0)), "{err}");
}

#[test]
fn json_lone_surrogate() {
    let prog = "import json\nprint(json.loads('\"\\\\ud800\"') == '\\ufffd', json.loads('\"\\\\ud83d\\\\ude00\"') == '\\U0001F600')\n";
    let (out, err, code) = run(&["run", "-c", prog]);
    assert_eq!((out.as_str(), code), ("True True\n", Some(0)), "{err}");
}

#[test]
fn hashlib_classes() {
    let prog = "import hashlib\nh = hashlib.sha256(b'abc')\nprint(type(h) is hashlib.sha256, hashlib.sha256)\n";
    let (out, err, code) = run(&["run", "-c", prog]);
    assert_eq!((out.as_str(), code), ("True <class 'hashlib.sha256'>\n", Some(0)), "{err}");
}

#[test]
fn math_libm() {
    let (out, _, code) = run(&["run", "-c", "import math\nprint(math.cbrt(27.0))\n"]);
    assert_eq!((out.as_str(), code), ("3.0\n", Some(0)));
}
