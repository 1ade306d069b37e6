//! The frozen table as an ELF relocatable object: one read-only section
//! `.rodata.frostpy_frozen` holding global symbol `frostpy_frozen`, which a
//! board declares as `extern "C" { static frostpy_frozen: [u8; N]; }`.

use object::write::{Object, Symbol, SymbolSection};
use object::{
    elf, Architecture, BinaryFormat, Endianness, FileFlags, SectionKind, SymbolFlags, SymbolKind, SymbolScope,
};

use crate::{Error, Result};

/// The symbol of the table in a frozen object.
pub const SYMBOL: &str = "frostpy_frozen";
/// The section that holds it.
pub const SECTION: &str = ".rodata.frostpy_frozen";

/// Targets a frozen object can be written for.
pub const TARGETS: &[&str] = &[
    "thumbv6m-none-eabi",
    "thumbv7m-none-eabi",
    "thumbv7em-none-eabi",
    "thumbv7em-none-eabihf",
    "thumbv8m.main-none-eabi",
    "riscv32imc-unknown-none-elf",
    "riscv32imac-unknown-none-elf",
    "x86_64-unknown-linux-gnu",
    "aarch64-unknown-linux-gnu",
];

fn arch_of(target: &str) -> Result<(Architecture, u32)> {
    let arm_soft = elf::EF_ARM_EABI_VER5.0 | elf::EF_ARM_ABI_FLOAT_SOFT;
    let arm_hard = elf::EF_ARM_EABI_VER5.0 | elf::EF_ARM_ABI_FLOAT_HARD;
    Ok(match target {
        t if t.starts_with("thumb") && t.ends_with("eabihf") => (Architecture::Arm, arm_hard),
        t if t.starts_with("thumb") => (Architecture::Arm, arm_soft),
        t if t.starts_with("riscv32") => {
            let rvc = if t.split('-').next().is_some_and(|isa| isa.contains('c')) { elf::EF_RISCV_RVC.0 } else { 0 };
            (Architecture::Riscv32, rvc)
        }
        t if t.starts_with("x86_64-") => (Architecture::X86_64, 0),
        t if t.starts_with("aarch64-") => (Architecture::Aarch64, 0),
        _ => {
            return Err(Error(format!("unsupported target '{target}' (supported: {})", TARGETS.join(", "))));
        }
    })
}

/// An ELF object for `target` (a Rust target triple) with `table` under `SYMBOL`.
pub fn write_object(table: &[u8], target: &str) -> Result<Vec<u8>> {
    let (arch, e_flags) = arch_of(target)?;
    let mut obj = Object::new(BinaryFormat::Elf, arch, Endianness::Little);
    obj.flags = FileFlags::Elf { os_abi: elf::ELFOSABI_NONE, abi_version: 0, e_flags: elf::FileFlags(e_flags) };
    let section = obj.add_section(Vec::new(), SECTION.as_bytes().to_vec(), SectionKind::ReadOnlyData);
    let sym = obj.add_symbol(Symbol {
        name: SYMBOL.as_bytes().to_vec(),
        value: 0,
        size: 0,
        kind: SymbolKind::Data,
        scope: SymbolScope::Linkage,
        weak: false,
        section: SymbolSection::Undefined,
        flags: SymbolFlags::None,
    });
    obj.add_symbol_data(sym, section, table, 4);
    obj.write().map_err(|e| Error(format!("cannot write the frozen object: {e}")))
}
