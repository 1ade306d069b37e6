//! A `luac -l`-style listing of a code image, read back through
//! `crate::image::Image`.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::builtin::builtin_name;
use crate::image::layout as L;
use crate::image::{flags, kind, Code, Image};
use crate::opcode::{Instr, Op, Role, BINOP_FIRST};
use core::fmt::Write;

/// List every code object of `image`: header, constants, names, registers,
/// free variables, exception table and instructions.
pub fn disassemble(image: &[u8]) -> Result<String, String> {
    let img = Image::new(image).map_err(|e| e.to_string())?;
    let len = image.len();
    let fits = |off: usize, n: usize, size: usize| {
        n.checked_mul(size).and_then(|b| b.checked_add(off)).is_some_and(|end| end <= len)
    };
    if !fits(img.u32_at(L::STRINGS) as usize, img.n_strings(), L::STRING_ENTRY)
        || !fits(img.u32_at(L::CONSTS) as usize, img.n_consts(), L::CONST_ENTRY)
        || !fits(img.u32_at(L::CODES) as usize, img.n_codes(), L::CODE_ENTRY)
    {
        return Err("malformed code image: a table lies outside the image".into());
    }
    for i in 0..img.n_codes() {
        let c = img.code(i);
        let h = |at: usize| img.u32_at(c.off + at) as usize;
        let ok = c.off + crate::image::CODE_HEADER_SIZE <= len
            && L::ARRAYS.iter().all(|&(at, size)| fits(h(at), h(at + L::ARRAY_COUNT), size));
        if !ok {
            return Err(format!("malformed code image: code object {i} lies outside the image"));
        }
    }
    let mut out = String::new();
    for i in 0..img.n_codes() {
        if i > 0 {
            out.push('\n');
        }
        code(&mut out, &img, i);
    }
    Ok(out)
}

fn repr_str(s: &str) -> String {
    let mut r = String::from("'");
    for c in s.chars() {
        match c {
            '\'' => r.push_str("\\'"),
            '\\' => r.push_str("\\\\"),
            '\n' => r.push_str("\\n"),
            '\r' => r.push_str("\\r"),
            '\t' => r.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(r, "\\x{:02x}", c as u32);
            }
            c => r.push(c),
        }
    }
    r.push('\'');
    r
}

fn repr_bytes(b: &[u8]) -> String {
    let mut r = String::from("b'");
    for &c in b {
        match c {
            b'\'' => r.push_str("\\'"),
            b'\\' => r.push_str("\\\\"),
            b'\n' => r.push_str("\\n"),
            b'\r' => r.push_str("\\r"),
            b'\t' => r.push_str("\\t"),
            0x20..=0x7e => r.push(c as char),
            _ => {
                let _ = write!(r, "\\x{c:02x}");
            }
        }
    }
    r.push('\'');
    r
}

/// A constant of the image's table, as Python would show it.
pub fn constant(img: &Image, i: usize) -> String {
    constant_depth(img, i, 0)
}

/// Decimal digits of a magnitude given as little-endian 32-bit limbs.
fn limbs_to_decimal(mut limbs: Vec<u32>) -> String {
    // Peel off base-10**9 chunks, least significant first.
    let mut chunks = Vec::new();
    while limbs.last() == Some(&0) {
        limbs.pop();
    }
    while !limbs.is_empty() {
        let mut rem = 0u64;
        for limb in limbs.iter_mut().rev() {
            let cur = (rem << 32) | *limb as u64;
            *limb = (cur / 1_000_000_000) as u32;
            rem = cur % 1_000_000_000;
        }
        chunks.push(rem as u32);
        while limbs.last() == Some(&0) {
            limbs.pop();
        }
    }
    let mut s = match chunks.pop() {
        Some(top) => top.to_string(),
        None => return "0".into(),
    };
    for c in chunks.iter().rev() {
        s.push_str(&format!("{c:09}"));
    }
    s
}

fn constant_depth(img: &Image, i: usize, depth: usize) -> String {
    if depth > 32 {
        return "...".into();
    }
    let (k, p) = img.constant(i);
    let p = p as usize;
    match k {
        kind::INT => img.i64_at(p).to_string(),
        kind::BIGINT => {
            let head = img.u32_at(p);
            let n = ((head & 0x7fff_ffff) as usize).min(img.bytes.len() / 4);
            let limbs: Vec<u32> = (0..n).map(|i| img.u32_at(p + L::BIGINT_LIMBS + 4 * i)).collect();
            let digits = limbs_to_decimal(limbs);
            if head >> 31 == 1 {
                format!("-{digits}")
            } else {
                digits
            }
        }
        kind::FLOAT => {
            let f = img.f64_at(p);
            if f.is_finite() && f.abs() < 1e16 && (f as i64) as f64 == f {
                format!("{f:.1}")
            } else {
                format!("{f:?}")
            }
        }
        kind::STR => repr_str(img.str(p)),
        kind::BYTES => repr_bytes(img.string_bytes(p)),
        kind::CODE => format!("<code #{p} {}>", img.code(p).name()),
        kind::TUPLE => {
            let n = img.u32_at(p) as usize;
            let items: Vec<String> = (0..n.min(1000))
                .map(|j| constant_depth(img, img.u32_at(p + L::TUPLE_ITEMS + j * 4) as usize, depth + 1))
                .collect();
            if n == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        kind::SINGLETON => match p {
            0 => "None".into(),
            1 => "True".into(),
            2 => "False".into(),
            3 => "Ellipsis".into(),
            _ => format!("<singleton {p}>"),
        },
        _ => format!("<bad constant kind {k}>"),
    }
}

fn flag_names(f: u16) -> String {
    let names = [
        (flags::GENERATOR, "GENERATOR"),
        (flags::CLASS_BODY, "CLASS_BODY"),
        (flags::MODULE, "MODULE"),
        (flags::VARARGS, "VARARGS"),
        (flags::VARKW, "VARKW"),
    ];
    let v: Vec<&str> = names.iter().filter(|(b, _)| f & b != 0).map(|(_, n)| *n).collect();
    if v.is_empty() {
        "-".into()
    } else {
        v.join("|")
    }
}

fn code(out: &mut String, img: &Image, index: usize) {
    let c = img.code(index);
    let _ = writeln!(out, "code #{index} {} ({}:{})", c.name(), img.source_name(), c.first_line());
    let _ = writeln!(
        out,
        "  flags {}, params {}, defaults {}, kwonly {}, registers {}, free {}",
        flag_names(c.flags()),
        c.n_params(),
        c.n_defaults(),
        c.n_kwonly(),
        c.n_regs(),
        c.n_free()
    );
    if c.n_consts() > 0 {
        let _ = writeln!(out, "  constants ({}):", c.n_consts());
        for k in 0..c.n_consts() {
            let _ = writeln!(out, "    K{k:<4} {}", constant(img, c.const_index(k)));
        }
    }
    if c.n_names() > 0 {
        let names: Vec<String> = (0..c.n_names()).map(|n| format!("N{n} {}", img.str(c.name_at(n)))).collect();
        let _ = writeln!(out, "  names ({}): {}", c.n_names(), names.join(", "));
    }
    let vars: Vec<String> =
        (0..c.n_varnames()).filter(|&r| !c.varname(r).is_empty()).map(|r| format!("R{r} {}", c.varname(r))).collect();
    if !vars.is_empty() {
        let _ = writeln!(out, "  locals: {}", vars.join(", "));
    }
    if c.n_free() > 0 {
        let fv: Vec<String> = (0..c.n_free())
            .map(|i| {
                let (p, o) = c.freevar(i);
                format!("R{o} <- parent R{p}")
            })
            .collect();
        let _ = writeln!(out, "  free: {}", fv.join(", "));
    }
    if c.n_handlers() > 0 {
        let _ = writeln!(out, "  exception table:");
        for i in 0..c.n_handlers() {
            let (s, e, h, r) = c.handler(i);
            let _ = writeln!(out, "    {s:>4} .. {e:<4} -> {h:<4} R{r}");
        }
    }
    let mut last_line = None;
    for pc in 0..c.n_instrs() {
        let line = c.line_of(pc);
        let shown = if last_line != Some(line) { format!("[{line:>3}]") } else { "     ".into() };
        last_line = Some(line);
        let _ = writeln!(out, "  {pc:>4}  {shown}  {}", instr(img, &c, pc, c.instr(pc)));
    }
}

/// One instruction: op name, operands (each printed by its role in the opcode table), and a
/// comment with constant values, names, jump targets and what flags mean.
pub fn instr(img: &Image, c: &Code, pc: usize, i: Instr) -> String {
    let Some(op) = Op::from_u8(i.op_byte()) else {
        return format!("<bad opcode {}>", i.op_byte());
    };
    let k = |x: usize| {
        if x < c.n_consts() {
            constant(img, c.const_index(x))
        } else {
            format!("<bad constant {x}>")
        }
    };
    let (vals, _) = i.operands(op.format());
    let mut ops: Vec<String> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    for (&role, &x) in op.roles().iter().zip(vals.iter()) {
        let u = x as usize;
        match role {
            Role::No => {}
            Role::Reg | Role::Regs(_) => ops.push(format!("R{u}")),
            Role::Const | Role::KwNames => {
                ops.push(format!("K{u}"));
                notes.push(k(u));
            }
            Role::Name => {
                ops.push(format!("N{u}"));
                notes.push(if u < c.n_names() { img.str(c.name_at(u)).to_string() } else { format!("<bad name {u}>") });
            }
            Role::Code => {
                ops.push(format!("#{u}"));
                notes.push(if u < img.n_codes() { img.code(u).name().to_string() } else { "?".into() });
            }
            Role::Builtin => {
                ops.push(format!("#{u}"));
                notes.push(builtin_name(u).unwrap_or("?").to_string());
            }
            Role::Jump => {
                let target = pc as isize + 1 + x;
                ops.push(format!("{target}"));
                notes.push(format!("to {target}"));
            }
            Role::Imm | Role::SImm | Role::Flag | Role::Count | Role::Conv => ops.push(format!("{x}")),
            Role::BinOp => {
                ops.push(format!("{u}"));
                notes.push(Op::from_u8(BINOP_FIRST as u8 + u as u8).map_or("?", |o| o.name()).to_string());
            }
            Role::Counts => ops.push(format!("{} {}", u & 0xff, u >> 8)),
        }
    }
    // What flag operands mean, per opcode.
    let (b, cc) = (i.b(), i.c());
    let note = match op {
        Op::LoadBool => Some(if b != 0 { "True" } else { "False" }),
        Op::MakeCell if b != 0 => Some("keep value"),
        Op::CallEx if b != 0 => Some("with keywords"),
        Op::Raise if b != 0 => Some("from"),
        Op::GetIter if cc != 0 => Some("awaitable"),
        Op::TestEq | Op::TestNe | Op::TestLt | Op::TestLe | Op::TestGt | Op::TestGe => {
            Some(if cc != 0 { "jump if true" } else { "jump if false" })
        }
        _ => None,
    };
    notes.extend(note.map(String::from));
    if op == Op::FormatValue {
        let conv = ["str", "repr", "ascii", "?"][cc & 3];
        notes.push(format!("{conv}{}", if cc & 4 != 0 { " with spec" } else { "" }));
    }
    let mut s = format!("{:<13}{}", op.name(), ops.join(" "));
    if !notes.is_empty() {
        while s.len() < 30 {
            s.push(' ');
        }
        s.push_str("; ");
        s.push_str(&notes.join(", "));
    }
    s.trim_end().to_string()
}
