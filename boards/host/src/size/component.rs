//! Which part of frostpy a firmware symbol belongs to (`frostpy size --by component`).
//!
//! A symbol is attributed by its demangled path (for `<Self as Trait>::f`, by the
//! path of `Self` when it has one): `runtime::vm::interp::...` is the interpreter
//! loop, `frontend::...` the compiler, `core::unicode::...` the Unicode tables and
//! so on ([`of`]). Generic core/alloc code instantiated for runtime types
//! (`core::ptr::drop_in_place<runtime::...>`, `alloc::vec::Vec<...>::grow_one`) is
//! core/alloc: that is where its code comes from. With LTO, code inlined into a
//! caller counts as the caller's. Constants the compiler leaves without a name
//! (messages, tables) and padding are "unattributed".

use super::crate_path;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Component {
    Interp,
    RuntimeVm,
    Builtins,
    Modules,
    Compiler,
    Float,
    Unicode,
    CoreAlloc,
    Frozen,
    Board,
    Unattributed,
}

impl Component {
    pub const ALL: [Component; 11] = [
        Component::RuntimeVm,
        Component::Interp,
        Component::Builtins,
        Component::Modules,
        Component::Compiler,
        Component::Float,
        Component::Unicode,
        Component::CoreAlloc,
        Component::Frozen,
        Component::Board,
        Component::Unattributed,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Component::RuntimeVm => "runtime VM",
            Component::Interp => "interpreter loop",
            Component::Builtins => "builtins",
            Component::Modules => "modules",
            Component::Compiler => "compiler",
            Component::Float => "float",
            Component::Unicode => "Unicode tables",
            Component::CoreAlloc => "core/alloc",
            Component::Frozen => "frozen data",
            Component::Board => "board",
            Component::Unattributed => "unattributed",
        }
    }
}

/// Path prefixes, first match wins (so the specific ones come before their crate).
const BY_PATH: &[(&str, Component)] = &[
    ("runtime::vm::interp::", Component::Interp),
    ("runtime::vm::floatfmt::", Component::Float),
    ("runtime::builtins::", Component::Builtins),
    ("runtime::modules::", Component::Modules),
    ("runtime::", Component::RuntimeVm),
    // The image crate: the writer serves only the compiler; the reader, verifier and opcode
    // table are part of every VM.
    ("fpc::write::", Component::Compiler),
    ("fpc::dis::", Component::Compiler),
    ("fpc::", Component::RuntimeVm),
    ("frontend::", Component::Compiler),
    // The REPL's entry to the compiler, which LTO fills with inlined frontend and codegen code.
    ("board::firmware::repl_fw::DeviceCompiler", Component::Compiler),
    ("codegen::", Component::Compiler),
    ("core::unicode::", Component::Unicode),
    // Float printing (flt2dec, with its bignum and power-of-ten tables) and parsing (dec2flt).
    ("core::num::flt2dec::", Component::Float),
    ("core::num::dec2flt::", Component::Float),
    ("core::num::bignum::", Component::Float),
    ("core::num::diy_float::", Component::Float),
    ("core::fmt::float::", Component::Float),
    ("core::f32::", Component::Float),
    ("core::f64::", Component::Float),
    ("f32::", Component::Float),
    ("f64::", Component::Float),
    ("libm::", Component::Float),
    ("compiler_builtins::float::", Component::Float),
    ("compiler_builtins::math::", Component::Float),
    ("core::", Component::CoreAlloc),
    ("alloc::", Component::CoreAlloc),
    ("compiler_builtins::", Component::CoreAlloc),
];

/// Crates of the boards and their support (startup, allocator, semihosting).
const BOARD_CRATES: &[&str] = &[
    "board",
    "frostpy_mps2_an385",
    "frostpy_microbit",
    "cortex_m",
    "cortex_m_rt",
    "cortex_m_semihosting",
    "semihosting",
    "embedded_alloc",
    "linked_list_allocator",
    "rlsf",
    "critical_section",
];

/// Unmangled names cortex-m-rt and the boards define.
const BOARD_SYMBOLS: &[&str] = &[
    "Reset",
    "main",
    "DefaultHandler",
    "DefaultHandler_",
    "DefaultPreInit",
    "HardFault",
    "HardFault_",
    "HardFaultTrampoline",
    "__pre_init",
    "__RESET_VECTOR",
    "__EXCEPTIONS",
    "__INTERRUPTS",
    "_critical_section_1_0_acquire",
    "_critical_section_1_0_release",
];

/// The component of a symbol named `raw` (as in the ELF), in a section named `section`.
pub fn of(raw: &str, section: &str) -> Component {
    if raw == freeze::SYMBOL {
        return Component::Frozen;
    }
    if section == ".vector_table" || BOARD_SYMBOLS.contains(&raw) {
        return Component::Board;
    }
    if raw.starts_with(".L") || raw.starts_with("anon.") || raw.starts_with('$') {
        return Component::Unattributed;
    }
    if let Some(c) = c_builtin(raw) {
        return c;
    }
    let path = crate_path(raw);
    if let Some((_, c)) = BY_PATH.iter().find(|(p, _)| path.starts_with(p)) {
        return *c;
    }
    let krate = path.split("::").next().unwrap_or("");
    if BOARD_CRATES.contains(&krate) {
        return Component::Board;
    }
    if !path.contains("::") && is_libm(raw) {
        return Component::Float;
    }
    Component::Unattributed
}

/// Compiler-runtime routines with C names: soft-float arithmetic and conversions
/// (`__aeabi_dadd`, `__adddf3`, `__aeabi_i2d`) are float, the rest (`memcpy`,
/// `__aeabi_uldivmod`) core/alloc.
fn c_builtin(raw: &str) -> Option<Component> {
    if let Some(rest) = raw.strip_prefix("__aeabi_") {
        let float = rest.starts_with('d') && !rest.starts_with("div")
            || rest.starts_with('f')
            || rest.ends_with("2d")
            || rest.ends_with("2f");
        return Some(if float { Component::Float } else { Component::CoreAlloc });
    }
    if let Some(rest) = raw.strip_prefix("__") {
        if rest.starts_with("ZN") || rest.starts_with('R') {
            return None; // a mangled Rust name
        }
        let float = ["df", "sf", "tf"].iter().any(|t| rest.contains(t));
        return Some(if float { Component::Float } else { Component::CoreAlloc });
    }
    if raw.starts_with("mem") || raw == "strlen" {
        return Some(Component::CoreAlloc);
    }
    None
}

/// C math functions compiler_builtins exports under their libm names.
fn is_libm(raw: &str) -> bool {
    const NAMES: &[&str] = &[
        "acos",
        "asin",
        "atan",
        "atan2",
        "cbrt",
        "ceil",
        "copysign",
        "cos",
        "cosh",
        "erf",
        "erfc",
        "exp",
        "exp2",
        "expm1",
        "fabs",
        "fdim",
        "floor",
        "fma",
        "fmax",
        "fmin",
        "fmod",
        "frexp",
        "hypot",
        "ldexp",
        "lgamma",
        "log",
        "log10",
        "log1p",
        "log2",
        "modf",
        "nextafter",
        "pow",
        "remainder",
        "round",
        "scalbn",
        "sin",
        "sinh",
        "sqrt",
        "tan",
        "tanh",
        "tgamma",
        "trunc",
    ];
    let base = raw.strip_suffix('f').filter(|b| NAMES.contains(b)).unwrap_or(raw);
    NAMES.contains(&base) || base.ends_with("_r") && NAMES.contains(&base.trim_end_matches("_r"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_c_names() {
        // Legacy-mangled Rust names, as rustc emits them.
        assert_eq!(of("_ZN7runtime2vm6interp2Vm3run17h0123456789abcdefE", ".text"), Component::Interp);
        assert_eq!(of("_ZN7runtime2vm4dict4Dict3get17h0123456789abcdefE", ".text"), Component::RuntimeVm);
        assert_eq!(of("_ZN7runtime8builtins5funcs3len17h0123456789abcdefE", ".text"), Component::Builtins);
        assert_eq!(of("_ZN8frontend5parse4expr4atom17h0123456789abcdefE", ".text"), Component::Compiler);
        assert_eq!(of("_ZN4core7unicode12unicode_data5lower6lookup17h0123456789abcdefE", ".text"), Component::Unicode);
        assert_eq!(
            of("_ZN4core3num7flt2dec8strategy5grisu12format_exact17h0123456789abcdefE", ".text"),
            Component::Float
        );
        assert_eq!(of("_ZN5alloc7raw_vec11finish_grow17h0123456789abcdefE", ".text"), Component::CoreAlloc);
        assert_eq!(of("_ZN5board8platform4Uart5write17h0123456789abcdefE", ".text"), Component::Board);
        assert_eq!(of("__aeabi_dadd", ".text"), Component::Float);
        assert_eq!(of("__aeabi_i2d", ".text"), Component::Float);
        assert_eq!(of("__aeabi_uldivmod", ".text"), Component::CoreAlloc);
        assert_eq!(of("__divdf3", ".text"), Component::Float);
        assert_eq!(of("__udivsi3", ".text"), Component::CoreAlloc);
        assert_eq!(of("memcpy", ".text"), Component::CoreAlloc);
        assert_eq!(of("sinf", ".text"), Component::Float);
        assert_eq!(of("Reset", ".text"), Component::Board);
        assert_eq!(of(freeze::SYMBOL, ".rodata"), Component::Frozen);
        assert_eq!(of("anon.abc.12", ".rodata"), Component::Unattributed);
    }

    #[test]
    fn impls_go_by_self_type() {
        // <runtime::value::Value as core::cmp::PartialEq>::eq
        let eq = "_ZN62_$LT$runtime..value..Value$u20$as$u20$core..cmp..PartialEq$GT$2eq17h0123456789abcdefE";
        assert_eq!(of(eq, ".text"), Component::RuntimeVm);
        // <f64 as core::fmt::Display>::fmt: float printing, not core.
        let disp = "_ZN42_$LT$f64$u20$as$u20$core..fmt..Display$GT$3fmt17h0123456789abcdefE";
        assert_eq!(of(disp, ".text"), Component::Float);
    }
}
