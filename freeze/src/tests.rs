use std::path::{Path, PathBuf};

use fpc::frozen::FrozenTable;
use object::{Object, ObjectSection, ObjectSymbol};

use super::*;

/// A fresh folder with `files` (path, text) written into it.
fn tree(tag: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("frostpy-freeze-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (p, text) in files {
        let p = dir.join(p);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}

fn err(dir: &Path) -> String {
    let e = freeze_manifest(&dir.join("manifest.toml")).unwrap_err().0;
    assert!(!e.contains('\n'), "error must be one line: {e}");
    e
}

#[test]
fn modules_packages_globs_sorted_in_table() {
    let dir = tree(
        "ok",
        &[
            (
                "manifest.toml",
                "options = [\"-O\"]\n[[module]]\npath = \"app/main.py\"\n[[module]]\npath = \"x.py\"\nname = \"renamed\"\n\
                 [[package]]\npath = \"lib/pkg\"\n[[glob]]\npattern = \"more/*.py\"\nprefix = \"extra\"\n",
            ),
            ("app/main.py", "print('main')\n"),
            ("x.py", "y = 1\n"),
            ("lib/pkg/__init__.py", "A = 1\n"),
            ("lib/pkg/util.py", "def f(): pass\n"),
            ("lib/pkg/sub/__init__.py", ""),
            ("lib/pkg/sub/deep.py", "z = 3\n"),
            ("lib/pkg/notes.txt", "not python"),
            ("more/a.py", "a = 1\n"),
            ("more/b.py", "b = 2\n"),
        ],
    );
    let f = freeze_manifest(&dir.join("manifest.toml")).unwrap();
    let t = FrozenTable::new(&f.table).unwrap();
    let names: Vec<_> = t.iter().map(|m| (m.name, m.is_package)).collect();
    assert_eq!(
        names,
        [
            ("extra.a", false),
            ("extra.b", false),
            ("main", false),
            ("pkg", true),
            ("pkg.sub", true),
            ("pkg.sub.deep", false),
            ("pkg.util", false),
            ("renamed", false),
        ]
    );
    let main = t.find("main").unwrap();
    assert!(fpc::image::Image::new(main.image).is_ok());
    assert_eq!(main.image.as_ptr() as usize % 4, f.table.as_ptr() as usize % 4);
    assert!(t.find("nope").is_none());
    assert!(f.inputs.len() >= 9);
}

#[test]
fn optimize_drops_asserts() {
    let src = "assert False, 'boom'\n";
    let dir = tree("opt", &[("manifest.toml", "[[module]]\npath = \"a.py\"\noptions = [\"-O\"]\n"), ("a.py", src)]);
    let o = freeze_manifest(&dir.join("manifest.toml")).unwrap();
    let dir2 = tree("noopt", &[("manifest.toml", "[[module]]\npath = \"a.py\"\n"), ("a.py", src)]);
    let plain = freeze_manifest(&dir2.join("manifest.toml")).unwrap();
    assert!(o.modules[0].2 < plain.modules[0].2, "{:?} vs {:?}", o.modules, plain.modules);
}

#[test]
fn errors_are_one_line_and_name_the_problem() {
    let d = tree("e1", &[("manifest.toml", "[[modul]]\npath = \"a.py\"\n")]);
    let e = err(&d);
    assert!(e.contains("manifest.toml:1:") && e.contains("modul"), "{e}");

    let d = tree("e2", &[("manifest.toml", "[[module]]\npath = \"missing.py\"\n")]);
    assert!(err(&d).contains("module path 'missing.py' is not a file"));

    let d = tree("e3", &[("manifest.toml", "[[module]]\npath = \"a.py\"\n"), ("a.py", "x = (1,\n")]);
    let e = err(&d);
    assert!(e.contains("a.py:1:") && e.contains("SyntaxError") && e.contains("never closed"), "{e}");

    let d = tree(
        "e4",
        &[
            ("manifest.toml", "[[module]]\npath = \"a.py\"\n[[module]]\npath = \"b/a.py\"\n"),
            ("a.py", ""),
            ("b/a.py", ""),
        ],
    );
    assert!(err(&d).contains("module 'a' is frozen twice"));

    let d = tree("e5", &[("manifest.toml", "[[glob]]\npattern = \"none/*.py\"\n")]);
    assert!(err(&d).contains("matches no .py file"));

    let d = tree("e6", &[("manifest.toml", "[[module]]\npath = \"a.py\"\noptions = [\"-X\"]\n"), ("a.py", "")]);
    assert!(err(&d).contains("unknown option '-X'"));

    let d = tree("e7", &[("manifest.toml", "[[module]]\npath = \"a-b.py\"\n"), ("a-b.py", "")]);
    assert!(err(&d).contains("'a-b' is not a valid module name"));

    let d = tree("e8", &[("manifest.toml", "include = [\"manifest.toml\"]\n")]);
    assert!(err(&d).contains("includes itself"));

    let d = tree("e9", &[("manifest.toml", "module = 3\n")]);
    assert!(err(&d).contains("manifest.toml:1:"));

    let d = tree("e10", &[]);
    assert!(err(&d).contains("cannot read manifest"));
}

#[test]
fn includes_merge() {
    let d = tree(
        "inc",
        &[
            ("manifest.toml", "include = [\"common/base.toml\"]\n[[module]]\npath = \"main.py\"\n"),
            ("main.py", ""),
            ("common/base.toml", "[[module]]\npath = \"lib.py\"\n"),
            ("common/lib.py", ""),
        ],
    );
    let f = freeze_manifest(&d.join("manifest.toml")).unwrap();
    let names: Vec<_> = f.modules.iter().map(|m| m.0.as_str()).collect();
    assert_eq!(names, ["lib", "main"]);
}

#[test]
fn empty_table_is_valid() {
    let t = write_table(&[]);
    let ft = FrozenTable::new(&t).unwrap();
    assert_eq!(ft.len(), 0);
    assert!(ft.find("main").is_none());
}

#[test]
fn table_reader_refuses_damage() {
    let img = codegen::compile_source("x = 1\n", "m.py").unwrap();
    let t = write_table(&[TableModule { name: "m", image: &img, is_package: false }]);
    assert!(FrozenTable::new(&t).is_ok());
    assert!(FrozenTable::new(&t[..t.len() - 4]).is_err());
    let mut bad = t.clone();
    bad[0] = b'X';
    assert!(FrozenTable::new(&bad).is_err());
    let mut bad = t.clone();
    bad[16 + 8] = 0xff; // image offset
    assert!(FrozenTable::new(&bad).is_err());
    let mut bad = t.clone();
    bad[12] = 0xff; // module count
    assert!(FrozenTable::new(&bad).is_err());
}

#[test]
fn object_holds_the_table_under_the_symbol() {
    let img = codegen::compile_source("x = 1\n", "m.py").unwrap();
    let t = write_table(&[TableModule { name: "m", image: &img, is_package: false }]);
    for target in ["thumbv7m-none-eabi", "thumbv6m-none-eabi", "thumbv7em-none-eabihf", "riscv32imc-unknown-none-elf"] {
        let o = write_object(&t, target).unwrap();
        let file = object::File::parse(&*o).unwrap();
        let sym = file.symbols().find(|s| s.name() == Ok(SYMBOL)).unwrap();
        assert!(sym.is_global() && sym.size() == t.len() as u64);
        let sec = file.section_by_name(SECTION).unwrap();
        assert_eq!(sec.data().unwrap(), &t[..]);
        assert_eq!(sec.align(), 4);
    }
    assert!(write_object(&t, "mips-unknown").unwrap_err().0.contains("unsupported target"));
}
