//! The frozen numbers of each format version, as text compared with a committed snapshot
//! (`image/format/fpc-v<N>.txt`, `image/format/frozen-v<N>.txt`). Changing an opcode number,
//! an operand's role, a builtin id or a layout offset without bumping the format version
//! fails `numbers_match_the_snapshot_of_this_version`; after a bump, `FPC_BLESS=1 cargo test
//! -p frostpy-image` writes the new version's snapshot (never an existing one).

use std::fmt::Write;
use std::string::String;

use crate::builtin::BUILTINS;
use crate::frozen;
use crate::frozen::layout as FL;
use crate::image::{self, flags, kind, layout as L};
use crate::opcode::{Op, BINOP_FIRST, BINOP_LAST};

macro_rules! consts {
    ($out:expr, $prefix:literal, $m:ident : $($name:ident),* $(,)?) => {
        $( let _ = writeln!($out, "{} {} {}", $prefix, stringify!($name), $m::$name); )*
    };
}

/// The code image's frozen numbers.
pub fn code_image() -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# frostpy code image, format version {} (docs/fpc-format.md)", image::FORMAT_VERSION);
    let _ = writeln!(s, "magic {}", core::str::from_utf8(&image::MAGIC).unwrap());
    let _ = writeln!(s, "header_size {}\ncode_header_size {}", image::HEADER_SIZE, image::CODE_HEADER_SIZE);
    consts!(s, "layout", L: MAGIC, VERSION, FLAGS, LENGTH, STRINGS, N_STRINGS, CONSTS, N_CONSTS, CODES, N_CODES,
        SOURCE_NAME, STRING_ENTRY, STRING_LEN, STRING_HASH, CONST_ENTRY, CONST_PAYLOAD, CODE_ENTRY, TUPLE_ITEMS,
        BIGINT_LIMBS, CODE_NAME, CODE_FLAGS, CODE_N_REGS, CODE_N_PARAMS, CODE_N_DEFAULTS, CODE_N_KWONLY,
        CODE_RESERVED, CODE_N_FREE, CODE_FIRST_LINE, ARRAY_COUNT, INSTRS, INSTR_SIZE, CODE_CONSTS, CODE_CONST_SIZE,
        NAMES, NAME_SIZE, LINES, LINE_SIZE, HANDLERS, HANDLER_SIZE, VARNAMES, VARNAME_SIZE, FREEVARS, FREEVAR_SIZE);
    consts!(s, "kind", kind: INT, FLOAT, STR, CODE, TUPLE, BYTES, SINGLETON, BIGINT);
    consts!(s, "flag", flags: GENERATOR, CLASS_BODY, MODULE, VARARGS, VARKW);
    let _ = writeln!(s, "binop {}..={}", BINOP_FIRST as u8, BINOP_LAST as u8);
    for op in Op::all() {
        let roles: std::vec::Vec<String> = op.roles().iter().map(|r| format!("{r:?}")).collect();
        let _ = writeln!(s, "op {} {} {:?} [{}]", *op as u8, op.name(), op.format(), roles.join(", "));
    }
    for (id, name) in BUILTINS {
        let _ = writeln!(s, "builtin {id} {name}");
    }
    s
}

/// The frozen table's frozen numbers.
pub fn frozen_table() -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# frostpy frozen table, format version {} (docs/frozen-format.md)", frozen::FORMAT_VERSION);
    let _ = writeln!(s, "magic {}", core::str::from_utf8(&frozen::MAGIC).unwrap());
    let _ = writeln!(s, "header_size {}\nentry_size {}", frozen::HEADER_SIZE, frozen::ENTRY_SIZE);
    let _ = writeln!(s, "flag PACKAGE {}", frozen::FLAG_PACKAGE);
    consts!(s, "layout", FL: MAGIC, VERSION, FLAGS, LENGTH, COUNT, NAME_OFFSET, NAME_LEN, ENTRY_FLAGS,
        IMAGE_OFFSET, IMAGE_LEN);
    s
}

fn check(file: &str, got: &str) {
    let path = format!("{}/format/{file}", env!("CARGO_MANIFEST_DIR"));
    match std::fs::read_to_string(&path) {
        Ok(want) => assert!(
            want == got,
            "the numbers of the format differ from {path}, the snapshot of this format version: a change to \
             them needs a new format version (docs/fpc-format.md, \"Frozen numbers\"). Got:\n{got}"
        ),
        Err(_) if std::env::var_os("FPC_BLESS").is_some() => std::fs::write(&path, got).unwrap(),
        Err(_) => panic!("no snapshot {path} for this format version: run FPC_BLESS=1 cargo test -p frostpy-image"),
    }
}

#[test]
fn numbers_match_the_snapshot_of_this_version() {
    check(&format!("fpc-v{}.txt", image::FORMAT_VERSION), &code_image());
    check(&format!("frozen-v{}.txt", frozen::FORMAT_VERSION), &frozen_table());
}
