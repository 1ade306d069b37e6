//! Reader of a frozen-module table (`docs/frozen-format.md`): the code
//! images of many modules in one read-only blob that a board links into
//! flash. Modules execute in place from it; nothing is copied to RAM.
//!
//! Frozen code is trusted (the toolchain built it), so only the table's
//! own structure is checked here, once, when a board opens it.

use crate::image::{Image, ImageError};

pub const MAGIC: [u8; 4] = *b"FPYF";
pub const FORMAT_VERSION: u16 = 1;
pub const HEADER_SIZE: usize = 16;
pub const ENTRY_SIZE: usize = 16;

/// Byte offsets of the table's header and entries (`docs/frozen-format.md`), shared by the
/// reader and the writer (`frozen_write.rs`).
pub mod layout {
    pub const MAGIC: usize = 0;
    pub const VERSION: usize = 4;
    pub const FLAGS: usize = 6;
    pub const LENGTH: usize = 8;
    pub const COUNT: usize = 12;
    // An entry.
    pub const NAME_OFFSET: usize = 0;
    pub const NAME_LEN: usize = 4;
    pub const ENTRY_FLAGS: usize = 6;
    pub const IMAGE_OFFSET: usize = 8;
    pub const IMAGE_LEN: usize = 12;
}
use layout as L;

/// Entry flag: the module is a package (`pkg/__init__.py`).
pub const FLAG_PACKAGE: u16 = 1;

/// Why a frozen table was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrozenError {
    TooShort,
    BadMagic,
    BadVersion(u16),
    LengthMismatch {
        header: u32,
        actual: usize,
    },
    /// Entry `i` points outside the table or its name is not UTF-8.
    BadEntry(usize),
    /// Entry `i`'s names are not in strictly increasing order.
    Unsorted(usize),
    /// Entry `i`'s code image is malformed.
    BadImage(usize, ImageError),
}

impl core::fmt::Display for FrozenError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            FrozenError::TooShort => write!(f, "frozen module table: shorter than its header"),
            FrozenError::BadMagic => write!(f, "frozen module table: bad magic (expected FPYF)"),
            FrozenError::BadVersion(v) => write!(
                f,
                "frozen module table format version {v} is not supported (this frostpy reads version {FORMAT_VERSION}); freeze again"
            ),
            FrozenError::LengthMismatch { header, actual } => {
                write!(f, "frozen module table: header says {header} bytes, found {actual}")
            }
            FrozenError::BadEntry(i) => write!(f, "frozen module table: entry {i} is out of bounds"),
            FrozenError::Unsorted(i) => write!(f, "frozen module table: entry {i} is out of order"),
            FrozenError::BadImage(i, e) => write!(f, "frozen module table: entry {i}: {e}"),
        }
    }
}

/// One frozen module: its dotted name and its code image (in place).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrozenModule<'a> {
    pub name: &'a str,
    pub image: &'a [u8],
    pub is_package: bool,
}

/// A checked frozen table.
#[derive(Clone, Copy)]
pub struct FrozenTable<'a> {
    bytes: &'a [u8],
}

fn rd32(b: &[u8], off: usize) -> u32 {
    match b.get(off..off + 4) {
        Some(s) => u32::from_le_bytes([s[0], s[1], s[2], s[3]]),
        None => 0,
    }
}

fn rd16(b: &[u8], off: usize) -> u16 {
    match b.get(off..off + 2) {
        Some(s) => u16::from_le_bytes([s[0], s[1]]),
        None => 0,
    }
}

impl<'a> FrozenTable<'a> {
    /// An empty table (a board without frozen modules).
    pub const EMPTY: FrozenTable<'static> = FrozenTable { bytes: &[] };

    /// Check the header, every entry's bounds, name order and image header.
    pub fn new(bytes: &'a [u8]) -> Result<FrozenTable<'a>, FrozenError> {
        if bytes.len() < HEADER_SIZE {
            return Err(FrozenError::TooShort);
        }
        if bytes[L::MAGIC..L::MAGIC + 4] != MAGIC {
            return Err(FrozenError::BadMagic);
        }
        let v = rd16(bytes, L::VERSION);
        if v != FORMAT_VERSION {
            return Err(FrozenError::BadVersion(v));
        }
        let len = rd32(bytes, L::LENGTH);
        if len as usize != bytes.len() {
            return Err(FrozenError::LengthMismatch { header: len, actual: bytes.len() });
        }
        let table = FrozenTable { bytes };
        let n = table.len();
        if n.checked_mul(ENTRY_SIZE).and_then(|e| e.checked_add(HEADER_SIZE)).is_none_or(|end| end > bytes.len()) {
            return Err(FrozenError::TooShort);
        }
        let mut prev: Option<&str> = None;
        for i in 0..n {
            let m = table.raw_entry(i).ok_or(FrozenError::BadEntry(i))?;
            if prev.is_some_and(|p| p >= m.name) {
                return Err(FrozenError::Unsorted(i));
            }
            Image::new(m.image).map_err(|e| FrozenError::BadImage(i, e))?;
            prev = Some(m.name);
        }
        Ok(table)
    }

    /// Number of modules.
    pub fn len(&self) -> usize {
        if self.bytes.is_empty() {
            0
        } else {
            rd32(self.bytes, L::COUNT) as usize
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The whole table as linked.
    pub fn bytes(&self) -> &'a [u8] {
        self.bytes
    }

    fn raw_entry(&self, i: usize) -> Option<FrozenModule<'a>> {
        let e = HEADER_SIZE + i * ENTRY_SIZE;
        let name_off = rd32(self.bytes, e + L::NAME_OFFSET) as usize;
        let name_len = rd16(self.bytes, e + L::NAME_LEN) as usize;
        let flags = rd16(self.bytes, e + L::ENTRY_FLAGS);
        let (img_off, img_len) =
            (rd32(self.bytes, e + L::IMAGE_OFFSET) as usize, rd32(self.bytes, e + L::IMAGE_LEN) as usize);
        let name = self.bytes.get(name_off..name_off.checked_add(name_len)?)?;
        let image = self.bytes.get(img_off..img_off.checked_add(img_len)?)?;
        Some(FrozenModule { name: core::str::from_utf8(name).ok()?, image, is_package: flags & FLAG_PACKAGE != 0 })
    }

    /// Module `i` in name order.
    pub fn get(&self, i: usize) -> Option<FrozenModule<'a>> {
        if i < self.len() {
            self.raw_entry(i)
        } else {
            None
        }
    }

    /// Find a module by dotted name (binary search: names are sorted).
    pub fn find(&self, name: &str) -> Option<FrozenModule<'a>> {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            let m = self.raw_entry(mid)?;
            match m.name.cmp(name) {
                core::cmp::Ordering::Equal => return Some(m),
                core::cmp::Ordering::Less => lo = mid + 1,
                core::cmp::Ordering::Greater => hi = mid,
            }
        }
        None
    }

    /// All modules in name order.
    pub fn iter(&self) -> impl Iterator<Item = FrozenModule<'a>> + '_ {
        (0..self.len()).filter_map(|i| self.raw_entry(i))
    }
}
