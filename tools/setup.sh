#!/usr/bin/env bash
# Installs what the builds and tests need when it is missing: the Rust targets
# of the boards, QEMU's Arm system emulator, clang (bindgen, for littlefs in fs/)
# and the Arm C compiler with newlib (littlefs's C code for Cortex-M).
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

# apt packages to install, each named by a command or file that shows it is there.
missing=()
command -v qemu-system-arm >/dev/null 2>&1 || missing+=(qemu-system-arm)
# bindgen loads libclang and needs clang's own headers (stddef.h ...).
command -v clang >/dev/null 2>&1 || missing+=(clang)
command -v arm-none-eabi-gcc >/dev/null 2>&1 || missing+=(gcc-arm-none-eabi)
[ -e /usr/lib/arm-none-eabi/include/string.h ] || missing+=(libnewlib-arm-none-eabi)

if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    # Refresh the package lists only when apt cannot find a package (a fresh machine).
    if ! apt-cache show "${missing[@]}" >/dev/null 2>&1; then
        $sudo apt-get update -qq
    fi
    # A preinstalled newer qemu-utils can conflict with qemu-system-arm; apt resolves it
    # by removing it (see docs/boards.md). No recommends: newlib is named explicitly.
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
fi
