//! Builtin ids for `LoadBuiltin`: the image crate's numbered list (part of the format).

/// The id of builtin `name` (`None`: fall back to `GetGlobal`).
pub(crate) fn builtin_id(name: &str) -> Option<u16> {
    fpc::builtin::builtin_id(name)
}
