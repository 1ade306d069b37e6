//! A frostpy built without the `bigint` feature (`cargo test -p frostpy
//! --no-default-features --test int64`): ints stop at 64 bits, and every
//! result or literal beyond raises OverflowError (docs/differences.md).
#![cfg(not(feature = "bigint"))]

use std::process::Command;

const FROSTPY: &str = env!("CARGO_BIN_EXE_frostpy");

/// Run `src` and return (stdout, last stderr line, exit code).
fn run(src: &str) -> (String, String, i32) {
    let dir = std::env::temp_dir().join(format!("frostpy-int64-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("t{}.py", src.len()));
    std::fs::write(&file, src).unwrap();
    let out = Command::new(FROSTPY).arg("run").arg(&file).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    let last = err.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("").to_string();
    (String::from_utf8_lossy(&out.stdout).into_owned(), last, out.status.code().unwrap_or(-1))
}

#[test]
fn ints_are_64_bit() {
    // (`2 ** 63 - 1` would overflow: `2 ** 63` comes first.)
    let (out, _, code) = run("print(2 ** 62 - 1 + 2 ** 62, -9223372036854775808, 9223372036854775807 // 3, hash(2 ** 62))\n");
    assert_eq!((out.as_str(), code), ("9223372036854775807 -9223372036854775808 3074457345618258602 2\n", 0));
    let overflow = "OverflowError: integer overflow: this frostpy has 64-bit ints (no bigint feature)";
    for src in ["x = 2 ** 63\n", "x = (2 ** 62) * 2\n", "x = 1 << 63\n", "x = -(-2 ** 63)\n", "x = abs(-2 ** 63)\n"] {
        let (_, last, code) = run(src);
        assert_eq!((last.as_str(), code), (overflow, 1), "{src}");
    }
    let (_, last, code) = run("x = 123456789012345678901234567890\n");
    assert_eq!((last.as_str(), code), (overflow, 1));
    let (out, _, _) = run("print(int('9' * 18), round(1.5e18), 7 ** -2, pow(3, -1, 7), (255).to_bytes(2, 'big'))\n");
    assert_eq!(out, "999999999999999999 1500000000000000000 0.02040816326530612 5 b'\\x00\\xff'\n");
    let (out, _, _) = run("print(int.from_bytes(b'\\xff\\xff', 'big', signed=True), (-1).bit_length(), 2 ** 53 + 1 > 2.0 ** 53)\n");
    assert_eq!(out, "-1 1 True\n");
}
