//! `frostpy size --by component` and `--compare` on small ARM ELF objects written here
//! with the `object` crate: symbols with the names rustc and the linker give real
//! firmware code, with sizes chosen by the test (so the figures are exact and do not
//! move with the runtime).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use object::write::{Object, Symbol, SymbolSection};
use object::{
    elf, Architecture, BinaryFormat, Endianness, FileFlags, SectionKind, SymbolFlags, SymbolKind, SymbolScope,
};

const FROSTPY: &str = env!("CARGO_BIN_EXE_frostpy");

fn frostpy(args: &[&str]) -> Output {
    Command::new(FROSTPY).args(args).output().expect("frostpy starts")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Where each symbol goes.
#[derive(Clone, Copy)]
enum In {
    Text,
    Rodata,
    Data,
    Bss,
}

/// An ARM ELF object holding `symbols` (name, section, size), written to a fresh file.
fn elf_with(tag: &str, symbols: &[(&str, In, u64)]) -> PathBuf {
    let mut obj = Object::new(BinaryFormat::Elf, Architecture::Arm, Endianness::Little);
    obj.flags = FileFlags::Elf {
        os_abi: elf::ELFOSABI_NONE,
        abi_version: 0,
        e_flags: elf::FileFlags(elf::EF_ARM_EABI_VER5.0 | elf::EF_ARM_ABI_FLOAT_SOFT),
    };
    let text = obj.add_section(Vec::new(), b".text".to_vec(), SectionKind::Text);
    let rodata = obj.add_section(Vec::new(), b".rodata".to_vec(), SectionKind::ReadOnlyData);
    let data = obj.add_section(Vec::new(), b".data".to_vec(), SectionKind::Data);
    let bss = obj.add_section(Vec::new(), b".bss".to_vec(), SectionKind::UninitializedData);
    for (name, place, size) in symbols {
        let (section, kind) = match place {
            In::Text => (text, SymbolKind::Text),
            In::Rodata => (rodata, SymbolKind::Data),
            In::Data => (data, SymbolKind::Data),
            In::Bss => (bss, SymbolKind::Data),
        };
        let sym = obj.add_symbol(Symbol {
            name: name.as_bytes().to_vec(),
            value: 0,
            size: 0,
            kind,
            scope: SymbolScope::Linkage,
            weak: false,
            section: SymbolSection::Undefined,
            flags: SymbolFlags::None,
        });
        match place {
            In::Bss => {
                obj.add_symbol_bss(sym, section, *size, 4);
            }
            _ => {
                obj.add_symbol_data(sym, section, &vec![0u8; *size as usize], 4);
            }
        }
    }
    let path = std::env::temp_dir().join(format!("frostpy-size-cli-{}-{tag}.o", std::process::id()));
    std::fs::write(&path, obj.write().expect("object writes")).unwrap();
    path
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The figures of the line starting with `label` (thousands separators removed; the share
/// column left out).
fn row(out: &str, label: &str) -> Vec<i64> {
    let line = out
        .lines()
        .find(|l| l.starts_with(label) && l[label.len()..].starts_with("  "))
        .unwrap_or_else(|| panic!("no line '{label}' in:\n{out}"));
    line[label.len()..]
        .split_whitespace()
        .filter(|w| !w.ends_with('%'))
        .map(|w| w.replace(',', "").parse().unwrap_or_else(|_| panic!("'{w}' in '{line}'")))
        .collect()
}

const INTERP: &str = "_ZN7runtime2vm6interp2Vm3run17h0123456789abcdefE";
const DICT: &str = "_ZN7runtime2vm4dict4Dict6insert17h0123456789abcdefE";
const LEN: &str = "_ZN7runtime8builtins5funcs3len17h0123456789abcdefE";
const JSON: &str = "_ZN7runtime7modules4json6decode5value17h0123456789abcdefE";
const PARSE: &str = "_ZN8frontend5parse4expr4atom17h0123456789abcdefE";
const EMIT: &str = "_ZN7codegen4expr4emit17h0123456789abcdefE";
const GRISU: &str = "_ZN4core3num7flt2dec8strategy5grisu12format_exact17h0123456789abcdefE";
const LOWER: &str = "_ZN4core7unicode12unicode_data5lower6lookup17h0123456789abcdefE";
const GROW: &str = "_ZN5alloc7raw_vec11finish_grow17h0123456789abcdefE";
const UART: &str = "_ZN5board8platform4Uart5write17h0123456789abcdefE";
const ARENA: &str = "_ZN18frostpy_mps2_an3855ARENA17h0123456789abcdefE";
const STATE: &str = "_ZN7runtime9interrupt7PENDING17h0123456789abcdefE";

fn firmware(tag: &str, interp: u64, compiler: bool) -> PathBuf {
    let mut syms = vec![
        (INTERP, In::Text, interp),
        (DICT, In::Text, 300),
        (LEN, In::Text, 200),
        (JSON, In::Text, 120),
        (GRISU, In::Text, 90),
        ("__aeabi_dadd", In::Text, 60),
        ("__aeabi_uldivmod", In::Text, 20),
        ("memcpy", In::Text, 24),
        (LOWER, In::Rodata, 400),
        (GROW, In::Text, 80),
        (UART, In::Text, 40),
        ("Reset", In::Text, 16),
        ("frostpy_frozen", In::Rodata, 256),
        (STATE, In::Data, 8),
        (ARENA, In::Bss, 4096),
    ];
    if compiler {
        syms.extend([(PARSE, In::Text, 700), (EMIT, In::Text, 500)]);
    }
    elf_with(tag, &syms)
}

#[test]
fn by_component_attributes_symbols_by_path() {
    let fw = firmware("by", 1000, true);
    let o = frostpy(&["size", s(&fw), "--by", "component"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert_eq!(row(&out, "interpreter loop"), [1000, 0]);
    assert_eq!(row(&out, "runtime VM"), [308, 8], "data counts as flash (initial values) and static RAM");
    assert_eq!(row(&out, "builtins"), [200, 0]);
    assert_eq!(row(&out, "modules"), [120, 0]);
    assert_eq!(row(&out, "compiler"), [1200, 0], "frontend and codegen");
    assert_eq!(row(&out, "float"), [150, 0], "core's float printing and the soft-float routines");
    assert_eq!(row(&out, "Unicode tables"), [400, 0]);
    assert_eq!(row(&out, "core/alloc"), [124, 0]);
    assert_eq!(row(&out, "frozen data"), [256, 0]);
    assert_eq!(row(&out, "board"), [56, 4096], "the board's code, and its arena in static RAM");
    // Every flash byte lands in exactly one component: the rows add up to the total.
    let sum: i64 = ["runtime VM", "interpreter loop", "builtins", "modules", "compiler", "float"]
        .iter()
        .chain(&["Unicode tables", "core/alloc", "frozen data", "board", "unattributed"])
        .map(|l| row(&out, l)[0])
        .sum();
    assert_eq!(row(&out, "total"), [sum, 4104]);
    // The plain summary still comes first.
    assert!(out.starts_with(' ') && out.contains("static RAM"), "{out}");
}

#[test]
fn by_crate_lists_crates() {
    let fw = firmware("crate", 1000, true);
    let o = frostpy(&["size", s(&fw), "--by", "crate"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert_eq!(row(&out, "runtime"), [1628, 8]);
    assert_eq!(row(&out, "frontend"), [700, 0]);
}

#[test]
fn compare_shows_the_change_per_component() {
    let before = firmware("before", 1000, true);
    let after = firmware("after", 1100, false);
    let o = frostpy(&["size", s(&after), "--compare", s(&before)]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert_eq!(row(&out, "interpreter loop"), [1000, 1100, 100]);
    assert_eq!(row(&out, "compiler"), [1200, 0, -1200]);
    assert_eq!(row(&out, "builtins"), [200, 200, 0]);
    let total = row(&out, "total flash");
    assert_eq!(total[2], total[1] - total[0]);
    assert_eq!(total[2], -1100);
    assert_eq!(row(&out, "static RAM"), [4104, 4104, 0]);
    // By crate too.
    let o = frostpy(&["size", s(&after), "--compare", s(&before), "--by", "crate"]);
    let out = text(&o.stdout);
    assert_eq!(row(&out, "codegen"), [500, 0, -500]);
}

#[test]
fn json_gives_totals_and_components() {
    let fw = firmware("json", 1000, false);
    let o = frostpy(&["size", s(&fw), "--json"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(out.contains("\"interpreter loop\": {\"flash\": 1000, \"ram\": 0}"), "{out}");
    assert!(out.contains("\"compiler\": {\"flash\": 0, \"ram\": 0}"), "{out}");
    assert!(out.contains("\"ram\": 4104, \"components\""), "{out}");
}

#[test]
fn compare_with_a_missing_file_is_one_clear_error() {
    let fw = firmware("missing", 1000, false);
    let o = frostpy(&["size", s(&fw), "--compare", "/nonexistent/old.elf"]);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(err.starts_with("frostpy: cannot read /nonexistent/old.elf") && err.lines().count() == 1, "{err}");
}
