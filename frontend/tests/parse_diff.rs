//! Differential test: frostpy's own parser against rustpython-parser.

use std::path::{Path, PathBuf};

fn corpus() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut out = Vec::new();
    for dir in ["tests/cases", "bench/programs", "runtime/pylib", "examples"] {
        walk(&root.join(dir), &mut out);
    }
    out.sort();
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

#[test]
fn corpus_trees_match() {
    let mut failures = Vec::new();
    let mut n = 0;
    for path in corpus() {
        let text = std::fs::read_to_string(&path).unwrap();
        let theirs = frontend::parse_only(&frontend::SourceFile::new("x.py", &text));
        let ours = frontend::parse::parse_module(&text, "x.py");
        n += 1;
        match (theirs, ours) {
            (Ok(a), Ok(b)) => {
                if a != b {
                    let i = a.iter().zip(b.iter()).position(|(x, y)| x != y).unwrap_or(0);
                    failures.push(format!(
                        "{}: trees differ at statement {i}\n theirs {:?}\n ours   {:?}",
                        path.display(),
                        a.get(i),
                        b.get(i)
                    ));
                }
            }
            (Err(a), Err(b)) => {
                if a.line != b.line {
                    failures.push(format!("{}: error lines differ: {a:?} vs {b:?}", path.display()));
                }
            }
            (a, b) => failures.push(format!("{}: {:?} vs {:?}", path.display(), a.err(), b.err())),
        }
    }
    for f in &failures {
        eprintln!("{f}\n");
    }
    eprintln!("{n} files, {} failures", failures.len());
    assert!(failures.is_empty());
}
