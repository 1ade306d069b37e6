#!/usr/bin/env python3
"""Differential testing of frostpy against CPython with random, well-typed programs.

Each program is generated from a seed: typed variables (int, float, str, bool,
list of int, dict of str to int), expressions over them, if/while/for, functions,
try/except around operations that may raise, and prints. It runs under `python3`
and under frostpy; stdout and the exit status must be the same. A difference is
minimized (statements removed while the difference stays) and written out as a
candidate corpus case.

Usage:
    python3 tools/difftest.py --count 500                 # seeds 0..499
    python3 tools/difftest.py --count 2000 --start 10000  # other seeds
    python3 tools/difftest.py --seed 42 --show            # print one program
    python3 tools/difftest.py --count 200 --out /tmp/diffs # minimized differences there

Exit status: 0 when every program agreed, 1 when some differed, 2 on bad use.
"""

import argparse
import os
import random
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_FROSTPY = os.path.join(ROOT, "target", "release", "frostpy")
TYPES = ("int", "float", "str", "bool", "list", "dict")
EXC = ("ZeroDivisionError", "IndexError", "KeyError", "ValueError", "TypeError", "OverflowError")


class Gen:
    """One program: statements as (indent, text) lines; variables by type in scope."""

    def __init__(self, rng):
        self.r = rng
        self.lines = []
        self.scopes = [{t: [] for t in TYPES}]
        self.n = 0
        self.funcs = []  # (name, [param types], return type)
        self.depth = 0

    # ---- names and scopes
    def fresh(self, t):
        self.n += 1
        return f"{t[0]}{self.n}"

    def vars(self, t):
        out = []
        for s in self.scopes:
            out.extend(s[t])
        return out

    def declare(self, t, name):
        self.scopes[-1][t].append(name)

    def emit(self, text):
        self.lines.append("    " * self.depth + text)

    # ---- expressions
    def expr(self, t, d=0):
        r = self.r
        vs = self.vars(t)
        if d > 2 or r.random() < 0.25:
            if vs and r.random() < 0.7:
                return r.choice(vs)
            return self.literal(t)
        return getattr(self, "e_" + t)(d + 1)

    def literal(self, t):
        r = self.r
        if t == "int":
            return str(r.choice([0, 1, 2, 3, 7, -1, -5, 10, 255, 1000, r.randint(-10**6, 10**6),
                                 2**31 - 1, 2**31, -(2**31), 2**62, 10**20, -(10**25)]))
        if t == "float":
            return r.choice(["0.0", "1.5", "-2.25", "3.0", "0.1", "1e10", "2.5e-3", "-0.5", "123.456", "1e300"])
        if t == "str":
            return repr(r.choice(["", "a", "ab", "hello", "Hi There", " x y ", "a,b,c", "123", "-7", "ß", "é€", "tab\t", "q'\"q"]))
        if t == "bool":
            return r.choice(["True", "False"])
        if t == "list":
            return "[" + ", ".join(self.expr("int", 3) for _ in range(r.randint(0, 4))) + "]"
        if t == "dict":
            return "{" + ", ".join(f"{self.expr('str', 3)}: {self.expr('int', 3)}" for _ in range(r.randint(0, 3))) + "}"
        raise AssertionError(t)

    def e_int(self, d):
        r = self.r
        a = lambda: self.expr("int", d)
        k = r.randrange(22)
        if k == 0: return f"({a()} + {a()})"
        if k == 1: return f"({a()} - {a()})"
        if k == 2: return f"({a()} * {a()})"
        if k == 3: return f"({a()} // ({a()} or 3))"
        if k == 4: return f"({a()} % ({a()} or 7))"
        if k == 5: return f"(-{a()})"
        if k == 6: return f"abs({a()})"
        if k == 7: return f"len({self.expr('str', d)})"
        if k == 8: return f"len({self.expr('list', d)})"
        if k == 9: return f"min({a()}, {a()})"
        if k == 10: return f"max({a()}, {a()}, {a()})"
        if k == 11: return f"({a()} << {r.randint(0, 40)})"
        if k == 12: return f"({a()} >> {r.randint(0, 40)})"
        if k == 13: return f"({a()} {r.choice(['&', '|', '^'])} {a()})"
        if k == 14: return f"sum({self.expr('list', d)})"
        if k == 15:
            lst = self.expr("list", d)
            return f"(({lst})[{a()} % len({lst})] if {lst} else 0)"
        if k == 16: return f"{self.expr('dict', d)}.get({self.expr('str', d)}, {a()})"
        if k == 17: return f"len(str({self.expr('float', d)}))"
        if k == 18: return f"({a()} ** {r.randint(0, 5)})"
        if k == 19: return f"int(str({a()}))"
        if k == 20: return f"({a()} if {self.expr('bool', d)} else {a()})"
        fs = [f for f in self.funcs if f[2] == "int"]
        if fs:
            name, params, _ = r.choice(fs)
            return f"{name}({', '.join(self.expr(p, d) for p in params)})"
        return f"round({self.expr('float', d)} % 1e6)"

    def e_float(self, d):
        r = self.r
        a = lambda: self.expr("float", d)
        k = r.randrange(10)
        if k == 0: return f"({a()} + {a()})"
        if k == 1: return f"({a()} - {a()})"
        if k == 2: return f"({a()} * {a()})"
        if k == 3: return f"({a()} / ({a()} or 2.0))"
        if k == 4: return f"float({self.expr('int', d)})"
        if k == 5: return f"({a()} + {self.expr('int', d)})"
        if k == 6: return f"abs({a()})"
        if k == 7: return f"round({a()}, {r.randint(0, 4)})"
        if k == 8: return f"({self.expr('int', d)} / 8)"
        return f"(-{a()})"

    def e_str(self, d):
        r = self.r
        a = lambda: self.expr("str", d)
        k = r.randrange(16)
        if k == 0: return f"({a()} + {a()})"
        if k == 1: return f"({a()} * {r.randint(0, 3)})"
        if k == 2: return f"{a()}[{r.randint(-3, 3)}:{r.randint(-3, 5)}]"
        if k == 3: return f"{a()}.upper()"
        if k == 4: return f"{a()}.lower()"
        if k == 5: return f"{a()}.replace({a()}, {a()})"
        if k == 6: return f"str({self.expr(r.choice(['int', 'float', 'bool', 'list']), d)})"
        if k == 7: return f"repr({self.expr(r.choice(['str', 'float', 'dict']), d)})"
        if k == 8:
            iv, sv = self.vars("int"), self.vars("str")
            if iv and sv:  # 3.11 f-strings: no quotes or backslashes inside, so variables only
                return f"f'{{{r.choice(iv)}}}-{{{r.choice(sv)}!r:>6}}'"
            return f"'{{}}-{{!r}}'.format({self.expr('int', d)}, {a()})"
        if k == 9: return f"','.join([{a()}, {a()}])"
        if k == 10: return f"{a()}.strip()"
        if k == 11: return f"{a()}[::-1]"
        if k == 12:
            spec = r.choice(["x", ">8", "+d", ",", "08b"])
            return f"format({self.expr('int', d)}, {spec!r})"
        if k == 13:
            spec = r.choice([".3f", "e", "g", ">10.2f", ".1%"])
            return f"format({self.expr('float', d)}, {spec!r})"
        if k == 14: return f"('%s:%d' % ({a()}, {self.expr('int', d)}))"
        return f"{a()}.title()"

    def e_bool(self, d):
        r = self.r
        k = r.randrange(8)
        t = r.choice(["int", "float", "str"])
        if k == 0: return f"({self.expr(t, d)} {r.choice(['<', '<=', '==', '!=', '>', '>='])} {self.expr(t, d)})"
        if k == 1: return f"({self.expr('bool', d)} and {self.expr('bool', d)})"
        if k == 2: return f"({self.expr('bool', d)} or {self.expr('bool', d)})"
        if k == 3: return f"(not {self.expr('bool', d)})"
        if k == 4: return f"({self.expr('int', d)} in {self.expr('list', d)})"
        if k == 5: return f"({self.expr('str', d)} in {self.expr('dict', d)})"
        if k == 6: return f"{self.expr('str', d)}.startswith({self.expr('str', d)})"
        return f"bool({self.expr(r.choice(TYPES), d)})"

    def e_list(self, d):
        r = self.r
        a = lambda: self.expr("list", d)
        k = r.randrange(8)
        if k == 0: return f"({a()} + {a()})"
        if k == 1: return f"sorted({a()})"
        if k == 2: return f"list(reversed({a()}))"
        if k == 3: return f"[x * {self.expr('int', d)} for x in {a()} if x % 2]"
        if k == 4: return f"{a()}[{r.randint(-3, 3)}:{r.randint(-2, 6)}]"
        if k == 5: return f"list(range({r.randint(-3, 3)}, {r.randint(0, 9)}, {r.choice([1, 2, 3, -1])}))"
        if k == 6: return f"[len(k) for k in {self.expr('dict', d)}]"
        return f"sorted({a()}, reverse=True)"

    def e_dict(self, d):
        r = self.r
        k = r.randrange(3)
        if k == 0: return f"{{k: v * 2 for k, v in {self.expr('dict', d)}.items()}}"
        if k == 1: return f"dict(zip([{self.expr('str', d)}, {self.expr('str', d)}], {self.expr('list', d)}))"
        return f"{{**{self.expr('dict', d)}, **{self.expr('dict', d)}}}"

    # ---- statements
    def stmt(self):
        r = self.r
        k = r.randrange(14)
        if k <= 3 or self.depth >= 3:
            t = r.choice(TYPES)
            name = self.fresh(t) if r.random() < 0.6 or not self.vars(t) else r.choice(self.vars(t))
            self.emit(f"{name} = {self.expr(t)}")
            if name not in self.vars(t):
                self.declare(t, name)
        elif k == 4:
            self.emit(f"print({', '.join(self.expr(r.choice(TYPES)) for _ in range(r.randint(1, 3)))})")
        elif k == 5:
            vs = self.vars("int")
            if vs:
                self.emit(f"{r.choice(vs)} {r.choice(['+=', '-=', '*=', '//= 1 +', '|='])} {self.expr('int')}".replace("//= 1 +", "+="))
        elif k == 6:
            self.emit(f"if {self.expr('bool')}:")
            self.block()
            if r.random() < 0.5:
                self.emit("else:")
                self.block()
        elif k == 7:
            c = self.fresh("int")
            self.emit(f"{c} = 0")
            self.emit(f"while {c} < {r.randint(0, 6)}:")
            self.depth += 1
            self.emit(f"{c} += 1")
            self.depth -= 1
            self.block()
        elif k == 8:
            t, it = r.choice([("int", f"list({self.expr('list')})"), ("str", self.expr("str")), ("str", self.expr("dict")),
                              ("int", f"range({r.randint(0, 5)})")])
            v = self.fresh(t)
            self.emit(f"for {v} in {it}:")
            self.scopes.append({x: [] for x in TYPES})
            self.declare(t, v)
            self.block(push=False)
            self.scopes.pop()
        elif k == 9:
            self.emit("try:")
            self.depth += 1
            risky = r.choice([f"print({self.expr('int')} // {self.expr('int')})",
                              f"print({self.expr('list')}[{self.expr('int')}])",
                              f"print({self.expr('dict')}[{self.expr('str')}])",
                              f"print(int({self.expr('str')}))",
                              f"print({self.expr('float')} ** {self.expr('int')})",
                              f"print({self.expr('str')}.index({self.expr('str')}))",
                              f"print({self.expr('list')}.index({self.expr('int')}))"])
            self.emit(risky)
            self.depth -= 1
            excs = r.sample(EXC, r.randint(1, 3))
            self.emit(f"except ({', '.join(excs)}) as e:")
            self.depth += 1
            self.emit("print(type(e).__name__)")
            self.depth -= 1
            self.emit("except Exception as e:")
            self.depth += 1
            self.emit("print('other', type(e).__name__)")
            self.depth -= 1
        elif k == 10 and self.depth == 0:
            self.func()
        elif k == 11:
            vs = self.vars("list")
            if vs:
                l = r.choice(vs)
                self.emit(r.choice([f"{l}.append({self.expr('int')})", f"{l}.sort()", f"{l}.reverse()",
                                    f"{l}.extend({self.expr('list')})", f"{l}[:] = {self.expr('list')}",
                                    f"{l}.insert({self.expr('int')}, {self.expr('int')})",
                                    f"print({l}.pop() if {l} else None)"]))
        elif k == 12:
            vs = self.vars("dict")
            if vs:
                dv = r.choice(vs)
                self.emit(r.choice([f"{dv}[{self.expr('str')}] = {self.expr('int')}",
                                    f"{dv}.pop({self.expr('str')}, None)",
                                    f"print(sorted({dv}.items()))",
                                    f"{dv}.update({self.expr('dict')})"]))
        else:
            self.emit(f"print({self.expr(r.choice(TYPES))})")

    def block(self, push=True):
        self.depth += 1
        if push:
            self.scopes.append({x: [] for x in TYPES})
        start = len(self.lines)
        for _ in range(self.r.randint(1, 3)):
            self.stmt()
        if len(self.lines) == start:
            self.emit("pass")
        if push:
            self.scopes.pop()
        self.depth -= 1

    def func(self):
        r = self.r
        name = f"f{len(self.funcs)}"
        params = [r.choice(TYPES) for _ in range(r.randint(0, 3))]
        ret = r.choice(TYPES)
        names = [self.fresh(p) for p in params]
        self.emit(f"def {name}({', '.join(names)}):")
        saved = self.scopes
        self.scopes = [{x: [] for x in TYPES}]
        for p, n in zip(params, names):
            self.declare(p, n)
        self.depth += 1
        for _ in range(r.randint(1, 4)):
            self.stmt()
        self.emit(f"return {self.expr(ret)}")
        self.depth -= 1
        self.scopes = saved
        self.funcs.append((name, params, ret))
        self.emit(f"print({name}({', '.join(self.expr(p) for p in params)}))")

    def program(self, n):
        for _ in range(n):
            self.stmt()
        return "\n".join(self.lines) + "\n"


def generate(seed, size=25):
    return Gen(random.Random(seed)).program(size)


def run(cmd, src, timeout=20):
    try:
        p = subprocess.run(cmd, input=src.encode(), capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return ("timeout", b"", b"")
    return (p.returncode, p.stdout, p.stderr)


def outcome(result):
    """What must agree: stdout and whether the program ended well (exception names, not texts)."""
    code, out, err = result
    last = err.strip().splitlines()[-1:] if err else []
    name = last[0].split(b":")[0] if last else b""
    return (code, out, name if code not in (0, "timeout") else b"")


def differs(src, frostpy):
    py = run([sys.executable, "-"], src)
    if py[0] == "timeout" or py[0] != 0:
        return None  # not a valid test: CPython itself failed
    fp = run([frostpy, "run", "--heap", "32m", "-"], src)
    if outcome(py) != outcome(fp):
        return (py, fp)
    return None


def minimize(src, frostpy):
    """Drop lines (with their indented bodies) while CPython still runs and the difference stays."""
    lines = src.splitlines()
    i = 0
    while i < len(lines):
        indent = len(lines[i]) - len(lines[i].lstrip())
        j = i + 1
        while j < len(lines) and len(lines[j]) - len(lines[j].lstrip()) > indent:
            j += 1
        trial = "\n".join(lines[:i] + lines[j:]) + "\n"
        if differs(trial, frostpy):
            lines = lines[:i] + lines[j:]
        else:
            i += 1
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--count", type=int, default=200, help="programs to run (default 200)")
    ap.add_argument("--start", type=int, default=0, help="first seed (default 0)")
    ap.add_argument("--seed", type=int, help="only this seed")
    ap.add_argument("--size", type=int, default=25, help="top-level statements per program (default 25)")
    ap.add_argument("--show", action="store_true", help="print the program(s) instead of running them")
    ap.add_argument("--out", help="write minimized differences to this folder")
    ap.add_argument("--frostpy", default=DEFAULT_FROSTPY, help="the frostpy binary (default target/release/frostpy)")
    a = ap.parse_args()
    seeds = [a.seed] if a.seed is not None else range(a.start, a.start + a.count)
    if a.show:
        for s in seeds:
            print(f"# seed {s}\n{generate(s, a.size)}")
        return 0
    if not os.path.exists(a.frostpy):
        print(f"difftest: no frostpy binary at {a.frostpy}: build it with `cargo build --release`", file=sys.stderr)
        return 2
    if a.out:
        os.makedirs(a.out, exist_ok=True)
    ran = skipped = 0
    found = []
    t0 = time.time()
    for s in seeds:
        src = generate(s, a.size)
        py = run([sys.executable, "-"], src)
        if py[0] != 0:
            skipped += 1
            continue
        ran += 1
        if differs(src, a.frostpy):
            small = minimize(src, a.frostpy)
            found.append(s)
            py, fp = differs(small, a.frostpy) or (None, None)
            print(f"seed {s}: differs; minimized to {len(small.splitlines())} lines")
            if a.out:
                with open(os.path.join(a.out, f"seed{s}.py"), "w") as f:
                    f.write(small)
            elif py:
                print(small + f"--- CPython: {py[1][-300:]!r}\n--- frostpy: {fp[1][-300:]!r} {fp[2][-300:]!r}")
    dt = time.time() - t0
    print(f"difftest: {ran} programs ran ({skipped} skipped: CPython itself failed), "
          f"{len(found)} differed, in {dt:.0f} s")
    print(f"difftest: {ran - len(found)} passed, {len(found)} failed")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
