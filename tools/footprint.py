#!/usr/bin/env python3
"""Flash and static RAM of the default firmwares, against their budgets.

Builds each board's default firmware with the blink example frozen
(`tools/fw.sh build BOARD examples/blink/manifest.toml`) and measures it
with `frostpy size --json` (per component: docs/boards.md, "Footprint").

  python3 tools/footprint.py                 print the figures
  python3 tools/footprint.py --check         also fail when a firmware is over its budget
                                             in boards/budget.toml (tools/test.sh runs this)
  python3 tools/footprint.py --write-readme  rewrite the footprint table in README.md

FROSTPY=path/to/frostpy uses that binary instead of building the dev one.

tools/firmware-tests.py builds the same firmwares for its pinned blink runs
and checks them with `check_budget` too.
"""

import argparse
import datetime
import json
import os
import subprocess
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUDGET = os.path.join(ROOT, "boards", "budget.toml")
MANIFEST = os.path.join(ROOT, "examples", "blink", "manifest.toml")
BEGIN, END = "<!-- results:footprint:begin -->", "<!-- results:footprint:end -->"

# The default firmwares, smallest first: (board, description for the table, native stack).
FIRMWARES = [
    ("microbit", "micro:bit default (Cortex-M0: core language, no float, no big ints, no native modules, no compiler)",
     "5 KiB"),
    ("mps2-an385", "mps2-an385 default (Cortex-M3: float, big ints, every native module, the REPL's compiler)",
     "32 KiB"),
]
COMPONENTS = ["runtime VM", "interpreter loop", "builtins", "modules", "compiler", "float", "Unicode tables",
              "core/alloc", "frozen data", "board", "unattributed"]


def frostpy():
    """The frostpy binary of the dev profile, built if needed (`cargo test` in tools/test.sh has built it)."""
    if os.environ.get("FROSTPY"):  # an already built one, e.g. FROSTPY=target/release/frostpy
        return os.environ["FROSTPY"]
    subprocess.run(["cargo", "build", "--quiet", "-p", "frostpy"], cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    return os.path.join(target, "debug", "frostpy")


def build(board):
    """The path of BOARD's default firmware with blink frozen."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FROSTPY_")}
    r = subprocess.run(["bash", os.path.join(ROOT, "tools", "fw.sh"), "build", board, MANIFEST],
                       env=env, stdout=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit(f"footprint: building the {board} default firmware failed")
    return r.stdout.strip()


def measure(tool, elf):
    out = subprocess.run([tool, "size", "--json", elf], stdout=subprocess.PIPE, text=True, check=True).stdout
    return json.loads(out)


def budgets():
    with open(BUDGET, "rb") as f:
        return tomllib.load(f)


def check_budget(board, sizes, budget=None):
    """One line per figure of BOARD over its budget (empty when it fits)."""
    budget = budgets() if budget is None else budget
    if board not in budget:
        return [f"footprint: {board} has no budget in boards/budget.toml: add one (flash, ram, with the reason)"]
    problems = []
    for key, what in [("flash", "flash"), ("ram", "static RAM")]:
        have, limit = sizes[key], budget[board][key]
        if have > limit:
            problems.append(
                f"footprint: the {board} default firmware needs {have:,} B of {what}, over its budget of "
                f"{limit:,} B (+{have - limit:,} B): make it smaller (`frostpy size FIRMWARE --compare "
                f"OLD.elf` shows which component grew) or raise `{key}` for {board} in boards/budget.toml "
                f"with the reason and date")
    return problems


def table(results):
    """The README's footprint section (markdown) for RESULTS: board -> sizes."""
    git = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, stdout=subprocess.PIPE,
                         text=True).stdout.strip()
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")
    lines = [
        f"Measured {date} at git {git} with `frostpy size --by component` on each default firmware with the "
        "blink example frozen (`examples/blink`, 31 lines: a loop, functions, a list, f-strings and "
        "`str.format`). Written by `python3 tools/footprint.py --write-readme`; the budgets the test "
        "command enforces are in [boards/budget.toml](boards/budget.toml).",
        "",
        "| | " + " | ".join(f"{board}" for board, _, _ in FIRMWARES) + " |",
        "|---|" + "---:|" * len(FIRMWARES),
        "| what it has | " + " | ".join(desc for _, desc, _ in FIRMWARES) + " |",
        "| **flash** | " + " | ".join(f"**{results[b]['flash']:,} B**" for b, _, _ in FIRMWARES) + " |",
        "| static RAM (heaps included) | " + " | ".join(
            f"{results[b]['ram']:,} B + {stack} stack" for b, _, stack in FIRMWARES) + " |",
    ]
    for c in COMPONENTS:
        cells = []
        for b, _, _ in FIRMWARES:
            n = results[b]["components"].get(c, {}).get("flash", 0)
            cells.append(f"{n:,}" if n else "–")
        lines.append(f"| flash: {c} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def write_readme(section):
    path = os.path.join(ROOT, "README.md")
    text = open(path, encoding="utf-8").read()
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        sys.exit(f"footprint: README.md has no {BEGIN} ... {END} markers")
    text = text[:start + len(BEGIN)] + "\n" + section + text[end:]
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description="Measure the default firmwares against boards/budget.toml.")
    ap.add_argument("--check", action="store_true", help="exit 1 when a firmware is over its budget")
    ap.add_argument("--write-readme", action="store_true", help="rewrite README.md's footprint table")
    ap.add_argument("--firmware", action="append", default=[], metavar="BOARD=ELF",
                    help="measure this already built default firmware instead of building it")
    args = ap.parse_args()
    given = dict(f.split("=", 1) for f in args.firmware)
    tool = frostpy()
    budget = budgets()
    results, problems = {}, []
    for board, _, _ in FIRMWARES:
        sizes = measure(tool, given.get(board) or build(board))
        results[board] = sizes
        limit = budget.get(board, {})
        print(f"{board}: flash {sizes['flash']:,} B (budget {limit.get('flash', 0):,}), "
              f"static RAM {sizes['ram']:,} B (budget {limit.get('ram', 0):,})")
        problems += check_budget(board, sizes, budget)
    if args.write_readme:
        write_readme(table(results))
        print("footprint: README.md updated")
    for p in problems:
        print(p)
    sys.exit(1 if args.check and problems else 0)


if __name__ == "__main__":
    main()
