//! CI's check of the benchmarks: each runs on frostpy at its tiny size and prints CPython's checksum
//! (`bench/programs/<name>.tiny.exp`, written by `cargo run -p bench -- --regen-tiny`).
//! Timing is not tested. Benchmarks that need features frostpy lacks are expected to fail, with the
//! reason; the test fails when one of them starts passing, so that its marker gets removed.

use std::path::PathBuf;
use std::process::Command;

/// Benchmarks expected to fail on frostpy for now, and why.
const EXPECTED_TO_FAIL: &[(&str, &str)] = &[];

/// The frostpy binary of this build profile, built first (cargo does not build other packages' binaries
/// for a test).
fn frostpy() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    // target/<profile>/deps/checksums-<hash>
    let profile_dir = exe.parent().and_then(|d| d.parent()).expect("target profile directory").to_path_buf();
    let release = profile_dir.file_name().is_some_and(|n| n == "release");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args(["build", "--quiet", "-p", "frostpy"]).current_dir(bench::workspace_root());
    if release {
        cmd.arg("--release");
    }
    let st = cmd.status().expect("run cargo build -p frostpy");
    assert!(st.success(), "cargo build -p frostpy failed");
    profile_dir.join("frostpy")
}

#[test]
fn benchmarks_print_cpythons_checksums_at_tiny_size() {
    let bin = frostpy();
    let programs = bench::load_all(&bench::programs_dir()).expect("load the benchmark programs");
    assert!(programs.len() >= 14, "only {} benchmarks", programs.len());
    let scratch = bench::scratch_dir("checksums").expect("scratch dir");
    let mut problems = Vec::new();
    let mut passed = 0;
    for p in &programs {
        let expected = std::fs::read_to_string(p.tiny_expected_path())
            .unwrap_or_else(|_| panic!("{}: missing {}", p.name, p.tiny_expected_path().display()));
        let script = p.write_sized(&scratch, p.tiny).expect("write the sized program");
        let out = Command::new(&bin).args(["run", "--heap", "4m"]).arg(&script).output().expect("run frostpy");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let ok = out.status.success() && stdout == expected;
        let xfail = EXPECTED_TO_FAIL.iter().find(|(n, _)| *n == p.name);
        match (ok, xfail) {
            (true, None) => passed += 1,
            (false, Some((_, why))) => eprintln!("{}: fails as expected ({why})", p.name),
            (true, Some(_)) => problems
                .push(format!("{} now passes: remove it from EXPECTED_TO_FAIL in bench/tests/checksums.rs", p.name)),
            (false, None) => problems.push(format!(
                "{}: expected {:?}, got {:?} (exit {:?}); stderr:\n{}",
                p.name,
                expected.trim(),
                stdout.trim(),
                out.status.code(),
                stderr.trim()
            )),
        }
    }
    for (name, _) in EXPECTED_TO_FAIL {
        assert!(programs.iter().any(|p| p.name == *name), "EXPECTED_TO_FAIL names a missing benchmark {name}");
    }
    let _ = std::fs::remove_dir_all(&scratch);
    eprintln!("{passed} benchmarks pass, {} expected to fail", EXPECTED_TO_FAIL.len());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
