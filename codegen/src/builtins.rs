//! Builtin ids for `LoadBuiltin`.

/// The runtime's id of builtin `name` (`None`: fall back to `GetGlobal`).
pub(crate) fn builtin_id(name: &str) -> Option<u16> {
    runtime::builtins::builtin_id(name)
}
