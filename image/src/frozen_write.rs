//! Writer of the frozen table (`docs/frozen-format.md`); `crate::frozen` reads it.

use crate::frozen::layout as L;
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
    out.resize(HEADER_SIZE + n * ENTRY_SIZE, 0);
    out[L::MAGIC..L::MAGIC + 4].copy_from_slice(&MAGIC);
    out[L::VERSION..L::VERSION + 2].copy_from_slice(&FORMAT_VERSION.to_le_bytes());
    out[L::FLAGS..L::FLAGS + 2].copy_from_slice(&0u16.to_le_bytes());
    out[L::COUNT..L::COUNT + 4].copy_from_slice(&(n as u32).to_le_bytes());
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
        let mut put = |at: usize, b: &[u8]| out[e + at..e + at + b.len()].copy_from_slice(b);
        put(L::NAME_OFFSET, &name_at[i].to_le_bytes());
        put(L::NAME_LEN, &(m.name.len() as u16).to_le_bytes());
        put(L::ENTRY_FLAGS, &flags.to_le_bytes());
        put(L::IMAGE_OFFSET, &image_at[i].to_le_bytes());
        put(L::IMAGE_LEN, &(m.image.len() as u32).to_le_bytes());
    }
    let len = out.len() as u32;
    out[L::LENGTH..L::LENGTH + 4].copy_from_slice(&len.to_le_bytes());
    out
}
