//! Freeze `runtime/pylib`: compile each Python module there with the code
//! generator and embed the images, so the host board has the library
//! modules written in Python (`collections`, ...) without any files.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let pylib = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../runtime/pylib");
    println!("cargo:rerun-if-changed={}", pylib.display());
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    let mut entries: Vec<(String, std::path::PathBuf, bool)> = Vec::new();
    if let Ok(dir) = std::fs::read_dir(&pylib) {
        for e in dir.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "py") {
                let name = p.file_stem().unwrap().to_string_lossy().into_owned();
                entries.push((name, p, false));
            } else if p.join("__init__.py").is_file() {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                entries.push((name, p.join("__init__.py"), true));
            }
        }
    }
    entries.sort();
    let mut table = String::from(
        "/// Modules of `runtime/pylib`, compiled by `build.rs`.\nstatic PYLIB: &[FrozenModule<'static>] = &[\n",
    );
    for (name, path, is_package) in &entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let image = codegen::compile_source(&text, &format!("<frozen {name}>"))
            .unwrap_or_else(|e| panic!("{}: does not compile:\n{e}", path.display()));
        let file = Path::new(&out_dir).join(format!("{name}.fpc"));
        std::fs::write(&file, &image).expect("write frozen image");
        let _ = writeln!(
            table,
            "    FrozenModule {{ name: {name:?}, image: include_bytes!({:?}), is_package: {is_package} }},",
            file.display().to_string()
        );
    }
    table.push_str("];\n");
    std::fs::write(Path::new(&out_dir).join("frozen.rs"), table).expect("write frozen.rs");
}
