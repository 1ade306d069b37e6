//! The `frostpy` command line: exit codes, program sources, limits, bad input.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const FROSTPY: &str = env!("CARGO_BIN_EXE_frostpy");

fn frostpy(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(FROSTPY)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("frostpy starts");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn temp(name: &str, contents: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("frostpy-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, contents).unwrap();
    p
}

#[test]
fn runs_code_from_c_and_stdin() {
    let o = frostpy(&["run", "-c", "print(1 + 2)"], "");
    assert_eq!((text(&o.stdout).as_str(), o.status.code()), ("3\n", Some(0)));
    let o = frostpy(&["run", "-"], "x = 3\nprint(x * 'ab')\n");
    assert_eq!((text(&o.stdout).as_str(), o.status.code()), ("ababab\n", Some(0)));
}

#[test]
fn uncaught_exception_prints_traceback_and_exits_1() {
    let src = "def f(x):\n    return 10 // x\n\nprint('before')\nf(0)\n";
    let p = temp("div.py", src.as_bytes());
    let o = frostpy(&["run", p.to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(text(&o.stdout), "before\n");
    let err = text(&o.stderr);
    let want = format!(
        "Traceback (most recent call last):\n  File \"{0}\", line 5, in <module>\n  File \"{0}\", line 2, in f\nZeroDivisionError: integer division or modulo by zero\n",
        p.display()
    );
    assert_eq!(err, want);
}

#[test]
fn syntax_error_names_file_line_and_column() {
    let p = temp("bad.py", b"x = 1\nif x\n    pass\n");
    let o = frostpy(&["run", p.to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    // Line 2, caret at column 5 (after `if x`), as CPython reports it.
    let want = format!("  File \"{}\", line 2\n    if x\n        ^\nSyntaxError: invalid syntax\n", p.display());
    assert_eq!(err, want);
}

#[test]
fn small_heap_ends_in_memory_error_not_a_crash() {
    let src = "data = []\ni = 0\nwhile True:\n    data.append(str(i) * 10)\n    i += 1\n";
    let o = frostpy(&["run", "--heap", "16k", "-c", src], "");
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(err.ends_with("MemoryError\n"), "{err}");
    assert!(err.contains("line 4, in <module>"), "{err}");
    // The same program is caught by a handler, which can carry on once the list is gone.
    let src = "def fill():\n    d = []\n    while True:\n        d.append([0] * 50)\ntry:\n    fill()\nexcept MemoryError as e:\n    print('caught', repr(e))\nprint([1] * 100 == [1] * 100)\n";
    let o = frostpy(&["run", "--heap", "16k", "-c", src], "");
    assert_eq!((text(&o.stdout).as_str(), o.status.code()), ("caught MemoryError()\nTrue\n", Some(0)));
}

#[test]
fn deep_recursion_is_a_recursion_error() {
    let o = frostpy(&["run", "-c", "def f(n):\n    return f(n + 1)\nf(0)\n"], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).ends_with("RecursionError: maximum recursion depth exceeded\n"));
    let o = frostpy(
        &[
            "run",
            "--recursion-limit",
            "50",
            "-c",
            "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(45))\nprint(f(60))\n",
        ],
        "",
    );
    assert_eq!(text(&o.stdout), "45\n");
    assert!(text(&o.stderr).contains("RecursionError"));
}

#[test]
fn compile_then_run_the_image() {
    let p = temp("prog.py", b"def sq(x):\n    return x * x\nprint([sq(i) for i in range(5)])\n");
    let out = p.with_extension("fpc");
    let o = frostpy(&["compile", p.to_str().unwrap(), "-o", out.to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let image = std::fs::read(&out).unwrap();
    assert_eq!(&image[..4], b"FPYC");
    let o = frostpy(&["run", out.to_str().unwrap()], "");
    assert_eq!((text(&o.stdout).as_str(), o.status.code()), ("[0, 1, 4, 9, 16]\n", Some(0)));
}

#[test]
fn malformed_images_get_one_line_errors() {
    for (name, bytes, what) in [
        ("short.fpc", &b"FPYC"[..], "shorter than its header"),
        ("magic.fpc", &[0u8; 64][..], "bad magic"),
        (
            "version.fpc",
            &{
                let mut b = vec![0u8; 40];
                b[..4].copy_from_slice(b"FPYC");
                b[4] = 99;
                b
            }[..],
            "format version 99",
        ),
    ] {
        let p = temp(name, bytes);
        let o = frostpy(&["run", p.to_str().unwrap()], "");
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{name}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(what), "{err}");
    }
}

#[test]
fn usage_errors_exit_2_and_every_command_has_help() {
    let o = frostpy(&["run", "--heap", "12x", "x.py"], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("try 16k"));
    assert_eq!(frostpy(&["frobnicate"], "").status.code(), Some(2));
    for cmd in [&["--help"][..], &["run", "--help"], &["compile", "--help"], &["dis", "--help"]] {
        let o = frostpy(cmd, "");
        assert_eq!(o.status.code(), Some(0));
        assert!(text(&o.stdout).contains("Usage: frostpy"), "{cmd:?}");
    }
}

#[test]
fn missing_file_says_so() {
    let o = frostpy(&["run", "/definitely/not/here.py"], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).starts_with("frostpy: cannot open /definitely/not/here.py"));
}

#[test]
fn dis_shows_registers_and_opcodes() {
    let p = temp("dis.py", b"def add(a, b):\n    return a + b\n");
    let o = frostpy(&["dis", p.to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(0));
    let out = text(&o.stdout);
    assert!(out.contains("code #1 add"), "{out}");
    assert!(out.contains("Add") && out.contains("Return"), "{out}");
}

/// The host board registers its own native module, `host` (boards/host/src/hostmod.rs),
/// through `Platform::native_modules`; it binds arguments with the runtime's binder.
#[test]
fn board_module_host_is_importable() {
    let dir = temp("listed.txt", b"x").parent().unwrap().to_path_buf();
    std::fs::write(dir.join("a_first.txt"), b"").unwrap();
    let dir_text = format!("{:?}", dir.to_str().unwrap());
    let code = [
        "import host",
        "from host import getenv",
        "print(getenv('FROSTPY_TEST_VAR'), getenv('FROSTPY_NO_SUCH_VAR'), getenv('FROSTPY_NO_SUCH_VAR', 'dflt'))",
        format!("names = host.listdir({dir_text})").as_str(),
        format!("print(names[:1], 'listed.txt' in names, host.getcwd() == {dir_text})").as_str(),
        "for bad in (lambda: host.listdir('/no/such/dir'), lambda: host.getenv(), lambda: host.getenv(1),",
        "            lambda: host.getcwd(1), lambda: host.getenv('A', foo=1)):",
        "    try:",
        "        bad()",
        "    except Exception as e:",
        "        print(type(e).__name__, e)",
    ]
    .join("\n");
    let o = Command::new(FROSTPY)
        .args(["run", "-c", &code])
        .current_dir(&dir)
        .env("FROSTPY_TEST_VAR", "set")
        .output()
        .unwrap();
    assert_eq!(text(&o.stderr), "");
    assert_eq!(
        text(&o.stdout),
        "set None dflt\n\
         ['a_first.txt'] True True\n\
         FileNotFoundError [Errno 2] No such file or directory: '/no/such/dir'\n\
         TypeError getenv() missing required argument 'key' (pos 1)\n\
         TypeError getenv() argument 'key' must be str, not int\n\
         TypeError getcwd() takes no arguments (1 given)\n\
         TypeError 'foo' is an invalid keyword argument for getenv()\n"
    );
}
