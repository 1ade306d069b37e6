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

/// Byte offsets and sizes of the image layout (`docs/fpc-format.md`), shared by the reader,
/// the writer, the verifier and the disassembler.
pub mod layout {
    // Image header.
    pub const MAGIC: usize = 0;
    pub const VERSION: usize = 4;
    pub const FLAGS: usize = 6;
    pub const LENGTH: usize = 8;
    pub const STRINGS: usize = 12;
    pub const N_STRINGS: usize = 16;
    pub const CONSTS: usize = 20;
    pub const N_CONSTS: usize = 24;
    pub const CODES: usize = 28;
    pub const N_CODES: usize = 32;
    pub const SOURCE_NAME: usize = 36;

    /// A string table entry: offset, length, hash (u32 each).
    pub const STRING_ENTRY: usize = 12;
    pub const STRING_LEN: usize = 4;
    pub const STRING_HASH: usize = 8;
    /// A constant table entry: kind (u8, then 3 zero bytes), payload (u32).
    pub const CONST_ENTRY: usize = 8;
    pub const CONST_PAYLOAD: usize = 4;
    /// A code table entry: the code object's offset.
    pub const CODE_ENTRY: usize = 4;
    /// A tuple constant's payload: u32 count, then the u32 constant indexes.
    pub const TUPLE_ITEMS: usize = 4;
    /// A big-int constant's payload: u32 limb count | sign << 31, then the limbs.
    pub const BIGINT_LIMBS: usize = 4;

    // Code object header.
    pub const CODE_NAME: usize = 0;
    pub const CODE_FLAGS: usize = 4;
    pub const CODE_N_REGS: usize = 6;
    pub const CODE_N_PARAMS: usize = 7;
    pub const CODE_N_DEFAULTS: usize = 8;
    pub const CODE_N_KWONLY: usize = 9;
    pub const CODE_RESERVED: usize = 10;
    pub const CODE_N_FREE: usize = 11;
    pub const CODE_FIRST_LINE: usize = 12;
    /// The arrays of a code object: each an (offset, count) pair of u32 at these header
    /// offsets (the count at `+ ARRAY_COUNT`), with entries of these sizes.
    pub const ARRAY_COUNT: usize = 4;
    pub const INSTRS: usize = 16;
    pub const INSTR_SIZE: usize = 4;
    pub const CODE_CONSTS: usize = 24;
    pub const CODE_CONST_SIZE: usize = 4;
    pub const NAMES: usize = 32;
    pub const NAME_SIZE: usize = 4;
    pub const LINES: usize = 40;
    pub const LINE_SIZE: usize = 8;
    pub const HANDLERS: usize = 48;
    pub const HANDLER_SIZE: usize = 16;
    pub const VARNAMES: usize = 56;
    pub const VARNAME_SIZE: usize = 4;
    pub const FREEVARS: usize = 64;
    pub const FREEVAR_SIZE: usize = 4;
    /// Every array of a code object: (header offset, entry size).
    pub const ARRAYS: [(usize, usize); 7] = [
        (INSTRS, INSTR_SIZE),
        (CODE_CONSTS, CODE_CONST_SIZE),
        (NAMES, NAME_SIZE),
        (LINES, LINE_SIZE),
        (HANDLERS, HANDLER_SIZE),
        (VARNAMES, VARNAME_SIZE),
        (FREEVARS, FREEVAR_SIZE),
    ];
}
use layout as L;

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
        if bytes[L::MAGIC..L::MAGIC + 4] != MAGIC {
            return Err(ImageError::BadMagic);
        }
        let v = rd16(bytes, L::VERSION);
        if v != FORMAT_VERSION {
            return Err(ImageError::BadVersion(v));
        }
        let len = rd32(bytes, L::LENGTH);
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
        self.u32_at(L::N_STRINGS) as usize
    }
    pub fn n_consts(&self) -> usize {
        self.u32_at(L::N_CONSTS) as usize
    }
    pub fn n_codes(&self) -> usize {
        self.u32_at(L::N_CODES) as usize
    }
    pub fn source_name(&self) -> &'a str {
        self.str(self.u32_at(L::SOURCE_NAME) as usize)
    }

    /// Raw bytes of string `i` (empty if out of range).
    pub fn string_bytes(&self, i: usize) -> &'a [u8] {
        let e = self.u32_at(L::STRINGS) as usize + i * L::STRING_ENTRY;
        let (off, len) = (self.u32_at(e) as usize, self.u32_at(e + L::STRING_LEN) as usize);
        self.bytes.get(off..off.saturating_add(len)).unwrap_or(&[])
    }
    /// String `i` as text; images hold valid UTF-8 (the verifier checks it).
    pub fn str(&self, i: usize) -> &'a str {
        core::str::from_utf8(self.string_bytes(i)).unwrap_or("")
    }
    pub fn string_hash(&self, i: usize) -> u32 {
        self.u32_at(self.u32_at(L::STRINGS) as usize + i * L::STRING_ENTRY + L::STRING_HASH)
    }

    /// Kind and payload of constant `i`.
    pub fn constant(&self, i: usize) -> (u8, u32) {
        let e = self.u32_at(L::CONSTS) as usize + i * L::CONST_ENTRY;
        (self.bytes.get(e).copied().unwrap_or(0), self.u32_at(e + L::CONST_PAYLOAD))
    }
    pub fn i64_at(&self, off: usize) -> i64 {
        (self.u32_at(off) as u64 | (self.u32_at(off + 4) as u64) << 32) as i64
    }
    pub fn f64_at(&self, off: usize) -> f64 {
        f64::from_bits(self.i64_at(off) as u64)
    }

    /// Code object `i`.
    pub fn code(&self, i: usize) -> Code<'a> {
        Code { image: *self, off: self.u32_at(self.u32_at(L::CODES) as usize + i * L::CODE_ENTRY) as usize }
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
        self.image.str(self.h32(L::CODE_NAME) as usize)
    }
    /// What pushing a frame needs, read at once: (flags, registers, parameters, keyword-only, free).
    #[inline]
    pub fn frame_info(&self) -> (u16, usize, usize, usize, usize) {
        let h: [u8; 8] = match self.image.bytes.get(self.off + L::CODE_FLAGS..self.off + L::CODE_FIRST_LINE) {
            Some(b) => b.try_into().unwrap_or([0; 8]),
            None => [0; 8],
        };
        let at = |f: usize| h[f - L::CODE_FLAGS];
        (
            u16::from_le_bytes([at(L::CODE_FLAGS), at(L::CODE_FLAGS + 1)]),
            at(L::CODE_N_REGS) as usize,
            at(L::CODE_N_PARAMS) as usize,
            at(L::CODE_N_KWONLY) as usize,
            at(L::CODE_N_FREE) as usize,
        )
    }
    pub fn name_index(&self) -> usize {
        self.h32(L::CODE_NAME) as usize
    }
    pub fn flags(&self) -> u16 {
        rd16(self.image.bytes, self.off + L::CODE_FLAGS)
    }
    pub fn n_regs(&self) -> usize {
        self.h8(L::CODE_N_REGS)
    }
    pub fn n_params(&self) -> usize {
        self.h8(L::CODE_N_PARAMS)
    }
    pub fn n_defaults(&self) -> usize {
        self.h8(L::CODE_N_DEFAULTS)
    }
    pub fn n_kwonly(&self) -> usize {
        self.h8(L::CODE_N_KWONLY)
    }
    pub fn n_free(&self) -> usize {
        self.h8(L::CODE_N_FREE)
    }
    pub fn first_line(&self) -> u32 {
        self.h32(L::CODE_FIRST_LINE)
    }
    pub fn n_instrs(&self) -> usize {
        self.h32(L::INSTRS + L::ARRAY_COUNT) as usize
    }
    /// Instruction `pc` (a `Nop`-free zero word past the end).
    #[inline(always)]
    pub fn instr(&self, pc: usize) -> Instr {
        Instr(self.image.u32_at(self.h32(L::INSTRS) as usize + pc * L::INSTR_SIZE))
    }
    /// The instructions as raw bytes, for the interpreter's fetch loop.
    pub fn instr_bytes(&self) -> &'a [u8] {
        let off = self.h32(L::INSTRS) as usize;
        let n = self.n_instrs() * L::INSTR_SIZE;
        self.image.bytes.get(off..off.saturating_add(n)).unwrap_or(&[])
    }
    pub fn n_consts(&self) -> usize {
        self.h32(L::CODE_CONSTS + L::ARRAY_COUNT) as usize
    }
    /// Index into the image's constant table of this code's constant `k`.
    pub fn const_index(&self, k: usize) -> usize {
        self.image.u32_at(self.h32(L::CODE_CONSTS) as usize + k * L::CODE_CONST_SIZE) as usize
    }
    pub fn n_names(&self) -> usize {
        self.h32(L::NAMES + L::ARRAY_COUNT) as usize
    }
    /// String index of this code's name `n`.
    pub fn name_at(&self, n: usize) -> usize {
        self.image.u32_at(self.h32(L::NAMES) as usize + n * L::NAME_SIZE) as usize
    }
    /// Source line of instruction `pc`.
    pub fn line_of(&self, pc: usize) -> u32 {
        let (off, n) = (self.h32(L::LINES) as usize, self.h32(L::LINES + L::ARRAY_COUNT) as usize);
        let mut line = self.first_line();
        // Binary search for the last entry with entry.pc <= pc.
        let (mut lo, mut hi) = (0usize, n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.image.u32_at(off + mid * L::LINE_SIZE) as usize <= pc {
                line = self.image.u32_at(off + mid * L::LINE_SIZE + 4);
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        line
    }
    pub fn n_lines(&self) -> usize {
        self.h32(L::LINES + L::ARRAY_COUNT) as usize
    }
    pub fn line_entry(&self, i: usize) -> (u32, u32) {
        let off = self.h32(L::LINES) as usize + i * L::LINE_SIZE;
        (self.image.u32_at(off), self.image.u32_at(off + 4))
    }
    pub fn n_handlers(&self) -> usize {
        self.h32(L::HANDLERS + L::ARRAY_COUNT) as usize
    }
    /// Exception table entry `i`: (start, end, handler, register).
    pub fn handler(&self, i: usize) -> (usize, usize, usize, usize) {
        let off = self.h32(L::HANDLERS) as usize + i * L::HANDLER_SIZE;
        let g = |k: usize| self.image.u32_at(off + k * 4) as usize;
        (g(0), g(1), g(2), g(3))
    }
    /// The innermost handler covering `pc`: (handler pc, register).
    pub fn find_handler(&self, pc: usize) -> Option<(usize, usize)> {
        (0..self.n_handlers()).map(|i| self.handler(i)).find(|h| h.0 <= pc && pc < h.1).map(|h| (h.2, h.3))
    }
    pub fn n_varnames(&self) -> usize {
        self.h32(L::VARNAMES + L::ARRAY_COUNT) as usize
    }
    /// Name of register `r` (empty for temporaries).
    pub fn varname(&self, r: usize) -> &'a str {
        if r >= self.n_varnames() {
            return "";
        }
        self.image.str(self.varname_index(r))
    }
    pub fn varname_index(&self, r: usize) -> usize {
        self.image.u32_at(self.h32(L::VARNAMES) as usize + r * L::VARNAME_SIZE) as usize
    }
    /// Free variable `i`: (register in the creating frame, register in this frame).
    pub fn freevar(&self, i: usize) -> (usize, usize) {
        let w = self.image.u32_at(self.h32(L::FREEVARS) as usize + i * L::FREEVAR_SIZE);
        ((w & 0xff) as usize, (w >> 8 & 0xff) as usize)
    }
}
