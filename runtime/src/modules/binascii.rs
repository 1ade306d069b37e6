//! `binascii`: hex and base64 conversions and CRC-32, with CPython's errors
//! (`binascii.Error`, a ValueError).

use alloc::vec::Vec;

use super::args::{bytes_arg, new_bytes};
use super::NativeModule;
use crate::builtins::B;
use crate::native::args::{ArgSpec, Bound};
use crate::native::FnDef;
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

pub const MODULE: NativeModule = NativeModule {
    name: "binascii",
    functions: &[
        FnDef { spec: A2B_BASE64, call: a2b_base64 },
        FnDef::positional("a2b_hex", "hexstr", 1, 1, unhexlify),
        FnDef { spec: B2A_BASE64, call: b2a_base64 },
        FnDef { spec: ArgSpec { name: "b2a_hex", ..HEXLIFY }, call: hexlify },
        FnDef::positional("crc32", "data crc", 2, 1, crc32),
        FnDef { spec: HEXLIFY, call: hexlify },
        FnDef::positional("unhexlify", "hexstr", 1, 1, unhexlify),
    ],
    attrs: &[],
    consts: &[],
    methods: &[],
    init: Some(init),
};

fn init(vm: &mut Vm, m: Value) -> PyResult<()> {
    let me = super::find("binascii").unwrap_or(0);
    let class = vm.native_class(me, "Error", "-", &[B::ValueError.value()])?;
    let d = vm.module_dict(m);
    vm.dict_set_str(d, "Error", class)
}

fn error(vm: &mut Vm, msg: &str) -> Raised {
    let class = vm.native_module("binascii").ok().and_then(|m| vm.module_get(m, "Error"));
    let Some(class) = class else { return vm.raise_msg(B::ValueError, msg) };
    match vm.new_str(msg.as_bytes()).and_then(|s| vm.call(class, &[s])) {
        Ok(e) => {
            vm.exc = e;
            Raised
        }
        Err(e) => e,
    }
}

/// Input of the a2b functions: bytes-like, or an ASCII str.
fn ascii_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if vm.is_str(v) {
        let b = vm.str_bytes(v);
        if !b.is_ascii() {
            return Err(vm.raise_msg(B::ValueError, "string argument should contain only ASCII characters"));
        }
        return Ok(b.to_vec());
    }
    bytes_arg(vm, v)
}

const HEX: &[u8; 16] = b"0123456789abcdef";

const HEXLIFY: ArgSpec = ArgSpec {
    name: "hexlify",
    params: "data sep bytes_per_sep",
    npos: 3,
    posonly: 0,
    required: 1,
    flags: 0,
    defaults: &[],
};
const B2A_BASE64: ArgSpec =
    ArgSpec { name: "b2a_base64", params: "data newline", npos: 1, posonly: 0, required: 1, flags: 0, defaults: &[] };
const A2B_BASE64: ArgSpec = ArgSpec {
    name: "a2b_base64",
    params: "data strict_mode",
    npos: 1,
    posonly: 0,
    required: 1,
    flags: 0,
    defaults: &[],
};

fn hexlify(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let data = bytes_arg(vm, bound.req(0))?;
    let sep = match bound.get(1) {
        None | Some(Value::NONE) => None,
        Some(s) => {
            let b = if vm.is_str(s) { vm.str_bytes(s).to_vec() } else { bytes_arg(vm, s)? };
            if b.len() != 1 {
                return Err(vm.raise_msg(B::ValueError, "sep must be length 1."));
            }
            Some(b[0])
        }
    };
    let per = match bound.get(2) {
        Some(v) => super::args::int_arg(vm, v)?,
        None => 1,
    };
    let mut out = Vec::with_capacity(data.len() * 3);
    let n = data.len();
    let group = per.unsigned_abs().max(1) as usize;
    for (i, b) in data.iter().enumerate() {
        if i > 0 {
            if let Some(s) = sep {
                // Groups count from the right for a positive bytes_per_sep, as CPython does.
                let boundary = if per >= 0 { (n - i) % group == 0 } else { i % group == 0 };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    new_bytes(vm, &out)
}

fn unhexlify(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let data = ascii_arg(vm, bound.req(0))?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        let hi = (pair[0] as char).to_digit(16);
        let lo = (pair[1] as char).to_digit(16);
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    new_bytes(vm, &out)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b2a_base64(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let data = bytes_arg(vm, bound.req(0))?;
    let newline = match bound.get(1) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * k) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    new_bytes(vm, &out)
}

/// Decode base64, skipping characters outside the alphabet (CPython's non-strict mode).
fn a2b_base64(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let data = ascii_arg(vm, bound.req(0))?;
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut acc = 0u32;
    let mut nbits = 0;
    let mut quad = 0usize;
    let mut pads = 0;
    for &c in &data {
        if c == b'=' {
            // Padding counts only where a quad can end.
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    acc = 0;
                    nbits = 0;
                    quad = 0;
                    pads = 0;
                }
            }
            continue;
        }
        let Some(v) = B64.iter().position(|x| *x == c) else { continue };
        if pads > 0 {
            // Data after incomplete padding: CPython's non-strict decoder carries on.
            pads = 0;
        }
        acc = acc << 6 | v as u32;
        nbits += 6;
        quad = (quad + 1) % 4;
        if nbits >= 8 {
            nbits -= 8;
            out.push((acc >> nbits) as u8);
            acc &= (1 << nbits) - 1;
        }
    }
    if quad != 0 {
        let msg = if quad == 1 {
            let n = data.iter().filter(|c| B64.contains(c)).count();
            alloc::format!(
                "Invalid base64-encoded string: number of data characters ({n}) cannot be 1 more than a multiple of 4"
            )
        } else {
            alloc::string::String::from("Incorrect padding")
        };
        return Err(error(vm, &msg));
    }
    new_bytes(vm, &out)
}

/// CRC-32 (the zlib polynomial), bit by bit: no 1 KB table in flash.
pub(crate) fn crc32_update(mut crc: u32, data: &[u8]) -> u32 {
    crc = !crc;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xedb8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

fn crc32(vm: &mut Vm, bound: &Bound) -> PyResult<Value> {
    let data = bytes_arg(vm, bound.req(0))?;
    let start = match bound.get(1) {
        Some(v) => super::args::int_arg(vm, v)? as u32,
        None => 0,
    };
    vm.new_int(crc32_update(start, &data) as i64)
}
