#!/usr/bin/env bash
# Build a board's firmware with a frozen manifest, and run it in QEMU.
#
#   tools/fw.sh build BOARD [MANIFEST]    build; prints the firmware's path
#   tools/fw.sh run   BOARD [MANIFEST]    build, then run it in QEMU; exits with the program's status
#   tools/fw.sh qemu  BOARD FIRMWARE      run an already built firmware
#
# BOARD: mps2-an385 (Cortex-M3) or microbit (Cortex-M0). MANIFEST defaults to
# boards/BOARD/manifest.toml. Extra cargo options go in FROSTPY_CARGO_FLAGS
# (e.g. "--no-default-features --features suite"); heap and stack sizes in
# FROSTPY_HEAP, FROSTPY_SYSTEM_HEAP, FROSTPY_STACK (e.g. 32k).
set -euo pipefail
shopt -s inherit_errexit
root="$(cd "$(dirname "$0")/.." && pwd)"

usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

# The cargo profile of a board: the micro:bit is short of flash, so it is built for size.
profile_of() {
    case "$1" in
        microbit) echo firmware-small ;;
        *) echo firmware ;;
    esac
}

target_of() {
    case "$1" in
        mps2-an385) echo thumbv7m-none-eabi ;;
        microbit) echo thumbv6m-none-eabi ;;
        *) echo "fw.sh: unknown board '$1' (boards: mps2-an385, microbit)" >&2; exit 2 ;;
    esac
}

# "4m" -> 4194304, "64k" -> 65536, plain numbers unchanged.
bytes() {
    case "$1" in
        *[mM]) echo $(( ${1%?} * 1024 * 1024 )) ;;
        *[kK]) echo $(( ${1%?} * 1024 )) ;;
        *) echo "$1" ;;
    esac
}

qemu() {
    local board=$1 elf=$2
    # The UART on stdin/stdout; signal=off passes Ctrl-C to the firmware (KeyboardInterrupt)
    # instead of ending QEMU. There is no monitor: leave a REPL with `raise SystemExit`.
    local common=(-nographic -monitor none -chardev stdio,id=uart,signal=off -serial chardev:uart
        -semihosting-config enable=on,target=native -kernel "$elf")
    case "$board" in
        mps2-an385) exec qemu-system-arm -cpu cortex-m3 -machine mps2-an385 "${common[@]}" ;;
        # The emulated nRF51 gets more flash and RAM than the real chip so that test firmware fits
        # (FROSTPY_FLASH/FROSTPY_RAM, as the firmware was linked with; 1m each by default).
        microbit) exec qemu-system-arm -machine microbit -global nrf51-soc.flash-size="$(bytes "${FROSTPY_FLASH:-1m}")" \
            -global nrf51-soc.sram-size="$(bytes "${FROSTPY_RAM:-1m}")" "${common[@]}" ;;
    esac
}

build() {
    local board=$1 manifest=${2:-}
    local target profile
    target=$(target_of "$board")
    profile=$(profile_of "$board")
    if [ -n "$manifest" ]; then
        manifest=$(cd "$(dirname "$manifest")" && pwd)/$(basename "$manifest")
    fi
    # shellcheck disable=SC2086
    (cd "$root" && FROSTPY_MANIFEST="$manifest" cargo build --quiet --profile "$profile" \
        -p "frostpy-$board" --target "$target" ${FROSTPY_CARGO_FLAGS:-}) >&2
    echo "${CARGO_TARGET_DIR:-$root/target}/$target/$profile/frostpy-$board"
}

[ $# -ge 2 ] || usage
cmd=$1 board=$2
target_of "$board" >/dev/null
case "$cmd" in
    build) build "$board" "${3:-}" ;;
    run) elf=$(build "$board" "${3:-}"); qemu "$board" "$elf" ;;
    qemu) [ $# -eq 3 ] || usage; qemu "$board" "$3" ;;
    *) usage ;;
esac
