#!/usr/bin/env bash
# Runs every test of frostpy, installing what the tests need when it is missing.
# Usage: bash tools/test.sh        (from anywhere; exits non-zero on the first failure)
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

# The runtime must build for a Cortex-M3 without std.
if ! rustup target list --installed | grep -qx thumbv7m-none-eabi; then
    step "installing the thumbv7m-none-eabi Rust target"
    rustup target add thumbv7m-none-eabi
fi

step "host tests: unit tests, the corpus (source, compiled, gc-stress), the CLI"
cargo test

step "the runtime builds for thumbv7m-none-eabi (no_std)"
cargo build -p frostpy-runtime --target thumbv7m-none-eabi

step "all tests passed"
