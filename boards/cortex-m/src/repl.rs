//! The interactive REPL on a board's console, as MicroPython's "friendly REPL":
//!
//! - `>>> ` prompts for an input, `... ` for its continuation lines;
//! - a line is typed with echo, Backspace (or Delete) removes the last character,
//!   escape sequences (arrow keys) are ignored;
//! - an input continues while it has an open bracket or string, ends with a
//!   backslash, starts a compound statement (`if`, `def`, `@`, ...) or ends with `:`,
//!   or the compiler calls it incomplete; a blank line ends a compound statement;
//! - Ctrl-C at a prompt discards the input (a running program gets
//!   `KeyboardInterrupt` instead, through `runtime::interrupt`);
//! - Ctrl-D at an empty `>>> ` prompt asks for a soft reset, on an empty `... `
//!   line it ends the input.
//!
//! Everything here is generic over the console ([`Term`]), the compiler
//! ([`Compiler`]) and what runs a compiled input ([`Runner`]), so that the line
//! editor and the session's state machine are tested on the host with fakes;
//! the firmware plugs in the UART, the on-device compiler and the VM.

use alloc::string::String;
use alloc::vec::Vec;
use core::sync::atomic::Ordering::{Acquire, Relaxed, Release};
use core::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize};

/// A console: bytes in (waiting for one), bytes out.
pub trait Term {
    /// The next received byte; waits for one.
    fn read(&mut self) -> u8;
    /// Send bytes as they are (the caller writes `\r\n`).
    fn write(&mut self, bytes: &[u8]);
}

/// What compiling one input gives.
pub enum Compiled {
    /// A code image, ready to run.
    Image(Vec<u8>),
    /// The input ends too early (an open block, bracket or string); more lines may complete it.
    /// The text is the error to show if no more lines come.
    Incomplete(String),
    /// A syntax error, as the traceback text to print (lines ending in `\n`).
    Error(String),
}

/// Compiles one interactive input (CPython's `single` mode: expression statements print their repr).
pub trait Compiler {
    fn compile(&mut self, source: &str) -> Compiled;
}

/// What running an input asks of the REPL.
pub enum Ran {
    /// Back to the prompt (the input ended, or raised and its traceback was printed).
    Prompt,
    /// `SystemExit`: leave the REPL with this status.
    Exit(i32),
}

/// Runs compiled inputs against one persistent `__main__`.
pub trait Runner {
    fn run(&mut self, image: Vec<u8>) -> Ran;
    /// Soft reset: a fresh heap and fresh globals.
    fn soft_reset(&mut self);
}

/// What the line editor makes of the keys typed.
#[derive(Debug, PartialEq, Eq)]
pub enum Key {
    /// Enter: the line (without the line end).
    Line(String),
    /// Ctrl-C.
    Interrupt,
    /// Ctrl-D on an empty line.
    Eof,
}

const CTRL_C: u8 = 0x03;
const CTRL_D: u8 = 0x04;
const BACKSPACE: u8 = 0x08;
const ESC: u8 = 0x1b;
const DEL: u8 = 0x7f;

/// One line of input, fed a byte at a time.
#[derive(Default)]
pub struct LineEditor {
    line: Vec<u8>,
    /// Where an escape sequence is: 0 none, 1 after ESC, 2 inside `ESC [` (until its final byte).
    escape: u8,
    /// The last byte was `\r` (a following `\n` belongs to it).
    after_cr: bool,
}

impl LineEditor {
    pub fn new() -> LineEditor {
        LineEditor::default()
    }

    /// Feed one received byte; echo goes to `out`. `Some` when a line is done.
    pub fn feed(&mut self, b: u8, out: &mut impl Term) -> Option<Key> {
        let after_cr = core::mem::replace(&mut self.after_cr, false);
        match self.escape {
            1 => {
                self.escape = if b == b'[' || b == b'O' { 2 } else { 0 };
                return None;
            }
            2 => {
                if (0x40..=0x7e).contains(&b) {
                    self.escape = 0;
                }
                return None;
            }
            _ => {}
        }
        match b {
            b'\r' | b'\n' => {
                if b == b'\n' && after_cr {
                    return None;
                }
                self.after_cr = b == b'\r';
                out.write(b"\r\n");
                let line = core::mem::take(&mut self.line);
                // The bytes came from a terminal: keep what is valid UTF-8.
                Some(Key::Line(String::from_utf8_lossy(&line).into_owned()))
            }
            CTRL_C => {
                self.line.clear();
                out.write(b"\r\n");
                Some(Key::Interrupt)
            }
            CTRL_D if self.line.is_empty() => Some(Key::Eof),
            BACKSPACE | DEL => {
                // Remove one character: its continuation bytes, then its first byte.
                let had = !self.line.is_empty();
                while let Some(c) = self.line.pop() {
                    if c & 0xc0 != 0x80 {
                        break;
                    }
                }
                if had {
                    out.write(b"\x08 \x08");
                }
                None
            }
            ESC => {
                self.escape = 1;
                None
            }
            b'\t' => {
                self.line.extend_from_slice(b"    ");
                out.write(b"    ");
                None
            }
            0x20..=0x7e | 0x80..=0xff => {
                self.line.push(b);
                out.write(&[b]);
                None
            }
            _ => None, // other control keys
        }
    }
}

/// Does `input` (the lines so far, joined with `\n`) need another line? MicroPython's rule:
/// an open bracket or string, a trailing backslash, or a compound statement (or a last
/// line ending with `:`) whose last line is not blank.
pub fn continues(input: &str) -> bool {
    if input.trim().is_empty() {
        return false;
    }
    let mut depth = 0i32;
    let mut quote: Option<(u8, bool)> = None; // (quote byte, triple)
    let bytes = input.as_bytes();
    let mut i = 0;
    let mut last_code = 0u8; // the last byte outside strings and comments on the last line
    let mut first_line_end = None; // ... and on the first line
    while i < bytes.len() {
        let c = bytes[i];
        match quote {
            Some((q, triple)) => {
                if c == b'\\' {
                    i += 2;
                    continue;
                }
                if c == b'\n' && !triple {
                    quote = None; // an unterminated one-line string: the compiler reports it
                } else if c == q {
                    if !triple {
                        quote = None;
                    } else if bytes[i..].starts_with(&[q, q, q]) {
                        quote = None;
                        i += 3;
                        last_code = q;
                        continue;
                    }
                }
            }
            None => match c {
                b'#' => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                    continue;
                }
                b'\'' | b'"' => {
                    let triple = bytes[i..].starts_with(&[c, c, c]);
                    quote = Some((c, triple));
                    i += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth -= 1,
                b'\n' => {
                    first_line_end.get_or_insert(last_code);
                    last_code = 0;
                }
                b' ' | b'\t' | b'\r' => {}
                _ => {}
            },
        }
        if quote.is_none() && !matches!(c, b' ' | b'\t' | b'\r' | b'\n') {
            last_code = c;
        }
        i += 1;
    }
    if depth > 0 || matches!(quote, Some((_, true))) {
        return true;
    }
    if input.ends_with('\\') {
        return true;
    }
    let last_blank = input.rsplit('\n').next().is_none_or(|l| l.trim().is_empty());
    if last_blank {
        return false;
    }
    let first = input.trim_start();
    let word = first.split(|c: char| !c.is_ascii_alphanumeric() && c != '_').next().unwrap_or("");
    let compound = first.starts_with('@')
        || matches!(word, "if" | "elif" | "else" | "for" | "while" | "with" | "def" | "class" | "try" | "async")
        // `match` is a soft keyword: a statement when its line ends with `:`.
        || (word == "match" && first_line_end.unwrap_or(last_code) == b':');
    compound || last_code == b':'
}

/// The REPL session: prompts, the input being typed, and what to do with it.
pub struct Repl<C: Compiler, R: Runner> {
    pub compiler: C,
    pub runner: R,
    banner: String,
    editor: LineEditor,
    input: String,
}

/// Why a session ended.
#[derive(Debug, PartialEq, Eq)]
pub enum End {
    /// `SystemExit` with this status.
    Exit(i32),
}

impl<C: Compiler, R: Runner> Repl<C, R> {
    pub fn new(compiler: C, runner: R, banner: String) -> Self {
        Repl { compiler, runner, banner, editor: LineEditor::new(), input: String::new() }
    }

    /// Print the banner and the first prompt.
    pub fn start(&mut self, term: &mut impl Term) {
        term.write(self.banner.as_bytes());
        term.write(b">>> ");
    }

    /// Run until `SystemExit`.
    pub fn run(&mut self, term: &mut impl Term) -> End {
        self.start(term);
        loop {
            let b = term.read();
            if let Some(end) = self.feed(b, term) {
                return end;
            }
        }
    }

    /// Feed one received byte. `Some` when the session ends.
    pub fn feed(&mut self, b: u8, term: &mut impl Term) -> Option<End> {
        let key = self.editor.feed(b, term)?;
        let more = !self.input.is_empty();
        match key {
            Key::Interrupt => {
                self.input.clear();
                term.write(b">>> ");
                None
            }
            Key::Eof if !more => {
                term.write(b"\r\n");
                self.runner.soft_reset();
                term.write(b"frostpy: soft reboot\r\n");
                self.start(term);
                None
            }
            // Ctrl-D on an empty continuation line ends the input, as a blank line does.
            Key::Eof => {
                term.write(b"\r\n");
                self.finish(String::new(), term)
            }
            Key::Line(line) => self.finish(line, term),
        }
    }

    fn finish(&mut self, line: String, term: &mut impl Term) -> Option<End> {
        let more = !self.input.is_empty();
        if !more && line.trim().is_empty() {
            term.write(b">>> ");
            return None;
        }
        if more {
            self.input.push('\n');
        }
        self.input.push_str(&line);
        let blank = line.trim().is_empty();
        if !(more && blank) && continues(&self.input) {
            term.write(b"... ");
            return None;
        }
        let source = core::mem::take(&mut self.input);
        match self.compiler.compile(&source) {
            Compiled::Incomplete(_) if !blank => {
                self.input = source;
                term.write(b"... ");
                return None;
            }
            Compiled::Incomplete(msg) | Compiled::Error(msg) => write_crlf(term, msg.as_bytes()),
            Compiled::Image(image) => {
                if let Ran::Exit(code) = self.runner.run(image) {
                    return Some(End::Exit(code));
                }
            }
        }
        term.write(b">>> ");
        None
    }
}

/// Write `bytes` with each `\n` sent as `\r\n`.
pub fn write_crlf(term: &mut impl Term, bytes: &[u8]) {
    for chunk in bytes.split_inclusive(|b| *b == b'\n') {
        match chunk.split_last() {
            Some((b'\n', line)) => {
                term.write(line);
                term.write(b"\r\n");
            }
            _ => term.write(chunk),
        }
    }
}

/// Is Python code running (so that Ctrl-C means `KeyboardInterrupt`, not a key for the editor)?
static RUNNING: AtomicBool = AtomicBool::new(false);

/// Python code starts (`true`) or stops running; stopping drops an interrupt request not raised.
pub fn set_running(running: bool) {
    RUNNING.store(running, Relaxed);
    if !running {
        runtime::interrupt::clear();
    }
}

/// Bytes received by an interrupt handler, waiting for the REPL: a single-producer
/// (the handler), single-consumer (the REPL) ring with load/store atomics only
/// (the Cortex-M0 has no read-modify-write). A byte that does not fit is dropped.
pub struct RxQueue<const N: usize> {
    buf: [AtomicU8; N],
    head: AtomicUsize, // next to read
    tail: AtomicUsize, // next to write
}

impl<const N: usize> RxQueue<N> {
    #[allow(clippy::new_without_default)]
    pub const fn new() -> Self {
        RxQueue { buf: [const { AtomicU8::new(0) }; N], head: AtomicUsize::new(0), tail: AtomicUsize::new(0) }
    }

    /// From the receive interrupt: while Python code runs ([`set_running`]), Ctrl-C
    /// requests a `KeyboardInterrupt` (and is not queued); any other byte is queued.
    pub fn received(&self, b: u8) {
        if b == CTRL_C && RUNNING.load(Relaxed) {
            runtime::interrupt::request();
            return;
        }
        let tail = self.tail.load(Relaxed);
        let next = (tail + 1) % N;
        if next == self.head.load(Acquire) {
            return; // full
        }
        self.buf[tail].store(b, Relaxed);
        self.tail.store(next, Release);
    }

    /// The next queued byte.
    pub fn pop(&self) -> Option<u8> {
        let head = self.head.load(Relaxed);
        if head == self.tail.load(Acquire) {
            return None;
        }
        let b = self.buf[head].load(Relaxed);
        self.head.store((head + 1) % N, Release);
        Some(b)
    }
}

#[cfg(test)]
mod tests;
