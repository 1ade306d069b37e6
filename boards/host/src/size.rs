//! `frostpy size firmware.elf`: flash and static RAM of a firmware, split
//! into the frostpy runtime, the frozen image and the rest.
//!
//! Flash is every allocated section with contents (text, rodata, the
//! initial values of data); static RAM is every writable allocated section
//! (data and bss). Bytes are attributed through the symbol table: a symbol
//! whose demangled path starts with `runtime::` is the runtime's, the
//! `frostpy_frozen` table is the frozen image, everything else (the board,
//! core/alloc, compiler builtins, and bytes no sized symbol covers:
//! padding, anonymous constants) is "rest". With LTO, runtime code inlined
//! into board functions counts as the board's.

use std::collections::BTreeMap;
use std::path::Path;

use object::elf;
use object::read::elf::{ElfFile32, SectionHeader};
use object::{Object, ObjectSection, ObjectSymbol, SymbolKind};

#[derive(Default, Clone, Copy)]
struct Split {
    runtime: u64,
    frozen: u64,
    rest: u64,
}

impl Split {
    fn total(&self) -> u64 {
        self.runtime + self.frozen + self.rest
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Owner {
    Runtime,
    Frozen,
    Rest,
}

fn owner(name: &str) -> (Owner, String) {
    if name == freeze::SYMBOL {
        return (Owner::Frozen, "frozen image".into());
    }
    let krate = crate_of(name);
    (if krate == "runtime" { Owner::Runtime } else { Owner::Rest }, krate)
}

/// The crate a symbol comes from, as well as a symbol name tells it.
fn crate_of(name: &str) -> String {
    if name.starts_with(".L") || name.starts_with("anon.") {
        return "(anonymous constants)".into();
    }
    if name.starts_with("__aeabi") || name.starts_with("__") && !name.starts_with("__ZN") || name.starts_with("mem") {
        return "compiler_builtins".into();
    }
    let d = format!("{:#}", rustc_demangle::demangle(name));
    // `<Self as Trait>::f`: the crate of Self if it is a path, else of the trait.
    let path = match d.strip_prefix('<').and_then(|rest| rest.split_once(" as ")) {
        Some((self_ty, rest)) => {
            let self_ty = self_ty
                .trim_start_matches(['&', '*', '[', '('])
                .trim_start_matches("mut ")
                .trim_start_matches("const ");
            if self_ty.contains("::") {
                self_ty.to_string()
            } else {
                rest.to_string()
            }
        }
        None => d.trim_start_matches('<').to_string(),
    };
    match path.split_once("::") {
        Some((k, _)) => k.trim_start_matches(['&', '*', '<']).to_string(),
        None => "(other)".into(),
    }
}

pub struct Report {
    flash: Split,
    ram: Split,
    by_crate: BTreeMap<String, (u64, u64)>,
    sections: Vec<(String, u64, bool, bool)>,
}

pub fn measure(path: &Path) -> Result<Report, String> {
    let data = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let file = ElfFile32::<object::Endianness>::parse(&*data)
        .map_err(|e| format!("{}: not a 32-bit ELF firmware: {e}", path.display()))?;
    let endian = file.endian();
    // Per section: (is flash, is ram, size).
    let mut kinds: BTreeMap<usize, (bool, bool, u64)> = BTreeMap::new();
    let mut sections = Vec::new();
    for s in file.sections() {
        let h = s.elf_section_header();
        let flags = h.sh_flags(endian);
        if flags.0 & elf::SHF_ALLOC.0 == 0 || s.size() == 0 {
            continue;
        }
        let nobits = h.sh_type(endian) == elf::SHT_NOBITS;
        let writable = flags.0 & elf::SHF_WRITE.0 != 0;
        let (flash, ram) = (!nobits, writable);
        kinds.insert(s.index().0, (flash, ram, s.size()));
        sections.push((s.name().unwrap_or("?").to_string(), s.size(), flash, ram));
    }
    let mut flash = Split::default();
    let mut ram = Split::default();
    let mut covered: BTreeMap<usize, u64> = BTreeMap::new();
    let mut by_crate: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for sym in file.symbols() {
        let Some(idx) = sym.section_index() else { continue };
        let Some(&(is_flash, is_ram, _)) = kinds.get(&idx.0) else { continue };
        if sym.size() == 0 || !matches!(sym.kind(), SymbolKind::Text | SymbolKind::Data | SymbolKind::Unknown) {
            continue;
        }
        let (who, krate) = owner(sym.name().unwrap_or(""));
        let n = sym.size();
        *covered.entry(idx.0).or_default() += n;
        let add = |s: &mut Split| match who {
            Owner::Runtime => s.runtime += n,
            Owner::Frozen => s.frozen += n,
            Owner::Rest => s.rest += n,
        };
        let e = by_crate.entry(krate).or_default();
        if is_flash {
            add(&mut flash);
            e.0 += n;
        }
        if is_ram {
            add(&mut ram);
            e.1 += n;
        }
    }
    // Bytes no sized symbol covers count as rest (clamped: aliases may overlap).
    for (idx, (is_flash, is_ram, size)) in &kinds {
        let left = size.saturating_sub(covered.get(idx).copied().unwrap_or(0));
        if *is_flash {
            flash.rest += left;
        }
        if *is_ram {
            ram.rest += left;
        }
        by_crate.entry("(no symbol)".into()).or_default().0 += if *is_flash { left } else { 0 };
        by_crate.entry("(no symbol)".into()).or_default().1 += if *is_ram { left } else { 0 };
    }
    Ok(Report { flash, ram, by_crate, sections })
}

impl Report {
    pub fn print(&self, verbose: bool) {
        println!("{:<14} {:>10} {:>10} {:>10} {:>10}", "", "runtime", "frozen", "rest", "total");
        for (name, s) in [("flash", self.flash), ("static RAM", self.ram)] {
            println!("{:<14} {:>10} {:>10} {:>10} {:>10}", name, s.runtime, s.frozen, s.rest, s.total());
        }
        if verbose {
            println!("\nsections:");
            for (name, size, flash, ram) in &self.sections {
                let what = match (flash, ram) {
                    (true, true) => "flash+RAM",
                    (true, false) => "flash",
                    (false, true) => "RAM",
                    _ => "",
                };
                println!("  {name:<24} {size:>10}  {what}");
            }
            println!("\nby crate (flash, static RAM):");
            let mut v: Vec<_> = self.by_crate.iter().filter(|(_, (f, r))| f + r > 0).collect();
            v.sort_by_key(|(_, (f, r))| std::cmp::Reverse(f + r));
            for (k, (f, r)) in v {
                println!("  {k:<24} {f:>10} {r:>10}");
            }
        }
    }
}
