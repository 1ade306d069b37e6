//! Writing code images (`docs/fpc-format.md`); `crate::image::Image` reads them.
//!
//! The builder interns strings and constants (each distinct value stored
//! once) and collects code objects; `finish` lays everything out:
//! header, string table, constant table, code table, then the payloads
//! (string bytes, numbers, tuples) and the code objects, every table
//! 4-aligned, all integers little-endian.

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use crate::hash::hash_bytes;
use crate::image::layout as L;
use crate::image::{kind, CODE_HEADER_SIZE, FORMAT_VERSION, HEADER_SIZE, MAGIC};
use alloc::collections::BTreeMap;

/// A constant of the image's constant table.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Int(i64),
    /// An int outside i64.
    BigInt {
        neg: bool,
        limbs: Vec<u32>,
    },
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    /// A code object, by code index.
    Code(u32),
    /// A tuple of constants, by constant index.
    Tuple(Vec<u32>),
    None,
    True,
    False,
    Ellipsis,
}

/// Hashable identity of a constant (floats by their bits, so `0.0` and
/// `-0.0` stay distinct and NaN dedups with itself).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum ConstKey {
    Int(i64),
    BigInt(bool, Vec<u32>),
    Float(u64),
    Str(u32),
    Bytes(u32),
    Code(u32),
    Tuple(Vec<u32>),
    Singleton(u32),
}

/// One code object before layout. Indexes are image-wide: `consts` holds
/// constant-table indexes, `names` and `varnames` string indexes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CodeObject {
    pub name: u32,
    pub flags: u16,
    pub n_regs: u8,
    pub n_params: u8,
    pub n_defaults: u8,
    pub n_kwonly: u8,
    pub first_line: u32,
    pub instrs: Vec<u32>,
    pub consts: Vec<u32>,
    pub names: Vec<u32>,
    /// `(pc, line)`, sorted by pc.
    pub lines: Vec<(u32, u32)>,
    /// `(start, end, handler, register)`, innermost first.
    pub handlers: Vec<(u32, u32, u32, u32)>,
    pub varnames: Vec<u32>,
    /// `(parent register, own register)`.
    pub freevars: Vec<(u8, u8)>,
}

/// Interns strings and constants, collects code objects, writes the image.
pub struct ImageBuilder {
    strings: Vec<Vec<u8>>,
    string_ids: BTreeMap<Vec<u8>, u32>,
    consts: Vec<Const>,
    const_ids: BTreeMap<ConstKey, u32>,
    codes: Vec<Option<CodeObject>>,
    source_name: u32,
}

impl ImageBuilder {
    pub fn new(source_name: &str) -> ImageBuilder {
        let mut b = ImageBuilder {
            strings: Vec::new(),
            string_ids: BTreeMap::new(),
            consts: Vec::new(),
            const_ids: BTreeMap::new(),
            codes: Vec::new(),
            source_name: 0,
        };
        b.source_name = b.string(source_name);
        b
    }

    /// Index of a string (identifier or `str` constant text), interned.
    pub fn string(&mut self, s: &str) -> u32 {
        self.string_bytes(s.as_bytes())
    }

    /// Index of a byte string in the string table, interned.
    pub fn string_bytes(&mut self, s: &[u8]) -> u32 {
        if let Some(&i) = self.string_ids.get(s) {
            return i;
        }
        let i = self.strings.len() as u32;
        self.strings.push(s.to_vec());
        self.string_ids.insert(s.to_vec(), i);
        i
    }

    /// Index of a constant in the constant table, interned.
    pub fn constant(&mut self, c: Const) -> u32 {
        let key = match &c {
            Const::Int(v) => ConstKey::Int(*v),
            Const::BigInt { neg, limbs } => ConstKey::BigInt(*neg, limbs.clone()),
            Const::Float(f) => ConstKey::Float(f.to_bits()),
            Const::Str(s) => ConstKey::Str(self.string(s)),
            Const::Bytes(b) => ConstKey::Bytes(self.string_bytes(b)),
            Const::Code(i) => ConstKey::Code(*i),
            Const::Tuple(items) => ConstKey::Tuple(items.clone()),
            Const::None => ConstKey::Singleton(0),
            Const::True => ConstKey::Singleton(1),
            Const::False => ConstKey::Singleton(2),
            Const::Ellipsis => ConstKey::Singleton(3),
        };
        if let Some(&i) = self.const_ids.get(&key) {
            return i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(c);
        self.const_ids.insert(key, i);
        i
    }

    /// Reserve the next code index (filled later by `set_code`), so a
    /// code object can be referenced before it is compiled.
    pub fn reserve_code(&mut self) -> u32 {
        self.codes.push(None);
        self.codes.len() as u32 - 1
    }

    pub fn set_code(&mut self, index: u32, code: CodeObject) {
        self.codes[index as usize] = Some(code);
    }

    /// Append a code object; returns its code index.
    pub fn add_code(&mut self, code: CodeObject) -> u32 {
        self.codes.push(Some(code));
        self.codes.len() as u32 - 1
    }

    pub fn n_codes(&self) -> usize {
        self.codes.len()
    }

    /// Lay out the image. Reserved but never set code indexes become
    /// empty code objects (they should not happen).
    pub fn finish(self) -> Vec<u8> {
        let mut w = Writer { buf: vec![0; HEADER_SIZE] };
        let n_str = self.strings.len();
        let n_const = self.consts.len();
        let n_code = self.codes.len();

        let str_table = w.reserve(n_str * L::STRING_ENTRY);
        let const_table = w.reserve(n_const * L::CONST_ENTRY);
        let code_table = w.reserve(n_code * L::CODE_ENTRY);

        // String bytes, packed.
        for (i, s) in self.strings.iter().enumerate() {
            let off = w.buf.len();
            w.buf.extend_from_slice(s);
            let e = str_table + i * L::STRING_ENTRY;
            w.put32(e, off as u32);
            w.put32(e + L::STRING_LEN, s.len() as u32);
            w.put32(e + L::STRING_HASH, hash_bytes(s));
        }
        w.align();

        // Constants and their payloads.
        for (i, c) in self.consts.iter().enumerate() {
            let (k, payload) = match c {
                Const::Int(v) => (kind::INT, w.push_bytes(&v.to_le_bytes())),
                Const::BigInt { neg, limbs } => {
                    let off = w.buf.len() as u32;
                    w.push32(limbs.len() as u32 | (*neg as u32) << 31);
                    for &l in limbs {
                        w.push32(l);
                    }
                    (kind::BIGINT, off)
                }
                Const::Float(f) => (kind::FLOAT, w.push_bytes(&f.to_bits().to_le_bytes())),
                Const::Str(s) => (kind::STR, self.string_ids[s.as_bytes()]),
                Const::Bytes(b) => (kind::BYTES, self.string_ids[b.as_slice()]),
                Const::Code(ci) => (kind::CODE, *ci),
                Const::Tuple(items) => {
                    let off = w.buf.len() as u32;
                    w.push32(items.len() as u32);
                    for &it in items {
                        w.push32(it);
                    }
                    (kind::TUPLE, off)
                }
                Const::None => (kind::SINGLETON, 0),
                Const::True => (kind::SINGLETON, 1),
                Const::False => (kind::SINGLETON, 2),
                Const::Ellipsis => (kind::SINGLETON, 3),
            };
            let e = const_table + i * L::CONST_ENTRY;
            w.buf[e] = k;
            w.put32(e + L::CONST_PAYLOAD, payload);
        }

        // Code objects: header, then the arrays.
        let empty = CodeObject::default();
        for (i, code) in self.codes.iter().enumerate() {
            let code = code.as_ref().unwrap_or(&empty);
            let h = w.reserve(CODE_HEADER_SIZE);
            w.put32(code_table + i * L::CODE_ENTRY, h as u32);
            w.put32(h + L::CODE_NAME, code.name);
            w.buf[h + L::CODE_FLAGS..h + L::CODE_FLAGS + 2].copy_from_slice(&code.flags.to_le_bytes());
            w.buf[h + L::CODE_N_REGS] = code.n_regs;
            w.buf[h + L::CODE_N_PARAMS] = code.n_params;
            w.buf[h + L::CODE_N_DEFAULTS] = code.n_defaults;
            w.buf[h + L::CODE_N_KWONLY] = code.n_kwonly;
            w.buf[h + L::CODE_RESERVED] = 0;
            w.buf[h + L::CODE_N_FREE] = code.freevars.len() as u8;
            w.put32(h + L::CODE_FIRST_LINE, code.first_line);
            let arr = |w: &mut Writer, at: usize, words: &[u32], count: usize| {
                let off = w.buf.len() as u32;
                for &x in words {
                    w.push32(x);
                }
                w.put32(h + at, off);
                w.put32(h + at + L::ARRAY_COUNT, count as u32);
            };
            arr(&mut w, L::INSTRS, &code.instrs, code.instrs.len());
            arr(&mut w, L::CODE_CONSTS, &code.consts, code.consts.len());
            arr(&mut w, L::NAMES, &code.names, code.names.len());
            let lines: Vec<u32> = code.lines.iter().flat_map(|&(p, l)| [p, l]).collect();
            arr(&mut w, L::LINES, &lines, code.lines.len());
            let hs: Vec<u32> = code.handlers.iter().flat_map(|&(a, b, c, d)| [a, b, c, d]).collect();
            arr(&mut w, L::HANDLERS, &hs, code.handlers.len());
            arr(&mut w, L::VARNAMES, &code.varnames, code.varnames.len());
            let fv: Vec<u32> = code.freevars.iter().map(|&(p, o)| p as u32 | (o as u32) << 8).collect();
            arr(&mut w, L::FREEVARS, &fv, code.freevars.len());
        }

        // Header.
        let len = w.buf.len() as u32;
        w.buf[L::MAGIC..L::MAGIC + 4].copy_from_slice(&MAGIC);
        w.buf[L::VERSION..L::VERSION + 2].copy_from_slice(&FORMAT_VERSION.to_le_bytes());
        w.buf[L::FLAGS..L::FLAGS + 2].copy_from_slice(&0u16.to_le_bytes());
        w.put32(L::LENGTH, len);
        w.put32(L::STRINGS, str_table as u32);
        w.put32(L::N_STRINGS, n_str as u32);
        w.put32(L::CONSTS, const_table as u32);
        w.put32(L::N_CONSTS, n_const as u32);
        w.put32(L::CODES, code_table as u32);
        w.put32(L::N_CODES, n_code as u32);
        w.put32(L::SOURCE_NAME, self.source_name);
        w.buf
    }
}

struct Writer {
    buf: Vec<u8>,
}

impl Writer {
    fn align(&mut self) {
        while !self.buf.len().is_multiple_of(4) {
            self.buf.push(0);
        }
    }
    /// Append `n` zero bytes (4-aligned start); returns their offset.
    fn reserve(&mut self, n: usize) -> usize {
        self.align();
        let off = self.buf.len();
        self.buf.resize(off + n, 0);
        off
    }
    fn put32(&mut self, at: usize, v: u32) {
        self.buf[at..at + 4].copy_from_slice(&v.to_le_bytes());
    }
    fn push32(&mut self, v: u32) {
        self.align();
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    fn push_bytes(&mut self, b: &[u8]) -> u32 {
        self.align();
        let off = self.buf.len() as u32;
        self.buf.extend_from_slice(b);
        off
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::{flags, Image};
    use crate::opcode::{Instr, Op};

    #[test]
    fn round_trip() {
        let mut b = ImageBuilder::new("t.py");
        let hello = b.string("hello");
        assert_eq!(b.string("hello"), hello);
        let k_int = b.constant(Const::Int(1 << 40));
        let k_f = b.constant(Const::Float(2.5));
        let k_s = b.constant(Const::Str("hello".into()));
        let k_b = b.constant(Const::Bytes(b"hello".to_vec()));
        let k_none = b.constant(Const::None);
        let k_t = b.constant(Const::Tuple(vec![k_int, k_s]));
        assert_eq!(b.constant(Const::Int(1 << 40)), k_int);
        assert_eq!(b.constant(Const::Str("hello".into())), k_s);
        assert_ne!(b.constant(Const::Float(-0.0)), b.constant(Const::Float(0.0)));
        let x = b.string("x");
        let empty = b.string("");
        let module = b.reserve_code();
        let f = b.add_code(CodeObject {
            name: x,
            flags: flags::VARARGS,
            n_regs: 3,
            n_params: 1,
            n_defaults: 1,
            n_kwonly: 0,
            first_line: 7,
            instrs: vec![Instr::abc(Op::Return, 0, 0, 0).0],
            consts: vec![k_f, k_b],
            names: vec![x],
            lines: vec![(0, 8)],
            handlers: vec![(0, 1, 0, 2)],
            varnames: vec![x, empty],
            freevars: vec![(4, 2)],
        });
        let name = b.string("<module>");
        b.set_code(
            module,
            CodeObject {
                name,
                flags: flags::MODULE,
                n_regs: 1,
                first_line: 1,
                instrs: vec![Instr::abx(Op::LoadK, 0, 0).0, Instr::abc(Op::Return, 0, 0, 0).0],
                consts: vec![k_t, k_none],
                ..Default::default()
            },
        );
        let bytes = b.finish();
        assert_eq!(bytes.len() % 4, 0);
        let img = Image::new(&bytes).unwrap();
        assert_eq!(img.source_name(), "t.py");
        assert_eq!(img.str(hello as usize), "hello");
        assert_eq!(img.string_hash(hello as usize), hash_bytes(b"hello"));
        assert_eq!(img.n_codes(), 2);
        for t in [L::STRINGS, L::CONSTS, L::CODES] {
            assert_eq!(img.u32_at(t) % 4, 0);
        }
        let (k, p) = img.constant(k_int as usize);
        assert_eq!((k, img.i64_at(p as usize)), (kind::INT, 1 << 40));
        let (k, p) = img.constant(k_f as usize);
        assert_eq!((k, img.f64_at(p as usize)), (kind::FLOAT, 2.5));
        assert_eq!(img.constant(k_s as usize), (kind::STR, hello));
        assert_eq!(img.constant(k_b as usize), (kind::BYTES, hello));
        assert_eq!(img.constant(k_none as usize), (kind::SINGLETON, 0));
        let (k, p) = img.constant(k_t as usize);
        assert_eq!(k, kind::TUPLE);
        assert_eq!(img.u32_at(p as usize), 2);
        assert_eq!(img.u32_at(p as usize + 4), k_int);
        assert_eq!(img.u32_at(p as usize + 8), k_s);

        let m = img.code(0);
        assert_eq!(m.name(), "<module>");
        assert_eq!(m.flags(), flags::MODULE);
        assert_eq!(m.n_instrs(), 2);
        assert_eq!(m.instr(0), Instr::abx(Op::LoadK, 0, 0));
        assert_eq!(m.const_index(0), k_t as usize);
        assert_eq!(m.off % 4, 0);

        let c = img.code(f as usize);
        assert_eq!(c.off % 4, 0);
        assert_eq!((c.n_regs(), c.n_params(), c.n_defaults(), c.n_kwonly(), c.n_free()), (3, 1, 1, 0, 1));
        assert_eq!(c.flags(), flags::VARARGS);
        assert_eq!(c.first_line(), 7);
        assert_eq!(c.line_of(0), 8);
        assert_eq!(c.n_consts(), 2);
        assert_eq!(c.const_index(1), k_b as usize);
        assert_eq!(c.name_at(0), x as usize);
        assert_eq!(c.handler(0), (0, 1, 0, 2));
        assert_eq!(c.find_handler(0), Some((0, 2)));
        assert_eq!(c.varname(0), "x");
        assert_eq!(c.varname(1), "");
        assert_eq!(c.freevar(0), (4, 2));
    }
}
