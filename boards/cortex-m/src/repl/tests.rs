//! The line editor and the session's state machine, with a fake console,
//! a compiler that records its inputs and a runner that records what it runs.

use alloc::collections::VecDeque;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::*;

#[derive(Default)]
struct FakeTerm {
    input: VecDeque<u8>,
    out: Vec<u8>,
}

impl Term for FakeTerm {
    fn read(&mut self) -> u8 {
        self.input.pop_front().expect("the session read past the typed keys")
    }
    fn write(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }
}

/// Sources it was asked to compile; `?` in a source is a syntax error, a
/// source ending in `(` or `:` (after trimming) is incomplete.
#[derive(Default)]
struct Recorder {
    compiled: Vec<String>,
}

impl Compiler for Recorder {
    fn compile(&mut self, source: &str) -> Compiled {
        self.compiled.push(source.to_string());
        if source.contains('?') {
            Compiled::Error("SyntaxError: invalid syntax\n".into())
        } else if source.trim_end().ends_with(['(', ':']) || source.trim_end().ends_with("if") {
            Compiled::Incomplete("SyntaxError: incomplete input\n".into())
        } else {
            Compiled::Image(source.as_bytes().to_vec())
        }
    }
}

#[derive(Default)]
struct Runs {
    ran: Vec<String>,
    resets: usize,
}

impl Runner for Runs {
    fn run(&mut self, image: Vec<u8>) -> Ran {
        let text = String::from_utf8(image).unwrap();
        if let Some(code) = text.strip_prefix("exit ") {
            return Ran::Exit(code.parse().unwrap());
        }
        self.ran.push(text);
        Ran::Prompt
    }
    fn soft_reset(&mut self) {
        self.resets += 1;
    }
}

/// Type `keys`, then `exit 0` to end the session; the session, its output and its end.
fn session(keys: &[u8]) -> (Repl<Recorder, Runs>, String) {
    let mut term = FakeTerm::default();
    term.input.extend(keys);
    term.input.extend(b"exit 0\r");
    let mut repl = Repl::new(Recorder::default(), Runs::default(), "banner\r\n".into());
    assert_eq!(repl.run(&mut term), End::Exit(0));
    (repl, String::from_utf8(term.out).unwrap())
}

#[test]
fn one_line_inputs_run_with_prompts_and_echo() {
    let (repl, out) = session(b"1 + 2\r\nx = 3\n\r");
    assert_eq!(repl.runner.ran, ["1 + 2", "x = 3"]);
    assert_eq!(out, "banner\r\n>>> 1 + 2\r\n>>> x = 3\r\n>>> \r\n>>> exit 0\r\n");
}

#[test]
fn backspace_and_delete_edit_the_line() {
    let (repl, out) = session(b"pri\x08\x08rint(1\x7f2)\r\x08\x08ok\r");
    assert_eq!(repl.runner.ran, ["print(2)", "ok"]);
    assert!(out.starts_with("banner\r\n>>> pri\x08 \x08\x08 \x08rint(1\x08 \x082)\r\n>>> ok\r\n"), "{out:?}");
}

#[test]
fn backspace_removes_a_whole_utf8_character() {
    let (repl, _) = session("'é€'\x08\x08x'\r".as_bytes());
    assert_eq!(repl.runner.ran, ["'éx'"]);
}

#[test]
fn escape_sequences_are_ignored() {
    let (repl, _) = session(b"a\x1b[A\x1b[1;5Db\x1bOC\r");
    assert_eq!(repl.runner.ran, ["ab"]);
}

#[test]
fn a_block_continues_until_a_blank_line() {
    let (repl, out) = session(b"for i in range(3):\r    print(i)\r    x = i\r\rdone()\r");
    assert_eq!(repl.runner.ran, ["for i in range(3):\n    print(i)\n    x = i\n", "done()"]);
    assert!(
        out.contains(">>> for i in range(3):\r\n...     print(i)\r\n...     x = i\r\n... \r\n>>> done()"),
        "{out:?}"
    );
}

#[test]
fn open_brackets_and_strings_continue() {
    let (repl, _) = session(b"x = [1,\r2]\rs = '''a\rb'''\rf(a,\r  (b\r))\r");
    assert_eq!(repl.runner.ran, ["x = [1,\n2]", "s = '''a\nb'''", "f(a,\n  (b\n))"]);
}

#[test]
fn the_compiler_saying_incomplete_asks_for_more() {
    // `x = 1 if` is not caught by the lexical rule; the (fake) compiler says incomplete.
    let (repl, out) = session(b"y = 1 if\rz\r");
    assert_eq!(repl.compiler.compiled, ["y = 1 if", "y = 1 if\nz", "exit 0"]);
    assert_eq!(repl.runner.ran, ["y = 1 if\nz"]);
    assert!(out.contains(">>> y = 1 if\r\n... z\r\n>>> "), "{out:?}");
}

#[test]
fn a_blank_line_after_incomplete_input_reports_the_error() {
    let (repl, out) = session(b"if x:\r\r");
    assert!(repl.runner.ran.is_empty());
    assert!(out.contains("... \r\nSyntaxError: incomplete input\r\n>>> "), "{out:?}");
}

#[test]
fn syntax_errors_are_printed_and_the_repl_goes_on() {
    let (repl, out) = session(b"1 ?\r2\r");
    assert_eq!(repl.runner.ran, ["2"]);
    assert!(out.contains(">>> 1 ?\r\nSyntaxError: invalid syntax\r\n>>> 2\r\n"), "{out:?}");
}

#[test]
fn ctrl_c_discards_the_line_and_the_block() {
    let (repl, out) = session(b"abc\x03def:\r  x\x03y\r");
    assert_eq!(repl.runner.ran, ["y"]);
    assert!(out.contains(">>> abc\r\n>>> def:\r\n...   x\r\n>>> y\r\n"), "{out:?}");
}

#[test]
fn ctrl_d_at_an_empty_prompt_soft_resets() {
    let (repl, out) = session(b"a = 1\r\x04b\r");
    assert_eq!(repl.runner.resets, 1);
    assert_eq!(repl.runner.ran, ["a = 1", "b"]);
    assert!(out.contains(">>> \r\nfrostpy: soft reboot\r\nbanner\r\n>>> b"), "{out:?}");
}

#[test]
fn ctrl_d_is_ignored_on_a_line_with_text_and_ends_a_block_when_empty() {
    let (repl, _) = session(b"ab\x04c\rif 1:\r  x\r\x04");
    assert_eq!(repl.runner.resets, 0);
    assert_eq!(repl.runner.ran, ["abc", "if 1:\n  x\n"]);
}

#[test]
fn continuation_rule() {
    for (src, more) in [
        ("x = 1", false),
        ("if x:", true),
        ("if x:\n    y", true),
        ("if x:\n    y\n", false),
        ("@dec", true),
        ("def f(): return 1", true),
        ("x = (1,", true),
        ("x = (1,\n 2)", false),
        ("s = '''abc", true),
        ("s = '''abc'''", false),
        ("s = 'a(b'", false),
        ("s = \"it's\"", false),
        ("x = 1 + \\", true),
        ("print('#(')  # (", false),
        ("match x:", true),
        ("match = 3", false),
        ("match(x)", false),
        ("try:", true),
        ("classify(x)", false),
        ("  ", false),
    ] {
        assert_eq!(continues(src), more, "{src:?}");
    }
}

#[test]
fn rx_queue_keeps_order_and_turns_ctrl_c_into_an_interrupt_while_running() {
    let q: RxQueue<4> = RxQueue::new();
    for b in b"abcd" {
        q.received(*b); // the fourth does not fit (one slot stays free)
    }
    assert_eq!([q.pop(), q.pop(), q.pop(), q.pop()], [Some(b'a'), Some(b'b'), Some(b'c'), None]);
    q.received(CTRL_C);
    assert_eq!(q.pop(), Some(CTRL_C));
    assert!(!runtime::interrupt::pending());
    set_running(true);
    q.received(CTRL_C);
    assert_eq!(q.pop(), None);
    assert!(runtime::interrupt::pending());
    set_running(false);
    assert!(!runtime::interrupt::pending());
}
