//! The verifier: checks a code image from an untrusted place before it runs.
//!
//! After `verify` accepts an image, every offset the reader follows lies
//! inside it, every string is UTF-8, every constant refers to earlier ones
//! (no cycles), and every instruction names registers inside its frame,
//! constants, names and code objects that exist, and jumps inside its code.
//! The interpreter relies on exactly these facts to index without panics.

use crate::builtin::builtin_name;
use crate::image::layout as L;
use crate::image::{flags, kind, Code, Image, ImageError, CODE_HEADER_SIZE};
use crate::opcode::{Instr, Len, Op, Role, BINOP_FIRST, BINOP_LAST};

/// What is wrong with an image, for a one-line error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerifyError {
    Header(ImageError),
    /// A table or array reaches past the end of the image.
    OutOfBounds(&'static str),
    BadString(usize),
    BadConstant(usize),
    /// Code object `code`, instruction `pc`: what is wrong.
    BadInstruction {
        code: usize,
        pc: usize,
        why: &'static str,
    },
    BadCode {
        code: usize,
        why: &'static str,
    },
}

impl core::fmt::Display for VerifyError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            VerifyError::Header(e) => write!(f, "{e}"),
            VerifyError::OutOfBounds(what) => write!(f, "invalid code image: {what} lies outside the image"),
            VerifyError::BadString(i) => write!(f, "invalid code image: string {i} is not UTF-8"),
            VerifyError::BadConstant(i) => write!(f, "invalid code image: constant {i} is malformed"),
            VerifyError::BadInstruction { code, pc, why } => {
                write!(f, "invalid code image: code object {code}, instruction {pc}: {why}")
            }
            VerifyError::BadCode { code, why } => write!(f, "invalid code image: code object {code}: {why}"),
        }
    }
}

type Result<T> = core::result::Result<T, VerifyError>;

/// A code image the interpreter may run: one that passed [`verify`], or one the toolchain
/// built (compiled in this process, or frozen), which [`VerifiedImage::trusted`] takes on the
/// toolchain's word. Only this type reaches the VM (`Vm::load_image`). `B` holds the bytes:
/// a borrowed slice, or an owner (the runtime's `ImageBytes`) that the VM keeps and frees.
pub struct VerifiedImage<B> {
    bytes: B,
}

impl<B: AsRef<[u8]>> VerifiedImage<B> {
    /// An image the toolchain built: its header is checked, its code is not.
    pub fn trusted(bytes: B) -> core::result::Result<VerifiedImage<B>, ImageError> {
        Image::new(bytes.as_ref())?;
        Ok(VerifiedImage { bytes })
    }
    pub fn bytes(&self) -> &[u8] {
        self.bytes.as_ref()
    }
    pub fn into_bytes(self) -> B {
        self.bytes
    }
}

fn span(image: &Image, off: usize, len: usize, what: &'static str) -> Result<()> {
    match off.checked_add(len) {
        Some(end) if end <= image.bytes.len() => Ok(()),
        _ => Err(VerifyError::OutOfBounds(what)),
    }
}

/// Check a whole image (an image from a file, a link, anywhere but the toolchain).
pub fn verify<B: AsRef<[u8]>>(bytes: B) -> Result<VerifiedImage<B>> {
    check(bytes.as_ref())?;
    Ok(VerifiedImage { bytes })
}

fn check(bytes: &[u8]) -> Result<()> {
    let image = Image::new(bytes).map_err(VerifyError::Header)?;
    let (ns, nk, nc) = (image.n_strings(), image.n_consts(), image.n_codes());
    span(&image, image.u32_at(L::STRINGS) as usize, ns.saturating_mul(L::STRING_ENTRY), "the string table")?;
    span(&image, image.u32_at(L::CONSTS) as usize, nk.saturating_mul(L::CONST_ENTRY), "the constant table")?;
    span(&image, image.u32_at(L::CODES) as usize, nc.saturating_mul(L::CODE_ENTRY), "the code table")?;
    if nc == 0 {
        return Err(VerifyError::BadCode { code: 0, why: "the image has no module code" });
    }
    if image.u32_at(L::SOURCE_NAME) as usize >= ns {
        return Err(VerifyError::OutOfBounds("the source name"));
    }
    for i in 0..ns {
        let e = image.u32_at(L::STRINGS) as usize + i * L::STRING_ENTRY;
        span(&image, image.u32_at(e) as usize, image.u32_at(e + L::STRING_LEN) as usize, "a string")?;
        if core::str::from_utf8(image.string_bytes(i)).is_err() {
            // Bytes constants may hold any bytes: checked per constant below.
            if !is_bytes_string(&image, i) {
                return Err(VerifyError::BadString(i));
            }
        }
    }
    for i in 0..nk {
        verify_constant(&image, i)?;
    }
    for c in 0..nc {
        let off = image.u32_at(image.u32_at(L::CODES) as usize + c * L::CODE_ENTRY) as usize;
        span(&image, off, CODE_HEADER_SIZE, "a code object header")?;
        verify_code(&image, c, image.code(c))?;
    }
    Ok(())
}

/// Is string `i` only ever used as a bytes constant (so it need not be UTF-8)?
fn is_bytes_string(image: &Image, i: usize) -> bool {
    let mut used_as_bytes = false;
    for k in 0..image.n_consts() {
        let (kd, p) = image.constant(k);
        if p as usize == i {
            match kd {
                kind::BYTES => used_as_bytes = true,
                kind::STR => return false,
                _ => {}
            }
        }
    }
    // A name or source name must be text: those are checked where they are used.
    used_as_bytes
}

fn verify_constant(image: &Image, i: usize) -> Result<()> {
    let (kd, p) = image.constant(i);
    let p = p as usize;
    let bad = VerifyError::BadConstant(i);
    match kd {
        kind::INT | kind::FLOAT => span(image, p, 8, "a number constant"),
        kind::STR if p < image.n_strings() && core::str::from_utf8(image.string_bytes(p)).is_ok() => Ok(()),
        kind::BYTES if p < image.n_strings() => Ok(()),
        kind::CODE if p < image.n_codes() => Ok(()),
        kind::SINGLETON if p <= 3 => Ok(()),
        kind::BIGINT => {
            // Limb count (sign in bit 31), then the limbs; the loader normalizes the value.
            span(image, p, L::BIGINT_LIMBS, "an int constant")?;
            let n = (image.u32_at(p) & 0x7fff_ffff) as usize;
            span(image, p + L::BIGINT_LIMBS, n.saturating_mul(4), "an int constant")
        }
        kind::TUPLE => {
            span(image, p, L::TUPLE_ITEMS, "a tuple constant")?;
            let n = image.u32_at(p) as usize;
            span(image, p + L::TUPLE_ITEMS, n.saturating_mul(4), "a tuple constant")?;
            // Items come before the tuple: no cycles, so loading terminates.
            if (0..n).all(|j| (image.u32_at(p + L::TUPLE_ITEMS + 4 * j) as usize) < i) {
                Ok(())
            } else {
                Err(bad)
            }
        }
        _ => Err(bad),
    }
}

fn text(image: &Image, s: usize) -> bool {
    s < image.n_strings() && core::str::from_utf8(image.string_bytes(s)).is_ok()
}

fn verify_code(image: &Image, c: usize, code: Code) -> Result<()> {
    let bad = |why| VerifyError::BadCode { code: c, why };
    let h = |at: usize| image.u32_at(code.off + at) as usize;
    let what = [
        "instructions",
        "a constant list",
        "a name list",
        "a line table",
        "an exception table",
        "a variable name list",
        "a free variable list",
    ];
    for (&(at, size), what) in L::ARRAYS.iter().zip(what) {
        span(image, h(at), h(at + L::ARRAY_COUNT).saturating_mul(size), what)?;
    }
    if !text(image, code.name_index()) {
        return Err(bad("its name is not a string"));
    }
    let fl = code.flags();
    let nregs = code.n_regs();
    let nparams =
        code.n_params() + code.n_kwonly() + (fl & flags::VARARGS != 0) as usize + (fl & flags::VARKW != 0) as usize;
    if nparams > nregs || code.n_defaults() > code.n_params() {
        return Err(bad("more parameters than registers"));
    }
    if h(L::FREEVARS + L::ARRAY_COUNT) != code.n_free() {
        return Err(bad("free variable count mismatch"));
    }
    if code.n_varnames() < code.n_params() + code.n_kwonly() {
        return Err(bad("parameters without names"));
    }
    for k in 0..code.n_consts() {
        if code.const_index(k) >= image.n_consts() {
            return Err(bad("a constant index is out of range"));
        }
    }
    for n in 0..code.n_names() {
        if !text(image, code.name_at(n)) {
            return Err(bad("a name is not a string"));
        }
    }
    for r in 0..code.n_varnames() {
        if !text(image, code.varname_index(r)) {
            return Err(bad("a variable name is not a string"));
        }
    }
    for i in 0..code.n_free() {
        let (_, own) = code.freevar(i);
        if own >= nregs {
            return Err(bad("a free variable register is out of range"));
        }
    }
    let n = code.n_instrs();
    for i in 0..code.n_handlers() {
        let (start, end, handler, reg) = code.handler(i);
        if start > end || end > n || handler >= n || reg >= nregs {
            return Err(bad("an exception handler is out of range"));
        }
    }
    let mut last_pc = 0;
    for i in 0..code.n_lines() {
        let (pc, _) = code.line_entry(i);
        if (pc as usize) < last_pc {
            return Err(bad("the line table is not sorted"));
        }
        last_pc = pc as usize;
    }
    if n == 0 {
        return Err(bad("no instructions"));
    }
    for pc in 0..n {
        verify_instr(image, &code, pc).map_err(|why| VerifyError::BadInstruction { code: c, pc, why })?;
    }
    // The last instruction must not fall through past the end.
    let last = Op::from_u8(code.instr(n - 1).op_byte());
    if !matches!(last, Some(Op::Return | Op::Jump | Op::Raise | Op::Reraise)) {
        return Err(bad("the code can run past its last instruction"));
    }
    Ok(())
}

/// Check one instruction's operands against its frame and image: first each operand by its
/// role in the opcode table, then the rules roles cannot state.
fn verify_instr(image: &Image, code: &Code, pc: usize) -> core::result::Result<(), &'static str> {
    let ins: Instr = code.instr(pc);
    let op = Op::from_u8(ins.op_byte()).ok_or("unknown opcode")?;
    let nregs = code.n_regs();
    let (a, b, c, bx) = (ins.a(), ins.b(), ins.c(), ins.bx());
    let reg = |r: usize| if r < nregs { Ok(()) } else { Err("register out of range") };
    // A run of `n` registers from `r`.
    let regs = |r: usize, n: usize| if r + n <= nregs { Ok(()) } else { Err("register range out of range") };
    let (vals, _) = ins.operands(op.format());
    let roles = op.roles();
    // Operands by role; register runs after the others, whose values may give their length.
    for (&role, &x) in roles.iter().zip(vals.iter()) {
        let u = x as usize;
        match role {
            Role::No | Role::Imm | Role::SImm | Role::Count | Role::Regs(_) => {}
            Role::Reg => reg(u)?,
            Role::Const => konst(code, u)?,
            Role::KwNames => {
                kwnames(image, code, u)?;
            }
            Role::Name if u < code.n_names() => {}
            Role::Name => return Err("name index out of range"),
            Role::Code if u != 0 && u < image.n_codes() => {}
            Role::Code => return Err("code object index out of range"),
            Role::Builtin if builtin_name(u).is_some() => {}
            Role::Builtin => return Err("unknown builtin"),
            Role::Jump => {
                let t = pc as isize + 1 + x;
                if t < 0 || t as usize >= code.n_instrs() {
                    return Err("jump target out of range");
                }
            }
            Role::Flag if u <= 1 => {}
            Role::Flag => return Err("a flag operand is not 0 or 1"),
            Role::BinOp if u <= BINOP_LAST as usize - BINOP_FIRST as usize => {}
            Role::BinOp => return Err("unknown in-place operator"),
            Role::Conv if u & 3 <= 2 => {}
            Role::Conv => return Err("unknown conversion"),
            Role::Counts => {}
        }
    }
    for (&role, &x) in roles.iter().zip(vals.iter()) {
        if let Role::Regs(len) = role {
            let n = match len {
                Len::Fixed(n) => n as usize,
                Len::B(k) => b + k as usize,
                Len::C(m) => c * m as usize,
                Len::Rule => rule_len(image, code, op, ins)?,
            };
            regs(x as usize, n)?;
        }
    }
    // The rules roles cannot state.
    match op {
        Op::TestEq | Op::TestNe | Op::TestLt | Op::TestLe | Op::TestGt | Op::TestGe => {
            // What it skips is a jump, so that both ways lead to a checked instruction.
            if pc + 1 >= code.n_instrs() || Op::from_u8(code.instr(pc + 1).op_byte()) != Some(Op::Jump) {
                return Err("a compare-and-branch is not followed by a jump");
            }
        }
        Op::BuildSlice if c != 2 && c != 3 => return Err("a slice takes 2 or 3 values"),
        Op::Yield | Op::YieldFrom if code.flags() & flags::GENERATOR == 0 => return Err("yield outside a generator"),
        // For a call (C=1), the callee sits below the list (R[A-1]) or the dict (R[A-2]).
        Op::ListExtend if c == 1 && a < 1 => return Err("bad call flag"),
        Op::DictUpdate if c == 1 && a < 2 => return Err("bad call flag"),
        Op::MakeFunction => {
            // The new function's cells come from the creating frame's registers.
            let child = image.code(bx);
            for i in 0..child.n_free() {
                reg(child.freevar(i).0)?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn konst(code: &Code, k: usize) -> core::result::Result<(), &'static str> {
    if k < code.n_consts() {
        Ok(())
    } else {
        Err("constant index out of range")
    }
}

/// Keyword names of a call: a tuple constant of strings; returns how many.
fn kwnames(image: &Image, code: &Code, k: usize) -> core::result::Result<usize, &'static str> {
    konst(code, k)?;
    let (kd, p) = image.constant(code.const_index(k));
    if kd != kind::TUPLE {
        return Err("keyword names are not a tuple");
    }
    let n = image.u32_at(p as usize) as usize;
    for j in 0..n {
        let (ik, _) = image.constant(image.u32_at(p as usize + L::TUPLE_ITEMS + 4 * j) as usize);
        if ik != kind::STR {
            return Err("a keyword name is not a string");
        }
    }
    Ok(n)
}

/// The length of a register run whose length is `Len::Rule` (operands already checked).
fn rule_len(image: &Image, code: &Code, op: Op, ins: Instr) -> core::result::Result<usize, &'static str> {
    let (b, c, bx) = (ins.b(), ins.c(), ins.bx());
    Ok(match op {
        // Callee, B positional arguments, one value per keyword name (CallMethodKw: and self).
        Op::CallKw => b + 1 + kwnames(image, code, c)?,
        Op::CallMethodKw => b + 2 + kwnames(image, code, c)?,
        // The value, and its format spec if C says so.
        Op::FormatValue => 1 + (c & 4 != 0) as usize,
        // The function, then its positional defaults and a dict of keyword-only ones.
        Op::MakeFunction => {
            let child = image.code(bx);
            1 + child.n_defaults() + (child.n_kwonly() > 0) as usize
        }
        // n targets, the starred list, m targets.
        Op::UnpackEx => (bx & 0xff) + (bx >> 8) + 1,
        _ => return Err("internal: no rule for this register run"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_short_and_foreign_bytes() {
        assert!(matches!(verify(b"FPYC"), Err(VerifyError::Header(ImageError::TooShort))));
        assert!(matches!(verify(&[0u8; 64]), Err(VerifyError::Header(ImageError::BadMagic))));
    }

    #[test]
    fn refuses_an_image_with_no_code() {
        let mut b = [0u8; crate::image::HEADER_SIZE];
        b[L::MAGIC..L::MAGIC + 4].copy_from_slice(b"FPYC");
        b[L::VERSION..L::VERSION + 2].copy_from_slice(&crate::image::FORMAT_VERSION.to_le_bytes());
        b[L::LENGTH] = crate::image::HEADER_SIZE as u8;
        assert!(matches!(verify(&b), Err(VerifyError::BadCode { .. })));
    }
}
