#!/usr/bin/env python3
"""The firmware test suite: the corpus of tests/cases, frozen into a test
firmware per board and run under QEMU on the emulated Cortex-M3
(mps2-an385) and Cortex-M0 (microbit).

Each board's firmware is built with the `suite` feature: it runs every
frozen module as `__main__` in a fresh VM and frames each result (see
boards/cortex-m/src/suite.rs). Results are checked as the host corpus
checks them (boards/host/tests/corpus.rs): stdout exactly, the exit status,
and for an uncaught exception its last stderr line and innermost traceback
line number. Syntax-error cases are left out: frozen code is compiled on
the host, so they cannot be frozen (the host corpus covers them).

The pinned runs include each board's default firmware with the blink example
frozen; those are also checked against their flash and static RAM budgets
(boards/budget.toml, tools/footprint.py).

Usage: python3 tools/firmware-tests.py [--board mps2-an385|microbit|all]
                                       [--cases substr[,substr...]] [--keep]
Exits 0 when every case passes on every board.
"""

import argparse
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import footprint  # noqa: E402  (tools/footprint.py: the flash budgets)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "tests", "cases")
TIMEOUT = 300  # seconds for one board's whole run

# Memory of the test firmware: more than the real chips, as QEMU allows,
# so that the whole corpus fits in one firmware per board.
BOARDS = {
    "mps2-an385": {
        "features": "suite,bigint",
        "env": {
            "FROSTPY_HEAP": "256k",
            "FROSTPY_SYSTEM_HEAP": "256k",
            "FROSTPY_STACK": "256k",
            "FROSTPY_RECURSION_LIMIT": "1000",
        },
    },
    "microbit": {
        # The real micro:bit leaves float out to fit its flash; the test firmware has room for it.
        "features": "suite,float,bigint",
        "env": {
            # The whole corpus is frozen into one firmware: QEMU's nRF51 takes more flash than the chip.
            "FROSTPY_FLASH": "4m",
            "FROSTPY_RAM": "1m",
            "FROSTPY_HEAP": "256k",
            "FROSTPY_SYSTEM_HEAP": "256k",
            "FROSTPY_STACK": "256k",
            "FROSTPY_RECURSION_LIMIT": "1000",
        },
    },
}

# Cases every board leaves out, with the reason: "area/name" -> reason.
NEEDS_FILES = "imports from the files of sys.path, which a board without a file system does not have"
SKIP_ALL = {
    "imports/sys_path_append": NEEDS_FILES,
    "imports/sys_path_order": NEEDS_FILES,
    "imports/namespace_package": NEEDS_FILES + " (a folder without __init__ cannot be frozen)",
    "imports/import_syntax_error": "its helper does not compile, so it cannot be frozen",
    "imports/import_syntax_error_caught": "its helper does not compile, so it cannot be frozen",
    "imports/import_basic": "checks __file__, which frozen modules do not have",
    "imports/package_init": "checks __file__ and __path__, which frozen packages do not have",
    "modules/time_wall": "the boards have no real-time clock: time.time() counts from reset",
    "bigint/range_len_64bit": "len() returns a Py_ssize_t, 32 bits on these boards (CPython on a 32-bit target raises the same OverflowError)",
}

# Cases a board leaves out, with the reason: "area/name" -> reason.
SKIP = {board: dict(SKIP_ALL) for board in BOARDS}

# Python library modules the boards freeze with the suite (runtime/pylib).
PYLIB = os.path.join(ROOT, "runtime", "pylib")

# Programs run as a board's frozen `main` on firmware built a given way, with
# their exact expected output: (board, cargo flags, env, program, expected).
# They run with the boards' default memory layout (the micro:bit at the real
# chip's 256 KiB of flash and 16 KiB of RAM), except firmware with features that
# do not fit the chip, which gets QEMU's larger flash.
# tests/firmware/README.md lists the pinned differences.
MICROBIT_BIG = {"FROSTPY_FLASH": "512k"}
PINNED = [
    ("mps2-an385", "", {}, "examples/blink/main.py", "examples/blink/expected.out"),
    ("microbit", "", {}, "examples/blink/main.py", "examples/blink/expected.out"),
    ("microbit", "--no-default-features", {}, "tests/firmware/no_float.py", "tests/firmware/no_float.out"),
    ("microbit", "--features float,bytes_methods,pow_mod", MICROBIT_BIG, "tests/firmware/no_bigint.py",
     "tests/firmware/no_bigint.out"),
    ("microbit", "", {}, "tests/firmware/stack_limit.py", "tests/firmware/stack_limit.out"),
    ("microbit", "", {}, "tests/firmware/left_out.py", "tests/firmware/left_out.out"),
]


def parse_exp(text):
    """(stdout, error) from a .exp file; error is (exit, last_line, line) or None."""
    lines = text.split("\n")
    for i, l in enumerate(lines):
        m = re.fullmatch(r"--- exit (\d+)", l)
        if m and i + 2 < len(lines) and lines[i + 2].startswith("--- line "):
            stdout = "\n".join(lines[:i]) + ("\n" if i > 0 else "")
            return stdout, (int(m.group(1)), lines[i + 1], int(lines[i + 2][len("--- line "):]))
    return text, None


def innermost_line(stderr):
    found = None
    for m in re.finditer(r'^  File "[^"]*", line (\d+)', stderr, re.M):
        found = int(m.group(1))
    return found


def collect(filters):
    cases = []
    for area in sorted(os.listdir(CASES)):
        d = os.path.join(CASES, area)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if not f.endswith(".py"):
                continue
            rel = f"{area}/{f[:-3]}"
            exp_path = os.path.join(d, f[:-3] + ".exp")
            if not os.path.exists(exp_path):
                continue
            if filters and not any(s in rel for s in filters):
                continue
            # newline="": a case's stdout may hold a bare \r, compared as is.
            stdout, err = parse_exp(open(exp_path, encoding="utf-8", newline="").read())
            if err and err[1].split(":")[0] in ("SyntaxError", "IndentationError", "TabError"):
                continue
            module = "t_" + re.sub(r"\W", "_", area) + "__" + re.sub(r"\W", "_", f[:-3])
            cases.append({"rel": rel, "path": os.path.join(d, f), "module": module, "stdout": stdout, "error": err})
    return cases


def compiles(path):
    try:
        with open(path, encoding="utf-8") as f:
            compile(f.read(), path, "exec")
        return True
    except SyntaxError:
        return False


def helpers(cases):
    """The modules the cases import: `_*` modules and packages next to them, and runtime/pylib."""
    out = []
    for area in sorted({c["rel"].split("/")[0] for c in cases}):
        d = os.path.join(CASES, area)
        for f in sorted(os.listdir(d)):
            p = os.path.join(d, f)
            if not f.startswith("_") or f == "__pycache__":
                continue
            if f.endswith(".py") and compiles(p):
                out.append(("module", p, f[:-3]))
            elif os.path.isfile(os.path.join(p, "__init__.py")):
                out.append(("package", p, f))
    for f in sorted(os.listdir(PYLIB)):
        if f.endswith(".py"):
            out.append(("module", os.path.join(PYLIB, f), f[:-3]))
    return out


def write_manifest(board, cases, workdir):
    path = os.path.join(workdir, "manifest.toml")
    with open(path, "w", encoding="utf-8") as out:
        out.write(f"# Written by tools/firmware-tests.py for {board}.\n")
        for c in cases:
            out.write(f'[[module]]\npath = "{c["path"]}"\nname = "{c["module"]}"\n')
        for kind, p, name in helpers(cases):
            out.write(f'[[{kind}]]\npath = "{p}"\nname = "{name}"\n')
    return path


def build(board, manifest, flags=None, env=None):
    if flags is None:
        flags = "--features " + BOARDS[board]["features"]
    env = dict(os.environ, **(BOARDS[board]["env"] if env is None else env), FROSTPY_CARGO_FLAGS=flags)
    r = subprocess.run(
        ["bash", os.path.join(ROOT, "tools", "fw.sh"), "build", board, manifest],
        env=env, stdout=subprocess.PIPE, text=True,
    )
    if r.returncode != 0:
        sys.exit(f"firmware-tests: building the {board} test firmware failed")
    return r.stdout.strip()


def run(board, elf, env=None):
    # QEMU's memory sizes must match the ones the firmware was linked with.
    env = dict(os.environ, **(BOARDS[board]["env"] if env is None else env))
    try:
        r = subprocess.run(
            ["bash", os.path.join(ROOT, "tools", "fw.sh"), "qemu", board, elf],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired as e:
        return (e.stdout or b"").decode("utf-8", "replace"), None
    return r.stdout.decode("utf-8", "replace"), r.returncode


def split_results(output):
    """{module: (stdout, exit, stderr)} and the 'done' line, from the framed output."""
    results = {}
    pattern = re.compile(r"\x1e=== (\S+)\n(.*?)\x1e--- exit (\d+)\n(.*?)\x1e--- end\n", re.S)
    for m in pattern.finditer(output):
        results[m.group(1)] = (m.group(2), int(m.group(3)), m.group(4))
    done = re.search(r"\x1e=== done (\d+) .*", output)
    return results, done.group(0)[1:] if done else None


def check(case, result):
    """None if the result matches, else a description of the difference."""
    stdout, status, stderr = result
    problems = []
    if stdout != case["stdout"]:
        problems.append(diff(case["stdout"], stdout))
    exp_exit = case["error"][0] if case["error"] else 0
    if status != exp_exit:
        problems.append(f"exit status {status}, expected {exp_exit}")
    if case["error"]:
        _, last, line = case["error"]
        lines = [l for l in stderr.split("\n") if l.strip()]
        got_last = lines[-1] if lines else ""
        if got_last != last:
            problems.append(f"last stderr line {got_last!r}, expected {last!r}")
        got_line = innermost_line(stderr)
        if got_line != line:
            problems.append(f"innermost traceback line {got_line}, expected {line}")
    elif stderr.strip():
        problems.append("unexpected stderr:\n" + stderr.rstrip())
    return "\n".join(problems) or None


def diff(expected, got):
    e, g = expected.split("\n"), got.split("\n")
    for i in range(max(len(e), len(g))):
        a = e[i] if i < len(e) else "<end>"
        b = g[i] if i < len(g) else "<end>"
        if a != b:
            return f"stdout differs at line {i + 1}:\n  expected: {a!r}\n  got:      {b!r}"
    return "stdout differs"


def main():
    ap = argparse.ArgumentParser(description="Run tests/cases on the emulated boards.")
    ap.add_argument("--board", default="all", choices=["all", *BOARDS])
    ap.add_argument("--cases", default=os.environ.get("FROSTPY_CASES", ""))
    args = ap.parse_args()
    subprocess.run(["bash", os.path.join(ROOT, "tools", "setup.sh")], check=True)
    filters = [s for s in args.cases.split(",") if s]
    boards = list(BOARDS) if args.board == "all" else [args.board]
    failed = 0
    for board in boards:
        cases = [c for c in collect(filters) if c["rel"] not in SKIP.get(board, {})]
        workdir = os.path.join(ROOT, "target", "firmware-tests", board)
        os.makedirs(workdir, exist_ok=True)
        t0 = time.time()
        elf = build(board, write_manifest(board, cases, workdir))
        t1 = time.time()
        output, status = run(board, elf)
        t2 = time.time()
        with open(os.path.join(workdir, "output.txt"), "w", encoding="utf-8") as f:
            f.write(output)
        results, done = split_results(output)
        bad = []
        for c in cases:
            r = results.get(c["module"])
            problem = "no result (the firmware stopped before this case)" if r is None else check(c, r)
            if problem:
                bad.append((c["rel"], problem))
        if status != 0:
            tail = output[-600:].replace("\x1e", "")
            bad.append(("(firmware)", f"QEMU exit status {status}; output ends with:\n{tail}"))
        for rel, problem in bad:
            print(f"FAIL {board} {rel}\n  " + problem.replace("\n", "\n  "))
        print(
            f"{board}: {len(cases) - len([b for b in bad if b[0] != '(firmware)'])}/{len(cases)} cases pass "
            f"(build {t1 - t0:.0f} s, run {t2 - t1:.0f} s; {done or 'no summary'})"
        )
        failed += len(bad)
    if not filters:
        failed += run_pinned(boards)
    sys.exit(1 if failed else 0)


def run_pinned(boards):
    """Run the PINNED programs; the number that failed."""
    failed = 0
    for board, flags, env, program, expected in PINNED:
        if board not in boards:
            continue
        workdir = os.path.join(ROOT, "target", "firmware-tests", "pinned")
        os.makedirs(workdir, exist_ok=True)
        manifest = os.path.join(workdir, "manifest.toml")
        with open(manifest, "w", encoding="utf-8") as f:
            f.write(f'[[module]]\npath = "{os.path.join(ROOT, program)}"\nname = "main"\n')
        elf = build(board, manifest, flags, env)
        output, status = run(board, elf, env)
        output = output.replace("\r\n", "\n")
        want = open(os.path.join(ROOT, expected), encoding="utf-8").read()
        what = f"{board} {flags or 'default features'}: {program}"
        if status == 0 and output == want:
            print(f"pinned ok: {what}")
        else:
            failed += 1
            print(f"FAIL pinned {what} (exit {status})\n  " + diff(want, output).replace("\n", "\n  "))
        if not flags and not env and program == "examples/blink/main.py":
            # The default firmware with blink frozen: what boards/budget.toml limits.
            for problem in footprint.check_budget(board, footprint.measure(footprint.frostpy(), elf)):
                failed += 1
                print(f"FAIL {problem}")
    return failed


if __name__ == "__main__":
    main()
