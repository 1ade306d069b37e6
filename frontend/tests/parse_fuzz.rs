//! Mutation fuzzing of frostpy's own parser: every mutated corpus program
//! gives a tree or a SyntaxError, never a panic or a stack overflow (the test
//! runs on a thread with a 1 MiB stack). Where rustpython also parses the
//! mutant, both trees must be equal, ranges included.
//! `FROSTPY_FUZZ_ITERS` sets the count (default 20000), `FROSTPY_FUZZ_SEED`
//! the random seed.

#[path = "../../tests/support/mutate.rs"]
mod mutate;
use mutate::{mutate, python_sources, Rng};

/// rustpython keeps escapes in an f-string's format spec undecoded
/// (`f'{x:\x3e5}'` has the spec `\x3e5`); CPython and frostpy's parser decode
/// them (`>5`). Mutants that may have one are not compared.
fn escape_in_format_spec(src: &str) -> bool {
    src.lines().any(|l| {
        let l = l.to_ascii_lowercase();
        (l.contains("f'") || l.contains("f\"")) && l.find('{').is_some_and(|i| l[i..].contains('\\'))
    })
}

fn run() {
    let iters: usize = std::env::var("FROSTPY_FUZZ_ITERS").ok().and_then(|s| s.parse().ok()).unwrap_or(20000);
    let seeds = python_sources(&["tests/cases", "bench/programs", "runtime/pylib", "examples"]);
    assert!(seeds.len() > 100, "the corpus seeds are missing");
    let seed = std::env::var("FROSTPY_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x05ee_d0f9_a25e);
    let mut rng = Rng::new(seed);
    let (mut ok, mut errors, mut compared, mut only_ours, mut only_theirs, mut skipped) = (0, 0, 0, 0, 0, 0);
    for _ in 0..iters {
        let seed = &seeds[rng.below(seeds.len())];
        let src = mutate(&mut rng, seed);
        let ours = match std::panic::catch_unwind(|| frontend::parse::parse_module(&src, "fuzz.py")) {
            Ok(r) => r,
            Err(_) => panic!("the parser panicked on:\n{src}"),
        };
        let theirs = frontend::parse_only(&frontend::SourceFile::new("fuzz.py", &src));
        match (&ours, &theirs) {
            (Ok(_), Ok(_)) if escape_in_format_spec(&src) => skipped += 1,
            (Ok(a), Ok(b)) => {
                compared += 1;
                if a != b {
                    let (x, y) = (format!("{a:?}"), format!("{b:?}"));
                    let i = x.bytes().zip(y.bytes()).position(|(p, q)| p != q).unwrap_or(0);
                    let from = i.saturating_sub(300);
                    panic!(
                        "trees differ for:\n{src}\nours   ...{}\ntheirs ...{}",
                        &x[from..(i + 200).min(x.len())],
                        &y[from..(i + 200).min(y.len())]
                    );
                }
            }
            (Ok(_), Err(e)) => {
                only_ours += 1;
                if std::env::var_os("FROSTPY_FUZZ_SHOW").is_some() {
                    println!("only ours parsed ({e}):\n{}\n", e.source_line);
                }
            }
            (Err(e), Ok(_)) => {
                only_theirs += 1;
                if std::env::var_os("FROSTPY_FUZZ_SHOW").is_some() {
                    println!("only rustpython parsed ({e}):\n{}\n", e.source_line);
                }
            }
            _ => {}
        }
        if let (Ok(_), Some(dir)) = (&ours, std::env::var_os("FROSTPY_FUZZ_DUMP")) {
            // For checking against CPython by hand: mutants frostpy accepts.
            if frontend::parse::parse_and_analyze(&src, "fuzz.py").is_ok() {
                let _ = std::fs::write(std::path::Path::new(&dir).join(format!("{ok}.py")), &src);
            }
        }
        match ours {
            Ok(_) => ok += 1,
            Err(e) => {
                errors += 1;
                assert!(e.line >= 1 && !e.message.is_empty(), "a bad SyntaxError: {e:?}\n{src}");
            }
        }
    }
    println!(
        "{iters} mutants: {ok} parsed, {errors} syntax errors; {compared} trees equal to rustpython's \
         ({skipped} not compared); only ours parsed {only_ours}, only rustpython parsed {only_theirs}"
    );
}

#[test]
fn mutated_sources_give_trees_or_syntax_errors() {
    std::thread::Builder::new().stack_size(1 << 20).spawn(run).unwrap().join().unwrap();
}

/// Deep nesting is a SyntaxError, not a stack overflow.
#[test]
fn deep_nesting_is_an_error() {
    let cases = [
        "(".repeat(1000) + &")".repeat(1000),
        "[".repeat(150) + &"]".repeat(150),
        "-".repeat(100_000) + "1",
        "not ".repeat(10_000) + "x",
        "2**".repeat(10_000) + "2",
        "lambda: ".repeat(5_000) + "0",
        "a if b else ".repeat(5_000) + "c",
        "f(".repeat(150) + &")".repeat(150),
        (0..120).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(120) + "pass\n",
    ];
    let run = move || {
        for src in &cases {
            let e = frontend::parse::parse_module(src, "deep.py").expect_err(&src[..20.min(src.len())]);
            assert!(
                e.message.contains("too many") || e.message.contains("nested"),
                "{}: {}",
                &src[..20.min(src.len())],
                e.message
            );
        }
    };
    std::thread::Builder::new().stack_size(1 << 20).spawn(run).unwrap().join().unwrap();
}
