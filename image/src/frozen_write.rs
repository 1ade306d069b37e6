//! Writer of the frozen table (`docs/frozen-format.md`); `crate::frozen` reads it.

use crate::frozen::{ENTRY_SIZE, FLAG_PACKAGE, FORMAT_VERSION, HEADER_SIZE, MAGIC};
use alloc::vec::Vec;

/// One compiled module for the table.
pub struct TableModule<'a> {
    pub name: &'a str,
    pub image: &'a [u8],
    pub is_package: bool,
}

fn pad4(v: &mut Vec<u8>) {
    while !v.len().is_multiple_of(4) {
        v.push(0);
    }
}

/// Lay out a table. `modules` must be sorted by name without duplicates.
pub fn write_table(modules: &[TableModule]) -> Vec<u8> {
    let n = modules.len();
    let mut out = Vec::new();
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes()); // length, patched below
    out.extend_from_slice(&(n as u32).to_le_bytes());
    out.resize(HEADER_SIZE + n * ENTRY_SIZE, 0);
    // Names first (short, together), then the 4-aligned images.
    let mut name_at = Vec::with_capacity(n);
    for m in modules {
        name_at.push(out.len() as u32);
        out.extend_from_slice(m.name.as_bytes());
    }
    let mut image_at = Vec::with_capacity(n);
    for m in modules {
        pad4(&mut out);
        image_at.push(out.len() as u32);
        out.extend_from_slice(m.image);
    }
    pad4(&mut out);
    for (i, m) in modules.iter().enumerate() {
        let e = HEADER_SIZE + i * ENTRY_SIZE;
        let flags = if m.is_package { FLAG_PACKAGE } else { 0 };
        out[e..e + 4].copy_from_slice(&name_at[i].to_le_bytes());
        out[e + 4..e + 6].copy_from_slice(&(m.name.len() as u16).to_le_bytes());
        out[e + 6..e + 8].copy_from_slice(&flags.to_le_bytes());
        out[e + 8..e + 12].copy_from_slice(&image_at[i].to_le_bytes());
        out[e + 12..e + 16].copy_from_slice(&(m.image.len() as u32).to_le_bytes());
    }
    let len = out.len() as u32;
    out[8..12].copy_from_slice(&len.to_le_bytes());
    out
}
