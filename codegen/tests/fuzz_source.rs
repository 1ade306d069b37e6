//! Mutation fuzzing of Python source: the parser, scope analysis and code
//! generator answer every input with an image or a SyntaxError, never a panic,
//! and every image they produce passes the verifier.
//!
//! Seeds are the corpus programs; mutations insert, delete and swap bytes and
//! splice in Python tokens. `FROSTPY_FUZZ_ITERS` raises the count.

#[path = "../../tests/support/mutate.rs"]
mod mutate;
use mutate::{mutate, python_sources, Rng};

#[test]
fn mutated_sources_give_images_or_syntax_errors() {
    let iters: usize = std::env::var("FROSTPY_FUZZ_ITERS").ok().and_then(|s| s.parse().ok()).unwrap_or(4000);
    let seeds = python_sources(&["tests/cases"]);
    assert!(seeds.len() > 100, "the corpus seeds are missing");
    let mut rng = Rng::new(0x0dd_ba11_5eed);
    let (mut ok, mut errors) = (0, 0);
    for _ in 0..iters {
        let seed = &seeds[rng.below(seeds.len())];
        let src = mutate(&mut rng, seed);
        let result = std::panic::catch_unwind(|| codegen::compile_source(&src, "fuzz.py"));
        match result {
            Ok(Ok(image)) => {
                ok += 1;
                if let Err(e) = fpc::verify::verify(&image) {
                    panic!("the compiler made an image the verifier refuses ({e}) from:\n{src}");
                }
            }
            Ok(Err(e)) => {
                errors += 1;
                assert!(e.line >= 1, "a SyntaxError without a line: {e}\n{src}");
            }
            Err(_) => panic!("the compiler panicked on:\n{src}"),
        }
    }
    println!("{iters} mutants: {ok} compiled, {errors} syntax errors");
}
