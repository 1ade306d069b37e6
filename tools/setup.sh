#!/usr/bin/env bash
# Installs what the firmware builds and tests need when it is missing:
# the Rust targets of the boards and QEMU's Arm system emulator.
# Usage: bash tools/setup.sh            (idempotent; quiet when all is there)
set -euo pipefail

need_targets=(thumbv7m-none-eabi thumbv6m-none-eabi)
installed=$(rustup target list --installed)
for t in "${need_targets[@]}"; do
    if ! grep -qx "$t" <<<"$installed"; then
        echo "setup: installing the Rust target $t"
        rustup target add "$t"
    fi
done

if ! command -v qemu-system-arm >/dev/null 2>&1; then
    echo "setup: installing qemu-system-arm"
    sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
    # A preinstalled newer qemu-utils can conflict; apt resolves it by removing it (see docs/boards.md).
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq qemu-system-arm >/dev/null
fi
