#!/usr/bin/env python3
"""A scripted session with the REPL of the mps2-an385 firmware (Cortex-M3),
over QEMU's emulated UART: the script builds the firmware with nothing frozen
(so it starts the REPL), boots it in QEMU with the serial port on a pipe,
types keys (including Backspace, Ctrl-C and Ctrl-D) and checks what comes
back. What each input prints is what CPython prints for it: every input also
goes through CPython's own interactive interpreter (`code` module) in this
script, and its stdout, or the last line of its traceback, is the expectation.

Usage: python3 tools/repl-test.py [--keep-going]
Exits 0 when the whole session behaves.
"""

import code
import contextlib
import io
import os
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 60  # seconds to wait for any expected output (QEMU on a loaded machine)


class Qemu:
    """The firmware in QEMU, its UART on our pipes; output is collected by a thread."""

    def __init__(self, elf):
        self.proc = subprocess.Popen(
            ["bash", os.path.join(ROOT, "tools", "fw.sh"), "qemu", "mps2-an385", elf],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        self.buf = b""
        self.seen = 0  # how much of buf the session has checked
        self.lock = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        while True:
            chunk = self.proc.stdout.read1(4096)
            if not chunk:
                break
            with self.lock:
                self.buf += chunk
                self.lock.notify_all()

    def send(self, keys):
        self.proc.stdin.write(keys.encode() if isinstance(keys, str) else keys)
        self.proc.stdin.flush()

    def wait_for(self, text):
        """The output (with \\r\\n as \\n) from the last check up to and including `text`."""
        deadline = time.time() + TIMEOUT
        with self.lock:
            while True:
                out = self.buf.replace(b"\r\n", b"\n").decode("utf-8", "replace")
                i = out.find(text, self.seen)
                if i >= 0:
                    got = out[self.seen : i + len(text)]
                    self.seen = i + len(text)
                    return got
                left = deadline - time.time()
                if left <= 0 or self.proc.poll() is not None:
                    raise TimeoutError(f"waited for {text!r}; output since the last check: {out[self.seen:]!r}")
                self.lock.wait(min(left, 0.5))

    def finish(self):
        try:
            return self.proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return None


class CPython:
    """CPython's interactive interpreter: what an input prints there."""

    def __init__(self):
        self.interp = code.InteractiveInterpreter({"__name__": "__main__"})

    def reset(self):
        self.__init__()

    def run(self, source):
        """(stdout, last line of the traceback or '') of one complete input."""
        out, err = io.StringIO(), io.StringIO()
        self.interp.write = err.write
        with contextlib.redirect_stdout(out):
            more = self.interp.runsource(source, "<stdin>", "single")
        assert not more, f"CPython finds {source!r} incomplete"
        lines = [l for l in err.getvalue().splitlines() if l.strip()]
        return out.getvalue(), (lines[-1] if lines else "")


def build():
    workdir = os.path.join(ROOT, "target", "repl-test")
    os.makedirs(workdir, exist_ok=True)
    manifest = os.path.join(workdir, "manifest.toml")
    with open(manifest, "w", encoding="utf-8") as f:
        f.write("# Nothing frozen: the firmware starts the REPL.\n")
    r = subprocess.run(["bash", os.path.join(ROOT, "tools", "fw.sh"), "build", "mps2-an385", manifest],
                       stdout=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit("repl-test: building the mps2-an385 firmware failed")
    return r.stdout.strip()


class Session:
    def __init__(self, qemu):
        self.q = qemu
        self.py = CPython()
        self.failures = []
        self.checks = 0

    def check(self, what, ok, detail):
        self.checks += 1
        if ok:
            print(f"ok: {what}")
        else:
            print(f"FAIL: {what}\n  {detail}")
            self.failures.append(what)

    def banner(self):
        out = self.q.wait_for(">>> ")
        self.check("banner and prompt", "frostpy" in out and "mps2-an385" in out, repr(out))

    def enter(self, lines, what=None, typed=None):
        """Type an input (its lines; a block gets the blank line that ends it) and check
        the echo, the `... ` prompts and the output against CPython's."""
        source = "\n".join(lines)
        block = lines[0].rstrip().endswith(":")  # a compound statement ends with a blank line
        keys = typed if typed is not None else "\r".join(lines) + "\r" + ("\r" if block else "")
        self.q.send(keys)
        stdout, error = self.py.run(source + ("\n" if block else ""))
        out = self.q.wait_for("\n>>> ")
        echo = lines[0] + "\n" + "".join(f"... {l}\n" for l in lines[1:]) + ("... \n" if block else "")
        what = what or f"input {source!r}"
        if typed is not None:
            # The echo holds the edits (Backspace as \b \b); check what follows it.
            got = out[out.find("\n") + 1 :]
            self.check(what, got == stdout + ">>> ", f"got {got!r}, CPython prints {stdout!r}")
            return
        if error:
            ok = out.startswith(echo) and out.endswith(error + "\n>>> ")
            if not error.startswith(("SyntaxError", "IndentationError")):
                ok = ok and "Traceback (most recent call last):" in out
            self.check(what, ok, f"got {out!r}, CPython ends with {error!r}")
        else:
            want = echo + stdout + ">>> "
            self.check(what, out == want, f"got {out!r}, want {want!r}")

    def interrupt_running(self, lines, then, what):
        """Start a program that does not end, press Ctrl-C after a while; check what follows."""
        self.q.send("\r".join(lines) + "\r\r")
        self.q.wait_for("... \n")  # the block was entered and runs
        time.sleep(1.0)
        self.q.send(b"\x03")
        out = self.q.wait_for("\n>>> ")
        self.check(what, then(out), repr(out))


def main():
    subprocess.run(["bash", os.path.join(ROOT, "tools", "setup.sh")], check=True)
    elf = build()
    q = Qemu(elf)
    s = Session(q)
    try:
        s.banner()
        s.enter(["1 + 2"])
        s.enter(["x = [i * i for i in range(6)]"])
        s.enter(["x"], "globals persist between inputs")
        s.enter(["'%s|%5.1f' % ('a', 2.25), {'k': (1, None)}, 2 ** 70"])
        s.enter(["def f(n):", "    return n * 2"], "a function over two lines and a blank line")
        s.enter(["f(21)"])
        s.enter(["for i in range(3):", "    print(i, i * i)"], "a for loop block")
        s.enter(["class P:", "    def __init__(self, v):", "        self.v = v", "    def __repr__(self):",
                 "        return 'P(%r)' % self.v"], "a class block")
        s.enter(["P([1, 'two'])"])
        s.enter(["d = {'a': (1,", "  2),", " 'b': [3]}"], "open brackets continue without a blank line")
        s.enter(["d"])
        s.enter(["s = '''one", "two'''"], "a triple-quoted string continues")
        s.enter(["s"])
        s.enter(["if len(s) > 3:", "    print('long')", "else:", "    print('short')"], "if/else block")
        s.enter(["None"], "None prints nothing")
        s.enter(["1 / 0"], "an exception prints a traceback and the REPL goes on")
        s.enter(["f(x=1)"], "a TypeError")
        s.enter(["undefined_name"], "a NameError")
        s.enter(["1 +* 2"], "a syntax error")
        s.enter(["  1"], "an unexpected indent")
        s.enter(["print('after the errors', f(2))"])
        # More inputs than a VM has image slots (255): the images of inputs nothing uses any
        # more are freed and their slots reused, so the session goes on.
        for i in range(300):
            s.enter(["def g():", f"    return {i}"] if i % 2 == 0 else [f"h = g() + {i}"], f"input {i} of 300")
        s.enter(["g(), h"], "after 300 more inputs the latest definitions hold")
        s.enter(["print('edited')"], "Backspace edits the line", typed="prnt\x08\x08\x08\x7fprint('edited')\r")
        # Ctrl-C at the prompt discards the line, and a block being typed.
        q.send("garbage\x03")
        out = q.wait_for("\n>>> ")
        s.check("Ctrl-C at the prompt discards the line", out == "garbage\n>>> ", repr(out))
        q.send("for i in range(3):\r    print(i)\x03")
        out = q.wait_for("\n>>> ")
        s.check("Ctrl-C in a block discards the block", out == "for i in range(3):\n...     print(i)\n>>> ", repr(out))
        s.enter(["print('still here')"])
        s.enter(["n = 0"])
        s.interrupt_running(
            ["while True:", "    n += 1"],
            lambda out: out.endswith("KeyboardInterrupt\n>>> ") and "Traceback (most recent call last):" in out,
            "Ctrl-C stops a running loop with KeyboardInterrupt",
        )
        s.py.run("n = 1")  # CPython's session: the loop ran
        s.enter(["n > 0"], "the loop ran before it was interrupted")
        s.interrupt_running(
            ["try:", "    while True:", "        pass", "except KeyboardInterrupt:", "    print('caught it')"],
            lambda out: out.endswith("caught it\n>>> "),
            "KeyboardInterrupt can be caught",
        )
        s.enter(["def fib(n):", "    return n if n < 2 else fib(n - 1) + fib(n - 2)"], "a recursive function")
        q.send("fib(40)\r")  # hours on the emulated core; no loop in it
        q.wait_for("fib(40)\n")
        time.sleep(1.0)
        q.send(b"\x03")
        out = q.wait_for("\n>>> ")
        s.check("Ctrl-C stops recursion without loops", out.endswith("KeyboardInterrupt\n>>> "), repr(out))
        s.enter(["x"], "the REPL still has its globals after the interrupts")
        # Ctrl-D on a line with text is ignored; at an empty prompt it soft-reboots.
        q.send("ab\x04\x08\x08")
        q.send(b"\x04")
        out = q.wait_for(">>> ")
        s.check("Ctrl-D at an empty prompt soft-reboots with the banner again",
                "soft reboot" in out and "frostpy" in out and out.endswith(">>> "), repr(out))
        s.py.reset()
        s.enter(["x"], "after the soft reboot the globals are fresh")
        s.enter(["import sys; 'sys' in sys.modules"], "modules work after the soft reboot")
        q.send("raise SystemExit(7)\r")
        status = q.finish()
        s.check("SystemExit ends the firmware with its status (7)", status == 7, f"QEMU exit status {status}")
    except TimeoutError as e:
        s.check("the session goes on", False, str(e))
        q.proc.kill()
    print(f"repl-test: {s.checks - len(s.failures)}/{s.checks} checks pass")
    sys.exit(1 if s.failures else 0)


if __name__ == "__main__":
    main()
