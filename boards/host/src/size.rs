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

mod component;
use component::Component;

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
    match crate_path(name).split_once("::") {
        Some((k, _)) => k.trim_start_matches(['&', '*', '<']).to_string(),
        None => "(other)".into(),
    }
}

/// The demangled path that says where a symbol's code comes from: for `<Self as Trait>::f`,
/// the path of `Self` if it has one (`f32`/`f64` count as paths: float code), else the trait's.
fn crate_path(name: &str) -> String {
    let d = format!("{:#}", rustc_demangle::demangle(name));
    match d.strip_prefix('<').and_then(|rest| rest.split_once(" as ")) {
        Some((self_ty, rest)) => {
            let self_ty = self_ty
                .trim_start_matches(['&', '*', '[', '('])
                .trim_start_matches("mut ")
                .trim_start_matches("const ");
            if self_ty.contains("::") {
                self_ty.to_string()
            } else if self_ty == "f32" || self_ty == "f64" {
                format!("{self_ty}::{rest}")
            } else {
                rest.to_string()
            }
        }
        None => d.trim_start_matches('<').to_string(),
    }
}

pub struct Report {
    flash: Split,
    ram: Split,
    by_crate: BTreeMap<String, (u64, u64)>,
    by_component: BTreeMap<Component, (u64, u64)>,
    sections: Vec<(String, u64, bool, bool)>,
}

/// How `--by` and `--compare` group the bytes.
#[derive(Clone, Copy, PartialEq, Eq, Debug, clap::ValueEnum)]
pub enum By {
    /// frostpy's parts: runtime VM, interpreter loop, builtins, modules, compiler, float, ...
    Component,
    /// The crate each symbol comes from.
    Crate,
}

pub fn measure(path: &Path) -> Result<Report, String> {
    let data = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let file = ElfFile32::<object::Endianness>::parse(&*data)
        .map_err(|e| format!("{}: not a 32-bit ELF firmware: {e}", path.display()))?;
    let endian = file.endian();
    // Per section: (is flash, is ram, size, name).
    let mut kinds: BTreeMap<usize, (bool, bool, u64, String)> = BTreeMap::new();
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
        let name = s.name().unwrap_or("?").to_string();
        kinds.insert(s.index().0, (flash, ram, s.size(), name.clone()));
        sections.push((name, s.size(), flash, ram));
    }
    let mut flash = Split::default();
    let mut ram = Split::default();
    let mut covered: BTreeMap<usize, u64> = BTreeMap::new();
    let mut by_crate: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let mut by_component: BTreeMap<Component, (u64, u64)> = BTreeMap::new();
    for sym in file.symbols() {
        let Some(idx) = sym.section_index() else { continue };
        let Some((is_flash, is_ram, _, section)) = kinds.get(&idx.0) else { continue };
        if sym.size() == 0 || !matches!(sym.kind(), SymbolKind::Text | SymbolKind::Data | SymbolKind::Unknown) {
            continue;
        }
        let name = sym.name().unwrap_or("");
        let (who, krate) = owner(name);
        let n = sym.size();
        *covered.entry(idx.0).or_default() += n;
        let add = |s: &mut Split| match who {
            Owner::Runtime => s.runtime += n,
            Owner::Frozen => s.frozen += n,
            Owner::Rest => s.rest += n,
        };
        let (f, r) = (if *is_flash { n } else { 0 }, if *is_ram { n } else { 0 });
        if *is_flash {
            add(&mut flash);
        }
        if *is_ram {
            add(&mut ram);
        }
        for (map_f, map_r) in
            [by_crate.entry(krate).or_default(), by_component.entry(component::of(name, section)).or_default()]
                .into_iter()
                .map(|e| (&mut e.0, &mut e.1))
        {
            *map_f += f;
            *map_r += r;
        }
    }
    // Bytes no sized symbol covers count as rest (clamped: aliases may overlap).
    for (idx, (is_flash, is_ram, size, _)) in &kinds {
        let left = size.saturating_sub(covered.get(idx).copied().unwrap_or(0));
        let (f, r) = (if *is_flash { left } else { 0 }, if *is_ram { left } else { 0 });
        flash.rest += f;
        ram.rest += r;
        for e in [
            by_crate.entry("(no symbol)".into()).or_default(),
            by_component.entry(Component::Unattributed).or_default(),
        ] {
            e.0 += f;
            e.1 += r;
        }
    }
    Ok(Report { flash, ram, by_crate, by_component, sections })
}

/// `1234567` as `1,234,567`.
fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

impl Report {
    pub fn flash(&self) -> u64 {
        self.flash.total()
    }

    pub fn ram(&self) -> u64 {
        self.ram.total()
    }

    /// (name, flash, static RAM) per group, in a stable order: components in their
    /// fixed order (all of them, zeros too, so that two firmwares line up), crates
    /// by size.
    pub fn groups(&self, by: By) -> Vec<(String, u64, u64)> {
        match by {
            By::Component => Component::ALL
                .iter()
                .map(|c| {
                    let (f, r) = self.by_component.get(c).copied().unwrap_or_default();
                    (c.label().to_string(), f, r)
                })
                .collect(),
            By::Crate => {
                let mut v: Vec<_> = self
                    .by_crate
                    .iter()
                    .filter(|(_, (f, r))| f + r > 0)
                    .map(|(k, (f, r))| (k.clone(), *f, *r))
                    .collect();
                v.sort_by_key(|(k, f, r)| (std::cmp::Reverse(f + r), k.clone()));
                v
            }
        }
    }

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
            for (k, f, r) in self.groups(By::Crate) {
                println!("  {k:<24} {f:>10} {r:>10}");
            }
        }
    }

    /// The flash and static RAM of each group, with its share of the flash.
    pub fn print_by(&self, by: By) {
        let head = if by == By::Component { "component" } else { "crate" };
        println!("{head:<24} {:>10} {:>7} {:>11}", "flash", "", "static RAM");
        for (k, f, r) in self.groups(by) {
            let share = 100.0 * f as f64 / self.flash().max(1) as f64;
            println!("{k:<24} {:>10} {share:>6.1}% {:>11}", thousands(f as i64), thousands(r as i64));
        }
        println!(
            "{:<24} {:>10} {:>7} {:>11}",
            "total",
            thousands(self.flash() as i64),
            "",
            thousands(self.ram() as i64)
        );
    }

    /// Flash per group of `self` (the firmware) against `base` (`--compare OTHER`), and the
    /// change from `base` to `self`; static RAM in the total line.
    pub fn print_compare(&self, base: &Report, by: By, names: (&str, &str)) {
        let head = if by == By::Component { "component (flash)" } else { "crate (flash)" };
        let (this, other) = names;
        println!("before: {other}\nafter:  {this}\n");
        println!("{head:<24} {:>12} {:>12} {:>10}", "before", "after", "change");
        let mine = self.groups(by);
        let theirs = base.groups(by);
        // Every group either side has, in `self`'s order, then those only `base` has.
        let mut keys: Vec<String> = mine.iter().map(|g| g.0.clone()).collect();
        keys.extend(theirs.iter().map(|g| g.0.clone()).filter(|k| !mine.iter().any(|g| &g.0 == k)));
        let get = |v: &[(String, u64, u64)], k: &str| v.iter().find(|g| g.0 == k).map_or(0, |g| g.1);
        for k in keys {
            let (a, b) = (get(&theirs, &k), get(&mine, &k));
            println!("{k:<24} {:>12} {:>12} {:>10}", thousands(a as i64), thousands(b as i64), signed(b, a));
        }
        for (label, a, b) in [("total flash", base.flash(), self.flash()), ("static RAM", base.ram(), self.ram())] {
            println!("{label:<24} {:>12} {:>12} {:>10}", thousands(a as i64), thousands(b as i64), signed(b, a));
        }
    }

    /// Totals and components as one JSON object (for tools/footprint.py).
    pub fn json(&self) -> String {
        let parts: Vec<String> = self
            .groups(By::Component)
            .iter()
            .map(|(k, f, r)| format!("\"{k}\": {{\"flash\": {f}, \"ram\": {r}}}"))
            .collect();
        format!("{{\"flash\": {}, \"ram\": {}, \"components\": {{{}}}}}", self.flash(), self.ram(), parts.join(", "))
    }
}

fn signed(new: u64, old: u64) -> String {
    let d = new as i64 - old as i64;
    if d > 0 {
        format!("+{}", thousands(d))
    } else {
        thousands(d)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands() {
        assert_eq!(super::thousands(0), "0");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(1000), "1,000");
        assert_eq!(super::thousands(-667356), "-667,356");
    }
}
