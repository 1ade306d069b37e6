//! Builtin ids that a code image may load with `LoadBuiltin` (for names a
//! program cannot shadow: `AssertionError` for `assert`, `print`/`repr` for
//! the REPL's display, ...). They are part of the format: an id is the
//! builtin's position in the runtime's builtin table, and the runtime checks
//! at compile time that its table agrees (`runtime/src/builtins/mod.rs`).
//! The verifier refuses any other id.

/// `(id, name)`, sorted by id. Frozen per format version (`docs/fpc-format.md`).
pub const BUILTINS: [(u16, &str); 7] = [
    (1, "type"),
    (11, "tuple"),
    (47, "StopAsyncIteration"),
    (52, "AssertionError"),
    (81, "RuntimeError"),
    (105, "print"),
    (111, "repr"),
];

/// The id of builtin `name`, if a code image may load it by id.
pub fn builtin_id(name: &str) -> Option<u16> {
    BUILTINS.iter().find(|(_, n)| *n == name).map(|(i, _)| *i)
}

/// The name of builtin `id`, if a code image may load it.
pub fn builtin_name(id: usize) -> Option<&'static str> {
    BUILTINS.iter().find(|(i, _)| *i as usize == id).map(|(_, n)| *n)
}

/// Does the runtime's table (names in id order) give every id its name? For a
/// `const` assertion in the runtime.
pub const fn table_agrees(names: &[&str]) -> bool {
    let mut i = 0;
    while i < BUILTINS.len() {
        let (id, name) = BUILTINS[i];
        if id as usize >= names.len() || !str_eq(names[id as usize], name) {
            return false;
        }
        i += 1;
    }
    true
}

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_sorted_and_unique() {
        assert!(BUILTINS.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(builtin_id("print"), Some(105));
        assert_eq!(builtin_name(52), Some("AssertionError"));
        assert_eq!(builtin_id("len"), None);
        assert!(!table_agrees(&["object", "type"]));
    }
}
