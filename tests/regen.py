#!/usr/bin/env python3
"""Regenerate the expected outputs (.exp) of the frostpy test corpus.

Usage:
    python3 tests/regen.py              # every case under tests/cases
    python3 tests/regen.py PATH...      # only these case files / folders
    python3 tests/regen.py --check ...  # compare, write nothing, exit 1 on drift

Every case runs under CPython as `python3 NAME.py` with its own folder as the
working directory, so tracebacks name the file `NAME.py`.  Files and folders
whose names start with `_` are not cases: they are helper modules and
packages that cases import.

Format of NAME.exp (read by boards/host/tests/corpus.rs):

    <exactly the program's stdout>
    --- exit N              \
    <last line of stderr>    > only when CPython exited with N != 0
    --- line L              /

L is the line number of the innermost `File "...", line L` of stderr (for a
syntax error, the line named in the SyntaxError header).  A failing case
whose stdout does not end with a newline is rejected, so that the trailer
always starts on a line of its own.
"""

import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
TIMEOUT = 60
FILE_LINE = re.compile(r'^\s*File "[^"]*", line (\d+)', re.MULTILINE)


class CaseError(Exception):
    pass


def collect(paths):
    """The sorted list of case files named by `paths` (all cases if empty)."""
    if not paths:
        paths = [CASES]
    found = set()
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                # `_*` files and folders are helper modules that cases import.
                dirs[:] = sorted(d for d in dirs if not d.startswith("_"))
                for f in files:
                    if f.endswith(".py") and not f.startswith("_"):
                        found.add(os.path.join(root, f))
        elif os.path.isfile(p) and p.endswith(".py"):
            found.add(p)
        elif os.path.isfile(p[:-4] + ".py") and p.endswith(".exp"):
            found.add(p[:-4] + ".py")
        else:
            raise CaseError(f"not a case file or folder: {p}")
    return sorted(found)


def expected_output(case):
    """Run `case` under CPython and return the text of its .exp file."""
    folder, name = os.path.split(case)
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONHASHSEED"] = "0"
    for var in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONWARNINGS"):
        env.pop(var, None)
    try:
        proc = subprocess.run(
            [sys.executable, name],
            cwd=folder,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        raise CaseError(f"timed out after {TIMEOUT} s")
    stdout = proc.stdout.decode("utf-8")
    stderr = proc.stderr.decode("utf-8")
    if proc.returncode == 0:
        return stdout
    if proc.returncode < 0:
        raise CaseError(f"killed by signal {-proc.returncode}")
    if stdout and not stdout.endswith("\n"):
        raise CaseError("fails, but its stdout does not end with a newline")
    lines = [l for l in stderr.splitlines() if l.strip()]
    if not lines:
        raise CaseError(f"exit {proc.returncode} with empty stderr")
    numbers = FILE_LINE.findall(stderr)
    if not numbers:
        raise CaseError("no `File \"...\", line N` in stderr:\n" + stderr)
    last = lines[-1]
    if "Did you mean" in last:
        raise CaseError("CPython added a suggestion; rename to avoid it: " + last)
    return f"{stdout}--- exit {proc.returncode}\n{last}\n--- line {numbers[-1]}\n"


def main(argv):
    check = False
    if argv and argv[0] == "--check":
        check = True
        argv = argv[1:]
    if sys.version_info[:2] != (3, 11):
        print(f"warning: expected outputs are defined by CPython 3.11, "
              f"this is {sys.version.split()[0]}", file=sys.stderr)
    try:
        cases = collect(argv)
    except CaseError as e:
        print("error:", e, file=sys.stderr)
        return 2
    written = unchanged = 0
    problems = []
    for case in cases:
        rel = os.path.relpath(case, CASES)
        exp_path = case[:-3] + ".exp"
        try:
            text = expected_output(case)
        except CaseError as e:
            problems.append(f"{rel}: {e}")
            continue
        old = None
        if os.path.exists(exp_path):
            with open(exp_path, encoding="utf-8", newline="") as f:
                old = f.read()
        if old == text:
            unchanged += 1
            continue
        if check:
            problems.append(f"{rel}: .exp is {'missing' if old is None else 'out of date'}")
            continue
        with open(exp_path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        written += 1
        print(("new     " if old is None else "updated ") + rel)
    if not argv:
        # .exp files left behind by deleted cases
        for root, dirs, files in os.walk(CASES):
            dirs[:] = [d for d in dirs if not d.startswith("_")]
            for f in files:
                if f.endswith(".exp") and not os.path.exists(os.path.join(root, f[:-4] + ".py")):
                    problems.append(f"{os.path.relpath(os.path.join(root, f), CASES)}: no matching .py")
    for p in problems:
        print("problem: " + p, file=sys.stderr)
    print(f"{len(cases)} cases: {written} written, {unchanged} unchanged, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
