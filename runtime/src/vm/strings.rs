//! str indexing and slicing by code point, with an ASCII fast path.

use alloc::vec::Vec;

use super::objects::ASCII_BASE;
use super::{PyResult, Vm};
use crate::obj::Kind;
use crate::value::Value;

impl Vm {
    /// A one-character string; ASCII characters are static and cost no heap.
    pub(crate) fn str_from_char_bytes(&mut self, ch: &[u8]) -> PyResult<Value> {
        if ch.len() == 1 && ch[0] < 128 {
            return Ok(Value::qstr(0, ASCII_BASE + ch[0] as usize));
        }
        self.new_str(ch)
    }

    /// Is a str all ASCII (so that byte index = character index)? Cached in heap strings.
    pub(crate) fn str_is_ascii(&mut self, s: Value) -> bool {
        if s.is_heap() {
            let w = s.heap_index();
            let aux = self.heap.word(w) >> 8;
            if aux != 0 {
                return aux == 1;
            }
            let ascii = self.str_bytes(s).is_ascii();
            let hdr = self.heap.word(w) & 0xff;
            self.heap.set_word(w, hdr | if ascii { 1 << 8 } else { 2 << 8 });
            return ascii;
        }
        self.str_bytes(s).is_ascii()
    }

    /// Length in characters.
    pub(crate) fn str_char_len(&mut self, s: Value) -> usize {
        if self.str_is_ascii(s) {
            return self.str_bytes(s).len();
        }
        self.str_text(s).chars().count()
    }

    /// `s[k]` for an int or a slice.
    pub(crate) fn str_subscript(&mut self, s: Value, k: Value, is_slice: bool) -> PyResult<Value> {
        let ascii = self.str_is_ascii(s);
        let len = if ascii { self.str_bytes(s).len() } else { self.str_text(s).chars().count() };
        if is_slice {
            let b = self.slice_bounds(k, len)?;
            let out: Vec<u8> = if ascii {
                let bytes = self.str_bytes(s);
                b.indices().map(|i| bytes[i]).collect()
            } else {
                let chars: Vec<char> = self.str_text(s).chars().collect();
                let mut o = alloc::string::String::new();
                for i in b.indices() {
                    o.push(chars[i]);
                }
                o.into_bytes()
            };
            if out.len() == 1 {
                return self.str_from_char_bytes(&out);
            }
            return self.new_str(&out);
        }
        let i = self.seq_index(k, len, "string")?;
        if ascii {
            let c = self.str_bytes(s)[i];
            return self.str_from_char_bytes(&[c]);
        }
        let c = self.str_text(s).chars().nth(i).unwrap_or('\0');
        let mut buf = [0u8; 4];
        let enc = c.encode_utf8(&mut buf).as_bytes().to_vec();
        self.str_from_char_bytes(&enc)
    }

    /// A new str from Rust text.
    pub(crate) fn str_value(&mut self, text: &str) -> PyResult<Value> {
        if text.len() == 1 {
            return self.str_from_char_bytes(text.as_bytes());
        }
        self.new_str(text.as_bytes())
    }

    pub(crate) fn is_bytes(&self, v: Value) -> bool {
        self.is_kind(v, Kind::Bytes)
    }
}
