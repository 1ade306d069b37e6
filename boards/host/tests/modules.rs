//! The host board's side of modules, which the corpus cannot show: program
//! arguments, exit codes, compiled (`.fpc`) modules, `FROSTPYPATH`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{SystemTime, UNIX_EPOCH};

const FROSTPY: &str = env!("CARGO_BIN_EXE_frostpy");

/// A fresh temporary folder for one test.
fn temp_dir(tag: &str) -> PathBuf {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("frostpy-modules-{tag}-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: &str) {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(p, text).unwrap();
}

fn frostpy(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(FROSTPY)
        .args(args)
        .current_dir(dir)
        .env_remove("FROSTPYPATH")
        .envs(env.iter().copied())
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn argv_holds_the_program_and_its_arguments() {
    let dir = temp_dir("argv");
    write(&dir, "prog.py", "import sys\nprint(sys.argv)\n");
    let o = frostpy(&dir, &["run", "prog.py", "a", "-b", "--c=1"], &[]);
    assert_eq!(stdout(&o), "['prog.py', 'a', '-b', '--c=1']\n", "{}", stderr(&o));
    let o = frostpy(&dir, &["run", "-c", "import sys; print(sys.argv)", "x"], &[]);
    assert_eq!(stdout(&o), "['-c', 'x']\n", "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn sys_exit_sets_the_exit_status() {
    let dir = temp_dir("exit");
    write(&dir, "three.py", "import sys\nprint('out')\nsys.exit(3)\n");
    write(&dir, "text.py", "import sys\nsys.exit('stopping now')\n");
    write(&dir, "none.py", "import sys\nsys.exit()\n");
    let o = frostpy(&dir, &["run", "three.py"], &[]);
    assert_eq!((o.status.code(), stdout(&o).as_str()), (Some(3), "out\n"));
    let o = frostpy(&dir, &["run", "text.py"], &[]);
    assert_eq!((o.status.code(), stderr(&o).as_str()), (Some(1), "stopping now\n"));
    let o = frostpy(&dir, &["run", "none.py"], &[]);
    assert_eq!(o.status.code(), Some(0));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn compiled_modules_are_imported() {
    let dir = temp_dir("fpc");
    write(&dir, "src/helper.py", "def greet(n):\n    return 'hello ' + n\n");
    write(&dir, "src/pkg/__init__.py", "from .inner import value\n");
    write(&dir, "src/pkg/inner.py", "value = 42\n");
    for (src, out) in
        [("helper.py", "helper.fpc"), ("pkg/__init__.py", "pkg/__init__.fpc"), ("pkg/inner.py", "pkg/inner.fpc")]
    {
        std::fs::create_dir_all(dir.join("app/pkg")).unwrap();
        let o = frostpy(&dir.join("src"), &["compile", src, "-o", dir.join("app").join(out).to_str().unwrap()], &[]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    write(
        &dir,
        "app/main.py",
        "import helper, pkg\nprint(helper.greet('fpc'), pkg.value)\nprint(helper.__file__.endswith('.fpc'))\n",
    );
    let o = frostpy(&dir.join("app"), &["run", "main.py"], &[]);
    assert_eq!(stdout(&o), "hello fpc 42\nTrue\n", "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn source_wins_over_an_image_of_the_same_name() {
    let dir = temp_dir("both");
    write(&dir, "other.py", "which = 'image'\n");
    let o = frostpy(&dir, &["compile", "other.py", "-o", "mod.fpc"], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    write(&dir, "mod.py", "which = 'source'\n");
    write(&dir, "main.py", "import mod\nprint(mod.which)\n");
    let o = frostpy(&dir, &["run", "main.py"], &[]);
    assert_eq!(stdout(&o), "source\n", "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_bad_image_is_an_import_error() {
    let dir = temp_dir("bad");
    write(&dir, "broken.fpc", "FPYC but not really an image");
    write(&dir, "main.py", "try:\n    import broken\nexcept ImportError as e:\n    print(type(e).__name__)\n");
    let o = frostpy(&dir, &["run", "main.py"], &[]);
    assert_eq!(stdout(&o), "ImportError\n", "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn frostpypath_extends_the_search_path() {
    let dir = temp_dir("path");
    write(&dir, "lib/extra.py", "name = 'from lib'\n");
    write(&dir, "main/main.py", "import extra\nprint(extra.name)\n");
    let lib = dir.join("lib");
    let o = frostpy(&dir.join("main"), &["run", "main.py"], &[("FROSTPYPATH", lib.to_str().unwrap())]);
    assert_eq!(stdout(&o), "from lib\n", "{}", stderr(&o));
    let o = frostpy(&dir.join("main"), &["run", "main.py"], &[]);
    assert!(stderr(&o).ends_with("ModuleNotFoundError: No module named 'extra'\n"), "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_script_folder_is_searched_first_wherever_the_program_runs() {
    let dir = temp_dir("cwd");
    write(&dir, "app/main.py", "import near\nprint(near.where)\n");
    write(&dir, "app/near.py", "where = 'next to the script'\n");
    let o = frostpy(&dir, &["run", "app/main.py"], &[]);
    assert_eq!(stdout(&o), "next to the script\n", "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn sys_stderr_and_print_file_go_to_stderr() {
    let dir = temp_dir("stderr");
    write(&dir, "main.py", "import sys\nsys.stderr.write('one\\n')\nprint('two', file=sys.stderr)\nprint('out')\n");
    let o = frostpy(&dir, &["run", "main.py"], &[]);
    assert_eq!((stdout(&o).as_str(), stderr(&o).as_str()), ("out\n", "one\ntwo\n"));
    let _ = std::fs::remove_dir_all(dir);
}
