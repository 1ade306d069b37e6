//! Whole tracebacks on stderr (the corpus checks only their last line):
//! chained exceptions print as CPython 3.11 prints them, less the source
//! lines CPython quotes under each `File` line.

use std::process::Command;

const FROSTPY: &str = env!("CARGO_BIN_EXE_frostpy");

fn stderr_of(name: &str, source: &str) -> String {
    let dir = std::env::temp_dir().join(format!("frostpy-tb-{}-{}", std::process::id(), name));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("t.py"), source).unwrap();
    let out = Command::new(FROSTPY).arg("run").arg("t.py").current_dir(&dir).output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(1));
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn cause_and_context_chains() {
    let src = "\
def load(d):
    try:
        return d['x']
    except KeyError as e:
        raise LookupError('no x') from e
try:
    load({})
except LookupError:
    [][0]
";
    let want = "\
Traceback (most recent call last):
  File \"t.py\", line 3, in load
KeyError: 'x'

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File \"t.py\", line 7, in <module>
  File \"t.py\", line 5, in load
LookupError: no x

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File \"t.py\", line 9, in <module>
IndexError: list index out of range
";
    assert_eq!(stderr_of("chain", src), want);
}

#[test]
fn suppressed_context_and_unraised_cause() {
    // `from None` hides the context; a cause that was never raised has no traceback.
    let src = "\
try:
    1 / 0
except ZeroDivisionError:
    raise ValueError('v') from None
";
    let want = "\
Traceback (most recent call last):
  File \"t.py\", line 4, in <module>
ValueError: v
";
    assert_eq!(stderr_of("none", src), want);
    let src = "raise ValueError('a') from KeyError('b')\n";
    let want = "\
KeyError: 'b'

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File \"t.py\", line 1, in <module>
ValueError: a
";
    assert_eq!(stderr_of("unraised", src), want);
}

#[test]
fn handled_exceptions_do_not_leak_into_later_ones() {
    let src = "\
for i in range(2):
    try:
        int('x')
    except ValueError:
        continue
try:
    {}['k']
except KeyError:
    pass
raise RuntimeError('alone')
";
    let want = "\
Traceback (most recent call last):
  File \"t.py\", line 10, in <module>
RuntimeError: alone
";
    assert_eq!(stderr_of("leak", src), want);
}
