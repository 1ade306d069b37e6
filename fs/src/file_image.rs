//! A littlefs image in a host file (feature `std`): the device behind
//! `frostpy fs` and, later, `frostpy run --fs IMAGE`. Every program and erase
//! goes straight to the file, so the file is the flash.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::vec;

use embedded_storage::nor_flash::{ErrorType, NorFlash, NorFlashErrorKind, ReadNorFlash};

use crate::flash::FlashError;

/// A file used as NOR flash. Erase granularity is 128 bytes (littlefs's
/// smallest block), so any littlefs block size that is a multiple of 128 fits.
pub struct FileFlash {
    file: File,
    len: usize,
    writable: bool,
}

impl FileFlash {
    /// Opens an existing image; `writable` false opens it read-only, and then
    /// every program or erase fails.
    pub fn open(path: &Path, writable: bool) -> std::io::Result<FileFlash> {
        let file = OpenOptions::new().read(true).write(writable).open(path)?;
        let len = file.metadata()?.len() as usize;
        Ok(FileFlash { file, len, writable })
    }

    /// Creates (or truncates) an image of `len` erased bytes.
    pub fn create(path: &Path, len: usize) -> std::io::Result<FileFlash> {
        let mut file = OpenOptions::new().read(true).write(true).create(true).truncate(true).open(path)?;
        let ones = vec![0xFFu8; 64 * 1024];
        let mut left = len;
        while left > 0 {
            let n = left.min(ones.len());
            file.write_all(&ones[..n])?;
            left -= n;
        }
        file.flush()?;
        Ok(FileFlash { file, len, writable: true })
    }

    fn at(&mut self, offset: u32, len: usize) -> Result<(), FlashError> {
        if offset as usize + len > self.len {
            return Err(FlashError(NorFlashErrorKind::OutOfBounds));
        }
        self.file.seek(SeekFrom::Start(offset as u64)).map(|_| ()).map_err(|_| FlashError(NorFlashErrorKind::Other))
    }

    fn put(&mut self, offset: u32, bytes: &[u8]) -> Result<(), FlashError> {
        if !self.writable {
            return Err(FlashError(NorFlashErrorKind::Other));
        }
        self.at(offset, bytes.len())?;
        self.file.write_all(bytes).map_err(|_| FlashError(NorFlashErrorKind::Other))
    }
}

impl ErrorType for FileFlash {
    type Error = FlashError;
}

impl ReadNorFlash for FileFlash {
    const READ_SIZE: usize = 1;

    fn read(&mut self, offset: u32, bytes: &mut [u8]) -> Result<(), FlashError> {
        self.at(offset, bytes.len())?;
        self.file.read_exact(bytes).map_err(|_| FlashError(NorFlashErrorKind::Other))
    }

    fn capacity(&self) -> usize {
        self.len
    }
}

impl NorFlash for FileFlash {
    const WRITE_SIZE: usize = 1;
    const ERASE_SIZE: usize = 128;

    fn erase(&mut self, from: u32, to: u32) -> Result<(), FlashError> {
        if to < from || from as usize % 128 != 0 || to as usize % 128 != 0 {
            return Err(FlashError(NorFlashErrorKind::NotAligned));
        }
        let ones = vec![0xFFu8; (to - from) as usize];
        self.put(from, &ones)
    }

    fn write(&mut self, offset: u32, bytes: &[u8]) -> Result<(), FlashError> {
        self.put(offset, bytes)
    }
}
