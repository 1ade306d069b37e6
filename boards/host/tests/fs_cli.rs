//! `frostpy fs`: images made, filled, listed and read back; errors and exit codes.

use std::path::PathBuf;
use std::process::{Command, Output};

const FROSTPY: &str = env!("CARGO_BIN_EXE_frostpy");

fn fp(args: &[&str]) -> Output {
    Command::new(FROSTPY).args(args).output().expect("frostpy starts")
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("frostpy-fs-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn mkfs_put_ls_cat_get_rm_df_tree() {
    let d = dir("round");
    let img = d.join("fs.img");
    let img = img.to_str().unwrap();
    let o = fp(&["fs", "mkfs", img, "--size", "64k", "--block", "512"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(std::fs::metadata(img).unwrap().len(), 65536);
    // a tree of local files, one to compile
    let src = d.join("app");
    std::fs::create_dir_all(src.join("lib")).unwrap();
    std::fs::write(src.join("main.py"), "print('hi from fs')\n").unwrap();
    std::fs::write(src.join("lib/data.bin"), vec![7u8; 3000]).unwrap();
    let o = fp(&["fs", "put", img, src.to_str().unwrap(), "--compile"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(out(&fp(&["fs", "ls", img])), "app/\n");
    assert_eq!(out(&fp(&["fs", "ls", img, "/app"])), "lib/\nmain.fpc\n");
    assert_eq!(out(&fp(&["fs", "ls", "-l", img, "app/lib"])), "      3000  data.bin\n");
    let tree = out(&fp(&["fs", "tree", img]));
    assert!(tree.contains("|-- lib/") && tree.contains("data.bin (3000 B)"), "{tree}");
    // the compiled module runs once copied out
    let fpc = d.join("main.fpc");
    let o = fp(&["fs", "get", img, "/app/main.fpc", fpc.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(out(&fp(&["run", fpc.to_str().unwrap()])), "hi from fs\n");
    // put a single file to a given name, cat it
    let note = d.join("note.txt");
    std::fs::write(&note, "hello\n").unwrap();
    assert_eq!(fp(&["fs", "put", img, note.to_str().unwrap(), "/app/n.txt"]).status.code(), Some(0));
    assert_eq!(out(&fp(&["fs", "cat", img, "/app/n.txt"])), "hello\n");
    // rm: a non-empty directory needs -r
    let o = fp(&["fs", "rm", img, "/app"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("Directory not empty") && err(&o).contains("rm -r"), "{}", err(&o));
    assert_eq!(fp(&["fs", "rm", "-r", img, "/app/lib"]).status.code(), Some(0));
    assert_eq!(fp(&["fs", "mkdir", img, "/etc"]).status.code(), Some(0));
    assert_eq!(out(&fp(&["fs", "ls", img])), "app/\netc/\n");
    let df = out(&fp(&["fs", "df", img]));
    assert!(df.contains("65536") && df.contains("128 x 512"), "{df}");
}

#[test]
fn errors_are_one_line_with_exit_codes() {
    let d = dir("errors");
    let img = d.join("fs.img");
    let img_s = img.to_str().unwrap();
    assert_eq!(fp(&["fs", "mkfs", img_s, "--size", "32k"]).status.code(), Some(0));
    // mkfs does not replace an image without --force
    let o = fp(&["fs", "mkfs", img_s, "--size", "32k"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("--force"));
    // missing file
    let o = fp(&["fs", "cat", img_s, "/nope"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(err(&o), format!("frostpy fs: /nope: No such file or directory (see `frostpy fs ls {img_s}`)\n"));
    // usage errors are 2
    assert_eq!(fp(&["fs", "mkfs", img_s]).status.code(), Some(2));
    assert_eq!(fp(&["fs", "mkfs", img_s, "--size", "12q", "--force"]).status.code(), Some(2));
    assert_eq!(fp(&["fs", "ls", img_s, "--block", "100"]).status.code(), Some(2));
    assert_eq!(fp(&["fs", "--help"]).status.code(), Some(0));
    for sub in ["mkfs", "put", "get", "ls", "cat", "rm", "mkdir", "tree", "df"] {
        assert_eq!(fp(&["fs", sub, "--help"]).status.code(), Some(0), "{sub} --help");
    }
}

#[test]
fn a_foreign_or_damaged_image_is_never_written() {
    let d = dir("foreign");
    let img = d.join("junk.img");
    let junk: Vec<u8> = (0..65536u32).map(|i| (i.wrapping_mul(2654435761) >> 24) as u8).collect();
    std::fs::write(&img, &junk).unwrap();
    let local = d.join("f.txt");
    std::fs::write(&local, "x").unwrap();
    for args in [
        vec!["fs", "put", img.to_str().unwrap(), local.to_str().unwrap()],
        vec!["fs", "mkdir", img.to_str().unwrap(), "/d"],
        vec!["fs", "rm", "-r", img.to_str().unwrap(), "/d"],
        vec!["fs", "ls", img.to_str().unwrap()],
    ] {
        let o = fp(&args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let e = err(&o);
        assert!(e.contains("not a littlefs image") && e.contains("mkfs") && e.lines().count() == 1, "{e}");
        assert_eq!(std::fs::read(&img).unwrap(), junk, "{args:?} wrote to the image");
    }
    // a real image with one block damaged: no panic, a clean outcome either way
    let good = d.join("good.img");
    assert_eq!(fp(&["fs", "mkfs", good.to_str().unwrap(), "--size", "64k"]).status.code(), Some(0));
    assert_eq!(fp(&["fs", "put", good.to_str().unwrap(), local.to_str().unwrap()]).status.code(), Some(0));
    let mut bytes = std::fs::read(&good).unwrap();
    bytes[..4096].fill(0);
    bytes[4096..8192].fill(0x55);
    std::fs::write(&good, &bytes).unwrap();
    let o = fp(&["fs", "ls", good.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!err(&o).contains("panicked"));
}
