//! Read-only view of a code image (`docs/fpc-format.md`), executed in place.
//!
//! Accessors never panic: a read past the end yields zeros. Images from
//! outside the toolchain must pass the verifier first, which checks every
//! offset and operand, so that zeros are never seen in practice.

use crate::opcode::Instr;

pub const MAGIC: [u8; 4] = *b"FPYC";
pub const FORMAT_VERSION: u16 = 2;
pub const HEADER_SIZE: usize = 40;
pub const CODE_HEADER_SIZE: usize = 72;

pub mod flags {
    pub const GENERATOR: u16 = 1;
    pub const CLASS_BODY: u16 = 2;
    pub const MODULE: u16 = 4;
    pub const VARARGS: u16 = 8;
    pub const VARKW: u16 = 16;
}

/// Constant kinds in the constant table.
pub mod kind {
    pub const INT: u8 = 1;
    pub const FLOAT: u8 = 2;
    pub const STR: u8 = 3;
    pub const CODE: u8 = 4;
    pub const TUPLE: u8 = 5;
    pub const BYTES: u8 = 6;
    pub const SINGLETON: u8 = 7;
    /// An int outside i64: payload is the offset of `u32 (limb count | negative << 31)`, then the limbs.
    pub const BIGINT: u8 = 8;
}

/// Why an image was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageError {
    TooShort,
    BadMagic,
    BadVersion(u16),
    LengthMismatch {
        header: u32,
        actual: usize,
    },
    /// The runtime holds at most 255 images (the program and its modules).
    TooManyImages,
}

impl core::fmt::Display for ImageError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            ImageError::TooShort => write!(f, "not a frostpy code image: shorter than its header"),
            ImageError::BadMagic => write!(f, "not a frostpy code image: bad magic (expected FPYC)"),
            ImageError::BadVersion(v) => write!(
                f,
                "code image format version {v} is not supported (this frostpy reads version {FORMAT_VERSION}); recompile the module"
            ),
            ImageError::TooManyImages => write!(f, "too many code images loaded (at most 255)"),
            ImageError::LengthMismatch { header, actual } => {
                write!(f, "code image is truncated or padded: header says {header} bytes, found {actual}")
            }
        }
    }
}

/// A code image borrowed from wherever it lies.
#[derive(Clone, Copy)]
pub struct Image<'a> {
    pub bytes: &'a [u8],
}

#[inline(always)]
fn rd32(b: &[u8], off: usize) -> u32 {
    match b.get(off..off + 4) {
        Some(s) => u32::from_le_bytes([s[0], s[1], s[2], s[3]]),
        None => 0,
    }
}

#[inline(always)]
fn rd16(b: &[u8], off: usize) -> u16 {
    match b.get(off..off + 2) {
        Some(s) => u16::from_le_bytes([s[0], s[1]]),
        None => 0,
    }
}

impl<'a> Image<'a> {
    /// Check the header and wrap the bytes.
    pub fn new(bytes: &'a [u8]) -> Result<Image<'a>, ImageError> {
        if bytes.len() < HEADER_SIZE {
            return Err(ImageError::TooShort);
        }
        if bytes[0..4] != MAGIC {
            return Err(ImageError::BadMagic);
        }
        let v = rd16(bytes, 4);
        if v != FORMAT_VERSION {
            return Err(ImageError::BadVersion(v));
        }
        let len = rd32(bytes, 8);
        if len as usize != bytes.len() {
            return Err(ImageError::LengthMismatch { header: len, actual: bytes.len() });
        }
        Ok(Image { bytes })
    }

    #[inline(always)]
    pub fn u32_at(&self, off: usize) -> u32 {
        rd32(self.bytes, off)
    }
    pub fn n_strings(&self) -> usize {
        self.u32_at(16) as usize
    }
    pub fn n_consts(&self) -> usize {
        self.u32_at(24) as usize
    }
    pub fn n_codes(&self) -> usize {
        self.u32_at(32) as usize
    }
    pub fn source_name(&self) -> &'a str {
        self.str(self.u32_at(36) as usize)
    }

    /// Raw bytes of string `i` (empty if out of range).
    pub fn string_bytes(&self, i: usize) -> &'a [u8] {
        let e = self.u32_at(12) as usize + i * 12;
        let (off, len) = (self.u32_at(e) as usize, self.u32_at(e + 4) as usize);
        self.bytes.get(off..off.saturating_add(len)).unwrap_or(&[])
    }
    /// String `i` as text; images hold valid UTF-8 (the verifier checks it).
    pub fn str(&self, i: usize) -> &'a str {
        core::str::from_utf8(self.string_bytes(i)).unwrap_or("")
    }
    pub fn string_hash(&self, i: usize) -> u32 {
        self.u32_at(self.u32_at(12) as usize + i * 12 + 8)
    }

    /// Kind and payload of constant `i`.
    pub fn constant(&self, i: usize) -> (u8, u32) {
        let e = self.u32_at(20) as usize + i * 8;
        (self.bytes.get(e).copied().unwrap_or(0), self.u32_at(e + 4))
    }
    pub fn i64_at(&self, off: usize) -> i64 {
        (self.u32_at(off) as u64 | (self.u32_at(off + 4) as u64) << 32) as i64
    }
    pub fn f64_at(&self, off: usize) -> f64 {
        f64::from_bits(self.i64_at(off) as u64)
    }

    /// Code object `i`.
    pub fn code(&self, i: usize) -> Code<'a> {
        Code { image: *self, off: self.u32_at(self.u32_at(28) as usize + i * 4) as usize }
    }
}

/// A code object inside an image.
#[derive(Clone, Copy)]
pub struct Code<'a> {
    pub image: Image<'a>,
    pub off: usize,
}

impl<'a> Code<'a> {
    #[inline(always)]
    fn h32(&self, at: usize) -> u32 {
        self.image.u32_at(self.off + at)
    }
    #[inline(always)]
    fn h8(&self, at: usize) -> usize {
        self.image.bytes.get(self.off + at).copied().unwrap_or(0) as usize
    }
    pub fn name(&self) -> &'a str {
        self.image.str(self.h32(0) as usize)
    }
    /// What pushing a frame needs, read at once: (flags, registers, parameters, keyword-only, free).
    #[inline]
    pub fn frame_info(&self) -> (u16, usize, usize, usize, usize) {
        let h: [u8; 8] = match self.image.bytes.get(self.off + 4..self.off + 12) {
            Some(b) => b.try_into().unwrap_or([0; 8]),
            None => [0; 8],
        };
        (u16::from_le_bytes([h[0], h[1]]), h[2] as usize, h[3] as usize, h[5] as usize, h[7] as usize)
    }
    pub fn name_index(&self) -> usize {
        self.h32(0) as usize
    }
    pub fn flags(&self) -> u16 {
        rd16(self.image.bytes, self.off + 4)
    }
    pub fn n_regs(&self) -> usize {
        self.h8(6)
    }
    pub fn n_params(&self) -> usize {
        self.h8(7)
    }
    pub fn n_defaults(&self) -> usize {
        self.h8(8)
    }
    pub fn n_kwonly(&self) -> usize {
        self.h8(9)
    }
    pub fn n_free(&self) -> usize {
        self.h8(11)
    }
    pub fn first_line(&self) -> u32 {
        self.h32(12)
    }
    pub fn n_instrs(&self) -> usize {
        self.h32(20) as usize
    }
    /// Instruction `pc` (a `Nop`-free zero word past the end).
    #[inline(always)]
    pub fn instr(&self, pc: usize) -> Instr {
        Instr(self.image.u32_at(self.h32(16) as usize + pc * 4))
    }
    /// The instructions as raw bytes, for the interpreter's fetch loop.
    pub fn instr_bytes(&self) -> &'a [u8] {
        let off = self.h32(16) as usize;
        let n = self.n_instrs() * 4;
        self.image.bytes.get(off..off.saturating_add(n)).unwrap_or(&[])
    }
    pub fn n_consts(&self) -> usize {
        self.h32(28) as usize
    }
    /// Index into the image's constant table of this code's constant `k`.
    pub fn const_index(&self, k: usize) -> usize {
        self.image.u32_at(self.h32(24) as usize + k * 4) as usize
    }
    pub fn n_names(&self) -> usize {
        self.h32(36) as usize
    }
    /// String index of this code's name `n`.
    pub fn name_at(&self, n: usize) -> usize {
        self.image.u32_at(self.h32(32) as usize + n * 4) as usize
    }
    /// Source line of instruction `pc`.
    pub fn line_of(&self, pc: usize) -> u32 {
        let (off, n) = (self.h32(40) as usize, self.h32(44) as usize);
        let mut line = self.first_line();
        // Binary search for the last entry with entry.pc <= pc.
        let (mut lo, mut hi) = (0usize, n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.image.u32_at(off + mid * 8) as usize <= pc {
                line = self.image.u32_at(off + mid * 8 + 4);
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        line
    }
    pub fn n_lines(&self) -> usize {
        self.h32(44) as usize
    }
    pub fn line_entry(&self, i: usize) -> (u32, u32) {
        let off = self.h32(40) as usize + i * 8;
        (self.image.u32_at(off), self.image.u32_at(off + 4))
    }
    pub fn n_handlers(&self) -> usize {
        self.h32(52) as usize
    }
    /// Exception table entry `i`: (start, end, handler, register).
    pub fn handler(&self, i: usize) -> (usize, usize, usize, usize) {
        let off = self.h32(48) as usize + i * 16;
        let g = |k: usize| self.image.u32_at(off + k * 4) as usize;
        (g(0), g(1), g(2), g(3))
    }
    /// The innermost handler covering `pc`: (handler pc, register).
    pub fn find_handler(&self, pc: usize) -> Option<(usize, usize)> {
        (0..self.n_handlers()).map(|i| self.handler(i)).find(|h| h.0 <= pc && pc < h.1).map(|h| (h.2, h.3))
    }
    pub fn n_varnames(&self) -> usize {
        self.h32(60) as usize
    }
    /// Name of register `r` (empty for temporaries).
    pub fn varname(&self, r: usize) -> &'a str {
        if r >= self.n_varnames() {
            return "";
        }
        self.image.str(self.image.u32_at(self.h32(56) as usize + r * 4) as usize)
    }
    pub fn varname_index(&self, r: usize) -> usize {
        self.image.u32_at(self.h32(56) as usize + r * 4) as usize
    }
    /// Free variable `i`: (register in the creating frame, register in this frame).
    pub fn freevar(&self, i: usize) -> (usize, usize) {
        let w = self.image.u32_at(self.h32(64) as usize + i * 4);
        ((w & 0xff) as usize, (w >> 8 & 0xff) as usize)
    }
}
