#!/usr/bin/env bash
# Runs every test of frostpy, installing what the tests need when it is missing
# (Rust targets, qemu-system-arm, clang, gcc-arm-none-eabi: see tools/setup.sh).
# Usage: bash tools/test.sh        (from anywhere; exits non-zero on the first failure)
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "setup: Rust targets, QEMU, clang and the Arm C compiler"
bash tools/setup.sh

step "host tests: unit tests (with the image format's snapshot), the corpus (source, compiled, gc-stress), the CLI, fuzzing"
cargo test

step "the boards' REPL: line editor and session state machine with a fake console (host)"
cargo test -p frostpy-cortex-m

step "benchmarks run correctly at a tiny size (checksums; not timed)"
cargo test -p bench

step "the code-image crate builds for thumbv6m-none-eabi and thumbv7m-none-eabi (no_std)"
cargo build -p frostpy-image --target thumbv6m-none-eabi
cargo build -p frostpy-image --target thumbv7m-none-eabi

step "the runtime builds for thumbv7m-none-eabi (no_std)"
cargo build -p frostpy-runtime --target thumbv7m-none-eabi

step "the file system (fs: littlefs C code + Rust) builds for thumbv7m-none-eabi and thumbv6m-none-eabi (no_std)"
cargo build -p frostpy-fs --target thumbv7m-none-eabi
cargo build -p frostpy-fs --target thumbv6m-none-eabi

step "the compiler (frontend + codegen, without rustpython) builds for thumbv7m-none-eabi (no_std)"
cargo build -p frostpy-codegen --target thumbv7m-none-eabi --no-default-features

step "firmware test suite under QEMU (Cortex-M3 mps2-an385, Cortex-M0 micro:bit); default firmwares within boards/budget.toml"
python3 tools/firmware-tests.py --board all

step "a scripted REPL session on the Cortex-M3 over QEMU's emulated UART (keys, Ctrl-C, Ctrl-D)"
python3 tools/repl-test.py

step "all tests passed"
