//! Storage devices: a memory region (boards, tests) and the NOR-rule checker.

use embedded_storage::nor_flash::{ErrorType, NorFlash, NorFlashError, NorFlashErrorKind, ReadNorFlash};

/// A NOR flash error: the `embedded-storage` kind, nothing more.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct FlashError(pub NorFlashErrorKind);

impl NorFlashError for FlashError {
    fn kind(&self) -> NorFlashErrorKind {
        self.0
    }
}

/// Checks `offset..offset+len` against a capacity and an alignment.
fn check_range(offset: u32, len: usize, align: usize, capacity: usize) -> Result<(), FlashError> {
    let start = offset as usize;
    let end = start.checked_add(len).ok_or(FlashError(NorFlashErrorKind::OutOfBounds))?;
    if end > capacity {
        return Err(FlashError(NorFlashErrorKind::OutOfBounds));
    }
    if start % align != 0 || len % align != 0 {
        return Err(FlashError(NorFlashErrorKind::NotAligned));
    }
    Ok(())
}

/// A flash device over a memory region: RAM on an emulated board (or a
/// `&'static mut [u8]` a board sets aside), a `Vec` in tests. Erase fills
/// with 0xFF; program copies. `ERASE` is the erase-block size, `WRITE` the
/// program unit.
pub struct MemFlash<'a, const ERASE: usize = 4096, const WRITE: usize = 4> {
    mem: &'a mut [u8],
}

impl<'a, const ERASE: usize, const WRITE: usize> MemFlash<'a, ERASE, WRITE> {
    /// The region as it is (an existing image keeps its content). Its length
    /// is rounded down to whole erase blocks.
    pub fn new(mem: &'a mut [u8]) -> Self {
        let len = mem.len() - mem.len() % ERASE;
        MemFlash { mem: &mut mem[..len] }
    }

    /// The bytes of the region (for saving an image).
    pub fn bytes(&self) -> &[u8] {
        self.mem
    }
}

impl<const ERASE: usize, const WRITE: usize> ErrorType for MemFlash<'_, ERASE, WRITE> {
    type Error = FlashError;
}

impl<const ERASE: usize, const WRITE: usize> ReadNorFlash for MemFlash<'_, ERASE, WRITE> {
    const READ_SIZE: usize = 1;

    fn read(&mut self, offset: u32, bytes: &mut [u8]) -> Result<(), FlashError> {
        check_range(offset, bytes.len(), 1, self.mem.len())?;
        let start = offset as usize;
        bytes.copy_from_slice(&self.mem[start..start + bytes.len()]);
        Ok(())
    }

    fn capacity(&self) -> usize {
        self.mem.len()
    }
}

impl<const ERASE: usize, const WRITE: usize> NorFlash for MemFlash<'_, ERASE, WRITE> {
    const WRITE_SIZE: usize = WRITE;
    const ERASE_SIZE: usize = ERASE;

    fn erase(&mut self, from: u32, to: u32) -> Result<(), FlashError> {
        let len = to.checked_sub(from).ok_or(FlashError(NorFlashErrorKind::OutOfBounds))?;
        check_range(from, len as usize, ERASE, self.mem.len())?;
        self.mem[from as usize..to as usize].fill(0xFF);
        Ok(())
    }

    fn write(&mut self, offset: u32, bytes: &[u8]) -> Result<(), FlashError> {
        check_range(offset, bytes.len(), WRITE, self.mem.len())?;
        let start = offset as usize;
        self.mem[start..start + bytes.len()].copy_from_slice(bytes);
        Ok(())
    }
}

/// Why [`Checked`] refused an access (kept for the test that tripped it).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Violation {
    Misaligned,
    OutOfBounds,
    /// A program would set a bit that is 0 (only an erase can).
    SetsBit {
        offset: u32,
    },
}

/// A wrapper that enforces NOR rules on every access, for tests: erase works
/// on whole blocks and sets them to 0xFF; a program only clears bits (1 -> 0)
/// and is aligned to the program unit; nothing reaches past the end. A broken
/// rule is an error (and is remembered in `violation`), and the inner device
/// is not touched. Also counts operations.
pub struct Checked<F> {
    inner: F,
    /// The first rule broken, if any.
    pub violation: Option<Violation>,
    pub reads: u64,
    pub programs: u64,
    pub erases: u64,
}

impl<F: NorFlash> Checked<F> {
    pub fn new(inner: F) -> Self {
        Checked { inner, violation: None, reads: 0, programs: 0, erases: 0 }
    }

    pub fn into_inner(self) -> F {
        self.inner
    }

    pub fn inner(&self) -> &F {
        &self.inner
    }

    fn refuse(&mut self, v: Violation) -> FlashError {
        self.violation.get_or_insert(v);
        FlashError(match v {
            Violation::Misaligned => NorFlashErrorKind::NotAligned,
            Violation::OutOfBounds => NorFlashErrorKind::OutOfBounds,
            Violation::SetsBit { .. } => NorFlashErrorKind::Other,
        })
    }

    fn range(&mut self, offset: u32, len: usize, align: usize) -> Result<(), FlashError> {
        match check_range(offset, len, align, self.inner.capacity()) {
            Ok(()) => Ok(()),
            Err(FlashError(NorFlashErrorKind::NotAligned)) => Err(self.refuse(Violation::Misaligned)),
            Err(_) => Err(self.refuse(Violation::OutOfBounds)),
        }
    }
}

impl<F: NorFlash> ErrorType for Checked<F> {
    type Error = FlashError;
}

fn other<E: NorFlashError>(e: E) -> FlashError {
    FlashError(e.kind())
}

impl<F: NorFlash> ReadNorFlash for Checked<F> {
    const READ_SIZE: usize = F::READ_SIZE;

    fn read(&mut self, offset: u32, bytes: &mut [u8]) -> Result<(), FlashError> {
        self.range(offset, bytes.len(), F::READ_SIZE)?;
        self.reads += 1;
        self.inner.read(offset, bytes).map_err(other)
    }

    fn capacity(&self) -> usize {
        self.inner.capacity()
    }
}

impl<F: NorFlash> NorFlash for Checked<F> {
    const WRITE_SIZE: usize = F::WRITE_SIZE;
    const ERASE_SIZE: usize = F::ERASE_SIZE;

    fn erase(&mut self, from: u32, to: u32) -> Result<(), FlashError> {
        let Some(len) = to.checked_sub(from) else {
            return Err(self.refuse(Violation::OutOfBounds));
        };
        self.range(from, len as usize, F::ERASE_SIZE)?;
        self.erases += 1;
        self.inner.erase(from, to).map_err(other)?;
        // The device must really read back as erased.
        let mut chunk = [0u8; 64];
        let mut at = from;
        while at < to {
            let n = chunk.len().min((to - at) as usize);
            self.inner.read(at, &mut chunk[..n]).map_err(other)?;
            if chunk[..n].iter().any(|&b| b != 0xFF) {
                return Err(FlashError(NorFlashErrorKind::Other));
            }
            at += n as u32;
        }
        Ok(())
    }

    fn write(&mut self, offset: u32, bytes: &[u8]) -> Result<(), FlashError> {
        self.range(offset, bytes.len(), F::WRITE_SIZE)?;
        // Program only clears bits: every 1 in the new data must be 1 now.
        let mut old = [0u8; 64];
        let mut done = 0;
        while done < bytes.len() {
            let n = old.len().min(bytes.len() - done);
            let at = offset + done as u32;
            self.inner.read(at, &mut old[..n]).map_err(other)?;
            for (i, (&o, &b)) in old[..n].iter().zip(&bytes[done..done + n]).enumerate() {
                if b & !o != 0 {
                    return Err(self.refuse(Violation::SetsBit { offset: at + i as u32 }));
                }
            }
            done += n;
        }
        self.programs += 1;
        self.inner.write(offset, bytes).map_err(other)
    }
}
