//! `frostpy freeze`, `frostpy size` and `frostpy run --frozen`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const FROSTPY: &str = env!("CARGO_BIN_EXE_frostpy");

fn frostpy(args: &[&str]) -> Output {
    Command::new(FROSTPY).args(args).output().expect("frostpy starts")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A fresh folder holding `files`.
fn tree(tag: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("frostpy-freeze-cli-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (p, t) in files {
        let p = dir.join(p);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, t).unwrap();
    }
    dir
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

const MANIFEST: &str = "[[module]]\npath = \"main.py\"\n[[module]]\npath = \"lib/helper.py\"\n";

#[test]
fn freeze_writes_an_object_with_the_table() {
    let d = tree("obj", &[("manifest.toml", MANIFEST), ("main.py", "print('hi')\n"), ("lib/helper.py", "X = 1\n")]);
    let out = d.join("frozen.o");
    let o = frostpy(&["freeze", s(&d.join("manifest.toml")), "-o", s(&out), "--target", "thumbv6m-none-eabi", "-v"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("helper") && text(&o.stdout).contains("frozen table, 2 modules"));
    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(&bytes[..4], b"\x7fELF");
    // The size report sees the table as the frozen image.
    let sz = frostpy(&["size", s(&out)]);
    assert!(sz.status.success(), "{}", text(&sz.stderr));
    let report = text(&sz.stdout);
    let flash = report.lines().find(|l| l.starts_with("flash")).unwrap();
    let cols: Vec<u64> = flash.split_whitespace().skip(1).map(|c| c.parse().unwrap()).collect();
    assert_eq!(cols[0], 0, "{report}");
    assert!(cols[1] > 100 && cols[1] == cols[3], "{report}");

    let raw = d.join("frozen.bin");
    let o = frostpy(&["freeze", s(&d.join("manifest.toml")), "-o", s(&raw), "--raw"]);
    assert!(o.status.success());
    assert_eq!(&std::fs::read(&raw).unwrap()[..4], b"FPYF");
}

#[test]
fn freeze_errors_are_one_line() {
    let d = tree("bad", &[("manifest.toml", "[[module]]\npath = \"main.py\"\n"), ("main.py", "def f(:\n")]);
    let o = frostpy(&["freeze", s(&d.join("manifest.toml")), "-o", s(&d.join("x.o"))]);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("main.py:1:") && err.contains("SyntaxError"), "{err}");
    let o = frostpy(&["freeze", s(&d.join("manifest.toml")), "-o", s(&d.join("x.o")), "--target", "z80"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn run_frozen_main_and_its_exit_status() {
    let d = tree(
        "run",
        &[
            ("manifest.toml", MANIFEST),
            ("main.py", "print('frozen main')\nraise SystemExit(3)\n"),
            ("lib/helper.py", ""),
        ],
    );
    let o = frostpy(&["run", "--frozen", s(&d.join("manifest.toml"))]);
    assert_eq!((text(&o.stdout).as_str(), o.status.code()), ("frozen main\n", Some(3)));
    // A program given as well runs instead of the frozen main.
    let o = frostpy(&["run", "--frozen", s(&d.join("manifest.toml")), "-c", "print(2)"]);
    assert_eq!((text(&o.stdout).as_str(), o.status.code()), ("2\n", Some(0)));
    // Tracebacks name frozen files as the manifest does.
    let d = tree("tb", &[("manifest.toml", "[[module]]\npath = \"main.py\"\n"), ("main.py", "x = 1\n1 / 0\n")]);
    let o = frostpy(&["run", "--frozen", s(&d.join("manifest.toml"))]);
    assert!(text(&o.stderr).contains("File \"main.py\", line 2"), "{}", text(&o.stderr));
    let d = tree("nomain", &[("manifest.toml", "[[module]]\npath = \"app.py\"\n"), ("app.py", "")]);
    let o = frostpy(&["run", "--frozen", s(&d.join("manifest.toml"))]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("no module 'main' is frozen"));
}

#[test]
fn size_refuses_what_is_not_a_firmware() {
    let d = tree("size", &[("x.txt", "not an ELF")]);
    let o = frostpy(&["size", s(&d.join("x.txt"))]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("not a 32-bit ELF"), "{}", text(&o.stderr));
}
